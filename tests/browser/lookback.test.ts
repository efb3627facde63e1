import { describeScene } from './harness/scene-tests';

describeScene('look-back', { content: (t) => [t('time.lookback.span.month'), 'Efter supervision'] });

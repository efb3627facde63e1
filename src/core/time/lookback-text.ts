/** The look-back as plain text, for the command line (the plugin draws its own DOM from the same result). */
import type { Lang } from '../domain';
import type { Translate } from '../i18n';
import { formatDay } from '../reflection/period';
import type { LookbackResult } from './lookback';

/** One line per week, then its notes with their gazes and first lines. */
export function formatLookback(result: readonly LookbackResult[], day: string, t: Translate, lang: Lang): string {
	const lines = [t('time.lookback.heading', { date: formatDay(day, lang) }), ''];
	for (const w of result) {
		lines.push(`${t(`time.lookback.span.${w.span}`)} (${formatDay(w.from, lang)} – ${formatDay(w.to, lang)})`);
		if (w.notes.length === 0) lines.push(`  ${t('time.lookback.none')}`);
		for (const n of w.notes) {
			const gazes = n.gazes.length > 0 ? ` [${n.gazes.map((g) => t(`gaze.${g}.short`)).join(', ')}]` : '';
			lines.push(`  ${formatDay(n.date, lang)}  ${n.title}${gazes}`);
			if (n.firstLines !== '') lines.push(`    ${n.firstLines}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}

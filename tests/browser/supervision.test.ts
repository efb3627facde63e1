import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { focusIsIn, openModals, runFromPalette, unreachableByTab } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.modal;

describeScene('supervision', { content: (t) => [t('supervision.modal.title'), t('supervision.modal.from'), t('supervision.modal.to')] }, (session) => {
	it('keyboard only: Ctrl+P opens it, Tab reaches every control, Escape closes and creates nothing', async () => {
		const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang: 'da' });
		try {
			const before = await page.evaluate(() => window.threeGazesHarness?.paths() ?? []);
			await runFromPalette(page, translator('da')('supervision.command.prepare'));
			await page.locator(ROOT).waitFor();
			expect(await focusIsIn(page, ROOT)).toBe(true);
			expect(await unreachableByTab(page, ROOT)).toEqual([]);
			await page.keyboard.press('Escape');
			expect(await openModals(page)).toBe(0);
			expect(await page.evaluate(() => window.threeGazesHarness?.paths() ?? [])).toEqual(before);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

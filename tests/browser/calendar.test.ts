import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { runFromPalette } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.view;

describeScene(
	'calendar',
	{ content: (t) => [t('time.calendar.today'), t('gaze.citizen.short'), t('gaze.staff.short'), t('gaze.self.short')] },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): the days are one Tab stop, arrows move day by day, Page Up changes month, Enter opens the day\'s note', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				await runFromPalette(page, t('time.calendar.command'));
				const today = page.locator(`${ROOT} .three-gazes-calendar-day[tabindex="0"]`);
				await today.waitFor();
				expect(await page.locator(`${ROOT} .three-gazes-calendar-day[tabindex="0"]`).count()).toBe(1);
				await today.focus();
				// 2026-11-25 → 2026-11-24 (a Tuesday), then a week back to 2026-11-17, the staff meeting's day.
				await page.keyboard.press('ArrowLeft');
				await page.keyboard.press('ArrowUp');
				const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.day ?? '');
				expect(focused).toBe('2026-11-17');
				await page.keyboard.press('Enter');
				await expect.poll(async () => (await page.evaluate(() => window.threeGazesHarness?.activePath())) ?? '').toContain('Personalemøde november');
				await page.locator(`${ROOT} .three-gazes-calendar-day[data-day="2026-11-17"]`).focus();
				await page.keyboard.press('PageUp');
				await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.day ?? '')).toBe('2026-10-17');
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

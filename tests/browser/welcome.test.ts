import { expect, it } from 'vitest';
import { GAZES } from '../../src/core/domain';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { openFromPalette, openModals, unreachableByTab } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.modal;

describeScene(
	'welcome',
	{
		content: (t) => [
			t('ui.welcome.title'),
			...GAZES.map((g) => t(`gaze.${g}`)),
			t('ui.welcome.templates.button'),
			t('ui.welcome.about.button'),
			t('ui.close'),
			t('ui.welcome.start'),
		],
	},
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): Tab reaches every button, the main one last; Enter on it opens the template picker; Escape closes', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				expect(await openFromPalette(page, t('ui.welcome.command'), ROOT)).toBe(true);
				expect(await unreachableByTab(page, ROOT)).toEqual([]);
				const labels = await page.locator(`${ROOT} button:not(.modal-close-button)`).allTextContents();
				expect(labels.at(-1)).toBe(t('ui.welcome.start'));
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);

				expect(await openFromPalette(page, t('ui.welcome.command'), ROOT)).toBe(true);
				const start = page.getByRole('button', { name: t('ui.welcome.start') });
				for (let i = 0; i < 20 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
					await page.keyboard.press('Tab');
				}
				await page.keyboard.press('Enter');
				await page.locator(`${ROOT} .prompt-input`).waitFor();
				expect(await openModals(page)).toBe(1);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

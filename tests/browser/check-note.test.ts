import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { editorText, openFromPalette, openModals, openNoteText, runFromPalette, unreachableByTab } from './harness/page';
import { SURFACE_ROOT, WATCH_NOTE } from './harness/scenes';

const ROOT = SURFACE_ROOT.modal;

describeScene(
	'check-note',
	{ content: (t) => [t('watch.modal.title'), t('watch.modal.intro'), t('watch.modal.language'), t('watch.modal.privacy')] },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): Ctrl+P opens it on the open note, Tab reaches every finding, Enter on one closes it and leaves the note unchanged; Escape closes', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				const before = await openNoteText(page, WATCH_NOTE);
				expect(before).not.toBeNull();

				expect(await openFromPalette(page, t('watch.command.check'), ROOT)).toBe(true);
				const findings = page.locator(`${ROOT} [role="button"]`);
				expect(await findings.count()).toBeGreaterThan(0);
				expect(await unreachableByTab(page, ROOT)).toEqual([]);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);

				await runFromPalette(page, t('watch.command.check'));
				await page.locator(ROOT).waitFor();
				for (let i = 0; i < 20 && !(await findings.first().evaluate((el) => el === document.activeElement)); i++) {
					await page.keyboard.press('Tab');
				}
				await page.keyboard.press('Enter');
				expect(await openModals(page)).toBe(0);
				expect(await editorText(page)).toBe(before);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

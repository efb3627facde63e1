import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { axeViolations, focusIsIn, layoutProblems, screenshot, unreachableByTab } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.settings;

describeScene(
	'settings',
	{
		content: (t) => [
			t('settings.journalFolders.name'),
			t('settings.journalFolders.desc'),
			t('settings.templateFolder.name'),
			t('settings.language.name'),
			t('settings.tagRoot.name'),
			t('settings.tagRoot.desc'),
		],
	},
	(session) => {
		it('keyboard only: Ctrl+, opens the settings, Tab reaches every control, a bad folder is refused with a message, the language changes, Escape closes', async () => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang: 'en' });
			const t = translator('en');
			try {
				await page.keyboard.press('Control+Comma');
				await page.locator(ROOT).waitFor();
				expect(await unreachableByTab(page, ROOT)).toEqual([]);

				const folder = page.getByRole('textbox', { name: t('settings.templateFolder.name') });
				await folder.focus();
				// Pasted whole: typed key by key, "." on the way is the vault root, a valid folder (issue 23).
				await folder.fill('../Elsewhere');
				const refusal = t('settings.folderRefused', { folder: '../Elsewhere', reason: t('folder.reason.outside') });
				await page.getByText(refusal).waitFor();
				await screenshot(page, 'settings-refused-folder', { viewport: 'desktop', theme: 'light', lang: 'en' });
				expect(await axeViolations(page, ROOT), 'axe-core with the refusal shown').toEqual([]);
				expect(await layoutProblems(page, ROOT), 'layout with the refusal shown').toEqual([]);
				expect(await page.evaluate(() => (window.threeGazesHarness?.settings() as { templateFolder: string }).templateFolder)).toBe('Skabeloner');
				await page.keyboard.press('Control+A');
				await page.keyboard.type('Mine skabeloner');
				await expect.poll(() => page.evaluate(() => (window.threeGazesHarness?.settings() as { templateFolder: string }).templateFolder)).toBe('Mine skabeloner');
				expect(await page.getByText(refusal).count()).toBe(0);

				const language = page.getByRole('combobox', { name: t('settings.language.name') });
				await language.focus();
				await page.keyboard.press('ArrowUp');
				await expect.poll(() => page.evaluate(() => (window.threeGazesHarness?.settings() as { language: string }).language)).toBe('da');

				expect(await focusIsIn(page, ROOT)).toBe(true);
				await page.keyboard.press('Escape');
				expect(await page.locator('.modal.mod-settings').count()).toBe(0);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

import { expect, it } from 'vitest';
import { QUESTION_CATEGORIES } from '../../src/core/domain';
import { translator } from '../../src/core/i18n';
import { questionCategory } from '../../src/core/method/catalogue';
import { questionSetsBlock } from '../../src/core/toolbox/block';
import { describeScene } from './harness/scene-tests';
import { editorText, openFromPalette, openModals, openNoteText, runFromPalette, unreachableByTab } from './harness/page';
import { MEETING_NOTE, SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.modal;

describeScene(
	'insert-questions',
	{
		content: (t, look) => [
			t('method.questions.title'),
			t('method.questions.desc'),
			...QUESTION_CATEGORIES.map((id) => questionCategory(id).name[look.lang]),
			t('method.questions.insert'),
		],
	},
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): Tab reaches every switch and the button, Space switches a category off, Enter on Insert inserts the rest; Escape inserts nothing', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				const before = await openNoteText(page, MEETING_NOTE);
				expect(before).not.toBeNull();

				expect(await openFromPalette(page, t('method.command.insertQuestions'), ROOT)).toBe(true);
				expect(await unreachableByTab(page, ROOT)).toEqual([]);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);
				expect(await editorText(page)).toBe(before);

				await runFromPalette(page, t('method.command.insertQuestions'));
				await page.locator(ROOT).waitFor();
				const firstSwitch = page.locator(`${ROOT} .checkbox-container`).first();
				for (let i = 0; i < 10 && !(await firstSwitch.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))); i++) {
					await page.keyboard.press('Tab');
				}
				await page.keyboard.press('Space');
				expect(await firstSwitch.getAttribute('class')).not.toContain('is-enabled');
				const insert = page.getByRole('button', { name: t('method.questions.insert') });
				for (let i = 0; i < 30 && !(await insert.evaluate((el) => el === document.activeElement)); i++) {
					await page.keyboard.press('Tab');
				}
				await page.keyboard.press('Enter');
				expect(await openModals(page)).toBe(0);
				const after = (await page.evaluate(() => window.threeGazesHarness?.editorText())) ?? '';
				expect(after).toContain(questionSetsBlock(['intentions', 'observations', 'thoughts', 'knowledge', 'experiences'], lang));
				expect(after).not.toContain(questionSetsBlock(['actions'], lang));
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { TOOLBOX_ELEMENTS, elementBlock, elementName, elementSummary } from '../../src/core/toolbox/elements';
import { describeScene } from './harness/scene-tests';
import { editorText, openFromPalette, openModals, openNoteText, runFromPalette } from './harness/page';
import { MEETING_NOTE, SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.suggester;

describeScene(
	'insert-meeting-element',
	{ content: (_t, look) => TOOLBOX_ELEMENTS.slice(0, 3).flatMap((element) => [elementName(element)[look.lang], elementSummary(element, look.lang)]) },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): in an open note, Ctrl+P opens it, typing finds the iceberg, Enter inserts it at the cursor; Escape inserts nothing', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				const iceberg = TOOLBOX_ELEMENTS.find((element) => element.kind === 'tool' && element.id === 'iceberg');
				if (!iceberg) throw new Error('no iceberg in the toolbox');
				const before = await openNoteText(page, MEETING_NOTE);
				expect(before).not.toBeNull();

				expect(await openFromPalette(page, t('method.command.insertElement'), ROOT)).toBe(true);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);
				expect(await editorText(page)).toBe(before);

				await runFromPalette(page, t('method.command.insertElement'));
				await page.locator(ROOT).waitFor();
				await page.keyboard.type(elementName(iceberg)[lang]);
				await expect.poll(() => page.locator(`${ROOT} .suggestion-item.is-selected`).textContent()).toContain(elementName(iceberg)[lang]);
				await page.keyboard.press('Enter');
				expect(await openModals(page)).toBe(0);
				const after = (await page.evaluate(() => window.threeGazesHarness?.editorText())) ?? '';
				expect(after.startsWith(before ?? '')).toBe(true);
				expect(after).toContain(elementBlock(iceberg, lang));
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

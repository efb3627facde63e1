import { expect, it } from 'vitest';
import { GAZES } from '../../src/core/domain';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { editorText, openFromPalette, openModals, openNoteText, runFromPalette, unreachableByTab } from './harness/page';
import { MEETING_NOTE, SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.modal;

describeScene(
	'tag-note',
	{ content: (t) => [...GAZES.map((g) => t(`gaze.${g}`)), t('ui.cancel'), t('tagging.modal.apply')] },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): focus is in the modal, Tab reaches every control, Escape writes nothing', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				const before = await openNoteText(page, MEETING_NOTE);
				expect(before).not.toBeNull();
				expect(await openFromPalette(page, t('tagging.command.tagNote'), ROOT)).toBe(true);
				expect(await unreachableByTab(page, ROOT)).toEqual([]);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);
				expect(await editorText(page)).toBe(before);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

describeScene('tag-untagged', { content: (t) => [t('tagging.bulk.title'), t('tagging.bulk.acceptAll'), t('tagging.bulk.accept')] }, (session) => {
	it('keyboard only: Tab reaches every checkbox and button', async () => {
		const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang: 'da' });
		try {
			await runFromPalette(page, translator('da')('tagging.command.tagUntagged'));
			await page.locator(ROOT).waitFor();
			expect(await unreachableByTab(page, ROOT)).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await page.close();
		}
	});
});

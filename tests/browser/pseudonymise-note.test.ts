import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { openFromPalette, openModals, unreachableByTab } from './harness/page';
import { SURFACE_ROOT, WATCH_NOTE } from './harness/scenes';

const ROOT = SURFACE_ROOT.modal;

describeScene(
	'pseudonymise-note',
	{
		content: (t) => [t('privacy.modal.title'), t('privacy.modal.intro'), t('privacy.modal.people'), t('privacy.modal.preview'), t('privacy.modal.apply')],
	},
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): Ctrl+P opens it, Tab reaches every control, Escape closes and writes nothing', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				expect(await page.evaluate((path) => window.threeGazesHarness?.openNote(path), WATCH_NOTE)).toBe(true);
				const before = await page.evaluate((path) => window.threeGazesHarness?.read(path), WATCH_NOTE);
				expect(await openFromPalette(page, t('watch.command.pseudonymise'), ROOT)).toBe(true);
				expect(await unreachableByTab(page, ROOT)).toEqual([]);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);
				expect(await page.evaluate((path) => window.threeGazesHarness?.read(path), WATCH_NOTE)).toBe(before);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

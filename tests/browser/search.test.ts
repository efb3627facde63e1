import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { focusIsIn, openModals, runFromPalette } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.suggester;

describeScene(
	'search',
	{ content: (t) => ['Fru A og uroen om aftenen', t('search.instructions.open')] },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): Ctrl+P opens it, typing searches, arrows move, Enter opens the note; Escape closes', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				await runFromPalette(page, t('search.command.search'));
				await page.locator(ROOT).waitFor();
				expect(await focusIsIn(page, ROOT)).toBe(true);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);

				await runFromPalette(page, t('search.command.search'));
				await page.locator(ROOT).waitFor();
				await page.keyboard.type('fru A uro');
				const selected = page.locator(`${ROOT} .suggestion-item.is-selected`);
				await expect.poll(() => selected.textContent()).toContain('Fru A');
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('ArrowUp');
				await page.keyboard.press('Enter');
				expect(await openModals(page)).toBe(0);
				await expect.poll(async () => (await page.evaluate(() => window.threeGazesHarness?.activePath())) ?? '').toMatch(/fru A/i);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

describeScene('related', { content: (t) => [t('search.instructions.open')] });

import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { TEMPLATES, templateSearchText } from '../../src/core/templates/registry';
import { describeScene } from './harness/scene-tests';
import { focusIsIn, openModals, runFromPalette } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.suggester;

describeScene(
	'new-reflection',
	{ content: (_t, look) => TEMPLATES.slice(0, 4).map((def) => templateSearchText(def, look.lang)) },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): Ctrl+P opens it, typing narrows it, arrows move, Enter creates the note; Escape closes without creating', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				const staffMeeting = TEMPLATES.find((def) => def.id === 'staff-meeting');
				if (!staffMeeting) throw new Error('no staff-meeting template');
				const before = await page.evaluate(() => window.threeGazesHarness?.paths() ?? []);

				await runFromPalette(page, t('method.command.newReflection'));
				await page.locator(ROOT).waitFor();
				expect(await focusIsIn(page, ROOT)).toBe(true);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);
				expect(await page.evaluate(() => window.threeGazesHarness?.paths() ?? [])).toEqual(before);

				await runFromPalette(page, t('method.command.newReflection'));
				await page.locator(ROOT).waitFor();
				await page.keyboard.type(staffMeeting.name[lang]);
				const first = page.locator(`${ROOT} .suggestion-item`).first();
				await expect.poll(() => first.textContent()).toContain(staffMeeting.name[lang]);
				await page.keyboard.press('ArrowDown');
				await page.keyboard.press('ArrowUp');
				expect(await first.getAttribute('class')).toContain('is-selected');
				await page.keyboard.press('Enter');
				expect(await openModals(page)).toBe(0);
				const created = `Journal/2026-11-25 ${staffMeeting.name[lang]}.md`;
				await expect.poll(() => page.evaluate(() => window.threeGazesHarness?.paths() ?? [])).toContain(created);
				expect(await page.evaluate((path) => window.threeGazesHarness?.read(path), created)).toContain('kind:');
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

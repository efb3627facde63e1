import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { translator } from '../../src/core/i18n';
import { describeScene } from './harness/scene-tests';
import { focusIsIn, layoutProblems, openModals, runFromPalette, screenshot, unreachableByTab } from './harness/page';
import { SURFACE_ROOT } from './harness/scenes';

const ROOT = SURFACE_ROOT.view;

/** Presses Tab until the focused element matches `selector` (at most `max` presses); whether it did. */
async function tabTo(page: Page, selector: string, max = 120): Promise<boolean> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return true;
	}
	return false;
}

/** What the mirror's SVG charts look like: the fill of each bar, and the size of the labels. */
function chartLook(page: Page): Promise<{ bars: number; blackBars: number; fills: string[]; labelPx: number[] }> {
	return page.evaluate((selector) => {
		const bars = Array.from(document.querySelectorAll(`${selector} svg .three-gazes-bar`));
		const fills = [...new Set(bars.map((bar) => getComputedStyle(bar).fill))];
		const labels = Array.from(document.querySelectorAll(`${selector} .three-gazes-chart-label`));
		return {
			bars: bars.length,
			blackBars: bars.filter((bar) => ['rgb(0, 0, 0)', 'black', 'none'].includes(getComputedStyle(bar).fill)).length,
			fills,
			labelPx: labels.map((label) => Math.round(label.getBoundingClientRect().height)),
		};
	}, ROOT);
}

describeScene(
	'reflection-view',
	{ content: (t) => [t('reflection.title'), t('reflection.save'), t('reflection.gazes.title'), t('reflection.double.title')] },
	(session) => {
		it.for(['da', 'en'] as const)('keyboard only (%s): opened from Ctrl+P, Tab reaches every number and button; Enter on a number opens its note', async (lang) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme: 'light', lang });
			const t = translator(lang);
			try {
				await runFromPalette(page, t('reflection.command.open'));
				await page.locator(ROOT).waitFor();
				expect(await openModals(page)).toBe(0);
				await expect.poll(() => page.locator(`${ROOT} a.three-gazes-figure`).count()).toBeGreaterThan(3);
				// The view names itself once: in its header (Obsidian's tab and view header), not again inside.
				const titles = await page.evaluate(
					({ root, title }) => [`${root} .view-header`, `${root} .view-content`].map((s) => (document.querySelector(s)?.textContent ?? '').split(title).length - 1),
					{ root: ROOT, title: t('reflection.title') },
				);
				expect(titles, 'the title in the header, in the content').toEqual([1, 0]);
				await expect(page.locator(`${ROOT} button`, { hasText: t('reflection.save') }).count()).resolves.toBe(1);
				// Everything shown: the period, Save this reflection, every number, every chart's "numbers" summary.
				expect(await unreachableByTab(page, ROOT)).toEqual([]);

				// A chart's numbers (in a closed <details>): Enter on its summary opens them, and Tab reaches each.
				expect(await tabTo(page, `${ROOT} details.three-gazes-chart-numbers:not([open]) > summary`)).toBe(true);
				await page.keyboard.press('Enter');
				expect(await page.locator(`${ROOT} details.three-gazes-chart-numbers[open]`).count()).toBe(1);
				expect(await page.locator(`${ROOT} details[open] a.three-gazes-figure`).count()).toBeGreaterThan(0);
				expect(await unreachableByTab(page, ROOT)).toEqual([]);

				// A number behind one note: Enter opens that note.
				const one = `${ROOT} a.three-gazes-figure:not([data-paths*="\\A "])`;
				expect(await tabTo(page, one)).toBe(true);
				const path = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.paths ?? '');
				expect(path).toMatch(/\.md$/);
				await page.keyboard.press('Enter');
				await expect.poll(async () => page.evaluate(() => window.threeGazesHarness?.activePath() ?? null)).toBe(path);

				// A number behind several notes: Enter lists them in a dialog, Escape closes it.
				const several = `${ROOT} a.three-gazes-figure[data-paths*="\\A "]`;
				expect(await tabTo(page, several)).toBe(true);
				await page.keyboard.press('Enter');
				await page.locator(SURFACE_ROOT.modal).waitFor();
				expect(await focusIsIn(page, SURFACE_ROOT.modal)).toBe(true);
				expect(await unreachableByTab(page, SURFACE_ROOT.modal)).toEqual([]);
				await page.keyboard.press('Escape');
				expect(await openModals(page)).toBe(0);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});

		it.for(['quarter', 'year'] as const)('on a phone, over a %s: every chart readable (labels in the interface size, none on top of another), nothing wider than the window', async (period) => {
			const look = { viewport: 'phone', theme: 'light', lang: 'da' } as const;
			const { page, errors } = await session.open(look);
			try {
				await runFromPalette(page, translator('da')('reflection.command.open'));
				await page.locator(`${ROOT} select`).selectOption(period);
				await expect.poll(() => page.locator(`${ROOT} .three-gazes-chart`).count()).toBeGreaterThanOrEqual(3);
				await page.waitForTimeout(300);
				const shot = await screenshot(page, `reflection-view-${period}`, look);
				expect(await layoutProblems(page, ROOT), `layout (see ${shot})`).toEqual([]);
				const labels = await page.evaluate(
					(selector) => Array.from(document.querySelectorAll(`${selector} .three-gazes-chart-label`)).map((el) => Math.round(el.getBoundingClientRect().height)),
					ROOT,
				);
				expect(labels.length).toBeGreaterThan(10);
				// A line or two of the interface's small text each: not scaled down to a few pixels with a long chart, nor up with a short one.
				for (const px of labels) {
					expect(px).toBeGreaterThanOrEqual(12);
					expect(px).toBeLessThanOrEqual(40);
				}
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});

		it.for(['light', 'dark'] as const)('the charts are drawn with the theme (%s): coloured bars, small labels', async (theme) => {
			const { page, errors } = await session.open({ viewport: 'desktop', theme, lang: 'da' });
			try {
				await runFromPalette(page, translator('da')('reflection.command.open'));
				await page.locator(`${ROOT} svg .three-gazes-bar`).first().waitFor({ state: 'attached' });
				const look = await chartLook(page);
				expect(look.bars).toBeGreaterThan(0);
				expect(look.blackBars, `bar fills: ${look.fills.join(', ')}`).toBe(0);
				// One colour per gaze (three series), not the default black.
				expect(look.fills.length).toBeGreaterThanOrEqual(3);
				expect(look.labelPx.length).toBeGreaterThan(0);
				for (const px of look.labelPx) expect(px).toBeLessThanOrEqual(24);
				expect(errors).toEqual([]);
			} finally {
				await page.close();
			}
		});
	},
);

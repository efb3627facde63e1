/**
 * The tests every scene gets, in every look (2 sizes × 2 themes × 2 languages): its key content is
 * visible, nothing is clipped, overlapping or scrolling sideways, axe-core finds no serious or
 * critical violation, the page logs no error, and a screenshot is written. A scene test file is
 * `describeScene('<id>', { content })` plus its own keyboard tests.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translator, type Translate } from '../../../src/core/i18n';
import { launchChromium, type LaunchedBrowser } from './chromium';
import { allLooks, axeViolations, layoutProblems, lookName, openHarness, openScene, sceneById, screenshot, type HarnessPage, type Look } from './page';
import { SURFACE_ROOT } from './scenes';

/** What a scene must show, in the look's language. */
export interface SceneExpectations {
	/** Texts that must be visible in the scene (scrolled into view if needed). */
	readonly content: (t: Translate, look: Look) => readonly string[];
}

/** The shared browser of one test file, and the harness origin. */
export interface BrowserSession {
	/** The harness origin, or null when the browser tests are skipped (no Chromium). */
	readonly url: string | null;
	browser(): LaunchedBrowser;
	/** Opens the harness page in a look (the caller closes it). */
	open(look: Look): Promise<HarnessPage>;
}

/**
 * Starts Chromium for the file's tests (when it is here). Tests go inside
 * `describe.skipIf(session.url === null)`, so without Chromium they are listed as skipped.
 */
export function useBrowser(): BrowserSession {
	const url = inject('harnessUrl');
	let launched: LaunchedBrowser | null = null;
	beforeAll(async () => {
		if (url !== null) launched = await launchChromium(url);
	}, 60_000);
	afterAll(async () => {
		await launched?.close();
	});
	const browser = (): LaunchedBrowser => {
		if (!launched || url === null) throw new Error('Browser harness: Chromium is not running');
		return launched;
	};
	return { url, browser, open: (look) => openHarness(browser().context, url ?? '', look) };
}

/**
 * Which of `texts` are not shown in the scene: no element under `rootSelector` holding it (the
 * innermost one is checked) that is visible and, once scrolled to, inside the window.
 */
export function notShown(page: Page, rootSelector: string, texts: readonly string[]): Promise<string[]> {
	return page.evaluate(
		({ selector, wanted }) => {
			const root = document.querySelector(selector);
			if (!root) return [...wanted];
			const elements = Array.from(root.querySelectorAll<HTMLElement>('*'));
			const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();
			return wanted.filter((text) => {
				const holding = elements.filter((candidate) => normalize(candidate.innerText || candidate.textContent || '').includes(text));
				const el = holding.find((candidate) => !holding.some((other) => other !== candidate && candidate.contains(other)));
				if (!el || el.getClientRects().length === 0) return true;
				el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
				const box = el.getBoundingClientRect();
				const style = getComputedStyle(el);
				const inside = box.left >= -1 && box.top >= -1 && box.right <= window.innerWidth + 1 && box.bottom <= window.innerHeight + 1;
				return !inside || style.visibility === 'hidden' || Number(style.opacity) === 0;
			});
		},
		{ selector: rootSelector, wanted: [...texts] },
	);
}

/** The look-and-layout tests of one scene, in every look. */
export function describeScene(sceneId: string, expectations: SceneExpectations, more?: (session: BrowserSession) => void): void {
	const scene = sceneById(sceneId);
	const root = SURFACE_ROOT[scene.surface];
	const session = useBrowser();
	describe.skipIf(session.url === null)(`${sceneId}, seen in a real browser`, () => {
		it.for(allLooks().map((look) => ({ look, name: lookName(look) })))(
			'$name: key content visible, nothing clipped or overlapping, no serious axe violation',
			async ({ look }, ctx) => {
				const { page, errors } = await session.open(look);
				try {
					const outcome = await openScene(page, sceneId);
					if (!outcome.ok) {
						ctx.skip(`not on this branch yet: ${outcome.missing}`);
						return;
					}
					const shot = await screenshot(page, sceneId, look);
					const t = translator(look.lang);
					expect(await notShown(page, root, expectations.content(t, look)), `not visible (see ${shot})`).toEqual([]);
					await page.evaluate((selector) => document.querySelector(selector)?.scrollTo(0, 0), root);
					expect(await layoutProblems(page, root), `layout (see ${shot})`).toEqual([]);
					expect(await axeViolations(page, root), 'axe-core').toEqual([]);
					expect(errors, 'errors in the page').toEqual([]);
				} finally {
					await page.close();
				}
			},
		);
		more?.(session);
	});
}

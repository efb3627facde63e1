/**
 * What the browser tests do with a page: open a scene in a given size, theme and language, measure
 * its layout, run axe-core, walk it with the keyboard, and take its screenshot.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { OpenOutcome } from './entry';
import { PINNED_NOW, SCENES, SURFACE_ROOT, VIEWPORTS, type HarnessLang, type Scene, type Theme, type ViewportName } from './scenes';

/** Screenshots go here (git-ignored); docs/screenshots holds the few the README shows. */
export const SCREENSHOT_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../screenshots');

/** One way of seeing a scene. */
export interface Look {
	readonly viewport: ViewportName;
	readonly theme: Theme;
	readonly lang: HarnessLang;
}

/** A page with the harness booted, and what went wrong in it. */
export interface HarnessPage {
	readonly page: Page;
	/** Uncaught errors and console errors in the page. */
	readonly errors: string[];
}

/** The scene by id (a typo in a test is a programmer error). */
export function sceneById(id: string): Scene {
	const scene = SCENES.find((s) => s.id === id);
	if (!scene) throw new Error(`Browser harness: no scene ${id} in tests/browser/harness/scenes.ts`);
	return scene;
}

/** A readable name for a look: `desktop light da`. */
export function lookName(look: Look): string {
	return `${look.viewport} ${look.theme} ${look.lang}`;
}

/** Every look: 2 sizes × 2 themes × 2 languages. */
export function allLooks(): Look[] {
	const looks: Look[] = [];
	for (const viewport of ['desktop', 'phone'] as const) {
		for (const theme of ['light', 'dark'] as const) {
			for (const lang of ['da', 'en'] as const) looks.push({ viewport, theme, lang });
		}
	}
	return looks;
}

/** Opens the harness page in a look, with the clock pinned, and waits until the plugin is loaded. */
export async function openHarness(context: BrowserContext, baseUrl: string, look: Look): Promise<HarnessPage> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
	});
	await page.setViewportSize(VIEWPORTS[look.viewport]);
	await page.clock.setFixedTime(new Date(PINNED_NOW));
	const query = new URLSearchParams({ theme: look.theme, lang: look.lang, phone: look.viewport === 'phone' ? '1' : '0' });
	await page.goto(`${baseUrl}/?${query.toString()}`);
	await page.waitForFunction(() => window.threeGazesHarness !== undefined || window.threeGazesHarnessError !== undefined);
	const bootError = await page.evaluate(() => window.threeGazesHarnessError);
	if (bootError) throw new Error(`Browser harness did not boot: ${bootError}`);
	return { page, errors };
}

/** Opens a scene the direct way (the keyboard way is tested separately). */
export async function openScene(page: Page, sceneId: string): Promise<OpenOutcome> {
	const outcome = await page.evaluate((id) => window.threeGazesHarness?.open(id) ?? { ok: false as const, missing: 'harness' }, sceneId);
	if (!outcome.ok) return outcome;
	const scene = sceneById(sceneId);
	await page.locator(SURFACE_ROOT[scene.surface]).first().waitFor({ state: 'visible' });
	if (scene.query !== undefined) {
		await page.keyboard.type(scene.query);
		await page.locator('.prompt-results .suggestion-item, .prompt-results .suggestion-empty').first().waitFor();
		await page.waitForTimeout(300);
	}
	return outcome;
}

/** Writes `tests/browser/screenshots/<scene>-<viewport>-<theme>-<lang>.png`; returns its path. */
export async function screenshot(page: Page, sceneId: string, look: Look): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	const path = join(SCREENSHOT_DIR, `${sceneId}-${look.viewport}-${look.theme}-${look.lang}.png`);
	await page.screenshot({ path, animations: 'disabled' });
	return path;
}

/**
 * Layout problems of the UI under `rootSelector`, as sentences: the surface outside the window,
 * a horizontal scrollbar, text cut off by a box that hides overflow, text running out of the
 * surface, and pieces of text drawn on top of each other.
 */
export function layoutProblems(page: Page, rootSelector: string): Promise<string[]> {
	return page.evaluate((selector) => {
		const problems: string[] = [];
		const root = document.querySelector<HTMLElement>(selector);
		if (!root) return [`no element matches ${selector}`];
		const tolerance = 1;
		const describe = (el: Element): string => {
			const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
			const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
			return `<${el.tagName.toLowerCase()}${cls}>${text ? ` "${text}"` : ''}`;
		};
		const scrollsY = (el: Element): boolean => ['auto', 'scroll'].includes(getComputedStyle(el).overflowY);
		// A surface taller than its scrolling box (the settings page) is measured by that box.
		let frame: Element = root;
		for (let el: Element | null = root; el; el = el.parentElement) {
			if (scrollsY(el)) {
				frame = el;
				break;
			}
		}
		const rootBox = frame.getBoundingClientRect();
		const vw = document.documentElement.clientWidth;
		const vh = document.documentElement.clientHeight;
		if (rootBox.left < -tolerance || rootBox.top < -tolerance || rootBox.right > vw + tolerance || rootBox.bottom > vh + tolerance) {
			problems.push(`${describe(frame)} (${Math.round(rootBox.left)},${Math.round(rootBox.top)})-(${Math.round(rootBox.right)},${Math.round(rootBox.bottom)}) is not inside the ${vw}×${vh} window`);
		}
		if (document.documentElement.scrollWidth > vw + tolerance) {
			problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px wide in a ${vw}px window)`);
		}
		// checkVisibility: also false inside a closed <details> (laid out, with boxes, but not drawn).
		const visible = (el: Element): boolean => {
			const style = getComputedStyle(el);
			return el.checkVisibility() && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
		};
		for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
			if (!el.instanceOf(HTMLElement) || !visible(el)) continue;
			if (el.matches('input, textarea, select, option')) continue;
			const style = getComputedStyle(el);
			if ((style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + tolerance) {
				problems.push(`${describe(el)} scrolls sideways (${el.scrollWidth}px of content in ${el.clientWidth}px)`);
			}
		}
		// Every line of text: inside the surface, not cut off by a box that hides overflow, not on top of another.
		const lines: { node: Text; rect: DOMRect }[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node as Text;
			if (!text.data.trim() || !text.parentElement || !visible(text.parentElement)) continue;
			if (text.parentElement.closest('option, select, textarea')) continue;
			const range = document.createRange();
			range.selectNodeContents(text);
			// The part of a line that shows: lines scrolled out of a scrolling box are not drawn there.
			let view: DOMRect | null = null;
			for (let el: HTMLElement | null = text.parentElement; el && root.contains(el); el = el.parentElement) {
				const style = getComputedStyle(el);
				if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
					view = el.getBoundingClientRect();
					break;
				}
			}
			for (const rect of Array.from(range.getClientRects())) {
				if (rect.width < 1 || rect.height < 1) continue;
				const shown = view
					? new DOMRect(
							Math.max(rect.left, view.left),
							Math.max(rect.top, view.top),
							Math.min(rect.right, view.right) - Math.max(rect.left, view.left),
							Math.min(rect.bottom, view.bottom) - Math.max(rect.top, view.top),
						)
					: rect;
				if (shown.width >= 1 && shown.height >= 1) lines.push({ node: text, rect: shown });
				for (let box: HTMLElement | null = text.parentElement; box && box !== root.parentElement; box = box.parentElement) {
					const boxStyle = getComputedStyle(box);
					const scrolls = (value: string): boolean => value === 'auto' || value === 'scroll';
					// Text in a scrolling box is reached by scrolling it (a sideways scroller is reported above).
					if (scrolls(boxStyle.overflowX) || scrolls(boxStyle.overflowY)) break;
					const clips = (value: string): boolean => value === 'hidden' || value === 'clip';
					if (!clips(boxStyle.overflowX) && !clips(boxStyle.overflowY)) continue;
					const b = box.getBoundingClientRect();
					const cutX = clips(boxStyle.overflowX) && (rect.left < b.left - tolerance || rect.right > b.right + tolerance);
					const cutY = clips(boxStyle.overflowY) && (rect.top < b.top - tolerance || rect.bottom > b.bottom + tolerance);
					if ((cutX || cutY) && !box.hasAttribute('title') && !text.parentElement.hasAttribute('title')) {
						problems.push(`text "${text.data.trim().slice(0, 40)}" is cut off by ${describe(box)}`);
					}
				}
				const surface = text.parentElement.closest<HTMLElement>('.view-content, .modal, .prompt-results, .vertical-tab-content-container');
				const bounds = (surface && root.contains(surface) ? surface : root).getBoundingClientRect();
				if (rect.right > bounds.right + tolerance || rect.left < bounds.left - tolerance) {
					problems.push(`text "${text.data.trim().slice(0, 40)}" runs out of ${describe(surface ?? root)} sideways`);
				}
			}
		}
		for (let i = 0; i < lines.length; i++) {
			for (let j = i + 1; j < lines.length; j++) {
				const a = lines[i];
				const b = lines[j];
				if (!a || !b || a.node === b.node) continue;
				const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
				const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
				if (overlapX > 2 && overlapY > 2) {
					problems.push(`text "${a.node.data.trim().slice(0, 30)}" overlaps "${b.node.data.trim().slice(0, 30)}"`);
				}
			}
		}
		return [...new Set(problems)];
	}, rootSelector);
}

/**
 * Violations that are Obsidian's own, not the plugin's, and the same for every plugin: axe reports
 * them on Obsidian's DOM and default theme, which the plugin does not control.
 * - `.prompt-results`: a suggester's list scrolls but is not focusable; Obsidian drives it from
 *   the input with the arrow keys (the keyboard tests check exactly that).
 * - `button.mod-cta`: white on the default accent colour is 3.4:1 (light) and 4.25:1 (dark),
 *   below 4.5:1; it is Obsidian's call-to-action style in every dialog.
 */
const OBSIDIAN_OWN: readonly { readonly rule: string; readonly selector: string }[] = [
	{ rule: 'scrollable-region-focusable', selector: '.prompt-results' },
	{ rule: 'color-contrast', selector: 'button.mod-cta' },
];

/** axe-core's serious and critical violations in the UI under `rootSelector`, as sentences. */
export async function axeViolations(page: Page, rootSelector: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.js' });
	// axe counts what a scrolling box hides as invisible (and a label there as missing): make the
	// window tall enough that every scrolling box in the surface shows all of its content.
	const viewport = page.viewportSize();
	const hidden = await page.evaluate((selector) => {
		const root = document.querySelector(selector);
		let extra = 0;
		for (let el: Element | null = root; el; el = el.parentElement) extra = Math.max(extra, el.scrollHeight - el.clientHeight);
		for (const el of Array.from(root?.querySelectorAll('*') ?? [])) extra = Math.max(extra, el.scrollHeight - el.clientHeight);
		return extra;
	}, rootSelector);
	if (viewport && hidden > 0) await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + Math.ceil(hidden * 1.3), 12000) });
	try {
		return await runAxe(page, rootSelector);
	} finally {
		if (viewport) await page.setViewportSize(viewport);
	}
}

function runAxe(page: Page, rootSelector: string): Promise<string[]> {
	return page.evaluate(
		async ({ selector, own }) => {
			interface AxeResult {
				violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
			}
			const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
			const result = await axe.run({ include: [selector] }, { resultTypes: ['violations'], rules: { region: { enabled: false } } });
			const isOwn = (rule: string, target: string[]): boolean => {
				const el = document.querySelector(target[target.length - 1] ?? ':not(*)');
				return own.some((o) => o.rule === rule && el?.matches(o.selector) === true);
			};
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isOwn(v.id, n.target)) }))
				.filter((v) => v.nodes.length > 0)
				.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')).join('; ')}`);
		},
		{ selector: rootSelector, own: OBSIDIAN_OWN },
	);
}

/** A short description of the focused element: tag, classes, name. */
export function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return 'body';
		const name = el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? (el.textContent ?? '').trim().slice(0, 40);
		return `<${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(/\s+/).join('.')}` : ''}> ${name}`;
	});
}

/** Whether focus is inside the element matching `selector`. */
export function focusIsIn(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement) ?? false, selector);
}

/**
 * Presses Tab until focus comes back to where it started (or `max` presses), and returns how many
 * of the elements under `selector` that a user can Tab to (visible, enabled, not tabindex -1) were
 * never reached, described.
 */
export async function unreachableByTab(page: Page, selector: string, max = 200): Promise<string[]> {
	await page.evaluate((s) => {
		// Marks of an earlier walk (another surface) are not this walk's targets.
		for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-tab-target]'))) delete el.dataset.tabTarget;
		const candidates = Array.from(document.querySelectorAll<HTMLElement>(`${s} a[href], ${s} button, ${s} input, ${s} select, ${s} textarea, ${s} summary, ${s} [tabindex]`));
		candidates.forEach((el, i) => {
			const style = getComputedStyle(el);
			const hidden = style.display === 'none' || style.visibility === 'hidden' || el.getClientRects().length === 0 || !el.checkVisibility();
			const off = el.getAttribute('tabindex') === '-1' || (el as HTMLButtonElement).disabled === true;
			if (!hidden && !off) el.dataset.tabTarget = String(i);
		});
	}, selector);
	const reached = new Set<string>();
	for (let i = 0; i < max; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.tabTarget ?? null);
		if (id !== null) {
			if (reached.has(id)) break;
			reached.add(id);
		}
	}
	return page.evaluate((ids) => {
		return Array.from(document.querySelectorAll<HTMLElement>('[data-tab-target]'))
			.filter((el) => !ids.includes(el.dataset.tabTarget ?? ''))
			.map((el) => `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}`);
	}, [...reached]);
}

/** Opens a command the keyboard way: Ctrl+P, its name typed, Enter. */
export async function runFromPalette(page: Page, commandName: string): Promise<void> {
	await page.keyboard.press('Control+P');
	await page.locator('.modal.prompt .prompt-input').waitFor();
	await page.keyboard.type(commandName);
	await page.locator('.suggestion-item.is-selected', { hasText: commandName }).waitFor();
	await page.keyboard.press('Enter');
}

/** Opens a note in the harness's editor; its text, or null when the note could not be opened. */
export async function openNoteText(page: Page, path: string): Promise<string | null> {
	if (!(await page.evaluate((p) => window.threeGazesHarness?.openNote(p), path))) return null;
	return editorText(page);
}

/** The text in the harness's editor ('' when none is open). */
export async function editorText(page: Page): Promise<string> {
	return (await page.evaluate(() => window.threeGazesHarness?.editorText())) ?? '';
}

/** Runs a command from the palette and waits for the surface under `root`; true when focus is inside it. */
export async function openFromPalette(page: Page, commandName: string, root: string): Promise<boolean> {
	await runFromPalette(page, commandName);
	await page.locator(root).waitFor();
	return focusIsIn(page, root);
}

/** How many modals are open. */
export function openModals(page: Page): Promise<number> {
	return page.locator('body > .modal-container').count();
}

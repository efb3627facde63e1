/**
 * Finding and launching the browser: Debian's `chromium` (apt-get install chromium), never a
 * downloaded one. Without it the browser tests are skipped with a plain message, unless `CI` is set.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Chromium is looked for (THREE_GAZES_CHROMIUM overrides). */
export function chromiumPath(): string {
	return process.env.THREE_GAZES_CHROMIUM ?? '/usr/bin/chromium';
}

/** Whether the browser tests can run here. */
export function chromiumAvailable(): boolean {
	return existsSync(chromiumPath());
}

/** What to tell the user when Chromium is missing. */
export const MISSING_CHROMIUM = `Browser tests SKIPPED: no Chromium at ${chromiumPath()}. ` +
	'Install it with `apt-get install chromium` (Debian/Ubuntu) to run them; in CI (CI set) this is a failure.';

const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--font-render-hinting=none',
];

/** A browser with a fresh profile, removed on close. */
export interface LaunchedBrowser {
	readonly context: BrowserContext;
	close(): Promise<void>;
}

/** Launches Chromium with a throwaway profile and Copenhagen time; only `allowedOrigin` is reachable. */
export async function launchChromium(allowedOrigin: string): Promise<LaunchedBrowser> {
	const profile = mkdtempSync(join(tmpdir(), 'three-gazes-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		headless: true,
		args: ARGS,
		timezoneId: 'Europe/Copenhagen',
		deviceScaleFactor: 1,
		reducedMotion: 'reduce',
	});
	await context.route('**/*', (route) => (route.request().url().startsWith(allowedOrigin) ? route.continue() : route.abort()));
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}

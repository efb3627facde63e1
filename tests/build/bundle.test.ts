import { existsSync, readFileSync, statSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// `npm test` builds before it runs the tests; these check what a user installs.
describe('the release bundle', () => {
	const main = existsSync('main.js') ? readFileSync('main.js', 'utf8') : '';

	// The budget is 250 KB (issue 9) and is missed: the text a user reads, in two languages, comes to
	// more than half of main.js (docs/DESIGN.md, "Bundle size"; `npm run bundle-report`). This guard,
	// about 13 KB above the measured 377 KB, catches a regression such as a library that stops
	// tree-shaking (yaml added 97 KB once) or the lean js-yaml and date-fns builds coming undone.
	// Raised from 390 to 400 KB with issue 24 (search for what she half-remembers: compounds, typos,
	// any-word ranking), which adds 8.9 KB of code (392.5 → 401.4 KB).
	// Issue 15 (the mirror reads only what she wrote) adds 21.6 KB: the scaffold recogniser and its
	// snapshot of every shipped template version (10.2 KB), the question cue families (+4.8 KB), the
	// sides, citations and texts. Main at 48a8bfd already built to 470.8 KB, past its 440 KB guard;
	// with this issue 492.4 KB, so the guard is 500 KB here (to be settled when merged).
	it('is built, minified and within the size guard', () => {
		expect(main.length).toBeGreaterThan(0);
		expect(statSync('main.js').size).toBeLessThanOrEqual(500 * 1024);
		// Minified: no indented source lines (templates keep their own line breaks inside strings).
		expect(main).not.toMatch(/\n[ \t]+(const|let|var|function|return) /);
	});

	it('is valid UTF-8, with the Danish letters written as themselves', () => {
		const bytes = readFileSync('main.js');
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
		expect(main).toContain('Borgeren og miljøet');
		expect(main).not.toMatch(/\\x(e6|f8|e5|c6|d8|c5)/i);
	});

	it('leaves obsidian and CodeMirror to the app, and bundles no Node or Electron module', () => {
		expect(main).toMatch(/require\("obsidian"\)/);
		for (const mod of ['fs', 'node:fs', 'path', 'child_process', 'electron']) {
			expect(main, mod).not.toContain(`require("${mod}")`);
		}
	});

	it('carries the templates as text', () => {
		expect(main).toContain('daglig-refleksion');
		expect(main).toContain('Mit eget bidrag som leder');
	});

	it('ships a manifest that the plugin directory accepts', () => {
		const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
		const versions = JSON.parse(readFileSync('versions.json', 'utf8')) as Record<string, string>;
		expect(manifest).toMatchObject({ id: 'three-gazes', name: 'Three Gazes', isDesktopOnly: false, version: pkg.version });
		expect(String(manifest.description).length).toBeLessThanOrEqual(250);
		expect(String(manifest.description)).toMatch(/\.$/);
		expect(versions[pkg.version]).toBe(manifest.minAppVersion);
	});
});

// Loading the lint configuration (type-aware rules) takes seconds: a generous timeout, not a speed test.
describe('the layers', { timeout: 60_000 }, () => {
	it.each(['src/core/anything.ts', 'src/cli/anything.ts'])('lint forbids importing obsidian in %s', async (file) => {
		const config = (await new ESLint().calculateConfigForFile(file)) as { rules: Record<string, unknown> };
		expect(JSON.stringify(config.rules['no-restricted-imports'])).toContain('"name":"obsidian"');
	});

	it('lets the adapter import obsidian', async () => {
		const config = (await new ESLint().calculateConfigForFile('src/obsidian/anything.ts')) as { rules: Record<string, unknown> };
		expect(JSON.stringify(config.rules['no-restricted-imports'] ?? '')).not.toContain('"name":"obsidian"');
	});
});

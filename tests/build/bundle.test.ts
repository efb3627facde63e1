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
	// Session 4 merged issues 15-24 at once: 383 KB → 541 KB (language watch 28.7 → 68.5 KB, i18n
	// 69.9 → 86.8, method 41.5 → 56.0, tagging 21.1 → 35.6, search 19.2 → 27.4, scaffold 12.8, time
	// 13.2). The guard sits about 20 KB above that, to catch a library that stops tree-shaking;
	// what the size costs at each start is `main-js-eval-ms` in the bench.
	it('is built, minified and within the size guard', () => {
		expect(main.length).toBeGreaterThan(0);
		expect(statSync('main.js').size).toBeLessThanOrEqual(560 * 1024);
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

	it('describes what it does for her, in the characters the directory allows, as package.json does', () => {
		const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { description: string };
		const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { description: string };
		expect(manifest.description).toMatch(/^[A-Za-z0-9 .,!?'"-]+$/);
		expect(manifest.description).toMatch(/^Journal and reflect on your leadership/);
		expect(manifest.description).toMatch(/\.$/);
		expect(manifest.description).not.toMatch(/(^|\. )Private\./);
		expect(pkg.description).toBe(manifest.description);
	});
});

// `npm run lint` is `eslint .`: it must lint manifest.json with the plugin's manifest rule.
describe('the manifest lint', { timeout: 60_000 }, () => {
	const manifest = existsSync('manifest.json') ? readFileSync('manifest.json', 'utf8') : '{}';

	it('is part of `eslint .`, with the manifest rule as an error', async () => {
		const eslint = new ESLint();
		expect(await eslint.isPathIgnored('manifest.json')).toBe(false);
		const config = (await eslint.calculateConfigForFile('manifest.json')) as { rules: Record<string, unknown> };
		expect(JSON.stringify(config.rules['obsidianmd/validate-manifest'])).toMatch(/^\[2|^"error"|^2/);
		const [result] = await eslint.lintFiles(['manifest.json']);
		expect(result?.messages).toEqual([]);
	});

	it.each([
		['a colon (the old description)', 'A reflective journal for leaders in elder care: templates. Private.'],
		['no final period', 'Journal and reflect on your leadership'],
		['a Danish letter', 'Journal for ledere i ældreplejen.'],
		['the word plugin', 'A plugin for journaling about leadership.'],
	])('fails a description with %s', async (_label, description) => {
		const text = manifest.replace(/"description": "[^"]*"/, `"description": ${JSON.stringify(description)}`);
		const [result] = await new ESLint().lintText(text, { filePath: 'manifest.json' });
		expect(result?.messages.map((m) => m.ruleId)).toContain('obsidianmd/validate-manifest');
	});
});

// Loading the lint configuration (type-aware rules) takes seconds: a generous timeout, not a speed test.
describe('the layers', { timeout: 60_000 }, () => {
	it.each(['src/core/anything.ts', 'src/cli/anything.ts'])('lint forbids importing obsidian in %s', async (file) => {
		const config = (await new ESLint().calculateConfigForFile(file)) as { rules: Record<string, unknown> };
		expect(JSON.stringify(config.rules['no-restricted-imports'])).toContain('"name":"obsidian"');
	});

	it('lints the plugin UI for pop-out windows: activeDocument, not the main window\'s document', async () => {
		const eslint = new ESLint();
		const config = (await eslint.calculateConfigForFile('src/obsidian/anything.ts')) as { rules: Record<string, unknown> };
		expect(JSON.stringify(config.rules['obsidianmd/prefer-active-doc'])).toMatch(/^\[2|^"error"|^2/);
		expect(JSON.stringify(config.rules['obsidianmd/prefer-active-doc'] ?? '')).not.toBe('');
	});

	it('lets the adapter import obsidian', async () => {
		const config = (await new ESLint().calculateConfigForFile('src/obsidian/anything.ts')) as { rules: Record<string, unknown> };
		expect(JSON.stringify(config.rules['no-restricted-imports'] ?? '')).not.toContain('"name":"obsidian"');
	});
});

/**
 * The built main.js (what a user installs) against the source, in the Obsidian fake. The build
 * swaps code for smaller equivalents (js-yaml's reader without its writer: esbuild.config.mjs;
 * docs/DESIGN.md, "Bundle size"), so the bundle must read every note exactly as the source does and
 * show the same text in both languages. `npm test` builds main.js before the tests run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { runInThisContext } from 'node:vm';
import * as obsidian from 'obsidian';
import { parse as parseWithYamlPackage } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ThreeGazesPlugin from '../../src/main';
import { loadPlugin } from './harness';

afterEach(() => vi.restoreAllMocks());

const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'main.js');

/**
 * Evaluates main.js as Obsidian does: a CommonJS module whose `obsidian` is the app's (here the fake).
 * `RegExpToUse` stands in for the global `RegExp` inside the bundle (to record the patterns it builds).
 */
function loadBundle(RegExpToUse: RegExpConstructor = RegExp): typeof ThreeGazesPlugin {
	const nodeRequire = createRequire(import.meta.url);
	const module = { exports: {} as { default?: typeof ThreeGazesPlugin } };
	const requireForBundle = (id: string): unknown => (id === 'obsidian' ? obsidian : nodeRequire(id));
	const wrapped = `(function (require, module, exports, RegExp) {${readFileSync(MAIN, 'utf8')}\n})`;
	const run = runInThisContext(wrapped, { filename: MAIN }) as (r: typeof requireForBundle, m: typeof module, e: typeof module.exports, R: RegExpConstructor) => void;
	run(requireForBundle, module, module.exports, RegExpToUse);
	if (!module.exports.default) throw new Error('main.js exports no default plugin class');
	return module.exports.default;
}

/**
 * Whether the fake can hold a note: its metadata cache parses frontmatter with the `yaml` package and
 * throws on what Obsidian shows as invalid properties (a duplicate key). Such notes are compared in
 * tests/build/bundle-yaml.test.ts instead.
 */
function fakeAccepts(text: string): boolean {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	try {
		if (match) parseWithYamlPackage(match[1] ?? '');
		return true;
	} catch {
		return false;
	}
}

/** The demo vault's notes the fake can hold, vault-relative path to text. */
function demoVault(): Record<string, string> {
	const dir = join(ROOT, 'demo-vault');
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (name === '.obsidian') continue;
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.md') && fakeAccepts(readFileSync(path, 'utf8'))) files[relative(dir, path).split('\\').join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return files;
}

/** Frontmatter the reader must type, or refuse, exactly as the source does. */
const TRICKY = {
	'Journal/2026-11-03 Typer.md': '---\ndate: 2026-11-03\nwhen: 2026-11-03T08:30:00Z\ncount: 12\nratio: 0.5\nyes: yes\nempty:\nquoted: "2026-11-03"\ntags: [blik/medarbejdere]\n---\nTyper.\n',
	'Journal/2026-11-04 Anker.md': '---\nbase: &b [blik/selv]\ntags: *b\n---\nAnker.\n',
	'Journal/2026-11-05 Liste.md': '---\n- blik/selv\n---\nEn liste øverst.\n',
	'Journal/2026-11-06 Tag.md': '---\ntags: !!set {blik/selv}\n---\nEn eksplicit type.\n',
	'Journal/2026-11-07 Flere.md': '---\ntags: [blik/selv]\n---\n---\ntags: [blik/borger]\n---\n',
};

/** What the index holds: every note as the features read it, and every skipped note with its reason. */
function indexOf(plugin: ThreeGazesPlugin) {
	const index = plugin.context?.index;
	if (!index) throw new Error('the plugin built no context');
	return { notes: [...index.notes()].sort((a, b) => a.path.localeCompare(b.path)), skipped: index.skipped() };
}

function commandNames(commands: Map<string, { id: string; name: string }>): string[] {
	return [...commands.values()].map((c) => `${c.id}: ${c.name}`).sort();
}

// Loading the demo vault twice (and main.js) takes seconds on a busy machine: a generous timeout, not a speed test.
describe('the release bundle (main.js) in the Obsidian fake', { timeout: 60_000 }, () => {
	it('exists (run `npm run build` first; `npm test` does)', () => {
		expect(existsSync(MAIN)).toBe(true);
	});

	it.runIf(existsSync(MAIN))('reads the demo vault and tricky frontmatter exactly as the source does', async () => {
		const files = { ...demoVault(), ...TRICKY };
		const data = { language: 'da', journalFolders: ['Journal'] };
		const fromSource = indexOf((await loadPlugin(files, { data })).plugin);
		const fromBundle = indexOf((await loadPlugin(files, { data, pluginClass: loadBundle() })).plugin);
		expect(fromBundle.skipped).toEqual(fromSource.skipped);
		expect(fromBundle.notes).toEqual(fromSource.notes);
		// The comparison means something: the demo vault is read, and a list at the top is refused.
		expect(fromBundle.notes.length).toBeGreaterThanOrEqual(40);
		expect(fromBundle.skipped.map((s) => s.path)).toContain('Journal/2026-11-05 Liste.md');
	});

	// tests/build/no-lookbehind.test.ts reads every pattern in main.js; this records those it builds in the app.
	it.runIf(existsSync(MAIN))('builds no regex lookbehind while it loads and indexes the demo vault', async () => {
		const built: string[] = [];
		const Recording: RegExpConstructor = new Proxy(RegExp, {
			construct: (target, args: unknown[], newTarget: unknown): object => {
				built.push(args[0] instanceof RegExp ? args[0].source : String(args[0]));
				return Reflect.construct(target, args, newTarget === Recording ? target : (newTarget as typeof RegExp)) as object;
			},
			apply: (target, thisArg, args: unknown[]) => {
				built.push(args[0] instanceof RegExp ? args[0].source : String(args[0]));
				return Reflect.apply(target, thisArg, args) as unknown;
			},
		});
		const loaded = await loadPlugin({ ...demoVault(), ...TRICKY }, { data: { language: 'da', journalFolders: ['Journal'] }, pluginClass: loadBundle(Recording) });
		expect(loaded.plugin.context?.index.size).toBeGreaterThanOrEqual(40);
		expect(built.length).toBeGreaterThan(100);
		expect(built.filter((source) => /\(\?<[=!]/.test(source))).toEqual([]);
	});

	it.runIf(existsSync(MAIN)).each(['da', 'en'])('names every command as the source does (%s)', async (language) => {
		const files = { 'Journal/2026-11-20 Dag.md': '---\ntags: [blik/selv]\n---\nTekst\n' };
		const fromSource = await loadPlugin(files, { data: { language } });
		const fromBundle = await loadPlugin(files, { data: { language }, pluginClass: loadBundle() });
		expect(commandNames(fromBundle.commands)).toEqual(commandNames(fromSource.commands));
		expect(fromBundle.commands.size).toBeGreaterThan(5);
	});
});

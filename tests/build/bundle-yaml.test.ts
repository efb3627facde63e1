/**
 * The plugin build reads YAML with js-yaml's own sources, without its writer (esbuild.config.mjs,
 * `jsYamlReaderOnly`; docs/DESIGN.md, "Bundle size"). The frontmatter reader bundled that way must
 * answer exactly as the source does, including what it refuses: the tag writer relies on duplicate
 * keys being refused and dates staying text. (The Obsidian fake cannot hold such notes; this test
 * builds the reader alone.)
 */
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFrontmatterYaml, type FrontmatterParse } from '../../src/core/frontmatter';

const ROOT = join(__dirname, '../..');

/** src/core/frontmatter.ts bundled with the plugin's js-yaml resolution, as a CommonJS module. */
async function bundledReader(): Promise<typeof parseFrontmatterYaml> {
	const config = await import('../../esbuild.config.mjs');
	const result = await build({
		stdin: { contents: "export { parseFrontmatterYaml } from './src/core/frontmatter';", resolveDir: ROOT, loader: 'ts' },
		bundle: true,
		format: 'cjs',
		platform: 'browser',
		write: false,
		logLevel: 'silent',
		plugins: [config.jsYamlReaderOnly],
	});
	const code = result.outputFiles[0]?.text ?? '';
	expect(code).not.toContain('unacceptable kind of an object to dump');
	const module = { exports: {} as { parseFrontmatterYaml?: typeof parseFrontmatterYaml } };
	const run = runInThisContext(`(function (module, exports) {${code}\n})`, { filename: 'frontmatter.bundle.js' }) as (m: typeof module, e: typeof module.exports) => void;
	run(module, module.exports);
	if (!module.exports.parseFrontmatterYaml) throw new Error('the bundle exports no parseFrontmatterYaml');
	return module.exports.parseFrontmatterYaml;
}

const CASES: readonly (readonly [string, string])[] = [
	['a duplicate key', 'tags: [blik/selv]\ntags: [blik/borger]\n'],
	['a duplicate nested key', 'a:\n  b: 1\n  b: 2\n'],
	['an unclosed flow list', 'tags: [blik/selv\n'],
	['a bad indentation', 'tags:\n  - a\n - b\n'],
	['a tab for indentation', 'tags:\n\t- a\n'],
	['two documents', 'a: 1\n---\nb: 2\n'],
	['a list at the top', '- blik/selv\n'],
	['a scalar at the top', 'just text\n'],
	['empty', ''],
	['only a comment', '# nothing\n'],
	['dates, numbers, booleans and nulls', 'date: 2026-11-03\nwhen: 2026-11-03T08:30:00Z\ncount: 12\noctal: 0o17\nhex: 0x1F\nratio: 0.5\ninf: .inf\nyes: yes\ntrue: true\nempty:\ntilde: ~\nquoted: "2026-11-03"\n'],
	['anchors and aliases', 'base: &b [blik/selv]\ntags: *b\n'],
	['a merge key', 'base: &b {a: 1}\nother:\n  <<: *b\n  c: 2\n'],
	['explicit types', 'tags: !!set {blik/selv}\nn: !!str 12\nbin: !!binary aGVq\n'],
	['an unknown tag', 'x: !custom 1\n'],
	['block scalars', 'text: |\n  linje 1\n  linje 2\nfolded: >-\n  a\n  b\n'],
	['Danish text and escapes', 'titel: "Fru Ås på stue 12 \\u00e6"\nnavn: Søren\n'],
	['a very long key', `${'k'.repeat(1100)}: 1\n`],
];

/** A result with the error text as the user sees it (the first line of js-yaml's message). */
function comparable(result: FrontmatterParse): unknown {
	return result.ok ? { ok: true, data: JSON.parse(JSON.stringify(result.data)) as unknown } : result;
}

// Building takes a moment: a generous timeout, not a speed test.
describe('the bundled YAML reader', { timeout: 30_000 }, () => {
	let bundled: typeof parseFrontmatterYaml = () => ({ ok: false, reason: 'not built' });
	beforeAll(async () => {
		bundled = await bundledReader();
	});

	it.each(CASES)('answers as the source does for %s', (_name, yaml) => {
		expect(comparable(bundled(yaml))).toEqual(comparable(parseFrontmatterYaml(yaml)));
	});

	it('refuses a duplicate key and keeps dates as text, as the tag writer relies on', () => {
		const duplicate = bundled('tags: [blik/selv]\ntags: [blik/borger]\n');
		expect(duplicate.ok).toBe(false);
		expect(duplicate.ok ? '' : duplicate.reason).toMatch(/^malformed YAML: duplicated mapping key/);
		expect(bundled('date: 2026-11-03\n')).toEqual({ ok: true, data: { date: '2026-11-03' } });
	});
});

/**
 * The plugin build bundles two libraries leaner than their packages give them (esbuild.config.mjs;
 * docs/DESIGN.md, "Bundle size"): js-yaml's reader and core schema alone, and date-fns locales with
 * only what `format` reads. The core modules built that way must answer exactly as the source does: the
 * frontmatter reader (including what it refuses: the tag writer relies on duplicate keys being refused
 * and dates staying text) and every date the mirror and the templates write, in both languages.
 * (The Obsidian fake cannot hold notes with invalid properties; this test builds the modules alone.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/domain';
import { parseFrontmatterYaml, type FrontmatterParse } from '../../src/core/frontmatter';
import { formatDay, formatMonth, isoWeekKey, isIsoDay } from '../../src/core/reflection/period';
import { formatMoment } from '../../src/core/templates/moment-format';

const ROOT = join(__dirname, '../..');

/** What the test builds: the source's functions, from the plugin's bundle of them. */
interface Bundled {
	readonly parseFrontmatterYaml: typeof parseFrontmatterYaml;
	readonly formatMoment: typeof formatMoment;
	readonly formatDay: typeof formatDay;
	readonly formatMonth: typeof formatMonth;
	readonly isoWeekKey: typeof isoWeekKey;
	readonly isIsoDay: typeof isIsoDay;
	/** js-yaml's `load` as the plugin bundles it. */
	readonly load: (input: string, options?: { schema?: unknown }) => unknown;
	readonly CORE_SCHEMA: unknown;
}

/** The core modules bundled with the plugin's library plugins, as one CommonJS module. */
async function bundleCore(): Promise<Bundled> {
	const config = await import('../../esbuild.config.mjs');
	const result = await build({
		stdin: {
			contents: [
				"export { parseFrontmatterYaml } from './src/core/frontmatter';",
				"export { formatDay, formatMonth, isoWeekKey, isIsoDay } from './src/core/reflection/period';",
				"export { formatMoment } from './src/core/templates/moment-format';",
				"export { load, CORE_SCHEMA } from 'js-yaml';",
			].join('\n'),
			resolveDir: ROOT,
			loader: 'ts',
		},
		bundle: true,
		format: 'cjs',
		platform: 'browser',
		write: false,
		logLevel: 'silent',
		plugins: [config.jsYamlReaderOnly, config.dateFnsFormattingLocales],
	});
	const code = result.outputFiles[0]?.text ?? '';
	// The lean parts are really left out (else this test compares the packages with themselves).
	expect(code).not.toContain('unacceptable kind of an object to dump');
	expect(code).not.toContain('tag:yaml.org,2002:timestamp');
	expect(code).not.toMatch(/formatDistance|formatRelative|matchPatterns/);
	const module = { exports: {} as Partial<Bundled> };
	const run = runInThisContext(`(function (module, exports) {${code}\n})`, { filename: 'core.bundle.js' }) as (m: typeof module, e: typeof module.exports) => void;
	run(module, module.exports);
	return module.exports as Bundled;
}

const YAML_CASES: readonly (readonly [string, string])[] = [
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

/** A result as plain data, with the error text as the user sees it. */
function comparable(result: FrontmatterParse): unknown {
	return result.ok ? { ok: true, data: JSON.parse(JSON.stringify(result.data)) as unknown } : result;
}

/** Every moment token and localised format the template dates understand, and literal text. */
const MOMENT_PATTERNS = [
	'YYYYYY YYYY YY Y GGGG GG gggg gg',
	'Qo Q MMMM MMM MM Mo M',
	'DDDD DDDo DDD DD Do D',
	'dddd ddd dd do d e E',
	'ww wo w WW Wo W',
	'HH H hh h kk k mm m ss s SSS SS S A a',
	'ZZ Z X x',
	'LT LTS L LL LLL LLLL l ll lll llll',
	'[Uge] W, dddd [d.] D. MMMM YYYY',
];

/** Days across a year, week-year edges and both daylight saving changes. */
const DATES = ['2026-01-01T00:00:00', '2026-03-29T01:59:00', '2026-03-29T03:00:00', '2026-06-15T12:34:56.789', '2026-10-25T02:30:00', '2026-12-31T23:59:59', '2027-01-01T09:05:03', '2027-01-04T00:00:00'];
const LANGS: readonly Lang[] = ['da', 'en'];

// Building takes a moment: a generous timeout, not a speed test.
describe('the core as the plugin bundles it', { timeout: 30_000 }, () => {
	let bundled: Bundled | null = null;
	const get = (): Bundled => {
		if (!bundled) throw new Error('the core was not built');
		return bundled;
	};
	beforeAll(async () => {
		bundled = await bundleCore();
	});

	it.each(YAML_CASES)('reads YAML as the source does: %s', (_name, yaml) => {
		expect(comparable(get().parseFrontmatterYaml(yaml))).toEqual(comparable(parseFrontmatterYaml(yaml)));
	});

	it('refuses a duplicate key and keeps dates as text, as the tag writer relies on', () => {
		const duplicate = get().parseFrontmatterYaml('tags: [blik/selv]\ntags: [blik/borger]\n');
		expect(duplicate.ok).toBe(false);
		expect(duplicate.ok ? '' : duplicate.reason).toMatch(/^malformed YAML: duplicated mapping key/);
		expect(get().parseFrontmatterYaml('date: 2026-11-03\n')).toEqual({ ok: true, data: { date: '2026-11-03' } });
	});

	it('refuses to read YAML without the core schema, the only one it bundles', () => {
		expect(() => get().load('a: 1\n')).toThrow(/js-yaml-reader-only: .*CORE_SCHEMA/);
		expect(get().load('a: 2026-11-03\n', { schema: get().CORE_SCHEMA })).toEqual({ a: '2026-11-03' });
	});

	it.each(LANGS)('writes every template date as the source does (%s)', (lang) => {
		for (const date of DATES) {
			for (const pattern of MOMENT_PATTERNS) {
				expect(get().formatMoment(new Date(date), pattern, lang), `${pattern} on ${date}`).toBe(formatMoment(new Date(date), pattern, lang));
			}
		}
		// Names in the language, so a lost locale part would show.
		expect(get().formatMoment(new Date('2026-11-03T10:00:00'), 'dddd D. MMMM', lang)).toBe(lang === 'da' ? 'tirsdag 3. november' : 'Tuesday 3. November');
	});

	it.each(LANGS)('writes the mirror days, months and weeks as the source does (%s)', (lang) => {
		for (const day of ['2026-01-01', '2026-03-29', '2026-11-24', '2026-12-31', '2027-01-01', '2027-01-04']) {
			expect(get().formatDay(day, lang)).toBe(formatDay(day, lang));
			expect(get().formatMonth(day.slice(0, 7), lang)).toBe(formatMonth(day.slice(0, 7), lang));
			expect(get().isoWeekKey(day)).toBe(isoWeekKey(day));
		}
		for (const day of ['2026-02-29', '2026-13-01', '2026-1-1', '2028-02-29']) expect(get().isIsoDay(day)).toBe(isIsoDay(day));
	});
});

/** The date-fns functions that read the locale parts the plugin build leaves out. */
const NEEDS_LEFT_OUT_LOCALE_PARTS = ['parse', 'isMatch', 'formatDistance', 'formatDistanceStrict', 'formatDistanceToNow', 'formatDistanceToNowStrict', 'formatDuration', 'formatRelative'];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
	});
}

describe('what the plugin imports from date-fns', () => {
	it('needs no locale part the plugin build leaves out (parsing, distances, relative days)', () => {
		const imported = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*'date-fns'/g)].flatMap((m) =>
				(m[1] ?? '').split(',').map((name) => name.trim().split(/\s+as\s+/)[0] ?? '').filter((name) => name !== '' && !name.startsWith('type ')),
			),
		);
		expect(imported).toContain('format');
		expect(imported.filter((name) => NEEDS_LEFT_OUT_LOCALE_PARTS.includes(name))).toEqual([]);
	});
});

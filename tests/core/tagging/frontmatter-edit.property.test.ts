/**
 * Property tests of the safe tag writer: thousands of generated notes (random bodies, random valid
 * frontmatter with comments and both list styles, LF or CRLF, with or without a BOM). `yaml` (eemeli), a
 * parser independent of the one the writer uses (js-yaml), checks that the other properties keep their values.
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GAZES, readGazeTag } from '../../../src/core/domain';
import type { GazeId, Lang } from '../../../src/core/domain';
import { setGazeTags } from '../../../src/core/tagging/frontmatter-edit';

const RUNS = 2000;
/** Thousands of runs take seconds on a busy machine; this is not a speed test. */
const TIMEOUT = 120_000;

const word = fc.oneof(
	fc.constantFrom('ja', 'nej', '2026-11-27', '42', '3.5', 'Fru Ålund', 'møde med SK', '😊 godt', 'x/y', 'ÆØÅ', 'true', 'null-ish', 'a#b', '"a, b"', '"x # y"', "'it''s'", '"tags: [z]"'),
	fc.stringMatching(/^[a-zæøåA-ZÆØÅ][a-zæøåA-ZÆØÅ0-9 ]{0,10}[a-zæøå0-9]$/),
);
// Without U+FFFD: a note holding it is refused (it was not UTF-8 on disk), see frontmatter-edit.test.ts.
const freeText = fc.string({ maxLength: 12, unit: 'grapheme' }).filter((s) => !s.includes('\uFFFD'));
const comment = fc.option(fc.constantFrom(' # note', ' # æøå 😊', ' #', ' # tags: [x]'), { nil: '' });
const key = fc.oneof(
	fc.stringMatching(/^[a-zæøå][a-zæøå0-9_-]{0,8}$/),
	fc.constantFrom('"dato"', "'status'", '"æøå nøgle"', 'rating-leadership-effect', 'kind', 'tools', 'min nøgle', 'a#b', '"x: y"', 'tagsx', 'my-tags'),
);

/** One property's value, written as the lines after `key:` (the first entry is on the key's line). */
const value: fc.Arbitrary<(eol: string) => string> = fc.oneof(
	fc.tuple(word, comment).map(([w, c]) => () => ` ${w}${c}`),
	fc.tuple(freeText, comment).map(([s, c]) => () => ` ${JSON.stringify(s)}${c}`),
	fc.tuple(freeText.filter((s) => !/[\r\n]/.test(s)), comment).map(([s, c]) => () => ` '${s.replace(/'/g, "''")}'${c}`),
	fc.tuple(fc.array(word, { maxLength: 3 }), comment).map(([ws, c]) => () => ` [${ws.join(', ')}]${c}`),
	fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('  - ', '- ', '    - ')).map(
		([ws, p]) => (eol: string) => ws.map((w) => `${eol}${p}${w}`).join(''),
	),
	fc.tuple(fc.constantFrom('|', '>', '|-', '|+'), fc.array(word, { minLength: 1, maxLength: 3 })).map(
		([style, ws]) => (eol: string) => ` ${style}${ws.map((w) => `${eol}  ${w}`).join('')}`,
	),
	fc.tuple(key, word).map(([k, w]) => (eol: string) => `${eol}  ${k}: ${w}`),
	fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => (eol: string) => ` [${eol}${ws.map((w) => `  ${w}`).join(`,${eol}`)}${eol}]`),
);

const tagEntry = fc.constantFrom('journal', 'Projekt/Plejehjem', 'ældrepleje', '"citeret"', 'blik/borger', 'Gaze/Self', 'BLIK/SELV', 'blik/andet', 'gaze/staff', '🌼', "'blik/medarbejdere'", '"gaze/citizen"', "'it''s'", 'a#b');

/** The `tags` property as written (lines), or null for a note without it. */
const tags: fc.Arbitrary<((eol: string) => string) | null> = fc.oneof(
	fc.constant(null),
	fc.tuple(fc.array(tagEntry, { minLength: 1, maxLength: 4 }), fc.constantFrom('  - ', '- ', '    - ', '  -   '), comment).map(
		([es, p, c]) => (eol: string) => `tags:${c}${es.map((e) => `${eol}${p}${e}`).join('')}${eol}`,
	),
	fc.tuple(fc.array(tagEntry, { maxLength: 4 }), fc.constantFrom(', ', ','), fc.constantFrom('', ' '), comment).map(
		([es, sep, pad, c]) => (eol: string) => `tags: [${pad}${es.join(sep)}${pad}]${c}${eol}`,
	),
	tagEntry.map((e) => (eol: string) => `tags: ${e}${eol}`),
	fc.constantFrom('tags:', 'tags: ~', 'tags: # none yet').map((t) => (eol: string) => `${t}${eol}`),
);

const bodyLine = fc.oneof(
	fc.constantFrom('# Overskrift', 'Tekst om dagen.', '---', '', '- [ ] Følg op 📅 2026-12-04', 'æøå 😊', '> [!three-gazes|isbjerget] Isbjerget', 'tags: x', '#journal'),
	fc.string({ maxLength: 30, unit: 'grapheme' }).filter((s) => !/[\r\n#\uFFFD]/.test(s)),
);

interface Note {
	/** The whole note. */
	readonly text: string;
	/** Everything before the tags lines (or before the closing `---` when the note has no tags). */
	readonly before: string;
	/** Everything after the tags lines. */
	readonly after: string;
	readonly hadTags: boolean;
	readonly hasFrontmatter: boolean;
}

const note: fc.Arbitrary<Note> = fc
	.record({
		eol: fc.constantFrom('\n', '\r\n'),
		bom: fc.boolean(),
		frontmatter: fc.boolean(),
		pairs: fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 6, selector: ([k]) => k.replace(/["']/g, '') }),
		commentLines: fc.array(fc.tuple(fc.nat(6), fc.constantFrom('# kommentar', '# æøå 😊', '#')), { maxLength: 2 }),
		tags,
		tagsAt: fc.nat(6),
		body: fc.array(bodyLine, { maxLength: 8 }),
		finalNewline: fc.boolean(),
	})
	.map((r) => {
		const eol = r.eol;
		const bom = r.bom ? '\uFEFF' : '';
		const bodyLines = r.frontmatter ? r.body : ['Tekst', ...r.body];
		const body = bodyLines.join(eol) + (r.finalNewline && bodyLines.length > 0 ? eol : '');
		if (!r.frontmatter) return { text: bom + body, before: bom, after: body, hadTags: false, hasFrontmatter: false };
		const lines = r.pairs.map(([k, v]) => `${k}:${v(eol)}${eol}`);
		for (const [at, c] of r.commentLines) lines.splice(Math.min(at, lines.length), 0, `${c}${eol}`);
		const at = r.tags ? Math.min(r.tagsAt, lines.length) : lines.length;
		const head = `${bom}---${eol}${lines.slice(0, at).join('')}`;
		const tail = `${lines.slice(at).join('')}---${body.length > 0 || r.finalNewline ? eol : ''}${body}`;
		const tagsText = r.tags ? r.tags(eol) : '';
		return { text: head + tagsText + tail, before: head, after: tail, hadTags: r.tags !== null, hasFrontmatter: true };
	});

const edit = fc
	.record({ add: fc.subarray([...GAZES]), remove: fc.subarray([...GAZES]), lang: fc.constantFrom<Lang>('da', 'en') })
	.map(({ add, remove, lang }) => ({ add, remove: remove.filter((g) => !add.includes(g)), lang }));

/** The frontmatter as `yaml` reads it (a reference parser independent of the writer's). */
function frontmatterOf(text: string): { others: Record<string, unknown>; gazes: GazeId[] } {
	const t = text.replace(/^\uFEFF/, '');
	const m = /^---\r?\n([\s\S]*?)^---(?:\r?\n|$)/m.exec(t);
	if (!m || !t.startsWith('---')) return { others: {}, gazes: [] };
	const data = (parse(m[1] ?? '', { uniqueKeys: true }) ?? {}) as Record<string, unknown>;
	const { tags: tagValue, ...others } = data;
	const list = Array.isArray(tagValue) ? tagValue : typeof tagValue === 'string' ? [tagValue] : [];
	return { others, gazes: GAZES.filter((g) => list.some((x) => typeof x === 'string' && readGazeTag(x) === g)) };
}

describe('setGazeTags on generated notes', () => {
	it('generates valid YAML (sanity of the generator)', () => {
		fc.assert(fc.property(note, (n) => void frontmatterOf(n.text)), { numRuns: 500 });
	}, TIMEOUT);

	it('changes nothing but the tags: other properties, comments and the body keep their bytes', () => {
		fc.assert(
			fc.property(note, edit, (n, e) => {
				const result = setGazeTags(n.text, e);
				expect(result.kind).not.toBe('refused');
				const text = result.kind === 'changed' ? result.text : n.text;
				expect(text.startsWith(n.before)).toBe(true);
				expect(text.endsWith(n.after)).toBe(true);
				const before = frontmatterOf(n.text);
				const after = frontmatterOf(text);
				expect(after.others).toEqual(before.others);
				const expected = GAZES.filter((g) => (before.gazes.includes(g) || e.add.includes(g)) && !e.remove.includes(g));
				expect(after.gazes).toEqual(expected);
			}),
			{ numRuns: RUNS },
		);
	}, TIMEOUT);

	it('is idempotent: applying an edit twice equals applying it once', () => {
		fc.assert(
			fc.property(note, edit, (n, e) => {
				const once = setGazeTags(n.text, e);
				const text = once.kind === 'changed' ? once.text : n.text;
				expect(setGazeTags(text, e)).toEqual({ kind: 'unchanged' });
			}),
			{ numRuns: RUNS },
		);
	}, TIMEOUT);

	it('untagging a note that had no tags gives back its original bytes', () => {
		fc.assert(
			fc.property(
				note.filter((n) => !n.hadTags),
				fc.subarray([...GAZES], { minLength: 1 }),
				fc.constantFrom<Lang>('da', 'en'),
				(n, gazes, lang) => {
					const tagged = setGazeTags(n.text, { add: gazes, remove: [], lang });
					expect(tagged.kind).toBe('changed');
					if (tagged.kind !== 'changed') return;
					expect(setGazeTags(tagged.text, { add: [], remove: gazes, lang })).toEqual({ kind: 'changed', text: n.text });
				},
			),
			{ numRuns: RUNS },
		);
	}, TIMEOUT);
});

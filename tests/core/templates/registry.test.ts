import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { gazeTag, KIND_VOCABULARY, LANGS, readGazeTag, readKind } from '../../../src/core/domain';
import type { GazeId, Lang } from '../../../src/core/domain';
import { renderNoteFromTemplate } from '../../../src/core/templates/note-from-template';
import { findTemplate, TEMPLATES, templateText } from '../../../src/core/templates/registry';

const NOW = new Date(2026, 10, 27, 14, 5, 9);

/** The frontmatter of a rendered note, read the way any YAML reader would. */
function frontmatter(text: string): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	expect(match, 'the note starts with frontmatter').not.toBeNull();
	return load(match?.[1] ?? '', { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

function gazesOf(fm: Record<string, unknown>): GazeId[] {
	const tags = Array.isArray(fm.tags) ? (fm.tags as unknown[]) : [];
	return tags.map((t) => readGazeTag(String(t))).filter((g): g is GazeId => g !== null);
}

describe('the bundled templates', () => {
	const cases = TEMPLATES.flatMap((def) => LANGS.map((lang) => [def.id, lang] as const));

	it.each(cases)('%s (%s) renders with no unknown placeholder into its kind, date and gazes', (id, lang) => {
		const def = findTemplate(id);
		if (!def) throw new Error(`no template ${id}`);
		const { text, unknown } = renderNoteFromTemplate(def.text[lang], { title: def.name[lang], now: NOW, lang, tagLang: lang });
		expect(unknown).toEqual([]);
		const fm = frontmatter(text);
		expect(fm.date).toBe('2026-11-27');
		expect(fm.kind).toBe(KIND_VOCABULARY[def.kind][lang]);
		expect(readKind(String(fm.kind))).toBe(def.kind);
		expect(gazesOf(fm)).toEqual(def.gazes);
		for (const tag of fm.tags as string[]) expect(tag.startsWith(lang === 'da' ? 'blik/' : 'gaze/')).toBe(true);
		expect(text).toContain(`# ${def.name[lang]}\n`);
	});

	it.each(cases)('%s (%s) writes gaze tags in the other vocabulary when the setting says so', (id, lang) => {
		const def = findTemplate(id);
		if (!def) throw new Error(`no template ${id}`);
		const other: Lang = lang === 'da' ? 'en' : 'da';
		const { text } = renderNoteFromTemplate(def.text[lang], { title: 'T', now: NOW, lang, tagLang: other });
		const fm = frontmatter(text);
		expect(fm.tags).toEqual(def.gazes.map((g) => gazeTag(g, other)));
		expect(fm.kind).toBe(KIND_VOCABULARY[def.kind][lang]);
	});

	it('has unique ids and a text in both languages', () => {
		expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
		for (const def of TEMPLATES) for (const lang of LANGS) expect(def.text[lang].length).toBeGreaterThan(100);
	});

	it('ends the daily reflection with the leader\'s own contribution', () => {
		expect(templateText('daily-reflection', 'da')?.trimEnd()).toMatch(/## Mit eget bidrag som leder\n[^#]*$/);
		expect(templateText('daily-reflection', 'en')?.trimEnd()).toMatch(/## My own contribution as leader\n[^#]*$/);
	});

	it('returns null for an unknown id', () => {
		expect(findTemplate('nope')).toBeNull();
		expect(templateText('nope', 'da')).toBeNull();
	});
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setGazeTags } from '../../../src/core/tagging/frontmatter-edit';
import type { GazeTagEdit, GazeTagEditResult } from '../../../src/core/tagging/frontmatter-edit';

const FIXTURES = join(__dirname, '../../fixtures/frontmatter');
const read = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');
const ADD_BOTH: GazeTagEdit = { add: ['citizen', 'staff'], remove: [], lang: 'da' };

function changed(result: GazeTagEditResult): string {
	if (result.kind !== 'changed') throw new Error(`expected a change, got ${JSON.stringify(result)}`);
	return result.text;
}

describe('setGazeTags on fixture notes (exact bytes)', () => {
	const okFiles = readdirSync(join(FIXTURES, 'ok'));

	it.each(okFiles.filter((f) => existsSync(join(FIXTURES, 'expected', f))))('%s: tags as expected, byte for byte', (file) => {
		expect(changed(setGazeTags(read(`ok/${file}`), ADD_BOTH))).toBe(read(`expected/${file}`));
	});

	it.each(okFiles)('%s: tagging twice equals tagging once', (file) => {
		const once = setGazeTags(read(`ok/${file}`), ADD_BOTH);
		const text = once.kind === 'changed' ? once.text : read(`ok/${file}`);
		expect(setGazeTags(text, ADD_BOTH)).toEqual({ kind: 'unchanged' });
	});

	it.each(['block-list-comments.md', 'flow-list.md', 'crlf-bom.md', 'danish-emoji.md', 'quoted-keys.md', 'no-frontmatter.md', 'no-final-newline.md', 'block-scalar-keep.md', 'anchors-elsewhere.md', 'empty-file.md'])(
		'%s: untagging gives back the original bytes',
		(file) => {
			const tagged = read(`expected/${file}`);
			expect(changed(setGazeTags(tagged, { add: [], remove: ['citizen', 'staff'], lang: 'da' }))).toBe(read(`ok/${file}`));
		},
	);

	it('keeps gaze tags written in the other vocabulary or casing, and does not add them again', () => {
		expect(setGazeTags(read('ok/other-casing.md'), ADD_BOTH)).toEqual({ kind: 'unchanged' });
	});

	it('removes a gaze in both vocabularies and any casing', () => {
		const text = '---\ntags:\n  - Blik/Borger\n  - journal\n  - GAZE/citizen\n  - gaze/staff\n---\n';
		expect(changed(setGazeTags(text, { add: [], remove: ['citizen'], lang: 'en' }))).toBe('---\ntags:\n  - journal\n  - gaze/staff\n---\n');
	});

	it('writes the English vocabulary when asked', () => {
		expect(changed(setGazeTags('Body\n', { add: ['self'], remove: [], lang: 'en' }))).toBe('---\ntags:\n  - gaze/self\n---\nBody\n');
	});

	it('adds and removes in one edit, keeping the flow style', () => {
		const text = '---\ntags: [journal, blik/selv]\n---\n';
		expect(changed(setGazeTags(text, { add: ['citizen'], remove: ['self'], lang: 'da' }))).toBe('---\ntags: [journal, blik/borger]\n---\n');
	});

	it('does not add a gaze already given by an inline tag in the body', () => {
		expect(changed(setGazeTags(read('ok/inline-present.md'), ADD_BOTH))).toBe('---\ntitle: x\ntags:\n  - blik/medarbejdere\n---\nOm #blik/borger i dag.\n');
	});

	it('refuses to remove a gaze given by an inline tag, naming the tag, and never edits the body', () => {
		const result = setGazeTags('---\ntags: [blik/borger]\n---\nOm #Blik/Borger i dag.\n', { add: [], remove: ['citizen'], lang: 'da' });
		expect(result).toMatchObject({ kind: 'refused', reason: 'inline-tag', vars: { tag: '#Blik/Borger' } });
	});

	it('adds to tags written as one comma-separated text in the same style, as Obsidian reads it as a list', () => {
		expect(changed(setGazeTags('---\ntags: dagbog, møde\n---\n', { add: ['self'], remove: [], lang: 'da' }))).toBe('---\ntags: dagbog, møde, blik/selv\n---\n');
		expect(changed(setGazeTags('---\ntags: dagbog,møde # x\n---\n', { add: ['self'], remove: [], lang: 'en' }))).toBe('---\ntags: dagbog,møde,gaze/self # x\n---\n');
		expect(changed(setGazeTags("---\ntags: 'dagbog møde'\n---\n", { add: ['citizen'], remove: [], lang: 'da' }))).toBe("---\ntags: 'dagbog møde blik/borger'\n---\n");
	});

	it('removes a gaze from a comma-separated text, keeping her separator, and the key when nothing is left', () => {
		expect(changed(setGazeTags('---\ntags: blik/selv, dagbog, møde\n---\n', { add: [], remove: ['self'], lang: 'da' }))).toBe('---\ntags: dagbog, møde\n---\n');
		expect(changed(setGazeTags('---\ntitle: x\ntags: blik/selv, gaze/staff\n---\n', { add: [], remove: ['self', 'staff'], lang: 'da' }))).toBe('---\ntitle: x\n---\n');
		expect(setGazeTags('---\ntags: dagbog, blik/selv\n---\n', { add: ['self'], remove: [], lang: 'da' })).toEqual({ kind: 'unchanged' });
	});

	it('ignores tag-like text in code', () => {
		const text = 'Tekst\n```\n#blik/borger\n```\nog `#blik/borger`\n';
		expect(changed(setGazeTags(text, { add: ['citizen'], remove: [], lang: 'da' }))).toBe(`---\ntags:\n  - blik/borger\n---\n${text}`);
	});

	it('refuses a body tag removal even for a gaze also in the frontmatter', () => {
		const result = setGazeTags('---\ntags: [blik/selv]\n---\n#blik/selv\n', { add: [], remove: ['self'], lang: 'da' });
		expect(result.kind).toBe('refused');
	});
});

describe('setGazeTags refuses what it cannot edit safely', () => {
	const expected: Record<string, string> = {
		'unclosed.md': 'unclosed',
		'duplicate-keys.md': 'duplicate-keys',
		'not-a-map.md': 'not-a-map',
		'scalar-root.md': 'not-a-map',
		'flow-map-root.md': 'not-a-map',
		'tab-indent.md': 'tab-indent',
		'tags-alias.md': 'alias',
		'tags-anchor.md': 'alias',
		'merge-key.md': 'merge-key',
		'tags-map.md': 'tags-map',
		'tags-quoted-escapes.md': 'tags-text',
		'tags-block-scalar.md': 'tags-text',
		'tags-nested-list.md': 'tags-item',
		'both-tag-keys.md': 'several-tag-keys',
		'not-first-line.md': 'not-first-line',
		'indented-open.md': 'not-first-line',
		'malformed.md': 'malformed',
	};

	it('has a reason for every refusal fixture', () => {
		expect(readdirSync(join(FIXTURES, 'refused')).sort()).toEqual(Object.keys(expected).sort());
	});

	it.each(Object.entries(expected))('%s: refused as %s, with a message in both languages', (file, reason) => {
		const text = read(`refused/${file}`);
		for (const edit of [ADD_BOTH, { add: [], remove: ['citizen'], lang: 'da' } as const]) {
			const da = setGazeTags(text, { ...edit, uiLang: 'da' });
			const en = setGazeTags(text, { ...edit, uiLang: 'en' });
			expect(da.kind === 'refused' && da.reason).toBe(reason);
			if (da.kind !== 'refused' || en.kind !== 'refused') return;
			expect(da.message).not.toMatch(/\{|tagging\./);
			expect(en.message).not.toMatch(/\{|tagging\./);
			expect(da.message).not.toBe(en.message);
		}
	});
});

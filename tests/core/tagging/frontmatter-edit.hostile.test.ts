/**
 * The tag writer on notes nobody here wrote (issue 23): text that was not UTF-8, CR-only line endings,
 * an alias bomb, a body that begins with `---` lines, js-yaml's "non-tabulated" message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontmatterYaml } from '../../../src/core/frontmatter';
import { setGazeTags } from '../../../src/core/tagging/frontmatter-edit';
import type { GazeTagEditResult } from '../../../src/core/tagging/frontmatter-edit';

const HOSTILE = join(__dirname, '../../fixtures/frontmatter/hostile');
const read = (name: string): string => readFileSync(join(HOSTILE, name), 'utf8');

function reason(result: GazeTagEditResult): string {
	return result.kind === 'refused' ? result.reason : result.kind;
}

describe('a note that was not UTF-8 on disk (read as U+FFFD)', () => {
	it('is refused rather than written back with its æ, ø, å lost, in both languages', () => {
		// Latin-1 bytes decoded as UTF-8, as Obsidian and Node do it: every æ, ø, å became U+FFFD.
		const text = read('latin1.md');
		expect(text).toContain('\uFFFD');
		const da = setGazeTags(text, { add: ['citizen'], remove: [], lang: 'da', uiLang: 'da' });
		const en = setGazeTags(text, { add: ['citizen'], remove: [], lang: 'da', uiLang: 'en' });
		expect(reason(da)).toBe('not-utf8');
		expect(da.kind === 'refused' && da.message).toMatch(/UTF-8/);
		expect(en.kind === 'refused' && en.message).toMatch(/Latin-1/);
		expect(da.kind === 'refused' && en.kind === 'refused' && da.message !== en.message).toBe(true);
	});

	it('is not refused when nothing would be written', () => {
		expect(setGazeTags('---\ntags: [blik/borger]\n---\n\uFFFD\n', { add: ['citizen'], remove: [], lang: 'da' })).toEqual({ kind: 'unchanged' });
	});
});

describe('CR-only line endings', () => {
	it('are refused instead of getting a second, LF frontmatter block in front', () => {
		const text = read('cr-only.md');
		expect(reason(setGazeTags(text, { add: ['self'], remove: [], lang: 'da' }))).toBe('cr-line-endings');
		expect(setGazeTags(text, { add: [], remove: ['self'], lang: 'da' })).toEqual({ kind: 'unchanged' });
	});

	it('CRLF is not CR-only', () => {
		expect(setGazeTags('Tekst\r\nmere\r\n', { add: ['self'], remove: [], lang: 'da' }).kind).toBe('changed');
	});
});

describe('an alias bomb (billion laughs) in the frontmatter', () => {
	it('is refused by the tag writer with a reason, not expanded', () => {
		const result = setGazeTags(read('alias-bomb.md'), { add: ['citizen'], remove: [], lang: 'da', uiLang: 'en' });
		expect(reason(result)).toBe('alias-expansion');
		expect(result.kind === 'refused' && result.message).toContain('10000');
	});

	it('is refused by the note reader too', () => {
		const yaml = read('alias-bomb.md').split('---\n')[1] ?? '';
		const parsed = parseFrontmatterYaml(yaml);
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.reason).toMatch(/aliases/);
	});

	it('a few ordinary aliases are still read', () => {
		const parsed = parseFrontmatterYaml('base: &b [x, y]\nother: *b\nthird: *b\n');
		expect(parsed.ok && parsed.data.third).toEqual(['x', 'y']);
	});
});

describe('untagging removes only what tagging added', () => {
	it('keeps the --- lines when the body begins with --- lines (they stay body, not frontmatter)', () => {
		const text = read('body-starts-with-rules.md');
		const result = setGazeTags(text, { add: [], remove: ['citizen'], lang: 'da' });
		expect(result).toEqual({ kind: 'changed', text: '---\n---\n---\n---\nTekst efter to streger\n' });
	});

	it('keeps her empty frontmatter block: tag and untag give back the original bytes', () => {
		const original = '---\n---\nTekst\n';
		const tagged = setGazeTags(original, { add: ['citizen'], remove: [], lang: 'da' });
		expect(tagged).toEqual({ kind: 'changed', text: '---\ntags: [blik/borger]\n---\nTekst\n' });
		if (tagged.kind !== 'changed') return;
		expect(setGazeTags(tagged.text, { add: [], remove: ['citizen'], lang: 'da' })).toEqual({ kind: 'changed', text: original });
	});

	it('keeps a tags-only block it did not write (a flow list), dropping only the tags', () => {
		expect(setGazeTags('---\ntags: [blik/selv]\n---\nTekst\n', { add: [], remove: ['self'], lang: 'da' })).toEqual({ kind: 'changed', text: '---\n---\nTekst\n' });
	});

	it('still drops the block it wrote itself', () => {
		const tagged = setGazeTags('Tekst\n', { add: ['self', 'staff'], remove: [], lang: 'da' });
		if (tagged.kind !== 'changed') throw new Error('expected a change');
		expect(setGazeTags(tagged.text, { add: [], remove: ['self', 'staff'], lang: 'da' })).toEqual({ kind: 'changed', text: 'Tekst\n' });
	});
});

describe('js-yaml messages', () => {
	it('"a non-tabulated empty line" is a malformed YAML, not a tab indentation', () => {
		const result = setGazeTags('---\na: b\n: c\n---\n', { add: ['self'], remove: [], lang: 'da', uiLang: 'en' });
		expect(reason(result)).toBe('malformed');
		expect(result.kind === 'refused' && result.message).toContain('non-tabulated');
	});

	it('a real tab indentation is still called so', () => {
		expect(reason(setGazeTags('---\na:\n\t- b\n---\n', { add: ['self'], remove: [], lang: 'da' }))).toBe('tab-indent');
	});
});

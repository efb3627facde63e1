/**
 * A line break in a file name or a title is never written raw into Markdown (issue 23): it would end
 * a heading or a wikilink, and a title like "x\n---\nkind: y" would begin a block of properties.
 */
import { describe, expect, it } from 'vitest';
import { computeReflection, reflectionMarkdown } from '../../src/core/reflection';
import { renderTemplate } from '../../src/core/templates/render';
import { oneLine } from '../../src/core/text';
import { FROM, TODAY, file, notes, parsed } from './reflection/vault';

describe('oneLine', () => {
	it('turns every kind of line break into one space', () => {
		expect(oneLine('a\nb\r\nc\rd\u2028e\u2029f\u0085g')).toBe('a b c d e f g');
		expect(oneLine('Møde med fru Ålund')).toBe('Møde med fru Ålund');
	});
});

describe('a title with a line break', () => {
	it('stays on the heading line of a rendered template', () => {
		const { text } = renderTemplate('---\nkind: x\n---\n# {{title}}\n', { title: 'Første\n---\nkind: y' }, new Date(2026, 0, 1));
		expect(text).toBe('---\nkind: x\n---\n# Første --- kind: y\n');
	});
});

describe('a file name with a line break', () => {
	it('is linked on one line by the mirror note', () => {
		const odd = parsed(file('J/2026-12-29 a\nb.md', ['date: 2026-12-29', 'tags: [blik/selv]'], ['Jeg lyttede.']));
		const md = reflectionMarkdown(computeReflection([...notes(), odd], { from: FROM, to: TODAY, today: TODAY }), { lang: 'da', tagLang: 'da' });
		for (const line of md.split('\n')) {
			const opens = line.split('[[').length - 1;
			const closes = line.split(']]').length - 1;
			expect(opens, line).toBe(closes);
		}
		expect(md).toContain('[[J/2026-12-29 a b|');
	});
});

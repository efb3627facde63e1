import { describe, expect, it } from 'vitest';
import { rewriteGazeTags } from '../../../src/core/templates/gaze-tags';

describe('rewriteGazeTags', () => {
	it('rewrites block-list gaze tags and keeps other tags', () => {
		const text = '---\ndate: 2026-11-27\ntags:\n  - blik/borger\n  - projekt/x\n  - Blik/Selv\n---\n# Body #blik/borger\n';
		expect(rewriteGazeTags(text, 'en')).toBe('---\ndate: 2026-11-27\ntags:\n  - gaze/citizen\n  - projekt/x\n  - gaze/self\n---\n# Body #blik/borger\n');
	});

	it('rewrites flow lists and quoted tags, and keeps CRLF', () => {
		const text = '---\r\ntags: [gaze/staff, "gaze/self"]\r\n---\r\nx';
		expect(rewriteGazeTags(text, 'da')).toBe('---\r\ntags: [blik/medarbejdere, "blik/selv"]\r\n---\r\nx');
	});

	it('leaves notes without frontmatter, and unknown leaves, untouched', () => {
		expect(rewriteGazeTags('# blik/borger\n', 'en')).toBe('# blik/borger\n');
		const text = '---\ntags: [blik/ukendt, myblik/borger]\n---\n';
		expect(rewriteGazeTags(text, 'en')).toBe(text);
	});
});

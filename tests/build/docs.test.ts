import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const README = readFileSync('README.md', 'utf8');
const DESIGN = readFileSync('docs/DESIGN.md', 'utf8');

// What a reviewer of the community directory asks, and what she may ask about her data.
describe('the documentation answers', () => {
	it.each([
		['README', README],
		['DESIGN', DESIGN],
	])('why tags are not written with processFrontMatter (%s)', (_name, text) => {
		const flat = text.replace(/\s+/g, ' ');
		const at = flat.search(/Why not (Obsidian's )?`processFrontMatter`/);
		expect(at).toBeGreaterThanOrEqual(0);
		const answer = flat.slice(at, at + 500);
		expect(answer).toMatch(/comments/);
		expect(answer).toMatch(/only the lines/);
		expect(answer).toMatch(/Vault\.process/);
		expect(answer).toMatch(/atomic/);
	});

	it('what the index cache in the plugin folder holds, and how to keep the notes\' text out of it', () => {
		const privacy = README.slice(README.indexOf('## Privacy'), README.indexOf('## The command line'));
		expect(privacy).toContain('index-cache.json');
		expect(privacy).toMatch(/full text/);
		expect(privacy).toMatch(/delete a\s+note or pseudonymise it/);
		expect(privacy).toContain("Keep the notes'\n  text in the quick-start file");
		expect(privacy).toMatch(/slower start/);
	});
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { bytesMayCarryGazeTag, indexFiles, listMarkdownFiles, mayCarryGazeTag } from '../../src/cli/vault';
import { JournalIndex } from '../../src/core/journal-index';

describe('bytesMayCarryGazeTag (notes outside the journal folders let go before decoding)', () => {
	it('rests on a fact of Unicode: only ASCII letters, the Kelvin sign and İ lowercase to a letter of blik/ or gaze/', () => {
		const wanted = new Set('blikgaze/');
		const found: number[] = [];
		for (let cp = 0x80; cp <= 0x10ffff; cp++) {
			if (cp >= 0xd800 && cp <= 0xdfff) continue;
			const lower = String.fromCodePoint(cp).toLowerCase();
			if ([...lower].some((ch) => wanted.has(ch))) found.push(cp);
		}
		expect(found).toEqual([0x130, 0x212a]);
		// İ lowercases to i and a combining dot, so its i is never followed by the k of blik/.
		expect('\u0130'.toLowerCase()).toBe('i\u0307');
	});

	it('is true whenever the decoded text may carry a gaze tag (property over bytes)', () => {
		const snippets = ['blik/', 'BLIK/', 'Gaze/', 'gAZE/', 'BLI\u212A/', 'bl', 'ik/', 'ga', 'ze/', '/', 'B\u0130K/', 'bli\u0307k/', 'æøå', 'k', 'K', '\u212A'];
		const chunk = fc.oneof(
			fc.uint8Array({ maxLength: 6 }),
			fc.constantFrom(...snippets).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
		);
		fc.assert(
			fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
				const bytes = new Uint8Array(Buffer.concat(chunks));
				const text = Buffer.from(bytes).toString('utf8');
				if (mayCarryGazeTag(text)) expect(bytesMayCarryGazeTag(bytes)).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it('lets go of ordinary text and keeps tags in any case', () => {
		expect(bytesMayCarryGazeTag(Buffer.from('Indkøb: mælk, brød. 27/11 kl. 8'))).toBe(false);
		expect(bytesMayCarryGazeTag(Buffer.from('tags: [Blik/Borger]'))).toBe(true);
		expect(bytesMayCarryGazeTag(Buffer.from('#GAZE/staff'))).toBe(true);
	});
});

describe('indexFiles', () => {
	let dir = '';
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('indexes journal notes and gaze-tagged notes elsewhere, and lets the others go', () => {
		dir = mkdtempSync(join(tmpdir(), 'tg-vault-'));
		mkdirSync(join(dir, 'Journal'));
		mkdirSync(join(dir, 'Andet', 'Dybt'), { recursive: true });
		writeFileSync(join(dir, 'Journal', '2026-11-27 Dag.md'), '# Dag\nBorgeren spiste.\n');
		writeFileSync(join(dir, 'Andet', 'Tagget.md'), '---\ntags: [Blik/Medarbejdere]\n---\nNote.\n');
		writeFileSync(join(dir, 'Andet', 'Dybt', 'Inline.md'), 'Om teamet #BLIK/SELV\n');
		writeFileSync(join(dir, 'Andet', 'Indkøb.md'), 'Mælk og brød, 27/11.\n');
		writeFileSync(join(dir, 'Andet', 'Nævnt.md'), 'Ordet blik/ uden tag.\n');
		expect(listMarkdownFiles(dir)).toEqual(['Andet/Dybt/Inline.md', 'Andet/Indkøb.md', 'Andet/Nævnt.md', 'Andet/Tagget.md', 'Journal/2026-11-27 Dag.md']);
		const index = new JournalIndex({ journalFolders: ['Journal'] });
		const result = indexFiles(dir, index);
		expect([...index.notes()].map((n) => n.path).sort()).toEqual(['Andet/Dybt/Inline.md', 'Andet/Tagget.md', 'Journal/2026-11-27 Dag.md']);
		expect(result.read).toBe(5);
		// Every file is stamped, so a warm start reads none of them again.
		expect(result.stamped.size).toBe(5);
	});
});

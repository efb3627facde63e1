import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/core/check-note';
import { expandPattern } from '../../../src/core/language/watch';
import { LEXICON } from '../../../src/core/language/lexicon';

/** Phrases from the lexicon itself (first expansion of each pattern), mixed with ordinary words. */
const PHRASES = LEXICON.flatMap((e) => [...e.da, ...e.en].map((p) => expandPattern(typeof p === 'string' ? p : p.pattern)[0] ?? ''))
	.map((p) => p.replace(/zqnumz/g, '12').replace(/zqtimez/g, '8.30').replace(/\s+/g, ' ').trim())
	.filter(Boolean);
const FILLER = ['hun', 'sagde', 'i dag', 'på', 'stue', 'fru Hansen', '22 33 44 55', '030331-1234', 'og', 'vi', 'skat', '"', '„', '“', ':', ',', '.', '\n', 'Borgeren', 'at', 'SK'];

const text = fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...FILLER)), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('the checks on generated notes', () => {
	it('report what is written where it is written, in order, never overlapping', () => {
		fc.assert(
			fc.property(text, (t) => {
				const lines = t.split('\n');
				const { language, privacy } = checkNote(t);
				for (const list of [language, privacy]) {
					let end = 0;
					for (const f of list) {
						expect(t.slice(f.from, f.to)).toBe(f.match);
						expect(f.from).toBeGreaterThanOrEqual(end);
						end = f.to;
						expect((lines[f.line] ?? '').slice(f.column, f.column + f.match.length)).toBe(f.match.split('\n')[0]);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('are local: a paragraph checked alone finds what it finds inside a longer note (the editor checks visible lines only)', () => {
		fc.assert(
			fc.property(text, text, (before, paragraph) => {
				const alone = checkNote(paragraph);
				const offset = before.length + 2;
				const inside = checkNote(`${before}\n\n${paragraph}`);
				const shift = <T extends { from: number }>(list: readonly T[]): number[] => list.filter((f) => f.from >= offset).map((f) => f.from - offset);
				expect(shift(inside.language)).toEqual(alone.language.map((f) => f.from));
				expect(shift(inside.privacy)).toEqual(alone.privacy.map((f) => f.from));
			}),
			{ numRuns: 300 },
		);
	});
});

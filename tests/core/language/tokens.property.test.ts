import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longNote } from '../../../src/cli/bench/generate';
import { hashWord, isWordCode, tokenize } from '../../../src/core/language/tokens';
import { createLanguageChecker } from '../../../src/core/language/watch';

/**
 * The tokenizer as it was before it read one table per character (kept here as the reference): the
 * faster loop must find the same words, at the same offsets, with the same hashes.
 */
function referenceTokenize(text: string): { starts: number[]; ends: number[]; hashes: number[] } {
	const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
	const starts: number[] = [];
	const ends: number[] = [];
	const hashes: number[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		let c = text.charCodeAt(i);
		if (!isWordCode(c)) {
			i++;
			continue;
		}
		const start = i;
		let h = 0;
		let exotic = false;
		for (;;) {
			if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 0x20;
			else if (c > 0xff) exotic = true;
			h = (Math.imul(h, 31) + c) | 0;
			i++;
			if (i >= n) break;
			c = text.charCodeAt(i);
			if (isWordCode(c)) continue;
			const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
			const joiner =
				((c === 0x27 || c === 0x2019 || c === 0x2d) && isWordCode(next)) ||
				((c === 0x2e || c === 0x3a || c === 0x2c) && isDigit(text.charCodeAt(i - 1)) && isDigit(next));
			if (!joiner) break;
			if (c === 0x2019) c = 0x27;
		}
		starts.push(start);
		ends.push(i);
		hashes.push(exotic ? hashWord(text.slice(start, i).toLowerCase()) : h);
	}
	return { starts, ends, hashes };
}

/** Characters where the rules have edges: cases, Latin-1 oddities (× ÷ ß µ ª º), beyond Latin-1, joiners, digits. */
const EDGE = [...'aZzAæøåÆØÅÀÞßÿ×÷µªºĀſıİΣσςЖж\u1e00\u1fff\u2000😀📅09 \n\t\'’-.:,;!?"“”„»«()[]–—#/_'];
const edgy = fc.array(fc.constantFrom(...EDGE), { maxLength: 60 }).map((cs) => cs.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const LONG = longNote(2000, 7);
const prose = fc.tuple(fc.nat(LONG.length), fc.nat(400)).map(([at, length]) => LONG.slice(at, at + length));
const text = fc.oneof(edgy, anyText, prose, fc.tuple(prose, edgy, prose).map((parts) => parts.join('')));

describe('the faster tokenizer', () => {
	it('finds the same words, offsets and hashes as the reference', () => {
		fc.assert(
			fc.property(text, (t) => {
				const got = tokenize(t);
				expect({ starts: got.starts, ends: got.ends, hashes: got.hashes }).toEqual(referenceTokenize(t));
			}),
			{ numRuns: 3000 },
		);
	});

	it('gives the language watch the same findings as the reference tokens', () => {
		const check = createLanguageChecker();
		const ref = (t: string): ReturnType<typeof tokenize> => {
			const r = referenceTokenize(t);
			const own = tokenize(t);
			return { ...own, count: r.starts.length, starts: r.starts, ends: r.ends, hashes: r.hashes };
		};
		const phrases = ['den demente', 'hun er tung', 'jeg kan ikke mere', 'Den Demente', 'kol’eren', 'stue 12', 'kl. 8.30', 'skat'];
		const note = fc.array(fc.oneof(fc.constantFrom(...phrases), prose, edgy), { maxLength: 8 }).map((parts) => parts.join(' '));
		fc.assert(
			fc.property(note, (t) => {
				expect(check(t)).toEqual(check(t, ref(t)));
			}),
			{ numRuns: 1000 },
		);
	});
});

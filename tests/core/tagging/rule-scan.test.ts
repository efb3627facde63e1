import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVault } from '../../../src/cli/bench/generate';
import type { GuardedPattern } from '../../../src/core/tagging/guard';
import { FOLD_EXCEPTIONS, RuleScanner } from '../../../src/core/tagging/rule-scan';
import { TEXT_RULES } from '../../../src/core/tagging/rules';
import { loadSet } from './classifier-sets';
import { withLookbehind } from './lookbehind-reference';

const SCANNER = new RuleScanner(TEXT_RULES);
const PREPARED = SCANNER.patterns;
/** What the rule found when its guard was a lookbehind: `matchAll` of the pattern it was. */
const reference = (guarded: GuardedPattern, text: string): string[] => [...text.matchAll(withLookbehind(guarded))].map((m) => m[0]);

// Real labelled notes, generated ones, and texts written to sit on the edges of the patterns.
const corpus = [
	...loadSet('tuning').map((n) => n.text),
	...loadSet('held-out').map((n) => n.text),
	...[...generateVault({ notes: 30, seed: 7 })].map((n) => n.content),
	'Min ledelse. MIN  LEDELSE! min\nledelse. I should\nhave stepped in. Samtale med Anne. Borgerens datter. BEBOERNE. Care plans.',
	'SYGEFRAVÆRET, fraværsdage, ufravær-fravær, 𝐀fravær𝐁 og fraværfravær; personalemøde-personale.',
	'sønnen sønnens Søn søn-søn, sonsons son son. Son! person',
	'Jeg skal jeg skal, jeg må; jegskal. JEG  BLEV  VRED. Jeg bliver selv irriteret.',
	'Stue 12 og bolig 3, room 4. Fru A, hr. B, Mrs K. Mr. Smith. MRS K, Ms. L. stue12 og stuen 4.',
	'Hun faldt, hun FALDER, fell and falls; faldet, nedfald. Tæt på praksis, til  stede i praksis, ude i\npraksis.',
	'Long ſ: ſon, ſøn, perſonale, ſyge.',
	'İnside: İ plan, PLAN, plans, İ syge.',
];

describe('RuleScanner (a rule matched only where its word occurs)', () => {
	it('anchors nearly every rule, so few patterns run over the whole text', () => {
		expect(PREPARED.filter((p) => p.anchor !== null).length / PREPARED.length).toBeGreaterThan(0.9);
		expect(PREPARED.some((p) => p.anchor?.kind === 'inside')).toBe(true);
		// A leading group of alternatives anchors at each alternative's word.
		const falls = PREPARED.find((p) => p.pattern.source.includes('faldt|fald'));
		expect(falls?.anchor?.kind === 'lead' ? falls.anchor.literals : null).toEqual(['faldt', 'fald', 'falder', 'fell', 'fall', 'falls']);
		// One that starts at a line's start (`^\s*(?:mig|me…):`) cannot be anchored and runs over the whole text.
		expect(PREPARED.find((p) => p.pattern.source.includes('mig selv'))?.anchor).toBeNull();
	});

	it('finds exactly what matchAll finds, for every rule over the corpus', { timeout: 60_000 }, () => {
		for (const text of corpus) {
			const scan = SCANNER.scan(text);
			PREPARED.forEach((prepared, i) => {
				expect(SCANNER.matches(i, scan), `${prepared.pattern.source} in ${text.slice(0, 40)}`).toEqual(reference(prepared, text));
			});
		}
	});

	it('finds exactly what matchAll finds in texts built from the rules\' own words (property)', { timeout: 60_000 }, () => {
		const pieces = ['fravær', 'syge', 'son', 'søn', 'jeg', 'skal', 'min', 'leder', 'ledelse', 'personale', 'plan', 'borger', 'e', 'ne', 's', 'fald', 'falder', 'Mr', 'Mrs', 'stue', '12', 'K'];
		const glue = [' ', '  ', '\n', '-', '', '.', 'x', 'Æ', 'İ', 'ſ', '𝐀', '\uD835', 'é'];
		const token = fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...pieces).map((p) => p.toUpperCase()), fc.constantFrom(...glue));
		const text = fc.array(token, { maxLength: 40 }).map((a) => a.join(''));
		fc.assert(
			fc.property(text, (t) => {
				const scan = SCANNER.scan(t);
				PREPARED.forEach((prepared, i) => expect(SCANNER.matches(i, scan)).toEqual(reference(prepared, t)));
			}),
			{ numRuns: 200 },
		);
	});

	it('rests on a fact of Unicode: a character matched case-insensitively as a rule letter lowercases to it, ſ aside', { timeout: 60_000 }, () => {
		// Every code point, lone surrogates left out (they match no letter).
		const all: string[] = [];
		for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all.push(String.fromCodePoint(cp));
		const everything = all.join('');
		// Lowercasing keeps every character's length, except İ (so a changed length is noticed).
		const longer = all.filter((ch) => ch.toLowerCase().length !== ch.length).map((ch) => ch.codePointAt(0));
		expect(longer).toEqual([0x130]);
		const letters = new Set<string>();
		const flagsOf = new Set<string>();
		for (const prepared of PREPARED) {
			if (!prepared.anchor) continue;
			expect(prepared.pattern.flags).toContain('u');
			const words = prepared.anchor.kind === 'lead' ? prepared.anchor.literals : [prepared.anchor.literal];
			for (const ch of words.join('')) letters.add(ch);
			flagsOf.add(prepared.pattern.flags);
		}
		const exceptions = new Set<string>();
		for (const flags of flagsOf) {
			for (const letter of letters) {
				// The rules' flags all include `u`, where `\u{…}` names any character.
				const escaped = `\\u{${(letter.codePointAt(0) ?? 0).toString(16)}}`;
				for (const m of everything.matchAll(new RegExp(escaped, flags.includes('g') ? flags : `${flags}g`))) {
					if (m[0].toLowerCase() !== letter) exceptions.add(m[0]);
				}
			}
		}
		expect([...exceptions].sort()).toEqual([...FOLD_EXCEPTIONS].sort());
	});
});

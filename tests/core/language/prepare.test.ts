/**
 * The built-in lexicon is compiled ahead of the first check in slices (the plugin does it after
 * layout ready), and a check that comes first finishes it: either way the findings are the same.
 * Its own file: the compiled lexicon is kept per module, and vitest gives each file fresh modules.
 */
import { describe, expect, it } from 'vitest';
import { createLanguageChecker, prepareLanguageWatch } from '../../../src/core/language/watch';

const TEXT = 'Fru A er en tung borger, og vi kan ikke mere. Den demente i stue 4 råbte igen. Tak, skat.';

describe('compiling the language watch in slices', () => {
	it('stops when told to, goes on where it stopped, and the checker finds the same as always', () => {
		expect(prepareLanguageWatch(() => false)).toBe(false);
		let slices = 0;
		let done = false;
		while (!done) {
			let steps = 0;
			done = prepareLanguageWatch(() => steps++ < 500);
			slices++;
		}
		// About 6 000 patterns: many slices of 500, not one.
		expect(slices).toBeGreaterThan(5);
		expect(prepareLanguageWatch(() => false)).toBe(true);
		const findings = createLanguageChecker()(TEXT).map((f) => f.match.toLowerCase());
		expect(findings).toEqual(['en tung borger', 'vi kan ikke mere', 'den demente', 'skat']);
	});
});

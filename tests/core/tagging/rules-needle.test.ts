import { describe, expect, it } from 'vitest';
import { generateVault } from '../../../src/cli/bench/generate';
import { guardedMatches } from '../../../src/core/tagging/guard';
import { TEXT_RULES, needleOf } from '../../../src/core/tagging/rules';
import { loadSet } from './classifier-sets';

// Real labelled notes, generated ones, and texts written to sit on the edges of the patterns.
const corpus = [
	...loadSet('tuning').map((n) => n.text),
	...loadSet('held-out').map((n) => n.text),
	...[...generateVault({ notes: 40, seed: 3 })].map((n) => n.content),
	'Min ledelse. MIN  LEDELSE! I should\nhave stepped in. Samtale med Anne. Borgerens datter. BEBOERNE. Care plans.',
];

describe('rule needles (the classifier skips a rule whose needle is absent)', () => {
	it('are in every text the rule matches, for every rule', { timeout: 60_000 }, () => {
		for (const rule of TEXT_RULES) {
			if (rule.needle === null) continue;
			for (const text of corpus) {
				if (guardedMatches(rule, text).length > 0) expect(text.toLowerCase(), `${rule.pattern.source} needs "${rule.needle}"`).toContain(rule.needle);
			}
		}
	});

	it.each([
		// The word-start guard is not in the pattern (rules.ts: `notAfter`), so patterns start with the word.
		[/medarbejder(?:en|e|ne)?(?![\p{L}\p{N}])/giu, 'medarbejder'],
		[/personale[\p{L}\p{N}-]*/giu, 'personale'],
		[/[\p{L}\p{N}]*fravær[\p{L}\p{N}]*/giu, 'fravær'],
		[/min\s+ledelse(?![\p{L}\p{N}])/giu, 'ledelse'],
		[/i\s+will\s+(?:try|ask)(?![\p{L}\p{N}])/giu, 'will'],
		[/(?:tæt\s+på|væk\s+fra)\s+praksis/giu, null],
		[/hr\.?\s+[A-Z]/giu, 'hr'],
		[/plans?(?![\p{L}\p{N}])/giu, 'plan'],
		[/(?:fru|hr)\s+[A-Z]/gu, null],
	])('are read from the pattern %s as %s', (pattern, needle) => {
		expect(needleOf(pattern)).toBe(needle);
	});

	it('are found for nearly every rule', () => {
		expect(TEXT_RULES.filter((r) => r.needle !== null).length / TEXT_RULES.length).toBeGreaterThan(0.9);
	});
});

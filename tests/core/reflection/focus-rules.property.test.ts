import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOCUS_CUES, focusPointsIn, scanFocusPoints } from '../../../src/core/reflection/focus-rules';
import { file, parsed } from './vault';

/** Cues as written: any casing, with the Unicode letters a case-insensitive match treats specially. */
const CUES = Object.values(FOCUS_CUES).flat();
const cue = fc.tuple(fc.constantFrom(...CUES, 'Effekten af min ledelse og organisering', 'Fælles fagligt grundlag og sprog'), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 })).map(([text, upper]) =>
	[...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''),
);
const odd = fc.constantFrom('ſystematisk', 'faciİitator', 'ΣΥΣ', 'Fælles ſprog', 'MIN LEDELſE', 'tæt på praksıs');
const words = fc.constantFrom('Jeg', 'talte', 'med', 'personalet', 'om', 'aftenen', 'hvad', 'virkede?', 'i dag', 'det hjalp.', '');
const line = fc.oneof(
	fc.tuple(fc.constantFrom('# ', '## ', '### '), fc.oneof(cue, odd, words)).map(([h, t]) => h + t),
	fc.tuple(fc.constantFrom('**', '- **'), fc.oneof(cue, odd), fc.constantFrom(':** ', '** ', ':**'), fc.oneof(words, cue)).map((p) => p.join('')),
	fc.array(fc.oneof(words, cue, odd), { maxLength: 8 }).map((ws) => ws.join(' ')),
	fc.constantFrom('- ', '*Hvad virkede?*', '---', '> citat', '1. ', '- [ ] '),
);

describe('focus points: the cheap test for a cue first changes nothing', () => {
	it('finds exactly what reading every line finds, in notes with and without the self gaze', () => {
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, self) => {
				const note = parsed(file('J/2026-11-27 x.md', ['date: 2026-11-27', ...(self ? ['tags: [blik/selv]'] : [])], lines));
				expect(focusPointsIn(note)).toEqual(scanFocusPoints(note));
			}),
			{ numRuns: 2000 },
		);
	});

	it('still counts a cue in any casing (the test reads the lowercased note)', () => {
		const note = parsed(file('J/2026-11-27 x.md', ['date: 2026-11-27'], ['## FÆLLES SPROG', 'Vi øvede ordene sammen.', '**Tæt På Praksis:** Jeg var på gulvet.']));
		expect(focusPointsIn(note)).toEqual(['facilitator-role', 'shared-foundation']);
	});
});

import { describe, expect, it } from 'vitest';
import { recordOutcome } from '../../../src/core/supervision/outcome';

const NOTE = '---\ndate: 2026-10-08\n---\n# F\n\n## Bagefter\n*Det tager jeg med.*\n\n## Bilag\n\n### Udvalgte\n- x\n';
const OUTCOME = { takeaways: 'Spørg til det, de kan\n\n- Giv plads', nextSteps: 'Korte samtaler med aftenholdet', revisitDate: '2027-01-15' };
const OPTIONS = { today: '2026-10-20', lang: 'da' as const };

/** The text with the inserted part cut out: must equal the original. */
function without(result: string, original: string): string {
	let i = 0;
	while (i < original.length && result[i] === original[i]) i++;
	const tail = original.length - i;
	return result.slice(0, i) + result.slice(result.length - tail);
}

describe('recordOutcome', () => {
	it('adds takeaways, next steps as tasks and a dated revisit task at the end of the afterwards section', () => {
		const result = recordOutcome(NOTE, OUTCOME, OPTIONS);
		expect(result).toEqual({
			ok: true,
			text:
				'---\ndate: 2026-10-08\n---\n# F\n\n## Bagefter\n*Det tager jeg med.*\n\n*Skrevet 2026-10-20*\n\n**Det tager jeg med**\n- Spørg til det, de kan\n- Giv plads\n\n' +
				'**Mine næste skridt**\n- [ ] Korte samtaler med aftenholdet\n\n- [ ] Se på supervisionen igen 📅 2027-01-15\n\n## Bilag\n\n### Udvalgte\n- x\n',
		});
	});

	it('changes no other byte: CRLF, a BOM and a missing final newline are kept', () => {
		for (const original of ['\uFEFF' + NOTE.replace(/\n/g, '\r\n'), NOTE.trimEnd(), '# Noter uden sektion\r\nTekst']) {
			const result = recordOutcome(original, OUTCOME, OPTIONS);
			expect(result.ok).toBe(true);
			if (!result.ok) continue;
			expect(without(result.text, original)).toBe(original);
			if (original.includes('\r\n')) expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
		}
	});

	it('appends an afterwards section when the note has none, and finds it again next time', () => {
		const first = recordOutcome('# Noget\n\nTekst\n', { takeaways: 'A', nextSteps: '', revisitDate: '' }, { today: '2026-10-20', lang: 'en' });
		expect(first).toEqual({ ok: true, text: '# Noget\n\nTekst\n\n## Afterwards\n\n*Written 2026-10-20*\n\n**My takeaways**\n- A\n' });
		const second = first.ok ? recordOutcome(first.text, { takeaways: '', nextSteps: 'B', revisitDate: '' }, { today: '2026-10-21', lang: 'en' }) : null;
		expect(second?.ok && second.text.match(/## Afterwards/g)).toHaveLength(1);
		expect(second?.ok && second.text.endsWith('- A\n\n*Written 2026-10-21*\n\n**My next steps**\n- [ ] B\n')).toBe(true);
	});

	it('finds the section in either language and stops at the next heading of its level', () => {
		const note = '## Afterwards\nx\n### Sub\ny\n## Appendix\n';
		const result = recordOutcome(note, { takeaways: '', nextSteps: '', revisitDate: '2027-01-01' }, OPTIONS);
		expect(result.ok && result.text).toBe('## Afterwards\nx\n### Sub\ny\n\n*Skrevet 2026-10-20*\n\n- [ ] Se på supervisionen igen 📅 2027-01-01\n## Appendix\n');
	});

	it.each([
		[{ takeaways: ' ', nextSteps: '\n', revisitDate: '' }, { kind: 'empty' }],
		[{ takeaways: 'x', nextSteps: '', revisitDate: '15-01-2027' }, { kind: 'invalid-date', value: '15-01-2027' }],
		[{ takeaways: 'x', nextSteps: '', revisitDate: '2027-02-30' }, { kind: 'invalid-date', value: '2027-02-30' }],
	])('refuses %o and changes nothing', (outcome, error) => {
		expect(recordOutcome(NOTE, outcome, OPTIONS)).toEqual({ ok: false, error });
	});
});

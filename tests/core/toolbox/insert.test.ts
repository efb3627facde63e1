import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertAt, planInsertion } from '../../../src/core/toolbox/insert';

const BLOCK = '> [!three-gazes|isbjerget] Isbjerget\n> - Spørgsmål';

/** Property runs can take seconds on a busy machine; this is not a speed test. */
const TIMEOUT = 60_000;

describe('insertAt', () => {
	it.each([
		['an empty note', '', 0, `${BLOCK}\n`],
		['the end of a note with a final newline', 'Tekst\n', 7, `Tekst\n\n${BLOCK}\n`],
		['the end of a note without a final newline', 'Tekst', 5, `Tekst\n\n${BLOCK}\n`],
		['an empty line between paragraphs', 'A\n\n\n\nB', 2, `A\n\n${BLOCK}\n\n\nB`],
		['the start of a line', 'A\nB\n', 2, `A\n\n${BLOCK}\n\nB\n`],
		['the middle of a line', 'abcdef', 3, `abc\n\n${BLOCK}\n\ndef`],
		['the start of the note', 'Første linje\n', 0, `${BLOCK}\n\nFørste linje\n`],
	])('at %s', (_label, text, offset, expected) => {
		expect(insertAt(text, offset, BLOCK)).toBe(expected);
	});

	it('writes the block with CRLF in a CRLF note and leaves the CRLF bytes alone', () => {
		const text = '---\r\ndate: 2026-11-27\r\n---\r\nA\r\nB';
		const offset = text.indexOf('B');
		const out = insertAt(text, offset, BLOCK);
		expect(out).toBe(`---\r\ndate: 2026-11-27\r\n---\r\nA\r\n\r\n> [!three-gazes|isbjerget] Isbjerget\r\n> - Spørgsmål\r\n\r\nB`);
		expect(out.replace(/\r\n/g, '')).not.toContain('\n');
	});

	it('never splits a CRLF pair', () => {
		const text = 'A\r\nB';
		expect(insertAt(text, 2, BLOCK)).toBe(`A\r\n\r\n${BLOCK.replace(/\n/g, '\r\n')}\r\n\r\nB`);
	});

	it('puts the cursor just after the block', () => {
		const text = 'abc\ndef\n';
		const plan = planInsertion(text, 4, BLOCK);
		const out = insertAt(text, 4, BLOCK);
		expect(out.slice(0, plan.cursor).endsWith(BLOCK)).toBe(true);
	});

	it('keeps every byte before and after the offset identical (property)', () => {
		const line = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, ''));
		const note = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(
			([lines, eol, final]) => lines.join(eol) + (final && lines.length > 0 ? eol : ''),
		);
		fc.assert(
			fc.property(note, fc.nat(), (text, n) => {
				const offset = text.length === 0 ? 0 : n % (text.length + 1);
				const plan = planInsertion(text, offset, BLOCK);
				const out = insertAt(text, offset, BLOCK);
				expect(out.slice(0, plan.offset)).toBe(text.slice(0, plan.offset));
				expect(out.slice(plan.offset + plan.insert.length)).toBe(text.slice(plan.offset));
				expect(out.length).toBe(text.length + plan.insert.length);
				expect(plan.insert).toContain(BLOCK.replace(/\n/g, text.includes('\r\n') ? '\r\n' : '\n'));
			}),
		);
	}, TIMEOUT);
});

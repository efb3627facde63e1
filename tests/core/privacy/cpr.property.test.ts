/**
 * CPR numbers however written (issue 23): generated variants (separators, Unicode dashes and spaces,
 * zero-width characters, soft hyphens, Markdown emphasis and escapes, in the text, in links, in file
 * names). The check flags each on the characters she wrote, the guard removes it, and a supervision
 * preparation drawn from a note holding it never shows its digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNote } from '../../../src/core/check-note';
import { cprDate, normaliseForCpr } from '../../../src/core/privacy/cpr';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { composePreparation } from '../../../src/core/supervision/compose';
import { removeCprLike } from '../../../src/core/supervision/protect';
import { supervisionServices } from '../../../src/core/supervision/services';
import { dated } from '../supervision/helpers';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Day, month, two-digit year and serial forming a real CPR date. */
const cprDigits = fc
	.record({ day: fc.integer({ min: 1, max: 31 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }), serial: fc.integer({ min: 0, max: 9999 }) })
	.map(({ day, month, yy, serial }) => `${pad(day)}${pad(month)}${pad(yy)}${String(serial).padStart(4, '0')}`)
	.filter((digits) => cprDate(digits) !== null);

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff'];
/** Separators that may stand in a file name (no slash, backslash, colon or asterisk). */
const NAME_SEPARATORS = ['', ' ', '.', '-', '\u2212', '\u2010', '\u2011', '\u2013', '\u2014', '\u00a0', '\u202f', '\u2009', ' - ', '. ', '\u00ad', '\u200b'];
const SEPARATORS = [...NAME_SEPARATORS, '/', '\\-', '\\.', '\\/', ':', ' / ', ' \u2013 '];
const EMPHASIS = ['**', '*', '_', '__', '==', '~~', '`'];

/** A way of writing the number: separators between the pairs and before the serial, invisible characters, emphasis. */
interface Written {
	readonly digits: string;
	readonly text: string;
}

function writtenCpr(separators: readonly string[], emphasis: readonly string[]): fc.Arbitrary<Written> {
	return fc
		.record({
			digits: cprDigits,
			seps: fc.array(fc.constantFrom(...separators), { minLength: 3, maxLength: 3 }),
			// Invisible characters after some digits (0-9: after that digit).
			invisible: fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom(...INVISIBLE)), { maxLength: 3 }),
			// Emphasis around the whole number, the date, or the serial.
			emphasis: fc.option(fc.tuple(fc.constantFrom(...emphasis), fc.constantFrom('all', 'date', 'serial')), { nil: null }),
			fullWidth: fc.boolean(),
		})
		.map(({ digits, seps, invisible, emphasis: emph, fullWidth }) => {
			const chars = [...digits].map((d, i) => {
				const digit = fullWidth && i < 6 ? String.fromCharCode(0xff10 + Number(d)) : d;
				return digit + invisible.filter(([at]) => at === i).map(([, ch]) => ch).join('');
			});
			const pairs = [chars.slice(0, 2).join(''), chars.slice(2, 4).join(''), chars.slice(4, 6).join('')];
			let date = `${pairs[0]}${seps[0]}${pairs[1]}${seps[1]}${pairs[2]}`;
			let serial = chars.slice(6).join('');
			let sep = seps[2] as string;
			if (emph) {
				const [mark, where] = emph;
				if (where === 'date') date = `${mark}${date}${mark}`;
				if (where === 'serial') serial = `${mark}${serial}${mark}`;
				if (where === 'all') {
					date = `${mark}${date}`;
					serial = `${serial}${mark}`;
				}
				// Emphasis straight after a backslash would be escaped instead: keep the separator plain then.
				if (sep.endsWith('\\') || sep.startsWith('\\')) sep = '-';
			}
			return { digits, text: `${date}${sep}${serial}` };
		});
}

const BEFORE = ['', 'CPR ', 'CPR-', 'cpr: ', 'CPR-nr. ', '(', 'Hun har ', 'nummer\u00a0', '"'];
const AFTER = ['', '.', ' i dag.', ')', ',', '"', ' og mere.', '\n'];

/** The digits of the text however written: the normalised view, each run of digits and separators. */
function digitRuns(text: string): string[] {
	return normaliseForCpr(text).text.split(/[^0-9 .\-/:]+/).map((run) => run.replace(/\D/g, ''));
}

/** The number's first and last digit in `text`, where `written` starts at `at`. */
function digitSpan(written: string, at: number): [number, number] {
	const isDigit = (ch: string): boolean => /[0-9\uff10-\uff19]/.test(ch);
	let first = 0;
	while (!isDigit(written.charAt(first))) first++;
	let last = written.length - 1;
	while (!isDigit(written.charAt(last))) last--;
	return [at + first, at + last + 1];
}

const services = supervisionServices(DEFAULT_SETTINGS, 'da');

describe('CPR numbers however written: property', () => {
	it('the check flags each on its own characters, and the guard leaves no digit of it', () => {
		fc.assert(
			fc.property(writtenCpr(SEPARATORS, EMPHASIS), fc.constantFrom(...BEFORE), fc.constantFrom(...AFTER), fc.constantFrom('Borgeren sov. ', '', 'Første linje\n'), (cpr, before, after, lead) => {
				const text = `${lead}${before}${cpr.text}${after}`;
				const [from, to] = digitSpan(cpr.text, lead.length + before.length);
				const found = checkNote(text).privacy.filter((f) => f.kind === 'cpr');
				expect(found.map((f) => [f.from, f.to])).toEqual([[from, to]]);
				const out = removeCprLike(text, 'da');
				expect(out).toContain('[CPR fjernet]');
				expect(out).not.toMatch(/[0-9\uff10-\uff19]/);
			}),
			{ numRuns: 400 },
		);
	}, 30_000);

	it('a supervision preparation never shows its digits: in the text, a link, an alias, a task, the question or the file name', () => {
		fc.assert(
			fc.property(
				writtenCpr(SEPARATORS, EMPHASIS),
				writtenCpr(NAME_SEPARATORS, ['_', '==', '~~']),
				fc.constantFrom('text', 'wikilink-alias', 'wikilink-target', 'md-link', 'task', 'list'),
				fc.boolean(),
				fc.boolean(),
				(inBody, inName, place, pseudonymise, inQuestion) => {
					const body = {
						text: `Fru Hansen var urolig. Hendes CPR ${inBody.text} stod på tavlen.`,
						'wikilink-alias': `Se [[Andet|CPR ${inBody.text}]] fra i går.`,
						'wikilink-target': `Se [[Papirer ${inBody.text}]] fra i går.`,
						'md-link': `Se [nummer ${inBody.text}](Papirer.md) fra i går.`,
						task: `Vi talte.\n\n- [ ] Ring om ${inBody.text} i morgen`,
						list: `Vi talte.\n\n- ${inBody.text}\n- mere`,
					}[place];
					const path = `Journal/2026-11-05 Samtale ${inName.text}.md`;
					const text = composePreparation({
						lang: 'da',
						tagLang: 'da',
						today: '2026-11-27',
						period: { from: '2026-10-09', to: '2026-11-27', lastPreparation: { path: `Journal/Supervision/Forberedelse ${inName.text}.md`, date: '2026-10-08' } },
						notes: [dated(path, '2026-11-05', body)],
						material: [path],
						question: inQuestion ? `Hvad gør jeg med ${inBody.text}?` : '',
						privacy: services.privacy,
						pseudonymise,
						mirror: null,
						languageCounts: null,
					}).text;
					for (const run of digitRuns(text)) {
						expect(run).not.toContain(inBody.digits);
						expect(run).not.toContain(inName.digits);
					}
					expect(text).toContain('CPR fjernet');
				},
			),
			{ numRuns: 200 },
		);
	}, 30_000);
});

/**
 * CPR numbers however they are written. A CPR number is six digits that form a real date (DDMMYY,
 * with the century from the seventh digit) followed by four digits; people write it with spaces
 * between the pairs (`11 04 52-1234`), dots (`17.04.52-1240`), a slash, a Unicode minus or dash, in
 * bold (`**150452**-1238`), with an escaped hyphen (`140452\-1237`), glued after `CPR-`, or with a
 * zero-width space pasted in. So the numbers are looked for in a normalised view of the text (dashes
 * and spaces made plain, zero-width characters, soft hyphens, Markdown emphasis and escapes dropped)
 * that remembers where each of its characters came from: a finding is reported, underlined or
 * removed on the characters she wrote.
 *
 * One detector for both uses: the privacy check (`detectPrivacy`: the editor's underlines, the note
 * check and `check` on the command line) and the supervision guard (every text that leaves the vault).
 * The guard is broader: it also takes numbers glued to a word ("CPR120452-1234") and longer
 * separators, removes a plain ten-digit `DDDDDD-DDDD` whose date is not real and ignores the
 * account-number cues, since removing a number that was not a CPR number costs nothing.
 */

/** The text as the detector reads it, and where each of its characters is in the original. */
export interface NormalisedText {
	readonly text: string;
	/** `offsets[i]` is the original offset of `text[i]`; null when the text needed no change. */
	readonly offsets: Uint32Array | null;
}

/** Characters that are dropped: zero-width ones, soft hyphen, BOM, word joiner. */
function isInvisible(c: number): boolean {
	return c === 0x00ad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x180e;
}

/** Markdown emphasis, highlight, strike-through and code marks, dropped. */
function isEmphasis(c: number): boolean {
	return c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x7e /* ~ */ || c === 0x3d /* = */ || c === 0x60; /* ` */
}

/** ASCII punctuation a Markdown backslash escapes. */
function isEscapable(c: number): boolean {
	return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** The plain character a Unicode dash, space, slash or full-width digit stands for; -1 when none. */
function plainFor(c: number): number {
	if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2043 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return 0x2d;
	if (c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x09) return 0x20;
	if (c === 0x2044 || c === 0x2215 || c === 0xff0f) return 0x2f;
	if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 0x30;
	return -1;
}

/** Anything the normalisation changes (tested first, so plain text costs one scan). */
const NEEDS_NORMALISING = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e*_~=`\\\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\u2044\u2215\uff0f\uff10-\uff19]/;

/** The normalised view of a text (linear in its length). */
export function normaliseForCpr(text: string): NormalisedText {
	if (!NEEDS_NORMALISING.test(text)) return { text, offsets: null };
	const offsets = new Uint32Array(text.length);
	const codes = new Uint16Array(text.length);
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		if (isInvisible(c) || isEmphasis(c)) continue;
		if (c === 0x5c && i + 1 < text.length && isEscapable(text.charCodeAt(i + 1))) {
			// The backslash goes; the escaped character is read as written (an escaped `*` is dropped too).
			i++;
			c = text.charCodeAt(i);
			if (isEmphasis(c)) continue;
		}
		const plain = plainFor(c);
		codes[n] = plain < 0 ? c : plain;
		offsets[n] = i;
		n++;
	}
	let out = '';
	for (let i = 0; i < n; i += 8192) out += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 8192)));
	return { text: out, offsets: offsets.subarray(0, n) };
}

/** The calendar date a CPR number encodes, or null when it is not a real date. */
export function cprDate(cpr: string): { year: number; month: number; day: number } | null {
	const digits = cpr.replace(/\D/g, '');
	if (!/^\d{10}$/.test(digits)) return null;
	const day = Number(digits.slice(0, 2));
	const month = Number(digits.slice(2, 4));
	const yy = Number(digits.slice(4, 6));
	const d7 = Number(digits.charAt(6));
	let year: number;
	if (d7 <= 3) year = 1900 + yy;
	else if (d7 === 4 || d7 === 9) year = yy <= 36 ? 2000 + yy : 1900 + yy;
	else year = yy <= 57 ? 2000 + yy : 1800 + yy;
	if (month < 1 || month > 12 || day < 1) return null;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
	return day <= days ? { year, month, day } : null;
}

/** Between the pairs of the date and before the serial: up to three spaces, dots, hyphens, slashes or colons. */
const SEP = '[ .\\-/:]{0,3}';
/** Pairs of digits with any separator, then four digits not followed by another digit (run on the normalised text). */
const VARIANT = new RegExp(`\\d\\d${SEP}\\d\\d${SEP}\\d\\d${SEP}\\d{4}(?!\\d)`, 'g');
/**
 * The guard's variant: the same pairs with up to six separator characters between them ("120452 -
 * 1234" after a bold mark and a space were dropped). Digits of a pair stay together, so a date and a
 * time ("05-11-2026 10:30") are not taken for one.
 */
const LOOSE = /\d\d[ .\-/:]{0,6}\d\d[ .\-/:]{0,6}\d\d[ .\-/:]{0,6}\d{4}(?!\d)/g;
/** The guard's plain shape: six digits, a space or hyphen, four digits, date or not. */
const PLAIN = /\d{6} ?-? ?\d{4}(?!\d)/y;

/** Words that make a ten-digit number an account, an invoice or a case number instead. */
const ACCOUNT_CUE = /(konto|kontonr|kontonummer|reg\.?\s*nr|registreringsnummer|account|iban|faktura|invoice|ordre|order|sagsnr|journalnr|ref)\.?[\s:#-]*$/i;

/** Where a CPR number is, in the original text: `from` inclusive, `to` exclusive. */
export interface CprSpan {
	readonly from: number;
	readonly to: number;
}

/** How strictly to look. */
export type CprMode =
	/** The privacy check: a real date, not glued into a longer code, no account cue before it. */
	| 'check'
	/** The supervision guard: a real date with any separators, or the plain shape with any date. */
	| 'guard';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLetterOrDigit = (ch: string): boolean => /[\p{L}\p{N}]/u.test(ch);

/** True when the check must not call the match at `from`..`to` (normalised offsets) a CPR number. */
function looksLikeSomethingElse(norm: string, from: number, to: number): boolean {
	const before = from > 0 ? norm.charCodeAt(from - 1) : -1;
	// Inside a word or a hash ("e4d4b0608952533"; "CPR-" with a hyphen is fine).
	if (from > 0 && isLetterOrDigit(norm.charAt(from - 1))) return true;
	// "+45...", or glued to a number before it ("3.120452-1234", "12-120452-1234").
	if (before === 0x2b) return true;
	if ((before === 0x2e || before === 0x2c || before === 0x2f || before === 0x2d) && from > 1 && isDigit(norm.charCodeAt(from - 2))) return true;
	// A letter right after ("120452-1234abc"), or a longer code ("120452-1234-5", "120452-1234/2", "120452-1234.5").
	const next = norm.charAt(to);
	if (next !== '' && isLetterOrDigit(next)) return true;
	if ((next === '-' || next === '/' || next === '.' || next === ',') && isDigit(norm.charCodeAt(to + 1))) return true;
	return false;
}

/**
 * Every CPR number in a text, in order, never two overlapping, as offsets in the original text
 * (from its first digit to its last, whatever she wrote between them).
 */
export function findCprNumbers(text: string, mode: CprMode): CprSpan[] {
	const norm = normaliseForCpr(text);
	const s = norm.text;
	const original = (i: number): number => (norm.offsets ? (norm.offsets[i] as number) : i);
	const spans: CprSpan[] = [];
	let last = -1;
	const add = (from: number, to: number): void => {
		if (from < last) return;
		spans.push({ from: original(from), to: original(to - 1) + 1 });
		last = to;
	};
	const re = mode === 'guard' ? LOOSE : VARIANT;
	re.lastIndex = 0;
	for (let m = re.exec(s); m !== null; m = re.exec(s)) {
		const from = m.index;
		const to = from + m[0].length;
		// Not inside a longer number (checked by hand: iOS before 16.4 has no lookbehind).
		const glued = from > 0 && isDigit(s.charCodeAt(from - 1));
		const real = !glued && cprDate(m[0]) !== null;
		const ok =
			real &&
			(mode === 'guard' ||
				(!looksLikeSomethingElse(s, from, to) && !ACCOUNT_CUE.test(text.slice(Math.max(0, original(from) - 24), original(from)))));
		if (ok) {
			add(from, to);
			continue;
		}
		if (mode === 'guard' && !glued) {
			PLAIN.lastIndex = from;
			const plain = PLAIN.exec(s);
			if (plain) {
				add(from, from + plain[0].length);
				re.lastIndex = from + plain[0].length;
				continue;
			}
		}
		re.lastIndex = from + 1;
	}
	return spans;
}

/** The Markdown emphasis marks in a removed span, put back after its marker so bold stays closed. */
export function emphasisMarksIn(original: string): string {
	let marks = '';
	for (let i = 0; i < original.length; i++) if (isEmphasis(original.charCodeAt(i))) marks += original.charAt(i);
	return marks;
}

/** Replaces every span with `marker` (plus the emphasis marks it held, so `**150452**-1238` becomes `**[marker]**`). */
export function replaceCprSpans(text: string, spans: readonly CprSpan[], marker: string): string {
	if (spans.length === 0) return text;
	const parts: string[] = [];
	let at = 0;
	for (const span of spans) {
		parts.push(text.slice(at, span.from), marker, emphasisMarksIn(text.slice(span.from, span.to)));
		at = span.to;
	}
	parts.push(text.slice(at));
	return parts.join('');
}

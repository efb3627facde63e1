/**
 * Finds details in a text that can identify a person: Danish CPR numbers, phone numbers, e-mail
 * addresses, room or flat numbers, street addresses, exact birth dates, ages of 95 and over, and
 * "fru/hr." followed by a real-looking name. A soft warning, never a block: the leader decides.
 *
 * A single capital letter after a title ("fru A", "hr. B.") is a pseudonym and is not flagged.
 * CPR numbers need a real calendar date (with the century from digit 7) but no modulus-11 check,
 * since valid numbers issued since 2007 can fail it.
 */
import { hashWord, lineColumn, lineStarts, tokenize, type Tokens } from '../language/tokens';
import { cprDate, findCprNumbers } from './cpr';

/** The kinds of identifying detail the plugin looks for. */
export const PRIVACY_KINDS = ['cpr', 'phone', 'email', 'room', 'address', 'birthdate', 'age', 'name'] as const;
/** A kind of identifying detail. */
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

/** One identifying detail found in a text. Lines and columns are 0-based. */
export interface PrivacyFinding {
	readonly kind: PrivacyKind;
	/** The text as written. */
	readonly match: string;
	readonly from: number;
	readonly to: number;
	/** 0-based line of `from`. */
	readonly line: number;
	/** 0-based column of `from`. */
	readonly column: number;
	/** For `name`: the name without its title ("Birthe Hansen" in "fru Birthe Hansen"). */
	readonly name?: string;
}

export { cprDate };

const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Words that make a ten-digit number an account, an invoice or a case number instead. */
const ACCOUNT_CUE = /(konto|kontonr|kontonummer|reg\.?\s*nr|registreringsnummer|account|iban|faktura|invoice|ordre|order|sagsnr|journalnr|ref)\.?[\s:#-]*$/i;

const PHONE = /(?:(\+|00)45[ -]?)?([2-9]\d(?:[ -]?\d\d){3}|[2-9]\d{3}[ -]\d{4})(?![\p{L}\p{N}\-/]|[.,]\d|[ -]\d)/uy;
const COMPACT_DATE = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
/** Two years joined by a hyphen: a span of years ("2019-2023"), not a phone number. */
const YEAR_RANGE = /^(?:19|20)\d\d-(?:19|20)\d\d$/;
/** A unit after a number ("86400000 ms", "20000000 kr."): a quantity, not a phone number. */
const UNIT_AFTER = /^ ?(?:ms|s|sek|sec|min|kr|kroner|dkk|eur|euro|usd|px|b|kb|mb|gb|bytes?|tegn|chars?|ord|words)(?![\p{L}\p{N}])/iu;

/**
 * True when eight digits written without +45 are something else: a compact date (20261127), a span
 * of years (2019-2023), a round number written without spaces (86400000: five zeros at the end is
 * an amount or a duration, not a number anyone is given), or a quantity with its unit.
 */
function notAPhone(written: string, digits: string, text: string, end: number): boolean {
	if (COMPACT_DATE.test(digits) || YEAR_RANGE.test(written)) return true;
	if (written === digits && digits.endsWith('00000')) return true;
	return UNIT_AFTER.test(text.slice(end, end + 10));
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;

const ROOM = new RegExp(
	`(?:stue|bolig|værelse|vær\\.|lejlighed|lejl\\.|room|flat|apartment|apt\\.|bed)\\s*(?:nr\\.?\\s*|nummer\\s*|no\\.?\\s*)?\\d{1,4}[a-zA-Z]?${NOT_WORD_AFTER}`,
	'iuy',
);

const STREET_SUFFIX = 'vej|vejen|gade|gaden|allé|alle|vænge|vænget|stræde|strædet|plads|pladsen|boulevard|torv|torvet|stien|parken|vang|toften|bakken|haven|engen|højen|marken|lunden|kæret|dalen|kajen|hegn|hegnet';
const ADDRESS_TAIL = '(?:,\\s*(?:st|kld|\\d{1,2})\\.?(?:\\s*(?:th|tv|mf)\\b\\.?)?)?';
const ADDRESS_DA = new RegExp(
	`[A-ZÆØÅ][\\p{L}'-]*(?:${STREET_SUFFIX})\\s+\\d{1,4}[A-Za-z]?${NOT_WORD_AFTER}${ADDRESS_TAIL}`,
	'uy',
);
const ADDRESS_DA_TWO_WORDS = new RegExp(
	`[A-ZÆØÅ][\\p{L}'.-]+\\s(?:Allé|Alle|Vej|Gade|Boulevard|Plads|Torv|Stræde|Vænge)\\s+\\d{1,4}[A-Za-z]?${NOT_WORD_AFTER}${ADDRESS_TAIL}`,
	'uy',
);
const ADDRESS_EN = new RegExp(
	`\\d{1,4}\\s+(?:[A-Z][a-z]+\\s){1,2}(?:Street|Road|Lane|Avenue|Close|Drive|Way|Crescent|Place|Gardens|Terrace)${NOT_WORD_AFTER}`,
	'uy',
);

const DA_MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const BIRTH_CUE = '(?:født(?:\\s+den)?|f\\.|fødselsdato:?|fødselsdag:?|born(?:\\s+on)?|date of birth:?|DOB:?|d\\.o\\.b\\.:?)';
const DATE_FORMS = [
	'\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})',
	`\\d{1,2}\\.?\\s+(?:${DA_MONTHS})\\.?\\s+\\d{4}`,
	`\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${EN_MONTHS})\\.?,?\\s+\\d{4}`,
	`(?:${EN_MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
].join('|');
const BIRTHDATE = new RegExp(`${BIRTH_CUE}\\s*(?:${DATE_FORMS})${NOT_WORD_AFTER}`, 'iuy');

const AGE = /(\d{2,3})(?:\s*-?\s*år(?:s fødselsdag|\s+gammel)?|-årig(?:e)?|\s*-?\s*years?[ -]old|-year-old)(?![\p{L}\p{N}])/iuy;
const AGE_PREFIXED = /(?:aged|age|alder:?)\s+(\d{2,3})(?![\p{L}\p{N}])/iuy;
/** "for 100 år siden", "i 97 år": a span of time, not an age. */
const NOT_AGE_BEFORE = /(?:^|[^\p{L}])(?:for|i|om|efter|in|for|after)\s*$/iu;
const NOT_AGE_AFTER = /^\s+(?:siden|ago|tilbage)/iu;

const NAME = /(?:[Ff]ru|[Hh]r\.?|[Ff]rk\.?|Mrs\.?|Mr\.?|Ms\.?|Miss)\s+([A-ZÆØÅ][a-zæøåéèüöäë][\p{L}'-]*(?:[ -][A-ZÆØÅ][a-zæøåéèüöäë][\p{L}'-]*){0,2})/uy;

/** Priority when two findings overlap: the lower index wins. */
const PRIORITY: Readonly<Record<PrivacyKind, number>> = { cpr: 0, email: 1, phone: 2, birthdate: 3, address: 4, room: 5, age: 6, name: 7 };

interface Raw {
	readonly kind: PrivacyKind;
	readonly from: number;
	readonly to: number;
	readonly name?: string;
}

/** True when the character before `offset` is one of `chars` (expressions run at word starts, so no lookbehind: iOS before 16.4 lacks it). */
function after(text: string, offset: number, chars: string): boolean {
	return offset > 0 && chars.includes(text.charAt(offset - 1));
}

/** Runs a sticky expression at one offset. */
function at(re: RegExp, text: string, offset: number): RegExpExecArray | null {
	re.lastIndex = offset;
	return re.exec(text);
}

const hashes = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(hashWord));
const TITLE_WORDS = hashes(['fru', 'hr', 'frk', 'mrs', 'mr', 'ms', 'miss']);
const ROOM_WORDS = hashes(['stue', 'bolig', 'værelse', 'vær', 'lejlighed', 'lejl', 'room', 'flat', 'apartment', 'apt', 'bed']);
const ROOM_NUMBER_WORDS = hashes(['nr', 'nummer', 'no']);
const BIRTH_WORDS = hashes(['født', 'f', 'fødselsdato', 'fødselsdag', 'born', 'dob', 'birth', 'den', 'on', 'of', 'date']);
const BIRTH_CUES = hashes(['født', 'f', 'fødselsdato', 'fødselsdag', 'born', 'dob', 'date']);
const AGE_WORDS = hashes(['aged', 'age', 'alder']);

/**
 * Finds every identifying detail in a text, in order, never two overlapping. Driven by the words:
 * each expression runs only where a number, a title or an `@` makes it possible, so a long note
 * costs one tokenizing pass (pass the language watch's tokens to share it).
 */
export function detectPrivacy(text: string, tokens: Tokens = tokenize(text)): PrivacyFinding[] {
	const t = tokens;
	const raws: Raw[] = [];
	const push = (kind: PrivacyKind, m: RegExpExecArray | null, name?: string): boolean => {
		if (!m) return false;
		raws.push(name === undefined ? { kind, from: m.index, to: m.index + m[0].length } : { kind, from: m.index, to: m.index + m[0].length, name });
		return true;
	};
	for (let j = 0; j < t.count; j++) {
		const start = t.starts[j] as number;
		const c0 = text.charCodeAt(start);
		const h = t.hashes[j] as number;
		if (TITLE_WORDS.has(h)) {
			const m = at(NAME, text, start);
			push('name', m, m?.[1]);
			continue;
		}
		if (c0 < 0x30 || c0 > 0x39) continue;
		const plus = start > 0 && text.charCodeAt(start - 1) === 0x2b ? start - 1 : start;
		const glued = after(text, plus, '+-./,') || (after(text, plus, ' -') && /\d/.test(text.charAt(plus - 2)));
		const phone = glued ? null : at(PHONE, text, plus);
		if (phone) {
			const digits = (phone[2] as string).replace(/[ -]/g, '');
			const accountLike = ACCOUNT_CUE.test(text.slice(Math.max(0, plus - 24), plus));
			if (!accountLike && !(phone[1] === undefined && notAPhone(phone[2] as string, digits, text, plus + phone[0].length))) push('phone', phone);
		}
		const age = after(text, start, '.,') ? null : at(AGE, text, start);
		if (age) {
			const value = Number(age[1]);
			const end = start + age[0].length;
			const span = NOT_AGE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || NOT_AGE_AFTER.test(text.slice(end, end + 12));
			if (value >= 95 && value <= 125 && !span) push('age', age);
		}
		push('address', at(ADDRESS_EN, text, start));
		// Words just before the number: a room word, a street, a birth cue, "alder".
		for (let back = 1; back <= 4 && j - back >= 0; back++) {
			const k = j - back;
			const hk = t.hashes[k] as number;
			const from = t.starts[k] as number;
			if (back <= 2 && ROOM_WORDS.has(hk)) push('room', at(ROOM, text, from));
			if (back === 1 && AGE_WORDS.has(hk)) {
				const m = at(AGE_PREFIXED, text, from);
				if (m && Number(m[1]) >= 95 && Number(m[1]) <= 125) push('age', m);
			}
			if (back === 1) push('address', at(ADDRESS_DA, text, from));
			if (back === 2) push('address', at(ADDRESS_DA_TWO_WORDS, text, from));
			if (BIRTH_CUES.has(hk)) push('birthdate', at(BIRTHDATE, text, from));
			if (!BIRTH_WORDS.has(hk) && !ROOM_NUMBER_WORDS.has(hk) && back >= 2) break;
		}
	}
	// CPR numbers however written (spaced, dotted, in bold, with a zero-width space...): see cpr.ts.
	for (const span of findCprNumbers(text, 'check')) raws.push({ kind: 'cpr', from: span.from, to: span.to });
	for (let a = text.indexOf('@'); a >= 0; a = text.indexOf('@', a + 1)) {
		let from = a;
		while (from > 0 && /[\p{L}\p{N}._%+-]/u.test(text.charAt(from - 1))) from--;
		push('email', at(EMAIL, text, from));
	}

	if (raws.length === 0) return [];
	raws.sort((a, b) => a.from - b.from || PRIORITY[a.kind] - PRIORITY[b.kind] || b.to - a.to);
	const kept: Raw[] = [];
	for (const r of raws) {
		const last = kept[kept.length - 1];
		if (last && r.from < last.to) {
			if (PRIORITY[r.kind] < PRIORITY[last.kind]) kept[kept.length - 1] = r;
			continue;
		}
		kept.push(r);
	}
	const starts = lineStarts(text);
	return kept.map((r) => {
		const { line, column } = lineColumn(starts, r.from);
		const finding: PrivacyFinding = { kind: r.kind, match: text.slice(r.from, r.to), from: r.from, to: r.to, line, column };
		return r.name === undefined ? finding : { ...finding, name: r.name };
	});
}

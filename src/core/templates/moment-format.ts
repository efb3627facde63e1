/**
 * Formats a date with a moment.js format string (what Obsidian's core Templates plugin and daily notes
 * use: `YYYY-MM-DD`, `dddd D. MMMM`, `[Week] W`), by translating each moment token to date-fns.
 *
 * Why translate instead of depending on moment: the core must run without Obsidian (CLI, tests), and
 * date-fns is already a dependency. Characters that are not moment tokens are copied as written, as
 * moment does; `[...]` is literal text.
 */
import { format, getDay, getISOWeekYear, getMonth } from 'date-fns';
import type { Locale } from 'date-fns';
import { da as daLocale, enUS } from 'date-fns/locale';
import type { Lang } from '../domain';

const LOCALES: Readonly<Record<Lang, Locale>> = { da: daLocale, en: enUS };

/** How one moment token is produced: a date-fns format token, or a function where date-fns differs. */
type TokenRule = string | ((date: Date, locale: Locale, lang: Lang) => string);

/** moment's Danish short names (date-fns adds a period: `fre.`, `jan.`); English ones agree. */
const DA_MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const DA_WEEKDAYS_SHORT = ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'];

/**
 * moment's localised formats per language (`L`, `LL`, ...), written in moment tokens and expanded
 * before formatting, so `{{date:LL}}` gives what core Templates gives.
 */
const LONG_FORMATS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
	en: {
		LT: 'h:mm A',
		LTS: 'h:mm:ss A',
		L: 'MM/DD/YYYY',
		LL: 'MMMM D, YYYY',
		LLL: 'MMMM D, YYYY h:mm A',
		LLLL: 'dddd, MMMM D, YYYY h:mm A',
		l: 'M/D/YYYY',
		ll: 'MMM D, YYYY',
		lll: 'MMM D, YYYY h:mm A',
		llll: 'ddd, MMM D, YYYY h:mm A',
	},
	da: {
		LT: 'HH:mm',
		LTS: 'HH:mm:ss',
		L: 'DD.MM.YYYY',
		LL: 'D. MMMM YYYY',
		LLL: 'D. MMMM YYYY HH:mm',
		LLLL: 'dddd [d.] D. MMMM YYYY [kl.] HH:mm',
		l: 'D.M.YYYY',
		ll: 'D. MMM YYYY',
		lll: 'D. MMM YYYY HH:mm',
		llll: 'ddd [d.] D. MMM YYYY [kl.] HH:mm',
	},
};
const LONG_TOKENS = Object.keys(LONG_FORMATS.en).sort((a, b) => b.length - a.length);

/** Moment tokens and their date-fns equivalents. Matched longest first. */
const MOMENT_TOKENS: Readonly<Record<string, TokenRule>> = {
	// Year; ISO week-year; locale week-year.
	YYYYYY: 'yyyyyy',
	YYYY: 'yyyy',
	YY: 'yy',
	Y: 'y',
	GGGG: 'RRRR',
	GG: (date) => String(getISOWeekYear(date) % 100).padStart(2, '0'),
	gggg: 'YYYY',
	gg: 'YY',
	// Quarter.
	Qo: 'Qo',
	Q: 'Q',
	// Month.
	MMMM: 'MMMM',
	MMM: (date, locale, lang) => (lang === 'da' ? (DA_MONTHS_SHORT[getMonth(date)] ?? '') : format(date, 'MMM', { locale })),
	MM: 'MM',
	Mo: 'Mo',
	M: 'M',
	// Day of year (moment DDD is 1-366, date-fns D).
	DDDD: 'DDD',
	DDDo: 'Do',
	DDD: 'D',
	// Day of month.
	DD: 'dd',
	Do: 'do',
	D: 'd',
	// Day of week: names; moment `d` is 0-6 from Sunday, `e` 0-6 from the locale's first day, `E` ISO 1-7.
	dddd: 'EEEE',
	ddd: (date, locale, lang) => (lang === 'da' ? (DA_WEEKDAYS_SHORT[getDay(date)] ?? '') : format(date, 'EEE', { locale })),
	dd: 'EEEEEE',
	do: (date, locale) => locale.localize.ordinalNumber(getDay(date)),
	d: (date) => String(getDay(date)),
	e: (date, locale) => String(Number(format(date, 'e', { locale })) - 1),
	E: 'i',
	// Weeks: locale week, ISO week.
	ww: 'ww',
	wo: 'wo',
	w: 'w',
	WW: 'II',
	Wo: 'Io',
	W: 'I',
	// Time.
	HH: 'HH',
	H: 'H',
	hh: 'hh',
	h: 'h',
	kk: 'kk',
	k: 'k',
	mm: 'mm',
	m: 'm',
	ss: 'ss',
	s: 's',
	SSS: 'SSS',
	SS: 'SS',
	S: 'S',
	A: 'a',
	a: 'aaa',
	// Offsets and timestamps.
	ZZ: 'xx',
	Z: 'xxx',
	X: 't',
	x: 'T',
};

const TOKENS_LONGEST_FIRST = Object.keys(MOMENT_TOKENS).sort((a, b) => b.length - a.length);

/** One piece of a parsed format: a token to format, or literal text. */
type Piece = { readonly kind: 'token'; readonly rule: TokenRule } | { readonly kind: 'literal'; readonly text: string };

function parseMomentFormat(pattern: string, lang: Lang, pieces: Piece[] = []): Piece[] {
	let i = 0;
	while (i < pattern.length) {
		if (pattern[i] === '[') {
			const close = pattern.indexOf(']', i + 1);
			if (close >= 0) {
				pieces.push({ kind: 'literal', text: pattern.slice(i + 1, close) });
				i = close + 1;
				continue;
			}
		}
		const long = LONG_TOKENS.find((t) => pattern.startsWith(t, i));
		if (long !== undefined) {
			parseMomentFormat(LONG_FORMATS[lang][long] ?? '', lang, pieces);
			i += long.length;
			continue;
		}
		const token = TOKENS_LONGEST_FIRST.find((t) => pattern.startsWith(t, i));
		if (token !== undefined) {
			pieces.push({ kind: 'token', rule: MOMENT_TOKENS[token] as TokenRule });
			i += token.length;
		} else {
			pieces.push({ kind: 'literal', text: pattern.charAt(i) });
			i += 1;
		}
	}
	return pieces;
}

/** Formats `date` with a moment.js format string in the given language (Danish or English names). */
export function formatMoment(date: Date, pattern: string, lang: Lang): string {
	const locale = LOCALES[lang];
	let out = '';
	for (const piece of parseMomentFormat(pattern, lang)) {
		if (piece.kind === 'literal') out += piece.text;
		else if (typeof piece.rule === 'string') {
			out += format(date, piece.rule, { locale, useAdditionalDayOfYearTokens: true, useAdditionalWeekYearTokens: true });
		} else out += piece.rule(date, locale, lang);
	}
	return out;
}

/**
 * Periods and calendar keys for the mirror: ISO weeks (Monday first, `2026-W47`), months
 * (`2026-11`), and the period presets the view offers. Days are `YYYY-MM-DD` strings throughout;
 * date-fns does the calendar arithmetic in local time.
 */
import { addDays, addWeeks, format, isValid, parseISO, startOfISOWeek } from 'date-fns';
import type { Locale } from 'date-fns';
import { da as daLocale, enGB } from 'date-fns/locale';
import type { Lang } from '../domain';
import type { PeriodPreset } from '../settings';

/** The period presets, in the order the view offers them. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['last-4-weeks', 'quarter', 'year', 'custom'];

/** How many ISO weeks each rolling preset covers, the current week included. */
export const PRESET_WEEKS: Readonly<Record<Exclude<PeriodPreset, 'custom'>, number>> = {
	'last-4-weeks': 4,
	quarter: 13,
	year: 52,
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A local date for a `YYYY-MM-DD` day (midnight). */
export function dayDate(day: string): Date {
	return parseISO(day);
}

/** The `YYYY-MM-DD` of a local date. */
export function isoDay(date: Date): string {
	return format(date, 'yyyy-MM-dd');
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(value: string): boolean {
	return ISO_DAY.test(value) && isValid(parseISO(value)) && isoDay(parseISO(value)) === value;
}

/** Days since 1970-01-01 of a calendar day (`month` 0-based); years 0-99 too, which `Date.UTC` reads as 19xx. */
function utcDayNumber(year: number, month: number, day: number): number {
	// 400 Gregorian years are exactly 146 097 days.
	if (year >= 0 && year < 100) return Date.UTC(year + 400, month, day) / 86_400_000 - 146_097;
	return Date.UTC(year, month, day) / 86_400_000;
}

/** The day number of a `YYYY-MM-DD` day (days since 1970-01-01; calendar arithmetic, no time zone). */
export function dayNumber(day: string): number {
	return utcDayNumber(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

/**
 * The ISO week of a day number: the week-year is the year of the week's Thursday, and week 1 is the
 * week holding that year's first Thursday. Plain arithmetic (the mirror asks once per note's day;
 * date-fns `format` costs about 15 µs a call); the test checks it against date-fns day by day.
 */
function isoWeekOfDayNumber(n: number): string {
	// 1970-01-01 was a Thursday: weekday 0 is Monday.
	const weekday = (((n + 3) % 7) + 7) % 7;
	const thursday = n - weekday + 3;
	const year = new Date(thursday * 86_400_000).getUTCFullYear();
	const week = Math.floor((thursday - utcDayNumber(year, 0, 1)) / 7) + 1;
	return `${String(year).padStart(4, '0')}-W${week < 10 ? '0' : ''}${week}`;
}

/** The ISO week of a day: `2026-W47` (week-year, so 2027-01-01 is `2026-W53`). */
export function isoWeekKey(day: string): string {
	return isoWeekOfDayNumber(dayNumber(day));
}

/** Whole calendar days from `a` to `b` (positive when `b` is later). Cheap: called per note and task. */
export function daysBetween(a: string, b: string): number {
	return dayNumber(b) - dayNumber(a);
}

/**
 * How many of the notes, in date order, are dated before `day` (binary search): the notes before a
 * period are `notes.slice(0, notesBefore(notes, from))`, so a look back starts at the period and
 * stops at the first note it wants instead of reading the journal from its first day.
 */
export function notesBefore(notes: readonly { readonly date: string | null }[], day: string): number {
	let lo = 0;
	let hi = notes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((notes[mid]?.date as string) < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How many of the notes, in date order, are dated on or before `day` (binary search). */
export function notesUpTo(notes: readonly { readonly date: string | null }[], day: string): number {
	let lo = 0;
	let hi = notes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((notes[mid]?.date as string) <= day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The ISO weeks a period touches, in order. */
export function weeksOf(from: string, to: string): string[] {
	const out: string[] = [];
	const start = dayNumber(from);
	const end = dayNumber(to);
	for (let d = start - ((((start + 3) % 7) + 7) % 7); d <= end; d += 7) out.push(isoWeekOfDayNumber(d));
	return out;
}

/** The months a period touches, in order: `2026-11`. */
export function monthsOf(from: string, to: string): string[] {
	const out: string[] = [];
	let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
	const [endYear, endMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
	while (year < endYear || (year === endYear && month <= endMonth)) {
		out.push(`${year}-${String(month).padStart(2, '0')}`);
		month++;
		if (month > 12) {
			month = 1;
			year++;
		}
	}
	return out;
}

/** A period, or why the given days cannot make one. */
export type PeriodResult =
	| { readonly ok: true; readonly from: string; readonly to: string }
	| { readonly ok: false; readonly reason: 'invalid-from' | 'invalid-to' | 'reversed' };

/**
 * The days a preset covers, ending today: the last 4, 13 or 52 ISO weeks (the current week counts,
 * so a period always starts on a Monday), or the custom days as given.
 */
export function periodFor(preset: PeriodPreset, today: string, custom: { readonly from: string | null; readonly to: string | null } = { from: null, to: null }): PeriodResult {
	if (preset !== 'custom') {
		const from = isoDay(addWeeks(startOfISOWeek(dayDate(today)), -(PRESET_WEEKS[preset] - 1)));
		return { ok: true, from, to: today };
	}
	return customPeriod(custom.from ?? today, custom.to ?? today);
}

/** A custom period; both days must be real days and `from` not after `to`. */
export function customPeriod(from: string, to: string): PeriodResult {
	if (!isIsoDay(from)) return { ok: false, reason: 'invalid-from' };
	if (!isIsoDay(to)) return { ok: false, reason: 'invalid-to' };
	if (from > to) return { ok: false, reason: 'reversed' };
	return { ok: true, from, to };
}

const LOCALES: Readonly<Record<Lang, Locale>> = { da: daLocale, en: enGB };

/** A day in the UI language: `24. nov. 2026` / `24 Nov 2026`. */
export function formatDay(day: string, lang: Lang): string {
	return format(dayDate(day), lang === 'da' ? 'd. MMM yyyy' : 'd MMM yyyy', { locale: LOCALES[lang] });
}

/** A month in the UI language: `nov. 2026` / `Nov 2026`. */
export function formatMonth(month: string, lang: Lang): string {
	return format(dayDate(`${month}-01`), 'MMM yyyy', { locale: LOCALES[lang] });
}

/** The Monday a week key starts on. */
export function weekStart(week: string): string {
	const [year, w] = [Number(week.slice(0, 4)), Number(week.slice(6))];
	// January 4th is always in ISO week 1.
	return isoDay(addWeeks(startOfISOWeek(new Date(year, 0, 4)), w - 1));
}

/** The Sunday a week key ends on. */
export function weekEnd(week: string): string {
	return isoDay(addDays(dayDate(weekStart(week)), 6));
}

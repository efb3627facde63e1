/** Calendar-day arithmetic on ISO dates (`YYYY-MM-DD`), independent of time zones. */
import { isValidIsoDate, localIsoDate } from '../note-parser';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** True when the text is exactly a real `YYYY-MM-DD` day. */
export function isIsoDay(value: string): boolean {
	return ISO.test(value) && isValidIsoDate(value);
}

function toUtc(iso: string): number {
	return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The day `days` after `iso` (negative for before). */
export function addDays(iso: string, days: number): string {
	return new Date(toUtc(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The local calendar day of a moment: "today" for the user. */
export function isoDay(now: Date): string {
	return localIsoDate(now.getTime());
}

/** A Date at local noon of an ISO day (safe to format in any zone). */
export function dayAsDate(iso: string): Date {
	return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12);
}

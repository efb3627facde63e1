/**
 * The period a supervision preparation looks at: explicit days, else since the last preparation,
 * else the last four weeks.
 */
import type { JournalNote } from '../journal-note';
import { addDays, isIsoDay } from './dates';

/** Why the period is what it is. */
export type PeriodBasis = 'explicit' | 'since-last-preparation' | 'last-4-weeks';

/** A note and its day. */
export interface DatedPath {
	readonly path: string;
	readonly date: string;
}

/** The chosen period, both days included. */
export interface SupervisionPeriod {
	readonly from: string;
	readonly to: string;
	readonly basis: PeriodBasis;
	/** The preparation the default period starts after (null for an explicit start or none found). */
	readonly lastPreparation: DatedPath | null;
}

/** Why a period was refused. */
export type PeriodError =
	| { readonly kind: 'invalid-date'; readonly field: 'from' | 'to'; readonly value: string }
	| { readonly kind: 'from-after-to'; readonly from: string; readonly to: string };

/** What the period is chosen from. */
export interface PeriodRequest {
	/** Today, `YYYY-MM-DD`. */
	readonly today: string;
	/** First day, when she chose one. */
	readonly from?: string | null;
	/** Last day, when she chose one (default today). */
	readonly to?: string | null;
}

/** The default length when there is no earlier preparation: four weeks, both ends included. */
export const DEFAULT_PERIOD_DAYS = 28;

/** The latest supervision-preparation note dated before `day`, or null. */
export function lastPreparationBefore(notes: Iterable<JournalNote>, day: string): DatedPath | null {
	let best: DatedPath | null = null;
	for (const note of notes) {
		if (note.kind !== 'supervision-preparation' || note.date === null || note.date >= day) continue;
		if (!best || note.date > best.date || (note.date === best.date && note.path > best.path)) best = { path: note.path, date: note.date };
	}
	return best;
}

/**
 * Chooses the period. Without a start day: from the day after the last preparation dated before the
 * end day (so a second preparation on the same day still starts after the previous one), else the
 * four weeks ending on the end day.
 */
export function selectPeriod(
	notes: Iterable<JournalNote>,
	request: PeriodRequest,
): { readonly ok: true; readonly period: SupervisionPeriod } | { readonly ok: false; readonly error: PeriodError } {
	const from = request.from?.trim() || null;
	const to = request.to?.trim() || request.today;
	if (from !== null && !isIsoDay(from)) return { ok: false, error: { kind: 'invalid-date', field: 'from', value: from } };
	if (!isIsoDay(to)) return { ok: false, error: { kind: 'invalid-date', field: 'to', value: to } };
	if (from !== null) {
		if (from > to) return { ok: false, error: { kind: 'from-after-to', from, to } };
		return { ok: true, period: { from, to, basis: 'explicit', lastPreparation: null } };
	}
	const last = lastPreparationBefore(notes, to);
	if (last) return { ok: true, period: { from: addDays(last.date, 1), to, basis: 'since-last-preparation', lastPreparation: last } };
	return { ok: true, period: { from: addDays(to, -(DEFAULT_PERIOD_DAYS - 1)), to, basis: 'last-4-weeks', lastPreparation: null } };
}

/** True when the note's day lies in the period (undated notes never do). */
export function inPeriod(note: Pick<JournalNote, 'date'>, period: Pick<SupervisionPeriod, 'from' | 'to'>): boolean {
	return note.date !== null && note.date >= period.from && note.date <= period.to;
}

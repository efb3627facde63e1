/**
 * A month calendar of the journal: six rows of ISO weeks (Monday first), each day with its notes and
 * the gazes they carry. The plugin's calendar view draws it; it needs no DOM.
 */
import { addDays, addMonths, format, startOfISOWeek } from 'date-fns';
import type { GazeId } from '../domain';
import { GAZES } from '../domain';
import type { JournalNote } from '../journal-note';
import { dayDate, isoDay, isoWeekKey } from '../reflection/period';

/** A note as a calendar day lists it. */
export interface CalendarNote {
	readonly path: string;
	readonly title: string;
	readonly gazes: readonly GazeId[];
}

/** One day cell. */
export interface CalendarDay {
	/** `YYYY-MM-DD`. */
	readonly day: string;
	/** 1-31. */
	readonly dayOfMonth: number;
	/** False for the days of the month before or after, which fill the first and last rows. */
	readonly inMonth: boolean;
	readonly isToday: boolean;
	/** The day's notes, by path. */
	readonly notes: readonly CalendarNote[];
	/** The gazes of the day's notes together, in GAZES order. */
	readonly gazes: readonly GazeId[];
}

/** A month: its key, its weeks (each with its ISO week number) and the neighbouring months. */
export interface CalendarMonth {
	/** `YYYY-MM`. */
	readonly month: string;
	readonly weeks: readonly { readonly week: number; readonly days: readonly CalendarDay[] }[];
	readonly previous: string;
	readonly next: string;
	/** Notes in the month itself (not the filling days). */
	readonly noteCount: number;
}

/** The `YYYY-MM` month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
	return format(addMonths(dayDate(`${month}-01`), delta), 'yyyy-MM');
}

/** The month of a day. */
export function monthOf(day: string): string {
	return day.slice(0, 7);
}

/** The calendar of `month` over the notes, with `today` marked. Six rows, so the view never jumps in height. */
export function calendarMonth(notes: Iterable<JournalNote>, month: string, today: string): CalendarMonth {
	const first = startOfISOWeek(dayDate(`${month}-01`));
	const from = isoDay(first);
	const to = isoDay(addDays(first, 41));
	const byDay = new Map<string, CalendarNote[]>();
	for (const note of notes) {
		const date = note.date;
		if (date === null || date < from || date > to) continue;
		const heading = note.headings.find((h) => h.level === 1)?.text.trim();
		const entry: CalendarNote = { path: note.path, title: heading ? heading : note.basename, gazes: note.gazes };
		const list = byDay.get(date);
		if (list) list.push(entry);
		else byDay.set(date, [entry]);
	}
	let noteCount = 0;
	const weeks: { week: number; days: CalendarDay[] }[] = [];
	for (let row = 0; row < 6; row++) {
		const days: CalendarDay[] = [];
		for (let col = 0; col < 7; col++) {
			const date = addDays(first, row * 7 + col);
			const day = isoDay(date);
			const dayNotes = (byDay.get(day) ?? []).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
			const inMonth = monthOf(day) === month;
			if (inMonth) noteCount += dayNotes.length;
			const gazes = GAZES.filter((g) => dayNotes.some((n) => n.gazes.includes(g)));
			days.push({ day, dayOfMonth: date.getDate(), inMonth, isToday: day === today, notes: dayNotes, gazes });
		}
		weeks.push({ week: Number(isoWeekKey(days[0]?.day as string).slice(6)), days });
	}
	return { month, weeks, previous: shiftMonth(month, -1), next: shiftMonth(month, 1), noteCount };
}

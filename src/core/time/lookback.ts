/**
 * Look back: what she wrote "this time" a month, a quarter and a year ago. For a day (the open note's,
 * or today), each span steps back by calendar months (a month before 31 March is 28 or 29 February, as
 * date-fns' `subMonths` clamps) and takes the whole ISO week (Monday to Sunday) holding that day, so a
 * weekly rhythm always finds its week even when the exact day had no entry.
 */
import { subMonths } from 'date-fns';
import type { GazeId } from '../domain';
import type { JournalNote } from '../journal-note';
import { buildSnippet, type MatchFinder } from '../search/snippet';
import { dayDate, isoDay, isoWeekKey, weekEnd, weekStart } from '../reflection/period';

/** The spans looked back over, nearest first. */
export const LOOKBACK_SPANS = [
	{ span: 'month', months: 1 },
	{ span: 'quarter', months: 3 },
	{ span: 'year', months: 12 },
] as const;

export type LookbackSpan = (typeof LOOKBACK_SPANS)[number]['span'];

/** One span's week. */
export interface LookbackWindow {
	readonly span: LookbackSpan;
	/** The Monday of the week, `YYYY-MM-DD`. */
	readonly from: string;
	/** The Sunday of the week. */
	readonly to: string;
}

/** A note found in a window, with what the list shows of it. */
export interface LookbackNote {
	readonly path: string;
	readonly date: string;
	readonly gazes: readonly GazeId[];
	readonly title: string;
	/** The note's first lines of prose, cut to about 140 characters. */
	readonly firstLines: string;
}

export interface LookbackResult extends LookbackWindow {
	/** The window's notes, oldest first (then by path). */
	readonly notes: readonly LookbackNote[];
}

/** The weeks a month, a quarter and a year before `day`. */
export function lookbackWindows(day: string): LookbackWindow[] {
	return LOOKBACK_SPANS.map(({ span, months }) => {
		const week = isoWeekKey(isoDay(subMonths(dayDate(day), months)));
		return { span, from: weekStart(week), to: weekEnd(week) };
	});
}

const NO_MATCH: MatchFinder = { first: () => null, matches: () => false };
const FIRST_LINES_LENGTH = 140;

function lookbackNote(note: JournalNote): LookbackNote {
	const heading = note.headings.find((h) => h.level === 1)?.text;
	return {
		path: note.path,
		date: note.date as string,
		gazes: note.gazes,
		title: heading && heading.trim() !== '' ? heading.trim() : note.basename,
		firstLines: buildSnippet(note.body, NO_MATCH, FIRST_LINES_LENGTH).text,
	};
}

/** The notes of each look-back week before `day`, in one pass over the journal. */
export function lookBack(notes: Iterable<JournalNote>, day: string): LookbackResult[] {
	const windows = lookbackWindows(day);
	const found: JournalNote[][] = windows.map(() => []);
	for (const note of notes) {
		const date = note.date;
		if (date === null) continue;
		for (let i = 0; i < windows.length; i++) {
			const w = windows[i] as LookbackWindow;
			if (date >= w.from && date <= w.to) (found[i] as JournalNote[]).push(note);
		}
	}
	return windows.map((w, i) => ({
		...w,
		notes: (found[i] as JournalNote[])
			.sort((a, b) => ((a.date as string) < (b.date as string) ? -1 : (a.date as string) > (b.date as string) ? 1 : a.path < b.path ? -1 : 1))
			.map(lookbackNote),
	}));
}

/** The command line's JSON shape: `[{ span, from, to, notes: [{ path, date, gazes }] }]`. */
export function lookbackJson(result: readonly LookbackResult[]): unknown {
	return result.map((w) => ({ span: w.span, from: w.from, to: w.to, notes: w.notes.map((n) => ({ path: n.path, date: n.date, gazes: n.gazes })) }));
}

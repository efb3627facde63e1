/**
 * Where she stands with supervision: the last preparation, days since it, and the next revisit (the
 * earliest open task with a due date in a preparation note). The reflection view shows these.
 */
import type { JournalNote } from '../journal-note';
import { daysBetween } from './dates';
import type { DatedPath } from './period';

/** The supervision status on a day. */
export interface SupervisionStatus {
	/** The latest supervision-preparation note dated on or before today. */
	readonly lastPreparation: DatedPath | null;
	/** Days from the last preparation to today (0 on the day itself); null without one. */
	readonly daysSince: number | null;
	/** The earliest open, dated task in a preparation note (overdue ones included: they are still due). */
	readonly nextRevisit: (DatedPath & { readonly text: string; readonly overdue: boolean }) | null;
}

/** Computes the supervision status from the journal notes on `today` (`YYYY-MM-DD`). */
export function supervisionStatus(notes: Iterable<JournalNote>, today: string): SupervisionStatus {
	let last: DatedPath | null = null;
	let next: { path: string; date: string; text: string } | null = null;
	for (const note of notes) {
		if (note.kind !== 'supervision-preparation') continue;
		if (note.date !== null && note.date <= today && (!last || note.date > last.date || (note.date === last.date && note.path > last.path))) {
			last = { path: note.path, date: note.date };
		}
		for (const task of note.tasks) {
			if (task.done || task.due === null) continue;
			if (!next || task.due < next.date || (task.due === next.date && note.path < next.path)) next = { path: note.path, date: task.due, text: task.text };
		}
	}
	return {
		lastPreparation: last,
		daysSince: last ? daysBetween(last.date, today) : null,
		nextRevisit: next ? { ...next, overdue: next.date < today } : null,
	};
}

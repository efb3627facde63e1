/**
 * Gentle reminders, opt-in: what is due today by her own settings. Supervision preparation is due when
 * her cadence (every N weeks) has passed since the last one (or she has none yet and the journal is
 * older than that); a revisit is due on its date; follow-ups are due when their `📅` date has passed.
 * Nothing leaves the vault: the plugin shows one quiet Notice at start-up, at most once a day.
 */
import type { JournalNote } from '../journal-note';
import { daysBetween } from '../reflection/period';
import { supervisionStatus } from '../supervision/status';

/** The kinds of reminder, each of which she can switch off. */
export const REMINDER_KINDS = ['supervision', 'revisit', 'followUps'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Her reminder settings (`Settings.reminders`). */
export interface ReminderOptions {
	readonly enabled: boolean;
	readonly supervision: boolean;
	readonly revisit: boolean;
	readonly followUps: boolean;
	/** The day a reminder was last shown, `YYYY-MM-DD`; null before the first. */
	readonly lastShown: string | null;
}

/** One reminder: its kind, a count or day count, and the note to open. */
export type Reminder =
	| { readonly kind: 'supervision'; readonly days: number | null; readonly path: string | null }
	| { readonly kind: 'revisit'; readonly due: string; readonly text: string; readonly path: string }
	| { readonly kind: 'followUps'; readonly count: number; readonly path: string };

/** The reminders due on `today`; none when switched off or already shown today. */
export function dueReminders(notes: readonly JournalNote[], today: string, options: ReminderOptions, cadenceWeeks: number): Reminder[] {
	if (!options.enabled || options.lastShown === today) return [];
	const out: Reminder[] = [];
	const status = supervisionStatus(notes, today);
	if (options.supervision) {
		if (status.lastPreparation && status.daysSince !== null) {
			if (status.daysSince >= cadenceWeeks * 7) out.push({ kind: 'supervision', days: status.daysSince, path: status.lastPreparation.path });
		} else {
			const first = notes.reduce<string | null>((min, n) => (n.date !== null && n.date <= today && (min === null || n.date < min) ? n.date : min), null);
			if (first !== null && daysBetween(first, today) >= cadenceWeeks * 7) out.push({ kind: 'supervision', days: null, path: null });
		}
	}
	if (options.revisit && status.nextRevisit && status.nextRevisit.date <= today) {
		out.push({ kind: 'revisit', due: status.nextRevisit.date, text: status.nextRevisit.text, path: status.nextRevisit.path });
	}
	if (options.followUps) {
		let count = 0;
		let oldest: { due: string; path: string } | null = null;
		for (const note of notes) {
			if (note.kind === 'supervision-preparation') continue; // its dated tasks are revisits, above
			for (const task of note.tasks) {
				if (task.done || task.due === null || task.due >= today) continue;
				count++;
				if (!oldest || task.due < oldest.due) oldest = { due: task.due, path: note.path };
			}
		}
		if (oldest) out.push({ kind: 'followUps', count, path: oldest.path });
	}
	return out;
}

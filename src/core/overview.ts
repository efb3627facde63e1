/**
 * A first look at the journal: how many notes, by gaze and by month. The reflection (issue 5)
 * builds on the same index with much more; this is what `overview` prints.
 */
import { GAZES, type GazeId } from './domain';
import type { JournalNote, SkippedNote } from './journal-note';

/** Counts per gaze. */
export type GazeCounts = Record<GazeId, number>;

/** The journal at a glance. */
export interface JournalOverview {
	readonly journalNotes: number;
	readonly gazes: GazeCounts;
	/** Notes without any gaze tag. */
	readonly untagged: number;
	/** Notes without a date. */
	readonly undated: number;
	/** `YYYY-MM` → notes and their gazes, months in order. */
	readonly byMonth: Readonly<Record<string, GazeCounts & { notes: number }>>;
	readonly skipped: readonly SkippedNote[];
}

function zero(): GazeCounts {
	return { citizen: 0, staff: 0, self: 0 };
}

/** Counts journal notes by gaze and month. */
export function overviewOf(notes: Iterable<JournalNote>, skipped: readonly SkippedNote[]): JournalOverview {
	const gazes = zero();
	const months = new Map<string, GazeCounts & { notes: number }>();
	let total = 0;
	let untagged = 0;
	let undated = 0;
	for (const note of notes) {
		total++;
		if (note.gazes.length === 0) untagged++;
		for (const gaze of note.gazes) gazes[gaze]++;
		if (!note.date) {
			undated++;
			continue;
		}
		const month = note.date.slice(0, 7);
		let row = months.get(month);
		if (!row) {
			row = { notes: 0, ...zero() };
			months.set(month, row);
		}
		row.notes++;
		for (const gaze of note.gazes) row[gaze]++;
	}
	const byMonth = Object.fromEntries([...months].sort(([a], [b]) => a.localeCompare(b)));
	return { journalNotes: total, gazes, untagged, undated, byMonth, skipped: [...skipped].sort((a, b) => a.path.localeCompare(b.path)) };
}

/** The overview as plain text in a language's words. */
export function formatOverview(overview: JournalOverview, t: (key: string, vars?: Record<string, string | number>) => string): string {
	const lines: string[] = [];
	lines.push(t('overview.total', { count: overview.journalNotes }));
	for (const gaze of GAZES) lines.push(`  ${t(`gaze.${gaze}`)}: ${overview.gazes[gaze]}`);
	lines.push(`  ${t('overview.untagged')}: ${overview.untagged}`);
	if (overview.undated > 0) lines.push(`  ${t('overview.undated')}: ${overview.undated}`);
	lines.push('', t('overview.byMonth'));
	const pad = (s: string | number, n: number): string => String(s).padStart(n);
	lines.push(`  ${'     '.padEnd(7)} ${pad(t('overview.notes'), 6)} ${GAZES.map((g) => pad(t(`gaze.${g}.short`), 13)).join('')}`);
	for (const [month, row] of Object.entries(overview.byMonth)) {
		lines.push(`  ${month.padEnd(7)} ${pad(row.notes, 6)} ${GAZES.map((g) => pad(row[g], 13)).join('')}`);
	}
	if (overview.skipped.length > 0) {
		lines.push('', t('index.skipped', { count: overview.skipped.length, paths: '' }).trimEnd());
		for (const s of overview.skipped) lines.push(`  ${s.path}: ${s.reason}`);
	}
	return lines.join('\n') + '\n';
}

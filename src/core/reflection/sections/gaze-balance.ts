/**
 * 1. The balance of the gazes: notes per gaze, per ISO week and per month, and a gaze left unseen
 * for several weeks in a row. A note with several gazes counts once for each.
 */
import { GAZES, type GazeId } from '../../domain';
import { gazeEntry } from '../../method/catalogue';
import { PathSet, cellOf } from '../figures';
import { formatDay, formatMonth, notesBefore, weekEnd, weekStart } from '../period';
import type { Block, Figure, ReflectionInput, SectionDefinition } from '../types';

/** Weeks in a row without a gaze before the mirror calls it out. */
export const UNSEEN_WEEKS = 3;
/** Periods of more weeks than this are charted by month. */
export const WEEKLY_CHART_MAX_WEEKS = 14;

/** Notes in one week or month, in total and per gaze. */
export interface GazeBucket {
	readonly key: string;
	readonly notes: Figure;
	readonly gazes: Readonly<Record<GazeId, Figure>>;
}

/** A gaze not seen for `weeks.length` ISO weeks in a row within the period. */
export interface UnseenGaze {
	readonly gaze: GazeId;
	readonly weeks: readonly string[];
	/** The last note with the gaze before the run (possibly before the period), if any. */
	readonly lastSeen: string | null;
	/** The notes written during the run (what the weeks held instead). */
	readonly during: readonly string[];
}

/** What the section computes. */
export interface GazeBalance {
	readonly gazes: Readonly<Record<GazeId, Figure>>;
	readonly untagged: Figure;
	readonly byWeek: readonly GazeBucket[];
	readonly byMonth: readonly GazeBucket[];
	readonly unseen: readonly UnseenGaze[];
}

interface Collector {
	notes: PathSet;
	gazes: Record<GazeId, PathSet>;
}

function collector(): Collector {
	return { notes: new PathSet(), gazes: { citizen: new PathSet(), staff: new PathSet(), self: new PathSet() } };
}

function bucket(key: string, c: Collector | undefined): GazeBucket {
	const use = c ?? collector();
	return { key, notes: use.notes.figure(), gazes: { citizen: use.gazes.citizen.figure(), staff: use.gazes.staff.figure(), self: use.gazes.self.figure() } };
}

function computeGazeBalance(input: ReflectionInput): GazeBalance {
	const total = collector();
	const untagged = new PathSet();
	const weeks = new Map<string, Collector>();
	const months = new Map<string, Collector>();
	for (const note of input.notes) {
		const date = note.date as string;
		const week = input.weekOf(date);
		const month = date.slice(0, 7);
		let w = weeks.get(week);
		if (!w) weeks.set(week, (w = collector()));
		let m = months.get(month);
		if (!m) months.set(month, (m = collector()));
		w.notes.add(note.path);
		m.notes.add(note.path);
		total.notes.add(note.path);
		if (note.gazes.length === 0) untagged.add(note.path);
		for (const gaze of note.gazes) {
			total.gazes[gaze].add(note.path);
			w.gazes[gaze].add(note.path);
			m.gazes[gaze].add(note.path);
		}
	}
	const byWeek = input.weeks.map((key) => bucket(key, weeks.get(key)));
	const byMonth = input.months.map((key) => bucket(key, months.get(key)));
	const unseen: UnseenGaze[] = [];
	if (input.notes.length > 0) {
		for (const gaze of GAZES) {
			// The longest run of weeks without the gaze; the latest run wins a tie.
			let best: [number, number] | null = null;
			let start = -1;
			for (let i = 0; i <= byWeek.length; i++) {
				const seen = i === byWeek.length || (byWeek[i]?.gazes[gaze].n ?? 0) > 0;
				if (!seen && start < 0) start = i;
				if (seen && start >= 0) {
					if (!best || i - start >= best[1] - best[0]) best = [start, i];
					start = -1;
				}
			}
			if (!best || best[1] - best[0] < UNSEEN_WEEKS) continue;
			const run = byWeek.slice(best[0], best[1]);
			const firstDay = weekStart(run[0]?.key ?? '');
			// The last note with the gaze before the run: look back from the run's first day.
			let lastSeen: string | null = null;
			for (let i = notesBefore(input.dated, firstDay) - 1; i >= 0; i--) {
				const note = input.dated[i] as (typeof input.dated)[number];
				if (!note.gazes.includes(gaze) || input.untouched(note)) continue;
				lastSeen = note.path;
				break;
			}
			unseen.push({ gaze, weeks: run.map((b) => b.key), lastSeen, during: run.flatMap((b) => b.notes.paths) });
		}
	}
	return { gazes: bucket('', total).gazes, untagged: untagged.figure(), byWeek, byMonth, unseen };
}

function weekLabel(week: string, lang: 'da' | 'en'): string {
	return `${lang === 'da' ? 'Uge' : 'Week'} ${Number(week.slice(6))}`;
}

export const GAZE_BALANCE: SectionDefinition<GazeBalance> = {
	id: 'gaze-balance',
	compute: computeGazeBalance,
	view(result, t, lang) {
		const blocks: Block[] = [
			{
				kind: 'stats',
				items: [
					...GAZES.map((gaze) => ({ label: gazeEntry(gaze).name[lang], value: cellOf(result.gazes[gaze]) })),
					{ label: t('reflection.gazes.untagged'), value: cellOf(result.untagged) },
				],
			},
		];
		const weekly = result.byWeek.length <= WEEKLY_CHART_MAX_WEEKS;
		const buckets = weekly ? result.byWeek : result.byMonth;
		blocks.push({
			kind: 'bars',
			caption: t(weekly ? 'reflection.gazes.chartWeeks' : 'reflection.gazes.chartMonths'),
			series: GAZES.map((gaze) => ({ id: gaze, label: t(`gaze.${gaze}.short`) })),
			groups: buckets.map((b) => ({
				label: weekly ? weekLabel(b.key, lang) : formatMonth(b.key, lang),
				values: GAZES.map((gaze) => cellOf(b.gazes[gaze])),
			})),
		});
		for (const u of result.unseen) {
			const first = u.weeks[0] ?? '';
			const last = u.weeks[u.weeks.length - 1] ?? '';
			blocks.push({
				kind: 'callout',
				text: t('reflection.gazes.unseen', {
					gaze: gazeEntry(u.gaze).name[lang].toLowerCase(),
					weeks: u.weeks.length,
					from: formatDay(weekStart(first), lang),
					to: formatDay(weekEnd(last), lang),
				}),
				paths: [...(u.lastSeen ? [u.lastSeen] : []), ...u.during],
			});
		}
		if (result.unseen.length === 0 && result.byWeek.length >= UNSEEN_WEEKS && result.untagged.n < result.byWeek.reduce((s, b) => s + b.notes.n, 0)) {
			blocks.push({ kind: 'text', text: t('reflection.gazes.allSeen', { weeks: UNSEEN_WEEKS }) });
		}
		return { id: 'gaze-balance', title: t('reflection.gazes.title'), intro: t('reflection.gazes.intro'), blocks };
	},
	json(result) {
		const counts = (b: GazeBucket) => ({ notes: b.notes.n, citizen: b.gazes.citizen.n, staff: b.gazes.staff.n, self: b.gazes.self.n });
		return {
			gazes: { citizen: result.gazes.citizen.n, staff: result.gazes.staff.n, self: result.gazes.self.n },
			untagged: result.untagged.n,
			byWeek: Object.fromEntries(result.byWeek.map((b) => [b.key, counts(b)])),
			byMonth: Object.fromEntries(result.byMonth.map((b) => [b.key, counts(b)])),
			unseenGazes: result.unseen.map((u) => ({ gaze: u.gaze, weeks: u.weeks, lastSeen: u.lastSeen })),
			gazeEvidence: { gazes: { citizen: result.gazes.citizen.paths, staff: result.gazes.staff.paths, self: result.gazes.self.paths }, untagged: result.untagged.paths },
		};
	},
	prompts(result) {
		return result.unseen.map((u) => ({
			weight: 80 + u.weeks.length,
			key: 'reflection.prompt.unseenGaze',
			vars: (lang) => ({ gaze: gazeEntry(u.gaze).name[lang].toLowerCase(), weeks: u.weeks.length }),
			evidence: [...(u.lastSeen ? [u.lastSeen] : []), ...u.during],
		}));
	},
};

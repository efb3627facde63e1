/**
 * 3. The self gaze: how often each of its focus points appears in the period's notes (rule:
 * `../focus-rules.ts`), and the self check-in ratings (1-5) over time.
 */
import { SELF_FOCUS, type SelfFocusId } from '../../domain';
import { selfFocusPoint } from '../../method/catalogue';
import { PathSet, cellOf, figureOf, textCell } from '../figures';
import { focusPointsIn } from '../focus-rules';
import { formatDay, notesBefore } from '../period';
import type { Lang } from '../../domain';
import type { Translate } from '../../i18n';
import type { Block, Cell, Figure, PromptCandidate, SectionDefinition } from '../types';

/** One self check-in's ratings. */
export interface RatingEntry {
	readonly path: string;
	readonly date: string;
	readonly ratings: Readonly<Record<string, number>>;
}

/** What the section computes. */
export interface SelfFocus {
	readonly focus: Readonly<Record<SelfFocusId, Figure>>;
	/** Notes with the self gaze in the period. */
	readonly selfNotes: Figure;
	/** Check-ins with ratings in the period, oldest first. */
	readonly ratings: readonly RatingEntry[];
	/** The last check-in before the period, to compare the first one in it with. */
	readonly ratingBefore: RatingEntry | null;
}

function hasRatings(r: Readonly<Record<string, number>>): boolean {
	return Object.keys(r).length > 0;
}

/** The ratings the template writes, in this order; her own `rating-*` names follow, alphabetically. */
const RATING_ORDER: readonly string[] = [...SELF_FOCUS, 'energy', 'strain'];

/** A rating's name for the chart: a self focus point's name, energy and strain, or her own name as written. */
function ratingLabel(name: string, t: Translate, lang: Lang): string {
	if ((SELF_FOCUS as readonly string[]).includes(name)) return selfFocusPoint(name as SelfFocusId).name[lang];
	if (name === 'energy' || name === 'strain') return t(`reflection.rating.${name}`);
	return name;
}

/** Every rating over the period's check-ins: one line per rating name, a point per check-in that has it. */
function ratingLines(entries: readonly RatingEntry[], t: Translate, lang: Lang): Extract<Block, { kind: 'lines' }> {
	const names = [...new Set(entries.flatMap((e) => Object.keys(e.ratings)))].sort((a, b) => {
		const ia = RATING_ORDER.indexOf(a);
		const ib = RATING_ORDER.indexOf(b);
		return ia >= 0 && ib >= 0 ? ia - ib : ia >= 0 ? -1 : ib >= 0 ? 1 : a.localeCompare(b);
	});
	return {
		kind: 'lines',
		caption: t('reflection.self.ratingsChart'),
		min: 1,
		max: 5,
		series: names.map((name) => ({
			id: name,
			label: ratingLabel(name, t, lang),
			points: entries.flatMap((e) => {
				const value = e.ratings[name];
				return value === undefined ? [] : [{ day: e.date, label: formatDay(e.date, lang), value, path: e.path }];
			}),
		})),
	};
}

export const SELF_FOCUS_SECTION: SectionDefinition<SelfFocus> = {
	id: 'self-focus',
	compute(input) {
		const sets = Object.fromEntries(SELF_FOCUS.map((f) => [f, new PathSet()])) as Record<SelfFocusId, PathSet>;
		const self: string[] = [];
		const ratings: RatingEntry[] = [];
		for (const note of input.notes) {
			if (note.gazes.includes('self')) self.push(note.path);
			if (hasRatings(note.ratings)) ratings.push({ path: note.path, date: note.date as string, ratings: note.ratings });
			// Saved mirrors name every focus point; they are about the notes, not new evidence.
			if (note.kind === 'reflection-summary') continue;
			for (const focus of input.perNote('focus', note, (n) => focusPointsIn(n, input.writing(n)))) sets[focus].add(note.path);
		}
		// The last check-in before the period: look back from the period's start, stop at the first found.
		let ratingBefore: RatingEntry | null = null;
		for (let i = notesBefore(input.dated, input.period.from) - 1; i >= 0; i--) {
			const note = input.dated[i] as (typeof input.dated)[number];
			if (!hasRatings(note.ratings)) continue;
			ratingBefore = { path: note.path, date: note.date as string, ratings: note.ratings };
			break;
		}
		const focus = Object.fromEntries(SELF_FOCUS.map((f) => [f, sets[f].figure()])) as Record<SelfFocusId, Figure>;
		return { focus, selfNotes: figureOf(self), ratings, ratingBefore };
	},
	view(result, t, lang) {
		const blocks: Block[] = [
			{ kind: 'stats', items: [{ label: t('reflection.self.selfNotes'), value: cellOf(result.selfNotes) }] },
			{
				kind: 'table',
				caption: t('reflection.self.focusCaption'),
				head: [t('reflection.self.focus'), t('reflection.self.notes')],
				rows: SELF_FOCUS.map((f) => [textCell(selfFocusPoint(f).name[lang]), cellOf(result.focus[f])]),
			},
		];
		if (result.ratings.length > 0) {
			blocks.push(ratingLines(result.ratings, t, lang));
			blocks.push({
				kind: 'table',
				caption: t('reflection.self.ratingsCaption'),
				head: [t('reflection.self.checkIn'), ...SELF_FOCUS.map((f) => selfFocusPoint(f).name[lang])],
				rows: result.ratings.map((r): Cell[] => [
					textCell(formatDay(r.date, lang), [r.path]),
					...SELF_FOCUS.map((f) => {
						const value = r.ratings[f];
						return value === undefined ? textCell('–') : { text: String(value), paths: [r.path], n: value };
					}),
				]),
			});
		} else {
			blocks.push({ kind: 'text', text: t('reflection.self.noRatings') });
		}
		return { id: 'self-focus', title: t('reflection.self.title'), intro: t('reflection.self.intro'), blocks };
	},
	json(result) {
		return {
			selfFocus: Object.fromEntries(SELF_FOCUS.map((f) => [f, result.focus[f].n])),
			selfFocusEvidence: Object.fromEntries(SELF_FOCUS.map((f) => [f, result.focus[f].paths])),
			selfNotes: result.selfNotes.n,
			ratings: result.ratings.map((r) => ({ path: r.path, date: r.date, ...r.ratings })),
		};
	},
	prompts(result, input) {
		const out: PromptCandidate[] = [];
		const anyFocus = SELF_FOCUS.some((f) => result.focus[f].n > 0);
		const context = result.selfNotes.n > 0 ? result.selfNotes.paths : input.notes.map((n) => n.path);
		if (anyFocus) {
			for (const f of SELF_FOCUS) {
				if (result.focus[f].n > 0) continue;
				out.push({
					weight: 50,
					key: 'reflection.prompt.focusMissing',
					vars: (lang) => ({ focus: selfFocusPoint(f).name[lang], question: selfFocusPoint(f).prompts[lang][0] ?? '' }),
					evidence: context,
				});
				break;
			}
		}
		// The latest check-in against the one before it (in or before the period).
		const latest = result.ratings[result.ratings.length - 1];
		const previous = result.ratings.length >= 2 ? result.ratings[result.ratings.length - 2] : result.ratingBefore;
		if (latest && previous) {
			let biggest: { focus: SelfFocusId; from: number; to: number } | null = null;
			for (const f of SELF_FOCUS) {
				const a = previous.ratings[f];
				const b = latest.ratings[f];
				if (a === undefined || b === undefined || a === b) continue;
				if (!biggest || Math.abs(b - a) > Math.abs(biggest.to - biggest.from) || (Math.abs(b - a) === Math.abs(biggest.to - biggest.from) && b < a && biggest.to > biggest.from)) {
					biggest = { focus: f, from: a, to: b };
				}
			}
			if (biggest) {
				const fell = biggest.to < biggest.from;
				const change = biggest;
				out.push({
					weight: fell ? 55 + (change.from - change.to) * 5 : 25,
					key: fell ? 'reflection.prompt.ratingFell' : 'reflection.prompt.ratingRose',
					vars: (lang) => ({ focus: selfFocusPoint(change.focus).name[lang], from: change.from, to: change.to, before: formatDay(previous.date, lang), after: formatDay(latest.date, lang) }),
					evidence: [previous.path, latest.path],
				});
			}
		}
		return out;
	},
};

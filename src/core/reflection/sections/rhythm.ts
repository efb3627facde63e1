/**
 * 7. Rhythm: entries per ISO week, the longest stretch between two entries in the period, days since
 * the last entry and since the last supervision preparation, and the next revisit: the earliest
 * open task with a due date in a supervision preparation.
 */
import { cellOf, dayCount, figureOf, textCell } from '../figures';
import { supervisionStatus } from '../../supervision/status';
import { dayNumber, daysBetween, formatDay } from '../period';
import { weekStreaks } from '../../time/streak';
import type { Translate } from '../../i18n';
import type { Block, Figure, PromptCandidate, SectionDefinition } from '../types';

/** A gap of this many days or more between entries gets a prompt. */
export const LONG_GAP_DAYS = 14;
/** The default supervision cadence: a preparation every this many weeks (the setting overrides it). */
export const DEFAULT_SUPERVISION_WEEKS = 8;
/** A revisit due within this many days (or overdue) gets a prompt. */
export const REVISIT_SOON_DAYS = 7;

/** What the section computes. */
export interface Rhythm {
	readonly perWeek: readonly { readonly week: string; readonly notes: Figure }[];
	readonly averagePerWeek: number;
	readonly longestGap: { readonly days: number; readonly from: string; readonly to: string; readonly fromDate: string; readonly toDate: string } | null;
	/** Days from the last entry in the period to today (or the end of the period, if earlier). */
	readonly sinceLast: { readonly days: number; readonly path: string } | null;
	readonly lastSupervision: { readonly path: string; readonly date: string; readonly days: number } | null;
	readonly nextRevisit: { readonly path: string; readonly due: string; readonly text: string; readonly days: number } | null;
	/** Weeks in a row with at least one entry, up to this week (or last week while this one has none yet). */
	readonly weekStreak: number;
	/** The longest run of weeks in a row with an entry, in the whole journal. */
	readonly longestWeekStreak: number;
	/** The supervision cadence in weeks, from the settings. */
	readonly cadenceWeeks: number;
}

/** "1 uge", "3 uger" / "1 week", "3 weeks". */
function weekCount(t: Translate, count: number): string {
	return t('reflection.rhythm.weeks', { count });
}

/** The rhythm section, with her supervision cadence (a preparation every `cadenceWeeks` weeks). */
export function rhythmSection(cadenceWeeks: number = DEFAULT_SUPERVISION_WEEKS): SectionDefinition<Rhythm> {
	const cadence = Number.isInteger(cadenceWeeks) && cadenceWeeks > 0 ? cadenceWeeks : DEFAULT_SUPERVISION_WEEKS;
	return {
	id: 'rhythm',
	compute(input) {
		const byWeek = new Map<string, string[]>();
		for (const note of input.notes) {
			const week = input.weekOf(note.date as string);
			const list = byWeek.get(week);
			if (list) list.push(note.path);
			else byWeek.set(week, [note.path]);
		}
		const perWeek = input.weeks.map((week) => ({ week, notes: figureOf(byWeek.get(week) ?? []) }));
		let longestGap: Rhythm['longestGap'] = null;
		let previousDay = input.notes.length > 0 ? dayNumber(input.notes[0]?.date as string) : 0;
		for (let i = 1; i < input.notes.length; i++) {
			const a = input.notes[i - 1];
			const b = input.notes[i];
			if (!a || !b) continue;
			const day = dayNumber(b.date as string);
			const days = day - previousDay;
			previousDay = day;
			if (days > 0 && (!longestGap || days > longestGap.days)) longestGap = { days, from: a.path, to: b.path, fromDate: a.date as string, toDate: b.date as string };
		}
		const last = input.notes[input.notes.length - 1];
		const end = input.period.to < input.period.today ? input.period.to : input.period.today;
		const sinceLast = last ? { days: daysBetween(last.date as string, end), path: last.path } : null;
		// One rule for "last supervision" and "next revisit", shared with supervision preparation.
		// A preparation that is still nothing but template is not one she made.
		const status = supervisionStatus(
			input.dated.filter((n) => n.kind !== 'supervision-preparation' || !input.untouched(n)),
			input.period.today,
		);
		const lastSupervision: Rhythm['lastSupervision'] =
			status.lastPreparation && status.daysSince !== null ? { ...status.lastPreparation, days: status.daysSince } : null;
		const revisit = status.nextRevisit;
		const nextRevisit: Rhythm['nextRevisit'] = revisit
			? { path: revisit.path, due: revisit.date, text: revisit.text, days: daysBetween(input.period.today, revisit.date) }
			: null;
		const weeks = Math.max(1, input.weeks.length);
		// A week counts when it holds a note she wrote: per week, notes are read only until one is hers.
		const writtenWeeks = new Set<string>();
		const writtenDays: string[] = [];
		for (const n of input.dated) {
			const week = input.weekOf(n.date as string);
			if (writtenWeeks.has(week) || input.untouched(n)) continue;
			writtenWeeks.add(week);
			writtenDays.push(n.date as string);
		}
		const streaks = weekStreaks(writtenDays, input.period.today);
		return {
			perWeek,
			averagePerWeek: Math.round((input.notes.length / weeks) * 10) / 10,
			longestGap,
			sinceLast,
			lastSupervision,
			nextRevisit,
			weekStreak: streaks.current,
			longestWeekStreak: streaks.longest,
			cadenceWeeks: cadence,
		};
	},
	view(result, t, lang) {
		const items: { label: string; value: ReturnType<typeof textCell>; hint?: string }[] = [
			{ label: t('reflection.rhythm.average'), value: textCell(result.averagePerWeek.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB')) },
		];
		if (result.longestGap) {
			const gap = result.longestGap;
			items.push({ label: t('reflection.rhythm.longestGap'), value: { text: dayCount(t, gap.days), paths: [gap.from, gap.to], n: gap.days }, hint: `${formatDay(gap.fromDate, lang)} – ${formatDay(gap.toDate, lang)}` });
		}
		items.push({
			label: t('reflection.rhythm.weekStreak'),
			value: { text: weekCount(t, result.weekStreak), paths: [], n: result.weekStreak },
			hint: t('reflection.rhythm.longestWeekStreak', { run: weekCount(t, result.longestWeekStreak) }),
		});
		if (result.sinceLast) items.push({ label: t('reflection.rhythm.sinceLast'), value: { text: dayCount(t, result.sinceLast.days), paths: [result.sinceLast.path], n: result.sinceLast.days } });
		items.push(
			result.lastSupervision
				? { label: t('reflection.rhythm.sinceSupervision'), value: { text: dayCount(t, result.lastSupervision.days), paths: [result.lastSupervision.path], n: result.lastSupervision.days }, hint: formatDay(result.lastSupervision.date, lang) }
				: { label: t('reflection.rhythm.sinceSupervision'), value: textCell(t('reflection.rhythm.noSupervision')) },
		);
		if (result.nextRevisit) {
			const r = result.nextRevisit;
			items.push({
				label: t('reflection.rhythm.nextRevisit'),
				value: { text: formatDay(r.due, lang), paths: [r.path] },
				hint: r.days < 0 ? t('reflection.rhythm.revisitOverdue', { count: -r.days, text: r.text }) : t('reflection.rhythm.revisitIn', { count: r.days, text: r.text }),
			});
		}
		const blocks: Block[] = [
			{ kind: 'stats', items },
			{
				kind: 'bars',
				caption: t('reflection.rhythm.chart'),
				series: [{ id: 'entries', label: t('reflection.rhythm.entries') }],
				groups: result.perWeek.map((w) => ({ label: `${lang === 'da' ? 'Uge' : 'Week'} ${Number(w.week.slice(6))}`, values: [cellOf(w.notes)] })),
			},
		];
		return { id: 'rhythm', title: t('reflection.rhythm.title'), intro: t('reflection.rhythm.intro'), blocks };
	},
	json(result) {
		return {
			rhythm: {
				perWeek: Object.fromEntries(result.perWeek.map((w) => [w.week, w.notes.n])),
				averagePerWeek: result.averagePerWeek,
				longestGap: result.longestGap,
				daysSinceLastEntry: result.sinceLast?.days ?? null,
				lastSupervision: result.lastSupervision,
				nextRevisit: result.nextRevisit,
				weekStreak: result.weekStreak,
				longestWeekStreak: result.longestWeekStreak,
				supervisionCadenceWeeks: result.cadenceWeeks,
			},
		};
	},
	prompts(result) {
		const out: PromptCandidate[] = [];
		const revisit = result.nextRevisit;
		if (revisit && revisit.days <= REVISIT_SOON_DAYS) {
			out.push({ weight: 65, key: 'reflection.prompt.revisit', vars: (lang) => ({ date: formatDay(revisit.due, lang), text: revisit.text }), evidence: [revisit.path] });
		}
		const supervision = result.lastSupervision;
		if (supervision && supervision.days >= result.cadenceWeeks * 7) {
			out.push({ weight: 35, key: 'reflection.prompt.supervision', vars: (lang) => ({ days: supervision.days, date: formatDay(supervision.date, lang) }), evidence: [supervision.path] });
		}
		const gap = result.longestGap;
		if (gap && gap.days >= LONG_GAP_DAYS) {
			out.push({ weight: 30 + Math.min(gap.days / 7, 10), key: 'reflection.prompt.gap', vars: (lang) => ({ days: gap.days, from: formatDay(gap.fromDate, lang), to: formatDay(gap.toDate, lang) }), evidence: [gap.from, gap.to] });
		}
		return out;
	},
};
}

/** The rhythm section with the default cadence. */
export const RHYTHM: SectionDefinition<Rhythm> = rhythmSection();

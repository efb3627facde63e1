/**
 * 6. Follow-ups: the open tasks (`- [ ] …`) in journal notes dated up to the end of the period
 * (older open tasks are exactly what keeps being postponed), oldest first, with their age in days
 * counted from the note's day. Empty tasks (a template's `- [ ] `), tasks a template wrote ("- [ ] Se
 * på det igen") and the tasks of a note that is still nothing but template are not follow-ups.
 */
import { readLine } from '../../scaffold';
import { figureOf, textCell } from '../figures';
import { dayNumber, formatDay, notesUpTo } from '../period';
import type { Block, PromptCandidate, SectionDefinition } from '../types';

/** The view lists this many of the oldest open tasks, then one line opening the rest. */
export const LISTED_TASKS = 12;

/** Open tasks older than this many days get a prompt. */
export const OLD_TASK_DAYS = 28;

/** One open task. */
export interface OpenTask {
	readonly path: string;
	readonly text: string;
	/** The note's day. */
	readonly date: string;
	readonly ageDays: number;
	readonly due: string | null;
	/** The due date has passed (before today). */
	readonly overdue: boolean;
	/** 0-based line in the file. */
	readonly line: number;
}

/** What the section computes. */
export interface FollowUps {
	readonly open: readonly OpenTask[];
}

/** Task texts already read (a journal repeats its tasks' wording): true when the text is hers. */
const OWN_TASKS = new Map<string, boolean>();

function isOwnTask(text: string): boolean {
	let own = OWN_TASKS.get(text);
	if (own === undefined) {
		if (OWN_TASKS.size > 10_000) OWN_TASKS.clear();
		OWN_TASKS.set(text, (own = readLine(`- [ ] ${text}`).kind === 'own'));
	}
	return own;
}

export const FOLLOW_UPS: SectionDefinition<FollowUps> = {
	id: 'follow-ups',
	compute(input) {
		const open: OpenTask[] = [];
		const today = input.period.today;
		const todayNumber = dayNumber(today);
		// Every note up to the period's end (found by binary search), oldest first.
		const end = notesUpTo(input.dated, input.period.to);
		for (let i = 0; i < end; i++) {
			const note = input.dated[i] as (typeof input.dated)[number];
			const date = note.date as string;
			// The age is the note's: worked out once per note, and only for a note with an open task.
			let ageDays: number | null = null;
			for (const task of note.tasks) {
				if (task.done || task.text.length === 0) continue;
				// Her tasks only. The task's own line tells (a note with a task of hers is written, so
				// the rest of the note need not be read); a due date is always hers.
				if (task.due === null && !isOwnTask(task.text)) continue;
				ageDays ??= todayNumber - dayNumber(date);
				open.push({ path: note.path, text: task.text, date, ageDays, due: task.due, overdue: task.due !== null && task.due < today, line: task.line });
			}
		}
		return { open };
	},
	view(result, t, lang) {
		const blocks: Block[] = [];
		if (result.open.length === 0) {
			blocks.push({ kind: 'text', text: t('reflection.followUps.none') });
		} else {
			const overdue = result.open.filter((task) => task.overdue);
			blocks.push({
				kind: 'stats',
				items: [
					{ label: t('reflection.followUps.open'), value: { text: String(result.open.length), paths: figureOf(result.open.map((task) => task.path)).paths, n: result.open.length } },
					{ label: t('reflection.followUps.overdue'), value: { text: String(overdue.length), paths: figureOf(overdue.map((task) => task.path)).paths, n: overdue.length } },
				],
			});
			blocks.push({
				kind: 'list',
				caption: t('reflection.followUps.listCaption'),
				items: result.open.slice(0, LISTED_TASKS).map((task) =>
					textCell(
						t(task.due ? (task.overdue ? 'reflection.followUps.itemOverdue' : 'reflection.followUps.itemDue') : 'reflection.followUps.item', {
							text: task.text,
							days: task.ageDays,
							date: formatDay(task.date, lang),
							due: task.due ? formatDay(task.due, lang) : '',
						}),
						[task.path],
					),
				),
			});
			const rest = result.open.slice(LISTED_TASKS);
			if (rest.length > 0) blocks.push({ kind: 'list', items: [textCell(t('reflection.more', { count: rest.length }), figureOf(rest.map((task) => task.path)).paths)] });
		}
		return { id: 'follow-ups', title: t('reflection.followUps.title'), intro: t('reflection.followUps.intro'), blocks };
	},
	json(result) {
		return { openTasks: result.open.map((task) => ({ path: task.path, text: task.text, ageDays: task.ageDays, due: task.due, line: task.line })) };
	},
	prompts(result) {
		const out: PromptCandidate[] = [];
		const overdue = result.open.filter((task) => task.overdue);
		if (overdue.length > 0) {
			out.push({ weight: 50 + Math.min(overdue.length, 10), key: 'reflection.prompt.overdue', vars: () => ({ count: overdue.length, text: overdue[0]?.text ?? '' }), evidence: figureOf(overdue.map((task) => task.path)).paths });
		}
		const old = result.open.filter((task) => task.ageDays > OLD_TASK_DAYS);
		const oldest = old[0];
		if (oldest) {
			out.push({ weight: 45 + Math.min(old.length, 10), key: 'reflection.prompt.oldTasks', vars: () => ({ count: old.length, text: oldest.text, days: oldest.ageDays }), evidence: figureOf(old.map((task) => task.path)).paths });
		}
		return out;
	},
};

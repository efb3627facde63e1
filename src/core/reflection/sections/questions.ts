/**
 * 4. How I ask: the questions she wrote down herself in meeting and conversation notes (never a
 * template's guidance or an inserted question set), sorted into the six
 * categories and feelings by the rules in `../question-rules.ts`. Each figure counts questions and
 * opens the notes that hold them.
 */
import { QUESTION_CATEGORIES, type QuestionCategoryId } from '../../domain';
import { questionCategory } from '../../method/catalogue';
import { PathSet, cellOf, figureOf, percent } from '../figures';
import { findOwnQuestions } from '../question-rules';
import { isMeetingNote } from '../sides';
import type { Block, Figure, PromptCandidate, SectionDefinition } from '../types';

/** A question as found, for the list and the JSON. */
export interface AskedQuestion {
	readonly path: string;
	readonly text: string;
	readonly category: QuestionCategoryId | null;
}

/** What the section computes. */
export interface HowIAsk {
	readonly byCategory: Readonly<Record<QuestionCategoryId, Figure>>;
	readonly unclassified: Figure;
	readonly total: number;
	/** The meeting and conversation notes read. */
	readonly notes: Figure;
	readonly questions: readonly AskedQuestion[];
}

const SIX = QUESTION_CATEGORIES.filter((c) => c !== 'feelings');

export const QUESTIONS_SECTION: SectionDefinition<HowIAsk> = {
	id: 'questions',
	compute(input) {
		const sets = Object.fromEntries(QUESTION_CATEGORIES.map((c) => [c, new PathSet()])) as Record<QuestionCategoryId, PathSet>;
		const unclassified = new PathSet();
		const notes: string[] = [];
		const questions: AskedQuestion[] = [];
		for (const note of input.notes) {
			if (!isMeetingNote(note)) continue;
			notes.push(note.path);
			for (const q of input.perNote('questions', note, (n) => findOwnQuestions(input.writing(n)))) {
				questions.push({ path: note.path, text: q.text, category: q.category });
				if (q.category) sets[q.category].add(note.path);
				else unclassified.add(note.path);
			}
		}
		return {
			byCategory: Object.fromEntries(QUESTION_CATEGORIES.map((c) => [c, sets[c].figure()])) as Record<QuestionCategoryId, Figure>,
			unclassified: unclassified.figure(),
			total: questions.length,
			notes: figureOf(notes),
			questions,
		};
	},
	view(result, t, lang) {
		const blocks: Block[] = [];
		if (result.total === 0) {
			blocks.push({ kind: 'text', text: t(result.notes.n === 0 ? 'reflection.questions.noNotes' : 'reflection.questions.none', { count: result.notes.n }) });
			return { id: 'questions', title: t('reflection.questions.title'), intro: t('reflection.questions.intro'), blocks };
		}
		blocks.push({
			kind: 'stats',
			items: [
				{ label: t('reflection.questions.total'), value: { text: String(result.total), paths: result.notes.paths, n: result.total } },
				{ label: t('reflection.questions.feelingsShare'), value: cellOf(result.byCategory.feelings, `${percent(result.byCategory.feelings.n, result.total)} %`) },
			],
		});
		blocks.push({
			kind: 'bars',
			caption: t('reflection.questions.chart'),
			series: [{ id: 'questions', label: t('reflection.questions.series') }],
			groups: [
				...QUESTION_CATEGORIES.map((c) => ({ label: questionCategory(c).name[lang], values: [cellOf(result.byCategory[c])] })),
				{ label: t('reflection.questions.unclassified'), values: [cellOf(result.unclassified)] },
			],
		});
		blocks.push({ kind: 'text', text: t('reflection.questions.rule') });
		return { id: 'questions', title: t('reflection.questions.title'), intro: t('reflection.questions.intro'), blocks };
	},
	json(result) {
		return {
			questions: { ...Object.fromEntries(QUESTION_CATEGORIES.map((c) => [c, result.byCategory[c].n])), unclassified: result.unclassified.n },
			questionList: result.questions,
		};
	},
	prompts(result) {
		const out: PromptCandidate[] = [];
		const feelings = result.byCategory.feelings.n;
		const maxSix = Math.max(...SIX.map((c) => result.byCategory[c].n));
		if (feelings >= 2 && feelings > maxSix) {
			const last = [...result.questions].reverse().find((q) => q.category === 'feelings');
			out.push({ weight: 75, key: 'reflection.prompt.feelingsMost', vars: () => ({ count: feelings, total: result.total }), evidence: result.byCategory.feelings.paths, ...(last ? { cite: { path: last.path, text: last.text } } : {}) });
		}
		if (result.total >= 3) {
			const missing = SIX.find((c) => result.byCategory[c].n === 0);
			if (missing) {
				out.push({
					weight: 35,
					key: 'reflection.prompt.categoryMissing',
					vars: (lang) => ({ category: questionCategory(missing).name[lang].toLowerCase(), about: questionCategory(missing).asksAbout[lang], question: questionCategory(missing).questions[lang][0] ?? '' }),
					evidence: result.notes.paths,
				});
			}
		} else if (result.total === 0 && result.notes.n > 0) {
			out.push({ weight: 30, key: 'reflection.prompt.noQuestions', vars: () => ({ count: result.notes.n }), evidence: result.notes.paths });
		}
		return out;
	},
};

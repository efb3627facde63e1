/**
 * Precision and recall of the language watch on labelled sentences: the project's own small sets
 * (tests/fixtures/language/*.tsv: `lang <TAB> expected categories <TAB> sentence`) and the blind
 * corpus written by two authors who never saw the lexicon (tests/fixtures/eval/language/, split
 * train/dev/test before any rule). The unit is a (sentence, category) pair: a category expected and
 * found is a true positive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLanguageCategory, LANGUAGE_CATEGORIES, type LanguageCategory } from '../../../src/core/language/lexicon';
import { checkLanguage } from '../../../src/core/language/watch';

/** One labelled sentence. */
export interface LabelledSentence {
	readonly lang: string;
	readonly expected: readonly string[];
	readonly sentence: string;
}

/** The result of scoring a set. */
export interface Score {
	readonly sentences: number;
	readonly clean: number;
	readonly tp: number;
	readonly fp: number;
	readonly fn: number;
	readonly precision: number;
	readonly recall: number;
	/** Sentences where the found categories differ from the expected ones. */
	readonly misses: ReadonlyArray<{ sentence: string; expected: readonly string[]; found: readonly string[] }>;
}

const FIXTURES = join(__dirname, '../../fixtures/language');

/** Reads a labelled set by name (`tune`, `holdout`). */
export function readLabelledSet(name: string): LabelledSentence[] {
	return readFileSync(join(FIXTURES, `${name}.tsv`), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#'))
		.map((line) => {
			const [lang = '', expected = '', sentence = ''] = line.split('\t');
			return { lang, expected: expected === '-' ? [] : expected.split(','), sentence };
		});
}

/** Scores the language watch (default options) on a labelled set. */
export function scoreLabelledSet(set: readonly LabelledSentence[]): Score {
	let tp = 0;
	let fp = 0;
	let fn = 0;
	const misses: Array<{ sentence: string; expected: readonly string[]; found: readonly string[] }> = [];
	for (const s of set) {
		const found: string[] = [...new Set(checkLanguage(s.sentence).map((f) => f.category))];
		const expected = new Set(s.expected);
		for (const c of found) (expected.has(c) ? tp++ : fp++);
		for (const c of expected) if (!found.includes(c)) fn++;
		if (found.length !== expected.size || found.some((c) => !expected.has(c))) misses.push({ sentence: s.sentence, expected: s.expected, found });
	}
	return {
		sentences: set.length,
		clean: set.filter((s) => s.expected.length === 0).length,
		tp,
		fp,
		fn,
		precision: tp + fp === 0 ? 1 : tp / (tp + fp),
		recall: tp + fn === 0 ? 1 : tp / (tp + fn),
		misses,
	};
}

// ---- the blind evaluation corpus (tests/fixtures/eval/language, see GUIDE.md there) ------------------

/** One sentence of the blind corpus. */
export interface EvalSentence {
	readonly id: string;
	readonly author: string;
	readonly lang: string;
	readonly expected: readonly string[];
	/** flagged, clean-tricky or clean-plain. */
	readonly kind: string;
	readonly sentence: string;
}

const EVAL = join(__dirname, '../../fixtures/eval/language');

/** Reads a part of the blind corpus: `train`, `dev` or `test` (split by hash before any rule). */
export function readEvalPart(part: 'train' | 'dev' | 'test'): EvalSentence[] {
	return readFileSync(join(EVAL, `${part}.tsv`), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('id\t'))
		.map((line) => {
			const [id = '', author = '', lang = '', labels = '', kind = '', sentence = ''] = line.split('\t');
			return { id, author, lang, expected: labels === '-' ? [] : labels.split(','), kind, sentence };
		});
}

/** Precision and recall for one category; a category counts once per sentence. */
export interface CategoryScore {
	readonly tp: number;
	readonly fp: number;
	readonly fn: number;
	readonly precision: number;
	readonly recall: number;
}

/** The overall (micro) score and one per category. */
export interface EvalScore {
	readonly sentences: number;
	readonly overall: CategoryScore;
	readonly byCategory: Readonly<Record<LanguageCategory, CategoryScore>>;
}

function categoryScore(tp: number, fp: number, fn: number): CategoryScore {
	return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/** Scores the language watch (default options) on a part: per sentence, a category found anywhere counts once. */
export function scoreEvalPart(set: readonly EvalSentence[]): EvalScore {
	const counts = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<LanguageCategory, { tp: number; fp: number; fn: number }>;
	for (const s of set) {
		const found = new Set(checkLanguage(s.sentence).map((f) => f.category));
		const expected = new Set(s.expected.filter(isLanguageCategory));
		for (const c of found) counts[c][expected.has(c) ? 'tp' : 'fp']++;
		for (const c of expected) if (!found.has(c)) counts[c].fn++;
	}
	const sum = (k: 'tp' | 'fp' | 'fn'): number => LANGUAGE_CATEGORIES.reduce((n, c) => n + counts[c][k], 0);
	return {
		sentences: set.length,
		overall: categoryScore(sum('tp'), sum('fp'), sum('fn')),
		byCategory: Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, categoryScore(counts[c].tp, counts[c].fp, counts[c].fn)])) as Record<LanguageCategory, CategoryScore>,
	};
}

/** The figures as lines of text: overall, then per category (no sentences, so the test part's stay unread). */
export function formatEvalScore(name: string, s: EvalScore): string {
	const f = (x: number): string => x.toFixed(2);
	const line = (label: string, c: CategoryScore): string => `  ${label.padEnd(16)} P ${f(c.precision)}  R ${f(c.recall)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
	return [`${name}: ${s.sentences} sentences`, line('overall', s.overall), ...LANGUAGE_CATEGORIES.map((c) => line(c, s.byCategory[c]))].join('\n');
}

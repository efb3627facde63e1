/**
 * Precision and recall of the language watch on a labelled set of sentences
 * (tests/fixtures/language/*.tsv: `lang <TAB> expected categories <TAB> sentence`).
 * The unit is a (sentence, category) pair: a category expected and found is a true positive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

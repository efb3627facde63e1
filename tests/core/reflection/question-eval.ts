/**
 * The question-sorting evaluation (tests/fixtures/eval/questions/): reads a split and measures the
 * rules on it, per category (recall: of the questions labelled X, how many the rules put in X;
 * precision: of those the rules put in X, how many are labelled X). A prediction is right when it is
 * the label or the accepted second label (`also`). "unclassified" is a category like the others.
 */
import { readFileSync } from 'node:fs';
import { classifyQuestion } from '../../../src/core/reflection/question-rules';

export const EVAL_LABELS = ['actions', 'intentions', 'observations', 'thoughts', 'knowledge', 'experiences', 'feelings', 'unclassified'] as const;
export type EvalLabel = (typeof EVAL_LABELS)[number];

export interface EvalItem {
	readonly id: string;
	readonly lang: string;
	readonly label: EvalLabel;
	readonly also: EvalLabel | null;
	readonly question: string;
}

export function loadSplit(split: 'train' | 'dev' | 'test'): EvalItem[] {
	const text = readFileSync(`tests/fixtures/eval/questions/${split}.tsv`, 'utf8');
	const out: EvalItem[] = [];
	for (const line of text.split('\n')) {
		if (line.startsWith('#') || line.startsWith('id\t') || line.trim() === '') continue;
		const [id = '', , lang = '', label = '', also = '-', ...rest] = line.split('\t');
		out.push({ id, lang, label: label as EvalLabel, also: also === '-' || also === '' ? null : (also as EvalLabel), question: rest.join('\t') });
	}
	return out;
}

export interface CategoryScore {
	readonly n: number;
	readonly recall: number;
	readonly precision: number;
}

export interface EvalScore {
	readonly n: number;
	readonly accuracy: number;
	readonly perCategory: Readonly<Record<EvalLabel, CategoryScore>>;
	readonly errors: readonly { readonly item: EvalItem; readonly predicted: EvalLabel }[];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function predict(question: string): EvalLabel {
	return classifyQuestion(question) ?? 'unclassified';
}

export function evaluate(items: readonly EvalItem[]): EvalScore {
	const errors: { item: EvalItem; predicted: EvalLabel }[] = [];
	const tp: Record<string, number> = {};
	const labelled: Record<string, number> = {};
	const predictedN: Record<string, number> = {};
	let right = 0;
	for (const item of items) {
		const predicted = predict(item.question);
		const ok = predicted === item.label || predicted === item.also;
		labelled[item.label] = (labelled[item.label] ?? 0) + 1;
		predictedN[predicted] = (predictedN[predicted] ?? 0) + 1;
		if (ok) {
			right++;
			tp[item.label] = (tp[item.label] ?? 0) + 1;
			// A right answer by the second label counts as right for the label it was filed under.
			if (predicted !== item.label) {
				predictedN[predicted] = (predictedN[predicted] ?? 1) - 1;
				predictedN[item.label] = (predictedN[item.label] ?? 0) + 1;
			}
		} else errors.push({ item, predicted });
	}
	const perCategory = Object.fromEntries(
		EVAL_LABELS.map((c) => [c, { n: labelled[c] ?? 0, recall: round((tp[c] ?? 0) / Math.max(1, labelled[c] ?? 0)), precision: round((tp[c] ?? 0) / Math.max(1, predictedN[c] ?? 0)) }]),
	) as Record<EvalLabel, CategoryScore>;
	return { n: items.length, accuracy: round(right / Math.max(1, items.length)), perCategory, errors };
}

/** One line per category: `label n recall precision`. */
export function scoreTable(name: string, score: EvalScore): string {
	const rows = EVAL_LABELS.map((c) => `  ${c.padEnd(13)} n=${String(score.perCategory[c].n).padStart(3)}  recall ${score.perCategory[c].recall.toFixed(2)}  precision ${score.perCategory[c].precision.toFixed(2)}`);
	return [`${name}: ${score.n} questions, accuracy ${score.accuracy.toFixed(3)}`, ...rows].join('\n');
}

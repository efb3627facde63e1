/** Loads the classifier's labelled sets and scores predictions against them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GAZES } from '../../../src/core/domain';
import type { GazeId } from '../../../src/core/domain';
import { parseNote } from '../../../src/core/note-parser';
import type { ClassifierInput } from '../../../src/core/tagging/classify';

/** A labelled note. */
export interface LabelledNote {
	readonly file: string;
	readonly text: string;
	readonly labels: readonly GazeId[];
}

export const SETS_DIR = join(__dirname, '../../fixtures/classifier');

export function loadSet(name: 'tuning' | 'held-out'): LabelledNote[] {
	const dir = join(SETS_DIR, name);
	const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, GazeId[]>;
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((file) => {
			const l = labels[file];
			if (!l) throw new Error(`no labels for ${name}/${file}`);
			return { file, text: readFileSync(join(dir, file), 'utf8'), labels: l };
		});
}

/** The blind gaze evaluation set: 300 notes by three authors who never saw the rules, split by hash. */
export const GAZE_EVAL_DIR = join(__dirname, '../../fixtures/eval/gaze');

/** The parts of the blind gaze set: develop on train and dev; test is run only to report. */
export type GazePart = 'train' | 'dev' | 'test';

/** One part of the blind gaze set (`tests/fixtures/eval/gaze/<part>`), labelled by its authors. */
export function loadGazePart(part: GazePart): LabelledNote[] {
	const dir = join(GAZE_EVAL_DIR, part);
	const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, GazeId[]>;
	return readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((file) => {
			const l = labels[file];
			if (!l) throw new Error(`no labels for gaze/${part}/${file}`);
			return { file, text: readFileSync(join(dir, file), 'utf8'), labels: l };
		});
}

/** A classifier input from a note's text, through the note parser (as the plugin and the CLI do). */
export function inputFromText(text: string): ClassifierInput {
	const parsed = parseNote({ path: 'note.md', content: text, mtime: 0, ctime: 0 });
	if (!parsed.ok) throw new Error(`unreadable labelled note: ${parsed.reason}`);
	return parsed.note;
}

/** Precision, recall and F1 of one gaze, and the counts behind them. */
export interface GazeFigures {
	readonly tp: number;
	readonly fp: number;
	readonly fn: number;
	readonly tn: number;
	readonly precision: number;
	readonly recall: number;
	readonly f1: number;
	/** Share of notes where the gaze's yes/no matches the label. */
	readonly accuracy: number;
}

/** The evaluation of a set: per gaze, micro-averaged, and exact match (all three gazes right). */
export interface Evaluation {
	readonly notes: number;
	readonly perGaze: Readonly<Record<GazeId, GazeFigures>>;
	readonly micro: { readonly precision: number; readonly recall: number; readonly f1: number };
	readonly exactMatch: number;
	readonly errors: readonly { file: string; expected: readonly GazeId[]; got: readonly GazeId[] }[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function evaluate(notes: readonly LabelledNote[], predict: (n: LabelledNote) => readonly GazeId[]): Evaluation {
	const counts = Object.fromEntries(GAZES.map((g) => [g, { tp: 0, fp: 0, fn: 0, tn: 0 }])) as Record<GazeId, { tp: number; fp: number; fn: number; tn: number }>;
	let exact = 0;
	const errors: { file: string; expected: readonly GazeId[]; got: readonly GazeId[] }[] = [];
	for (const note of notes) {
		const got = predict(note);
		let allRight = true;
		for (const g of GAZES) {
			const want = note.labels.includes(g);
			const has = got.includes(g);
			const c = counts[g];
			if (want && has) c.tp++;
			else if (!want && has) c.fp++;
			else if (want && !has) c.fn++;
			else c.tn++;
			if (want !== has) allRight = false;
		}
		if (allRight) exact++;
		else errors.push({ file: note.file, expected: note.labels, got });
	}
	const perGaze = Object.fromEntries(
		GAZES.map((g) => {
			const c = counts[g];
			const precision = ratio(c.tp, c.tp + c.fp);
			const recall = ratio(c.tp, c.tp + c.fn);
			return [g, { ...c, precision, recall, f1: f1(precision, recall), accuracy: ratio(c.tp + c.tn, notes.length) }];
		}),
	) as Record<GazeId, GazeFigures>;
	const tp = GAZES.reduce((s, g) => s + counts[g].tp, 0);
	const fp = GAZES.reduce((s, g) => s + counts[g].fp, 0);
	const fn = GAZES.reduce((s, g) => s + counts[g].fn, 0);
	const precision = ratio(tp, tp + fp);
	const recall = ratio(tp, tp + fn);
	return { notes: notes.length, perGaze, micro: { precision, recall, f1: f1(precision, recall) }, exactMatch: ratio(exact, notes.length), errors };
}

/** The evaluation as a small text table. */
export function formatEvaluation(name: string, e: Evaluation): string {
	const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
	const lines = [`${name}: ${e.notes} notes; micro P ${pct(e.micro.precision)} R ${pct(e.micro.recall)} F1 ${e.micro.f1.toFixed(3)}; exact match (all three) ${pct(e.exactMatch)}`];
	for (const g of GAZES) {
		const f = e.perGaze[g];
		lines.push(`  ${g.padEnd(8)} P ${pct(f.precision).padStart(6)}  R ${pct(f.recall).padStart(6)}  F1 ${f.f1.toFixed(3)}  right yes/no ${pct(f.accuracy).padStart(6)}  (tp ${f.tp} fp ${f.fp} fn ${f.fn} tn ${f.tn})`);
	}
	return lines.join('\n');
}

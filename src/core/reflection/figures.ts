/** Small builders for figures and cells: a count always travels with the notes behind it. */
import type { Translate } from '../i18n';
import type { Cell, Figure } from './types';

/** Collects the notes behind a figure, each path once, in the order added. */
export class PathSet {
	private readonly seen = new Set<string>();
	private readonly list: string[] = [];
	private count = 0;

	/** Adds one occurrence (a note, a question, a task) found in a note. */
	add(path: string): void {
		this.count++;
		if (this.seen.has(path)) return;
		this.seen.add(path);
		this.list.push(path);
	}

	/** The figure: `n` occurrences in `paths`. */
	figure(): Figure {
		return { n: this.count, paths: this.list };
	}
}

/** A figure counting notes: one per path. */
export function figureOf(paths: readonly string[]): Figure {
	const unique = [...new Set(paths)];
	return { n: unique.length, paths: unique };
}

export const EMPTY_FIGURE: Figure = { n: 0, paths: [] };

/** A cell showing a figure's number (or the given text) and opening its notes. */
export function cellOf(figure: Figure, text: string = String(figure.n)): Cell {
	return { text, paths: figure.paths, n: figure.n };
}

/** A cell of plain text. */
export function textCell(text: string, paths: readonly string[] = []): Cell {
	return { text, paths };
}

/** A share as a whole percentage; 0 when there is nothing to share. */
export function percent(part: number, whole: number): number {
	return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** "1 day", "3 days" in the UI language. */
export function dayCount(t: Translate, count: number): string {
	return t('reflection.days', { count });
}

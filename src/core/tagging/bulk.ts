/**
 * Tagging many notes one after another: progress, cancellation, and a summary of what was written
 * and what was refused, and why. The writing itself is handed in (the adapter's `Vault.process`), so
 * this runs in Node tests without mocks.
 */
import type { GazeId } from '../domain';
import type { RefusalCode } from './frontmatter-edit';

/** One note to tag, with the gazes the user accepted for it. */
export interface BulkItem {
	readonly path: string;
	readonly gazes: readonly GazeId[];
}

/** What writing one note came to. */
export type BulkOutcome =
	| { readonly kind: 'changed' }
	| { readonly kind: 'unchanged' }
	| { readonly kind: 'refused'; readonly reason: RefusalCode | 'missing' | 'error'; readonly message: string };

/** The result of a bulk run. */
export interface BulkSummary {
	readonly total: number;
	readonly written: readonly string[];
	readonly unchanged: readonly string[];
	/** Items with no gaze chosen: nothing to write. */
	readonly skipped: readonly string[];
	readonly refused: readonly { readonly path: string; readonly reason: string; readonly message: string }[];
	/** True when the run was cancelled before the end; the remaining items were not touched. */
	readonly cancelled: boolean;
}

/** Hooks of a bulk run. */
export interface BulkOptions {
	/** Writes one note; must never throw (a thrown error is reported as refused). */
	readonly write: (item: BulkItem) => Promise<BulkOutcome>;
	/** Checked before every note; true stops the run. */
	readonly isCancelled?: () => boolean;
	/** Called after every note. */
	readonly onProgress?: (done: number, total: number) => void;
	/** Lets the UI breathe between notes (e.g. a zero-delay timeout); called every `yieldEvery` notes. */
	readonly yieldToUi?: () => Promise<void>;
	/** Default 10. */
	readonly yieldEvery?: number;
}

/** Tags the items in order; never throws. */
export async function runBulkTagging(items: readonly BulkItem[], options: BulkOptions): Promise<BulkSummary> {
	const written: string[] = [];
	const unchanged: string[] = [];
	const skipped: string[] = [];
	const refused: { path: string; reason: string; message: string }[] = [];
	const every = Math.max(1, options.yieldEvery ?? 10);
	let done = 0;
	let cancelled = false;
	for (const item of items) {
		if (options.isCancelled?.()) {
			cancelled = true;
			break;
		}
		if (item.gazes.length === 0) {
			skipped.push(item.path);
		} else {
			let outcome: BulkOutcome;
			try {
				outcome = await options.write(item);
			} catch (error) {
				outcome = { kind: 'refused', reason: 'error', message: error instanceof Error ? error.message : String(error) };
			}
			if (outcome.kind === 'changed') written.push(item.path);
			else if (outcome.kind === 'unchanged') unchanged.push(item.path);
			else refused.push({ path: item.path, reason: outcome.reason, message: outcome.message });
		}
		done++;
		options.onProgress?.(done, items.length);
		if (options.yieldToUi && done % every === 0) await options.yieldToUi();
	}
	return { total: items.length, written, unchanged, skipped, refused, cancelled };
}

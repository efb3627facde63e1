import type { IndexChange } from '../../core/journal-index';
import { SearchIndex, type RelatedReflection, type SearchOutcome } from '../../core/search';
import type { PluginContext } from '../context';

/** How long one slice of indexing may hold the UI thread. */
const SLICE_MS = 8;

/** How far the search index has come, for a line in the modal. */
export interface SearchProgress {
	readonly done: number;
	readonly total: number;
}

/**
 * Keeps the search index for the plugin: nothing at load; after layout ready it follows the journal
 * index's changes (coalesced per path) and indexes them in slices of at most a few milliseconds, so
 * the first build of a large journal never freezes Obsidian. Searches run on what is indexed so far.
 */
export class SearchService {
	private readonly index = new SearchIndex();
	/** Paths whose search entry is out of date; the journal index holds the truth. */
	private readonly pending = new Set<string>();
	private readonly listeners = new Set<() => void>();
	private timer: number | null = null;
	private unsubscribe: (() => void) | null = null;
	private total = 0;

	constructor(private readonly ctx: PluginContext) {}

	/** Starts following the journal index (after layout ready); stops on unload. */
	start(): void {
		if (this.unsubscribe) return;
		this.unsubscribe = this.ctx.index.onChange((change: IndexChange) => this.enqueue(change.kind === 'upsert' ? change.note.path : change.path));
		for (const note of this.ctx.index.notes()) this.enqueue(note.path);
		this.ctx.plugin.register(() => this.stop());
	}

	/** Stops following and drops any scheduled slice. */
	stop(): void {
		this.unsubscribe?.();
		this.unsubscribe = null;
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.pending.clear();
		this.listeners.clear();
	}

	/** Indexing progress; `done === total` when the index is up to date. */
	progress(): SearchProgress {
		return { done: this.total - this.pending.size, total: this.total };
	}

	/** Calls `listener` whenever a slice of indexing finished; returns the function that unsubscribes. */
	onUpdate(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	search(query: string, limit: number): SearchOutcome {
		return this.index.search(query, { limit });
	}

	/** Related reflections for a note; brings that one note up to date first. */
	related(path: string, limit = 10): RelatedReflection[] {
		if (this.pending.delete(path)) this.sync(path);
		return this.index.related(path, { limit });
	}

	private enqueue(path: string): void {
		if (!this.pending.has(path)) {
			if (this.pending.size === 0) this.total = 0;
			this.pending.add(path);
			this.total++;
		}
		if (this.timer === null) this.timer = window.setTimeout(() => this.drain(), 0);
	}

	private drain(): void {
		this.timer = null;
		const start = performance.now();
		for (const path of this.pending) {
			this.pending.delete(path);
			this.sync(path);
			if (performance.now() - start > SLICE_MS) break;
		}
		if (this.pending.size > 0) this.timer = window.setTimeout(() => this.drain(), 0);
		for (const listener of this.listeners) listener();
	}

	private sync(path: string): void {
		const note = this.ctx.index.get(path);
		if (note) this.index.upsert(note);
		else this.index.remove(path);
	}
}

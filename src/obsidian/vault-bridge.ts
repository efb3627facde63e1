import { TFile, getAllTags, type App, type Component, type TAbstractFile } from 'obsidian';
import { readGazeTag } from '../core/domain';
import {
	IndexCacheReader,
	StampedIndex,
	cacheText,
	planWarmStart,
	sameStamp,
	type CachedFile,
	type FileStamp,
	type IndexCacheKey,
} from '../core/index-cache';
import type { JournalIndex } from '../core/journal-index';
import type { NoteFile } from '../core/note-parser';

/** How long one slice of the first build may run before yielding to Obsidian (well under a frame). */
const SLICE_MS = 8;
/** How many files are read at once during the first build. */
const READ_BATCH = 64;
/** How long after the last change the cache is written (one write per burst of edits). */
const CACHE_SAVE_DELAY_MS = 10_000;

/** Progress of the first build, for a status line. */
export interface BuildProgress {
	readonly done: number;
	readonly total: number;
}

/** What the last build did: files put back from the cache, files read, cached files gone. */
export interface BuildReport {
	readonly restored: number;
	readonly read: number;
	readonly dropped: number;
	/** Why the cache was not used, when it was not. */
	readonly cacheRejected: string | null;
}

/** Where the persisted index cache lives, and for which plugin version it is valid. */
export interface IndexCacheOptions {
	/** Vault-relative path of the cache file, in the plugin's folder. */
	readonly path: string;
	readonly pluginVersion: string;
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

function stampOf(file: TFile): FileStamp {
	return { mtime: file.stat.mtime, size: file.stat.size };
}

/**
 * Feeds the journal index from the vault: a first build after layout ready, in slices that never
 * hold the UI thread for more than a few milliseconds, then one re-parse per created, modified or
 * renamed note and one removal per deleted note. Nothing else is ever re-read.
 *
 * With a cache (docs/DESIGN.md, "Scale"), the build first puts back every note whose modification
 * time and size are unchanged since the cache was written, and reads only the others. The cache is
 * written a few seconds after changes settle, never in `onunload`: a cache that misses the last edits
 * is still correct, because those files' stamps no longer match and they are simply read again.
 */
export class VaultBridge {
	private building: Promise<void> | null = null;
	/** Resolves when the first build is done: what `whenBuilt` waits for before any build has started. */
	private readonly firstBuilt: Promise<void>;
	private markFirstBuilt: () => void = () => undefined;
	private generation = 0;
	private readonly stamped: StampedIndex;
	private saveTimer: number | null = null;
	private saving: Promise<void> | null = null;
	private report: BuildReport = { restored: 0, read: 0, dropped: 0, cacheRejected: null };

	constructor(
		private readonly app: App,
		private readonly index: JournalIndex,
		private readonly cache: IndexCacheOptions | null = null,
	) {
		this.firstBuilt = new Promise((resolve) => (this.markFirstBuilt = resolve));
		this.stamped = new StampedIndex(index);
	}

	/** Subscribes to vault events for the lifetime of `owner` (unsubscribed on unload). */
	listen(owner: Component): void {
		const { vault } = this.app;
		owner.registerEvent(vault.on('create', (file) => void this.offer(file)));
		owner.registerEvent(vault.on('modify', (file) => void this.offer(file)));
		owner.registerEvent(
			vault.on('delete', (file) => {
				if (!(file instanceof TFile)) return;
				this.stamped.remove(file.path);
				this.scheduleSave();
			}),
		);
		owner.registerEvent(
			vault.on('rename', (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				this.stamped.remove(oldPath);
				this.scheduleSave();
				void this.offer(file);
			}),
		);
		owner.register(() => {
			if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
			this.saveTimer = null;
			this.generation++;
		});
	}

	/**
	 * (Re)builds the index from the notes that can be journal notes: those in a journal folder and
	 * those Obsidian's metadata cache already knows to carry a gaze tag. Resolves when done; a newer
	 * call supersedes an older one.
	 */
	build(onProgress?: (progress: BuildProgress) => void): Promise<void> {
		const generation = ++this.generation;
		this.building = this.runBuild(generation, onProgress);
		void this.building.then(this.markFirstBuilt, this.markFirstBuilt);
		return this.building;
	}

	/** Resolves when the current build is done; before the first build has started, when that one is. */
	whenBuilt(): Promise<void> {
		return this.building ?? this.firstBuilt;
	}

	/** What the last finished build did. */
	get lastBuild(): BuildReport {
		return this.report;
	}

	/** Writes the cache now (after a pending delayed save); resolves when written. */
	async saveCacheNow(): Promise<void> {
		if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
		this.saveTimer = null;
		await this.saving;
		this.saving = this.writeCache();
		await this.saving;
	}

	/** True when the file can be a journal note: in a journal folder, or gaze-tagged per the metadata cache. */
	private isCandidate(file: TFile): boolean {
		if (this.index.isInJournalFolder(file.path)) return true;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return false;
		return (getAllTags(cache) ?? []).some((tag) => readGazeTag(tag) !== null);
	}

	/** The candidates; choosing them looks at every file's cached tags, so in a 50 000-note vault that too is sliced. */
	private async candidates(generation: number): Promise<TFile[] | null> {
		const files: TFile[] = [];
		let sliceStart = performance.now();
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (this.isCandidate(file)) files.push(file);
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToUi();
				if (generation !== this.generation) return null;
				sliceStart = performance.now();
			}
		}
		return files;
	}

	private cacheKey(): IndexCacheKey | null {
		return this.cache ? { pluginVersion: this.cache.pluginVersion, journalFolders: this.index.journalFolders } : null;
	}

	/** Reads the cache file in slices; the cached files, or why there are none. */
	private async loadCache(generation: number): Promise<{ ok: true; files: Map<string, CachedFile> } | { ok: false; reason: string }> {
		const key = this.cacheKey();
		if (!this.cache || !key) return { ok: false, reason: 'no cache configured' };
		let text: string;
		try {
			const adapter = this.app.vault.adapter;
			if (!(await adapter.exists(this.cache.path))) return { ok: false, reason: 'no cache' };
			text = await adapter.read(this.cache.path);
		} catch (error) {
			return { ok: false, reason: error instanceof Error ? error.message : String(error) };
		}
		const opened = IndexCacheReader.open(text, key);
		if (!opened.ok) return opened;
		const files = new Map<string, CachedFile>();
		let sliceStart = performance.now();
		while (!opened.reader.done) {
			const next = opened.reader.next();
			if (next === null) continue;
			if (!next.ok) return next;
			files.set(next.path, next.entry);
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToUi();
				if (generation !== this.generation) return { ok: false, reason: 'superseded' };
				sliceStart = performance.now();
			}
		}
		return { ok: true, files };
	}

	private async runBuild(generation: number, onProgress?: (progress: BuildProgress) => void): Promise<void> {
		const cached = this.cache ? await this.loadCache(generation) : null;
		if (generation !== this.generation) return;
		// Candidates are taken after the (asynchronous) cache read, so files created or deleted
		// meanwhile are seen as they are now.
		const files = await this.candidates(generation);
		if (files === null) return;
		let toRestore: Array<readonly [TFile, CachedFile]> = [];
		let toRead: TFile[] = [...files];
		let dropped = 0;
		if (cached?.ok) {
			const byPath = new Map(files.map((file) => [file.path, file]));
			const plan = planWarmStart(cached.files, files.map((file) => ({ path: file.path, stamp: stampOf(file) })));
			toRestore = plan.reuse.flatMap(([path, entry]) => {
				const file = byPath.get(path);
				return file ? [[file, entry] as const] : [];
			});
			toRead = plan.reread.flatMap((path) => byPath.get(path) ?? []);
			dropped = plan.dropped;
		}
		this.stamped.clear();
		const total = files.length;
		let done = 0;
		let sliceStart = performance.now();
		let restored = 0;
		for (const [file, entry] of toRestore) {
			// A file changed since the plan was made is read instead of put back.
			if (sameStamp(stampOf(file), entry.stamp)) {
				this.stamped.restore(file.path, entry);
				restored++;
				done++;
			} else {
				toRead.push(file);
			}
			if (performance.now() - sliceStart > SLICE_MS) {
				onProgress?.({ done, total });
				await yieldToUi();
				if (generation !== this.generation) return;
				sliceStart = performance.now();
			}
		}
		for (let i = 0; i < toRead.length; i += READ_BATCH) {
			const batch = toRead.slice(i, i + READ_BATCH);
			const read = await Promise.all(batch.map((file) => this.read(file)));
			if (generation !== this.generation) return;
			sliceStart = performance.now();
			for (const item of read) {
				if (item) this.stamped.upsert(item.file, item.stamp);
				if (performance.now() - sliceStart > SLICE_MS) {
					await yieldToUi();
					if (generation !== this.generation) return;
					sliceStart = performance.now();
				}
			}
			done += batch.length;
			onProgress?.({ done, total });
		}
		this.report = { restored, read: toRead.length, dropped, cacheRejected: cached && !cached.ok ? cached.reason : null };
		if (this.cache && (toRead.length > 0 || dropped > 0 || !cached?.ok)) this.scheduleSave(0);
	}

	private scheduleSave(delay = CACHE_SAVE_DELAY_MS): void {
		if (!this.cache) return;
		if (this.saveTimer !== null) window.clearTimeout(this.saveTimer);
		this.saveTimer = window.setTimeout(() => {
			this.saveTimer = null;
			void this.saveCacheNow();
		}, delay);
	}

	/** Serialises the cache in slices (one JSON line per file), then writes it in one go. */
	private async writeCache(): Promise<void> {
		const key = this.cacheKey();
		if (!this.cache || !key) return;
		const generation = this.generation;
		const lines: string[] = [];
		let sliceStart = performance.now();
		for (const line of this.stamped.cacheLines()) {
			lines.push(line);
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToUi();
				// The index was rebuilt or the plugin unloaded meanwhile: write nothing half-made.
				if (generation !== this.generation) return;
				sliceStart = performance.now();
			}
		}
		try {
			await this.app.vault.adapter.write(this.cache.path, cacheText(key, lines));
		} catch {
			// The cache only speeds up the next start; failing to write it loses nothing.
		}
	}

	private async offer(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile) || file.extension !== 'md') return;
		const item = await this.read(file);
		if (!item) return;
		this.stamped.upsert(item.file, item.stamp);
		this.scheduleSave();
	}

	private async read(file: TFile): Promise<{ file: NoteFile; stamp: FileStamp } | null> {
		try {
			const stamp = stampOf(file);
			const content = await this.app.vault.cachedRead(file);
			return { file: { path: file.path, content, mtime: file.stat.mtime, ctime: file.stat.ctime }, stamp };
		} catch {
			// The file vanished between the event and the read; its delete event will follow.
			return null;
		}
	}
}

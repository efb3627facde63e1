import { TFile, getAllTags, type App, type Component, type TAbstractFile } from 'obsidian';
import { readGazeTag } from '../core/domain';
import type { JournalIndex } from '../core/journal-index';
import type { NoteFile } from '../core/note-parser';

/** How long one slice of the first build may run before yielding to Obsidian (well under a frame). */
const SLICE_MS = 8;
/** How many files are read at once during the first build. */
const READ_BATCH = 64;

/** Progress of the first build, for a status line. */
export interface BuildProgress {
	readonly done: number;
	readonly total: number;
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Feeds the journal index from the vault: a first build after layout ready, in slices that never
 * hold the UI thread for more than a few milliseconds, then one re-parse per created, modified or
 * renamed note and one removal per deleted note. Nothing else is ever re-read.
 */
export class VaultBridge {
	private building: Promise<void> | null = null;
	private generation = 0;

	constructor(
		private readonly app: App,
		private readonly index: JournalIndex,
	) {}

	/** Subscribes to vault events for the lifetime of `owner` (unsubscribed on unload). */
	listen(owner: Component): void {
		const { vault } = this.app;
		owner.registerEvent(vault.on('create', (file) => void this.offer(file)));
		owner.registerEvent(vault.on('modify', (file) => void this.offer(file)));
		owner.registerEvent(
			vault.on('delete', (file) => {
				if (file instanceof TFile) this.index.remove(file.path);
			}),
		);
		owner.registerEvent(
			vault.on('rename', (file, oldPath) => {
				if (!(file instanceof TFile)) return;
				this.index.remove(oldPath);
				void this.offer(file);
			}),
		);
	}

	/**
	 * (Re)builds the index from the notes that can be journal notes: those in a journal folder and
	 * those Obsidian's metadata cache already knows to carry a gaze tag. Resolves when done; a newer
	 * call supersedes an older one.
	 */
	build(onProgress?: (progress: BuildProgress) => void): Promise<void> {
		const generation = ++this.generation;
		this.building = this.runBuild(generation, onProgress);
		return this.building;
	}

	/** Resolves when the current build is done. */
	whenBuilt(): Promise<void> {
		return this.building ?? Promise.resolve();
	}

	/** True when the file can be a journal note: in a journal folder, or gaze-tagged per the metadata cache. */
	private isCandidate(file: TFile): boolean {
		if (this.index.isInJournalFolder(file.path)) return true;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return false;
		return (getAllTags(cache) ?? []).some((tag) => readGazeTag(tag) !== null);
	}

	private async runBuild(generation: number, onProgress?: (progress: BuildProgress) => void): Promise<void> {
		this.index.clear();
		// Choosing candidates looks at every file's cached tags: in a 50 000-note vault that too is sliced.
		const files: TFile[] = [];
		let sliceStart = performance.now();
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (this.isCandidate(file)) files.push(file);
			if (performance.now() - sliceStart > SLICE_MS) {
				await yieldToUi();
				if (generation !== this.generation) return;
				sliceStart = performance.now();
			}
		}
		for (let i = 0; i < files.length; i += READ_BATCH) {
			const batch = files.slice(i, i + READ_BATCH);
			const read = await Promise.all(batch.map((file) => this.read(file)));
			if (generation !== this.generation) return;
			sliceStart = performance.now();
			for (const noteFile of read) {
				if (noteFile) this.index.upsert(noteFile);
				if (performance.now() - sliceStart > SLICE_MS) {
					await yieldToUi();
					if (generation !== this.generation) return;
					sliceStart = performance.now();
				}
			}
			onProgress?.({ done: Math.min(i + READ_BATCH, files.length), total: files.length });
		}
	}

	private async offer(file: TAbstractFile): Promise<void> {
		if (!(file instanceof TFile) || file.extension !== 'md') return;
		const noteFile = await this.read(file);
		if (noteFile) this.index.upsert(noteFile);
	}

	private async read(file: TFile): Promise<NoteFile | null> {
		try {
			const content = await this.app.vault.cachedRead(file);
			return { path: file.path, content, mtime: file.stat.mtime, ctime: file.stat.ctime };
		} catch {
			// The file vanished between the event and the read; its delete event will follow.
			return null;
		}
	}
}

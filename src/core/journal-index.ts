/**
 * The journal index: every journal note parsed once into a `JournalNote`, kept up to date by
 * create, modify, rename and delete events, and read by every feature. It knows nothing of where
 * files come from: the Obsidian bridge and the command line feed it `NoteFile`s.
 */
import { isInFolder } from './folders';
import type { JournalNote, SkippedNote } from './journal-note';
import { parseNote, type NoteFile } from './note-parser';
import { looksBinaryText, nfc } from './text';

/** What changed in the index, for listeners that keep derived data (the search index). */
export type IndexChange =
	| { readonly kind: 'upsert'; readonly note: JournalNote; readonly previous: JournalNote | null }
	| { readonly kind: 'remove'; readonly path: string; readonly previous: JournalNote };

/** Receives every change, in order. */
export type IndexListener = (change: IndexChange) => void;

/** What the index needs to know to decide which notes are journal notes. */
export interface JournalIndexOptions {
	/** Normalised, vault-relative journal folders (see `checkFolders`). */
	readonly journalFolders: readonly string[];
}

/** The outcome of offering one file to the index. */
export type UpsertOutcome = 'indexed' | 'not-journal' | 'skipped';

export class JournalIndex {
	private readonly notesByPath = new Map<string, JournalNote>();
	private readonly skippedByPath = new Map<string, string>();
	private readonly listeners = new Set<IndexListener>();
	private folders: readonly string[];
	private rev = 0;

	constructor(options: JournalIndexOptions) {
		this.folders = options.journalFolders;
	}

	/** Increases on every change; views compare it to know whether to re-render. */
	get revision(): number {
		return this.rev;
	}

	/** The number of journal notes. */
	get size(): number {
		return this.notesByPath.size;
	}

	/** The journal folders in force. */
	get journalFolders(): readonly string[] {
		return this.folders;
	}

	/** True when the path lies in one of the journal folders. */
	isInJournalFolder(path: string): boolean {
		return this.folders.some((folder) => isInFolder(path, folder));
	}

	/**
	 * Parses a file and keeps it when it is a journal note (in a journal folder, or carrying a gaze
	 * tag). A file that cannot be parsed is remembered as skipped, with its reason, and any earlier
	 * record of it is removed.
	 */
	upsert(file: NoteFile): UpsertOutcome {
		if (!file.path.toLowerCase().endsWith('.md')) return 'not-journal';
		// A picture (or any binary file) renamed `.md` is not a note.
		const result = looksBinaryText(file.content) ? { ok: false as const, reason: 'not text (binary data)' } : parseNote(file);
		if (!result.ok) {
			this.removeRecord(file.path);
			if (this.isInJournalFolder(file.path) || this.skippedByPath.has(file.path)) {
				this.skippedByPath.set(file.path, result.reason);
				this.rev++;
			}
			return this.skippedByPath.has(file.path) ? 'skipped' : 'not-journal';
		}
		this.skippedByPath.delete(file.path);
		const note = result.note;
		if (!this.isInJournalFolder(note.path) && note.gazes.length === 0) {
			this.removeRecord(file.path);
			return 'not-journal';
		}
		const previous = this.notesByPath.get(note.path) ?? null;
		this.notesByPath.set(note.path, note);
		this.rev++;
		this.emit({ kind: 'upsert', note, previous });
		return 'indexed';
	}

	/**
	 * Puts back a record parsed in an earlier session (the persisted cache, `index-cache.ts`), as
	 * `upsert` of the unchanged file would have left it. Listeners see an ordinary upsert.
	 */
	restore(note: JournalNote): void {
		if (!this.isInJournalFolder(note.path) && note.gazes.length === 0) return;
		this.skippedByPath.delete(note.path);
		const previous = this.notesByPath.get(note.path) ?? null;
		this.notesByPath.set(note.path, note);
		this.rev++;
		this.emit({ kind: 'upsert', note, previous });
	}

	/** Puts back a skip remembered in an earlier session (a journal-folder note that could not be parsed). */
	restoreSkipped(path: string, reason: string): void {
		this.removeRecord(path);
		this.skippedByPath.set(path, reason);
		this.rev++;
	}

	/** Forgets a deleted file. */
	remove(path: string): void {
		const hadSkip = this.skippedByPath.delete(path);
		if (!this.removeRecord(path) && hadSkip) this.rev++;
	}

	/**
	 * Moves a note to its new path. The new file's content decides whether it still is a journal
	 * note (moving it out of the journal folder may end that).
	 */
	rename(oldPath: string, file: NoteFile): UpsertOutcome {
		this.remove(oldPath);
		return this.upsert(file);
	}

	/** Replaces the journal folders; the caller re-offers files that may now count (see `reset`). */
	setJournalFolders(folders: readonly string[]): void {
		this.folders = folders;
	}

	/** Forgets everything (before a full rebuild). */
	clear(): void {
		for (const path of [...this.notesByPath.keys()]) this.removeRecord(path);
		this.skippedByPath.clear();
		this.rev++;
	}

	get(path: string): JournalNote | undefined {
		return this.notesByPath.get(path);
	}

	has(path: string): boolean {
		return this.notesByPath.has(path);
	}

	/**
	 * The path of the journal note a typed path names, whatever its Unicode normal form: `Møde.md`
	 * typed (NFC) finds the note macOS stored as NFD, and the other way round. Undefined when none.
	 */
	resolvePath(typed: string): string | undefined {
		if (this.notesByPath.has(typed)) return typed;
		const wanted = nfc(typed);
		for (const path of this.notesByPath.keys()) if (nfc(path) === wanted) return path;
		return undefined;
	}

	/** Every journal note, in no particular order. */
	notes(): IterableIterator<JournalNote> {
		return this.notesByPath.values();
	}

	/** Notes that could not be read, with the reason. */
	skipped(): SkippedNote[] {
		return [...this.skippedByPath].map(([path, reason]) => ({ path, reason }));
	}

	/** Subscribes to changes; returns the function that unsubscribes. */
	onChange(listener: IndexListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private removeRecord(path: string): boolean {
		const previous = this.notesByPath.get(path);
		if (!previous) return false;
		this.notesByPath.delete(path);
		this.rev++;
		this.emit({ kind: 'remove', path, previous });
		return true;
	}

	private emit(change: IndexChange): void {
		for (const listener of this.listeners) listener(change);
	}
}

/**
 * The persisted index cache: what the journal index made of each file (a parsed note, a skip with
 * its reason, or "not a journal note"), keyed by the file's path, modification time and size, so a
 * warm start re-reads only the files that changed since.
 *
 * Format (JSON Lines, so it can be read and written in slices that never hold the UI thread):
 *   line 1: `{"format":"three-gazes-index-cache","version":3,"pluginVersion":"0.1.0","journalFolders":[...]}`
 *   then one JSON array per file: `["path",mtime,size,"note",<the note's fields: noteFields>]`,
 *   `["path",mtime,size,"skipped","reason"]` or `["path",mtime,size,"other"]`.
 * Every character beyond ASCII is written as a `\uXXXX` escape, so the file is pure ASCII. That is the
 * point of the format: a JavaScript engine decodes an ASCII file at memory speed, but a file holding
 * even one `æ` takes its slow UTF-8 path (at 10 000 notes: about 10 ms against 60 for the 12 MB).
 * A note is an array of its fields rather than an object, so the field names are not repeated in
 * every record. A cache written by another format version, another plugin version (the parser may
 * have changed) or for other journal folders is discarded whole; so is one with any unreadable line.
 */
import type { JournalIndex, UpsertOutcome } from './journal-index';
import type { JournalNote } from './journal-note';
import type { NoteFile } from './note-parser';

/**
 * Raise when the cache layout, `JournalNote` or the parser's output changes.
 * 4: every `rating-*` property read (energy, strain, her own), not only the self focus points.
 * 3: ASCII only, a note's fields by position, the body back in its record as a JSON string.
 * 2: the body followed its record raw, framed by its length. 1: records held as JSON objects.
 */
export const INDEX_CACHE_VERSION = 4;
const FORMAT = 'three-gazes-index-cache';

/** What identifies a file's content without reading it: a cached record is used only while both match. */
export interface FileStamp {
	/** Modification time, ms since the epoch. */
	readonly mtime: number;
	/** Size in bytes. */
	readonly size: number;
}

/**
 * What the index made of one file, as cached. A note read from a cache file keeps its `line`, so
 * writing the cache again costs nothing for the notes that did not change.
 */
export type CachedFile =
	| { readonly kind: 'note'; readonly stamp: FileStamp; readonly note: JournalNote; readonly line?: string }
	| { readonly kind: 'skipped'; readonly stamp: FileStamp; readonly reason: string }
	| { readonly kind: 'other'; readonly stamp: FileStamp };

/** What a cache is valid for; read under another key, it is discarded. */
export interface IndexCacheKey {
	/** The plugin's version: a new release may parse notes differently. */
	readonly pluginVersion: string;
	/** The journal folders in force: they decide which files are journal notes. */
	readonly journalFolders: readonly string[];
}

/** JSON with every character beyond ASCII escaped (line and paragraph separators included). */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The cache's first line. */
export function cacheHeader(key: IndexCacheKey): string {
	return asciiJson({ format: FORMAT, version: INDEX_CACHE_VERSION, pluginVersion: key.pluginVersion, journalFolders: key.journalFolders });
}

/**
 * One file's cache line, or null when the record cannot be stored exactly in JSON (a frontmatter
 * number like `.nan` or `.inf`): such a file is simply read again next time.
 */
export function cacheLine(path: string, entry: CachedFile): string | null {
	const { mtime, size } = entry.stamp;
	if (entry.kind === 'note') {
		if (!isJsonExact(entry.note.frontmatter)) return null;
		return asciiJson([path, mtime, size, 'note', ...noteFields(entry.note)]);
	}
	if (entry.kind === 'skipped') return asciiJson([path, mtime, size, 'skipped', entry.reason]);
	return asciiJson([path, mtime, size, 'other']);
}

/** Serialises a whole cache at once (tests and the command line; the plugin writes in slices). */
export function serializeIndexCache(key: IndexCacheKey, files: ReadonlyMap<string, CachedFile>): string {
	const lines: string[] = [];
	for (const [path, entry] of files) {
		const line = cacheLine(path, entry);
		if (line !== null) lines.push(line);
	}
	return cacheText(key, lines);
}

/** The cache file's text: the header for `key`, then one line per file (`cacheLine`, `StampedIndex.cacheLines`). */
export function cacheText(key: IndexCacheKey, lines: Iterable<string>): string {
	return [cacheHeader(key), ...lines].join('\n') + '\n';
}

function isJsonExact(value: unknown): boolean {
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (Array.isArray(value)) return value.every(isJsonExact);
	if (typeof value === 'object') return Object.values(value).every(isJsonExact);
	return false;
}

/** Why a cache was not used. */
export type CacheRejection = { readonly ok: false; readonly reason: string };

/**
 * Reads a cache one line at a time, so the caller can spread the work over slices. Any unreadable
 * line makes `next` return a rejection: the caller then discards the cache and rebuilds.
 */
export class IndexCacheReader {
	private cursor: number;

	private constructor(
		private readonly text: string,
		start: number,
	) {
		this.cursor = start;
	}

	/** Checks the header against `key`; a reader positioned after it, or why the cache is not usable. */
	static open(text: string | null | undefined, key: IndexCacheKey): { ok: true; reader: IndexCacheReader } | CacheRejection {
		if (typeof text !== 'string' || text.length === 0) return { ok: false, reason: 'no cache' };
		const end = text.indexOf('\n');
		let header: unknown;
		try {
			header = JSON.parse(end < 0 ? text : text.slice(0, end));
		} catch {
			return { ok: false, reason: 'unreadable header' };
		}
		if (!isRecord(header) || header.format !== FORMAT) return { ok: false, reason: 'not an index cache' };
		if (header.version !== INDEX_CACHE_VERSION) return { ok: false, reason: `cache version ${String(header.version)}, expected ${INDEX_CACHE_VERSION}` };
		if (header.pluginVersion !== key.pluginVersion) return { ok: false, reason: 'written by another plugin version' };
		const folders = header.journalFolders;
		if (!Array.isArray(folders) || folders.join('\n') !== key.journalFolders.join('\n') || folders.length !== key.journalFolders.length) {
			return { ok: false, reason: 'written for other journal folders' };
		}
		return { ok: true, reader: new IndexCacheReader(text, end < 0 ? text.length : end + 1) };
	}

	/** True when every line has been read. */
	get done(): boolean {
		return this.cursor >= this.text.length;
	}

	/** The next file's record; null at the end (or for a blank line); a rejection for garbage. */
	next(): { ok: true; path: string; entry: CachedFile } | CacheRejection | null {
		if (this.done) return null;
		const nl = this.text.indexOf('\n', this.cursor);
		const end = nl < 0 ? this.text.length : nl;
		const line = this.text.slice(this.cursor, end);
		this.cursor = end + 1;
		if (line.trim() === '') return null;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch {
			return { ok: false, reason: 'unreadable line' };
		}
		return decodeLine(value, line);
	}

	/** Reads every remaining line at once (tests and the command line). */
	readAll(): { ok: true; files: Map<string, CachedFile> } | CacheRejection {
		const files = new Map<string, CachedFile>();
		while (!this.done) {
			const next = this.next();
			if (next === null) continue;
			if (!next.ok) return next;
			files.set(next.path, next.entry);
		}
		return { ok: true, files };
	}
}

/** Reads a whole cache text at once; the files, or why the cache is not usable. */
export function readIndexCache(text: string | null | undefined, key: IndexCacheKey): { ok: true; files: Map<string, CachedFile> } | CacheRejection {
	const opened = IndexCacheReader.open(text, key);
	return opened.ok ? opened.reader.readAll() : opened;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A structural check of a cached note: enough that no feature can crash on a damaged cache. */
function isNoteRecord(value: { readonly [K in keyof JournalNote]: unknown }): value is JournalNote {
	if (typeof value.basename !== 'string' || typeof value.body !== 'string' || typeof value.bodyStartLine !== 'number') return false;
	if (!(value.date === null || typeof value.date === 'string') || typeof value.dateSource !== 'string') return false;
	if (!(value.kind === null || typeof value.kind === 'string')) return false;
	if (typeof value.mtime !== 'number' || typeof value.ctime !== 'number') return false;
	if (!isRecord(value.ratings) || !isRecord(value.frontmatter)) return false;
	const lists = [value.gazes, value.tags, value.tools, value.questionSets, value.headings, value.tasks, value.links];
	return lists.every((list) => Array.isArray(list));
}

/**
 * A note's fields as a cache record holds them, after the record's path, mtime, size and kind.
 * `decodeNote` reads them back in the same order; the round-trip test compares whole notes.
 */
function noteFields(n: JournalNote): unknown[] {
	return [n.basename, n.date, n.dateSource, n.gazes, n.tags, n.kind, n.tools, n.questionSets, n.ratings, n.headings, n.tasks, n.links, n.body, n.bodyStartLine, n.frontmatter, n.mtime, n.ctime];
}
/** A note record: path, mtime, size, `"note"`, then the 17 fields `noteFields` lists. */
const NOTE_RECORD_LENGTH = 4 + 17;

/**
 * The note a cached record holds, or null when the record is not one (wrong length or field types).
 * Built as one object literal, so every restored note has the same shape as a parsed one.
 */
function decodeNote(path: string, r: readonly unknown[]): JournalNote | null {
	if (r.length !== NOTE_RECORD_LENGTH) return null;
	// Typed by JournalNote's keys: a field added there and not here fails to compile.
	const note: { [K in keyof JournalNote]: unknown } = {
		path,
		basename: r[4],
		date: r[5],
		dateSource: r[6],
		gazes: r[7],
		tags: r[8],
		kind: r[9],
		tools: r[10],
		questionSets: r[11],
		ratings: r[12],
		headings: r[13],
		tasks: r[14],
		links: r[15],
		body: r[16],
		bodyStartLine: r[17],
		frontmatter: r[18],
		mtime: r[19],
		ctime: r[20],
	};
	return isNoteRecord(note) ? note : null;
}

function decodeLine(value: unknown, line: string): { ok: true; path: string; entry: CachedFile } | CacheRejection {
	const bad = { ok: false, reason: 'damaged line' } as const;
	if (!Array.isArray(value)) return bad;
	const [path, mtime, size, kind, payload] = value as unknown[];
	if (typeof path !== 'string' || typeof mtime !== 'number' || typeof size !== 'number') return bad;
	const stamp = { mtime, size };
	if (kind === 'note') {
		const note = decodeNote(path, value as unknown[]);
		return note ? { ok: true, path, entry: { kind, stamp, note, line } } : bad;
	}
	if (kind === 'skipped') return typeof payload === 'string' ? { ok: true, path, entry: { kind, stamp, reason: payload } } : bad;
	if (kind === 'other') return { ok: true, path, entry: { kind, stamp } };
	return bad;
}

/** True when two stamps describe the same file content. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
	return a.mtime === b.mtime && a.size === b.size;
}

/** What a warm start does with each file present now. */
export interface WarmStartPlan {
	/** Files unchanged since the cache was written: their records are put back as they are. */
	readonly reuse: ReadonlyArray<readonly [string, CachedFile]>;
	/** Files new or changed since: read and parsed again. */
	readonly reread: readonly string[];
	/** Cached files that are gone (deleted, renamed away, or no longer candidates). */
	readonly dropped: number;
}

/** Compares the cache with the files present now (path and stamp). Pure. */
export function planWarmStart(cached: ReadonlyMap<string, CachedFile>, current: Iterable<{ readonly path: string; readonly stamp: FileStamp }>): WarmStartPlan {
	const reuse: Array<readonly [string, CachedFile]> = [];
	const reread: string[] = [];
	let seen = 0;
	for (const { path, stamp } of current) {
		const entry = cached.get(path);
		if (entry && sameStamp(entry.stamp, stamp)) {
			reuse.push([path, entry]);
			seen++;
		} else {
			if (entry) seen++;
			reread.push(path);
		}
	}
	return { reuse, reread, dropped: cached.size - seen };
}

/**
 * A journal index fed through this remembers each file's stamp and what became of it, so the
 * index can be written to the cache and put back from it.
 */
export class StampedIndex {
	private readonly stamps = new Map<string, FileStamp>();
	private readonly others = new Set<string>();
	/**
	 * Each note's cache line, as read from the cache or first written: a note record never changes
	 * (an edit parses a new one), so a save serialises only the notes parsed since the last one.
	 * Escaping a 10 000-note cache to ASCII costs about 150 ms; joining its lines about 10.
	 */
	private readonly lines = new WeakMap<JournalNote, string>();

	constructor(readonly index: JournalIndex) {}

	/** Parses a file into the index (see `JournalIndex.upsert`) and remembers its stamp. */
	upsert(file: NoteFile, stamp: FileStamp): UpsertOutcome {
		const outcome = this.index.upsert(file);
		this.stamps.set(file.path, stamp);
		if (outcome === 'not-journal') this.others.add(file.path);
		else this.others.delete(file.path);
		return outcome;
	}

	/** Remembers a file found not to be a journal note without parsing it (the command line's quick test). */
	markOther(path: string, stamp: FileStamp): void {
		this.index.remove(path);
		this.stamps.set(path, stamp);
		this.others.add(path);
	}

	/** Forgets a deleted file. */
	remove(path: string): void {
		this.index.remove(path);
		this.stamps.delete(path);
		this.others.delete(path);
	}

	/** Follows a rename: the old path goes, the file is offered under its new path. */
	rename(oldPath: string, file: NoteFile, stamp: FileStamp): UpsertOutcome {
		this.remove(oldPath);
		return this.upsert(file, stamp);
	}

	/** Forgets everything (before a full rebuild). */
	clear(): void {
		this.index.clear();
		this.stamps.clear();
		this.others.clear();
	}

	/** Puts back one cached record, exactly as reading the unchanged file again would have. */
	restore(path: string, entry: CachedFile): void {
		this.stamps.set(path, entry.stamp);
		if (entry.kind === 'note') {
			this.index.restore(entry.note);
			if (entry.line !== undefined) this.lines.set(entry.note, entry.line);
		}
		else if (entry.kind === 'skipped') this.index.restoreSkipped(path, entry.reason);
		else this.others.add(path);
	}

	/** How many files the index has looked at. */
	get size(): number {
		return this.stamps.size;
	}

	/** The cache's lines after its header, one per file looked at (a note's line reused while it is unchanged). */
	*cacheLines(): Generator<string> {
		for (const [path, entry] of this.entries()) {
			if (entry.kind !== 'note') {
				const line = cacheLine(path, entry);
				if (line !== null) yield line;
				continue;
			}
			let line: string | null | undefined = this.lines.get(entry.note);
			if (line === undefined) {
				line = cacheLine(path, entry);
				if (line === null) continue;
				this.lines.set(entry.note, line);
			}
			yield line;
		}
	}

	/** What to cache: one record per file looked at. */
	*entries(): Generator<[string, CachedFile]> {
		const skipped = new Map(this.index.skipped().map((s) => [s.path, s.reason]));
		for (const [path, stamp] of this.stamps) {
			const note = this.index.get(path);
			if (note) yield [path, { kind: 'note', stamp, note }];
			else if (skipped.has(path)) yield [path, { kind: 'skipped', stamp, reason: skipped.get(path) ?? '' }];
			else if (this.others.has(path)) yield [path, { kind: 'other', stamp }];
		}
	}
}

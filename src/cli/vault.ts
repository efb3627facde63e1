/** The core over a vault folder on disk: settings from data.json, every journal note indexed. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../core/domain';
import { checkFolders } from '../core/folders';
import { resolveLang } from '../core/i18n';
import { StampedIndex, sameStamp, type CachedFile, type FileStamp } from '../core/index-cache';
import { JournalIndex } from '../core/journal-index';
import type { NoteFile } from '../core/note-parser';
import { migrateSettings, type Settings } from '../core/settings';
import { looksBinary } from './files';

/** Where Obsidian keeps this plugin's settings inside a vault. */
export const PLUGIN_DATA_PATH = join('.obsidian', 'plugins', 'three-gazes', 'data.json');

/** A vault read from disk. */
export interface LoadedVault {
	/** Absolute path of the vault folder. */
	readonly root: string;
	readonly settings: Settings;
	/** What was wrong with data.json, if anything (the defaults were used for those fields). */
	readonly settingsProblems: readonly string[];
	/** Journal folders refused (outside the vault, absolute, ...). */
	readonly refusedFolders: readonly string[];
	readonly index: JournalIndex;
	readonly lang: Lang;
	/** Files and folders left out because they could not be read or are not text (said on stderr by each command). */
	readonly skippedFiles: readonly SkippedFile[];
	/** Journal folders (from the settings or `--journal-folder`) that do not exist in the vault. */
	readonly missingFolders: readonly string[];
}

/** A file or folder the walk or the index left out, and why. */
export interface SkippedFile {
	/** Vault-relative path with forward slashes. */
	readonly path: string;
	/** `unreadable`: the file system refused (detail: its error code); `binary`: not text. */
	readonly why: 'unreadable' | 'binary';
	readonly detail?: string;
}

function errorCode(error: unknown): string {
	if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
	return error instanceof Error ? error.message : String(error);
}

/** Options that override what the vault's settings say. */
export interface LoadOptions {
	/** `--journal-folder`: replaces the settings' journal folders. */
	readonly journalFolders?: readonly string[];
	/** `--lang`: replaces the settings' language. */
	readonly lang?: Lang;
}

/** Reads the plugin's settings from a vault, or the defaults; never throws. */
export function readVaultSettings(root: string): { settings: Settings; problems: string[] } {
	const path = join(root, PLUGIN_DATA_PATH);
	if (!existsSync(path)) return { settings: migrateSettings(null).settings, problems: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return { settings: migrateSettings(null).settings, problems: [`${PLUGIN_DATA_PATH}: ${error instanceof Error ? error.message : String(error)}`] };
	}
	const { settings, problems } = migrateSettings(raw);
	return { settings, problems: problems.map((p) => `${PLUGIN_DATA_PATH}: ${p}`) };
}

/**
 * Every Markdown file under `root`, vault-relative with `/`, skipping dot-folders (`.obsidian`,
 * `.trash`, `.git`). Only regular files: a FIFO, socket or device named `.md` is never listed (reading
 * one would wait for ever). A folder that cannot be read is left out and added to `skipped`.
 */
export function listMarkdownFiles(root: string, skipped: SkippedFile[] = []): string[] {
	const out: string[] = [];
	// Paths are built as the walk goes down (`path.relative` per file costs more than reading the folder).
	const walk = (dir: string, prefix: string): void => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (error) {
			skipped.push({ path: prefix === '' ? '.' : prefix.slice(0, -1), why: 'unreadable', detail: errorCode(error) });
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const path = prefix + entry.name;
			if (entry.isDirectory()) walk(join(dir, entry.name), `${path}/`);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(path);
		}
	};
	walk(root, '');
	return out.sort();
}

/** Reads one note from disk as the index wants it. */
export function readNoteFile(root: string, path: string): NoteFile {
	const full = join(root, path);
	const stat = statSync(full);
	return { path, content: readFileSync(full, 'utf8'), mtime: stat.mtimeMs, ctime: stat.birthtimeMs || stat.ctimeMs };
}

/** Quick test before parsing a note outside the journal folders: can it carry a gaze tag at all? */
export function mayCarryGazeTag(content: string): boolean {
	const lower = content.toLowerCase();
	return lower.includes('blik/') || lower.includes('gaze/');
}

const SLASH = 0x2f;
const KELVIN_SIGN = [0xe2, 0x84, 0xaa];

/**
 * The same test on the file's bytes, before they are decoded: false only when `mayCarryGazeTag`
 * of the decoded text is false too. Most notes outside the journal folders are then never decoded
 * (decoding UTF-8 costs more than reading the file). The characters that lowercase to the letters of
 * `blik/` and `gaze/` are those letters in either case, each one byte, and the Kelvin sign (`K`,
 * three bytes) for k: `tests/cli/vault.test.ts` checks that over every code point.
 */
export function bytesMayCarryGazeTag(bytes: Uint8Array): boolean {
	const lowerAt = (i: number): number => (bytes[i] ?? 0) | 0x20;
	for (let slash = bytes.indexOf(SLASH); slash >= 0; slash = bytes.indexOf(SLASH, slash + 1)) {
		const i = slash - 4;
		if (i >= 0 && lowerAt(i) === 0x67 && lowerAt(i + 1) === 0x61 && lowerAt(i + 2) === 0x7a && lowerAt(i + 3) === 0x65) return true;
		if (i >= 0 && lowerAt(i) === 0x62 && lowerAt(i + 1) === 0x6c && lowerAt(i + 2) === 0x69 && lowerAt(i + 3) === 0x6b) return true;
		const k = slash - 6;
		if (k >= 0 && lowerAt(k) === 0x62 && lowerAt(k + 1) === 0x6c && lowerAt(k + 2) === 0x69 && KELVIN_SIGN.every((b, j) => bytes[k + 3 + j] === b)) return true;
	}
	return false;
}

/** What `indexFiles` did. */
export interface IndexedFiles {
	/** The index, with each file's stamp, ready to be written to a cache. */
	readonly stamped: StampedIndex;
	/** Files read from disk. */
	readonly read: number;
	/** Files put back from the cache unchanged. */
	readonly restored: number;
	/** Files and folders left out: unreadable, or not text. */
	readonly skipped: readonly SkippedFile[];
}

/** A Markdown file under the vault folder, with what its stat says. */
export interface StatedFile {
	/** Vault-relative path with forward slashes. */
	readonly path: string;
	readonly stamp: FileStamp;
	/** Creation time (birth time where the file system has one), ms since the epoch. */
	readonly ctime: number;
}

/** Every Markdown file under `root` with its stat: what Obsidian holds in memory for each `TFile`. What cannot be stat'ed goes to `skipped`. */
export function statMarkdownFiles(root: string, skipped: SkippedFile[] = []): StatedFile[] {
	const out: StatedFile[] = [];
	for (const path of listMarkdownFiles(root, skipped)) {
		try {
			const stat = statSync(`${root}/${path}`);
			out.push({ path, stamp: { mtime: stat.mtimeMs, size: stat.size }, ctime: stat.birthtimeMs || stat.ctimeMs });
		} catch (error) {
			skipped.push({ path, why: 'unreadable', detail: errorCode(error) });
		}
	}
	return out;
}

/**
 * Feeds Markdown files under `root` to `index`: `files` (by default every one, listed and stat'ed
 * now). With `cached` (a read index cache), files whose modification time and size are unchanged
 * are put back from it instead of being read and parsed.
 */
export function indexFiles(root: string, index: JournalIndex, cached?: ReadonlyMap<string, CachedFile>, files?: readonly StatedFile[]): IndexedFiles {
	const skipped: SkippedFile[] = [];
	const stamped = new StampedIndex(index);
	let read = 0;
	let restored = 0;
	for (const { path, stamp, ctime } of files ?? statMarkdownFiles(root, skipped)) {
		const entry = cached?.get(path);
		if (entry && sameStamp(entry.stamp, stamp)) {
			stamped.restore(path, entry);
			restored++;
			continue;
		}
		read++;
		let bytes: Buffer;
		try {
			bytes = readFileSync(`${root}/${path}`);
		} catch (error) {
			// One unreadable file never stops the rest: it is named on stderr by the command.
			skipped.push({ path, why: 'unreadable', detail: errorCode(error) });
			continue;
		}
		// Outside the journal folders, most notes are let go on their bytes, never decoded.
		const journal = index.isInJournalFolder(path);
		if (!journal && !bytesMayCarryGazeTag(bytes)) {
			stamped.markOther(path, stamp);
			continue;
		}
		// A picture (or any binary file) renamed `.md` is not a note.
		if (looksBinary(bytes)) {
			skipped.push({ path, why: 'binary' });
			continue;
		}
		const content = bytes.toString('utf8');
		if (!journal && !mayCarryGazeTag(content)) stamped.markOther(path, stamp);
		else stamped.upsert({ path, content, mtime: stamp.mtime, ctime }, stamp);
	}
	return { stamped, read, restored, skipped };
}

/** Loads a vault folder: its settings and every journal note. Errors are values. */
export function loadVault(dir: string, options: LoadOptions = {}): { ok: true; vault: LoadedVault } | { ok: false; error: string } {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) return { ok: false, error: `not a folder: ${dir}` };
	const { settings, problems } = readVaultSettings(root);
	const folderInputs = options.journalFolders ?? settings.journalFolders;
	const { folders, refused } = checkFolders(folderInputs);
	const index = new JournalIndex({ journalFolders: folders });
	const { skipped } = indexFiles(root, index);
	const missingFolders = folders.filter((folder) => !isFolder(join(root, folder)));
	const lang = options.lang ?? resolveLang(settings.language, process.env.LC_ALL ?? process.env.LANG ?? 'da');
	return {
		ok: true,
		vault: { root, settings, settingsProblems: problems, refusedFolders: refused.map((r) => `${r.input} (${r.reason})`), index, lang, skippedFiles: skipped, missingFolders },
	};
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** The core over a vault folder on disk: settings from data.json, every journal note indexed. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Lang } from '../core/domain';
import { checkFolders } from '../core/folders';
import { resolveLang } from '../core/i18n';
import { StampedIndex, sameStamp, type CachedFile } from '../core/index-cache';
import { JournalIndex } from '../core/journal-index';
import type { NoteFile } from '../core/note-parser';
import { migrateSettings, type Settings } from '../core/settings';

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

/** Every Markdown file under `root`, vault-relative with `/`, skipping dot-folders (`.obsidian`, `.trash`, `.git`). */
export function listMarkdownFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(relative(root, full).split(sep).join('/'));
		}
	};
	walk(root);
	return out.sort();
}

/** Reads one note from disk as the index wants it. */
export function readNoteFile(root: string, path: string): NoteFile {
	const full = join(root, path);
	const stat = statSync(full);
	return { path, content: readFileSync(full, 'utf8'), mtime: stat.mtimeMs, ctime: stat.birthtimeMs || stat.ctimeMs };
}

/** Quick test before parsing a note outside the journal folders: can it carry a gaze tag at all? */
function mayCarryGazeTag(content: string): boolean {
	const lower = content.toLowerCase();
	return lower.includes('blik/') || lower.includes('gaze/');
}

/** What `indexFiles` did. */
export interface IndexedFiles {
	/** The index, with each file's stamp, ready to be written to a cache. */
	readonly stamped: StampedIndex;
	/** Files read from disk. */
	readonly read: number;
	/** Files put back from the cache unchanged. */
	readonly restored: number;
}

/**
 * Feeds every Markdown file under `root` to `index`. With `cached` (a read index cache), files whose
 * modification time and size are unchanged are put back from it instead of being read and parsed.
 */
export function indexFiles(root: string, index: JournalIndex, cached?: ReadonlyMap<string, CachedFile>): IndexedFiles {
	const stamped = new StampedIndex(index);
	let read = 0;
	let restored = 0;
	for (const path of listMarkdownFiles(root)) {
		const full = join(root, path);
		const stat = statSync(full);
		const stamp = { mtime: stat.mtimeMs, size: stat.size };
		const entry = cached?.get(path);
		if (entry && sameStamp(entry.stamp, stamp)) {
			stamped.restore(path, entry);
			restored++;
			continue;
		}
		const content = readFileSync(full, 'utf8');
		read++;
		if (!index.isInJournalFolder(path) && !mayCarryGazeTag(content)) stamped.markOther(path, stamp);
		else stamped.upsert({ path, content, mtime: stat.mtimeMs, ctime: stat.birthtimeMs || stat.ctimeMs }, stamp);
	}
	return { stamped, read, restored };
}

/** Loads a vault folder: its settings and every journal note. Errors are values. */
export function loadVault(dir: string, options: LoadOptions = {}): { ok: true; vault: LoadedVault } | { ok: false; error: string } {
	const root = resolve(dir);
	if (!existsSync(root) || !statSync(root).isDirectory()) return { ok: false, error: `not a folder: ${dir}` };
	const { settings, problems } = readVaultSettings(root);
	const folderInputs = options.journalFolders ?? settings.journalFolders;
	const { folders, refused } = checkFolders(folderInputs);
	const index = new JournalIndex({ journalFolders: folders });
	indexFiles(root, index);
	const lang = options.lang ?? resolveLang(settings.language, process.env.LC_ALL ?? process.env.LANG ?? 'da');
	return {
		ok: true,
		vault: { root, settings, settingsProblems: problems, refusedFolders: refused.map((r) => `${r.input} (${r.reason})`), index, lang },
	};
}

import { normalizePath } from 'obsidian';
import { checkFolders, normalizeFolder, type FolderCheck } from '../core/folders';

/**
 * Every vault path the plugin builds goes through Obsidian's `normalizePath` (one `/` between
 * segments, none at either end, non-breaking spaces as spaces, Unicode NFC), so a folder typed on one
 * device, or a note name with an `æ` written as `a` + combining ring, names the same file on every
 * platform. The core's folder rules come first (no absolute path, no `..`, no forbidden characters).
 */

/** A folder setting checked by the core's rules, then normalised as Obsidian normalises a path. */
export function vaultFolder(input: string): FolderCheck {
	const check = normalizeFolder(input);
	return check.ok ? { ok: true, folder: normalizePath(check.folder) } : check;
}

/** The usable folders of a list (see `checkFolders`), each normalised as Obsidian normalises a path. */
export function vaultFolders(inputs: readonly string[]): string[] {
	return [...new Set(checkFolders(inputs).folders.map((folder) => normalizePath(folder)))];
}

/** A vault path put together from parts: `normalizePath(parts.join('/'))`. */
export function vaultPath(...parts: readonly string[]): string {
	return normalizePath(parts.join('/'));
}

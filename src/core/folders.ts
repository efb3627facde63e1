/**
 * Vault-relative folder settings: validated once, so a folder can never point outside the vault.
 */
import { nfc } from './text';

/** Why a folder setting was refused. */
export type FolderRefusal = 'empty' | 'absolute' | 'outside' | 'invalid';

/** A usable folder, or why not. */
export type FolderCheck = { readonly ok: true; readonly folder: string } | { readonly ok: false; readonly reason: FolderRefusal; readonly chars?: string };

// Characters Obsidian refuses in file and folder names on some platform.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN = /[*"<>:|?\u0000-\u001f]/gu;

/**
 * Normalises a folder typed by the user: backslashes become slashes, repeated and trailing slashes
 * and `./` segments go, spaces inside names are kept (`Mine noter/Ledelse`), Danish letters are fine.
 * `.` is the vault itself (folder `''`). Refused: an empty name, an absolute path (`/x`, `C:\x`, `~/x`),
 * any `..` segment, forbidden characters.
 */
export function normalizeFolder(input: string): FolderCheck {
	const raw = input.trim().replace(/\\/g, '/');
	if (raw === '' || raw === '/') return { ok: false, reason: 'empty' };
	// `.` (or `./`) is the vault itself: every note in it is a journal note.
	if (/^(?:\.\/*)+$/.test(raw)) return { ok: true, folder: '' };
	if (raw.startsWith('/') || raw.startsWith('~') || /^[A-Za-z]:/.test(raw)) return { ok: false, reason: 'absolute' };
	const segments = raw.split('/').map((s) => s.trim()).filter((s) => s !== '' && s !== '.');
	if (segments.some((s) => s === '..')) return { ok: false, reason: 'outside' };
	const bad = raw.match(FORBIDDEN);
	if (bad) return { ok: false, reason: 'invalid', chars: [...new Set(bad)].join(' ') };
	if (segments.length === 0) return { ok: false, reason: 'empty' };
	return { ok: true, folder: nfc(segments.join('/')) };
}

/**
 * True when `path` lies inside `folder` (at any depth). Both vault-relative, normalised; `''` is the
 * vault itself. The folder is NFC (`normalizeFolder`); the path is compared in NFC too, so a folder
 * macOS named in NFD is the folder she typed.
 */
export function isInFolder(path: string, folder: string): boolean {
	return folder === '' || nfc(path).startsWith(folder + '/');
}

/** The usable folders of a list, and the refused ones with their reasons. */
export function checkFolders(inputs: readonly string[]): { folders: string[]; refused: { input: string; reason: FolderRefusal; chars?: string }[] } {
	const folders: string[] = [];
	const refused: { input: string; reason: FolderRefusal; chars?: string }[] = [];
	for (const input of inputs) {
		const check = normalizeFolder(input);
		if (check.ok) {
			if (!folders.includes(check.folder)) folders.push(check.folder);
		} else refused.push({ input, reason: check.reason, ...(check.chars ? { chars: check.chars } : {}) });
	}
	return { folders, refused };
}

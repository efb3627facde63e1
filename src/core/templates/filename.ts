/**
 * File names for new notes: rendered from the user's pattern (`{{date:YYYY-MM-DD}} {{title}}`), made
 * safe on every platform Obsidian runs on, and never the name of an existing note.
 */
import type { Lang } from '../domain';
import { DEFAULT_DATE_FORMAT, renderTemplate } from './render';

/** The longest base name we write, in characters; leaves room for ` 99.md` within common limits. */
export const MAX_NAME_LENGTH = 120;

/**
 * Characters no file name may hold: the path separators and what Windows, Android or iOS refuse, plus
 * `# ^ [ ]`, which break `[[wikilinks]]` to the note. Path separators become `-`; a colon becomes ` -`
 * before a space (`Møde: fru A`) and `.` elsewhere (`10:30` as the Danish `10.30`); the rest go.
 */
const TO_HYPHEN = /[/\\|]/g;
const DROPPED = /[*?"<>#^[\]]/g;
/** Control characters (C0, DEL, C1) never belong in a name. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Makes any text a safe base name (no extension): never empty, never a path, never hidden. */
export function sanitizeFileName(raw: string, fallback: string): string {
	let name = raw
		.replace(CONTROL, ' ')
		.replace(TO_HYPHEN, '-')
		.replace(/:(?=\s)/g, ' -')
		.replace(/:/g, '.')
		.replace(DROPPED, '')
		.replace(/\s+/g, ' ');
	// No leading dots (hidden files, `..`) or hyphens (left by `/`), no trailing dots or spaces (refused on Windows).
	name = name.replace(/^[\s.-]+/, '').replace(/[\s.]+$/, '');
	const chars = Array.from(name);
	if (chars.length > MAX_NAME_LENGTH) name = chars.slice(0, MAX_NAME_LENGTH).join('').replace(/[\s.]+$/, '');
	if (RESERVED.test(name)) name = `${name}-note`;
	if (name === '') return fallback === '' ? 'note' : sanitizeFileName(fallback, '');
	return name;
}

/**
 * The base name (without `.md`) for a new note: the pattern rendered with the title and date, then
 * sanitised. An empty result falls back to the date.
 */
export function noteFileName(pattern: string, title: string, now: Date, lang: Lang): string {
	const rendered = renderTemplate(pattern, { title }, now, { lang }).text;
	const dateOnly = renderTemplate(`{{date:${DEFAULT_DATE_FORMAT}}}`, { title }, now).text;
	return sanitizeFileName(rendered, dateOnly);
}

/** Joins a vault-relative folder and a file name; an empty folder (or `/`) is the vault root. */
export function joinVaultPath(folder: string, name: string): string {
	const clean = folder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
	return clean === '' ? name : `${clean}/${name}`;
}

/** How many numbered names `uniquePath` tries before giving up. */
const MAX_ATTEMPTS = 1000;

/**
 * A path `folder/name.md` that does not exist yet: `name.md`, else `name 2.md`, `name 3.md`, ...
 * Null when even the numbered names are taken (the caller tells the user; nothing is overwritten).
 */
export function uniquePath(folder: string, name: string, exists: (path: string) => boolean): string | null {
	const base = name.replace(/\.md$/i, '');
	for (let n = 1; n <= MAX_ATTEMPTS; n++) {
		const candidate = joinVaultPath(folder, `${n === 1 ? base : `${base} ${n}`}.md`);
		if (!exists(candidate)) return candidate;
	}
	return null;
}

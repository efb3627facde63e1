/**
 * "Not here": she allows a phrase the language watch found, in that note or in every note. Stored in
 * the settings (`languageWatch.notHere`) and read by the one checker every consumer uses (editor
 * underline, "Check this note", the mirror's counts, the command line), so all of them agree.
 */
import type { NotHere, Settings } from '../settings';
import { words } from './tokens';

/** Her settings with the phrase allowed in the note at `path`, or everywhere (`null`); a repeat changes nothing. */
export function withNotHere(settings: Settings, phrase: string, path: string | null): Settings {
	const key = words(phrase).join(' ');
	if (key === '') return settings;
	const list = settings.languageWatch.notHere;
	if (list.some((r) => words(r.phrase).join(' ') === key && r.path === path)) return settings;
	return { ...settings, languageWatch: { ...settings.languageWatch, notHere: [...list, { phrase: phrase.trim(), path }] } };
}

/** The mark for "every note" in the settings text: `phrase | *`. */
export const EVERYWHERE = '*';

/** One line per choice: "phrase | note path", or "phrase | *" for every note. */
export function formatNotHere(list: readonly NotHere[]): string {
	return list.map((r) => `${r.phrase} | ${r.path ?? EVERYWHERE}`).join('\n');
}

/** Reads "phrase | note path" lines (a line without a path, or with `*`, means every note). */
export function parseNotHere(value: string): NotHere[] {
	const out: NotHere[] = [];
	for (const line of value.split('\n').map((l) => l.trim()).filter(Boolean)) {
		const bar = line.indexOf('|');
		const phrase = (bar < 0 ? line : line.slice(0, bar)).trim();
		const path = bar < 0 ? '' : line.slice(bar + 1).trim();
		if (phrase === '') continue;
		out.push({ phrase, path: path === '' || path === EVERYWHERE ? null : path });
	}
	return out;
}

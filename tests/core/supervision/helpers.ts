/** Builders for supervision tests: real notes through the real parser, and a small privacy fake. */
import type { JournalNote } from '../../../src/core/journal-note';
import { parseNote } from '../../../src/core/note-parser';
import type { IdentifierFinding, PrivacyPort } from '../../../src/core/supervision/ports';

/** Parses a note's text as the index would. */
export function note(path: string, content: string): JournalNote {
	const result = parseNote({ path, content, mtime: 0, ctime: 0 });
	if (!result.ok) throw new Error(`test note ${path}: ${result.reason}`);
	return result.note;
}

/** A dated note with a kind and some body. */
export function dated(path: string, date: string, body: string, extra = ''): JournalNote {
	return note(path, `---\ndate: ${date}\n${extra}---\n${body}\n`);
}

const NAME = /\b(?:[Ff]ru|[Hh]r\.)\s+\p{Lu}\p{Ll}+/gu;

/**
 * A three-line stand-in for the privacy module's port: "fru/hr. Name" are names; each name (any casing) gets one
 * pseudonym ("Borger A", "Borger B", ...) per pseudonymiser.
 */
export const FAKE_PRIVACY: PrivacyPort = {
	detect: (text) => [...text.matchAll(NAME)].map((m): IdentifierFinding => ({ kind: 'name', from: m.index, to: m.index + m[0].length })),
	createPseudonymiser: () => {
		const names = new Map<string, string>();
		return (text) =>
			text.replace(NAME, (name) => {
				const key = name.toLowerCase();
				if (!names.has(key)) names.set(key, `Borger ${String.fromCharCode(65 + names.size)}`);
				return names.get(key) ?? '';
			});
	},
};

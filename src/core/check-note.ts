/**
 * Checks one note for both the language watch and privacy care in a single tokenizing pass: what the
 * "Check this note" command, the command line and the benchmark (issue 9) call.
 */
import { tokenize } from './language/tokens';
import { createLanguageChecker, type LanguageChecker, type LanguageFinding, type LanguageWatchOptions } from './language/watch';
import { detectPrivacy, type PrivacyFinding } from './privacy/detect';

/** Everything found in one note. */
export interface NoteCheck {
	readonly language: readonly LanguageFinding[];
	readonly privacy: readonly PrivacyFinding[];
}

/** What to check; both on by default. */
export interface NoteCheckOptions {
	readonly language?: boolean;
	readonly privacy?: boolean;
	/** The note's vault path, so her "not here" choices for this note apply. */
	readonly path?: string;
}

/**
 * Checks a note's text. Compile the checker once with `createLanguageChecker(settings.languageWatch)`
 * and reuse it; `checkNote(text)` alone uses the built-in lexicon with default options.
 */
export function checkNote(text: string, checker: LanguageChecker = createLanguageChecker(), options: NoteCheckOptions = {}): NoteCheck {
	const tokens = tokenize(text);
	return {
		language: options.language === false ? [] : checker(text, tokens, options.path),
		privacy: options.privacy === false ? [] : detectPrivacy(text, tokens),
	};
}

/** A finding in its place: the words around it on its own line, so two finds of the same words tell apart. */
export interface Excerpt {
	/** The text before the match, with "…" in front when cut. */
	readonly before: string;
	readonly match: string;
	/** The text after the match, with "…" behind when cut. */
	readonly after: string;
}

/**
 * The excerpt of `text` around `from`..`to`: at most `radius` characters on either side, never
 * past the match's line, cut between words.
 */
export function excerptAt(text: string, from: number, to: number, radius = 30): Excerpt {
	const lineStart = text.lastIndexOf('\n', from - 1) + 1;
	const newline = text.indexOf('\n', to);
	const lineEnd = newline < 0 ? text.length : newline;
	let start = Math.max(lineStart, from - radius);
	if (start > lineStart) {
		const space = text.indexOf(' ', start - 1);
		if (space >= 0 && space < from) start = space + 1;
	}
	let end = Math.min(lineEnd, to + radius);
	if (end < lineEnd) {
		const space = text.lastIndexOf(' ', end);
		if (space > to) end = space;
	}
	return {
		before: `${start > lineStart ? '…' : ''}${text.slice(start, from).replace(/^\s+/, '')}`,
		match: text.slice(from, to),
		after: `${text.slice(to, end).replace(/\s+$/, '')}${end < lineEnd ? '…' : ''}`,
	};
}

/** Re-exported for callers that only need the options type. */
export type { LanguageWatchOptions };

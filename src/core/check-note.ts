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
}

/**
 * Checks a note's text. Compile the checker once with `createLanguageChecker(settings.languageWatch)`
 * and reuse it; `checkNote(text)` alone uses the built-in lexicon with default options.
 */
export function checkNote(text: string, checker: LanguageChecker = createLanguageChecker(), options: NoteCheckOptions = {}): NoteCheck {
	const tokens = tokenize(text);
	return {
		language: options.language === false ? [] : checker(text, tokens),
		privacy: options.privacy === false ? [] : detectPrivacy(text, tokens),
	};
}

/** Re-exported for callers that only need the options type. */
export type { LanguageWatchOptions };

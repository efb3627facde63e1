/**
 * What supervision needs from the other parts of the core, as small interfaces. The adapter (the
 * Obsidian plugin, the command line) hands in the real privacy module, search, language watch and
 * reflection computation; the supervision core never imports them itself, so it can be used and
 * tested on its own and each piece is wired where it is available.
 */
import type { GazeId, QuestionCategoryId } from '../domain';

/** An identifier found in a text (CPR number, phone, e-mail, room, address, birth date, age, name). */
export interface IdentifierFinding {
	/** The identifier's kind, as the privacy module names it (`cpr`, `phone`, `name`, ...). */
	readonly kind: string;
	/** Offset of the first character. */
	readonly from: number;
	/** Offset just after the last character. */
	readonly to: number;
}

/** The privacy module, as supervision uses it. */
export interface PrivacyPort {
	/** Finds identifiers in a text. */
	readonly detect: (text: string) => readonly IdentifierFinding[];
	/**
	 * A pseudonymiser for one preparation: replaces names and other identifiers in each text it is
	 * given; the same person keeps the same pseudonym across every call on the same pseudonymiser.
	 * `corpus`, every text the preparation will protect, is read first: a person named in any of
	 * them is known before the first text is protected (a name that only starts sentences in one
	 * note, "Karen fortalte ...", is named inside a sentence in another).
	 */
	readonly createPseudonymiser: (corpus?: readonly string[]) => (text: string) => string;
}

/** Language-watch findings in a text, as counts per category id (never the words found). */
export type LanguageCounter = (text: string, path?: string) => Readonly<Record<string, number>>;

/**
 * The period's mirror in brief, from the reflection computation (the figures the reflection view
 * shows for the same period).
 */
export interface MirrorBrief {
	/** Dated journal notes in the period. */
	readonly journalNotes: number;
	/** Notes per gaze. */
	readonly gazes: Readonly<Record<GazeId, number>>;
	/** Meeting and conversation notes, and how many of them address both citizen and staff. */
	readonly doublePerspective: { readonly meetings: number; readonly both: number };
	/** Questions she asked, per category (the six categories and feelings). */
	readonly questions: Readonly<Partial<Record<QuestionCategoryId, number>>>;
}

/**
 * What every text taken from her notes passes through before it reaches a preparation: the privacy
 * module's pseudonymiser (names and identifiers, unless she switched it off), then a CPR guard that
 * always runs.
 *
 * The guard is deliberately broader than the privacy check's CPR detection: detection must be
 * precise (a false alarm in the editor costs trust), while the guard protects material that leaves
 * the vault, where removing a ten-digit number that was not a CPR number costs nothing. So it takes
 * every CPR number however written (a real date with any separators, in bold, with a Unicode minus,
 * a zero-width space or an escaped hyphen: see privacy/cpr.ts) and any plain `DDDDDD-DDDD`.
 */
import type { Lang } from '../domain';
import { translate } from '../i18n';
import { findCprNumbers, replaceCprSpans } from '../privacy/cpr';
import type { PrivacyPort } from './ports';

/** True when the text holds anything shaped like a CPR number. */
export function containsCprLike(text: string): boolean {
	return findCprNumbers(text, 'guard').length > 0;
}

/** The offsets of everything shaped like a CPR number. */
export function findCprLike(text: string): { from: number; to: number }[] {
	return findCprNumbers(text, 'guard');
}

/** Replaces everything shaped like a CPR number with "[CPR fjernet]" / "[CPR removed]". */
export function removeCprLike(text: string, lang: Lang): string {
	return replaceCprSpans(text, findCprNumbers(text, 'guard'), translate(lang, 'supervision.cprRemoved'));
}

/** How texts are protected in one preparation. */
export interface Protector {
	/** Protects one text from a note. */
	readonly protect: (text: string) => string;
	/** True when names and identifiers are pseudonymised (not only CPR numbers removed). */
	readonly pseudonymised: boolean;
}

/**
 * A protector for one preparation: with the privacy module and `pseudonymise` on, every text is
 * pseudonymised with one shared mapping (a person keeps one pseudonym across excerpts; `corpus`, the
 * texts it will protect, is read first, so everyone named anywhere is known from the first text);
 * CPR numbers are removed in every case.
 */
export function createProtector(lang: Lang, privacy: PrivacyPort | null, pseudonymise: boolean, corpus: readonly string[] = []): Protector {
	const pseudonymiser = privacy && pseudonymise ? privacy.createPseudonymiser(corpus) : null;
	return {
		protect: (text) => removeCprLike(pseudonymiser ? pseudonymiser(text) : text, lang),
		pseudonymised: pseudonymiser !== null,
	};
}

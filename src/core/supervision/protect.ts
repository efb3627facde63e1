/**
 * What every text taken from her notes passes through before it reaches a preparation: the privacy
 * module's pseudonymiser (names and identifiers, unless she switched it off), then a CPR guard that
 * always runs.
 *
 * The guard is deliberately broader than the privacy module's CPR detection: detection must be
 * precise (a false alarm in the editor costs trust), while the guard protects material that leaves
 * the vault, where removing a ten-digit number that was not a CPR number costs nothing. So any
 * `DDDDDD-DDDD` (hyphen, dash or space optional) not inside a longer number is removed.
 */
import type { Lang } from '../domain';
import { translate } from '../i18n';
import type { PrivacyPort } from './ports';

/**
 * A CPR-shaped number (group 2) at the start of the text or after a character that is neither a digit
 * nor a hyphen (group 1, kept). The character before is matched, not looked behind at: Safari before
 * iOS 16.4 cannot parse a lookbehind, and one in main.js stops the plugin from loading there. This
 * finds the same numbers as a lookbehind would, because a match ends in a digit, so the character a
 * next match needs before it is never part of the previous match.
 */
const CPR_LIKE = /(^|[^\d-])(\d{6}[ \t]?[-‐‑–—]?[ \t]?\d{4})(?![\d-])/gu;

/** True when the text holds anything shaped like a CPR number. */
export function containsCprLike(text: string): boolean {
	CPR_LIKE.lastIndex = 0;
	const found = CPR_LIKE.test(text);
	CPR_LIKE.lastIndex = 0;
	return found;
}

/** The offsets of everything shaped like a CPR number. */
export function findCprLike(text: string): { from: number; to: number }[] {
	return [...text.matchAll(CPR_LIKE)].map((m) => {
		const from = m.index + (m[1]?.length ?? 0);
		return { from, to: from + (m[2]?.length ?? 0) };
	});
}

/** Replaces everything shaped like a CPR number with "[CPR fjernet]" / "[CPR removed]". */
export function removeCprLike(text: string, lang: Lang): string {
	const marker = translate(lang, 'supervision.cprRemoved');
	return text.replace(CPR_LIKE, (_match, before: string) => `${before}${marker}`);
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
 * pseudonymised with one shared mapping (a person keeps one pseudonym across excerpts); CPR numbers
 * are removed in every case.
 */
export function createProtector(lang: Lang, privacy: PrivacyPort | null, pseudonymise: boolean): Protector {
	const pseudonymiser = privacy && pseudonymise ? privacy.createPseudonymiser() : null;
	return {
		protect: (text) => removeCprLike(pseudonymiser ? pseudonymiser(text) : text, lang),
		pseudonymised: pseudonymiser !== null,
	};
}

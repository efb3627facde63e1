/**
 * Material suggestions for a supervision preparation: notes in the period with open follow-ups, notes
 * she marked for supervision, notes the language watch flags, and notes a search found (one citizen,
 * one theme). The plugin suggests; she chooses.
 */
import type { JournalNote } from '../journal-note';
import { isMarkedForSupervision } from './marking';
import { inPeriod, type SupervisionPeriod } from './period';
import type { LanguageCounter } from './ports';

/** Why a note is suggested. */
export type SuggestionReason =
	| { readonly kind: 'marked' }
	| { readonly kind: 'open-follow-ups'; readonly count: number }
	| { readonly kind: 'language'; readonly counts: Readonly<Record<string, number>>; readonly total: number }
	| { readonly kind: 'search'; readonly query: string };

/** A suggested note, with every reason it is suggested. */
export interface MaterialSuggestion {
	readonly path: string;
	readonly basename: string;
	readonly date: string;
	readonly reasons: readonly SuggestionReason[];
}

/** What else to suggest from. */
export interface SuggestOptions {
	/** The language watch's counts; without it, no language suggestions. */
	readonly languageCounts?: LanguageCounter | null;
	/** Notes a search found (paths, best first), with the query she typed. */
	readonly search?: { readonly query: string; readonly paths: readonly string[] } | null;
}

const REASON_WEIGHT: Readonly<Record<SuggestionReason['kind'], number>> = { marked: 8, search: 4, language: 2, 'open-follow-ups': 1 };

/** Notes that may be material: dated in the period, and not themselves supervision preparations. */
export function candidateNotes(notes: Iterable<JournalNote>, period: Pick<SupervisionPeriod, 'from' | 'to'>): JournalNote[] {
	return [...notes].filter((n) => inPeriod(n, period) && n.kind !== 'supervision-preparation');
}

/** The language-watch counts of a note with at least one finding, or null. */
function languageReason(note: JournalNote, counter: LanguageCounter): SuggestionReason | null {
	const counts = Object.fromEntries(Object.entries(counter(note.body, note.path)).filter(([, n]) => n > 0));
	const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
	return total > 0 ? { kind: 'language', counts, total } : null;
}

/**
 * Suggests material from the period: marked notes first, then search hits, language-watch flags and
 * open follow-ups; several reasons rank higher; ties go to the newer note.
 */
export function suggestMaterial(notes: Iterable<JournalNote>, period: Pick<SupervisionPeriod, 'from' | 'to'>, options: SuggestOptions = {}): MaterialSuggestion[] {
	const hits = new Set(options.search?.paths ?? []);
	const out: { suggestion: MaterialSuggestion; weight: number }[] = [];
	for (const note of candidateNotes(notes, period)) {
		const reasons: SuggestionReason[] = [];
		if (isMarkedForSupervision(note)) reasons.push({ kind: 'marked' });
		if (options.search && hits.has(note.path)) reasons.push({ kind: 'search', query: options.search.query });
		const language = options.languageCounts ? languageReason(note, options.languageCounts) : null;
		if (language) reasons.push(language);
		const open = note.tasks.filter((t) => !t.done).length;
		if (open > 0) reasons.push({ kind: 'open-follow-ups', count: open });
		if (reasons.length === 0) continue;
		const weight = reasons.reduce((sum, r) => sum + REASON_WEIGHT[r.kind], 0);
		out.push({ suggestion: { path: note.path, basename: note.basename, date: note.date ?? '', reasons }, weight });
	}
	out.sort((a, b) => b.weight - a.weight || b.suggestion.date.localeCompare(a.suggestion.date) || a.suggestion.path.localeCompare(b.suggestion.path));
	return out.map((o) => o.suggestion);
}

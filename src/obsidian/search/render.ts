import type { GazeId, KindId } from '../../core/domain';
import type { Translate } from '../../core/i18n';
import type { SearchResult } from '../../core/search';
import type { TextMatch } from '../../core/search/snippet';

/** "2026-06-05 · Borger, Medarbejdere · Beboerkonference". */
export function metaLine(t: Translate, date: string | null, gazes: readonly GazeId[], kind: KindId | null): string {
	return [date ?? t('search.undated'), gazes.map((g) => t(`gaze.${g}.short`)).join(', '), kind ? t(`kind.${kind}`) : '']
		.filter((part) => part !== '')
		.join(' · ');
}

/**
 * "Fandt 2 af 3 ord: vagtplan, møde": which of her words a result matched, when she typed more than
 * one (any word may match, so a result may lack some); null for a one-word or filter-only query.
 */
export function matchedLine(t: Translate, result: Pick<SearchResult, 'matchedWords' | 'wordCount'>): string | null {
	if (result.wordCount < 2) return null;
	return t('search.matched', { count: result.matchedWords.length, total: result.wordCount, words: result.matchedWords.join(', ') });
}

/** Writes a snippet into an element, each matched word in a `mark` (text nodes only, never HTML). */
export function renderSnippet(el: HTMLElement, text: string, matches: readonly TextMatch[]): void {
	let at = 0;
	for (const m of matches) {
		if (m.start > at) el.appendText(text.slice(at, m.start));
		el.createEl('mark', { text: text.slice(m.start, m.end) });
		at = m.end;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

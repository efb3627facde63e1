import type { GazeId, KindId } from '../../core/domain';
import type { Translate } from '../../core/i18n';
import type { TextMatch } from '../../core/search/snippet';

/** "2026-06-05 · Borger, Medarbejdere · Beboerkonference". */
export function metaLine(t: Translate, date: string | null, gazes: readonly GazeId[], kind: KindId | null): string {
	return [date ?? t('search.undated'), gazes.map((g) => t(`gaze.${g}.short`)).join(', '), kind ? t(`kind.${kind}`) : '']
		.filter((part) => part !== '')
		.join(' · ');
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

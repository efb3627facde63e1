import { SuggestModal } from 'obsidian';
import type { LookbackNote, LookbackResult } from '../../core/time/lookback';
import { formatDay } from '../../core/reflection/period';
import { foldWord } from '../../core/search/terms';
import type { PluginContext } from '../context';
import { openNoteAtLine } from '../search/open-note';
import { metaLine } from '../search/render';

/** A note in the look-back list, with the span it was found in. */
interface Row {
	readonly span: LookbackResult['span'];
	readonly note: LookbackNote;
}

/**
 * "Look back": the notes of the same ISO week a month, a quarter and a year before a day, nearest span
 * first; each row says which span and shows the note's first lines. Typing narrows by title or text;
 * Enter opens the note.
 */
export class LookbackModal extends SuggestModal<Row> {
	private readonly rows: readonly Row[];

	constructor(
		private readonly ctx: PluginContext,
		day: string,
		result: readonly LookbackResult[],
	) {
		super(ctx.app);
		const t = ctx.t();
		this.rows = result.flatMap((w) => w.notes.map((note) => ({ span: w.span, note })));
		this.emptyStateText = `${t('time.lookback.from', { date: formatDay(day, ctx.lang()) })}. ${result
			.map((w) => `${t(`time.lookback.span.${w.span}`)}: ${t('time.lookback.none')}`)
			.join(' ')}`;
		this.setPlaceholder(t('time.lookback.from', { date: formatDay(day, ctx.lang()) }));
		this.setInstructions([
			{ command: '↑↓', purpose: t('search.instructions.navigate') },
			{ command: '↵', purpose: t('search.instructions.open') },
			{ command: 'esc', purpose: t('search.instructions.close') },
		]);
	}

	override getSuggestions(query: string): Row[] {
		const q = foldWord(query.trim());
		return this.rows.filter((r) => q === '' || foldWord(`${r.note.title} ${r.note.firstLines}`).includes(q));
	}

	override renderSuggestion(row: Row, el: HTMLElement): void {
		const t = this.ctx.t();
		el.addClass('three-gazes-search-result');
		el.createDiv({ cls: 'three-gazes-lookback-span', text: t(`time.lookback.span.${row.span}`) });
		el.createDiv({ cls: 'three-gazes-search-title', text: row.note.title });
		el.createDiv({ cls: 'three-gazes-search-meta', text: metaLine(t, row.note.date, row.note.gazes, null) });
		if (row.note.firstLines !== '') el.createDiv({ cls: 'three-gazes-search-snippet', text: row.note.firstLines });
	}

	override onChooseSuggestion(row: Row, evt: MouseEvent | KeyboardEvent): void {
		const note = this.ctx.index.get(row.note.path);
		void openNoteAtLine(this.app, row.note.path, note?.bodyStartLine ?? 0, evt);
	}
}

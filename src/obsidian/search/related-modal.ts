import { SuggestModal } from 'obsidian';
import type { RelatedReflection } from '../../core/search';
import { TOOL_VOCABULARY } from '../../core/domain';
import { foldWord } from '../../core/search/terms';
import type { PluginContext } from '../context';
import { openNoteAtLine } from './open-note';
import { metaLine } from './render';

/**
 * "Related reflections": the earlier notes most like the open one, each with why (shared words,
 * tools, gazes). Typing narrows the list by title; Enter opens the note.
 */
export class RelatedModal extends SuggestModal<RelatedReflection> {
	constructor(
		private readonly ctx: PluginContext,
		title: string,
		private readonly related: readonly RelatedReflection[],
	) {
		super(ctx.app);
		const t = ctx.t();
		this.emptyStateText = t('search.related.none');
		this.setPlaceholder(t('search.related.title', { title }));
		this.setInstructions([
			{ command: '↑↓', purpose: t('search.instructions.navigate') },
			{ command: '↵', purpose: t('search.instructions.open') },
			{ command: 'esc', purpose: t('search.instructions.close') },
		]);
	}

	override getSuggestions(query: string): RelatedReflection[] {
		const q = foldWord(query.trim());
		return this.related.filter((r) => q === '' || foldWord(r.title).includes(q));
	}

	override renderSuggestion(item: RelatedReflection, el: HTMLElement): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		el.addClass('three-gazes-search-result');
		el.createDiv({ cls: 'three-gazes-search-title', text: item.title });
		el.createDiv({ cls: 'three-gazes-search-meta', text: metaLine(t, item.date, item.gazes, item.kind) });
		const reasons: string[] = [];
		if (item.reason.words.length > 0) reasons.push(t('search.related.words', { words: item.reason.words.join(', ') }));
		if (item.reason.tools.length > 0) reasons.push(t('search.related.tools', { tools: item.reason.tools.map((tool) => TOOL_VOCABULARY[tool][lang]).join(', ') }));
		if (item.reason.gazes.length > 0) reasons.push(t('search.related.gazes', { gazes: item.reason.gazes.map((g) => t(`gaze.${g}.short`)).join(', ') }));
		el.createDiv({ cls: 'three-gazes-search-snippet', text: reasons.join(' · ') });
	}

	override onChooseSuggestion(item: RelatedReflection, evt: MouseEvent | KeyboardEvent): void {
		const note = this.ctx.index.get(item.path);
		void openNoteAtLine(this.app, item.path, note?.bodyStartLine ?? 0, evt);
	}
}

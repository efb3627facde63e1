import { SuggestModal } from 'obsidian';
import type { SearchResult } from '../../core/search';
import type { PluginContext } from '../context';
import { openNoteAtLine } from './open-note';
import { matchedLine, metaLine, renderSnippet } from './render';
import type { SearchService } from './search-service';

/** How long typing must pause before the query runs. */
const DEBOUNCE_MS = 120;
/** How many results the modal shows. */
const LIMIT = 30;

/**
 * "Search reflections": results as she types (debounced), best first, each with its date, gazes,
 * kind and a snippet with the matched words marked; hints about the query above the list; Enter
 * opens the note at the match (Ctrl/Cmd+Enter in a new tab). Arrow keys, Enter and Escape are
 * SuggestModal's own, so the modal is fully usable from the keyboard.
 */
export class SearchModal extends SuggestModal<SearchResult> {
	/** Hints about the query and the index's progress (a live region, read by screen readers). */
	readonly hintEl: HTMLElement;
	private timer: number | null = null;
	private waiting: ((results: SearchResult[]) => void)[] = [];
	private stopListening: (() => void) | null = null;

	constructor(
		private readonly ctx: PluginContext,
		private readonly service: SearchService,
	) {
		super(ctx.app);
		const t = ctx.t();
		this.limit = LIMIT;
		this.emptyStateText = t('search.noResults');
		this.setPlaceholder(t('search.placeholder'));
		this.setInstructions([
			{ command: '↑↓', purpose: t('search.instructions.navigate') },
			{ command: '↵', purpose: t('search.instructions.open') },
			{ command: 'esc', purpose: t('search.instructions.close') },
		]);
		this.hintEl = createDiv({ cls: 'three-gazes-search-hints', attr: { 'aria-live': 'polite' } });
		this.inputEl.insertAdjacentElement('afterend', this.hintEl);
	}

	override onOpen(): void {
		void super.onOpen();
		// Results typed before the index was complete are refreshed when a slice finishes.
		this.stopListening = this.service.onUpdate(() => this.inputEl.dispatchEvent(new Event('input')));
	}

	override onClose(): void {
		super.onClose();
		this.stopListening?.();
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		for (const resolve of this.waiting) resolve([]);
		this.waiting = [];
	}

	/** Debounced: every call waiting on the same pause gets the latest results. */
	override getSuggestions(query: string): Promise<SearchResult[]> {
		if (this.timer !== null) window.clearTimeout(this.timer);
		return new Promise((resolve) => {
			this.waiting.push(resolve);
			this.timer = window.setTimeout(() => {
				this.timer = null;
				const results = this.run(query);
				for (const waiting of this.waiting) waiting(results);
				this.waiting = [];
			}, DEBOUNCE_MS);
		});
	}

	/** Runs a query now and shows its hints; the results the list would show. */
	run(query: string): SearchResult[] {
		const t = this.ctx.t();
		const outcome = this.service.search(query, LIMIT);
		this.hintEl.empty();
		for (const hint of outcome.hints) this.hintEl.createDiv({ cls: 'three-gazes-search-hint', text: t(hint.key, hint.vars) });
		if (outcome.suggestion !== undefined) {
			// "Did you mean …": a button that searches for the suggestion instead.
			const suggestion = outcome.suggestion;
			const button = this.hintEl.createEl('button', { cls: 'three-gazes-search-suggestion', text: t('search.didYouMean', { query: suggestion.trim() }) });
			button.addEventListener('click', () => {
				this.inputEl.value = suggestion;
				this.inputEl.dispatchEvent(new Event('input'));
				this.inputEl.focus();
			});
		}
		const { done, total } = this.service.progress();
		if (done < total) this.hintEl.createDiv({ cls: 'three-gazes-search-hint', text: t('search.indexing', { done, total }) });
		return [...outcome.results];
	}

	override renderSuggestion(result: SearchResult, el: HTMLElement): void {
		el.addClass('three-gazes-search-result');
		el.createDiv({ cls: 'three-gazes-search-title', text: result.title });
		el.createDiv({ cls: 'three-gazes-search-meta', text: metaLine(this.ctx.t(), result.date, result.gazes, result.kind) });
		const matched = matchedLine(this.ctx.t(), result);
		if (matched) el.createDiv({ cls: 'three-gazes-search-matched', text: matched });
		renderSnippet(el.createDiv({ cls: 'three-gazes-search-snippet' }), result.snippet, result.matches);
	}

	override onChooseSuggestion(result: SearchResult, evt: MouseEvent | KeyboardEvent): void {
		void openNoteAtLine(this.app, result.path, result.line, evt);
	}
}

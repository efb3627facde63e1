import { Modal } from 'obsidian';
import { excerptAt, type NoteCheck } from '../../core/check-note';
import { withNotHere } from '../../core/language/not-here';
import { explainFinding, type LanguageFinding } from '../../core/language/watch';
import type { PluginContext } from '../context';

/** Where a finding is, for jumping there. 0-based, as the editor counts. */
export interface FindingPosition {
	readonly line: number;
	readonly ch: number;
}

/**
 * "Check this note": every language finding (category, the words in their place, why, a gentler wording, the
 * source; a question when quoted) and every piece of personal data. Clicking one jumps to it.
 * Nothing in the note is changed.
 */
export class CheckModal extends Modal {
	constructor(
		private readonly ctx: PluginContext,
		/** The note's text, for the words around each finding. */
		private readonly text: string,
		private readonly result: NoteCheck,
		private readonly jump: (position: FindingPosition) => void,
		/** The note's vault path, for "not here" in this note; null offers "every note" only. */
		private readonly path: string | null = null,
	) {
		super(ctx.app);
	}

	override onOpen(): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass('three-gazes-check');
		this.setTitle(t('watch.modal.title'));
		contentEl.createEl('p', { text: t('watch.modal.intro'), cls: 'setting-item-description' });

		contentEl.createEl('h3', { text: t('watch.modal.language') });
		if (this.result.language.length === 0) contentEl.createEl('p', { text: t('watch.modal.noLanguage') });
		const languageList = contentEl.createEl('ul', { cls: 'three-gazes-check-list' });
		for (const f of this.result.language) {
			const e = explainFinding(f, lang);
			const entry = languageList.createEl('li');
			const item = entry.createDiv({ cls: `three-gazes-check-item three-gazes-watch-${f.category}` });
			const head = item.createDiv({ cls: 'three-gazes-check-head' });
			head.createEl('strong', { text: e.title });
			head.createSpan({ text: ` · ${t('watch.line', { line: f.line + 1 })} · ${f.quoted ? t('watch.quoted') : t('watch.own')}` });
			this.renderExcerpt(item, f);
			if (e.question) item.createDiv({ cls: 'three-gazes-check-question', text: e.question });
			item.createDiv({ text: `${t('watch.why')}: ${e.why}` });
			if (e.support) item.createDiv({ cls: 'three-gazes-check-support', text: t('watch.support') });
			if (e.gentler) item.createDiv({ text: `${t('watch.gentler')}: ${e.gentler}` });
			item.createEl('small', { text: `${t('watch.source')}: ${e.source}` });
			this.makeJumpable(item, { line: f.line, ch: f.column });
			this.renderNotHere(entry, item, f);
		}

		contentEl.createEl('h3', { text: t('watch.modal.privacy') });
		if (this.result.privacy.length === 0) contentEl.createEl('p', { text: t('watch.modal.noPrivacy') });
		const privacyList = contentEl.createEl('ul', { cls: 'three-gazes-check-list' });
		for (const f of this.result.privacy) {
			const item = privacyList.createEl('li').createDiv({ cls: 'three-gazes-check-item' });
			const head = item.createDiv({ cls: 'three-gazes-check-head' });
			head.createEl('strong', { text: t(`privacy.kind.${f.kind}`) });
			head.createSpan({ text: ` · ${t('watch.line', { line: f.line + 1 })}` });
			this.renderExcerpt(item, f);
			this.makeJumpable(item, { line: f.line, ch: f.column });
		}
		if (this.result.privacy.length > 0) contentEl.createEl('p', { text: t('privacy.why'), cls: 'setting-item-description' });
	}

	/**
	 * The words found, marked in the words around them: the same words found twice on one line
	 * (quoted, then said in one's own words) are two places, and look like two.
	 */
	private renderExcerpt(item: HTMLElement, finding: { readonly from: number; readonly to: number }): void {
		const excerpt = excerptAt(this.text, finding.from, finding.to);
		const el = item.createDiv({ cls: 'three-gazes-check-match' });
		el.appendText(excerpt.before);
		el.createEl('mark', { text: excerpt.match });
		el.appendText(excerpt.after);
	}

	/**
	 * "Not here": allow the words in this note, or in every note. Stored in her settings, so the
	 * underline, this check, the mirror and the command line all leave them out from now on.
	 */
	private renderNotHere(entry: HTMLElement, item: HTMLElement, finding: LanguageFinding): void {
		const t = this.ctx.t();
		// Beside the finding, not inside it: the finding is a button (it jumps), and buttons do not nest.
		const row = entry.createDiv({ cls: 'three-gazes-check-not-here' });
		row.createSpan({ text: `${t('watch.notHere.label')} ` });
		const choose = (path: string | null, done: string): void => {
			// Open editors redraw their underlines with the new settings, as after a change in the settings tab.
			void this.ctx.store.update((s) => withNotHere(s, finding.match, path)).then(() => this.ctx.app.workspace.updateOptions());
			row.empty();
			row.setText(t(done));
			item.addClass('is-allowed');
		};
		const buttons: Array<[string | null, string, string]> = [];
		if (this.path !== null) buttons.push([this.path, 'watch.notHere.note', 'watch.notHere.doneNote']);
		buttons.push([null, 'watch.notHere.everywhere', 'watch.notHere.doneEverywhere']);
		for (const [path, label, done] of buttons) {
			const button = row.createEl('button', { text: t(label), cls: 'three-gazes-check-not-here-button' });
			button.addEventListener('click', () => choose(path, done));
		}
	}

	/** The item inside its list entry becomes a button (a list holds list entries, never buttons). */
	private makeJumpable(item: HTMLElement, position: FindingPosition): void {
		item.tabIndex = 0;
		item.setAttr('role', 'button');
		const go = (): void => {
			this.close();
			this.jump(position);
		};
		item.addEventListener('click', go);
		item.addEventListener('keydown', (event: KeyboardEvent) => {
			if (event.key === 'Enter' || event.key === ' ') {
				event.preventDefault();
				go();
			}
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

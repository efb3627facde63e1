import { Modal, Notice, Setting, type TFile } from 'obsidian';
import { GAZES, type GazeId } from '../../core/domain';
import { tagLang } from '../../core/settings';
import type { GazeSuggestion } from '../../core/tagging/classify';
import type { PluginContext } from '../context';
import { writeGazeTags } from './write-tags';
import { modalButtons } from '../modal-buttons';

/** How many reasons are shown under each gaze. */
const MAX_REASONS = 5;

/**
 * "Tag this note by gaze": the three gazes as toggles, pre-selected from the note's tags (or, for an
 * untagged note, from the suggestion), each with its reasons. Applying adds and removes tags.
 */
export class TagNoteModal extends Modal {
	private readonly selected: Set<GazeId>;

	constructor(
		private readonly ctx: PluginContext,
		private readonly file: TFile,
		private readonly current: readonly GazeId[],
		private readonly suggestion: GazeSuggestion,
	) {
		super(ctx.app);
		this.selected = new Set(current.length > 0 ? current : suggestion.suggested);
	}

	/** The gazes switched on now. */
	selection(): GazeId[] {
		return GAZES.filter((g) => this.selected.has(g));
	}

	/** Switches a gaze on or off (the toggles call this). */
	setSelected(gaze: GazeId, on: boolean): void {
		if (on) this.selected.add(gaze);
		else this.selected.delete(gaze);
	}

	override onOpen(): void {
		const t = this.ctx.t();
		this.setTitle(t('tagging.modal.title', { name: this.file.basename }));
		const { contentEl } = this;
		contentEl.empty();
		contentEl.createEl('p', { text: t(this.current.length > 0 ? 'tagging.modal.introTagged' : 'tagging.modal.intro') });
		for (const score of this.suggestion.gazes) {
			const gaze = score.gaze;
			const suggested = this.suggestion.suggested.includes(gaze);
			new Setting(contentEl)
				.setName(t(`gaze.${gaze}`))
				.setDesc(suggested ? t('tagging.modal.suggested') : t('tagging.modal.notSuggested'))
				.addToggle((toggle) => {
					toggle.setValue(this.selected.has(gaze)).onChange((on) => this.setSelected(gaze, on));
					// The switch's input is named by its gaze (screen readers; axe: form elements must have labels).
					(toggle.toggleEl.querySelector('input') ?? toggle.toggleEl).setAttribute('aria-label', t(`gaze.${gaze}`));
				});
			const reasons = contentEl.createEl('ul', { cls: 'three-gazes-reasons' });
			if (score.reasons.length === 0) reasons.createEl('li', { text: t('tagging.modal.noReasons') });
			for (const reason of score.reasons.slice(0, MAX_REASONS)) reasons.createEl('li', { text: reason });
		}
		modalButtons(contentEl, t, { back: 'cancel', onBack: () => this.close(), main: { text: t('tagging.modal.apply'), onClick: () => void this.apply() } });
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Writes the selection: adds what was switched on, removes what was switched off. */
	async apply(): Promise<void> {
		const t = this.ctx.t();
		const chosen = this.selection();
		const add = chosen.filter((g) => !this.current.includes(g));
		const remove = this.current.filter((g) => !chosen.includes(g));
		const result = await writeGazeTags(this.ctx.app, this.file, {
			add,
			remove,
			lang: tagLang(this.ctx.settings(), this.ctx.lang()),
			uiLang: this.ctx.lang(),
		});
		const path = this.file.path;
		if (result.kind === 'refused') new Notice(t('tagging.notice.refused', { path, reason: result.message }));
		else if (result.kind === 'unchanged') new Notice(t('tagging.notice.unchanged', { path }));
		else new Notice(t('tagging.notice.written', { path }));
		this.close();
	}
}

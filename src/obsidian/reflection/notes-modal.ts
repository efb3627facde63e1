import { Modal, type App } from 'obsidian';
import type { Translate } from '../../core/i18n';
import { openNote } from './open';
import { modalButtons } from '../modal-buttons';

/** The notes behind a number, as a list of links; choosing one opens it and closes the list. */
export class NotesModal extends Modal {
	constructor(
		app: App,
		private readonly t: Translate,
		private readonly label: string,
		private readonly paths: readonly string[],
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.t('reflection.notesModal', { label: this.label }));
		const list = this.contentEl.createEl('ul', { cls: 'three-gazes-notes-list' });
		for (const path of this.paths) {
			const link = list.createEl('li').createEl('a', { text: path.replace(/\.md$/i, ''), href: '#', cls: 'three-gazes-note-link' });
			link.addEventListener('click', (evt) => {
				evt.preventDefault();
				void openNote(this.app, path, evt);
				this.close();
			});
		}
		modalButtons(this.contentEl, this.t, { back: 'close', onBack: () => this.close() });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

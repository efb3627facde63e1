import { Modal, Notice, Setting, type MarkdownView, type TFile } from 'obsidian';
import { detectPrivacy, type PrivacyKind } from '../../core/privacy/detect';
import {
	pseudonymise,
	suggestPeople,
	type IdentifierKind,
	type PersonChoice,
	type PersonRole,
	type PseudonymiseResult,
} from '../../core/privacy/pseudonymise';
import { holdsReplacementCharacter } from '../../core/text';
import { nameControls } from '../a11y';
import type { PluginContext } from '../context';
import { vaultPath } from '../paths';
import { modalButtons } from '../modal-buttons';
import { offerUndo } from '../undo';

type RoleChoice = PersonRole | 'keep';

/** The dialogue's choices; pure so tests can drive it. */
export interface PseudonymiseState {
	/** Each suggested or added name, with what to do with it. */
	readonly people: Array<{ name: string; role: RoleChoice }>;
	/** Identifier kinds found in the note, and whether to replace them. */
	readonly identifiers: Array<{ kind: IdentifierKind; count: number; replace: boolean }>;
	keepMapping: boolean;
}

/** The starting choices for a note: every suggested person kept, every found identifier replaced. */
export function initialState(text: string): PseudonymiseState {
	const counts = new Map<PrivacyKind, number>();
	for (const f of detectPrivacy(text)) if (f.kind !== 'name') counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
	return {
		people: suggestPeople(text).map((name) => ({ name, role: 'keep' })),
		identifiers: [...counts].map(([kind, count]) => ({ kind: kind as IdentifierKind, count, replace: true })),
		keepMapping: false,
	};
}

/** The result of the choices. */
export function applyState(text: string, state: PseudonymiseState, lang: 'da' | 'en'): PseudonymiseResult {
	const people: PersonChoice[] = state.people.flatMap((p) => (p.role === 'keep' ? [] : [{ name: p.name, role: p.role }]));
	const identifiers = state.identifiers.filter((i) => i.replace).map((i) => i.kind);
	return pseudonymise(text, { people, identifiers }, lang);
}

/** The key note's text: a table of original and pseudonym. */
export function mappingNote(title: string, result: Pick<PseudonymiseResult, 'mapping'>): string {
	const rows = result.mapping.map((m) => `| ${m.original.replace(/\|/g, '\\|')} | ${m.replacement} | ${m.count} |`);
	return [`# ${title}`, '', '| | | |', '|---|---|---|', ...rows, ''].join('\n');
}

/**
 * "Pseudonymise this note…": she picks people and identifiers, sees the result, and only "Replace
 * in the note" writes, refused when the note changed meanwhile. When the note is open in an editor
 * (`view`), the replacements go through that editor as one transaction of the replaced words alone,
 * so her cursor, folds and undo stay (one undo brings the names back); otherwise through
 * `Vault.process`. The key is saved as a note only when she asks.
 */
export class PseudonymiseModal extends Modal {
	private readonly state: PseudonymiseState;
	private previewEl: HTMLElement | null = null;

	constructor(
		private readonly ctx: PluginContext,
		private readonly file: TFile,
		private readonly original: string,
		private readonly view: MarkdownView | null = null,
	) {
		super(ctx.app);
		this.state = initialState(original);
	}

	override onOpen(): void {
		this.render();
	}

	private render(): void {
		const t = this.ctx.t();
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass('three-gazes-pseudonymise');
		this.setTitle(t('privacy.modal.title'));
		contentEl.createEl('p', { text: t('privacy.modal.intro'), cls: 'setting-item-description' });

		new Setting(contentEl).setName(t('privacy.modal.people')).setHeading();
		const roles: Record<RoleChoice, string> = {
			keep: t('privacy.role.keep'),
			citizen: t('privacy.role.citizen'),
			employee: t('privacy.role.employee'),
			relative: t('privacy.role.relative'),
		};
		for (const person of this.state.people) {
			const row = new Setting(contentEl).setName(person.name).addDropdown((d) =>
				d.addOptions(roles).setValue(person.role).onChange((value) => {
					person.role = value as RoleChoice;
					this.updatePreview();
				}),
			);
			nameControls(row);
		}
		let added = '';
		const addRow = new Setting(contentEl)
			.setName(t('privacy.modal.addPerson'))
			.addText((text) => text.setPlaceholder(t('privacy.modal.addPerson.placeholder')).onChange((v) => (added = v)))
			.addButton((b) =>
				b.setButtonText(t('privacy.modal.add')).onClick(() => {
					const name = added.trim();
					if (name === '' || this.state.people.some((p) => p.name.toLowerCase() === name.toLowerCase())) return;
					this.state.people.push({ name, role: 'citizen' });
					this.render();
				}),
			);
		nameControls(addRow);

		if (this.state.identifiers.length > 0) new Setting(contentEl).setName(t('privacy.modal.identifiers')).setHeading();
		for (const id of this.state.identifiers) {
			const row = new Setting(contentEl).setName(`${t(`privacy.kind.${id.kind}`)} (${id.count})`).addToggle((toggle) =>
				toggle.setValue(id.replace).onChange((v) => {
					id.replace = v;
					this.updatePreview();
				}),
			);
			nameControls(row);
		}
		nameControls(
			new Setting(contentEl)
				.setName(t('privacy.modal.keepMapping'))
				.setDesc(t('privacy.modal.keepMapping.desc'))
				.addToggle((toggle) => toggle.setValue(this.state.keepMapping).onChange((v) => (this.state.keepMapping = v))),
		);

		new Setting(contentEl).setName(t('privacy.modal.preview')).setHeading();
		// It scrolls, so it takes focus: the keyboard can then scroll it.
		this.previewEl = contentEl.createEl('pre', {
			cls: 'three-gazes-pseudonymise-preview',
			attr: { tabindex: 0, 'aria-label': t('privacy.modal.preview') },
		});
		this.updatePreview();

		modalButtons(contentEl, t, { back: 'cancel', onBack: () => this.close(), main: { text: t('privacy.modal.apply'), onClick: () => void this.apply() } });
	}

	private updatePreview(): void {
		if (!this.previewEl) return;
		const result = applyState(this.original, this.state, this.ctx.lang());
		this.previewEl.setText(result.replacements === 0 ? this.ctx.t()('privacy.modal.nothing') : result.text);
	}

	/** Writes the chosen replacements; returns the number made (0 when nothing was written). */
	async apply(): Promise<number> {
		const t = this.ctx.t();
		const result = applyState(this.original, this.state, this.ctx.lang());
		if (result.replacements === 0) {
			new Notice(t('privacy.modal.nothing'));
			this.close();
			return 0;
		}
		// Bytes that were not UTF-8 were read as U+FFFD: writing the note back would lose them for good.
		if (holdsReplacementCharacter(this.original)) {
			new Notice(t('file.replacementNotice', { path: this.file.path }));
			return 0;
		}
		let changedMeanwhile = false;
		try {
			const editor = this.view?.file?.path === this.file.path ? this.view.editor : null;
			if (editor) {
				// The open editor holds the note (perhaps not yet saved): it is the text to change.
				if (editor.getValue() !== this.original) changedMeanwhile = true;
				else {
					// Positions refer to the text before the transaction, as in CodeMirror; listed from the
					// end, they are right too for an editor that applies them one after another.
					const changes = [...result.edits].reverse().map((edit) => ({ from: editor.offsetToPos(edit.from), to: editor.offsetToPos(edit.to), text: edit.text }));
					editor.transaction({ changes }, 'three-gazes-pseudonymise');
				}
			} else {
				await this.ctx.app.vault.process(this.file, (current) => {
					if (current !== this.original) {
						changedMeanwhile = true;
						return current;
					}
					return result.text;
				});
			}
		} catch (error) {
			new Notice(t('privacy.failed', { reason: error instanceof Error ? error.message : String(error) }));
			return 0;
		}
		if (changedMeanwhile) {
			new Notice(t('privacy.changed'));
			return 0;
		}
		// The note's old text leaves the index cache in the plugin's folder promptly.
		this.ctx.bridge.forgetText(this.file.path);
		if (this.state.keepMapping) await this.saveMapping(result);
		offerUndo(this.ctx, t('privacy.done', { count: result.replacements }), [{ path: this.file.path, before: this.original, after: result.text }]);
		this.close();
		return result.replacements;
	}

	private async saveMapping(result: PseudonymiseResult): Promise<void> {
		const t = this.ctx.t();
		const title = t('privacy.mappingNote', { note: this.file.basename });
		const folder = this.file.parent?.path ?? '';
		const inFolder = (name: string): string => (folder === '' || folder === '/' ? vaultPath(name) : vaultPath(folder, name));
		let path = inFolder(`${title}.md`);
		for (let n = 2; this.ctx.app.vault.getAbstractFileByPath(path); n++) path = inFolder(`${title} ${n}.md`);
		await this.ctx.app.vault.create(path, mappingNote(title, result));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

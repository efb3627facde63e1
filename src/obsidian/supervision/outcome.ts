import { Modal, Notice, Setting, type TFile } from 'obsidian';
import { addDays, isoDay } from '../../core/supervision/dates';
import { holdsReplacementCharacter } from '../../core/text';
import { recordOutcome, type OutcomeError, type SupervisionOutcome } from '../../core/supervision/outcome';
import type { PluginContext } from '../context';
import { activePreparation } from './export';
import { modalButtons } from '../modal-buttons';

/** The outcome of recording: written, or why not (the note is unchanged then). */
export type RecordResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** Adds the outcome to the note with `Vault.process`; a refused outcome leaves the note as it was. */
export async function recordOutcomeInFile(ctx: PluginContext, file: TFile, outcome: SupervisionOutcome): Promise<RecordResult> {
	const t = ctx.t();
	const options = { today: isoDay(ctx.now()), lang: ctx.lang() };
	let error: OutcomeError | null = null;
	let unreadable = false;
	await ctx.app.vault.process(file, (text) => {
		// Bytes that were not UTF-8 were read as U+FFFD: writing the note back would lose them for good.
		if (holdsReplacementCharacter(text)) {
			unreadable = true;
			return text;
		}
		const result = recordOutcome(text, outcome, options);
		if (!result.ok) {
			error = result.error;
			return text;
		}
		return result.text;
	});
	if (unreadable) {
		const message = t('file.replacementNotice', { path: file.path });
		new Notice(message);
		return { ok: false, message };
	}
	const refused = error as OutcomeError | null;
	if (refused) {
		const message = refused.kind === 'empty' ? t('supervision.outcome.error.empty') : t('supervision.outcome.error.date', { value: refused.value });
		new Notice(message);
		return { ok: false, message };
	}
	new Notice(t('supervision.outcome.saved', { path: file.path }));
	return { ok: true };
}

/** The default revisit: six weeks from today. */
const REVISIT_DAYS = 42;

/** "Record supervision outcome": takeaways, next steps, a revisit date. */
export class OutcomeModal extends Modal {
	/** What she typed (public for tests). */
	outcome: SupervisionOutcome;

	constructor(
		private readonly ctx: PluginContext,
		private readonly file: TFile,
	) {
		super(ctx.app);
		this.outcome = { takeaways: '', nextSteps: '', revisitDate: addDays(isoDay(ctx.now()), REVISIT_DAYS) };
	}

	override onOpen(): void {
		const t = this.ctx.t();
		this.titleEl.setText(t('supervision.outcome.title'));
		const { contentEl } = this;
		new Setting(contentEl)
			.setName(t('supervision.outcome.takeaways'))
			.setDesc(t('supervision.outcome.takeaways.desc'))
			.addTextArea((area) => area.onChange((value) => (this.outcome = { ...this.outcome, takeaways: value })));
		new Setting(contentEl)
			.setName(t('supervision.outcome.nextSteps'))
			.setDesc(t('supervision.outcome.nextSteps.desc'))
			.addTextArea((area) => area.onChange((value) => (this.outcome = { ...this.outcome, nextSteps: value })));
		new Setting(contentEl)
			.setName(t('supervision.outcome.revisitDate'))
			.setDesc(t('supervision.outcome.revisitDate.desc'))
			.addText((text) => text.setPlaceholder(t('supervision.placeholder.date')).setValue(this.outcome.revisitDate).onChange((value) => (this.outcome = { ...this.outcome, revisitDate: value })));
		modalButtons(contentEl, t, { back: 'cancel', onBack: () => this.close(), main: { text: t('supervision.outcome.save'), onClick: () => void this.submit() } });
	}

	/** Writes the outcome; the modal stays open when it is refused, so nothing she typed is lost. */
	async submit(): Promise<RecordResult> {
		const result = await recordOutcomeInFile(this.ctx, this.file, this.outcome);
		if (result.ok) this.close();
		return result;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** "Record supervision outcome" on the active preparation note (null when none is open). */
export function openOutcomeModal(ctx: PluginContext): OutcomeModal | null {
	const file = activePreparation(ctx);
	if (!file) return null;
	return openOutcomeModalFor(ctx, file);
}

/** "Record supervision outcome" on a preparation. */
export function openOutcomeModalFor(ctx: PluginContext, file: TFile): OutcomeModal {
	const modal = new OutcomeModal(ctx, file);
	modal.open();
	return modal;
}

import { Modal, TFile } from 'obsidian';
import { GAZES, type GazeId } from '../../core/domain';
import type { JournalNote } from '../../core/journal-note';
import { tagLang } from '../../core/settings';
import { runBulkTagging, type BulkItem, type BulkOutcome, type BulkSummary } from '../../core/tagging/bulk';
import { classifyGazes } from '../../core/tagging/classify';
import type { PluginContext } from '../context';
import { offerUndo, type WrittenChange } from '../undo';
import { writeGazeTags } from './write-tags';
import { modalButtons } from '../modal-buttons';

/** One untagged note in the list: its suggestion, the user's choice, and what became of it. */
interface Row {
	readonly path: string;
	readonly chosen: Set<GazeId>;
	/** The short reasons shown for each suggested gaze. */
	readonly reasons: string;
	done: boolean;
	statusEl: HTMLElement | null;
	inputs: HTMLInputElement[];
	acceptButton: HTMLButtonElement | null;
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * "Tag untagged journal notes…": every journal note without a gaze tag, with its suggestion. The user
 * changes the gazes per note and accepts one note or all; a run over hundreds of notes shows
 * progress, can be cancelled (also by closing), and ends with a summary of what was written and
 * what was refused, and why.
 */
export class BulkTagModal extends Modal {
	private rows: Row[] = [];
	private cancelled = false;
	private running = false;
	private progressEl: HTMLElement | null = null;
	private summaryEl: HTMLElement | null = null;

	constructor(private readonly ctx: PluginContext) {
		super(ctx.app);
	}

	override onOpen(): void {
		void this.load();
	}

	override onClose(): void {
		this.cancelled = true;
		this.contentEl.empty();
	}

	/** The untagged journal notes with their suggestions; resolves when the list is shown. */
	async load(): Promise<void> {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		this.setTitle(t('tagging.bulk.title'));
		const { contentEl } = this;
		contentEl.empty();
		contentEl.createEl('p', { text: t('index.building') });
		await this.ctx.bridge.whenBuilt();
		const notes: JournalNote[] = [...this.ctx.index.notes()].filter((n) => n.gazes.length === 0).sort((a, b) => a.path.localeCompare(b.path));
		this.rows = notes.map((note) => {
			const suggestion = classifyGazes(note, { lang, learned: this.ctx.learning });
			const reasons = suggestion.gazes
				.filter((g) => suggestion.suggested.includes(g.gaze))
				.map((g) => `${t(`gaze.${g.gaze}.short`)}: ${g.reasons.slice(0, 2).join(', ')}`)
				.join(' · ');
			return { path: note.path, chosen: new Set(suggestion.suggested), reasons, done: false, statusEl: null, inputs: [], acceptButton: null };
		});
		this.render();
	}

	/** The paths listed, in order. */
	paths(): string[] {
		return this.rows.map((r) => r.path);
	}

	/** The gazes chosen for a note now. */
	selectionOf(path: string): GazeId[] {
		const row = this.rows.find((r) => r.path === path);
		return row ? GAZES.filter((g) => row.chosen.has(g)) : [];
	}

	/** Changes the gazes chosen for a note (the checkboxes call this). */
	setSelection(path: string, gazes: readonly GazeId[]): void {
		const row = this.rows.find((r) => r.path === path);
		if (!row) return;
		row.chosen.clear();
		for (const g of gazes) row.chosen.add(g);
		GAZES.forEach((g, i) => {
			const input = row.inputs[i];
			if (input) input.checked = row.chosen.has(g);
		});
	}

	/** Stops a running "accept all" after the note being written. */
	cancel(): void {
		this.cancelled = true;
	}

	private render(): void {
		const t = this.ctx.t();
		const { contentEl } = this;
		contentEl.empty();
		if (this.rows.length === 0) {
			contentEl.createEl('p', { text: t('tagging.bulk.empty') });
			modalButtons(contentEl, t, { back: 'close', onBack: () => this.close() });
			return;
		}
		contentEl.createEl('p', { text: t('tagging.bulk.count', { count: this.rows.length }) });
		modalButtons(contentEl, t, {
			back: 'close',
			onBack: () => this.close(),
			secondary: [{ text: t('tagging.bulk.cancel'), onClick: () => this.cancel() }],
			main: { text: t('tagging.bulk.acceptAll'), onClick: () => void this.acceptAll() },
		});
		this.progressEl = contentEl.createDiv({ cls: 'three-gazes-bulk-progress' });
		this.summaryEl = contentEl.createDiv({ cls: 'three-gazes-bulk-summary' });
		const list = contentEl.createDiv({ cls: 'three-gazes-bulk-list' });
		for (const row of this.rows) {
			const rowEl = list.createDiv({ cls: 'three-gazes-bulk-row' });
			rowEl.createDiv({ cls: 'three-gazes-bulk-path', text: row.path });
			const choices = rowEl.createDiv({ cls: 'three-gazes-bulk-gazes' });
			row.inputs = GAZES.map((gaze) => {
				const label = choices.createEl('label');
				const input = label.createEl('input', { type: 'checkbox' });
				input.checked = row.chosen.has(gaze);
				input.addEventListener('change', () => {
					if (input.checked) row.chosen.add(gaze);
					else row.chosen.delete(gaze);
				});
				label.appendText(` ${t(`gaze.${gaze}.short`)}`);
				return input;
			});
			rowEl.createDiv({ cls: 'three-gazes-bulk-reasons', text: row.reasons || t('tagging.bulk.noSuggestion') });
			row.acceptButton = rowEl.createEl('button', { text: t('tagging.bulk.accept') });
			row.acceptButton.addEventListener('click', () => void this.acceptOne(row.path));
			row.statusEl = rowEl.createDiv({ cls: 'three-gazes-bulk-status' });
		}
	}

	private async write(item: BulkItem, onWritten?: (change: WrittenChange) => void): Promise<BulkOutcome> {
		const t = this.ctx.t();
		const file = this.ctx.app.vault.getAbstractFileByPath(item.path);
		if (!(file instanceof TFile)) return { kind: 'refused', reason: 'missing', message: t('tagging.bulk.gone') };
		const result = await writeGazeTags(this.ctx.app, file, {
			add: item.gazes,
			remove: [],
			lang: tagLang(this.ctx.settings(), this.ctx.lang()),
			uiLang: this.ctx.lang(),
		}, onWritten);
		return result.kind === 'refused' ? { kind: 'refused', reason: result.reason, message: result.message } : { kind: result.kind };
	}

	private markDone(row: Row, outcome: BulkOutcome | 'skipped'): void {
		const t = this.ctx.t();
		row.done = outcome !== 'skipped' && outcome.kind !== 'refused';
		for (const input of row.inputs) input.disabled = row.done;
		if (row.acceptButton) row.acceptButton.disabled = row.done;
		const text =
			outcome === 'skipped'
				? t('tagging.bulk.noGaze')
				: outcome.kind === 'refused'
					? t('tagging.bulk.rowRefused', { reason: outcome.message })
					: outcome.kind === 'unchanged'
						? t('tagging.bulk.rowUnchanged')
						: t('tagging.bulk.rowWritten');
		row.statusEl?.setText(text);
	}

	/** Writes one note with its chosen gazes. */
	async acceptOne(path: string): Promise<BulkOutcome | null> {
		const row = this.rows.find((r) => r.path === path);
		if (!row || row.done) return null;
		const gazes = GAZES.filter((g) => row.chosen.has(g));
		if (gazes.length === 0) {
			this.markDone(row, 'skipped');
			return null;
		}
		const outcome = await this.write({ path, gazes });
		this.markDone(row, outcome);
		return outcome;
	}

	/** Writes every note not yet done, with progress; resolves to the summary (also shown). */
	async acceptAll(): Promise<BulkSummary | null> {
		if (this.running) return null;
		const t = this.ctx.t();
		this.running = true;
		this.cancelled = false;
		const pending = this.rows.filter((r) => !r.done);
		const written: WrittenChange[] = [];
		const summary = await runBulkTagging(
			pending.map((r) => ({ path: r.path, gazes: GAZES.filter((g) => r.chosen.has(g)) })),
			{
				write: async (item) => {
					const outcome = await this.write(item, (change) => written.push(change));
					const row = this.rows.find((r) => r.path === item.path);
					if (row) this.markDone(row, outcome);
					return outcome;
				},
				isCancelled: () => this.cancelled,
				onProgress: (done, total) => this.progressEl?.setText(t('tagging.bulk.progress', { done, total })),
				yieldToUi,
			},
		);
		this.running = false;
		this.showSummary(summary, written);
		return summary;
	}

	/** The summary in the modal and as a Notice, which offers to undo what "Accept all" wrote. */
	private showSummary(summary: BulkSummary, written: readonly WrittenChange[]): void {
		const t = this.ctx.t();
		const done = summary.written.length + summary.unchanged.length + summary.skipped.length + summary.refused.length;
		if (summary.cancelled) this.progressEl?.setText(t('tagging.bulk.cancelled', { done, total: summary.total }));
		const line = t('tagging.bulk.summary', {
			written: summary.written.length,
			unchanged: summary.unchanged.length,
			refused: summary.refused.length,
			skipped: summary.skipped.length,
		});
		offerUndo(this.ctx, line, written);
		const el = this.summaryEl;
		if (!el) return;
		el.empty();
		el.createEl('p', { text: line });
		if (summary.refused.length === 0) return;
		const list = el.createEl('ul');
		for (const r of summary.refused) list.createEl('li', { text: t('tagging.bulk.refusedItem', { path: r.path, reason: r.message }) });
	}
}

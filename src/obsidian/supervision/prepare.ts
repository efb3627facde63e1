import { Modal, Notice, Setting } from 'obsidian';
import { tagLang } from '../../core/settings';
import { isIsoDay, isoDay } from '../../core/supervision/dates';
import { formatDay } from '../../core/supervision/compose';
import type { MaterialSuggestion, SuggestionReason } from '../../core/supervision/material';
import type { PeriodError, SupervisionPeriod } from '../../core/supervision/period';
import { periodAndSuggestions, prepareSupervision } from '../../core/supervision/prepare';
import { supervisionServices } from '../../core/supervision/services';
import { noteFileName } from '../../core/templates/filename';
import type { Translate } from '../../core/i18n';
import { nameControls } from '../a11y';
import type { PluginContext } from '../context';
import { createNote, type CreateOutcome } from '../note-creator';
import { modalButtons } from '../modal-buttons';

/** What she chose in "Prepare supervision". */
export interface PrepareChoices {
	readonly from: string;
	readonly to: string;
	readonly question: string;
	/** Paths of the chosen notes, in the order shown. */
	readonly material: readonly string[];
	readonly pseudonymise: boolean;
	readonly searchQuery?: string;
}

/** A period error in words. */
export function periodErrorText(error: PeriodError, t: Translate): string {
	return error.kind === 'invalid-date'
		? t('supervision.period.error.invalid-date', { value: error.value })
		: t('supervision.period.error.from-after-to', { from: error.from, to: error.to });
}

/** A suggestion's reasons in words: "marked for supervision · 2 open follow-ups". */
export function reasonsText(reasons: readonly SuggestionReason[], t: Translate): string {
	return reasons
		.map((r) => {
			switch (r.kind) {
				case 'marked':
					return t('supervision.reason.marked');
				case 'open-follow-ups':
					return t('supervision.reason.open-follow-ups', { count: r.count });
				case 'language':
					return t('supervision.reason.language', { count: r.total });
				case 'search':
					return t('supervision.reason.search', { query: r.query });
			}
		})
		.join(' · ');
}

/**
 * Composes the preparation note from her choices and creates it in the (first) journal folder, then
 * opens it. A taken name gets a number; nothing is overwritten.
 */
export async function createPreparationNote(ctx: PluginContext, choices: PrepareChoices): Promise<CreateOutcome> {
	const settings = ctx.settings();
	const lang = ctx.lang();
	const now = ctx.now();
	const t = ctx.t();
	const result = prepareSupervision(
		[...ctx.index.notes()],
		{
			today: isoDay(now),
			from: choices.from,
			to: choices.to,
			question: choices.question,
			material: choices.material,
			searchQuery: choices.searchQuery ?? null,
			lang,
			tagLang: tagLang(settings, lang),
			pseudonymise: choices.pseudonymise,
		},
		supervisionServices(settings, lang),
	);
	if (!result.ok) {
		const message = periodErrorText(result.error, t);
		new Notice(message);
		return { kind: 'refused', message };
	}
	const outcome = await createNote(ctx.app, t, {
		folder: settings.journalFolders[0] ?? '',
		fileName: noteFileName(settings.filenamePattern, result.preparation.title, now, lang),
		content: result.preparation.text,
		ifExists: 'new-name',
	});
	if (outcome.kind === 'created') new Notice(t('supervision.created'));
	return outcome;
}

/** "Prepare supervision": the period, the material (suggestions as checkable items), her question. */
export class PrepareSupervisionModal extends Modal {
	private from = '';
	private to = '';
	private question = '';
	private searchQuery = '';
	private pseudonymise = true;
	private readonly chosen = new Set<string>();
	private suggestions: readonly MaterialSuggestion[] = [];
	private materialEl: HTMLElement | null = null;
	private periodNoteEl: HTMLElement | null = null;

	constructor(private readonly ctx: PluginContext) {
		super(ctx.app);
	}

	/** The notes suggested now (for tests and the list). */
	get currentSuggestions(): readonly MaterialSuggestion[] {
		return this.suggestions;
	}

	/** The choices as they stand. */
	choices(): PrepareChoices {
		return {
			from: this.from,
			to: this.to,
			question: this.question,
			material: this.suggestions.map((s) => s.path).filter((p) => this.chosen.has(p)),
			pseudonymise: this.pseudonymise,
			...(this.searchQuery.trim() ? { searchQuery: this.searchQuery.trim() } : {}),
		};
	}

	override onOpen(): void {
		const t = this.ctx.t();
		const services = supervisionServices(this.ctx.settings(), this.ctx.lang());
		this.titleEl.setText(t('supervision.modal.title'));
		const first = periodAndSuggestions([...this.ctx.index.notes()], { today: isoDay(this.ctx.now()) }, services);
		if (first.ok) {
			this.from = first.period.from;
			this.to = first.period.to;
			this.suggestions = first.suggestions;
			for (const s of first.suggestions.slice(0, 5)) this.chosen.add(s.path);
		}
		const { contentEl } = this;
		contentEl.empty();
		this.periodNoteEl = contentEl.createEl('p', { cls: 'setting-item-description' });
		if (first.ok) this.describePeriod(first.period);
		nameControls(
			new Setting(contentEl).setName(t('supervision.modal.from')).setDesc(t('supervision.modal.period.hint')).addText((text) => {
				text.setPlaceholder(t('supervision.placeholder.date')).setValue(this.from).onChange((value) => {
					this.from = value.trim();
					this.refresh();
				});
				text.inputEl.setAttr('data-field', 'from');
			}),
		);
		nameControls(
			new Setting(contentEl).setName(t('supervision.modal.to')).addText((text) => {
				text.setPlaceholder(t('supervision.placeholder.date')).setValue(this.to).onChange((value) => {
					this.to = value.trim();
					this.refresh();
				});
				text.inputEl.setAttr('data-field', 'to');
			}),
		);
		if (services.search) {
			nameControls(
				new Setting(contentEl).setName(t('supervision.modal.search')).setDesc(t('supervision.modal.search.desc')).addText((text) => {
					text.onChange((value) => {
						this.searchQuery = value;
						this.refresh();
					});
					text.inputEl.setAttr('data-field', 'search');
				}),
			);
		}
		new Setting(contentEl).setName(t('supervision.modal.material')).setDesc(t('supervision.modal.material.desc')).setHeading();
		this.materialEl = contentEl.createDiv({ cls: 'three-gazes-supervision-material' });
		this.renderMaterial();
		const questionSetting = new Setting(contentEl).setName(t('supervision.modal.question'));
		questionSetting.addText((text) => {
			text.setPlaceholder(t('supervision.modal.question.placeholder')).onChange((value) => {
				this.question = value;
				questionSetting.setDesc(/[.?!]\s+\S/.test(value.trim()) ? t('supervision.modal.question.long') : '');
			});
			text.inputEl.setAttr('data-field', 'question');
		});
		nameControls(questionSetting);
		nameControls(
			new Setting(contentEl)
				.setName(t('supervision.modal.pseudonymise'))
				.setDesc(t('supervision.modal.pseudonymise.desc'))
				.addToggle((toggle) => toggle.setValue(true).onChange((value) => (this.pseudonymise = value))),
		);
		modalButtons(contentEl, t, { back: 'cancel', onBack: () => this.close(), main: { text: t('supervision.modal.create'), onClick: () => void this.submit() } });
	}

	/** Creates the note with the current choices; the modal stays open when the period is refused. */
	async submit(): Promise<CreateOutcome> {
		const outcome = await createPreparationNote(this.ctx, this.choices());
		if (outcome.kind !== 'refused') this.close();
		return outcome;
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private describePeriod(period: SupervisionPeriod): void {
		const t = this.ctx.t();
		const date = period.lastPreparation ? formatDay(period.lastPreparation.date, this.ctx.lang()) : '';
		this.periodNoteEl?.setText(t(`supervision.modal.period.${period.basis}`, { date }));
	}

	/** Recomputes the suggestions for the period typed; an unfinished date waits. */
	private refresh(): void {
		if ((this.from && !isIsoDay(this.from)) || (this.to && !isIsoDay(this.to))) return;
		const services = supervisionServices(this.ctx.settings(), this.ctx.lang());
		const found = periodAndSuggestions(
			[...this.ctx.index.notes()],
			{ today: isoDay(this.ctx.now()), from: this.from || null, to: this.to || null, searchQuery: this.searchQuery },
			services,
		);
		if (!found.ok) {
			this.periodNoteEl?.setText(periodErrorText(found.error, this.ctx.t()));
			return;
		}
		this.describePeriod(found.period);
		this.suggestions = found.suggestions;
		this.renderMaterial();
	}

	private renderMaterial(): void {
		const el = this.materialEl;
		if (!el) return;
		const t = this.ctx.t();
		el.empty();
		if (this.suggestions.length === 0) {
			el.createEl('p', { text: t('supervision.modal.material.none'), cls: 'setting-item-description' });
			return;
		}
		for (const suggestion of this.suggestions) {
			const label = el.createEl('label', { cls: 'three-gazes-supervision-item' });
			const box = label.createEl('input', { type: 'checkbox' });
			box.checked = this.chosen.has(suggestion.path);
			box.setAttr('data-path', suggestion.path);
			box.addEventListener('change', () => {
				if (box.checked) this.chosen.add(suggestion.path);
				else this.chosen.delete(suggestion.path);
			});
			label.createSpan({ text: ` ${suggestion.basename}` });
			label.createEl('small', { text: ` (${reasonsText(suggestion.reasons, t)})`, cls: 'setting-item-description' });
		}
	}
}

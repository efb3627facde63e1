import { ItemView, debounce, type Debouncer, type WorkspaceLeaf } from 'obsidian';
import { PERIOD_PRESETS, ReflectionCache, customPeriod, presentReflection } from '../../core/reflection';
import type { PeriodPreset } from '../../core/settings';
import { newJournalEntry } from '../commands/new-entry';
import type { PluginContext } from '../context';
import { mirrorFor } from './compute';
import { NotesModal } from './notes-modal';
import { openNote } from './open';
import { renderDisplay } from './render-dom';
import { saveReflection } from './save';

/** The view type of the mirror. */
export const REFLECTION_VIEW_TYPE = 'three-gazes-reflection';

/** Changes in the index are gathered for this long before the mirror is drawn again. */
const REFRESH_DELAY_MS = 750;

/**
 * The mirror: the self-reflection view in the right sidebar. It draws only while visible, and only
 * when something it shows has changed (the index revision, the period, the language); index
 * changes are debounced, so typing in a note never redraws it keystroke by keystroke. While the
 * view is closed it does nothing: it is only subscribed while open.
 */
export class ReflectionView extends ItemView {
	private readonly cache = new ReflectionCache();
	/** What the current drawing shows: `revision|period|from|to|lang|today`; null when stale. */
	private drawn: string | null = null;
	private readonly scheduleRefresh: Debouncer<[], void>;
	private bodyEl: HTMLElement | null = null;
	/** Prefix for element ids (aria-labelledby), unique per view. */
	private readonly idPrefix = `three-gazes-mirror-${Math.random().toString(36).slice(2, 8)}`;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: PluginContext,
	) {
		super(leaf);
		this.scheduleRefresh = debounce(() => this.refresh(), REFRESH_DELAY_MS, true);
	}

	override getViewType(): string {
		return REFLECTION_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return this.ctx.t()('reflection.view.title');
	}

	override getIcon(): string {
		return 'scan-eye';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass('three-gazes-mirror');
		this.register(this.ctx.index.onChange(() => this.scheduleRefresh()));
		// Coming back into sight (a sidebar expanded, a tab chosen) draws what changed meanwhile.
		this.registerEvent(this.app.workspace.on('layout-change', () => this.refresh()));
		this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.refresh()));
		this.refresh(true);
		await Promise.resolve();
	}

	override async onClose(): Promise<void> {
		this.scheduleRefresh.cancel();
		this.contentEl.empty();
		this.bodyEl = null;
		await Promise.resolve();
	}

	/** True when the view can be seen (its sidebar is not collapsed, its tab is the one shown). */
	isVisible(): boolean {
		return this.containerEl.isShown();
	}

	/** Draws the mirror again when visible and something it shows has changed (or when forced). */
	refresh(force = false): void {
		if (!force && !this.isVisible()) return;
		const settings = this.ctx.settings();
		const key = [this.ctx.index.revision, settings.reflection.period, settings.reflection.from, settings.reflection.to, this.ctx.lang(), this.ctx.now().toDateString(), JSON.stringify(settings.languageWatch)].join('|');
		if (!force && key === this.drawn) return;
		this.drawn = key;
		this.draw();
	}

	private draw(): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		const root = this.contentEl;
		root.empty();
		// No heading with the view's name: Obsidian shows it in the tab and the view header, as its own views do.
		const header = root.createDiv({ cls: 'three-gazes-mirror-header' });
		const mirror = mirrorFor(this.ctx, this.cache);
		this.renderControls(header);
		const body = root.createDiv({ cls: 'three-gazes-mirror-body' });
		this.bodyEl = body;
		if (!mirror.ok) {
			body.createEl('p', { text: t(`reflection.custom.${mirror.reason}`), cls: 'three-gazes-error', attr: { role: 'alert' } });
			return;
		}
		const reflection = mirror.reflection;
		const display = presentReflection(reflection, lang);
		header.createEl('p', { text: display.periodText, cls: 'three-gazes-period' });
		if (reflection.total === 0) {
			body.createEl('p', { text: t('reflection.emptyVault'), cls: 'three-gazes-empty' });
			this.renderCreateButton(body, t('reflection.createFirst'));
			return;
		}
		const actions = header.createDiv({ cls: 'three-gazes-mirror-actions' });
		const save = actions.createEl('button', { text: t('reflection.save'), cls: 'three-gazes-save' });
		save.addEventListener('click', () => void saveReflection(this.ctx));
		renderDisplay(body, display, t, (label, paths, evt) => this.openPaths(label, paths, evt), this.idPrefix);
		if (display.empty) this.renderCreateButton(body, t('reflection.writeToday'));
	}

	private renderControls(header: HTMLElement): void {
		const t = this.ctx.t();
		const settings = this.ctx.settings();
		const controls = header.createDiv({ cls: 'three-gazes-mirror-controls' });
		const label = controls.createEl('label', { text: t('reflection.preset.label'), cls: 'three-gazes-control' });
		const select = label.createEl('select', { cls: 'dropdown' });
		for (const preset of PERIOD_PRESETS) {
			const option = select.createEl('option', { text: t(`reflection.preset.${preset}`), value: preset });
			if (preset === settings.reflection.period) option.selected = true;
		}
		select.addEventListener('change', () => {
			const period = select.value as PeriodPreset;
			void this.ctx.store.update((s) => ({ ...s, reflection: { ...s.reflection, period } })).then(() => this.refresh(true));
		});
		if (settings.reflection.period !== 'custom') return;
		const from = controls.createEl('label', { text: t('reflection.custom.from'), cls: 'three-gazes-control' }).createEl('input', { type: 'date', value: settings.reflection.from ?? '' });
		const to = controls.createEl('label', { text: t('reflection.custom.to'), cls: 'three-gazes-control' }).createEl('input', { type: 'date', value: settings.reflection.to ?? '' });
		const apply = (): void => {
			const checked = customPeriod(from.value, to.value);
			if (!checked.ok) {
				this.showProblem(t(`reflection.custom.${checked.reason}`));
				return;
			}
			void this.ctx.store.update((s) => ({ ...s, reflection: { ...s.reflection, from: checked.from, to: checked.to } })).then(() => this.refresh(true));
		};
		from.addEventListener('change', apply);
		to.addEventListener('change', apply);
	}

	private showProblem(message: string): void {
		const body = this.bodyEl;
		if (!body) return;
		body.querySelector('.three-gazes-error')?.remove();
		body.prepend(createEl('p', { text: message, cls: 'three-gazes-error', attr: { role: 'alert' } }));
	}

	private renderCreateButton(parent: HTMLElement, text: string): void {
		const button = parent.createEl('button', { text, cls: 'mod-cta three-gazes-create' });
		button.addEventListener('click', () => void newJournalEntry(this.ctx));
	}

	private openPaths(label: string, paths: readonly string[], evt: MouseEvent | KeyboardEvent): void {
		const only = paths.length === 1 ? paths[0] : undefined;
		if (only !== undefined) void openNote(this.app, only, evt);
		else new NotesModal(this.app, this.ctx.t(), label, paths).open();
	}
}

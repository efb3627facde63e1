/**
 * Obsidian's UI classes as a real browser meets them: the DOM structure and class names of Obsidian's
 * modals, suggesters, settings, form components and notices, and their keyboard behaviour (Escape
 * closes the top modal, arrows move through suggestions, Enter chooses, focus returns where it was).
 *
 * Why a stand-in: obsidian-test-mocks supplies the rest of the API (App, Vault, Plugin, TFile, ...)
 * and runs in the browser, but its UI classes build detached DOM without Obsidian's classes, never
 * listen to real input events, and its Modal closes itself on the next tick. That is right for unit
 * tests and wrong for looking at the UI. Only what the plugin's UI uses is here; anything else
 * throws, so a new UI that needs more fails loudly instead of rendering wrongly.
 */
import type { App, FuzzyMatch, Instruction, SearchResult } from 'obsidian';
import { prepareFuzzySearch } from 'obsidian-test-mocks/obsidian';

type Callback<T> = (value: T) => unknown;

const ICON_PATHS: Record<string, string> = {
	default: 'M4 4h16v16H4z',
};

/** Draws a generic 24×24 line icon (Obsidian draws Lucide icons; their shapes do not matter here). */
export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.empty();
	const svg = parent.createSvg('svg', { cls: ['svg-icon', `lucide-${iconId}`], attr: { viewBox: '0 0 24 24', 'aria-hidden': 'true' } });
	svg.createSvg('path', { attr: { d: ICON_PATHS[iconId] ?? ICON_PATHS.default ?? '' } });
}

/** Obsidian's tooltip helper: the accessible name, as Obsidian sets it. */
export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute('aria-label', tooltip);
}

function unsupported(what: string): never {
	throw new Error(`Browser harness: ${what} is not in the Obsidian stand-in yet (tests/browser/harness/obsidian-ui.ts)`);
}

/** Shared parts of every form component. */
export class BaseComponent {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

/** A component holding a value. */
export class ValueComponent<T> extends BaseComponent {
	registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
		listeners[key] = (value?: T) => {
			if (value !== undefined) this.setValue(value);
			return this.getValue();
		};
		return this;
	}
	getValue(): T {
		return unsupported('ValueComponent.getValue');
	}
	setValue(_value: T): this {
		return unsupported('ValueComponent.setValue');
	}
}

/** `<button>`; a click (mouse, Enter or Space) runs the callback. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private clickCallback: ((evt: MouseEvent) => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl('button');
		this.buttonEl.addEventListener('click', (evt) => {
			if (!this.disabled) void this.clickCallback?.(evt);
		});
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	setCta(): this {
		this.buttonEl.addClass('mod-cta');
		return this;
	}
	removeCta(): this {
		this.buttonEl.removeClass('mod-cta');
		return this;
	}
	setWarning(): this {
		this.buttonEl.addClass('mod-warning');
		return this;
	}
	setDestructive(): this {
		this.buttonEl.addClass('mod-destructive');
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.buttonEl, tooltip);
		return this;
	}
	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.clickCallback = callback;
		return this;
	}
}

/** An icon button (`.clickable-icon`), a `<div>` as in Obsidian, with its tooltip as the name. */
export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	private clickCallback: (() => unknown) | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: 'clickable-icon extra-setting-button' });
		this.extraSettingsEl.addEventListener('click', () => {
			if (!this.disabled) void this.clickCallback?.();
		});
		setIcon(this.extraSettingsEl, 'settings');
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass('is-disabled', disabled);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.extraSettingsEl, tooltip);
		return this;
	}
	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}
	onClick(callback: () => unknown): this {
		this.clickCallback = callback;
		return this;
	}
}

/** Text input and text area: `input` events call onChange with the value. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private changeCallback: Callback<string> | null = null;
	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		this.inputEl.setAttribute('spellcheck', 'false');
		this.inputEl.addEventListener('input', () => this.onChanged());
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}
	override getValue(): string {
		return this.inputEl.value;
	}
	override setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChanged(): void {
		void this.changeCallback?.(this.getValue());
	}
	onChange(callback: Callback<string>): this {
		this.changeCallback = callback;
		return this;
	}
}

/** `<input type="text">`. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl('input', { type: 'text' }));
	}
}

/** `<textarea>`. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl('textarea'));
	}
}

/** A search field (`.search-input-container`). */
export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	containerEl: HTMLElement;
	constructor(containerEl: HTMLElement) {
		const wrapper = containerEl.createDiv({ cls: 'search-input-container' });
		super(wrapper.createEl('input', { type: 'search' }));
		this.containerEl = wrapper;
	}
	addRightDecorator(decorate: (el: HTMLElement) => void): this {
		decorate(this.containerEl.createDiv({ cls: 'search-input-decorator' }));
		return this;
	}
	setClass(cls: string): this {
		this.containerEl.addClass(cls);
		return this;
	}
}

/**
 * Obsidian's switch (1.11): `<label class="checkbox-container" tabindex="0"><input type="checkbox"
 * tabindex="0"></label>`. A click, or Space or Enter on the focused switch, toggles it. The label
 * has no text, so the switch has no accessible name unless the plugin gives it one.
 */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private inputEl: HTMLInputElement;
	private on = false;
	private changeCallback: Callback<boolean> | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createEl('label', { cls: 'checkbox-container', attr: { tabindex: 0 } });
		this.inputEl = this.toggleEl.createEl('input', { type: 'checkbox', attr: { tabindex: 0 } });
		this.inputEl.addEventListener('change', () => {
			if (this.disabled) return;
			this.setValue(this.inputEl.checked);
			void this.changeCallback?.(this.on);
		});
		this.toggleEl.addEventListener('keydown', (evt) => {
			if (evt.target !== this.toggleEl || (evt.key !== ' ' && evt.key !== 'Enter')) return;
			evt.preventDefault();
			this.inputEl.click();
		});
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		this.toggleEl.toggleClass('is-disabled', disabled);
		return this;
	}
	override getValue(): boolean {
		return this.on;
	}
	override setValue(on: boolean): this {
		this.on = on;
		this.inputEl.checked = on;
		this.toggleEl.toggleClass('is-enabled', on);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.toggleEl, tooltip);
		return this;
	}
	onClick(): void {
		this.inputEl.click();
	}
	onChange(callback: Callback<boolean>): this {
		this.changeCallback = callback;
		return this;
	}
}

/** `<select class="dropdown">`: `change` events call onChange. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private changeCallback: Callback<string> | null = null;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl('select', { cls: 'dropdown' });
		this.selectEl.addEventListener('change', () => void this.changeCallback?.(this.selectEl.value));
	}
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl('option', { value, text: display });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	override getValue(): string {
		return this.selectEl.value;
	}
	override setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: Callback<string>): this {
		this.changeCallback = callback;
		return this;
	}
}

/** A row of the settings: name and description on the start side, controls on the end side. */
export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
		this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
		this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
		this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
		this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.empty();
		if (typeof name === 'string') this.nameEl.setText(name);
		else this.nameEl.appendChild(name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		this.descEl.empty();
		if (typeof desc === 'string') this.descEl.setText(desc);
		else this.descEl.appendChild(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.addClass(cls);
		return this;
	}
	setTooltip(tooltip: string): this {
		setTooltip(this.nameEl, tooltip);
		return this;
	}
	setHeading(): this {
		this.settingEl.addClass('setting-item-heading');
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.settingEl.toggleClass('is-disabled', disabled);
		for (const component of this.components) component.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(component: C, cb: (component: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addExtraButton(cb: (component: ExtraButtonComponent) => unknown): this {
		return this.add(new ExtraButtonComponent(this.controlEl), cb);
	}
	addToggle(cb: (component: ToggleComponent) => unknown): this {
		this.settingEl.addClass('mod-toggle');
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addSearch(cb: (component: SearchComponent) => unknown): this {
		return this.add(new SearchComponent(this.controlEl), cb);
	}
	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (component: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addComponent<C extends BaseComponent>(cb: (el: HTMLElement) => C): this {
		this.components.push(cb(this.controlEl));
		return this;
	}
	addMomentFormat(): this {
		return unsupported('Setting.addMomentFormat');
	}
	addColorPicker(): this {
		return unsupported('Setting.addColorPicker');
	}
	addSlider(): this {
		return unsupported('Setting.addSlider');
	}
	addProgressBar(): this {
		return unsupported('Setting.addProgressBar');
	}
	clear(): this {
		this.controlEl.empty();
		this.components = [];
		return this;
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
}

/**
 * A modal: `.modal-container > .modal-bg + .modal > (.modal-close-button, .modal-header >
 * .modal-title, .modal-content)`, appended to the body on open. Escape closes the topmost modal;
 * focus moves into the modal on open and back to where it was on close.
 */
export class Modal {
	app: App;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	protected headerEl: HTMLElement;
	protected closeButtonEl: HTMLElement;
	private previousFocus: HTMLElement | null = null;
	private closeCallback: (() => unknown) | null = null;
	private readonly onDocumentKeydown = (evt: KeyboardEvent): void => {
		if (evt.key !== 'Escape' || evt.isComposing || evt.defaultPrevented || !this.isTopmost()) return;
		evt.preventDefault();
		this.close();
	};

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
		this.containerEl.createDiv({ cls: 'modal-bg' }).addEventListener('click', () => this.close());
		this.modalEl = this.containerEl.createDiv({ cls: 'modal', attr: { tabindex: -1 } });
		this.closeButtonEl = this.modalEl.createDiv({ cls: 'modal-close-button' });
		this.closeButtonEl.addEventListener('click', () => this.close());
		this.headerEl = this.modalEl.createDiv({ cls: 'modal-header' });
		this.titleEl = this.headerEl.createDiv({ cls: 'modal-title' });
		this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
	}

	/** Whether the modal is in the document. */
	get isOpen(): boolean {
		return this.containerEl.isConnected;
	}

	private isTopmost(): boolean {
		const containers = document.body.querySelectorAll(':scope > .modal-container');
		return containers[containers.length - 1] === this.containerEl;
	}

	open(): void {
		if (this.isOpen) return;
		this.previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		document.body.appendChild(this.containerEl);
		document.addEventListener('keydown', this.onDocumentKeydown);
		const opened = this.onOpen() as unknown;
		const focusIn = (): void => {
			if (this.isOpen && !this.modalEl.contains(document.activeElement)) this.focusFirst();
		};
		if (opened instanceof Promise) void opened.then(focusIn);
		else focusIn();
	}

	/** Obsidian leaves focus on the modal itself unless the modal focused something. */
	protected focusFirst(): void {
		this.modalEl.focus();
	}

	close(): void {
		if (!this.isOpen) return;
		document.removeEventListener('keydown', this.onDocumentKeydown);
		this.containerEl.detach();
		this.onClose();
		void this.closeCallback?.();
		if (this.shouldRestoreSelection && this.previousFocus?.isConnected) this.previousFocus.focus();
	}

	onOpen(): Promise<void> | void {}
	onClose(): void {}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}
	setContent(content: string | DocumentFragment): this {
		this.contentEl.empty();
		if (typeof content === 'string') this.contentEl.setText(content);
		else this.contentEl.appendChild(content);
		return this;
	}
	setCloseCallback(callback: () => unknown): this {
		this.closeCallback = callback;
		return this;
	}
}

/**
 * A suggester: `.modal.prompt > .prompt-input-container > input.prompt-input`, then
 * `.prompt-results` with one `.suggestion-item` per value (`is-selected` on the active one), then
 * `.prompt-instructions`. Typing updates the list; ArrowUp/ArrowDown move; Enter chooses; the
 * modal closes before `onChooseSuggestion` runs, as in Obsidian.
 */
export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = 'No results found.';
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	private instructionsEl: HTMLElement;
	private values: T[] = [];
	private itemEls: HTMLElement[] = [];
	private selected = 0;
	private updateGeneration = 0;

	constructor(app: App) {
		super(app);
		this.modalEl.addClass('prompt');
		this.modalEl.empty();
		const inputContainer = this.modalEl.createDiv({ cls: 'prompt-input-container' });
		this.inputEl = inputContainer.createEl('input', { cls: 'prompt-input', type: 'text', attr: { enterkeyhint: 'done', spellcheck: 'false' } });
		this.resultContainerEl = this.modalEl.createDiv({ cls: 'prompt-results' });
		this.instructionsEl = createDiv({ cls: 'prompt-instructions' });
		this.inputEl.addEventListener('input', () => void this.updateSuggestions());
		this.modalEl.addEventListener('keydown', (evt) => this.onKeydown(evt));
	}

	private onKeydown(evt: KeyboardEvent): void {
		if (evt.isComposing) return;
		if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
			evt.preventDefault();
			if (this.values.length === 0) return;
			const step = evt.key === 'ArrowDown' ? 1 : -1;
			this.setSelected((this.selected + step + this.values.length) % this.values.length);
		} else if (evt.key === 'Enter') {
			evt.preventDefault();
			this.selectActiveSuggestion(evt);
		}
	}

	override open(): void {
		super.open();
		this.inputEl.focus();
		void this.updateSuggestions();
	}

	protected override focusFirst(): void {
		this.inputEl.focus();
	}

	/** Re-renders the list for the current query (the latest call wins). */
	async updateSuggestions(): Promise<void> {
		const generation = ++this.updateGeneration;
		const values = await this.getSuggestions(this.inputEl.value);
		if (generation !== this.updateGeneration) return;
		this.resultContainerEl.empty();
		this.values = values.slice(0, this.limit);
		this.itemEls = [];
		if (this.values.length === 0) {
			if (this.emptyStateText) this.resultContainerEl.createDiv({ cls: 'suggestion-empty', text: this.emptyStateText });
			this.onNoSuggestion();
			return;
		}
		this.values.forEach((value, index) => {
			const el = this.resultContainerEl.createDiv({ cls: 'suggestion-item' });
			this.renderSuggestion(value, el);
			el.addEventListener('mousemove', () => this.setSelected(index));
			el.addEventListener('click', (evt) => this.selectSuggestion(value, evt));
			this.itemEls.push(el);
		});
		this.setSelected(0);
	}

	private setSelected(index: number): void {
		this.itemEls[this.selected]?.removeClass('is-selected');
		this.selected = index;
		const el = this.itemEls[index];
		el?.addClass('is-selected');
		el?.scrollIntoView({ block: 'nearest' });
	}

	selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
		const value = this.values[this.selected];
		if (value !== undefined) this.selectSuggestion(value, evt);
	}

	selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
		this.close();
		void this.onChooseSuggestion(value, evt);
	}

	setPlaceholder(placeholder: string): void {
		this.inputEl.placeholder = placeholder;
	}

	setInstructions(instructions: Instruction[]): void {
		this.instructionsEl.empty();
		for (const instruction of instructions) {
			const el = this.instructionsEl.createDiv({ cls: 'prompt-instruction' });
			el.createSpan({ cls: 'prompt-instruction-command', text: instruction.command });
			el.createSpan({ text: instruction.purpose });
		}
		if (instructions.length > 0) this.modalEl.appendChild(this.instructionsEl);
		else this.instructionsEl.detach();
	}

	onNoSuggestion(): void {}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): unknown;
}

/** Highlights the matched ranges of `text` in `el` (`.suggestion-highlight`). */
export function renderResults(el: HTMLElement, text: string, result: SearchResult, offset = 0): void {
	let at = 0;
	for (const [start, end] of result.matches) {
		const from = start + offset;
		const to = end + offset;
		if (from < 0 || from < at) continue;
		if (from > at) el.appendText(text.slice(at, from));
		el.createSpan({ cls: 'suggestion-highlight', text: text.slice(from, to) });
		at = to;
	}
	if (at < text.length) el.appendText(text.slice(at));
}

/** A suggester over `getItems()`, matched fuzzily on `getItemText()`, best first; all items for an empty query. */
export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	override getSuggestions(query: string): FuzzyMatch<T>[] {
		const items = this.getItems();
		if (query.trim() === '') return items.map((item) => ({ item, match: { score: 0, matches: [] } }));
		const search = prepareFuzzySearch(query.trim());
		const found: FuzzyMatch<T>[] = [];
		for (const item of items) {
			const match = search(this.getItemText(item));
			if (match) found.push({ item, match });
		}
		return found.sort((a, b) => b.match.score - a.match.score);
	}
	override renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		renderResults(el, this.getItemText(value.item), value.match);
	}
	override onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		void this.onChooseItem(value.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): unknown;
}

/** A notice: `.notice-container > .notice`, top right, hidden after its duration. */
export class Notice {
	containerEl: HTMLElement;
	noticeEl: HTMLElement;
	messageEl: HTMLElement;
	constructor(message: string | DocumentFragment, duration?: number) {
		let container = document.body.querySelector<HTMLElement>(':scope > .notice-container');
		if (!container) container = document.body.createDiv({ cls: 'notice-container' });
		this.containerEl = container;
		this.noticeEl = container.createDiv({ cls: 'notice', attr: { role: 'status' } });
		this.messageEl = this.noticeEl.createDiv({ cls: 'notice-message' });
		this.setMessage(message);
		this.noticeEl.addEventListener('click', () => this.hide());
		if (duration !== 0) window.setTimeout(() => this.hide(), duration ?? 5000);
	}
	setMessage(message: string | DocumentFragment): this {
		this.messageEl.empty();
		if (typeof message === 'string') this.messageEl.setText(message);
		else this.messageEl.appendChild(message);
		return this;
	}
	hide(): void {
		this.noticeEl.detach();
	}
}

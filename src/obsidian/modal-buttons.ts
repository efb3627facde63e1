import { Setting } from 'obsidian';
import type { Translate } from '../core/i18n';

/** One button in a modal's button row. */
export interface ModalButton {
	readonly text: string;
	readonly onClick: () => void;
}

/** What a modal's button row holds besides the way back. */
export interface ModalButtonsSpec {
	/** How the way back reads: "Cancel" when the modal would change something, "Close" when it only shows. */
	readonly back: 'cancel' | 'close';
	/** Closes the modal (nothing else). */
	readonly onBack: () => void;
	/** Further actions, between the way back and the main action. */
	readonly secondary?: readonly ModalButton[];
	/** The main action, highlighted and always last. */
	readonly main?: ModalButton;
}

/** The buttons made, for callers that disable or relabel one (the main one is null without a main action). */
export interface ModalButtons {
	readonly row: Setting;
	readonly back: HTMLButtonElement;
	readonly secondary: HTMLButtonElement[];
	readonly main: HTMLButtonElement | null;
}

/** Runs `action` when the button is pressed (click, or Enter or Space on the focused button). */
export function onPress(button: HTMLButtonElement, action: () => void): void {
	button.addEventListener('click', () => action());
}

/**
 * The one button row every modal ends with, the same everywhere: the way back (Cancel or Close)
 * first, then any further actions, the main action last and highlighted. Tab reaches them in that
 * order; Escape closes the modal as well.
 */
export function modalButtons(parent: HTMLElement, t: Translate, spec: ModalButtonsSpec): ModalButtons {
	const row = new Setting(parent);
	row.settingEl.addClass('three-gazes-modal-buttons');
	const secondary: HTMLButtonElement[] = [];
	const made: { back: HTMLButtonElement | null; main: HTMLButtonElement | null } = { back: null, main: null };
	row.addButton((b) => {
		b.setButtonText(t(spec.back === 'cancel' ? 'ui.cancel' : 'ui.close'));
		onPress(b.buttonEl, spec.onBack);
		b.buttonEl.setAttr('data-role', 'back');
		made.back = b.buttonEl;
	});
	for (const button of spec.secondary ?? []) {
		row.addButton((b) => {
			b.setButtonText(button.text);
			onPress(b.buttonEl, button.onClick);
			secondary.push(b.buttonEl);
		});
	}
	const mainSpec = spec.main;
	if (mainSpec) {
		row.addButton((b) => {
			b.setButtonText(mainSpec.text).setCta();
			onPress(b.buttonEl, mainSpec.onClick);
			b.buttonEl.setAttr('data-role', 'main');
			made.main = b.buttonEl;
		});
	}
	const back = made.back ?? row.controlEl.createEl('button');
	return { row, back, secondary, main: made.main };
}

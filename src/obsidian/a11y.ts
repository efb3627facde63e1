import type { Setting } from 'obsidian';

/**
 * Names a setting row's form controls after the row (its name, or `name`). Obsidian shows the name
 * beside the control but does not tie them together, so a screen reader announces an unnamed
 * switch, list or field; axe-core reports it as a critical "form elements must have labels".
 */
export function nameControls(setting: Setting, name: string = setting.nameEl.textContent ?? ''): Setting {
	for (const el of Array.from(setting.controlEl.querySelectorAll<HTMLElement>('input, select, textarea'))) {
		el.setAttribute('aria-label', name);
	}
	return setting;
}

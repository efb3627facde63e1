import { PluginSettingTab, Setting, type SettingDefinitionItem } from 'obsidian';
import { normalizeFolder } from '../core/folders';
import type { Translate } from '../core/i18n';
import type { Settings } from '../core/settings';
import type { PluginContext } from './context';
import { vaultFolder, vaultFolders } from './paths';
import { FolderSuggest } from './folder-suggest';
import { WATCH_SECTION } from './watch/settings-section';
import { SUPERVISION_SECTION } from './supervision/settings';
import { TIME_SECTION } from './time/settings';
import { TAGGING_SECTION } from './tagging/settings';

/**
 * One setting, described once and rendered both by `display()` (Obsidian before 1.13) and by
 * `getSettingDefinitions()` (1.13 and later, where settings are searchable).
 */
export interface SettingSpec {
	/** Storage key passed to getControlValue / setControlValue. */
	readonly key: string;
	readonly name: (t: Translate) => string;
	readonly desc: (t: Translate) => string;
	readonly control:
		| { readonly type: 'text'; readonly placeholder?: string; readonly folder?: boolean }
		| { readonly type: 'textarea'; readonly rows?: number; readonly folders?: boolean }
		| { readonly type: 'toggle' }
		/** A button: clicking it calls `set` with the current time in ms (as text). */
		| { readonly type: 'button'; readonly label: (t: Translate) => string }
		| { readonly type: 'dropdown'; readonly options: (t: Translate) => Record<string, string> };
	/** The value shown, from the settings in force. */
	readonly get: (settings: Settings) => string | boolean;
	/** The settings after the user's change, or an error message (nothing is saved then). */
	readonly set: (settings: Settings, value: string | boolean, t: Translate) => Settings | { readonly error: string };
}

/** A headed group of settings; features add their own section (see `SETTINGS_SECTIONS`). */
export interface SettingsSection {
	readonly heading: (t: Translate) => string | null;
	readonly specs: readonly SettingSpec[];
}

function folderError(input: string, t: Translate): string | null {
	const check = normalizeFolder(input);
	if (check.ok) return null;
	return t('settings.folderRefused', { folder: input, reason: t(`folder.reason.${check.reason}`, { chars: check.chars ?? '' }) });
}

/** The foundation's settings: where the journal is, the language, how gaze tags are written. */
export const GENERAL_SECTION: SettingsSection = {
	heading: () => null,
	specs: [
		{
			key: 'journalFolders',
			name: (t) => t('settings.journalFolders.name'),
			desc: (t) => t('settings.journalFolders.desc'),
			control: { type: 'textarea', rows: 3, folders: true },
			get: (s) => s.journalFolders.join('\n'),
			set: (s, value, t) => {
				const lines = String(value).split('\n').map((l) => l.trim()).filter(Boolean);
				for (const line of lines) {
					const error = folderError(line, t);
					if (error) return { error };
				}
				return { ...s, journalFolders: vaultFolders(lines) };
			},
		},
		{
			key: 'templateFolder',
			name: (t) => t('settings.templateFolder.name'),
			desc: (t) => t('settings.templateFolder.desc'),
			control: { type: 'text', placeholder: 'Skabeloner', folder: true },
			get: (s) => s.templateFolder,
			set: (s, value, t) => {
				const check = vaultFolder(String(value));
				if (!check.ok) return { error: folderError(String(value), t) ?? '' };
				return { ...s, templateFolder: check.folder };
			},
		},
		{
			key: 'language',
			name: (t) => t('settings.language.name'),
			desc: (t) => t('settings.language.desc'),
			control: {
				type: 'dropdown',
				options: (t) => ({ auto: t('settings.language.auto'), da: t('settings.language.da'), en: t('settings.language.en') }),
			},
			get: (s) => s.language,
			set: (s, value) => ({ ...s, language: value === 'da' || value === 'en' ? value : 'auto' }),
		},
		{
			key: 'tagRoot',
			name: (t) => t('settings.tagRoot.name'),
			desc: (t) => t('settings.tagRoot.desc'),
			control: {
				type: 'dropdown',
				options: (t) => ({ auto: t('settings.tagRoot.auto'), da: t('settings.tagRoot.da'), en: t('settings.tagRoot.en') }),
			},
			get: (s) => s.tagRoot,
			set: (s, value) => ({ ...s, tagRoot: value === 'da' || value === 'en' ? value : 'auto' }),
		},
	],
};

/** Every settings section, in order. A feature adds its section here (one line). */
export const SETTINGS_SECTIONS: readonly SettingsSection[] = [GENERAL_SECTION, TAGGING_SECTION, WATCH_SECTION, SUPERVISION_SECTION, TIME_SECTION];

/** The plugin's settings tab. */
export class ThreeGazesSettingTab extends PluginSettingTab {
	/** The folder suggesters under the folder fields, in their order (for tests). */
	readonly folderSuggests: FolderSuggest[] = [];

	constructor(
		private readonly ctx: PluginContext,
		private readonly onSettingsChanged: () => void,
	) {
		super(ctx.app, ctx.plugin);
	}

	private specs(): SettingSpec[] {
		return SETTINGS_SECTIONS.flatMap((section) => section.specs);
	}

	/** Applies a user's change; returns an error message when it is refused (nothing saved then). */
	async apply(spec: SettingSpec, value: string | boolean): Promise<string | null> {
		const next = spec.set(this.ctx.settings(), value, this.ctx.t());
		if ('error' in next) return next.error;
		await this.ctx.store.update(() => next);
		this.onSettingsChanged();
		return null;
	}

	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		this.folderSuggests.length = 0;
		const t = this.ctx.t();
		for (const section of SETTINGS_SECTIONS) {
			const heading = section.heading(t);
			if (heading) new Setting(containerEl).setName(heading).setHeading();
			for (const spec of section.specs) this.renderSpec(containerEl, spec, t);
		}
	}

	private renderSpec(containerEl: HTMLElement, spec: SettingSpec, t: Translate): void {
		const setting = new Setting(containerEl).setName(spec.name(t)).setDesc(spec.desc(t));
		const errorEl = containerEl.createDiv({ cls: 'three-gazes-setting-error', attr: { 'aria-live': 'polite' } });
		const current = spec.get(this.ctx.settings());
		const onChange = async (value: string | boolean): Promise<void> => {
			const error = await this.apply(spec, value);
			errorEl.setText(error ?? '');
		};
		// Obsidian does not tie a setting's name to its control; screen readers and voice control need it.
		const id = `three-gazes-setting-${spec.key}`;
		setting.nameEl.id = `${id}-name`;
		setting.descEl.id = `${id}-desc`;
		errorEl.id = `${id}-error`;
		const label = (el: HTMLElement): void => {
			el.setAttribute('aria-labelledby', `${id}-name`);
			// The name also as aria-label: a setting scrolled out of the settings pane still has one.
			el.setAttribute('aria-label', spec.name(t));
			el.setAttribute('aria-describedby', `${id}-desc ${id}-error`);
		};
		const control = spec.control;
		switch (control.type) {
			case 'text':
				setting.addText((text) => {
					text.setValue(String(current)).onChange(onChange);
					if (control.placeholder) text.setPlaceholder(control.placeholder);
					label(text.inputEl);
					if (control.folder) this.folderSuggests.push(new FolderSuggest(this.app, text.inputEl, (path) => void onChange(path)));
				});
				break;
			case 'textarea':
				setting.addTextArea((area) => {
					area.setValue(String(current)).onChange(onChange);
					area.inputEl.rows = control.rows ?? 3;
					label(area.inputEl);
					if (control.folders) this.addFolderField(setting, area.inputEl, t, onChange);
				});
				break;
			case 'toggle':
				setting.addToggle((toggle) => {
					toggle.setValue(Boolean(current)).onChange(onChange);
					label(toggle.toggleEl.querySelector('input') ?? toggle.toggleEl);
				});
				break;
			case 'button':
				setting.addButton((button) => {
					button.setButtonText(control.label(t)).onClick(() => void onChange(String(this.ctx.now().getTime())));
					label(button.buttonEl);
				});
				break;
			case 'dropdown':
				setting.addDropdown((dropdown) => {
					dropdown.addOptions(control.options(t)).setValue(String(current)).onChange(onChange);
					label(dropdown.selectEl);
				});
				break;
		}
	}

	/** A field under a list of folders (one a line) that suggests the vault's folders; choosing one adds its line. */
	private addFolderField(setting: Setting, area: HTMLTextAreaElement, t: Translate, onChange: (value: string) => Promise<void>): void {
		setting.addText((text) => {
			text.setPlaceholder(t('ui.folder.add.placeholder'));
			text.inputEl.setAttribute('aria-label', t('ui.folder.add'));
			text.inputEl.addClass('three-gazes-folder-add');
			this.folderSuggests.push(
				new FolderSuggest(this.app, text.inputEl, (path) => {
					const lines = area.value.split('\n').map((l) => l.trim()).filter(Boolean);
					if (!lines.includes(path)) lines.push(path);
					area.value = lines.join('\n');
					text.setValue('');
					void onChange(area.value);
				}),
			);
		});
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const t = this.ctx.t();
		return SETTINGS_SECTIONS.map((section) => ({
			type: 'group' as const,
			...(section.heading(t) ? { heading: section.heading(t) ?? '' } : {}),
			items: section.specs.map((spec) =>
				spec.control.type === 'button'
					? { name: spec.name(t), desc: spec.desc(t), action: () => void this.apply(spec, String(this.ctx.now().getTime())) }
					: { name: spec.name(t), desc: spec.desc(t), control: this.definitionControl(spec, t) },
			),
		}));
	}

	private definitionControl(spec: SettingSpec, t: Translate): NonNullable<Extract<SettingDefinitionItem, { control?: unknown }>['control']> {
		const validate = (value: unknown): string | undefined => {
			const next = spec.set(this.ctx.settings(), value as string | boolean, t);
			return 'error' in next ? next.error : undefined;
		};
		const control = spec.control;
		switch (control.type) {
			case 'text':
				return { type: 'text', key: spec.key, placeholder: control.placeholder ?? '', validate };
			case 'textarea':
				return { type: 'textarea', key: spec.key, rows: control.rows ?? 3, validate };
			case 'toggle':
				return { type: 'toggle', key: spec.key };
			case 'dropdown':
				return { type: 'dropdown', key: spec.key, options: control.options(t) };
			case 'button':
				throw new Error(`setting ${spec.key} is a button, described as an action`);
		}
	}

	override getControlValue(key: string): unknown {
		const spec = this.specs().find((s) => s.key === key);
		return spec ? spec.get(this.ctx.settings()) : undefined;
	}

	override async setControlValue(key: string, value: unknown): Promise<void> {
		const spec = this.specs().find((s) => s.key === key);
		if (spec) await this.apply(spec, value as string | boolean);
	}
}

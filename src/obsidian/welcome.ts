import { Modal, Setting } from 'obsidian';
import { GAZES } from '../core/domain';
import { AboutMethodModal } from './commands/about-method';
import { installTemplates } from './commands/install-templates';
import { openReflectionPicker } from './commands/method';
import type { PluginContext } from './context';
import { modalButtons, onPress } from './modal-buttons';

/**
 * The welcome: what the three gazes are (a line each), and three ways to begin: install the
 * templates, read about the method, write the first reflection (the main action, last).
 */
export class WelcomeModal extends Modal {
	constructor(private readonly ctx: PluginContext) {
		super(ctx.app);
	}

	override onOpen(): void {
		const t = this.ctx.t();
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass('three-gazes-welcome');
		this.setTitle(t('ui.welcome.title'));
		contentEl.createEl('p', { text: t('ui.welcome.intro') });
		const gazes = contentEl.createEl('ul', { cls: 'three-gazes-welcome-gazes' });
		for (const gaze of GAZES) {
			const item = gazes.createEl('li');
			item.createEl('strong', { text: t(`gaze.${gaze}`) });
			item.appendText(`: ${t(`ui.welcome.gaze.${gaze}`)}`);
		}
		new Setting(contentEl)
			.setName(t('ui.welcome.templates'))
			.setDesc(t('ui.welcome.templates.desc', { folder: this.ctx.settings().templateFolder }))
			.addButton((b) => {
				b.setButtonText(t('ui.welcome.templates.button'));
				onPress(b.buttonEl, () => void this.install(b.buttonEl));
			});
		new Setting(contentEl)
			.setName(t('ui.welcome.about'))
			.setDesc(t('ui.welcome.about.desc'))
			// Opens on top of the welcome: closing it comes back here.
			.addButton((b) => {
				b.setButtonText(t('ui.welcome.about.button'));
				onPress(b.buttonEl, () => new AboutMethodModal(this.ctx).open());
			});
		contentEl.createEl('p', { text: t('ui.welcome.again'), cls: 'setting-item-description' });
		modalButtons(contentEl, t, {
			back: 'close',
			onBack: () => this.close(),
			main: {
				text: t('ui.welcome.start'),
				onClick: () => {
					this.close();
					openReflectionPicker(this.ctx);
				},
			},
		});
	}

	/** Installs the templates (the command's own function); the button then says it is done. */
	private async install(button: HTMLButtonElement): Promise<void> {
		button.disabled = true;
		const outcome = await installTemplates(this.ctx);
		if (outcome) button.setText(this.ctx.t()('ui.welcome.templates.installed'));
		else button.disabled = false;
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Shows the welcome when it has never been shown, and remembers that it was. */
export async function showWelcomeOnce(ctx: PluginContext): Promise<WelcomeModal | null> {
	// Unreadable settings are not overwritten until she changes one herself (SettingsStore), so no welcome then.
	if (ctx.settings().welcomeShown || ctx.store.loadProblems.length > 0) return null;
	const modal = new WelcomeModal(ctx);
	modal.open();
	await ctx.store.update((s) => ({ ...s, welcomeShown: true }));
	return modal;
}

/** The welcome on first run (once the layout is ready) and the command "Show the welcome". No default hotkey. */
export function registerWelcome(ctx: PluginContext): void {
	ctx.plugin.addCommand({ id: 'show-welcome', name: ctx.t()('ui.welcome.command'), callback: () => new WelcomeModal(ctx).open() });
	ctx.app.workspace.onLayoutReady(() => void showWelcomeOnce(ctx));
}

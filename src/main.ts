import { Plugin } from 'obsidian';
import { translator } from './core/i18n';
import { JournalIndex } from './core/journal-index';
import { GazeLearning } from './core/tagging/learning';
import type { PluginContext } from './obsidian/context';
import { registerNewEntryCommand } from './obsidian/commands/new-entry';
import { registerMethodCommands } from './obsidian/commands/method';
import { registerTaggingCommands } from './obsidian/commands/tagging';
import { applyLearningSettings } from './obsidian/tagging/settings';
import { registerSupervision } from './obsidian/supervision/register';
import { currentLang } from './obsidian/language';
import { registerSearch } from './obsidian/search';
import { registerReflection } from './obsidian/reflection/register';
import { ThreeGazesSettingTab } from './obsidian/settings-tab';
import { SettingsStore } from './obsidian/settings-store';
import { VaultBridge } from './obsidian/vault-bridge';
import { registerTime } from './obsidian/time/register';
import { vaultFolders, vaultPath } from './obsidian/paths';
import { registerWatch } from './obsidian/watch/register';
import { registerMenus } from './obsidian/menus';
import { registerUndo } from './obsidian/undo';
import { registerWelcome } from './obsidian/welcome';

/** Lifecycle and wiring only: every feature lives in src/obsidian (UI) and src/core (logic). */
export default class ThreeGazesPlugin extends Plugin {
	/** The services handed to every feature; set once onload has read the settings. Read-only use. */
	context: PluginContext | null = null;

	override async onload(): Promise<void> {
		const store = await SettingsStore.load(this);
		const index = new JournalIndex({ journalFolders: vaultFolders(store.settings.journalFolders) });
		const cacheDir = this.manifest.dir;
		const noteText = (): boolean => store.settings.privacy.cacheNoteText;
		const bridge = new VaultBridge(this.app, index, cacheDir ? { path: vaultPath(cacheDir, 'index-cache.json'), pluginVersion: this.manifest.version, noteText } : null);
		let cachedNoteText = noteText();
		const learning = new GazeLearning({ enabled: store.settings.tagging.learn, forgetBefore: store.settings.tagging.forgetBefore });
		this.register(learning.follow(index));
		const ctx: PluginContext = {
			app: this.app,
			plugin: this,
			store,
			index,
			bridge,
			learning,
			settings: () => store.settings,
			lang: () => currentLang(store.settings),
			t: () => translator(currentLang(store.settings)),
			now: () => new Date(),
		};
		this.context = ctx;

		registerNewEntryCommand(ctx);
		registerMethodCommands(ctx);
		const watch = registerWatch(ctx);
		registerTaggingCommands(ctx);
		registerSearch(ctx);
		registerSupervision(ctx);
		registerReflection(ctx);
		registerTime(ctx);
		registerWelcome(ctx);
		registerUndo(ctx);
		registerMenus(ctx, watch);
		this.addSettingTab(
			new ThreeGazesSettingTab(ctx, () => {
				// Open editors redraw their language-watch underlines with the new settings.
				this.app.workspace.updateOptions();
				applyLearningSettings(ctx);
				if (noteText() !== cachedNoteText) {
					cachedNoteText = noteText();
					bridge.noteTextSettingChanged();
				}
				const folders = vaultFolders(store.settings.journalFolders);
				if (folders.join('\n') === index.journalFolders.join('\n')) return;
				index.setJournalFolders(folders);
				void bridge.build();
			}),
		);

		// Vault events are followed from layout ready on: while a vault loads, Obsidian fires `create`
		// for every existing file, and each would be read and parsed once more than the first build does.
		this.app.workspace.onLayoutReady(() => {
			store.reportLoadProblems(ctx.t());
			bridge.listen(this);
			void bridge.build();
		});
	}
}

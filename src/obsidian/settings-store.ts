import { Notice, type Plugin } from 'obsidian';
import { migrateSettings, type Settings } from '../core/settings';
import type { Translate } from '../core/i18n';

/**
 * Loads and saves `data.json`. When the stored data is unreadable (not JSON) or holds wrong
 * types, the defaults are used, the user is told once, and the file is not written until the user
 * changes a setting, so nothing she can still repair by hand is overwritten.
 */
export class SettingsStore {
	private current: Settings;
	private problemsOnLoad: readonly string[] = [];

	private constructor(
		private readonly plugin: Plugin,
		settings: Settings,
	) {
		this.current = settings;
	}

	/** Reads the stored settings; never throws. */
	static async load(plugin: Plugin): Promise<SettingsStore> {
		let raw: unknown;
		let readProblem: string | null = null;
		try {
			raw = await plugin.loadData();
		} catch (error) {
			readProblem = error instanceof Error ? error.message : String(error);
		}
		const { settings, problems } = migrateSettings(readProblem === null ? raw : null);
		const store = new SettingsStore(plugin, settings);
		store.problemsOnLoad = readProblem === null ? problems : [`data.json: ${readProblem}`];
		return store;
	}

	/** The settings in force. */
	get settings(): Settings {
		return this.current;
	}

	/** What was wrong with the stored data when it was loaded (empty when nothing). */
	get loadProblems(): readonly string[] {
		return this.problemsOnLoad;
	}

	/** Shows the load problems once, in the user's language. */
	reportLoadProblems(t: Translate): void {
		if (this.problemsOnLoad.length === 0) return;
		new Notice(t('settings.corrupt', { reason: this.problemsOnLoad.slice(0, 3).join('; ') }), 15000);
	}

	/** Changes settings on the user's request and saves them. */
	async update(change: (settings: Settings) => Settings): Promise<void> {
		this.current = change(this.current);
		this.problemsOnLoad = [];
		await this.plugin.saveData(this.current);
	}
}

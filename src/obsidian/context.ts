import type { App, Plugin } from 'obsidian';
import type { Lang } from '../core/domain';
import type { Translate } from '../core/i18n';
import type { JournalIndex } from '../core/journal-index';
import type { Settings } from '../core/settings';
import type { GazeLearning } from '../core/tagging/learning';
import type { SettingsStore } from './settings-store';
import type { VaultBridge } from './vault-bridge';

/**
 * What a feature of the plugin may use: handed to each command, view and modal, so no feature
 * reaches into the plugin object or a global.
 */
export interface PluginContext {
	readonly app: App;
	readonly plugin: Plugin;
	readonly store: SettingsStore;
	readonly index: JournalIndex;
	readonly bridge: VaultBridge;
	/** What the gaze suggestions learned from her tagged notes; follows the index. */
	readonly learning: GazeLearning;
	/** The settings in force now. */
	settings(): Settings;
	/** The plugin's language now. */
	lang(): Lang;
	/** A translator for the plugin's language now. */
	t(): Translate;
	/** The current time (injected so tests can pin it). */
	now(): Date;
}

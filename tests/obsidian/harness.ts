/**
 * Loads the real plugin into the Obsidian fake (obsidian-test-mocks): a vault in memory, the plugin's
 * onload, layout ready, and a record of every Notice shown. Feature tests build on this.
 */
import { afterEach, vi } from 'vitest';
import type { PluginManifest } from 'obsidian';
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import ThreeGazesPlugin from '../../src/main';

export const MANIFEST = {
	id: 'three-gazes',
	name: 'Three Gazes',
	version: '0.1.0',
	minAppVersion: '1.8.7',
	author: 'Three Gazes contributors',
	description: 'Test',
} as PluginManifest;

/**
 * Plugins loaded by this test file's tests, unloaded after each test as Obsidian unloads a plugin:
 * what they registered (the language watch's sliced compile, timers, events) stops with the test
 * instead of firing after the test environment is gone.
 */
const live: { unload(): void }[] = [];
afterEach(() => {
	for (const plugin of live.splice(0)) plugin.unload();
});

/** Lets pending promises and zero-delay timers run (the index is built in slices). */
export async function flush(rounds = 5): Promise<void> {
	for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Every Notice message shown from now on. */
export function captureNotices(): string[] {
	const messages: string[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation((message: string | DocumentFragment) => {
		messages.push(typeof message === 'string' ? message : (message.textContent ?? ''));
	});
	return messages;
}

export interface LoadOptions {
	/** What `loadData()` resolves to; an Error makes it reject (unreadable data.json). */
	readonly data?: unknown;
	/** Leave the layout not ready (to test that nothing heavy runs before it). */
	readonly layoutReady?: boolean;
	/** Manifest fields to override (e.g. `dir`, where the plugin keeps its index cache). */
	readonly manifest?: Partial<PluginManifest>;
	/** Runs on the fresh app before the plugin loads (set file stats, put files in the adapter, spy). */
	readonly prepare?: (app: App) => void | Promise<void>;
	/** The plugin class to load; the source's by default (the release-bundle test loads main.js's). */
	readonly pluginClass?: typeof ThreeGazesPlugin;
}

/** Loads the plugin over an in-memory vault and waits until its first index build is done. */
export async function loadPlugin(files: Record<string, string>, options: LoadOptions = {}) {
	const app = App.createConfigured__({ files });
	await options.prepare?.(app);
	const handlersBefore = vaultHandlerCount(app);
	const PluginClass = options.pluginClass ?? ThreeGazesPlugin;
	const plugin = new PluginClass(app.asOriginalType__(), { ...MANIFEST, ...options.manifest });
	if (options.data instanceof Error) vi.spyOn(plugin, 'loadData').mockRejectedValue(options.data);
	else if (options.data !== undefined) vi.spyOn(plugin, 'loadData').mockResolvedValue(options.data);
	const saveData = vi.spyOn(plugin, 'saveData');
	live.push(plugin);
	plugin.load();
	await flush();
	if (options.layoutReady !== false) {
		app.workspace.setLayoutReady__();
		await flush(10);
	}
	const commands = (plugin as unknown as { commands__: Map<string, { id: string; name: string; callback?: () => unknown; editorCallback?: (...args: unknown[]) => unknown }> }).commands__;
	return { app, plugin, saveData, commands, handlersBefore };
}

/** Runs a command by id (the plugin's own id prefix is not needed). */
export async function runCommand(commands: Map<string, { callback?: () => unknown }>, id: string): Promise<void> {
	const command = commands.get(id);
	if (!command?.callback) throw new Error(`no command ${id}`);
	await command.callback();
	await flush(10);
}

/** How many vault event handlers are registered. */
export function vaultHandlerCount(app: App): number {
	const events = (app.vault as unknown as { _: Record<string, unknown[]> })._;
	return Object.values(events).reduce((sum, list) => sum + list.length, 0);
}

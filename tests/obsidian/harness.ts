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
	/**
	 * Fire `create` for every file and folder after onload and before layout ready, as Obsidian does
	 * while a vault loads (obsidian.d.ts, `Vault.on('create')`: "also called when the vault is first
	 * loaded for each existing file"). On by default; the fake alone fires none for the files it starts with.
	 */
	readonly startupEvents?: boolean;
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
	if (options.startupEvents !== false) await emitStartupCreates(app);
	if (options.layoutReady !== false) {
		app.workspace.setLayoutReady__();
		await flush(10);
	}
	const commands = (plugin as unknown as { commands__: Map<string, RegisteredCommand> }).commands__;
	return { app, plugin, saveData, commands, handlersBefore };
}

/** A command as the plugin registered it (the fake's Plugin keeps them as given). */
export interface RegisteredCommand {
	readonly id: string;
	readonly name: string;
	readonly callback?: () => unknown;
	readonly checkCallback?: (checking: boolean) => boolean | void;
	readonly editorCallback?: (...args: unknown[]) => unknown;
	readonly editorCheckCallback?: (checking: boolean, ...args: unknown[]) => boolean | void;
}

/**
 * Whether the command palette offers a command now, as Obsidian decides (obsidian.d.ts, `Command`):
 * `checkCallback(true)` must return true ("If checking is true, then you must not perform any action
 * ... only return whether the command can be executed"); a plain `callback` is always offered. The fake
 * has no palette. Editor commands are not asked here (the fake has no active editor for them).
 */
export function commandAvailable(commands: Map<string, RegisteredCommand>, id: string): boolean {
	const command = commands.get(id);
	if (!command) throw new Error(`no command ${id}`);
	if (command.checkCallback) return command.checkCallback(true) === true;
	return command.callback !== undefined;
}

/**
 * Runs a command by id (the plugin's own id prefix is not needed), as Obsidian runs it from the
 * palette: `checkCallback(false)` (the action), or `callback()`. A command the palette would not offer
 * throws.
 */
export async function runCommand(commands: Map<string, RegisteredCommand>, id: string): Promise<void> {
	const command = commands.get(id);
	if (!command) throw new Error(`no command ${id}`);
	if (command.checkCallback) {
		if (!commandAvailable(commands, id)) throw new Error(`command ${id} is not available now`);
		command.checkCallback(false);
	} else if (command.callback) {
		await command.callback();
	} else {
		throw new Error(`command ${id} has no callback`);
	}
	await flush(10);
}

/** Fires `create` for every file and folder in the vault (the root aside), as Obsidian does at start-up. */
export async function emitStartupCreates(app: App): Promise<void> {
	for (const file of app.vault.getAllLoadedFiles()) {
		if (file.path === '/' || file.path === '') continue;
		app.vault.trigger('create', file);
	}
	await flush();
}

/** How many vault event handlers are registered. */
export function vaultHandlerCount(app: App): number {
	const events = (app.vault as unknown as { _: Record<string, unknown[]> })._;
	return Object.values(events).reduce((sum, list) => sum + list.length, 0);
}

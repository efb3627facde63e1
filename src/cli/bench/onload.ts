/**
 * Times the plugin's own `onload` (everything before layout ready), and a whole start-up, in the
 * Obsidian fake over a vault of the given notes. The fake is bundled in place of 'obsidian' in the
 * benchmark's build only.
 */
import './dom-globals';
import { App } from 'obsidian-test-mocks/obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import { JournalIndex } from '../../core/journal-index';
import type { NoteFile } from '../../core/note-parser';
import ThreeGazesPlugin from '../../main';

const MANIFEST: ConstructorParameters<typeof ThreeGazesPlugin>[1] = { id: 'three-gazes', name: 'Three Gazes', version: '0.0.0-bench', minAppVersion: '1.8.7', author: 'bench', description: 'bench' };

setup();

export { App };

/** One `onload` on a fresh fake app holding `files`, in milliseconds (layout not ready yet). */
export async function timeOnload(files: Record<string, string>): Promise<number> {
	const app = App.createConfigured__({ files });
	const plugin = new ThreeGazesPlugin(app.asOriginalType__(), MANIFEST);
	const start = performance.now();
	await plugin.onload();
	const ms = performance.now() - start;
	plugin.unload();
	return ms;
}

/** What one start-up did: its time, how many `create` events it was sent, how often notes were parsed. */
export interface StartupFigures {
	/** From onload to the end of the first index build, in milliseconds. */
	readonly ms: number;
	/** `create` events fired before layout ready (one per file and folder, as Obsidian does). */
	readonly creates: number;
	/** Notes parsed into the index, counting every parse. */
	readonly parses: number;
	/** Distinct notes parsed. */
	readonly notes: number;
}

/**
 * A whole start-up in the fake, as Obsidian runs it: onload, then a `create` event for every file and
 * folder while the vault loads (obsidian.d.ts, `Vault.on('create')`), then layout ready and the first
 * index build (no cache: a cold start). Counts the parses, so a note read again because of its
 * start-up `create` shows. `app` is a fake from `App.createConfigured__` (slow to fill at 10 000 notes,
 * so one is used for several runs: each run's plugin unloads, taking its handlers with it).
 */
export async function timeStartup(app: App): Promise<StartupFigures> {
	const plugin = new ThreeGazesPlugin(app.asOriginalType__(), MANIFEST);
	const parsed: string[] = [];
	const upsert = Object.getOwnPropertyDescriptor(JournalIndex.prototype, 'upsert')?.value as (this: JournalIndex, file: NoteFile) => ReturnType<JournalIndex['upsert']>;
	JournalIndex.prototype.upsert = function (this: JournalIndex, file: NoteFile) {
		parsed.push(file.path);
		return upsert.call(this, file);
	};
	// The fake's own metadata cache follows `create` too, re-parsing the note and resolving its links
	// against every file (quadratic, and Obsidian's work, not the plugin's): the start-up events go to
	// the handlers registered from onload on, the plugin's.
	const handlers = (app.vault as unknown as { _: Record<string, Array<{ fn: (...args: unknown[]) => unknown; ctx?: unknown }> | undefined> })._;
	const before = handlers.create?.length ?? 0;
	// A fresh start: the layout is not ready until the vault has loaded (the fake remembers the last run's).
	app.workspace.layoutReady = false;
	try {
		const start = performance.now();
		await plugin.onload();
		let creates = 0;
		for (const file of app.vault.getAllLoadedFiles()) {
			if (file.path === '/' || file.path === '') continue;
			for (const handler of (handlers.create ?? []).slice(before)) handler.fn.call(handler.ctx, file);
			creates++;
		}
		app.workspace.setLayoutReady__();
		await plugin.context?.bridge.whenBuilt();
		// Reads started by events are promises of their own: let them finish.
		for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
		const ms = performance.now() - start;
		return { ms, creates, parses: parsed.length, notes: new Set(parsed).size };
	} finally {
		JournalIndex.prototype.upsert = upsert;
		plugin.unload();
	}
}

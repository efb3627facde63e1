/**
 * The bench's start-up figure (`npm run bench -- --only startup`, src/cli/bench/onload.ts) counts what
 * it claims: every file's start-up `create` reaches the plugin, and each note is parsed once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateVault } from '../../src/cli/bench/generate';
import { App, timeStartup } from '../../src/cli/bench/onload';

afterEach(() => vi.restoreAllMocks());

describe('the bench start-up figure', { timeout: 60_000 }, () => {
	it('fires a create for every file and folder, and finds each note parsed once', async () => {
		const files: Record<string, string> = {};
		for (const note of generateVault({ notes: 200 })) if (!note.malformed) files[note.path] = note.content;
		const app = App.createConfigured__({ files });
		const first = await timeStartup(app);
		expect(first.creates).toBeGreaterThan(Object.keys(files).length);
		expect(first.notes).toBeGreaterThan(50);
		expect(first.parses).toBe(first.notes);
		// The same app serves a second run: the first plugin took its handlers with it when it unloaded.
		const second = await timeStartup(app);
		expect(second).toMatchObject({ creates: first.creates, parses: first.parses, notes: first.notes });
	});

	it('would show a plugin that follows vault events from onload parsing notes again', async () => {
		const files: Record<string, string> = {};
		for (const note of generateVault({ notes: 200 })) if (!note.malformed) files[note.path] = note.content;
		const app = App.createConfigured__({ files });
		// Layout-ready work run at once, in onload: vault events followed before the vault has loaded.
		vi.spyOn(app.workspace, 'onLayoutReady').mockImplementation((callback: () => unknown) => void callback());
		const early = await timeStartup(app);
		expect(early.parses).toBeGreaterThan(early.notes);
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { JournalIndex } from '../../src/core/journal-index';
import type { NoteFile } from '../../src/core/note-parser';
import type ThreeGazesPlugin from '../../src/main';
import { captureNotices, flush, loadPlugin, vaultHandlerCount } from './harness';

afterEach(() => vi.restoreAllMocks());

const NOTES = {
	'Journal/2026-11-20 Dag.md': '---\ntags: [blik/selv]\n---\nTekst\n',
	'Journal/2026-11-21 Møde.md': '---\ntags: [blik/borger, blik/medarbejdere]\n---\n',
	'Andet/Indkøb.md': 'mælk',
	'Andet/Tagget.md': '#blik/borger',
	'Journal/Ødelagt.md': '---\ntags: [blik/selv\n',
};

describe('plugin lifecycle', () => {
	it('unload leaves no vault handler behind', async () => {
		const { app, plugin, handlersBefore } = await loadPlugin(NOTES);
		expect(vaultHandlerCount(app)).toBeGreaterThan(handlersBefore);
		plugin.unload();
		expect(vaultHandlerCount(app)).toBe(handlersBefore);
	});

	it('builds the journal index only after layout ready, skipping the malformed note', async () => {
		const { app, plugin } = await loadPlugin(NOTES, { layoutReady: false });
		const index = indexOf(plugin);
		expect(index.size).toBe(0);
		app.workspace.setLayoutReady__();
		await flush(10);
		// The note outside the journal folder counts: it carries a gaze tag.
		expect([...index.notes()].map((n) => n.path).sort()).toEqual(['Andet/Tagget.md', 'Journal/2026-11-20 Dag.md', 'Journal/2026-11-21 Møde.md']);
		expect(index.skipped().map((s) => s.path)).toEqual(['Journal/Ødelagt.md']);
	});

	it('parses each note once at start-up, although Obsidian fires create for every file before layout ready', async () => {
		const parsed = vi.spyOn(JournalIndex.prototype, 'upsert');
		const reads: string[] = [];
		const { app, plugin } = await loadPlugin(NOTES, {
			prepare: (app) => {
				const original = app.vault.cachedRead.bind(app.vault);
				vi.spyOn(app.vault, 'cachedRead').mockImplementation((file) => {
					reads.push(file.path);
					return original(file);
				});
			},
		});
		const paths = parsed.mock.calls.map(([file]: [NoteFile]) => file.path).sort();
		expect(paths).toEqual(['Andet/Tagget.md', 'Journal/2026-11-20 Dag.md', 'Journal/2026-11-21 Møde.md', 'Journal/Ødelagt.md']);
		expect(reads.sort()).toEqual(paths);
		expect(indexOf(plugin).size).toBe(3);
		// The start-up creates did reach the vault's handlers (the harness fires them, as Obsidian does) ...
		expect(vaultHandlerCount(app)).toBeGreaterThan(0);
		// ... and a note created after layout ready is followed.
		await app.vault.create('Journal/2026-11-23 Senere.md', '---\ntags: [blik/selv]\n---\n');
		await flush();
		expect(indexOf(plugin).has('Journal/2026-11-23 Senere.md')).toBe(true);
	});

	it('follows no vault event before layout ready', async () => {
		const { app, handlersBefore } = await loadPlugin(NOTES, { layoutReady: false });
		expect(vaultHandlerCount(app)).toBe(handlersBefore);
		app.workspace.setLayoutReady__();
		expect(vaultHandlerCount(app)).toBeGreaterThan(handlersBefore);
	});

	it('follows create, modify, rename and delete in the vault', async () => {
		const { app, plugin } = await loadPlugin(NOTES);
		const index = indexOf(plugin);
		const file = await app.vault.create('Journal/2026-11-22 Ny.md', '---\ntags: [blik/borger]\n---\n');
		await flush();
		expect(index.get('Journal/2026-11-22 Ny.md')?.gazes).toEqual(['citizen']);
		await app.vault.modify(file, '---\ntags: [gaze/staff]\n---\n');
		await flush();
		expect(index.get('Journal/2026-11-22 Ny.md')?.gazes).toEqual(['staff']);
		await app.vault.rename(file, 'Arkiv/Ny.md');
		await flush();
		expect(index.has('Journal/2026-11-22 Ny.md')).toBe(false);
		expect(index.get('Arkiv/Ny.md')?.gazes).toEqual(['staff']);
		await app.fileManager.trashFile(app.vault.getFileByPath('Arkiv/Ny.md')!);
		await flush();
		expect(index.has('Arkiv/Ny.md')).toBe(false);
	});
});

describe('settings on load', () => {
	it.each([
		['data.json is not JSON', new SyntaxError('Unexpected token } in JSON at position 12')],
		['data.json has wrong types', { version: 1, journalFolders: 'Journal', language: 42 }],
	])('falls back to defaults when %s, tells the user once, and does not overwrite it', async (_label, data) => {
		const notices = captureNotices();
		const { saveData, plugin } = await loadPlugin(NOTES, { data });
		expect(notices.filter((m) => m.includes('Three Gazes could not read its settings'))).toHaveLength(1);
		expect(saveData).not.toHaveBeenCalled();
		expect(indexOf(plugin).size).toBe(3);
	});
});

function indexOf(plugin: ThreeGazesPlugin) {
	if (!plugin.context) throw new Error('plugin not loaded');
	return plugin.context.index;
}

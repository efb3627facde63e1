/**
 * Every vault path the plugin builds goes through `normalizePath`. The fake's `normalizePath` only
 * cleans slashes; Obsidian's also turns non-breaking spaces into spaces and runs
 * `String.prototype.normalize` (NFC), as its documentation says ("Use normalizePath() to clean up
 * user-defined paths", plugin guidelines). So here `normalizePath` is Obsidian's documented one, and
 * the folders and names are typed with a decomposed å (a + combining ring) and non-breaking spaces.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TFile } from 'obsidian';
import { PseudonymiseModal, type initialState } from '../../src/obsidian/watch/pseudonymise-modal';
import { vaultFolder, vaultFolders, vaultPath } from '../../src/obsidian/paths';
import { flush, loadPlugin, runCommand } from './harness';

/** Obsidian's normalizePath as documented: slashes, ends, non-breaking spaces, NFC. */
function documentedNormalizePath(path: string): string {
	const cleaned = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '').replace(/\u00A0/g, ' ').normalize();
	return cleaned === '' ? '/' : cleaned;
}

vi.mock('obsidian', async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), normalizePath: documentedNormalizePath }));

afterEach(() => vi.restoreAllMocks());

const MAANED_NFD = 'Ma\u030Aned';
const MAANED = 'Måned';
const NBSP = '\u00A0';

describe('vault paths are normalised as Obsidian normalises them', () => {
	it('in the helpers: folders after the core rules, paths from parts', () => {
		expect(MAANED_NFD).not.toBe(MAANED);
		expect(vaultFolder(`Journal//${MAANED_NFD}/`)).toEqual({ ok: true, folder: `Journal/${MAANED}` });
		expect(vaultFolder('../ude')).toMatchObject({ ok: false, reason: 'outside' });
		expect(vaultFolders([`Journal/${MAANED_NFD}`, `Journal/${MAANED}`])).toEqual([`Journal/${MAANED}`]);
		expect(vaultPath('.obsidian/plugins/three-gazes/', 'index-cache.json')).toBe('.obsidian/plugins/three-gazes/index-cache.json');
		expect(vaultPath(`Til${NBSP}supervisor`, 'x.md')).toBe('Til supervisor/x.md');
	});

	it('new notes: a journal folder typed decomposed gets the note in the one folder every device names alike', async () => {
		const { app, commands } = await loadPlugin({}, { data: { version: 1, journalFolders: [`Journal/${MAANED_NFD}`] } });
		await runCommand(commands, 'new-journal-entry');
		const paths = app.vault.getMarkdownFiles().map((f) => f.path);
		expect(paths).toHaveLength(1);
		expect(paths[0]?.startsWith(`Journal/${MAANED}/`)).toBe(true);
		expect(app.vault.getFolderByPath(`Journal/${MAANED}`)).not.toBeNull();
	});

	it('the templates folder', async () => {
		const { app, commands } = await loadPlugin({}, { data: { version: 1, templateFolder: `Skabeloner//${MAANED_NFD}/` } });
		await runCommand(commands, 'install-templates');
		const paths = app.vault.getMarkdownFiles().map((f) => f.path);
		expect(paths.length).toBeGreaterThan(3);
		for (const path of paths) expect(path.startsWith(`Skabeloner/${MAANED}/`)).toBe(true);
	});

	it('the pseudonymisation key note', async () => {
		const note = 'Hun har CPR 030331-1234.\n';
		const { app, plugin } = await loadPlugin({ [`Journal/Møde${NBSP}A.md`]: note });
		const file: unknown = app.vault.getFileByPath(`Journal/Møde${NBSP}A.md`);
		const ctx = plugin.context;
		if (!ctx || !(file instanceof TFile)) throw new Error('not loaded');
		const modal = new PseudonymiseModal(ctx, file, note);
		(modal as unknown as { state: ReturnType<typeof initialState> }).state.keepMapping = true;
		const create = vi.spyOn(app.vault, 'create');
		expect(await modal.apply()).toBeGreaterThan(0);
		expect(create.mock.calls.map(([path]) => path)).toEqual(['Journal/Pseudonym key for Møde A.md']);
	});

	it('the export for the supervisor', async () => {
		const prep = 'Journal/2026-10-08 Forberedelse.md';
		const { app, commands } = await loadPlugin(
			{ [prep]: '---\ndate: 2026-10-08\nkind: supervisionsforberedelse\n---\n# Forberedelse\n\nEn tanke.\n' },
			{ data: { version: 1, supervision: { exportFolder: `Til${NBSP}supervisor/${MAANED_NFD}` } } },
		);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(prep)!);
		await runCommand(commands, 'export-for-supervisor');
		await flush(10);
		expect(app.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p !== prep)).toEqual([`Til supervisor/${MAANED}/2026-10-08 Forberedelse (for supervisor).md`]);
	});

	it('the index cache in the plugin folder', async () => {
		const { app, plugin } = await loadPlugin({ 'Journal/2026-11-20 Dag.md': '---\ntags: [blik/selv]\n---\nTekst\n' }, { manifest: { dir: '.obsidian/plugins/three-gazes/' } });
		const write = vi.spyOn(app.vault.adapter, 'write');
		await plugin.context?.bridge.saveCacheNow();
		expect(write.mock.calls.map(([path]) => path)).toEqual(['.obsidian/plugins/three-gazes/index-cache.json']);
	});
});

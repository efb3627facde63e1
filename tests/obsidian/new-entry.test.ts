import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureNotices, loadPlugin, runCommand } from './harness';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

const TODAY = new Date(2026, 10, 27, 8, 15);

async function setup(files: Record<string, string>, data?: unknown) {
	const loaded = await loadPlugin(files, data === undefined ? {} : { data });
	const ctx = loaded.plugin.context;
	if (!ctx) throw new Error('not loaded');
	vi.spyOn(ctx, 'now').mockReturnValue(TODAY);
	return { ...loaded, ctx };
}

describe('New journal entry', () => {
	it("creates today's daily reflection in the journal folder from the bundled template, tagged and opened", async () => {
		const { app, commands, ctx } = await setup({});
		await runCommand(commands, 'new-journal-entry');
		const file = app.vault.getFileByPath('Journal/2026-11-27 Daily reflection.md');
		expect(file).not.toBeNull();
		const text = await app.vault.read(file!);
		expect(text).toMatch(/^---\n[\s\S]*date: 2026-11-27/);
		expect(ctx.index.get('Journal/2026-11-27 Daily reflection.md')).toMatchObject({ kind: 'daily-reflection', gazes: ['citizen', 'staff', 'self'] });
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/2026-11-27 Daily reflection.md');
	});

	it('writes in Danish with Danish tags when the language setting says so, into a folder with spaces and Danish letters', async () => {
		const { app, commands } = await setup({}, { version: 1, language: 'da', journalFolders: ['Mine noter/Ledelse og blikke/'] });
		await runCommand(commands, 'new-journal-entry');
		const file = app.vault.getFileByPath('Mine noter/Ledelse og blikke/2026-11-27 Daglig refleksion.md');
		expect(file).not.toBeNull();
		expect(await app.vault.read(file!)).toContain('blik/borger');
	});

	it('never overwrites an existing note: it opens it unchanged', async () => {
		const existing = '---\ndate: 2026-11-27\n---\nMine egne ord.\n';
		const notices = captureNotices();
		const { app, commands } = await setup({ 'Journal/2026-11-27 Daily reflection.md': existing });
		await runCommand(commands, 'new-journal-entry');
		expect(await app.vault.read(app.vault.getFileByPath('Journal/2026-11-27 Daily reflection.md')!)).toBe(existing);
		expect(notices.some((n) => n.includes('already exists'))).toBe(true);
	});

	it.each([['../Udenfor'], ['/etc/noter']])('refuses a journal folder outside the vault (%s) with a clear message', async (folder) => {
		const notices = captureNotices();
		const { app, commands } = await setup({}, { version: 1, journalFolders: [folder] });
		await runCommand(commands, 'new-journal-entry');
		expect(app.vault.getMarkdownFiles()).toHaveLength(0);
		expect(notices.some((n) => n.startsWith(`The folder "${folder}" cannot be used`))).toBe(true);
	});
});

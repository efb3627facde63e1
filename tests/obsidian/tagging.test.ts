import { afterEach, describe, expect, it, vi } from 'vitest';
import { TFile } from 'obsidian';
import { openTagNoteModal } from '../../src/obsidian/commands/tagging';
import { insertBlockAtCursor } from '../../src/obsidian/commands/toolbox';
import { BulkTagModal } from '../../src/obsidian/tagging/bulk-tag-modal';
import { captureNotices, flush, loadPlugin } from './harness';

afterEach(() => {
	vi.restoreAllMocks();
});

const DANISH = { version: 1, language: 'da', journalFolders: ['Journal'] };

async function setup(files: Record<string, string>, data: unknown = DANISH) {
	const loaded = await loadPlugin(files, { data });
	const ctx = loaded.plugin.context;
	if (!ctx) throw new Error('not loaded');
	await ctx.bridge.whenBuilt();
	return { ...loaded, ctx };
}

function fileAt(app: Awaited<ReturnType<typeof setup>>['app'], path: string): TFile {
	const file: unknown = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
	return file;
}

const UNTAGGED = '---\ndate: 2026-11-20 # fredag\n---\n# Beboerkonference om fru A\n\nBeboeren var urolig. Beboerne spiste sammen.\n';

describe('the fake vault.process behaves like Obsidian: it hands fn the current text and saves what fn returns', () => {
	it('passes the latest content and stores the result, announcing a modify', async () => {
		const { app } = await setup({ 'a.md': 'one' });
		const file = app.vault.getFileByPath('a.md')!;
		await app.vault.modify(file, 'two');
		const modified = vi.fn();
		app.vault.on('modify', modified);
		const seen: string[] = [];
		await app.vault.process(file, (text) => {
			seen.push(text);
			return `${text}!`;
		});
		expect(seen).toEqual(['two']);
		expect(await app.vault.read(file)).toBe('two!');
		expect(modified).toHaveBeenCalledTimes(1);
	});
});

describe('Tag this note by gaze', () => {
	it('is offered only for an open Markdown note', async () => {
		const { app, commands } = await setup({ 'Journal/a.md': UNTAGGED });
		const command = commands.get('tag-note-by-gaze') as unknown as { checkCallback: (checking: boolean) => boolean };
		expect(command.checkCallback(true)).toBe(false);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Journal/a.md')!);
		expect(command.checkCallback(true)).toBe(true);
	});

	it('pre-selects the suggestion, shows the reasons, and writes Danish tags without touching the rest', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup({ 'Journal/a.md': UNTAGGED });
		const modal = await openTagNoteModal(ctx, fileAt(app, 'Journal/a.md'));
		expect(modal?.selection()).toEqual(['citizen']);
		expect(modal?.contentEl.textContent).toContain('»beboeren, beboerne« (2 gange)');
		expect(modal?.contentEl.textContent).toContain('Foreslået');
		modal?.onOpen();
		modal?.setSelected('self', true);
		await modal?.apply();
		expect(await app.vault.read(app.vault.getFileByPath('Journal/a.md')!)).toBe(
			'---\ndate: 2026-11-20 # fredag\ntags:\n  - blik/borger\n  - blik/selv\n---\n# Beboerkonference om fru A\n\nBeboeren var urolig. Beboerne spiste sammen.\n',
		);
		expect(notices.at(-1)).toBe('Bliktags gemt i Journal/a.md.');
		await flush();
		expect(ctx.index.get('Journal/a.md')?.gazes).toEqual(['citizen', 'self']);
	});

	it('pre-selects the tags a note has, and removing works (both vocabularies)', async () => {
		const { app, ctx } = await setup({ 'Journal/b.md': '---\ntags: [journal, gaze/staff, blik/borger]\n---\nMedarbejderne.\n' });
		const modal = await openTagNoteModal(ctx, fileAt(app, 'Journal/b.md'));
		expect(modal?.selection()).toEqual(['citizen', 'staff']);
		modal?.setSelected('staff', false);
		await modal?.apply();
		expect(await app.vault.read(app.vault.getFileByPath('Journal/b.md')!)).toBe('---\ntags: [journal, blik/borger]\n---\nMedarbejderne.\n');
	});

	it('shows a refusal as a Notice with the reason and writes nothing, not even the same bytes', async () => {
		const text = '---\nstandard: &std [journal]\ntags: *std\n---\nTekst\n';
		const notices = captureNotices();
		const { app, ctx } = await setup({ 'Journal/c.md': text });
		const modified = vi.fn();
		app.vault.on('modify', modified);
		const modal = await openTagNoteModal(ctx, fileAt(app, 'Journal/c.md'));
		modal?.setSelected('self', true);
		await modal?.apply();
		expect(await app.vault.read(app.vault.getFileByPath('Journal/c.md')!)).toBe(text);
		expect(modified).not.toHaveBeenCalled();
		expect(notices.at(-1)).toMatch(/^Intet blev skrevet i Journal\/c\.md: Tags er givet gennem et YAML-anker/);
	});

	it('tells why when the note cannot be read at all, and opens no modal', async () => {
		const notices = captureNotices();
		// (Duplicate keys would do too, but the fake metadata cache throws on them where Obsidian does not.)
		const text = '---\ntags: [a]\nTekst uden afslutning\n';
		const { app, ctx } = await setup({ 'Journal/d.md': text }, { version: 1, language: 'en' });
		expect(await openTagNoteModal(ctx, fileAt(app, 'Journal/d.md'))).toBeNull();
		expect(notices.at(-1)).toBe('Nothing was written to Journal/d.md: The note starts with --- but has no closing --- line, so it is unclear where the properties end.');
		expect(await app.vault.read(app.vault.getFileByPath('Journal/d.md')!)).toBe(text);
	});

	it('the command opens the modal for the active note', async () => {
		const { app, commands } = await setup({ 'Journal/a.md': UNTAGGED });
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Journal/a.md')!);
		const onOpen = vi.spyOn((await import('../../src/obsidian/tagging/tag-note-modal')).TagNoteModal.prototype, 'onOpen');
		const command = commands.get('tag-note-by-gaze') as unknown as { checkCallback: (checking: boolean) => boolean };
		command.checkCallback(false);
		await flush(10);
		expect(onOpen).toHaveBeenCalled();
	});
});

describe('Tag untagged journal notes…', () => {
	const vault = {
		'Journal/1 fru A.md': '# Fru A\nBeboeren var urolig, og beboerne spiste.\n',
		'Journal/2 team.md': '---\ndate: 2026-11-02\n---\nMedarbejderne og kollegaerne på aftenholdet.\n',
		'Journal/3 tagged.md': '---\ntags: [blik/selv]\n---\nMin ledelse.\n',
		'Journal/4 map.md': '---\ntags:\n  borger: ja\n---\nBorgeren og beboerne.\n',
		'Journal/5 nothing.md': 'Vejret var fint.\n',
	};

	it('lists every untagged journal note with its suggestion, and writes what the user accepted', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup(vault);
		const modal = new BulkTagModal(ctx);
		await modal.load();
		expect(modal.paths()).toEqual(['Journal/1 fru A.md', 'Journal/2 team.md', 'Journal/4 map.md', 'Journal/5 nothing.md']);
		expect(modal.selectionOf('Journal/1 fru A.md')).toEqual(['citizen']);
		expect(modal.selectionOf('Journal/2 team.md')).toEqual(['staff']);
		expect(modal.selectionOf('Journal/5 nothing.md')).toEqual([]);
		expect(modal.contentEl.textContent).toContain('4 journalnoter har intet bliktag');
		modal.setSelection('Journal/2 team.md', ['staff', 'self']);
		const summary = await modal.acceptAll();
		expect(summary).toMatchObject({ written: ['Journal/1 fru A.md', 'Journal/2 team.md'], skipped: ['Journal/5 nothing.md'], cancelled: false });
		expect(summary?.refused.map((r) => [r.path, r.reason])).toEqual([['Journal/4 map.md', 'tags-map']]);
		const read = (p: string) => app.vault.read(app.vault.getFileByPath(p)!);
		expect(await read('Journal/2 team.md')).toBe('---\ndate: 2026-11-02\ntags:\n  - blik/medarbejdere\n  - blik/selv\n---\nMedarbejderne og kollegaerne på aftenholdet.\n');
		expect(await read('Journal/1 fru A.md')).toBe('---\ntags:\n  - blik/borger\n---\n# Fru A\nBeboeren var urolig, og beboerne spiste.\n');
		expect(await read('Journal/4 map.md')).toBe(vault['Journal/4 map.md']);
		expect(await read('Journal/5 nothing.md')).toBe(vault['Journal/5 nothing.md']);
		expect(notices.at(-1)).toBe('Skrevet: 2. Allerede sådan: 0. Afvist: 1. Sprunget over (intet blik valgt): 1.');
		expect(modal.contentEl.textContent).toContain('Journal/4 map.md: Egenskaben tags er skrevet som nøgler og værdier');
	});

	it('accepts one note at a time', async () => {
		const { app, ctx } = await setup(vault);
		const modal = new BulkTagModal(ctx);
		await modal.load();
		expect(await modal.acceptOne('Journal/2 team.md')).toEqual({ kind: 'changed' });
		expect(await app.vault.read(app.vault.getFileByPath('Journal/1 fru A.md')!)).toBe(vault['Journal/1 fru A.md']);
		const summary = await modal.acceptAll();
		expect(summary?.written).toEqual(['Journal/1 fru A.md']);
	});

	it('says so when every journal note has a gaze', async () => {
		const { ctx } = await setup({ 'Journal/3 tagged.md': vault['Journal/3 tagged.md'] });
		const modal = new BulkTagModal(ctx);
		await modal.load();
		expect(modal.contentEl.textContent).toContain('Alle journalnoter har et bliktag.');
	});

	it('shows progress over hundreds of notes, and stops when closed, leaving the rest untouched', async () => {
		const many: Record<string, string> = {};
		for (let i = 0; i < 300; i++) many[`Journal/${String(i).padStart(3, '0')}.md`] = `Beboeren nr. ${i} og beboerne spiste.\n`;
		const { app, ctx } = await setup(many);
		const full = new BulkTagModal(ctx);
		await full.load();
		expect(full.paths()).toHaveLength(300);

		const modal = new BulkTagModal(ctx);
		await modal.load();
		const run = modal.acceptAll();
		await new Promise((resolve) => setTimeout(resolve, 0));
		modal.close();
		const summary = await run;
		expect(summary?.cancelled).toBe(true);
		const written = summary?.written.length ?? 0;
		expect(written).toBeGreaterThan(0);
		expect(written).toBeLessThan(300);
		expect(await app.vault.read(app.vault.getFileByPath('Journal/299.md')!)).toBe('Beboeren nr. 299 og beboerne spiste.\n');

		const rest = await full.acceptAll();
		expect(rest?.written.length).toBe(300 - written);
		expect(rest?.unchanged.length).toBe(written);
		expect(full.contentEl.textContent).toContain('Skriver 300 af 300');
	}, 60_000);
});

describe('a note that was not UTF-8 on disk (issue 23)', () => {
	// Obsidian reads a Latin-1 note's æ, ø, å as U+FFFD; saving it would make that final.
	const LATIN1_READ = '---\ndate: 2026-11-20\n---\n# M\uFFFDde med fru \uFFFDlund\n\nBeboeren var urolig.\n';

	it('is not tagged: the note keeps its text and a Notice in Danish says why', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup({ 'Journal/a.md': LATIN1_READ });
		const modal = await openTagNoteModal(ctx, fileAt(app, 'Journal/a.md'));
		modal?.setSelected('citizen', true);
		await modal?.apply();
		expect(await app.vault.read(app.vault.getFileByPath('Journal/a.md')!)).toBe(LATIN1_READ);
		expect(notices.at(-1)).toMatch(/^Intet blev skrevet i Journal\/a\.md: .*UTF-8/);
	});

	it('gets no meeting element inserted by the editor commands', async () => {
		const notices = captureNotices();
		const { ctx } = await setup({ 'Journal/a.md': LATIN1_READ });
		let value = LATIN1_READ;
		const editor = {
			getValue: () => value,
			replaceRange: (text: string) => void (value += text),
		} as unknown as Parameters<typeof insertBlockAtCursor>[1];
		expect(insertBlockAtCursor(ctx, editor, '> [!note]\n', 'Journal/a.md')).toBe(false);
		expect(value).toBe(LATIN1_READ);
		expect(notices.at(-1)).toMatch(/Journal\/a\.md.*UTF-8/);
	});
});

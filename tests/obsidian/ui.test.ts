/**
 * The shared UI (issue 21): every modal ends with the same button row (the way back first, the main
 * action last), the welcome on first run, and undo after "Accept all" and "Pseudonymise".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor, Menu, Notice } from 'obsidian-test-mocks/obsidian';
import { TFile, type Modal } from 'obsidian';
import { AboutMethodModal } from '../../src/obsidian/commands/about-method';
import { TemplatePickerModal } from '../../src/obsidian/commands/new-reflection';
import { QuestionSetModal } from '../../src/obsidian/commands/toolbox';
import type { PluginContext } from '../../src/obsidian/context';
import { NotesModal } from '../../src/obsidian/reflection/notes-modal';
import { ExportFolderModal } from '../../src/obsidian/supervision/export';
import { OutcomeModal } from '../../src/obsidian/supervision/outcome';
import { PrepareSupervisionModal } from '../../src/obsidian/supervision/prepare';
import { BulkTagModal } from '../../src/obsidian/tagging/bulk-tag-modal';
import { TagNoteModal } from '../../src/obsidian/tagging/tag-note-modal';
import { PseudonymiseModal } from '../../src/obsidian/watch/pseudonymise-modal';
import { WelcomeModal } from '../../src/obsidian/welcome';
import { matchingFolders } from '../../src/obsidian/folder-suggest';
import { ThreeGazesSettingTab } from '../../src/obsidian/settings-tab';
import { LookbackModal } from '../../src/obsidian/time/lookback-modal';
import { CheckModal } from '../../src/obsidian/watch/check-modal';
import { captureNotices, flush, loadPlugin, runCommand } from './harness';

afterEach(() => {
	vi.restoreAllMocks();
});

const DANISH = { version: 1, language: 'da', journalFolders: ['Journal'] };
const ENGLISH = { version: 1, language: 'en', journalFolders: ['Journal'] };
const NOTE = '---\ndate: 2026-11-20\n---\n# Fru A\n\nBeboeren var urolig.\n';

async function setup(files: Record<string, string> = {}, data: unknown = DANISH) {
	const loaded = await loadPlugin(files, { data });
	const ctx = loaded.plugin.context;
	if (!ctx) throw new Error('not loaded');
	await ctx.bridge.whenBuilt();
	return { ...loaded, ctx };
}

function fileAt(ctx: PluginContext, path: string): TFile {
	const file = ctx.app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no file ${path}`);
	return file;
}

/** The texts of the modal's last button row, in order, and whether the last one is the highlighted main action. */
function buttonRow(modal: Modal): { texts: string[]; mainLast: boolean; buttons: HTMLButtonElement[] } {
	const rows = modal.contentEl.querySelectorAll('.three-gazes-modal-buttons');
	const row = rows[rows.length - 1];
	if (!row) throw new Error('no button row');
	const buttons = [...row.querySelectorAll('button')];
	return { texts: buttons.map((b) => b.textContent ?? ''), mainLast: buttons.at(-1)?.classList.contains('mod-cta') ?? false, buttons };
}

/** The fake's editor (abstract in its types only, so a subclass makes it constructible). */
class TestEditor extends Editor {}

/** Every Notice made from now on (to press its buttons). */
function captureNoticeObjects(): Notice[] {
	const made: Notice[] = [];
	vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(function (this: Notice) {
		made.push(this);
	});
	return made;
}

describe('every modal ends with the same button row: the way back first, the main action last', () => {
	it('gives Questions, Supervision, Outcome and Export folder a Cancel, and puts the main button last (Danish)', async () => {
		const { ctx } = await setup({ 'Journal/fru A.md': NOTE });
		const file = fileAt(ctx, 'Journal/fru A.md');
		const modals: Array<[Modal, string]> = [
			[new QuestionSetModal(ctx, () => undefined), 'Indsæt'],
			[new PrepareSupervisionModal(ctx), 'Opret'],
			[new OutcomeModal(ctx, file), 'Tilføj'],
			[new ExportFolderModal(ctx, () => undefined), ''],
			[new TagNoteModal(ctx, file, [], { gazes: [], suggested: [] }), ''],
			[new PseudonymiseModal(ctx, file, NOTE), ''],
		];
		for (const [modal, mainStart] of modals) {
			modal.open();
			const row = buttonRow(modal);
			expect(row.texts[0]).toBe('Annuller');
			expect(row.texts.length).toBe(2);
			expect(row.mainLast).toBe(true);
			expect(row.texts[1]).toMatch(new RegExp(`^${mainStart}`));
			const close = vi.spyOn(modal, 'close');
			row.buttons[0]?.click();
			expect(close).toHaveBeenCalled();
		}
	});

	it('gives the modals that only show something a Close (English)', async () => {
		const { ctx } = await setup({ 'Journal/fru A.md': NOTE }, ENGLISH);
		for (const modal of [new AboutMethodModal(ctx), new NotesModal(ctx.app, ctx.t(), 'x', ['Journal/fru A.md'])]) {
			modal.open();
			const row = buttonRow(modal);
			expect(row.texts).toEqual(['Close']);
			const close = vi.spyOn(modal, 'close');
			row.buttons[0]?.click();
			expect(close).toHaveBeenCalled();
		}
	});

	it('in bulk tagging: Close, Stop, then Accept all last', async () => {
		const { ctx } = await setup({ 'Journal/fru A.md': NOTE });
		const modal = new BulkTagModal(ctx);
		await modal.load();
		const row = buttonRow(modal);
		expect(row.texts).toEqual(['Luk', 'Stop', 'Godkend alle']);
		expect(row.mainLast).toBe(true);
	});
});

describe('the welcome', () => {
	it('opens on first run, in her language, and remembers that it was shown', async () => {
		const opened = vi.spyOn(WelcomeModal.prototype, 'open');
		const { saveData, ctx } = await setup({}, null);
		expect(opened).toHaveBeenCalledTimes(1);
		expect(ctx.settings().welcomeShown).toBe(true);
		expect(saveData).toHaveBeenLastCalledWith(expect.objectContaining({ welcomeShown: true }));
	});

	it('is not shown again, nor to someone who used the plugin before it existed', async () => {
		const opened = vi.spyOn(WelcomeModal.prototype, 'open');
		await setup({}, { ...DANISH, welcomeShown: true });
		await setup({}, DANISH);
		expect(opened).not.toHaveBeenCalled();
	});

	it('is not shown (nor written) when the stored settings could not be read', async () => {
		const opened = vi.spyOn(WelcomeModal.prototype, 'open');
		const { saveData } = await setup({}, 'not an object');
		expect(opened).not.toHaveBeenCalled();
		expect(saveData).not.toHaveBeenCalled();
	});

	it('says what the three gazes are and offers templates, the method and the first reflection (main last), in Danish', async () => {
		const { ctx, commands } = await setup({}, DANISH);
		const opened = vi.spyOn(WelcomeModal.prototype, 'open');
		await runCommand(commands, 'show-welcome');
		expect(opened).toHaveBeenCalledTimes(1);
		const modal = new WelcomeModal(ctx);
		modal.open();
		const text = modal.contentEl.textContent ?? '';
		expect(text).toContain('Borgeren og miljøet: hvordan borgerne har det');
		expect(text).toContain('Medarbejderne: hvad dine medarbejdere kan, gør og ved');
		expect(text).toContain('Mig selv: hvordan du selv har det');
		expect(buttonRow(modal).texts).toEqual(['Luk', 'Skriv din første refleksion']);
		expect(buttonRow(modal).mainLast).toBe(true);
		// Every control is a real button: Tab reaches it, Enter and Space press it.
		const labels = [...modal.contentEl.querySelectorAll('button')].map((b) => b.textContent);
		expect(labels).toEqual(['Installér skabeloner', 'Læs om metoden', 'Luk', 'Skriv din første refleksion']);
	});

	it('installs the templates, opens About the method on top, and starts the first reflection (English)', async () => {
		const { ctx } = await setup({}, ENGLISH);
		const modal = new WelcomeModal(ctx);
		// The fake closes a modal one tick after open(); onOpen alone keeps it showing while the templates are written.
		modal.onOpen();
		const button = (label: string): HTMLButtonElement => {
			const found = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === label);
			if (!found) throw new Error(`no button ${label}`);
			return found;
		};
		button('Install templates').click();
		expect(button('Install templates').disabled).toBe(true);
		await vi.waitFor(() => button('Installed'));
		expect(ctx.app.vault.getMarkdownFiles().some((f) => f.path.startsWith(`${ctx.settings().templateFolder}/`))).toBe(true);
		expect(button('Installed').disabled).toBe(true);
		const about = vi.spyOn(AboutMethodModal.prototype, 'open');
		button('Read about the method').click();
		expect(about).toHaveBeenCalledTimes(1);
		const picker = vi.spyOn(TemplatePickerModal.prototype, 'open');
		const close = vi.spyOn(modal, 'close');
		button('Write your first reflection').click();
		expect(close).toHaveBeenCalled();
		expect(picker).toHaveBeenCalledTimes(1);
	});
});

describe('undo after "Accept all" and "Pseudonymise"', () => {
	const VAULT = {
		'Journal/1 fru A.md': '---\r\ndate: 2026-11-20\r\n---\r\n# Fru A\r\nBeboeren var urolig, og beboerne spiste.\r\n',
		'Journal/2 team.md': '---\ndate: 2026-11-02\n---\nMedarbejderne og kollegaerne på aftenholdet.\n',
	};

	it('puts every note "Accept all" wrote back, byte for byte, from the notice\'s Undo button', async () => {
		const { ctx } = await setup(VAULT);
		const notices = captureNoticeObjects();
		const modal = new BulkTagModal(ctx);
		await modal.load();
		await modal.acceptAll();
		const read = (p: string) => ctx.app.vault.read(fileAt(ctx, p));
		expect(await read('Journal/2 team.md')).not.toBe(VAULT['Journal/2 team.md']);
		const undo = notices.at(-1)?.messageEl.querySelector('button');
		expect(undo?.textContent).toBe('Fortryd');
		undo?.click();
		await flush(10);
		for (const [path, text] of Object.entries(VAULT)) expect(await read(path)).toBe(text);
		expect(notices.at(-1)?.messageEl.textContent).toBe('Fortrudt: 2 noter er som før.');
	});

	it('leaves a note she changed since as it is, and says so; the others are put back', async () => {
		const { ctx, commands } = await setup(VAULT);
		const messages = captureNotices();
		const modal = new BulkTagModal(ctx);
		await modal.load();
		await modal.acceptAll();
		const team = fileAt(ctx, 'Journal/2 team.md');
		const edited = `${await ctx.app.vault.read(team)}Hun skrev videre.\n`;
		await ctx.app.vault.modify(team, edited);
		const check = commands.get('undo-last-change') as unknown as { checkCallback: (checking: boolean) => boolean };
		expect(check.checkCallback(true)).toBe(true);
		check.checkCallback(false);
		await flush(10);
		expect(await ctx.app.vault.read(team)).toBe(edited);
		expect(await ctx.app.vault.read(fileAt(ctx, 'Journal/1 fru A.md'))).toBe(VAULT['Journal/1 fru A.md']);
		expect(messages.at(-1)).toBe('Fortrudt: 1 note er som før.\nIkke fortrudt, fordi noten er ændret siden: Journal/2 team.md. Den er ladt, som den er.');
		// Nothing is left to undo: the command is not offered.
		expect(check.checkCallback(true)).toBe(false);
	});

	it('puts a pseudonymised note back as it was (English)', async () => {
		const original = 'Karen hjalp. CPR 030331-1234.\n';
		const { ctx } = await setup({ 'Journal/Note.md': original }, ENGLISH);
		const notices = captureNoticeObjects();
		const file = fileAt(ctx, 'Journal/Note.md');
		const modal = new PseudonymiseModal(ctx, file, original);
		expect(await modal.apply()).toBeGreaterThan(0);
		expect(await ctx.app.vault.read(file)).not.toBe(original);
		const undo = notices.at(-1)?.messageEl.querySelector('button');
		expect(undo?.textContent).toBe('Undo');
		undo?.click();
		await flush(10);
		expect(await ctx.app.vault.read(file)).toBe(original);
		expect(notices.at(-1)?.messageEl.textContent).toBe('Undone: the note is as before.');
	});
});

describe('the note\'s own menus (file list, tab, editor)', () => {
	it('offer tagging, checking and look-back for a Markdown note, named as the commands (Danish)', async () => {
		const { ctx } = await setup({ 'Journal/fru A.md': NOTE, 'Journal/bilag.pdf': '' });
		const file = fileAt(ctx, 'Journal/fru A.md');
		const menu = Menu.create2__();
		ctx.app.workspace.trigger('file-menu', menu.asOriginalType2__(), file, 'file-explorer');
		expect(menu.menuItems__.map((i) => i.title__)).toEqual(['Sæt bliktags på noten', 'Tjek denne note', 'Se tilbage']);
		const tag = vi.spyOn(TagNoteModal.prototype, 'open');
		await menu.menuItems__[0]?.onClick__?.(new MouseEvent('click'));
		await flush(10);
		expect(tag).toHaveBeenCalledTimes(1);
		const look = vi.spyOn(LookbackModal.prototype, 'open');
		await menu.menuItems__[2]?.onClick__?.(new MouseEvent('click'));
		expect(look).toHaveBeenCalledTimes(1);
		const other = Menu.create2__();
		ctx.app.workspace.trigger('file-menu', other.asOriginalType2__(), fileAt(ctx, 'Journal/bilag.pdf'), 'file-explorer');
		expect(other.menuItems__).toEqual([]);
	});

	it('checks the note in the editor it was opened from (English)', async () => {
		const { ctx } = await setup({ 'Journal/fru A.md': NOTE }, ENGLISH);
		const file = fileAt(ctx, 'Journal/fru A.md');
		const editor = new TestEditor();
		editor.setValue('Hun er dement og urolig.\n');
		const menu = Menu.create2__();
		ctx.app.workspace.trigger('editor-menu', menu.asOriginalType2__(), editor, { file });
		expect(menu.menuItems__.map((i) => i.title__)).toEqual(['Tag this note by gaze', 'Check this note', 'Look back']);
		const check = vi.spyOn(CheckModal.prototype, 'open');
		await menu.menuItems__[1]?.onClick__?.(new MouseEvent('click'));
		expect(check).toHaveBeenCalledTimes(1);
	});
});

describe('the folder suggester in the folder settings', () => {
	it('suggests the vault\'s folders that hold what she typed, shortest first, never the root', async () => {
		const { ctx } = await setup({ 'Journal/2026/a.md': 'x', 'Arkiv/Journal gammel/b.md': 'y', 'Skabeloner/c.md': 'z' });
		const paths = (q: string) => matchingFolders(ctx.app.vault.getAllFolders(true), q).map((f) => f.path);
		expect(paths('journal')).toEqual(['Journal', 'Journal/2026', 'Arkiv/Journal gammel']);
		expect(paths('')).not.toContain('/');
	});

	it('puts the chosen folder in the template and export folder settings and saves them; in the journal folders it adds a line', async () => {
		const { ctx, saveData } = await setup({ 'Journal/a.md': 'x', 'Mine skabeloner/c.md': 'z', 'Ledelse/Dagbog/d.md': 'w' });
		const tab = new ThreeGazesSettingTab(ctx, () => undefined);
		// Obsidian before 1.13 renders the tab with display() (deprecated in the 1.13 types, still called there).
		(tab as unknown as { display(): void }).display();
		const add = tab.containerEl.querySelector('input.three-gazes-folder-add');
		expect(add?.getAttribute('aria-label')).toBe('Tilføj en mappe');
		const [journalAdd, template, exportFolder] = tab.folderSuggests;
		if (!journalAdd || !template || !exportFolder) throw new Error('no folder suggesters');
		expect(tab.folderSuggests.length).toBe(3);
		const folder = (path: string) => {
			const found = ctx.app.vault.getFolderByPath(path);
			if (!found) throw new Error(path);
			return found;
		};
		expect(template.getSuggestions('skab').map((f) => f.path)).toEqual(['Mine skabeloner']);
		template.selectSuggestion(folder('Mine skabeloner'));
		exportFolder.selectSuggestion(folder('Ledelse'));
		journalAdd.selectSuggestion(folder('Ledelse/Dagbog'));
		await flush(10);
		expect(ctx.settings()).toMatchObject({ templateFolder: 'Mine skabeloner', journalFolders: ['Journal', 'Ledelse/Dagbog'], supervision: { exportFolder: 'Ledelse' } });
		expect(saveData).toHaveBeenLastCalledWith(expect.objectContaining({ journalFolders: ['Journal', 'Ledelse/Dagbog'] }));
		expect((add as HTMLInputElement).value).toBe('');
	});
});

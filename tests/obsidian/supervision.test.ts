import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TFile } from 'obsidian';
import { ExportFolderModal, exportActivePreparation } from '../../src/obsidian/supervision/export';
import { OutcomeModal, openOutcomeModal } from '../../src/obsidian/supervision/outcome';
import { PrepareSupervisionModal, createPreparationNote } from '../../src/obsidian/supervision/prepare';
import { SUPERVISION_SECTION } from '../../src/obsidian/supervision/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { translator } from '../../src/core/i18n';
import { captureNotices, flush, loadPlugin, runCommand } from './harness';

afterEach(() => {
	vi.restoreAllMocks();
});

const TODAY = new Date(2026, 10, 27, 8, 15);
const PREP_PATH = 'Journal/Supervision/2026-10-08 Forberedelse.md';
const MARKED = 'Journal/2026-11-05 Aftenen.md';

const VAULT: Record<string, string> = {
	[PREP_PATH]: '---\ndate: 2026-10-08\nkind: supervisionsforberedelse\n---\n# Forberedelse\n\n## Bagefter\n*x*\n\n## Bilag\n- y\n',
	[MARKED]:
		'---\ndate: 2026-11-05\nsupervision: true\ntags: [blik/borger]\n---\nFru Birthe Hansen var urolig. Hendes CPR-nummer er 120345-1234.\n\n- [ ] Tal med SK 📅 2026-12-04\n',
	'Journal/2026-11-10 Dag.md': '---\ndate: 2026-11-10\n---\nEn almindelig dag.\n\n- [ ] Ring til apoteket\n',
	'Journal/2026-09-01 Gammel.md': '---\ndate: 2026-09-01\n---\nFør perioden.\n\n- [ ] Gammel\n',
};

async function setup(files: Record<string, string> = VAULT, data?: unknown) {
	const loaded = await loadPlugin(files, data === undefined ? {} : { data });
	const ctx = loaded.plugin.context;
	if (!ctx) throw new Error('not loaded');
	vi.spyOn(ctx, 'now').mockReturnValue(TODAY);
	return { ...loaded, ctx };
}

async function open(app: Awaited<ReturnType<typeof setup>>['app'], path: string): Promise<TFile> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(path);
	await app.workspace.getLeaf(false).openFile(file);
	return file.asOriginalType2__();
}

describe('supervision commands', () => {
	it('are registered in sentence case in both languages, without default hotkeys', async () => {
		const { commands } = await setup();
		expect(commands.get('prepare-supervision')?.name).toBe('Prepare supervision…');
		expect(commands.get('export-for-supervisor')?.name).toBe('Export for my supervisor');
		expect(commands.get('record-supervision-outcome')?.name).toBe('Record supervision outcome…');
		for (const id of ['prepare-supervision', 'export-for-supervisor', 'record-supervision-outcome']) {
			expect((commands.get(id) as { hotkeys?: unknown }).hotkeys).toBeUndefined();
		}
		const da = await setup(VAULT, { version: 1, language: 'da' });
		expect(da.commands.get('prepare-supervision')?.name).toBe('Forbered supervision …');
	});
});

describe('Prepare supervision', () => {
	it('suggests the period since the last preparation with its material as checkable items, and creates the note', async () => {
		const { app, ctx, commands } = await setup();
		const opened = vi.spyOn(PrepareSupervisionModal.prototype, 'open').mockImplementation(() => undefined);
		await runCommand(commands, 'prepare-supervision');
		expect(opened).toHaveBeenCalled();

		const modal = new PrepareSupervisionModal(ctx);
		modal.onOpen();
		expect(modal.contentEl.textContent).toContain('Since the last preparation (8 October 2026).');
		expect(modal.currentSuggestions.map((s) => s.path)).toEqual([MARKED, 'Journal/2026-11-10 Dag.md']);
		const boxes = [...modal.contentEl.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
		expect(boxes.map((b) => [b.dataset.path, b.checked])).toEqual([
			[MARKED, true],
			['Journal/2026-11-10 Dag.md', true],
		]);
		expect(modal.contentEl.textContent).toContain('marked for supervision · 1 open follow-ups');
		expect(modal.contentEl.querySelector('input[data-field=search]')).not.toBeNull();
		// She unticks the ordinary day.
		const second = boxes[1] as HTMLInputElement;
		second.checked = false;
		second.dispatchEvent(new Event('change'));
		expect(modal.choices()).toMatchObject({ from: '2026-10-09', to: '2026-11-27', material: [MARKED], pseudonymise: true });

		const outcome = await modal.submit();
		expect(outcome.kind).toBe('created');
		const path = 'Journal/2026-11-27 Supervision preparation.md';
		const text = await app.vault.read(app.vault.getFileByPath(path)!);
		expect(text).toContain(`[[${MARKED.replace(/\.md$/, '')}|`);
		const chosen = text.slice(text.indexOf('### Chosen reflections'), text.indexOf('### The period'));
		expect(chosen).toContain('Citizen A var urolig.');
		expect(chosen).not.toContain('Dag|');
		expect(text).not.toMatch(/Birthe|Hansen|120345/);
		await flush(10);
		expect(ctx.index.get(path)?.kind).toBe('supervision-preparation');
		expect(app.workspace.getActiveFile()?.path).toBe(path);
	});

	it('writes her question, pseudonymised, and in Danish with Danish tags when the plugin speaks Danish', async () => {
		const { app, ctx } = await setup(VAULT, { version: 1, language: 'da' });
		const outcome = await createPreparationNote(ctx, { from: '', to: '', question: 'Hvordan hjælper jeg fru Birthe Hansen?', material: [MARKED], pseudonymise: true });
		expect(outcome.kind).toBe('created');
		const text = await app.vault.read(app.vault.getFileByPath('Journal/2026-11-27 Forberedelse til supervision.md')!);
		expect(text).toContain('## Mit spørgsmål\n*Mit spørgsmål i én sætning.*\n\nHvordan hjælper jeg Borger A?');
		expect(text).toContain('  - blik/selv');
		expect(text).toContain('Borger A var urolig. Hendes CPR-nummer er [CPR fjernet].');
	});

	it('refuses a period that ends before it starts, with a message, and creates nothing', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup();
		const before = app.vault.getMarkdownFiles().length;
		const outcome = await createPreparationNote(ctx, { from: '2026-11-20', to: '2026-11-01', question: '', material: [], pseudonymise: true });
		expect(outcome.kind).toBe('refused');
		expect(notices).toContain('The period starts (2026-11-20) after it ends (2026-11-01).');
		expect(app.vault.getMarkdownFiles()).toHaveLength(before);
	});
});

describe('Export for my supervisor', () => {
	it('writes a standalone copy without links and properties into the export folder', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup(VAULT, { version: 1, supervision: { exportFolder: 'Til supervisor' } });
		await createPreparationNote(ctx, { from: '', to: '', question: '', material: [MARKED], pseudonymise: true });
		await open(app, 'Journal/2026-11-27 Supervision preparation.md');
		const result = await exportActivePreparation(ctx);
		expect(result).toEqual({ kind: 'exported', path: 'Til supervisor/2026-11-27 Supervision preparation (for supervisor).md' });
		const text = await app.vault.read(app.vault.getFileByPath('Til supervisor/2026-11-27 Supervision preparation (for supervisor).md')!);
		expect(text.startsWith('# Supervision preparation\n')).toBe(true);
		expect(text).not.toMatch(/\[\[|^---$|Journal\/|Hansen|120345/m);
		expect(text).toContain('- 2026-11-05 Aftenen (5 November 2026): Citizen A var urolig. Hendes CPR-nummer er [CPR removed].');
		expect(notices.some((n) => n.startsWith('Exported to Til supervisor/'))).toBe(true);
	});

	it('is refused with an explanation while a name or a CPR number remains, and writes nothing', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup(VAULT, { version: 1, supervision: { exportFolder: 'Til supervisor' } });
		await open(app, PREP_PATH);
		await app.vault.process(app.vault.getFileByPath(PREP_PATH)!, (text) => `${text}Fru Birthe Hansen, 1203451234.\n`);
		await flush(10);
		const result = await exportActivePreparation(ctx);
		expect(result?.kind).toBe('refused');
		const message = notices.at(-1) ?? '';
		expect(message).toContain('The export stopped because the text can still identify someone:');
		expect(message).toContain('- Line 12: a name');
		expect(message).toContain('- Line 12: a CPR number');
		expect(message).not.toContain('1203451234');
		expect(app.vault.getAbstractFileByPath('Til supervisor')).toBeNull();
	});

	it('asks for a folder when none is set, and refuses one inside the journal', async () => {
		const { app, ctx } = await setup();
		await open(app, PREP_PATH);
		const asked = vi.spyOn(ExportFolderModal.prototype, 'open').mockImplementation(() => undefined);
		expect(await exportActivePreparation(ctx)).toBeNull();
		expect(asked).toHaveBeenCalled();
		const notices = captureNotices();
		const inJournal = await setup(VAULT, { version: 1, supervision: { exportFolder: 'Journal/Ud' } });
		await open(inJournal.app, PREP_PATH);
		expect((await exportActivePreparation(inJournal.ctx))?.kind).toBe('refused');
		expect(notices.at(-1)).toContain('is inside a journal folder');
	});

	it('tells her to open a preparation first', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup();
		await open(app, MARKED);
		expect(await exportActivePreparation(ctx)).toBeNull();
		expect(openOutcomeModal(ctx)).toBeNull();
		expect(notices.filter((n) => n.startsWith('Open a supervision preparation first'))).toHaveLength(2);
	});
});

describe('Record supervision outcome', () => {
	it('adds takeaways, next steps and a dated revisit task to the afterwards section, changing nothing else', async () => {
		const { app, ctx } = await setup();
		await open(app, PREP_PATH);
		vi.spyOn(OutcomeModal.prototype, 'open').mockImplementation(() => undefined);
		const modal = openOutcomeModal(ctx);
		expect(modal?.outcome.revisitDate).toBe('2027-01-08');
		if (!modal) return;
		modal.onOpen();
		modal.outcome = { takeaways: 'Giv plads', nextSteps: 'Korte samtaler', revisitDate: '2027-01-15' };
		expect(await modal.submit()).toEqual({ ok: true });
		expect(await app.vault.read(app.vault.getFileByPath(PREP_PATH)!)).toBe(
			'---\ndate: 2026-10-08\nkind: supervisionsforberedelse\n---\n# Forberedelse\n\n## Bagefter\n*x*\n\n*Written 2026-11-27*\n\n**My takeaways**\n- Giv plads\n\n**My next steps**\n- [ ] Korte samtaler\n\n- [ ] Look at the supervision again 📅 2027-01-15\n\n## Bilag\n- y\n',
		);
		await flush(10);
		expect(ctx.index.get(PREP_PATH)?.tasks.find((t) => t.due === '2027-01-15')).toBeTruthy();
	});

	it('refuses a date that is not a date and leaves the note unchanged', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup();
		const file = await open(app, PREP_PATH);
		const modal = new OutcomeModal(ctx, file);
		modal.outcome = { takeaways: 'x', nextSteps: '', revisitDate: '15/01/2027' };
		expect((await modal.submit()).ok).toBe(false);
		expect(await app.vault.read(app.vault.getFileByPath(PREP_PATH)!)).toBe(VAULT[PREP_PATH]);
		expect(notices.at(-1)).toBe('"15/01/2027" is not a date. Write it as YYYY-MM-DD.');
	});

	it('is not written into a note whose text holds U+FFFD (it was not UTF-8 on disk), with a Notice (issue 23)', async () => {
		const notices = captureNotices();
		const latin1 = VAULT[PREP_PATH]?.replace('# Forberedelse', '# Forberedelse til m\uFFFDdet') ?? '';
		const { app, ctx } = await setup({ ...VAULT, [PREP_PATH]: latin1 });
		const file = await open(app, PREP_PATH);
		const modal = new OutcomeModal(ctx, file);
		modal.outcome = { takeaways: 'Giv plads', nextSteps: '', revisitDate: '2027-01-15' };
		expect((await modal.submit()).ok).toBe(false);
		expect(await app.vault.read(app.vault.getFileByPath(PREP_PATH)!)).toBe(latin1);
		expect(notices.at(-1)).toMatch(/^Nothing was written to .*UTF-8/);
	});
});

describe('the supervision settings', () => {
	it('validate the export folder with the folder rules; empty means ask each time', () => {
		const t = translator('en');
		const spec = SUPERVISION_SECTION.specs[0]!;
		expect(spec.set(DEFAULT_SETTINGS, 'Til supervisor/', t)).toMatchObject({ supervision: { exportFolder: 'Til supervisor' } });
		expect(spec.set(DEFAULT_SETTINGS, '', t)).toMatchObject({ supervision: { exportFolder: '' } });
		expect(spec.set(DEFAULT_SETTINGS, '../ude', t)).toHaveProperty('error');
	});
});

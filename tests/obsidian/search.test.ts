import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { SearchIndex } from '../../src/core/search';
import { RelatedModal } from '../../src/obsidian/search/related-modal';
import { SearchModal } from '../../src/obsidian/search/search-modal';
import { captureNotices, flush, loadPlugin, runCommand } from './harness';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

/** The search fixture vault (tests/fixtures/search) as in-memory files. */
function fixtureFiles(dir = 'tests/fixtures/search'): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (at: string) => {
		for (const entry of readdirSync(at, { withFileTypes: true })) {
			const full = join(at, entry.name);
			if (entry.isDirectory()) walk(full);
			else files[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
		}
	};
	walk(dir);
	return files;
}

const KONFERENCE = 'Journal/2026-02-03 Beboerkonference om fru A.md';
const HAVEN = 'Journal/2026-04-20 Beboerne i haven.md';

/** Loads the plugin over the fixture vault and opens the search modal (captured, not shown). */
async function openSearch(data?: unknown) {
	const loaded = await loadPlugin(fixtureFiles(), data === undefined ? {} : { data });
	const opened: SearchModal[] = [];
	vi.spyOn(SearchModal.prototype, 'open').mockImplementation(function (this: SearchModal) {
		opened.push(this);
	});
	await runCommand(loaded.commands, 'search-reflections');
	const modal = opened[0];
	if (!modal) throw new Error('the search modal did not open');
	return { ...loaded, modal };
}

async function type(modal: SearchModal, query: string) {
	const pending = modal.getSuggestions(query);
	await new Promise((resolve) => setTimeout(resolve, 150));
	return pending;
}

describe('Search reflections (modal)', () => {
	it('registers both commands without a default hotkey, and builds the index only after layout ready', async () => {
		const upsert = vi.spyOn(SearchIndex.prototype, 'upsert');
		const { app, commands } = await loadPlugin(fixtureFiles(), { layoutReady: false });
		expect(commands.get('search-reflections')?.name).toBe('Search reflections');
		expect(commands.get('related-reflections')?.name).toBe('Related reflections');
		for (const id of ['search-reflections', 'related-reflections']) {
			expect((commands.get(id) as { hotkeys?: unknown[] } | undefined)?.hotkeys ?? []).toEqual([]);
		}
		expect(upsert).not.toHaveBeenCalled();
		app.workspace.setLayoutReady__();
		await flush(10);
		expect(upsert).toHaveBeenCalledTimes(7);
	});

	it('shows ranked results for a typed query with date, gazes, kind and the matched words marked', async () => {
		const { modal } = await openSearch();
		const results = await type(modal, 'beboeren');
		expect(results[0]?.path).toBe(HAVEN);
		const el = createDiv();
		modal.renderSuggestion(results.find((r) => r.path === KONFERENCE)!, el);
		expect(el.textContent).toContain('Beboerkonference om fru A');
		expect(el.textContent).toContain('2026-02-03 · Citizen, Staff · Resident conference');
		expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toContain('beboeren');
		expect(el.innerHTML).not.toContain('<script');
	});

	it('debounces typing: only the last query of a burst runs', async () => {
		const { modal } = await openSearch();
		const run = vi.spyOn(modal, 'run');
		const first = modal.getSuggestions('b');
		const second = modal.getSuggestions('be');
		const last = await type(modal, 'beboerne');
		expect(run).toHaveBeenCalledTimes(1);
		expect(await first).toEqual(last);
		expect(await second).toEqual(last);
	});

	it('opens the chosen note at the line of the match when she presses Enter', async () => {
		const { app, modal } = await openSearch();
		const openFile = vi.spyOn(WorkspaceLeaf.prototype, 'openFile');
		const [hit] = await type(modal, '"natlige uro" isbjerget');
		expect(hit?.path).toBe(KONFERENCE);
		modal.selectSuggestion(hit!, new KeyboardEvent('keydown', { key: 'Enter' }));
		await flush();
		expect(app.workspace.getActiveFile()?.path).toBe(KONFERENCE);
		expect(openFile).toHaveBeenCalledWith(expect.objectContaining({ path: KONFERENCE }), expect.objectContaining({ eState: expect.objectContaining({ line: 11 }) as unknown }));
	});

	it('shows a readable hint for a malformed query, in the UI language, and still lists what it can', async () => {
		const { modal } = await openSearch({ version: 1, language: 'da' });
		const results = await type(modal, 'beboerne fra:2026-13');
		expect(modal.hintEl.textContent).toContain('"2026-13" er ikke en dato');
		expect(results.length).toBeGreaterThan(0);
		await type(modal, 'blik:hjemmet');
		expect(modal.hintEl.textContent).toContain('"hjemmet" er ikke et blik');
		await type(modal, 'beboerne');
		expect(modal.hintEl.textContent).toBe('');
	});

	it('says which of her words each result matched, in the UI language', async () => {
		const { modal } = await openSearch({ version: 1, language: 'da' });
		const results = await type(modal, 'natlige uro isbjerget');
		expect(results[0]?.path).toBe(KONFERENCE);
		const first = createDiv();
		modal.renderSuggestion(results[0]!, first);
		expect(first.textContent).toContain('Fandt 3 af 3 ord: natlige, uro, isbjerget');
		const partial = createDiv();
		modal.renderSuggestion(results.find((r) => r.matchedWords.length < 3)!, partial);
		expect(partial.textContent).toMatch(/Fandt [12] af 3 ord/);
		// One word: nothing to say.
		const single = createDiv();
		modal.renderSuggestion((await type(modal, 'beboeren'))[0]!, single);
		expect(single.querySelector('.three-gazes-search-matched')).toBeNull();
	});

	it('offers "did you mean" for a word the journal does not hold, and searches it on a click', async () => {
		const { modal } = await openSearch({ version: 1, language: 'en' });
		await type(modal, 'beboerkonferense');
		const button = modal.hintEl.querySelector('button');
		expect(button?.textContent).toBe('Did you mean: beboerkonference?');
		const typed = new Promise<string>((resolve) => modal.inputEl.addEventListener('input', () => resolve(modal.inputEl.value), { once: true }));
		button?.click();
		expect(await typed).toBe('beboerkonference');
		await type(modal, 'beboerkonference');
		expect(modal.hintEl.querySelector('button')).toBeNull();
	});

	it('filters in both languages whatever the UI language', async () => {
		const { modal } = await openSearch({ version: 1, language: 'en' });
		const da = (await type(modal, 'blik:selv')).map((r) => r.path);
		const en = (await type(modal, 'gaze:self')).map((r) => r.path);
		expect(da).toEqual(en);
		expect(da).toHaveLength(2);
	});

	it('keeps up with the vault: a new note is found, a deleted one is gone', async () => {
		const { app, modal } = await openSearch();
		await app.vault.create('Journal/2026-06-01 Tandbørstning.md', '---\ndate: 2026-06-01\n---\nVi talte om tandbørstning om aftenen.\n');
		await flush(10);
		expect((await type(modal, 'tandbørstning')).map((r) => r.path)).toEqual(['Journal/2026-06-01 Tandbørstning.md']);
		await app.fileManager.trashFile(app.vault.getFileByPath('Journal/2026-06-01 Tandbørstning.md')!);
		await flush(10);
		expect(await type(modal, 'tandbørstning')).toEqual([]);
	});
});

describe('Related reflections', () => {
	it('lists earlier notes like the open one, with the reason, and opens the chosen one', async () => {
		const { app, commands } = await loadPlugin(fixtureFiles());
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(HAVEN)!);
		const opened: RelatedModal[] = [];
		vi.spyOn(RelatedModal.prototype, 'open').mockImplementation(function (this: RelatedModal) {
			opened.push(this);
		});
		await runCommand(commands, 'related-reflections');
		const modal = opened[0]!;
		const items = modal.getSuggestions('');
		expect(items[0]?.path).toBe(KONFERENCE);
		expect(items.map((i) => i.path)).not.toContain(HAVEN);
		const el = createDiv();
		modal.renderSuggestion(items[0]!, el);
		expect(el.textContent).toContain('Shared words:');
		expect(el.textContent).toContain('Same gaze: Citizen');
		modal.selectSuggestion(items[0]!, new KeyboardEvent('keydown', { key: 'Enter' }));
		await flush();
		expect(app.workspace.getActiveFile()?.path).toBe(KONFERENCE);
	});

	it('says what to do when no journal note is open', async () => {
		const notices = captureNotices();
		const { app, commands } = await loadPlugin({ ...fixtureFiles(), 'Andet/Løst.md': 'tekst' });
		await runCommand(commands, 'related-reflections');
		expect(notices).toContain('Open a journal note to see related reflections.');
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Andet/Løst.md')!);
		await runCommand(commands, 'related-reflections');
		expect(notices).toContain('Andet/Løst.md is not a journal note.');
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditorState, Text } from '@codemirror/state';
import { EditorView, type DecorationSet } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from 'obsidian-test-mocks/obsidian';
import { TFile } from 'obsidian';
import { checkNote } from '../../src/core/check-note';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { CheckModal } from '../../src/obsidian/watch/check-modal';
import { watchDecorations, watchExtension, WATCH_DEBOUNCE_MS } from '../../src/obsidian/watch/editor-extension';
import { applyState, initialState, mappingNote, PseudonymiseModal } from '../../src/obsidian/watch/pseudonymise-modal';
import { parseCustomPhrases, WATCH_SECTION } from '../../src/obsidian/watch/settings-section';
import { WatchService } from '../../src/obsidian/watch/service';
import { flush, loadPlugin } from './harness';

afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

const settingsWith = (change: Partial<Settings['languageWatch']> = {}, privacy = true): Settings => ({
	...(DEFAULT_SETTINGS as Settings),
	languageWatch: { ...DEFAULT_SETTINGS.languageWatch, ...change },
	privacy: { enabled: privacy },
});

function marks(set: DecorationSet): Array<{ from: number; to: number; cls: string; title: string }> {
	const out: Array<{ from: number; to: number; cls: string; title: string }> = [];
	set.between(0, Number.MAX_SAFE_INTEGER, (from, to, value) => {
		const spec = value.spec as { class: string; attributes: { title: string } };
		out.push({ from, to, cls: spec.class, title: spec.attributes.title });
	});
	return out;
}

class TestEditor extends Editor {}

describe('the editor underline', () => {
	const LINES = ['Den demente sov.', 'Ingenting her.', 'Fru Hansen på stue 12.', 'SK sagde: "vi har prøvet alt".'];
	const doc = Text.of(LINES);

	it('marks language findings and personal data on the visible lines only, with the explanation as title', () => {
		const service = new WatchService(() => settingsWith());
		const line3 = doc.line(3);
		const found = marks(watchDecorations(doc, [{ from: line3.from + 2, to: line3.from + 5 }], service, 'da'));
		expect(found.map((m) => [doc.sliceString(m.from, m.to), m.cls])).toEqual([
			['Fru Hansen', 'three-gazes-privacy three-gazes-privacy-name'],
			['stue 12', 'three-gazes-privacy three-gazes-privacy-room'],
		]);
		const all = marks(watchDecorations(doc, [{ from: 0, to: doc.length }], service, 'en'));
		const labelling = all.find((m) => m.cls.includes('labelling'));
		expect(labelling?.title).toContain('Labelling by diagnosis');
		expect(labelling?.title).toContain('Gentler:');
		const quoted = all.find((m) => m.cls.includes('powerlessness'));
		expect(quoted?.cls).toContain('three-gazes-watch-quoted');
		expect(quoted?.title).toContain('You are quoting this.');
	});

	it('underlines a CPR number however written on the characters she wrote, as the check reports it (issue 23)', () => {
		const written = ['11 04 52-1234', '120452\u22121235', 'CPR-130452-1236', '140452\\-1237', '**150452**-1238', '1604\u200b52-1239', '17.04.52-1240', '18 04 52 1241', '200452/1243'];
		const cprDoc = Text.of(written.map((w) => `Nummeret ${w} blev sagt.`));
		const service = new WatchService(() => settingsWith());
		const underlined = marks(watchDecorations(cprDoc, [{ from: 0, to: cprDoc.length }], service, 'da'))
			.filter((m) => m.cls.includes('privacy-cpr'))
			.map((m) => cprDoc.sliceString(m.from, m.to));
		expect(underlined).toEqual(written.map((w) => w.replace(/^CPR-/, '').replace(/^\*\*/, '')));
		const checked = checkNote(cprDoc.toString()).privacy.filter((f) => f.kind === 'cpr').map((f) => f.match);
		expect(checked).toEqual(underlined);
	});

	it('follows the settings: categories off, language or privacy underlines off', () => {
		const off = new WatchService(() => settingsWith({ disabledCategories: ['labelling'] }, false));
		const found = marks(watchDecorations(doc, [{ from: 0, to: doc.length }], off, 'da'));
		expect(found.map((m) => m.cls)).toEqual(['three-gazes-watch three-gazes-watch-powerlessness three-gazes-watch-quoted']);
		const none = new WatchService(() => settingsWith({ enabled: false }, false));
		expect(marks(watchDecorations(doc, [{ from: 0, to: doc.length }], none, 'da'))).toEqual([]);
	});

	it('recompiles the checker only when the settings change', () => {
		let settings = settingsWith();
		const service = new WatchService(() => settings);
		const first = service.checker();
		expect(service.checker()).toBe(first);
		settings = settingsWith({ allowWords: ['demente'] });
		expect(service.checker()).not.toBe(first);
	});

	it('in a live editor, rechecks after typing only once the debounce has passed', () => {
		vi.useFakeTimers();
		const service = new WatchService(() => settingsWith());
		const parent = createDiv();
		document.body.appendChild(parent);
		const view = new EditorView({ state: EditorState.create({ doc: 'Ingenting her.', extensions: [watchExtension(service, () => 'da')] }), parent });
		const count = (): number => view.dom.querySelectorAll('.three-gazes-watch').length;
		expect(count()).toBe(0);
		view.dispatch({ changes: { from: view.state.doc.length, insert: ' Den demente.' } });
		expect(count()).toBe(0);
		vi.advanceTimersByTime(WATCH_DEBOUNCE_MS + 10);
		expect(count()).toBe(1);
		view.destroy();
	});
});

describe('the plugin wiring', () => {
	it('registers the editor extension and the two commands, without hotkeys', async () => {
		const { plugin, commands } = await loadPlugin({});
		expect((plugin as unknown as { editorExtensions__: unknown[] }).editorExtensions__.length).toBeGreaterThan(0);
		expect(commands.get('check-note')?.name).toBe('Check this note');
		expect(commands.get('pseudonymise-note')?.name).toBe('Pseudonymise this note…');
		expect((commands.get('check-note') as { hotkeys?: unknown }).hotkeys).toBeUndefined();
	});

	it('"Check this note" opens the findings of the editor\'s text', async () => {
		const { commands } = await loadPlugin({});
		const opened: CheckModal[] = [];
		vi.spyOn(CheckModal.prototype, 'open').mockImplementation(function (this: CheckModal) {
			opened.push(this);
		});
		const editor = new TestEditor();
		editor.setValue('Vi har prøvet alt.');
		commands.get('check-note')?.editorCallback?.(editor.asOriginalType__());
		expect(opened).toHaveLength(1);
	});
});

describe('the check modal', () => {
	it('lists findings with why, gentler wording and source, and jumps to the line on click', async () => {
		const { plugin } = await loadPlugin({});
		const ctx = plugin.context;
		if (!ctx) throw new Error('not loaded');
		const note = 'Første linje\nSK sagde: "vi har prøvet alt".\nFru Hansen kom.';
		const result = checkNote(note);
		const jumps: Array<{ line: number; ch: number }> = [];
		const modal = new CheckModal(ctx, note, result, (p) => jumps.push(p));
		modal.open();
		const text = modal.contentEl.textContent ?? '';
		expect(text).toContain('Powerlessness');
		expect(text).toContain('You are quoting this.');
		expect(text).toContain('Support the employee; do not correct.');
		expect(text).toContain('Gentler wording:');
		expect(text).toContain('Source: Birkmose');
		expect(text).toContain('Name');
		const items = modal.contentEl.querySelectorAll<HTMLElement>('.three-gazes-check-item');
		expect(items).toHaveLength(2);
		expect([...modal.contentEl.querySelectorAll('.three-gazes-check-match')].map((m) => [m.textContent, m.querySelector('mark')?.textContent])).toEqual([
			['SK sagde: "vi har prøvet alt".', 'vi har prøvet alt'],
			['Fru Hansen kom.', 'Fru Hansen'],
		]);
		items[1]?.click();
		expect(jumps).toEqual([{ line: 2, ch: 0 }]);
	});

	it('shows the same words found twice on one line as two places, each in its own words', async () => {
		const { plugin } = await loadPlugin({});
		const ctx = plugin.context;
		if (!ctx) throw new Error('not loaded');
		const note = readFileSync(join(__dirname, '../../demo-vault/Journal/2026-06-05 Fru A og uroen om aftenen.md'), 'utf8');
		const modal = new CheckModal(ctx, note, checkNote(note, undefined, { privacy: false }), () => undefined);
		modal.open();
		const items = [...modal.contentEl.querySelectorAll<HTMLElement>('.three-gazes-check-item')].filter((item) => item.querySelector('mark')?.textContent === 'den demente');
		expect(items).toHaveLength(2);
		const [first, second] = items.map((item) => item.querySelector('.three-gazes-check-match')?.textContent ?? '');
		expect(first).toContain('sagde SK: "den demente på stue 12');
		expect(second).toContain('Fru A er ikke "den demente"');
		expect(first).not.toBe(second);
	});
});

describe('pseudonymise this note', () => {
	const NOTE = 'Fru Birthe Hansen var urolig.\nKaren hjalp hende. CPR 030331-1234, tlf. 22 33 44 55.\n';

	it('starts with every person kept and every identifier found set to be replaced', () => {
		const state = initialState(NOTE);
		expect(state.people.map((p) => [p.name, p.role])).toEqual([['Birthe Hansen', 'keep']]);
		expect(state.identifiers).toEqual([
			{ kind: 'cpr', count: 1, replace: true },
			{ kind: 'phone', count: 1, replace: true },
		]);
		expect(state.keepMapping).toBe(false);
	});

	async function setup() {
		const loaded = await loadPlugin({ 'Journal/Note.md': NOTE });
		const ctx = loaded.plugin.context;
		if (!ctx) throw new Error('not loaded');
		const file: unknown = loaded.app.vault.getFileByPath('Journal/Note.md');
		if (!(file instanceof TFile)) throw new Error('no note');
		return { ...loaded, ctx, file };
	}

	it('writes only when asked, through Vault.process, and keeps no key unless asked', async () => {
		const { app, ctx, file } = await setup();
		const modal = new PseudonymiseModal(ctx, file, NOTE);
		modal.open();
		expect(modal.contentEl.querySelector('pre')?.textContent).toContain('[CPR removed]');
		expect(await app.vault.read(file as never)).toBe(NOTE);
		const state = (modal as unknown as { state: ReturnType<typeof initialState> }).state;
		state.people.push({ name: 'Karen', role: 'employee' });
		(state.people[0] as { role: string }).role = 'citizen';
		const process = vi.spyOn(app.vault, 'process');
		expect(await modal.apply()).toBe(4);
		expect(process).toHaveBeenCalledTimes(1);
		// The plugin follows Obsidian's language, English in the fake.
		expect(await app.vault.read(file as never)).toBe('Citizen A var urolig.\nEmployee 1 hjalp hende. CPR [CPR removed], tlf. [phone removed].\n');
		expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(['Journal/Note.md']);
	});

	it('saves the key as a note alongside when asked, never over an existing one', async () => {
		const { app, ctx, file } = await setup();
		const modal = new PseudonymiseModal(ctx, file, NOTE);
		const state = (modal as unknown as { state: ReturnType<typeof initialState> }).state;
		state.keepMapping = true;
		await modal.apply();
		const key = app.vault.getFileByPath('Journal/Pseudonym key for Note.md');
		expect(key).toBeTruthy();
		expect(await app.vault.read(key as never)).toContain('| 030331-1234 | [CPR removed] | 1 |');
	});

	it('refuses to write when the note changed since the dialogue opened', async () => {
		const { app, ctx, file } = await setup();
		const modal = new PseudonymiseModal(ctx, file, 'an older text with 030331-1234');
		expect(await modal.apply()).toBe(0);
		expect(await app.vault.read(file as never)).toBe(NOTE);
	});

	it('applies nothing when nothing is chosen', () => {
		const state = initialState(NOTE);
		for (const id of state.identifiers) id.replace = false;
		expect(applyState(NOTE, state, 'da')).toEqual({ text: NOTE, mapping: [], replacements: 0 });
		expect(mappingNote('Key', { text: '', mapping: [{ original: 'A|B', replacement: 'Borger A', count: 2 }], replacements: 2 })).toContain('| A\\|B | Borger A | 2 |');
	});
});

describe('the settings section', () => {
	it('reads own phrases as "phrase | category" and refuses an unknown category', () => {
		expect(parseCustomPhrases('han er håbløs | powerlessness\n\n brokkehoved|Mockery ')).toEqual({
			phrases: [
				{ phrase: 'han er håbløs', category: 'powerlessness' },
				{ phrase: 'brokkehoved', category: 'mockery' },
			],
		});
		expect(parseCustomPhrases('noget | andet')).toHaveProperty('error');
	});

	it('switches a category off and on again', () => {
		const spec = WATCH_SECTION.specs.find((s) => s.key === 'languageWatch.category.labelling');
		if (!spec) throw new Error('no spec');
		const t = (k: string): string => k;
		const off = spec.set(DEFAULT_SETTINGS, false, t) as Settings;
		expect(off.languageWatch.disabledCategories).toEqual(['labelling']);
		expect(spec.get(off)).toBe(false);
		const on = spec.set(off, true, t) as Settings;
		expect(on.languageWatch.disabledCategories).toEqual([]);
	});

	it('is shown in the settings tab', async () => {
		const { plugin } = await loadPlugin({});
		await flush();
		const { SETTINGS_SECTIONS } = await import('../../src/obsidian/settings-tab');
		expect(SETTINGS_SECTIONS).toContain(WATCH_SECTION);
		expect(plugin).toBeTruthy();
	});
});

describe('"not here" on a finding', () => {
	const NOTE = 'Første linje\nHun er en tung, sagde SK.\nVi har prøvet alt.';

	async function openModal(lang: 'da' | 'en', path: string | null) {
		const loaded = await loadPlugin({}, { data: { language: lang } });
		const ctx = loaded.plugin.context;
		if (!ctx) throw new Error('not loaded');
		const modal = new CheckModal(ctx, NOTE, checkNote(NOTE, undefined, { privacy: false }), () => undefined, path);
		modal.open();
		return { ...loaded, ctx, modal };
	}

	it('offers "only in this note" and "in every note" beside each finding, in English and Danish', async () => {
		const en = await openModal('en', 'Journal/a.md');
		const rows = [...en.modal.contentEl.querySelectorAll('.three-gazes-check-not-here')];
		expect(rows).toHaveLength(2);
		expect([...(rows[0]?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['Only in this note', 'In every note']);
		// Beside the finding, not inside it: the finding is a button that jumps.
		expect(rows[0]?.closest('.three-gazes-check-item')).toBeNull();
		const da = await openModal('da', 'Journal/a.md');
		expect([...(da.modal.contentEl.querySelector('.three-gazes-check-not-here')?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['Kun i denne note', 'I alle noter']);
	});

	it('without a note path offers "every note" only', async () => {
		const { modal } = await openModal('en', null);
		expect([...(modal.contentEl.querySelector('.three-gazes-check-not-here')?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual(['In every note']);
	});

	it('allows the words in this note: stored in her settings, and the check, the underline and the mirror leave them out there', async () => {
		const { ctx, modal, saveData } = await openModal('en', 'Journal/a.md');
		const button = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Only in this note');
		button?.click();
		// (The mock closes a modal a tick after it opens; what she sees is read before that.)
		expect(modal.contentEl.querySelector('.is-allowed')).not.toBeNull();
		expect(modal.contentEl.textContent).toContain('Allowed in this note.');
		await flush();
		expect(ctx.settings().languageWatch.notHere).toEqual([{ phrase: 'Hun er en tung', path: 'Journal/a.md' }]);
		expect(saveData).toHaveBeenCalled();

		const service = new WatchService(() => ctx.settings());
		const here = checkNote(NOTE, service.checker(), { path: 'Journal/a.md', privacy: false }).language.map((f) => f.category);
		const elsewhere = checkNote(NOTE, service.checker(), { path: 'Journal/b.md', privacy: false }).language.map((f) => f.category);
		expect(here).toEqual(['powerlessness']);
		expect(elsewhere).toEqual(['objectification', 'powerlessness']);
		const doc = Text.of(NOTE.split('\n'));
		const underlined = (path: string): string[] => marks(watchDecorations(doc, [{ from: 0, to: doc.length }], service, 'en', path)).filter((m) => m.cls.includes('watch')).map((m) => doc.sliceString(m.from, m.to));
		expect(underlined('Journal/a.md')).toEqual(['Vi har prøvet alt']);
		expect(underlined('Journal/b.md')).toEqual(['Hun er en tung', 'Vi har prøvet alt']);
	});

	it('allows the words in every note', async () => {
		const { ctx, modal } = await openModal('da', 'Journal/a.md');
		[...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'I alle noter')?.click();
		expect(modal.contentEl.textContent).toContain('Tilladt i alle noter.');
		await flush();
		expect(ctx.settings().languageWatch.notHere).toEqual([{ phrase: 'Hun er en tung', path: null }]);
		const service = new WatchService(() => ctx.settings());
		expect(checkNote(NOTE, service.checker(), { path: 'Journal/b.md', privacy: false }).language.map((f) => f.category)).toEqual(['powerlessness']);
	});

	it('"Check this note" checks with the note\'s path', async () => {
		const { commands, plugin } = await loadPlugin({}, { data: { languageWatch: { notHere: [{ phrase: 'vi har prøvet alt', path: 'Journal/a.md' }] } } });
		const opened: CheckModal[] = [];
		vi.spyOn(CheckModal.prototype, 'open').mockImplementation(function (this: CheckModal) {
			opened.push(this);
		});
		const editor = new TestEditor();
		editor.setValue('Vi har prøvet alt.');
		// The editor's file info: only its path is read.
		const file = (path: string): unknown => ({ file: { path } });
		commands.get('check-note')?.editorCallback?.(editor.asOriginalType__(), file('Journal/a.md'));
		commands.get('check-note')?.editorCallback?.(editor.asOriginalType__(), file('Journal/b.md'));
		const results = opened.map((m) => (m as unknown as { result: { language: unknown[] } }).result.language.length);
		expect(results).toEqual([0, 1]);
		expect(plugin).toBeTruthy();
	});

	it('is shown in the settings, one per line, and removed by deleting its line', () => {
		const spec = WATCH_SECTION.specs.find((s) => s.key === 'languageWatch.notHere');
		if (!spec) throw new Error('no spec');
		const t = (k: string): string => k;
		const withTwo = settingsWith({ notHere: [{ phrase: 'en tung', path: 'Journal/a.md' }, { phrase: 'fodre', path: null }] });
		expect(spec.get(withTwo)).toBe('en tung | Journal/a.md\nfodre | *');
		const withOne = spec.set(withTwo, 'fodre | *', t) as Settings;
		expect(withOne.languageWatch.notHere).toEqual([{ phrase: 'fodre', path: null }]);
	});
});

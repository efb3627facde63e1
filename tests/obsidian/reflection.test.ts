import type { WorkspaceLeaf } from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../src/core/i18n';
import { NotesModal } from '../../src/obsidian/reflection/notes-modal';
import { shortLabels } from '../../src/obsidian/reflection/render-dom';
import { REFLECTION_VIEW_TYPE, ReflectionView } from '../../src/obsidian/reflection/view';
import { flush, loadPlugin, runCommand } from './harness';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

const TODAY = new Date(2027, 0, 8, 9, 30);
const PERIOD = { period: 'custom', from: '2026-12-14', to: '2027-01-08' };

const FILES: Record<string, string> = {
	'Journal/2026-12-14 a.md': '---\ndate: 2026-12-14\nkind: daglig-refleksion\ntags: [blik/borger, blik/medarbejdere]\n---\nEn dag.\n',
	'Journal/2026-12-28 c.md': '---\ndate: 2026-12-28\nkind: medarbejdersamtale\ntags: [blik/medarbejdere]\n---\n- Hvad gjorde du, da hun blev urolig?\n',
	'Journal/2027-01-03 d.md': '---\ndate: 2027-01-03\nkind: beboerkonference\ntags: [blik/borger]\ntools: [isbjerget]\n---\n> [!three-gazes|handlinger] Handlinger\n> - Hvad gjorde du så?\n\nVi så på aftenerne hos fru A.\n',
	'Journal/2027-01-04 e.md': '---\ndate: 2027-01-04\ntags: [blik/medarbejdere, blik/selv]\n---\n- [ ] Følg op med SK\n',
	'Journal/2027-02-01 g.md': '---\ndate: 2027-02-01\ntags: [blik/borger]\n---\nSenere.\n',
};

async function setup(files: Record<string, string>, data: Record<string, unknown> = {}) {
	const loaded = await loadPlugin(files, { data: { version: 1, language: 'en', reflection: PERIOD, ...data } });
	const ctx = loaded.plugin.context;
	if (!ctx) throw new Error('not loaded');
	vi.spyOn(ctx, 'now').mockReturnValue(TODAY);
	return { ...loaded, ctx };
}

/** Opens the mirror in a leaf as Obsidian would (the fake does not build views from setViewState). */
async function openView(loaded: Awaited<ReturnType<typeof setup>>, visible = true) {
	const leaf = loaded.app.workspace.getRightLeaf(false) as unknown as WorkspaceLeaf;
	const view = new ReflectionView(leaf, loaded.ctx);
	const visibility = vi.spyOn(view, 'isVisible').mockReturnValue(visible);
	await view.onOpen();
	return Object.assign(view, { visibility });
}

function figure(view: ReflectionView, section: string, label: string): HTMLAnchorElement {
	const links = [...view.contentEl.querySelectorAll<HTMLAnchorElement>(`[data-section="${section}"] a.three-gazes-figure`)];
	const link = links.find((a) => (a.getAttribute('aria-label') ?? '').includes(label));
	if (!link) throw new Error(`no number "${label}" in ${section}: ${links.map((a) => a.getAttribute('aria-label')).join(' / ')}`);
	return link;
}

describe('the mirror view', () => {
	it('draws every chart element with the parent element\'s createSvg (a pop-out window has its own document)', async () => {
		const createSvg = vi.spyOn(Node.prototype as unknown as { createSvg: (...args: unknown[]) => SVGElement }, 'createSvg');
		const view = await openView(await setup(FILES));
		const drawn = [...view.contentEl.querySelectorAll('*')].filter((el) => el.namespaceURI === 'http://www.w3.org/2000/svg');
		expect(drawn.length).toBeGreaterThan(5);
		const made = new Set(createSvg.mock.results.map((r) => r.value as unknown));
		for (const el of drawn) expect(made.has(el), el.tagName).toBe(true);
	});

	it('opens from the command in the right sidebar, once, found again by its type', async () => {
		const loaded = await setup(FILES);
		await runCommand(loaded.commands, 'open-reflection');
		await runCommand(loaded.commands, 'open-reflection');
		expect(loaded.app.workspace.getLeavesOfType(REFLECTION_VIEW_TYPE)).toHaveLength(1);
		expect(loaded.commands.get('save-reflection')?.name).toBe('Save this reflection as a note');
	});

	it.for(['da', 'en'] as const)('names itself once (%s): in the tab and view header, not again as a heading in its content', async (lang) => {
		const t = translator(lang);
		const view = await openView(await setup(FILES, { language: lang }));
		expect(view.getDisplayText()).toBe(t('reflection.view.title'));
		expect(view.getDisplayText()).toContain(t('reflection.title'));
		expect(view.contentEl.querySelector('[data-section]')).not.toBeNull();
		expect(view.contentEl.textContent).not.toContain(t('reflection.title'));
		expect(view.contentEl.querySelectorAll('h1')).toHaveLength(0);
	});

	it('shows every section, and every number opens the notes behind it', async () => {
		const loaded = await setup(FILES);
		const view = await openView(loaded);
		const sections = [...view.contentEl.querySelectorAll('[data-section]')].map((s) => s.getAttribute('data-section'));
		expect(sections).toEqual(['gaze-balance', 'double-perspective', 'self-focus', 'questions', 'toolbox', 'follow-ups', 'rhythm', 'lookback', 'language', 'prompts']);

		// One note: the number opens it.
		const oneSided = view.contentEl.querySelector<HTMLAnchorElement>('[data-section="double-perspective"] .three-gazes-list a');
		expect(oneSided?.getAttribute('data-paths')).toBe('Journal/2026-12-28 c.md');
		oneSided?.click();
		await flush();
		expect(loaded.app.workspace.getActiveFile()?.path).toBe('Journal/2026-12-28 c.md');

		// Several notes: a list of them.
		const staff = figure(view, 'gaze-balance', 'The gaze on the staff');
		expect(staff.textContent).toBe('3');
		const onOpen = vi.spyOn(NotesModal.prototype, 'onOpen');
		staff.click();
		const modal = onOpen.mock.contexts[0] as NotesModal;
		expect([...modal.contentEl.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Journal/2026-12-14 a', 'Journal/2026-12-28 c', 'Journal/2027-01-04 e']);
		modal.contentEl.querySelector('a')?.click();
		await flush();
		expect(loaded.app.workspace.getActiveFile()?.path).toBe('Journal/2026-12-14 a.md');

		// Links are real links: reachable with the keyboard.
		expect(staff.getAttribute('href')).toBe('#');
	});

	it('draws the weekly chart as SVG with a title, a description and the numbers in a table', async () => {
		const view = await openView(await setup(FILES));
		const chart = view.contentEl.querySelector('[data-section="gaze-balance"] svg');
		expect(chart?.getAttribute('role')).toBe('img');
		expect(chart?.querySelector('title')?.textContent).toBe('Notes per gaze per week');
		expect(chart?.querySelector('desc')?.textContent).toContain('The numbers are in the table below');
		// Four ISO weeks (51, 52, 53, 1) × three gazes.
		expect(chart?.querySelectorAll('rect')).toHaveLength(12);
		const rows = [...view.contentEl.querySelectorAll('[data-section="gaze-balance"] details tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
		expect(rows).toEqual([
			['Week 51', '1', '1', '0'],
			['Week 52', '0', '0', '0'],
			['Week 53', '1', '1', '0'],
			['Week 1', '0', '1', '1'],
		]);
		// The weeks under the bars, in the interface's text (not in the scaled SVG), without the repeated word.
		expect([...view.contentEl.querySelectorAll('[data-section="gaze-balance"] .three-gazes-chart-labels span')].map((l) => l.textContent)).toEqual(['51', '52', '53', '1']);
		expect(chart?.querySelector('text')).toBeNull();
	});

	it('draws categories (the questions) as rows, each name beside its bar', async () => {
		const view = await openView(await setup(FILES));
		const chart = view.contentEl.querySelector('[data-section="questions"] .three-gazes-hchart');
		expect(chart?.getAttribute('role')).toBe('img');
		const names = [...(chart?.querySelectorAll('.three-gazes-chart-label') ?? [])].map((l) => l.textContent);
		expect(names).toContain('Actions');
		expect(names).toHaveLength(chart?.querySelectorAll('svg').length ?? -1);
		const labelledBy = (chart?.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => view.contentEl.querySelector(`[id="${id}"]`)?.textContent);
		expect(labelledBy).toEqual(['Questions per category', 'Questions per category. The numbers are in the table below.']);
	});

	it('shortens time labels to what differs between them; other labels stay whole', () => {
		expect(shortLabels(['Uge 45', 'Uge 46', 'Uge 47'])).toEqual(['45', '46', '47']);
		expect(shortLabels(['okt. 2026', 'nov. 2026'])).toEqual(['okt.', 'nov.']);
		expect(shortLabels(['dec. 2025', 'jan. 2026'])).toEqual(['dec. 2025', 'jan. 2026']);
		expect(shortLabels(['Week 5'])).toEqual(['Week 5']);
		expect(shortLabels(['Handlinger', 'Følelser (sidst)'])).toEqual(['Handlinger', 'Følelser (sidst)']);
		expect(shortLabels([])).toEqual([]);
	});

	it('says so when notes are dated after today, and links them', async () => {
		const view = await openView(await setup(FILES));
		const notice = view.contentEl.querySelector('.three-gazes-callout');
		expect(notice?.textContent).toContain('1 note is dated after today');
		expect(notice?.querySelector('a')?.getAttribute('data-paths')).toBe('Journal/2027-02-01 g.md');
	});

	it('lists a note that is still nothing but template as not yet written, and cites her words under each prompt', async () => {
		const untouched = '---\ndate: 2027-01-05\nkind: personalemøde\ntags:\n  - blik/borger\n  - blik/medarbejdere\n---\n# Personalemøde\n\n## Dagsorden\n1. \n\n## Beslutninger\n- \n\n## Mit eget bidrag som leder\n*Hvad var mit bidrag til mødet, og hvad gør jeg anderledes næste gang?*\n';
		const view = await openView(await setup({ ...FILES, 'Journal/2027-01-05 Møde.md': untouched }));
		const notices = [...view.contentEl.querySelectorAll('.three-gazes-callout')].map((n) => n.textContent ?? '');
		const notice = view.contentEl.querySelectorAll('.three-gazes-callout')[1];
		expect(notices[1]).toContain('1 note is not yet written');
		expect(notice?.querySelector('a')?.getAttribute('data-paths')).toBe('Journal/2027-01-05 Møde.md');
		// It counts in no figure: still two meetings (c and d), as without it.
		expect(figure(view, 'double-perspective', 'Meetings and conversations').textContent).toBe('2');
		const cites = [...view.contentEl.querySelectorAll('.three-gazes-prompts .three-gazes-cite')].map((c) => c.textContent ?? '');
		expect(cites.length).toBeGreaterThan(0);
		expect(cites[0]).toMatch(/^You wrote: "/);
	});

	it('an empty vault gets a way forward: create the first reflection', async () => {
		const loaded = await setup({});
		const view = await openView(loaded);
		expect(view.contentEl.textContent).toContain('There are no journal notes yet.');
		const button = [...view.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Create your first reflection');
		button?.click();
		await flush(10);
		expect(loaded.app.vault.getFileByPath('Journal/2027-01-08 Daily reflection.md')).not.toBeNull();
	});

	it('a period without notes says so and offers today\'s reflection; one note is shown with a word of encouragement', async () => {
		const empty = await openView(await setup(FILES, { reflection: { period: 'custom', from: '2026-01-01', to: '2026-01-31' } }));
		expect(empty.contentEl.textContent).toContain('There are no journal notes in this period.');
		expect([...empty.contentEl.querySelectorAll('button')].some((b) => b.textContent === 'Write today\'s reflection')).toBe(true);
		const one = await openView(await setup({ 'Journal/2027-01-04 e.md': FILES['Journal/2027-01-04 e.md'] ?? '' }));
		expect(one.contentEl.textContent).toContain('There is only one note in the period.');
		expect(one.contentEl.querySelectorAll('[data-section]').length).toBeGreaterThan(5);
	});

	it('gives its sections headings that start at level 2 and skip no level, for screen-reader navigation', async () => {
		const view = await openView(await setup(FILES));
		const levels = [...view.contentEl.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1)));
		expect(levels.length).toBeGreaterThan(5);
		expect(levels[0]).toBe(2);
		for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
	});

	it('speaks the plugin\'s language and follows a change of it', async () => {
		const loaded = await setup(FILES, { language: 'da' });
		const view = await openView(loaded);
		expect(view.contentEl.querySelector('[data-section="gaze-balance"] h2')?.textContent).toBe('Balancen mellem blikkene');
		await loaded.ctx.store.update((s) => ({ ...s, language: 'en' }));
		view.refresh();
		expect(view.contentEl.querySelector('[data-section="gaze-balance"] h2')?.textContent).toBe('The balance of the gazes');
	});

	it('draws only when visible and something changed, and gathers index changes before drawing', async () => {
		const loaded = await setup(FILES);
		const draw = vi.spyOn(ReflectionView.prototype as unknown as { draw: () => void }, 'draw');
		const view = await openView(loaded);
		expect(draw).toHaveBeenCalledTimes(1);
		view.refresh();
		expect(draw).toHaveBeenCalledTimes(1);

		vi.useFakeTimers();
		const file = loaded.app.vault.getFileByPath('Journal/2026-12-14 a.md');
		if (!file) throw new Error('missing');
		for (const text of ['En dag. A', 'En dag. AB', 'En dag. ABC']) await loaded.app.vault.modify(file, `---\ndate: 2026-12-14\ntags: [blik/selv]\n---\n${text}\n`);
		await vi.advanceTimersByTimeAsync(2000);
		expect(draw).toHaveBeenCalledTimes(2);
		expect(figure(view, 'gaze-balance', 'The gaze on myself').textContent).toBe('2');

		view.visibility.mockReturnValue(false);
		await loaded.app.vault.modify(file, '---\ndate: 2026-12-14\ntags: [blik/borger]\n---\nIgen.\n');
		await vi.advanceTimersByTimeAsync(2000);
		expect(draw).toHaveBeenCalledTimes(2);

		await view.onClose();
		await loaded.app.vault.modify(file, '---\ndate: 2026-12-14\n---\nLukket.\n');
		await vi.advanceTimersByTimeAsync(2000);
		expect(draw).toHaveBeenCalledTimes(2);
	});

	it('remembers the period chosen', async () => {
		const loaded = await setup(FILES);
		const view = await openView(loaded);
		const select = view.contentEl.querySelector('select');
		if (!select) throw new Error('no select');
		select.value = 'quarter';
		select.dispatchEvent(new Event('change'));
		await flush();
		expect(loaded.ctx.settings().reflection.period).toBe('quarter');
		expect((loaded.saveData.mock.lastCall?.[0] as { reflection: { period: string } }).reflection.period).toBe('quarter');
		expect(view.contentEl.querySelector('.three-gazes-period')?.textContent).toBe('12 Oct 2026 – 8 Jan 2027');
	});

	it('saves the mirror as a self-gaze note, never overwriting', async () => {
		const loaded = await setup(FILES);
		await runCommand(loaded.commands, 'save-reflection');
		const first = loaded.app.vault.getFileByPath('Journal/2027-01-08 Reflection summary.md');
		if (!first) throw new Error('not saved');
		const text = await loaded.app.vault.read(first);
		expect(text).toContain('kind: reflection-summary');
		expect(text).toContain('[[Journal/2026-12-28 c|2026-12-28 c]]');
		await runCommand(loaded.commands, 'save-reflection');
		expect(loaded.app.vault.getFileByPath('Journal/2027-01-08 Reflection summary 2.md')).not.toBeNull();
		expect(await loaded.app.vault.read(first)).toBe(text);
		expect(loaded.ctx.index.get('Journal/2027-01-08 Reflection summary.md')).toMatchObject({ kind: 'reflection-summary', gazes: ['self'] });
	});
});

import { describe, expect, it, vi } from 'vitest';
import { LookbackModal } from '../../src/obsidian/time/lookback-modal';
import { captureNotices, flush, loadPlugin, runCommand } from './harness';

const FILES = {
	'Journal/2026-10-20 Samtale.md': '---\ndate: 2026-10-20\ntags: [blik/medarbejdere]\n---\n# Samtale med MJ\n\nVi talte om nattevagten og hendes faglige skøn.\n',
	'Journal/2026-10-22 Refleksion.md': '---\ndate: 2026-10-22\ntags: [blik/selv]\n---\nJeg flyttede mødet.\n',
	'Journal/2026-11-19 I dag.md': '---\ndate: 2026-11-19\n---\nI dag.\n',
	'Journal/2026-11-19 Også i dag.md': '---\ndate: 2026-11-19\n---\nOgså i dag.\n',
	'Journal/Udateret.md': 'Ingen dato.\n',
	'Andet/Løst.md': 'tekst\n',
};

type Cmd = { callback?: () => unknown; checkCallback?: (checking: boolean) => boolean | void; hotkeys?: unknown[]; name: string };

function check(commands: Map<string, unknown>, id: string, checking: boolean): boolean | void {
	const command = commands.get(id) as Cmd | undefined;
	if (!command?.checkCallback) throw new Error(`no checkCallback for ${id}`);
	return command.checkCallback(checking);
}

describe('Look back', () => {
	it('lists the notes of the same week a month before the open note, with span, title and first lines, and opens the chosen one', async () => {
		const { app, commands } = await loadPlugin(FILES);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Journal/2026-11-19 I dag.md')!);
		const opened: LookbackModal[] = [];
		vi.spyOn(LookbackModal.prototype, 'open').mockImplementation(function (this: LookbackModal) {
			opened.push(this);
		});
		await runCommand(commands, 'look-back');
		const modal = opened[0]!;
		const rows = modal.getSuggestions('');
		expect(rows.map((r) => r.note.path)).toEqual(['Journal/2026-10-20 Samtale.md', 'Journal/2026-10-22 Refleksion.md']);
		const el = createDiv();
		modal.renderSuggestion(rows[0]!, el);
		expect(el.textContent).toContain('A month ago');
		expect(el.textContent).toContain('Samtale med MJ');
		expect(el.textContent).toContain('Vi talte om nattevagten');
		expect(modal.getSuggestions('flyttede').map((r) => r.note.path)).toEqual(['Journal/2026-10-22 Refleksion.md']);
		modal.selectSuggestion(rows[1]!, new KeyboardEvent('keydown', { key: 'Enter' }));
		await flush();
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/2026-10-22 Refleksion.md');
		expect((commands.get('look-back') as Cmd).hotkeys ?? []).toEqual([]);
	});
});

describe('Previous and next journal entry', () => {
	it('moves through dated entries from the open note, and is offered only on a dated journal note', async () => {
		const notices = captureNotices();
		const { app, commands } = await loadPlugin(FILES);
		expect(check(commands, 'next-journal-entry', true)).toBe(false); // nothing open
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Journal/2026-10-22 Refleksion.md')!);
		expect(check(commands, 'next-journal-entry', true)).toBe(true);
		check(commands, 'next-journal-entry', false);
		await flush(10);
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/2026-11-19 I dag.md');
		check(commands, 'next-journal-entry', false);
		await flush(10);
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/2026-11-19 Også i dag.md');
		check(commands, 'next-journal-entry', false);
		await flush(10);
		expect(notices).toContain('There is no later dated journal entry.');
		check(commands, 'previous-journal-entry', false);
		await flush(10);
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/2026-11-19 I dag.md');
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Journal/Udateret.md')!);
		expect(check(commands, 'previous-journal-entry', true)).toBe(false);
		await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Andet/Løst.md')!);
		expect(check(commands, 'previous-journal-entry', true)).toBe(false);
	});
});

describe('Gentle reminders', () => {
	const files = {
		'Journal/2026-09-01 start.md': '---\ndate: 2026-09-01\n---\n- [ ] Ring til datteren 📅 2026-09-20\n',
		'Journal/2026-09-02 prep.md': '---\ndate: 2026-09-02\nkind: supervisionsforberedelse\n---\nForberedelse.\n',
	};

	it('shows nothing by default', async () => {
		const notices = captureNotices();
		await loadPlugin(files);
		await flush(10);
		expect(notices.join('\n')).not.toContain('reminds you');
	});

	it('when switched on, shows one quiet Notice at start-up and remembers the day, so a second start the same day is silent', async () => {
		const notices = captureNotices();
		const data = { reminders: { enabled: true, supervision: true, revisit: true, followUps: true, lastShown: null } };
		const first = await loadPlugin(files, { data });
		await flush(10);
		const shown = notices.filter((n) => n.includes('Three Gazes reminds you'));
		expect(shown).toHaveLength(1);
		expect(shown[0]).toMatch(/It is \d+ days since you last prepared supervision\./);
		expect(shown[0]).toContain('1 follow-up is past its date.');
		const saved = first.saveData.mock.calls.at(-1)?.[0] as { reminders: { lastShown: string } };
		expect(saved.reminders.lastShown).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		notices.length = 0;
		await loadPlugin(files, { data: saved });
		await flush(10);
		expect(notices.filter((n) => n.includes('Three Gazes reminds you'))).toEqual([]);
	});
});

describe('Journal calendar', () => {
	const files = {
		'Journal/2026-12-01 a.md': '---\ndate: 2026-12-01\ntags: [blik/borger]\n---\n# Fru A\n\nTekst.\n',
		'Journal/2026-12-01 b.md': '---\ndate: 2026-12-01\ntags: [blik/selv]\n---\nTekst.\n',
		'Journal/2026-12-03 c.md': '---\ndate: 2026-12-03\ntags: [blik/medarbejdere]\n---\nTekst.\n',
		'Journal/2026-11-12 d.md': '---\ndate: 2026-11-12\n---\nTekst.\n',
	};

	async function openCalendarView(language: 'da' | 'en' = 'en') {
		const loaded = await loadPlugin(files, { data: { version: 1, language } });
		const ctx = loaded.plugin.context!;
		vi.spyOn(ctx, 'now').mockReturnValue(new Date(2026, 11, 5, 12));
		const { CalendarView } = await import('../../src/obsidian/time/calendar-view');
		const view = new CalendarView(loaded.app.workspace.getRightLeaf(false) as never, ctx);
		await view.onOpen();
		return { ...loaded, view };
	}

	const dayButton = (view: { contentEl: HTMLElement }, day: string) => view.contentEl.querySelector<HTMLButtonElement>(`[data-day="${day}"]`)!;

	it('shows the month with each day labelled by its notes and gazes, today marked, and the marks explained', async () => {
		const { view } = await openCalendarView('da');
		expect(view.contentEl.querySelector('h2')?.textContent).toBe('December 2026');
		expect(dayButton(view, '2026-12-01').getAttribute('aria-label')).toBe('tirsdag 1. december 2026, 2 noter: Borger, Selv');
		expect(dayButton(view, '2026-12-01').querySelectorAll('.three-gazes-calendar-mark')).toHaveLength(2);
		expect(dayButton(view, '2026-12-02').getAttribute('aria-label')).toBe('onsdag 2. december 2026, ingen noter');
		expect(dayButton(view, '2026-12-05').getAttribute('aria-current')).toBe('date');
		expect(dayButton(view, '2026-12-05').getAttribute('tabindex')).toBe('0');
		expect(view.contentEl.querySelector('.three-gazes-calendar-legend')?.textContent).toBe('BorgerMedarbejdereSelv');
		expect(view.contentEl.querySelector('.three-gazes-calendar-count')?.textContent).toBe('3 noter i måneden');
	});

	it('opens a day\'s only note on a click, and moves through months with the buttons and the keyboard', async () => {
		const { app, view } = await openCalendarView();
		dayButton(view, '2026-12-03').click();
		await flush(10);
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/2026-12-03 c.md');
		view.contentEl.querySelector<HTMLButtonElement>('[aria-label="Previous month"]')!.click();
		expect(view.contentEl.querySelector('h2')?.textContent).toBe('November 2026');
		expect(dayButton(view, '2026-11-12').getAttribute('aria-label')).toContain('1 note');
		dayButton(view, '2026-11-30').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
		expect(view.month).toBe('2026-12');
		expect(dayButton(view, '2026-12-01').getAttribute('tabindex')).toBe('0');
		dayButton(view, '2026-12-01').dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }));
		expect(view.month).toBe('2027-01');
	});

	it('opens from its command in the right sidebar, once', async () => {
		const { app, commands } = await loadPlugin(files);
		await runCommand(commands, 'open-calendar');
		await runCommand(commands, 'open-calendar');
		expect(app.workspace.getLeavesOfType('three-gazes-calendar')).toHaveLength(1);
	});
});

describe('Ratings over time in the mirror', () => {
	it('draws each rating as a line whose points are links to their check-in, by click and by keyboard, with the numbers in a table', async () => {
		const { presentReflection, computeReflection } = await import('../../src/core/reflection');
		const { renderDisplay } = await import('../../src/obsidian/reflection/render-dom');
		const { translator } = await import('../../src/core/i18n');
		const { parseNote } = await import('../../src/core/note-parser');
		const note = (day: string, energy: number, strain: number) => {
			const r = parseNote({ path: `J/${day}.md`, content: `---\ndate: ${day}\nrating-energy: ${energy}\nrating-strain: ${strain}\n---\nKort.\n`, mtime: 0, ctime: 0 });
			if (!r.ok) throw new Error(r.reason);
			return r.note;
		};
		const reflection = computeReflection([note('2026-11-02', 4, 2), note('2026-11-16', 2, 4)], { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' });
		const opened: string[][] = [];
		const el = createDiv();
		renderDisplay(el, presentReflection(reflection, 'en'), translator('en'), (_label, paths) => opened.push([...paths]), 'test');
		const points = [...el.querySelectorAll('.three-gazes-lines circle.three-gazes-point')];
		expect(points.map((p) => p.getAttribute('aria-label'))).toEqual(['Energy, 2 Nov 2026: 4', 'Energy, 16 Nov 2026: 2', 'Strain, 2 Nov 2026: 2', 'Strain, 16 Nov 2026: 4']);
		expect(points.every((p) => p.getAttribute('tabindex') === '0' && p.getAttribute('role') === 'link')).toBe(true);
		(points[1] as SVGElement).dispatchEvent(new MouseEvent('click'));
		(points[2] as SVGElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
		expect(opened).toEqual([['J/2026-11-16.md'], ['J/2026-11-02.md']]);
		const table = el.querySelector('.three-gazes-lines table');
		expect(table?.querySelector('thead')?.textContent).toBe('EnergyStrain');
		expect([...(table?.querySelectorAll('tbody tr') ?? [])].map((r) => r.textContent)).toEqual(['2 Nov 202642', '16 Nov 202624']);
	});
});

describe('Bases view of the journal', () => {
	it('writes the .base file into the journal folder once, and never overwrites an edited one', async () => {
		const notices = captureNotices();
		const { app, commands } = await loadPlugin({ 'Journal/2026-12-01 a.md': '---\ndate: 2026-12-01\n---\nTekst.\n' }, { data: { version: 1, language: 'en' } });
		await runCommand(commands, 'create-journal-base');
		const file = app.vault.getFileByPath('Journal/Three Gazes journal.base');
		expect(file).not.toBeNull();
		expect(await app.vault.read(file!)).toContain('file.inFolder("Journal")');
		expect(notices).toContain('The Bases view of the journal is in "Journal/Three Gazes journal.base".');
		await app.vault.modify(file!, 'mine\n');
		await runCommand(commands, 'create-journal-base');
		expect(await app.vault.read(file!)).toBe('mine\n');
		expect(notices).toContain('"Journal/Three Gazes journal.base" is already there and was not changed. It opens as it is.');
		expect(app.workspace.getActiveFile()?.path).toBe('Journal/Three Gazes journal.base');
	});
});

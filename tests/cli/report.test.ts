import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noteFromTemplate } from '../core/scaffold/template-notes';
import { TEMPLATES } from '../../src/core/templates/registry';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

interface ReportExpectations {
	journalNotes: number;
	gazes: Record<string, number>;
	byWeekSample: Record<string, Record<string, number>>;
	doublePerspective: { meetings: number; both: number; oneSided: string[] };
	questions: Record<string, number>;
	tools: Record<string, number>;
	openTasks: number;
	oldestOpenTask: { path: string; ageDays: number };
	lastSupervision: { path: string; days: number };
}

const expected = (JSON.parse(readFileSync('tests/fixtures/demo-vault-expectations.json', 'utf8')) as { report: ReportExpectations }).report;

async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(['report', ...args], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd: process.cwd() });
	return { code, stdout: out.join(''), stderr: err.join('') };
}

const WINDOW = ['--from', '2026-06-01', '--to', '2026-11-26', '--today', '2026-11-27'];

describe('report over the demo vault (counted by hand)', () => {
	it('prints the figures as JSON in the agreed shape', async () => {
		const { code, stdout, stderr } = await run('demo-vault', ...WINDOW, '--json');
		expect(code).toBe(0);
		expect(stderr).toContain('skipped Journal/2026-09-29 Kladde.md');
		const r = JSON.parse(stdout) as Record<string, unknown> & {
			byWeek: Record<string, unknown>;
			openTasks: { path: string; text: string; ageDays: number }[];
			prompts: { text: string; evidence: string[] }[];
			rhythm: { lastSupervision: { path: string; days: number } };
		};
		expect(r).toMatchObject({ from: '2026-06-01', to: '2026-11-26', journalNotes: expected.journalNotes, gazes: expected.gazes });
		expect(r.byWeek).toMatchObject(expected.byWeekSample);
		expect(Object.keys(r.byWeek)).toHaveLength(26);
		expect(r.doublePerspective).toMatchObject(expected.doublePerspective);
		expect(r.questions).toEqual(expected.questions);
		expect(r.tools).toEqual(expected.tools);
		expect(r.openTasks).toHaveLength(expected.openTasks);
		expect(r.openTasks[0]).toMatchObject(expected.oldestOpenTask);
		expect(r.rhythm.lastSupervision).toMatchObject(expected.lastSupervision);
		expect(r.selfFocus).toBeTypeOf('object');
		expect(r.prompts.length).toBeGreaterThanOrEqual(3);
		expect(r.prompts.length).toBeLessThanOrEqual(5);
		for (const p of r.prompts) expect(p.evidence.length).toBeGreaterThan(0);
	});

	it('prints text in the language asked for, and the note the view would save with --md', async () => {
		const da = await run('demo-vault', ...WINDOW, '--lang', 'da');
		expect(da.code).toBe(0);
		expect(da.stdout).toContain('BALANCEN MELLEM BLIKKENE');
		expect(da.stdout).toContain('SPØRGSMÅL AT REFLEKTERE OVER');
		const en = await run('demo-vault', ...WINDOW, '--lang', 'en');
		expect(en.stdout).toContain('THE DOUBLE PERSPECTIVE');
		expect(en.stdout).toContain('Meetings and conversations: 10');
		const md = await run('demo-vault', ...WINDOW, '--md', '--lang', 'da');
		expect(md.stdout.startsWith('---\ndate: 2026-11-27\nkind: refleksionsspejl\n')).toBe(true);
		expect(md.stdout).toContain('[[Journal/Møder/2026-08-14 Personalemøde august|2026-08-14 Personalemøde august]]');
	});

	it('lists the notes still nothing but template as "untouched", counts them nowhere, and gives her questions without emphasis', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'three-gazes-report-'));
		try {
			mkdirSync(join(dir, 'Journal'));
			const meeting = TEMPLATES.find((t) => t.id === 'staff-meeting')!;
			writeFileSync(join(dir, 'Journal', '2026-11-20 Tomt møde.md'), noteFromTemplate(meeting, 'da', 'da', new Date(2026, 10, 20, 9, 0)));
			const written = noteFromTemplate(meeting, 'da', 'da', new Date(2026, 10, 21, 9, 0)).replace('## Borgernes trivsel\n', '## Borgernes trivsel\nFru A sover bedre. Jeg spurgte SK: *Hvad gjorde du om aftenen?*\n\n');
			writeFileSync(join(dir, 'Journal', '2026-11-21 Møde.md'), written);
			const { code, stdout } = await run(dir, '--from', '2026-11-01', '--to', '2026-11-30', '--today', '2026-11-30', '--json');
			expect(code).toBe(0);
			const r = JSON.parse(stdout) as Record<string, unknown>;
			expect(r.untouched).toEqual(['Journal/2026-11-20 Tomt møde.md']);
			expect(r.journalNotes).toBe(1);
			expect(r.doublePerspective).toMatchObject({ meetings: 1, both: 1, bothPaths: ['Journal/2026-11-21 Møde.md'], oneSided: [] });
			expect(r.questionList).toEqual([{ path: 'Journal/2026-11-21 Møde.md', text: 'Hvad gjorde du om aftenen?', category: 'actions' }]);
			expect(r.toolsInserted).toEqual({ 'wellbeing-tub': ['Journal/2026-11-21 Møde.md'], 'big-why': ['Journal/2026-11-21 Møde.md'] });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('without --from and --to covers every dated journal note', async () => {
		const { stdout } = await run('demo-vault', '--today', '2026-11-27', '--json');
		const r = JSON.parse(stdout) as { from: string; journalNotes: number };
		expect(r.from).toBe('2026-06-02');
		expect(r.journalNotes).toBeGreaterThanOrEqual(expected.journalNotes);
	});

	it.each([
		[['--from', '2026-13-01'], '--from must be a day written YYYY-MM-DD'],
		[['--from', '2026-11-02', '--to', '2026-11-01'], 'is after --to'],
		[['--json', '--md'], 'not both'],
		[['--lang', 'sv'], '--lang must be da or en'],
	])('refuses %j with a clear message and exit code 2', async (args, message) => {
		const { code, stderr, stdout } = await run('demo-vault', ...args);
		expect(code).toBe(2);
		expect(stderr).toContain(message);
		expect(stdout).toBe('');
	});
});

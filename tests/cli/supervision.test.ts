import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/command';

const CPR_NOTE = 'Journal/2026-09-17 Indlæggelse af hr. E.md';
const SUPERVISION_NOTE = 'Journal/Supervision/2026-10-08 Forberedelse til supervision.md';

async function run(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd };
	const code = await main(['supervision', ...args], io);
	return { code, out, err };
}

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('supervision on the demo vault', () => {
	it('starts the period the day after the demo vault\'s supervision preparation', async () => {
		const { code, out } = await run(['demo-vault', '--today', '2026-11-26', '--lang', 'da', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { period: { from: string; to: string; basis: string; lastPreparation: { path: string } }; material: string[]; text: string };
		expect(json.period).toMatchObject({ from: '2026-10-09', to: '2026-11-26', basis: 'since-last-preparation', lastPreparation: { path: SUPERVISION_NOTE } });
		expect(json.material.length).toBeGreaterThan(0);
		expect(json.text).toContain('kind: supervisionsforberedelse');
		expect(json.text).toContain('[[Journal/Supervision/2026-10-08 Forberedelse til supervision|8. oktober 2026]]');
	});

	it.each([[[]], [['--keep-names']]])('never lets the CPR note\'s number into the output %o', async (extra) => {
		const { code, out } = await run(['demo-vault', '--from', '2026-09-01', '--to', '2026-09-30', '--note', CPR_NOTE, '--lang', 'da', ...extra]);
		expect(code).toBe(0);
		expect(out).toContain('[[Journal/2026-09-17 Indlæggelse af hr. E|');
		expect(out).toContain('CPR-nummer er [CPR fjernet]');
		expect(out).not.toMatch(/120345|1203451234|-1234/);
	});

	it('links only to notes that exist in the vault, in both languages', async () => {
		for (const lang of ['da', 'en']) {
			const { out } = await run(['demo-vault', '--from', '2026-06-01', '--to', '2026-11-26', '--lang', lang]);
			const targets = [...out.matchAll(/\[\[([^|\]]+)\|/g)].map((m) => m[1] ?? '');
			expect(targets.length).toBeGreaterThan(5);
			for (const target of targets) expect(() => readFileSync(join('demo-vault', `${target}.md`)), target).not.toThrow();
			expect(out).toContain(lang === 'da' ? '## Mit spørgsmål' : '## My question');
		}
	});

	it('suggests the notes a search for one citizen finds (--search)', async () => {
		const { code, out } = await run(['demo-vault', '--from', '2026-06-01', '--to', '2026-11-26', '--search', 'hr. B', '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { material: string[] };
		expect(json.material).toContain('Journal/2026-07-14 Hr. B spiser ikke.md');
	});

	it('writes --out (in the vault) once and refuses to overwrite it (exit 3, file untouched)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tg-supervision-'));
		dirs.push(dir);
		const vault = join(dir, 'vault');
		cpSync('demo-vault', vault, { recursive: true });
		const first = await run([vault, '--today', '2026-11-26', '--out', 'prep.md'], dir);
		expect(first.code).toBe(0);
		expect(first.out).toBe('');
		expect(readFileSync(join(vault, 'prep.md'), 'utf8')).toContain('period-from: 2026-10-09');
		writeFileSync(join(vault, 'prep.md'), 'mine');
		const second = await run([vault, '--today', '2026-11-26', '--out', 'prep.md'], dir);
		expect(second.code).toBe(3);
		expect(second.err).toContain('already exists');
		expect(readFileSync(join(vault, 'prep.md'), 'utf8')).toBe('mine');
	});

	it('refuses an --out that leaves the vault (exit 3, nothing written), in both languages (issue 23)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tg-supervision-'));
		dirs.push(dir);
		const vault = join(dir, 'a', 'b', 'vault');
		cpSync('demo-vault', vault, { recursive: true });
		symlinkSync(dir, join(vault, 'ud'));
		for (const out of ['../../x.md', '../../../x.md', join(dir, 'x.md'), 'ud/x.md', '.']) {
			const { code, err } = await run([vault, '--today', '2026-11-26', '--out', out], vault);
			expect(code, out).toBe(3);
			expect(err, out).toContain('lies outside the vault');
		}
		expect(readdirSync(dir).sort()).toEqual(['a']);
		const da = await run([vault, '--today', '2026-11-26', '--out', '../x.md', '--lang', 'da'], vault);
		expect(da.err).toContain('ligger uden for boksen');
		// Inside it, also through a folder: written there.
		expect((await run([vault, '--today', '2026-11-26', '--out', 'Journal/../Journal/prep.md'], dir)).code).toBe(0);
		expect(existsSync(join(vault, 'Journal', 'prep.md'))).toBe(true);
	});

	it.each([
		[['--from', '2026-13-01'], 'is not a date'],
		[['--from', '2026-11-02', '--to', '2026-11-01'], 'starts (2026-11-02) after it ends (2026-11-01)'],
		[[], 'give exactly one vault folder'],
	])('explains bad usage %o (exit 2)', async (args, message) => {
		const { code, err } = await run(args.length ? ['demo-vault', ...args] : args);
		expect(code).toBe(2);
		expect(err).toContain(message);
	});
});

describe('supervision and CPR numbers in file names (issue 23)', () => {
	it('--json lists no raw path holding a CPR number, and the text neither links nor names it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tg-supervision-cpr-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'Journal', 'Supervision'), { recursive: true });
		const notePath = 'Journal/2026-11-05 Fru A 11 04 52-1234.md';
		writeFileSync(join(dir, notePath), '---\ndate: 2026-11-05\ntags: [blik/borger]\n---\nFru A sagde sit nummer 120452\u22121235 højt.\n');
		writeFileSync(join(dir, 'Journal/Supervision/2026-10-08 Forberedelse 130452-1236.md'), '---\ndate: 2026-10-08\nkind: supervisionsforberedelse\n---\n# F\n');
		const { code, out } = await run([dir, '--today', '2026-11-26', '--lang', 'da', '--note', notePath, '--json']);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { period: { lastPreparation: { path: string } }; material: string[]; text: string };
		expect(json.material).toEqual(['Journal/2026-11-05 Fru A [CPR fjernet].md']);
		expect(json.period.lastPreparation.path).toBe('Journal/Supervision/2026-10-08 Forberedelse [CPR fjernet].md');
		expect(out).not.toMatch(/11 04 52|1234|120452|1235|130452|1236/);
	});
});

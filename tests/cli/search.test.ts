import { describe, expect, it } from 'vitest';
import { command } from '../../src/cli/commands/search';

async function run(...args: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await command.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
	return { code, stdout, stderr };
}

interface Row {
	path: string;
	score: number;
	date: string | null;
	gazes: string[];
	kind: string | null;
	snippet: string;
}

describe('search (command line)', () => {
	it('prints the matches as JSON, best first, with the fields the issue names', async () => {
		const { code, stdout, stderr } = await run('demo-vault', 'beboerkonference', '--json', '--limit', '3');
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const rows = JSON.parse(stdout) as Row[];
		expect(rows).toHaveLength(3);
		for (const row of rows) expect(Object.keys(row)).toEqual(['path', 'score', 'date', 'gazes', 'kind', 'snippet', 'matchedWords']);
		expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
		expect(rows[0]?.path).toMatch(/Beboerkonference/);
	});

	it('says which words each result matched, and "did you mean" on stderr', async () => {
		const { code, stdout } = await run('demo-vault', 'sankthans haven lampeskærm', '--lang', 'en');
		expect(code).toBe(0);
		expect(stdout).toContain('Matched 2 of 3 words: sankthans, haven');
		const typo = await run('demo-vault', 'sankthas', '--lang', 'da');
		expect(typo.stderr).toContain('Mente du: sankthans?');
	});

	it('filters in either language', async () => {
		const da = JSON.parse((await run('demo-vault', 'blik:selv type:selvtjek', '--json')).stdout) as Row[];
		const en = JSON.parse((await run('demo-vault', 'gaze:self kind:self-check-in', '--json')).stdout) as Row[];
		expect(da.length).toBeGreaterThan(0);
		expect(da).toEqual(en);
		expect(da.every((r) => r.kind === 'self-check-in' && r.gazes.includes('self'))).toBe(true);
	});

	it('prints text with the matched words marked when --json is not given', async () => {
		const { code, stdout } = await run('demo-vault', 'uroen', '--lang', 'en');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^2026-06-05 {2}Journal\/2026-06-05 Fru A og uroen om aftenen\.md/);
		expect(stdout).toContain('**uroen**');
	});

	it('explains a malformed query on stderr and still searches the rest', async () => {
		const { code, stdout, stderr } = await run('demo-vault', 'uroen fra:2026-13', '--json', '--lang', 'en');
		expect(code).toBe(0);
		expect(stderr).toContain('"2026-13" is not a date');
		expect((JSON.parse(stdout) as Row[]).length).toBeGreaterThan(0);
	});

	it('refuses an empty query and a bad --limit as usage errors', async () => {
		expect((await run('demo-vault', '', '--lang', 'da')).stderr).toContain('Skriv ord at søge efter');
		expect((await run('demo-vault', '')).code).toBe(2);
		expect((await run('demo-vault', 'uro', '--limit', 'ti')).code).toBe(2);
		expect((await run('demo-vault')).code).toBe(2);
	});
});

import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(['lookback', ...args], { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd: process.cwd() });
	return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('lookback over the demo vault', () => {
	it('prints the same ISO week a month, a quarter and a year before, as JSON', async () => {
		// 2026-11-19: a month back is 2026-10-19 (week 2026-10-19..25), a quarter 2026-08-19 (2026-08-17..23), a year 2025-11-19.
		const { code, stdout } = await run('demo-vault', '--date', '2026-11-19', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual([
			{ span: 'month', from: '2026-10-19', to: '2026-10-25', notes: [
				{ path: 'Journal/Samtaler/2026-10-20 Samtale med MJ.md', date: '2026-10-20', gazes: ['citizen', 'staff'] },
				{ path: 'Journal/2026-10-22 Dagens refleksion.md', date: '2026-10-22', gazes: ['citizen', 'staff', 'self'] },
			] },
			{ span: 'quarter', from: '2026-08-17', to: '2026-08-23', notes: [{ path: 'Journal/2026-08-20 Dagens refleksion.md', date: '2026-08-20', gazes: ['citizen', 'staff', 'self'] }] },
			{ span: 'year', from: '2025-11-17', to: '2025-11-23', notes: [] },
		]);
	});

	it('prints the weeks and first lines as text in Danish', async () => {
		const { code, stdout } = await run('demo-vault', '--date', '2026-11-19', '--lang', 'da');
		expect(code).toBe(0);
		expect(stdout).toContain('For en måned siden (19. okt. 2026 – 25. okt. 2026)');
		expect(stdout).toContain('For et år siden');
		expect(stdout).toContain('Ingen noter den uge.');
	});

	it('refuses a date that is not a real day, with the usage line', async () => {
		const { code, stderr } = await run('demo-vault', '--date', '2026-02-30');
		expect(code).toBe(2);
		expect(stderr).toContain('--date must be a day written YYYY-MM-DD');
	});
});

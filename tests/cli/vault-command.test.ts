/** Every command over a vault folder starts the same way: these mistakes get the same answers from each. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function run(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd: process.cwd() });
	return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The command, the positionals it wants after the vault folder, and options that pin its day. */
const COMMANDS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
	['overview', [], []],
	['report', [], ['--today', '2026-11-27']],
	['search', ['borger'], []],
	['supervision', [], ['--today', '2026-11-27']],
];

const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe.each(COMMANDS)('%s over a vault folder', (name, rest, pinned) => {
	it('wants a vault folder, and says so with the usage line', async () => {
		const { code, stderr, stdout } = await run(name);
		expect(code).toBe(2);
		expect(stderr).toMatch(new RegExp(`^${name}: give `));
		expect(stderr).toContain(`Usage: node dist/cli.js ${name} <vault>`);
		expect(stdout).toBe('');
	});

	it('refuses a language other than da or en before reading anything', async () => {
		const { code, stderr } = await run(name, 'demo-vault', ...rest, '--lang', 'sv');
		expect(code).toBe(2);
		expect(stderr).toContain('--lang must be da or en, not "sv"');
	});

	it('says plainly when the vault is not a folder', async () => {
		const { code, stderr } = await run(name, 'no/such/vault', ...rest);
		expect(code).toBe(1);
		expect(stderr).toBe(`${name}: not a folder: no/such/vault\n`);
	});

	it('reports broken settings and a refused journal folder, and goes on with the defaults', async () => {
		const vault = mkdtempSync(join(tmpdir(), 'tg-vault-'));
		made.push(vault);
		mkdirSync(join(vault, '.obsidian', 'plugins', 'three-gazes'), { recursive: true });
		writeFileSync(join(vault, '.obsidian', 'plugins', 'three-gazes', 'data.json'), '{ not json');
		const { code, stderr } = await run(name, vault, ...rest, '--journal-folder', '../outside', ...pinned);
		expect(stderr).toContain(`${name}: .obsidian/plugins/three-gazes/data.json: `);
		expect(stderr).toContain(`${name}: journal folder refused: ../outside`);
		expect(code).toBe(0);
	});
});

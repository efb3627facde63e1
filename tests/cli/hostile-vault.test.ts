/**
 * Vault commands over a vault nobody here wrote (issue 23): a file or folder that cannot be read,
 * a FIFO or a picture named `.md`, `--journal-folder .`, a journal folder that does not exist.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run';
import { listMarkdownFiles } from '../../src/cli/vault';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'three-gazes-hostile-'));
	mkdirSync(join(dir, 'Journal'));
	writeFileSync(join(dir, 'Journal', '2026-11-02 Møde.md'), '---\ntags: [blik/borger]\n---\n# Møde\n\nBeboeren var glad i dag.\n');
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function run(...argv: string[]): ReturnType<typeof runCli> {
	return runCli(dir, argv);
}

// The vault folder is given as `<vault>` and filled in per test.
const COMMANDS: readonly (readonly string[])[] = [
	['overview', '<vault>'],
	['report', '<vault>', '--today', '2026-11-30'],
	['search', '<vault>', 'beboeren'],
	['supervision', '<vault>', '--from', '2026-11-01', '--to', '2026-11-30', '--keep-names'],
];

describe('one unreadable file or folder', () => {
	// A file and a folder with Latin-1 names, as an old Windows disk leaves them: Node cannot open
	// them by the (UTF-8) name it lists, even as root. Linux only: macOS refuses such names.
	it.skipIf(process.platform !== 'linux').each(COMMANDS)('%s: skipped, named on stderr, the rest read (exit 0)', async (...argv) => {
		writeFileSync(Buffer.from(`${dir}/Journal/2026-11-03 caf\xe9.md`, 'latin1'), '# x\n');
		mkdirSync(Buffer.from(`${dir}/Journal/gl\xe6de`, 'latin1'));
		const { code, stdout, stderr } = await run(...argv.map((a) => (a === '<vault>' ? dir : a)), '--journal-folder', 'Journal');
		expect(stderr).not.toContain('unexpected error');
		expect(stderr).toMatch(/Journal\/2026-11-03 caf\uFFFD\.md: could not be read \(ENOENT\); skipped/);
		expect(stderr).toMatch(/Journal\/gl\uFFFDde: could not be read/);
		expect(code).toBe(0);
		if (argv[0] === 'overview') expect(stdout).toMatch(/^1 journal note\n/);
		if (argv[0] === 'search') expect(stdout).toContain('Møde');
	});

	it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('a folder without read permission is skipped too', async () => {
		mkdirSync(join(dir, 'Journal', 'Låst'));
		writeFileSync(join(dir, 'Journal', 'Låst', 'x.md'), '# x\n');
		chmodSync(join(dir, 'Journal', 'Låst'), 0o000);
		try {
			const { code, stdout, stderr } = await run('overview', dir, '--journal-folder', 'Journal');
			expect(stderr).toContain('Journal/Låst: could not be read (EACCES)');
			expect(code).toBe(0);
			expect(stdout).toMatch(/^1 journal note\n/);
		} finally {
			chmodSync(join(dir, 'Journal', 'Låst'), 0o755);
		}
	});

	it('is named in Danish with --lang da', async () => {
		writeFileSync(join(dir, 'Journal', 'billede.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
		const { stderr } = await run('overview', dir, '--journal-folder', 'Journal', '--lang', 'da');
		expect(stderr).toContain('Journal/billede.md: ikke tekst');
	});
});

describe('files that are not notes', () => {
	it('a picture renamed .md is not counted as a note', async () => {
		writeFileSync(join(dir, 'Journal', '2026-11-04.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
		const { stdout, stderr } = await run('overview', dir, '--journal-folder', 'Journal');
		expect(stdout).toMatch(/^1 journal note\n/);
		expect(stderr).toContain('Journal/2026-11-04.md: not text');
	});

	it.skipIf(process.platform === 'win32')('a FIFO named .md is never listed (reading it would wait for ever)', () => {
		execFileSync('mkfifo', [join(dir, 'Journal', 'fifo.md')]);
		expect(listMarkdownFiles(dir)).toEqual(['Journal/2026-11-02 Møde.md']);
	});
});

describe('journal folders', () => {
	it('--journal-folder . is the whole vault', async () => {
		writeFileSync(join(dir, 'Top.md'), '# Øverst\n');
		const { code, stdout, stderr } = await run('overview', dir, '--journal-folder', '.');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout).toMatch(/^2 journal notes/);
	});

	it('a journal folder that does not exist is said so, in both languages', async () => {
		const en = await run('overview', dir, '--journal-folder', 'Dagbog');
		expect(en.stderr).toContain('the journal folder "Dagbog" does not exist in the vault');
		const da = await run('overview', dir, '--journal-folder', 'Dagbog', '--lang', 'da');
		expect(da.stderr).toContain('journalmappen "Dagbog" findes ikke i boksen');
	});
});

describe('names in NFD (as macOS writes them)', () => {
	it.skipIf(process.platform !== 'linux')('supervision --note takes the path typed in NFC', async () => {
		const nfd = 'Journal/2026-11-05 Mødet ved åen.md'.normalize('NFD');
		writeFileSync(join(dir, nfd), '# Mødet ved åen\n\nVi talte om haven.\n'.normalize('NFD'));
		const { code, stdout, stderr } = await run('supervision', dir, '--journal-folder', 'Journal', '--from', '2026-11-01', '--to', '2026-11-30', '--keep-names', '--note', 'Journal/2026-11-05 Mødet ved åen.md', '--json');
		expect(stderr).not.toContain('not a journal note');
		expect(code).toBe(0);
		expect((JSON.parse(stdout) as { material: string[] }).material).toEqual([nfd]);
	});
});

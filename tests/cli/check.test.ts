import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run';

const NOTE = [
	'---',
	'date: 2026-11-27',
	'---',
	'Fru Hansen på stue 12 var urolig.',
	'SK sagde: "Den demente vil bare have opmærksomhed."',
	'Vi har prøvet alt. CPR 030331-1234.',
	'',
].join('\n');

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'three-gazes-check-'));
	writeFileSync(join(dir, 'note.md'), NOTE);
	writeFileSync(join(dir, 'clean.md'), 'Borgeren har demens. Vi brugte liften.\n');
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function run(...argv: string[]): ReturnType<typeof runCli> {
	return runCli(dir, argv);
}

describe('check', () => {
	it('prints the findings as JSON with 1-based lines and columns, and changes nothing', async () => {
		const { code, stdout } = await run('check', 'note.md', 'clean.md', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual([
			{
				file: 'note.md',
				language: [
					{ category: 'labelling', match: 'Den demente', quoted: true, line: 5, column: 12 },
					{ category: 'blame', match: 'vil bare have opmærksomhed', quoted: true, line: 5, column: 24 },
					{ category: 'powerlessness', match: 'Vi har prøvet alt', quoted: false, line: 6, column: 1 },
				],
				privacy: [
					{ kind: 'name', match: 'Fru Hansen', line: 4, column: 1 },
					{ kind: 'room', match: 'stue 12', line: 4, column: 15 },
					{ kind: 'cpr', match: '030331-1234', line: 6, column: 24 },
				],
			},
			{ file: 'clean.md', language: [], privacy: [] },
		]);
		expect(readFileSync(join(dir, 'note.md'), 'utf8')).toBe(NOTE);
	});

	it('explains findings in the chosen language, with a question for quoted words', async () => {
		const { code, stdout } = await run('check', 'note.md', '--lang', 'da');
		expect(code).toBe(0);
		expect(stdout).toContain('5:12  Stempling ud fra diagnose (citeret): "Den demente"');
		expect(stdout).toContain('Du citerer det her.');
		expect(stdout).toContain('6:24  CPR-nummer: "030331-1234"');
	});

	it('uses the vault\'s language-watch settings with --vault', async () => {
		mkdirSync(join(dir, 'vault/.obsidian/plugins/three-gazes'), { recursive: true });
		writeFileSync(
			join(dir, 'vault/.obsidian/plugins/three-gazes/data.json'),
			JSON.stringify({ version: 1, languageWatch: { enabled: true, disabledCategories: ['labelling', 'blame'], customPhrases: [{ phrase: 'urolig', category: 'blame' }, { phrase: 'prøvet', category: 'mockery' }], allowWords: [] } }),
		);
		const { stdout } = await run('check', 'note.md', '--vault', 'vault', '--json');
		const [result] = JSON.parse(stdout) as Array<{ language: Array<{ category: string; match: string }> }>;
		expect(result?.language.map((f) => [f.category, f.match])).toEqual([['powerlessness', 'Vi har prøvet alt']]);
	});

	it('leaves out what she said "not here" to, for that note (by its vault path) or everywhere', async () => {
		mkdirSync(join(dir, 'vault/.obsidian/plugins/three-gazes'), { recursive: true });
		mkdirSync(join(dir, 'vault/Journal'), { recursive: true });
		writeFileSync(join(dir, 'vault/Journal/a.md'), NOTE);
		writeFileSync(join(dir, 'vault/Journal/b.md'), NOTE);
		const notHere = [
			{ phrase: 'vi har prøvet alt', path: 'Journal/a.md' },
			{ phrase: 'den demente', path: null },
		];
		writeFileSync(join(dir, 'vault/.obsidian/plugins/three-gazes/data.json'), JSON.stringify({ version: 1, languageWatch: { notHere } }));
		const { stdout } = await run('check', 'vault/Journal/a.md', 'vault/Journal/b.md', '--vault', 'vault', '--json');
		const [a, b] = JSON.parse(stdout) as Array<{ language: Array<{ category: string; match: string }> }>;
		expect(a?.language.map((f) => f.match)).toEqual(['vil bare have opmærksomhed']);
		expect(b?.language.map((f) => f.match)).toEqual(['vil bare have opmærksomhed', 'Vi har prøvet alt']);
	});

	it('reports an unreadable file and goes on (exit 1)', async () => {
		const { code, stdout, stderr } = await run('check', 'missing.md', 'clean.md', '--json');
		expect(code).toBe(1);
		expect(stderr).toContain('missing.md');
		expect(JSON.parse(stdout)).toEqual([{ file: 'clean.md', language: [], privacy: [] }]);
	});

	it('says what it needs', async () => {
		expect((await run('check')).code).toBe(2);
		const help = await run('check', '--help');
		expect(help.stdout).toContain('1-based');
	});
});

describe('check and CPR numbers however written (issue 23)', () => {
	it('flags every way of writing one from the issue, where she wrote it', async () => {
		const written = ['11 04 52-1234', '120452\u22121235', 'CPR-130452-1236', '140452\\-1237', '**150452**-1238', '1604\u200b52-1239', '17.04.52-1240', '18 04 52 1241', '200452/1243'];
		writeFileSync(join(dir, 'cpr.md'), written.map((w) => `Nummer: ${w}.`).join('\n'));
		const { code, stdout } = await run('check', 'cpr.md', '--json');
		expect(code).toBe(0);
		const [file] = JSON.parse(stdout) as Array<{ privacy: Array<{ kind: string; match: string; line: number; column: number }> }>;
		expect(file?.privacy.filter((f) => f.kind === 'cpr').map((f) => [f.line, f.column])).toEqual(
			written.map((w, i) => [i + 1, 'Nummer: '.length + 1 + (w.startsWith('CPR-') ? 4 : w.startsWith('**') ? 2 : 0)]),
		);
	});
});

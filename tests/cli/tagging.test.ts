import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run';

const FRONTMATTER = join(__dirname, '../fixtures/frontmatter');
const CLASSIFIER = join(__dirname, '../fixtures/classifier/held-out');

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'three-gazes-tag-'));
});
afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

function run(...argv: string[]): ReturnType<typeof runCli> {
	return runCli(dir, argv);
}

function copy(from: string, name: string): string {
	copyFileSync(from, join(dir, name));
	return name;
}

describe('tag', () => {
	it('writes the tags, keeping every other byte, and says so (exit 0)', async () => {
		const file = copy(join(FRONTMATTER, 'ok/crlf-bom.md'), 'note.md');
		const { code, stdout } = await run('tag', file, '--gaze', 'citizen,staff', '--lang', 'da');
		expect(code).toBe(0);
		expect(stdout).toContain('tagged');
		expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(FRONTMATTER, 'expected/crlf-bom.md'), 'utf8'));
	});

	it('exits 0 when the note is already so, without touching it', async () => {
		const file = copy(join(FRONTMATTER, 'expected/flow-list.md'), 'note.md');
		const { code, stdout } = await run('tag', file, '--gaze', 'citizen,staff');
		expect(code).toBe(0);
		expect(stdout).toContain('already so');
		expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(FRONTMATTER, 'expected/flow-list.md'), 'utf8'));
	});

	it('removes with --remove, giving back the original bytes', async () => {
		const file = copy(join(FRONTMATTER, 'expected/danish-emoji.md'), 'note.md');
		expect((await run('tag', file, '--remove', 'citizen,staff')).code).toBe(0);
		expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(FRONTMATTER, 'ok/danish-emoji.md'), 'utf8'));
	});

	it('writes the vocabulary the note already uses when --lang is not given', async () => {
		writeFileSync(join(dir, 'note.md'), '---\ntags: [gaze/staff]\n---\n');
		await run('tag', 'note.md', '--gaze', 'self');
		expect(readFileSync(join(dir, 'note.md'), 'utf8')).toBe('---\ntags: [gaze/staff, gaze/self]\n---\n');
	});

	it.each(['duplicate-keys.md', 'unclosed.md', 'tags-alias.md', 'merge-key.md', 'tab-indent.md', 'not-first-line.md'])(
		'refuses %s with exit 3, a reason on stderr, and the file byte-identical',
		async (fixture) => {
			const file = copy(join(FRONTMATTER, 'refused', fixture), 'note.md');
			const before = readFileSync(join(dir, file));
			const { code, stderr, stdout } = await run('tag', file, '--gaze', 'citizen');
			expect(code).toBe(3);
			expect(stderr).toMatch(/nothing written/);
			expect(stdout).toBe('');
			expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
		},
	);

	it('gives the refusal in Danish with --lang da', async () => {
		const file = copy(join(FRONTMATTER, 'refused/duplicate-keys.md'), 'note.md');
		expect((await run('tag', file, '--gaze', 'citizen', '--lang', 'da')).stderr).toContain('samme nøgle to gange');
	});

	it.each([
		[['tag', 'note.md'], /--gaze or --remove/],
		[['tag', 'note.md', '--gaze', 'borgere'], /unknown gaze/],
		[['tag', 'note.md', '--gaze', 'self', '--remove', 'self'], /both added and removed/],
		[['tag', '--gaze', 'self'], /exactly one file/],
	])('usage mistakes exit 2: %j', async (argv, message) => {
		writeFileSync(join(dir, 'note.md'), 'x\n');
		const { code, stderr } = await run(...argv);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(readFileSync(join(dir, 'note.md'), 'utf8')).toBe('x\n');
	});

	it('accepts the tag words as gazes (borger, medarbejdere, selv)', async () => {
		writeFileSync(join(dir, 'note.md'), 'x\n');
		expect((await run('tag', 'note.md', '--gaze', 'borger,selv')).code).toBe(0);
		expect(readFileSync(join(dir, 'note.md'), 'utf8')).toBe('---\ntags:\n  - blik/borger\n  - blik/selv\n---\nx\n');
	});

	it.each([
		['gaze/self at the very start of the text', 'gaze/self og mere\n', 'gaze/staff'],
		['gaze/self after a space', 'Om #gaze/self\n', 'gaze/staff'],
		['gaze/self inside a word is not a tag word', 'megaze/self\n', 'blik/medarbejdere'],
		['gaze/self after a digit is not a tag word', '2gaze/self\n', 'blik/medarbejdere'],
	])('writes new tags in the vocabulary the note already uses: %s', async (_label, text, tag) => {
		writeFileSync(join(dir, 'note.md'), text);
		expect((await run('tag', 'note.md', '--gaze', 'staff')).code).toBe(0);
		expect(readFileSync(join(dir, 'note.md'), 'utf8')).toContain(`  - ${tag}\n`);
	});

	it('exits 1 for a file that does not exist', async () => {
		expect((await run('tag', 'missing.md', '--gaze', 'self')).code).toBe(1);
	});
});

describe('suggest', () => {
	it('prints the documented JSON for several files', async () => {
		const a = copy(join(CLASSIFIER, 'h03-isbjerget-hr-k.md'), 'a.md');
		const b = copy(join(CLASSIFIER, 'h05-min-uge.md'), 'b.md');
		const { code, stdout } = await run('suggest', a, b, '--json');
		expect(code).toBe(0);
		const out = JSON.parse(stdout) as { file: string; gazes: { gaze: string; score: number; reasons: string[] }[]; suggested: string[] }[];
		expect(out.map((o) => o.file)).toEqual(['a.md', 'b.md']);
		expect(out[0]?.suggested).toEqual(['citizen']);
		expect(out[0]?.gazes.map((g) => g.gaze)).toEqual(['citizen', 'staff', 'self']);
		expect(out[0]?.gazes[0]?.reasons).toContain('Tool: The iceberg');
		expect(out[1]?.suggested).toEqual(['self']);
		expect(Object.keys(out[0] ?? {})).toEqual(['file', 'gazes', 'suggested']);
	});

	it('changes no file', async () => {
		const a = copy(join(CLASSIFIER, 'h02-personalemoede-noter.md'), 'a.md');
		const before = readFileSync(join(dir, a));
		await run('suggest', a);
		expect(readFileSync(join(dir, a)).equals(before)).toBe(true);
	});

	it('reports an unreadable note on stderr, still prints the others, and exits 1', async () => {
		copy(join(FRONTMATTER, 'refused/unclosed.md'), 'bad.md');
		const good = copy(join(CLASSIFIER, 'h05-min-uge.md'), 'good.md');
		const { code, stdout, stderr } = await run('suggest', 'bad.md', good, '--json');
		expect(code).toBe(1);
		expect(stderr).toContain('bad.md');
		expect((JSON.parse(stdout) as unknown[]).length).toBe(1);
	});

	it('with --vault, learns from her tagged notes there and says so; her settings can turn it off', async () => {
		const vault = join(dir, 'vault');
		mkdirSync(join(vault, 'Journal'), { recursive: true });
		const staff = (body: string) => `---\ntags: [blik/medarbejdere]\n---\n${body}\n`;
		writeFileSync(join(vault, 'Journal/k1.md'), staff('Karen tog nattevagten alene. Karen sagde, at hun var træt.'));
		writeFileSync(join(vault, 'Journal/k2.md'), staff('Talte med Karen om kurset. Karen vil gerne være tovholder.'));
		writeFileSync(join(vault, 'Journal/k3.md'), staff('I dag delte Karen og Lise ruterne uden at spørge.'));
		writeFileSync(join(vault, 'Journal/c1.md'), '---\ntags: [blik/borger]\n---\nFru Holm sad ved vinduet.\n');
		writeFileSync(join(dir, 'new.md'), 'Kort snak med Karen på gangen om i morgen.\n');
		const alone = await run('suggest', 'new.md', '--lang', 'en');
		expect(alone.stdout).toContain('new.md: -');
		const learned = await run('suggest', 'new.md', '--vault', 'vault', '--lang', 'en');
		expect(learned.code).toBe(0);
		expect(learned.stdout).toContain('new.md: Staff');
		expect(learned.stdout).toContain('"Karen" appears in 3 of your staff notes (learned from your tags)');
		mkdirSync(join(vault, '.obsidian/plugins/three-gazes'), { recursive: true });
		writeFileSync(join(vault, '.obsidian/plugins/three-gazes/data.json'), JSON.stringify({ version: 1, tagging: { learn: false, forgetBefore: 0 } }));
		expect((await run('suggest', 'new.md', '--vault', 'vault', '--lang', 'en')).stdout).toContain('new.md: -');
		expect((await run('suggest', 'new.md', '--vault', 'nowhere')).code).toBe(1);
	});

	it('gives reasons in Danish with --lang da, as plain text without --json', async () => {
		const a = copy(join(CLASSIFIER, 'h03-isbjerget-hr-k.md'), 'a.md');
		const { stdout } = await run('suggest', a, '--lang', 'da');
		expect(stdout).toContain('a.md: Borger');
		expect(stdout).toContain('Redskab: Isbjerget');
	});
});

describe('tag on hostile files (issue 23)', () => {
	const HOSTILE = join(__dirname, '../fixtures/frontmatter/hostile');

	it('refuses a Latin-1 note (exit 3), leaving every byte, and says why', async () => {
		const file = copy(join(HOSTILE, 'latin1.md'), 'gammel.md');
		const { code, stderr } = await run('tag', file, '--gaze', 'citizen');
		expect(code).toBe(3);
		expect(stderr).toMatch(/not UTF-8.*line 2/);
		expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(HOSTILE, 'latin1.md')));
		expect((await run('tag', file, '--gaze', 'citizen', '--lang', 'da')).stderr).toContain('ikke UTF-8');
	});

	it('refuses an alias bomb with a reason instead of a stack trace', async () => {
		const file = copy(join(HOSTILE, 'alias-bomb.md'), 'bombe.md');
		const { code, stderr } = await run('tag', file, '--gaze', 'citizen');
		expect(code).toBe(3);
		expect(stderr).toContain('alias-expansion');
		expect(stderr).not.toContain('    at ');
	});

	it.skipIf(process.platform === 'win32')('refuses a FIFO named .md instead of waiting for a writer', async () => {
		execFileSync('mkfifo', [join(dir, 'fifo.md')]);
		const { code, stderr } = await run('tag', 'fifo.md', '--gaze', 'citizen');
		expect(code).toBe(3);
		expect(stderr).toContain('not a regular file');
	});

	it('refuses a picture renamed .md', async () => {
		writeFileSync(join(dir, 'billede.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
		const { code, stderr } = await run('tag', 'billede.md', '--gaze', 'citizen');
		expect(code).toBe(3);
		expect(stderr).toContain('not text');
	});

	it.skipIf(process.platform === 'win32')('keeps the file mode and its hard links', async () => {
		writeFileSync(join(dir, 'note.md'), 'Tekst\n');
		chmodSync(join(dir, 'note.md'), 0o664);
		linkSync(join(dir, 'note.md'), join(dir, 'link.md'));
		expect((await run('tag', 'note.md', '--gaze', 'self')).code).toBe(0);
		const tagged = '---\ntags:\n  - blik/selv\n---\nTekst\n';
		expect(readFileSync(join(dir, 'link.md'), 'utf8')).toBe(tagged);
		expect(statSync(join(dir, 'note.md')).mode & 0o777).toBe(0o664);
		expect(statSync(join(dir, 'note.md')).nlink).toBe(2);
		// Without hard links (the atomic rename): the mode is kept too.
		writeFileSync(join(dir, 'alone.md'), 'Tekst\n');
		chmodSync(join(dir, 'alone.md'), 0o660);
		expect((await run('tag', 'alone.md', '--gaze', 'self')).code).toBe(0);
		expect(statSync(join(dir, 'alone.md')).mode & 0o777).toBe(0o660);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('writes a note whose name is near the 255-byte limit', async () => {
		const name = `${'æ'.repeat(125)}.md`;
		expect(Buffer.byteLength(name)).toBe(253);
		writeFileSync(join(dir, name), 'Tekst\n');
		const { code, stderr } = await run('tag', name, '--gaze', 'self');
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(readFileSync(join(dir, name), 'utf8')).toBe('---\ntags:\n  - blik/selv\n---\nTekst\n');
	});

	it('refuses CR-only line endings instead of writing a second frontmatter block', async () => {
		const file = copy(join(HOSTILE, 'cr-only.md'), 'mac.md');
		expect((await run('tag', file, '--gaze', 'self')).code).toBe(3);
		expect(readFileSync(join(dir, file))).toEqual(readFileSync(join(HOSTILE, 'cr-only.md')));
	});

	it('--remove keeps the --- lines a body begins with', async () => {
		const file = copy(join(HOSTILE, 'body-starts-with-rules.md'), 'streger.md');
		expect((await run('tag', file, '--remove', 'citizen')).code).toBe(0);
		expect(readFileSync(join(dir, file), 'utf8')).toBe('---\n---\n---\n---\nTekst efter to streger\n');
	});
});

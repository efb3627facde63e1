import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/command';
import { TOOLS } from '../../src/core/domain';
import { parseNote } from '../../src/core/note-parser';
import { TEMPLATES } from '../../src/core/templates/registry';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	let out = '';
	let err = '';
	const io: CliIO = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: process.cwd() };
	const code = await main(argv, io);
	return { code, out, err };
}

interface TemplatesJson {
	templates: { id: string; name: { da: string; en: string }; kind: string; gazes: string[] }[];
	elements: { id: string; name: { da: string; en: string }; side: string }[];
}

describe('templates', () => {
	it('prints every template and toolbox element as JSON', async () => {
		const { code, out } = await run('templates', '--json');
		expect(code).toBe(0);
		const json = JSON.parse(out) as TemplatesJson;
		expect(json.templates.map((t) => t.id)).toEqual(TEMPLATES.map((t) => t.id));
		expect(json.templates.find((t) => t.id === 'resident-conference')).toEqual({
			id: 'resident-conference',
			name: { da: 'Beboerkonference', en: 'Resident conference' },
			kind: 'resident-conference',
			gazes: ['citizen', 'staff'],
		});
		expect(json.elements.filter((e) => (TOOLS as readonly string[]).includes(e.id))).toHaveLength(TOOLS.length);
		expect(json.elements.find((e) => e.id === 'iceberg')).toMatchObject({ name: { da: 'Isbjerget', en: 'The iceberg' }, side: 'citizen' });
		for (const element of json.elements) expect(['citizen', 'staff', 'both']).toContain(element.side);
	});

	it('prints a readable list without --json', async () => {
		const { code, out } = await run('templates', '--lang', 'da');
		expect(code).toBe(0);
		expect(out).toContain('Beboerkonference');
		expect(out).toContain('Isbjerget');
	});
});

describe('render', () => {
	it.each(TEMPLATES.flatMap((t) => (['da', 'en'] as const).map((lang) => [t.id, lang] as const)))('%s --lang %s prints a note the index reads back', async (id, lang) => {
		const { code, out, err } = await run('render', id, '--lang', lang, '--date', '2026-11-27');
		expect(err).toBe('');
		expect(code).toBe(0);
		const parsed = parseNote({ path: 'x.md', content: out, mtime: 0, ctime: 0 });
		if (!parsed.ok) throw new Error(parsed.reason);
		const def = TEMPLATES.find((t) => t.id === id);
		expect(parsed.note).toMatchObject({ date: '2026-11-27', kind: def?.kind, gazes: def?.gazes });
	});

	it('uses the title, the time and the tag language given', async () => {
		const { out } = await run('render', 'staff-meeting', '--lang', 'da', '--date', '2026-11-27', '--time', '09:30', '--title', 'Personalemøde i Solsikken', '--tag-lang', 'en');
		expect(out).toContain('# Personalemøde i Solsikken\n');
		expect(out).toContain('kl. 9.30');
		expect(out).toContain('  - gaze/citizen\n');
	});

	it.each([
		[['render'], 'give exactly one template id'],
		[['render', 'nope'], 'no template "nope"'],
		[['render', 'daily-reflection', '--date', '2026-02-30'], '--date must be a real date'],
		[['render', 'daily-reflection', '--date', '27-11-2026'], '--date must be a real date'],
		[['render', 'daily-reflection', '--lang', 'de'], '--lang must be da or en'],
		[['render', 'daily-reflection', '--time', '25:00'], '--time must be HH:mm'],
	])('refuses %j with a clear message and exit code 2', async (argv, message) => {
		const { code, out, err } = await run(...argv);
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err).toContain(message);
	});
});

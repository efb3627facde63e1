import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from 'obsidian-test-mocks/obsidian';
import type { Editor as ObsidianEditor } from 'obsidian';
import { AboutMethodModal } from '../../src/obsidian/commands/about-method';
import { installTemplates } from '../../src/obsidian/commands/install-templates';
import { createReflection, TemplatePickerModal } from '../../src/obsidian/commands/new-reflection';
import { ElementPickerModal, QuestionSetModal } from '../../src/obsidian/commands/toolbox';
import { ADDITIONS, REFERENCES, TOOL_CATALOGUE } from '../../src/core/method/catalogue';
import { findTemplate, TEMPLATES } from '../../src/core/templates/registry';
import type { TemplateDef } from '../../src/core/templates/registry';
import { insertAt } from '../../src/core/toolbox/insert';
import { toolBlock } from '../../src/core/toolbox/block';
import { captureNotices, flush, loadPlugin, runCommand } from './harness';

afterEach(() => {
	vi.restoreAllMocks();
});

const TODAY = new Date(2026, 10, 27, 8, 15);

async function setup(files: Record<string, string> = {}, data?: unknown) {
	const loaded = await loadPlugin(files, data === undefined ? {} : { data });
	const ctx = loaded.plugin.context;
	if (!ctx) throw new Error('not loaded');
	vi.spyOn(ctx, 'now').mockReturnValue(TODAY);
	return { ...loaded, ctx };
}

function template(id: string): TemplateDef {
	const def = findTemplate(id);
	if (!def) throw new Error(id);
	return def;
}

/** The fake's editor (abstract in its types only, so a subclass makes it constructible). */
class TestEditor extends Editor {}

function editorWith(text: string, line: number, ch: number): ObsidianEditor {
	const editor = new TestEditor();
	editor.setValue(text);
	editor.setCursor({ line, ch });
	return editor.asOriginalType__();
}

describe('the method commands', () => {
	it('are registered in sentence case, without default hotkeys', async () => {
		const { commands } = await setup();
		const names = Object.fromEntries([...commands.values()].map((c) => [c.id, c.name]));
		expect(names).toMatchObject({
			'new-reflection': 'New reflection…',
			'insert-meeting-element': 'Insert meeting element…',
			'insert-strengths-questions': 'Insert questions: what the employee already can, does and knows',
			'install-templates': 'Install templates into the vault',
			'about-method': 'Read about the method',
		});
		for (const command of commands.values()) expect((command as { hotkeys?: unknown }).hotkeys).toBeUndefined();
		expect(commands.get('insert-meeting-element')?.editorCallback).toBeTypeOf('function');
	});

	it('are named in Danish when the plugin speaks Danish', async () => {
		const { commands } = await setup({}, { version: 1, language: 'da' });
		expect(commands.get('new-reflection')?.name).toBe('Ny refleksion …');
		expect(commands.get('insert-meeting-element')?.name).toBe('Indsæt mødeelement …');
	});
});

describe('New reflection…', () => {
	it('lists every template, searchable by name, kind and gaze in the UI language', async () => {
		const { ctx } = await setup({}, { version: 1, language: 'da' });
		const picked: string[] = [];
		const modal = new TemplatePickerModal(ctx, (def) => picked.push(def.id));
		expect(modal.getItems()).toHaveLength(TEMPLATES.length);
		const text = modal.getItemText(template('resident-conference'));
		expect(text).toContain('Beboerkonference');
		expect(text).toContain('Borgeren og miljøet');
		expect(modal.getItemText(template('self-check-in'))).toContain('Mig selv');
		modal.onChooseItem(template('staff-meeting'));
		expect(picked).toEqual(['staff-meeting']);
	});

	it('opens the picker from the command', async () => {
		const { commands } = await setup();
		const open = vi.spyOn(TemplatePickerModal.prototype, 'open').mockImplementation(() => undefined);
		await runCommand(commands, 'new-reflection');
		expect(open).toHaveBeenCalledTimes(1);
	});

	it('creates the note in the journal folder, tagged from birth, opens it, and never overwrites', async () => {
		const { app, ctx } = await setup();
		const outcome = await createReflection(ctx, template('resident-conference'));
		await flush(10);
		expect(outcome.kind).toBe('created');
		const path = 'Journal/2026-11-27 Resident conference.md';
		expect(ctx.index.get(path)).toMatchObject({ kind: 'resident-conference', gazes: ['citizen', 'staff'], date: '2026-11-27' });
		expect(app.workspace.getActiveFile()?.path).toBe(path);
		const first = await app.vault.read(app.vault.getFileByPath(path)!);

		const again = await createReflection(ctx, template('resident-conference'));
		await flush(10);
		expect(again.kind === 'created' && again.file.path).toBe('Journal/2026-11-27 Resident conference 2.md');
		expect(await app.vault.read(app.vault.getFileByPath(path)!)).toBe(first);
	});

	it('writes Danish gaze tags in an English note when the tag setting says so', async () => {
		const { app, ctx } = await setup({}, { version: 1, language: 'en', tagRoot: 'da' });
		await createReflection(ctx, template('self-check-in'));
		const text = await app.vault.read(app.vault.getFileByPath('Journal/2026-11-27 Self check-in.md')!);
		expect(text).toContain('  - blik/selv\n');
		expect(text).toContain('kind: self-check-in\n');
	});
});

describe('Insert meeting element…', () => {
	it('offers every tool and question set with the side it serves', async () => {
		const { ctx } = await setup({}, { version: 1, language: 'da' });
		const modal = new ElementPickerModal(ctx, () => undefined);
		const texts = modal.getItems().map((e) => modal.getItemText(e));
		expect(texts).toContain('Isbjerget · Borgerens trivsel');
		expect(texts).toContain('Det store hvorfor · Medarbejdernes trivsel');
		expect(texts).toContain('Trivselskarret · Borgerens og medarbejdernes trivsel');
		expect(texts).toContain('Spørgsmål: Handlinger · Medarbejdernes trivsel');
	});

	it('inserts the picked tool at the cursor, leaving the rest of the note byte-identical', async () => {
		const { commands, ctx } = await setup({}, { version: 1, language: 'da' });
		const original = '# Møde\nFørste afsnit.\nAndet afsnit.';
		const editor = editorWith(original, 1, 6);
		const opened: ElementPickerModal[] = [];
		vi.spyOn(ElementPickerModal.prototype, 'open').mockImplementation(function (this: ElementPickerModal) {
			opened.push(this);
		});
		commands.get('insert-meeting-element')?.editorCallback?.(editor, null);
		expect(opened).toHaveLength(1);
		opened[0]?.onChooseItem({ kind: 'tool', id: 'iceberg' });
		const offset = '# Møde\nFørste'.length;
		expect(editor.getValue()).toBe(insertAt(original, offset, toolBlock('iceberg', 'da')));
		expect(editor.getValue()).toContain('Første\n\n> [!three-gazes|isbjerget] Isbjerget\n');
		expect(editor.getValue().endsWith('\n\n afsnit.\nAndet afsnit.')).toBe(true);
		expect(ctx.lang()).toBe('da');
	});
});

describe('Insert questions: what the employee already can, does and knows', () => {
	it('starts with the six categories on and feelings off, and inserts them in the method\'s order', async () => {
		const { ctx } = await setup();
		const blocks: string[] = [];
		const modal = new QuestionSetModal(ctx, (block) => blocks.push(block));
		modal.onOpen();
		for (const name of ['Actions', 'Intentions', 'Observations', 'Thoughts', 'Knowledge', 'Experiences', 'Feelings (last)']) {
			expect(modal.contentEl.textContent).toContain(name);
		}
		expect([...modal.selected]).toEqual(['actions', 'intentions', 'observations', 'thoughts', 'knowledge', 'experiences']);
		modal.selected.clear();
		modal.selected.add('feelings');
		modal.selected.add('observations');
		modal.submit();
		expect(blocks).toHaveLength(1);
		const heads = blocks[0]!.split('\n').filter((l) => l.startsWith('> [!'));
		expect(heads).toEqual(['> [!three-gazes|observations] Observations', '> [!three-gazes|feelings] Feelings (last)']);
	});

	it('says so, and inserts nothing, when no category is picked', async () => {
		const notices = captureNotices();
		const { ctx } = await setup();
		const blocks: string[] = [];
		const modal = new QuestionSetModal(ctx, (block) => blocks.push(block));
		modal.selected.clear();
		modal.submit();
		expect(blocks).toEqual([]);
		expect(notices).toContain('Pick at least one category.');
	});

	it('inserts at the cursor from the command', async () => {
		const { commands } = await setup();
		const editor = editorWith('Samtale med SK\n', 1, 0);
		vi.spyOn(QuestionSetModal.prototype, 'open').mockImplementation(function (this: QuestionSetModal) {
			this.submit();
		});
		commands.get('insert-strengths-questions')?.editorCallback?.(editor, null);
		expect(editor.getValue().startsWith('Samtale med SK\n\n> [!three-gazes|actions] Actions\n')).toBe(true);
		expect(editor.getValue()).not.toContain('feelings');
	});
});

describe('Install templates into the vault', () => {
	it('copies every template into the template folder, expanded and ready for core Templates', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup({}, { version: 1, language: 'da' });
		expect(await installTemplates(ctx)).toEqual({ created: TEMPLATES.length, kept: 0 });
		const copy = await app.vault.read(app.vault.getFileByPath('Skabeloner/Beboerkonference.md')!);
		expect(copy).toContain('{{date:YYYY-MM-DD}}');
		expect(copy).toContain('> [!three-gazes|isbjerget] Isbjerget');
		expect(copy).not.toContain('{{tool:');
		expect(app.vault.getFileByPath('Skabeloner/Blikket på borgeren og miljøet.md')).not.toBeNull();
		expect(notices.some((n) => n.includes(`${TEMPLATES.length} nye`))).toBe(true);
	});

	it('never overwrites an edited copy, and uses it for new notes', async () => {
		const edited = '---\ndate: {{date:YYYY-MM-DD}}\nkind: daglig-refleksion\ntags: [blik/selv]\n---\n# {{title}}\nMin egen skabelon, kl. {{time}}.\n';
		const { app, ctx } = await setup({ 'Skabeloner/Daglig refleksion.md': edited }, { version: 1, language: 'da' });
		expect(await installTemplates(ctx)).toEqual({ created: TEMPLATES.length - 1, kept: 1 });
		expect(await app.vault.read(app.vault.getFileByPath('Skabeloner/Daglig refleksion.md')!)).toBe(edited);

		await createReflection(ctx, template('daily-reflection'));
		const note = await app.vault.read(app.vault.getFileByPath('Journal/2026-11-27 Daglig refleksion.md')!);
		expect(note).toBe('---\ndate: 2026-11-27\nkind: daglig-refleksion\ntags: [blik/selv]\n---\n# Daglig refleksion\nMin egen skabelon, kl. 08:15.\n');
	});

	it('uses the edited copy for "New journal entry" too', async () => {
		const edited = '---\ndate: {{date:YYYY-MM-DD}}\nkind: daglig-refleksion\n---\n# {{title}}\nMin egen skabelon.\n';
		const { app, commands } = await setup({ 'Skabeloner/Daglig refleksion.md': edited }, { version: 1, language: 'da' });
		await runCommand(commands, 'new-journal-entry');
		expect(await app.vault.read(app.vault.getFileByPath('Journal/2026-11-27 Daglig refleksion.md')!)).toContain('Min egen skabelon.');
	});

	it('reports placeholders it does not know in an edited copy, and keeps them', async () => {
		const notices = captureNotices();
		const edited = '---\nkind: selvtjek\n---\n# {{title}}\n{{humør}}\n';
		const { app, ctx } = await setup({ 'Skabeloner/Selvtjek.md': edited }, { version: 1, language: 'da' });
		await createReflection(ctx, template('self-check-in'));
		expect(await app.vault.read(app.vault.getFileByPath('Journal/2026-11-27 Selvtjek.md')!)).toContain('{{humør}}');
		expect(notices.some((n) => n.includes('{{humør}}'))).toBe(true);
	});

	it('refuses a template folder outside the vault and writes nothing', async () => {
		const notices = captureNotices();
		const { app, ctx } = await setup({}, { version: 1, templateFolder: '../Skabeloner' });
		expect(await installTemplates(ctx)).toBeNull();
		expect(app.vault.getFiles()).toHaveLength(0);
		expect(notices.some((n) => n.startsWith('The folder "../Skabeloner" cannot be used'))).toBe(true);
	});
});

describe('Read about the method', () => {
	it('shows the concepts, the gazes, every tool with its side and origin, and the reading list, in the UI language', async () => {
		const { ctx } = await setup({}, { version: 1, language: 'da' });
		const modal = new AboutMethodModal(ctx);
		modal.onOpen();
		const text = modal.contentEl.textContent ?? '';
		expect(text).toContain('Kerneopgaven');
		expect(text).toContain('Dobbeltperspektivet');
		expect(text).toContain('Blikket på mig selv');
		for (const tool of TOOL_CATALOGUE) expect(text).toContain(tool.name.da);
		expect(text).toContain('Isbjerget (Borgerens trivsel)');
		expect(text).toContain('Læs mere');
		for (const reference of REFERENCES) expect(text).toContain(reference.citation);
		for (const reference of REFERENCES) if (reference.address !== '') expect(modal.contentEl.querySelector(`a[href="${reference.address}"]`)?.textContent).toBe(reference.address);
		expect(text).toContain('Om perspektivskifte som metode');
		expect(text).toContain('Tre blikkes egne tilføjelser');
		for (const addition of ADDITIONS) {
			expect(text).toContain(addition.name.da);
			if (addition.source !== '') expect(text).toContain(addition.source);
		}
		expect(text).toContain('de fire spørgsmålstyper er Tre blikkes tilføjelse');
		expect(modal.contentEl.querySelectorAll('h3').length).toBeGreaterThan(5);
		modal.onClose();
		expect(modal.contentEl.childElementCount).toBe(0);
	});
});

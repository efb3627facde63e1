import { tagLang } from '../../core/settings';
import { noteFileName } from '../../core/templates/filename';
import { renderNoteFromTemplate } from '../../core/templates/note-from-template';
import { findTemplate } from '../../core/templates/registry';
import type { PluginContext } from '../context';
import { createNote, type CreateOutcome } from '../note-creator';
import { loadTemplate } from '../template-source';

const DAILY = 'daily-reflection';

/** Creates today's daily reflection in the journal folder and opens it; an existing note is opened, never overwritten. */
export async function newJournalEntry(ctx: PluginContext): Promise<CreateOutcome> {
	const settings = ctx.settings();
	const lang = ctx.lang();
	const now = ctx.now();
	const def = findTemplate(DAILY);
	if (!def) throw new Error(`Three Gazes: the bundled template "${DAILY}" is missing`);
	const template = (await loadTemplate(ctx, def, lang)).text;
	const title = def.name[lang];
	const content = renderNoteFromTemplate(template, { title, now, lang, tagLang: tagLang(settings, lang) }).text;
	return createNote(ctx.app, ctx.t(), {
		folder: settings.journalFolders[0] ?? '',
		fileName: noteFileName(settings.filenamePattern, title, now, lang),
		content,
		ifExists: 'open-existing',
	});
}

/** Registers "New journal entry". */
export function registerNewEntryCommand(ctx: PluginContext): void {
	ctx.plugin.addCommand({
		id: 'new-journal-entry',
		name: ctx.t()('command.newJournalEntry'),
		callback: () => void newJournalEntry(ctx),
	});
}

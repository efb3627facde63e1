import { Notice, TFile } from 'obsidian';
import { parseNote } from '../../core/note-parser';
import { tagLang } from '../../core/settings';
import { classifyGazes } from '../../core/tagging/classify';
import { setGazeTags } from '../../core/tagging/frontmatter-edit';
import type { PluginContext } from '../context';
import { BulkTagModal } from '../tagging/bulk-tag-modal';
import { TagNoteModal } from '../tagging/tag-note-modal';

/** Opens "Tag this note by gaze" for a note; a note that cannot be read gets a Notice instead. */
export async function openTagNoteModal(ctx: PluginContext, file: TFile): Promise<TagNoteModal | null> {
	const t = ctx.t();
	const content = await ctx.app.vault.read(file);
	const parsed = parseNote({ path: file.path, content, mtime: file.stat.mtime, ctime: file.stat.ctime });
	if (!parsed.ok) {
		// Prefer the writer's own (translated) reason when it refuses this note too.
		const check = setGazeTags(content, { add: [], remove: [], lang: tagLang(ctx.settings(), ctx.lang()), uiLang: ctx.lang() });
		new Notice(t('tagging.notice.refused', { path: file.path, reason: check.kind === 'refused' ? check.message : parsed.reason }));
		return null;
	}
	const modal = new TagNoteModal(ctx, file, parsed.note.gazes, classifyGazes(parsed.note, { lang: ctx.lang(), learned: ctx.learning }));
	modal.open();
	return modal;
}

/** Registers "Tag this note by gaze" and "Tag untagged journal notes…". */
export function registerTaggingCommands(ctx: PluginContext): void {
	ctx.plugin.addCommand({
		id: 'tag-note-by-gaze',
		name: ctx.t()('tagging.command.tagNote'),
		checkCallback: (checking) => {
			const file = ctx.app.workspace.getActiveFile();
			if (!(file instanceof TFile) || file.extension !== 'md') return false;
			if (!checking) void openTagNoteModal(ctx, file);
			return true;
		},
	});
	ctx.plugin.addCommand({
		id: 'tag-untagged-journal-notes',
		name: ctx.t()('tagging.command.tagUntagged'),
		callback: () => new BulkTagModal(ctx).open(),
	});
}

import { Notice, TFile, normalizePath } from 'obsidian';
import { checkFolders } from '../../core/folders';
import { journalBaseName, journalBaseText } from '../../core/time/base-file';
import type { PluginContext } from '../context';
import { ensureFolder } from '../note-creator';

/**
 * "Create a Bases view of the journal": writes the `.base` file into the first journal folder and opens
 * it. A file of that name already there is never overwritten: it is opened as it is.
 */
export async function createJournalBase(ctx: PluginContext): Promise<void> {
	const t = ctx.t();
	const lang = ctx.lang();
	const folders = checkFolders(ctx.settings().journalFolders).folders;
	const folder = folders[0] ?? '';
	const path = normalizePath(folder ? `${folder}/${journalBaseName(lang)}` : journalBaseName(lang));
	try {
		const existing = ctx.app.vault.getAbstractFileByPath(path);
		let file: TFile;
		if (existing instanceof TFile) {
			file = existing;
			new Notice(t('time.base.exists', { path }));
		} else {
			if (folder) await ensureFolder(ctx.app, folder);
			file = await ctx.app.vault.create(path, journalBaseText(folders, lang));
			new Notice(t('time.base.created', { path }));
		}
		await ctx.app.workspace.getLeaf(false).openFile(file);
	} catch (error) {
		new Notice(t('time.base.failed', { reason: error instanceof Error ? error.message : String(error) }));
	}
}

import { MarkdownView, TFile, type Editor, type Menu } from 'obsidian';
import { localIsoDate } from '../core/note-parser';
import { lookBack } from '../core/time/lookback';
import { openTagNoteModal } from './commands/tagging';
import type { PluginContext } from './context';
import { LookbackModal } from './time/lookback-modal';
import { openCheck } from './watch/register';
import type { WatchService } from './watch/service';

/** The items for a Markdown note, named as its commands are. */
function addNoteItems(ctx: PluginContext, menu: Menu, file: TFile, check: () => void): void {
	const t = ctx.t();
	menu.addItem((item) =>
		item
			.setTitle(t('tagging.command.tagNote'))
			.setIcon('tags')
			.onClick(() => void openTagNoteModal(ctx, file)),
	);
	menu.addItem((item) => item.setTitle(t('watch.command.check')).setIcon('spell-check').onClick(check));
	menu.addItem((item) =>
		item
			.setTitle(t('time.lookback.command'))
			.setIcon('history')
			.onClick(() => {
				const day = ctx.index.get(file.path)?.date ?? localIsoDate(ctx.now().getTime());
				new LookbackModal(ctx, day, lookBack(ctx.index.notes(), day)).open();
			}),
	);
}

/** Opens the note (when it is not the one being edited) and checks it in its editor. */
async function checkFile(ctx: PluginContext, watch: WatchService, file: TFile): Promise<void> {
	let view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
	if (view?.file?.path !== file.path) {
		const leaf = ctx.app.workspace.getLeaf(false);
		await leaf.openFile(file);
		view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
	}
	if (view) openCheck(ctx, watch, view.editor, file.path);
}

/**
 * The note's own menus (right-click in the file list, on a tab, in the editor): tag it by gaze,
 * check it, look back from its day. Registered with registerEvent, so they go with the plugin.
 */
export function registerMenus(ctx: PluginContext, watch: WatchService): void {
	ctx.plugin.registerEvent(
		ctx.app.workspace.on('file-menu', (menu, file) => {
			if (!(file instanceof TFile) || file.extension !== 'md') return;
			addNoteItems(ctx, menu, file, () => void checkFile(ctx, watch, file));
		}),
	);
	ctx.plugin.registerEvent(
		ctx.app.workspace.on('editor-menu', (menu, editor: Editor, info) => {
			const file = info.file;
			if (!file || file.extension !== 'md') return;
			addNoteItems(ctx, menu, file, () => openCheck(ctx, watch, editor, file.path));
		}),
	);
}

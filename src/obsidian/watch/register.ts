import { MarkdownView, type Editor } from 'obsidian';
import { checkNote } from '../../core/check-note';
import type { PluginContext } from '../context';
import { CheckModal } from './check-modal';
import { watchExtension } from './editor-extension';
import { PseudonymiseModal } from './pseudonymise-modal';
import { WatchService } from './service';

/** "Check this note" on an editor's text; choosing a finding puts the cursor there. */
export function openCheck(ctx: PluginContext, service: WatchService, editor: Editor, path: string | null): void {
	const text = editor.getValue();
	const result = checkNote(text, service.checker(), { path: path ?? undefined });
	new CheckModal(
		ctx,
		text,
		result,
		(position) => {
			editor.setCursor(position);
			editor.scrollIntoView({ from: position, to: position }, true);
			editor.focus();
		},
		path,
	).open();
}

/**
 * Watch the language and privacy care in Obsidian: the editor underline (visible lines only),
 * "Check this note" and "Pseudonymise this note…". No default hotkeys.
 */
export function registerWatch(ctx: PluginContext): WatchService {
	const service = new WatchService(() => ctx.settings());
	ctx.app.workspace.onLayoutReady(() => ctx.plugin.register(service.prepare()));
	const t = ctx.t();
	ctx.plugin.registerEditorExtension(watchExtension(service, () => ctx.lang()));

	ctx.plugin.addCommand({
		id: 'check-note',
		name: t('watch.command.check'),
		editorCallback: (editor, info) => openCheck(ctx, service, editor, info?.file?.path ?? null),
	});

	ctx.plugin.addCommand({
		id: 'pseudonymise-note',
		name: t('watch.command.pseudonymise'),
		checkCallback: (checking) => {
			const view = ctx.app.workspace.getActiveViewOfType(MarkdownView);
			const file = view?.file;
			if (!view || !file) return false;
			if (!checking) new PseudonymiseModal(ctx, file, view.editor.getValue(), view).open();
			return true;
		},
	});
	return service;
}

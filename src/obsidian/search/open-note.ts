import { Keymap, MarkdownView, TFile, type App } from 'obsidian';

/**
 * Opens a note with the cursor at the start of a line (0-based), in a new tab when a modifier key is
 * held. The line goes in as ephemeral state, as Obsidian's own search does, and the cursor is set too.
 */
export async function openNoteAtLine(app: App, path: string, line: number, evt?: MouseEvent | KeyboardEvent): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	const leaf = app.workspace.getLeaf(evt ? Keymap.isModEvent(evt) : false);
	const cursor = { from: { line, ch: 0 }, to: { line, ch: 0 } };
	await leaf.openFile(file, { active: true, eState: { line, cursor } });
	const view = leaf.view;
	if (view instanceof MarkdownView) {
		view.editor.setCursor(cursor.from);
		view.editor.scrollIntoView(cursor, true);
	}
}

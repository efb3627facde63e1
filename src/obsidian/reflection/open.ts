import { Keymap, TFile, type App } from 'obsidian';

/** Opens a note by path (in a new tab with Ctrl/Cmd); a note that no longer exists is ignored. */
export async function openNote(app: App, path: string, evt?: MouseEvent | KeyboardEvent): Promise<void> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return;
	await app.workspace.getLeaf(evt ? Keymap.isModEvent(evt) : false).openFile(file);
}

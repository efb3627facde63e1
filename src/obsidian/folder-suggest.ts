import { AbstractInputSuggest, type App, type TFolder } from 'obsidian';

/** How many folders the list shows at most. */
const LIMIT = 50;

/** The vault's folders whose path holds the query (case-insensitive), shortest paths first. Pure, for tests. */
export function matchingFolders(folders: readonly TFolder[], query: string): TFolder[] {
	const needle = query.trim().toLowerCase();
	return folders
		.filter((f) => !f.isRoot() && f.path.toLowerCase().includes(needle))
		.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))
		.slice(0, LIMIT);
}

/**
 * Suggests the vault's folders under a text field as she types (arrow keys and Enter choose, as in
 * Obsidian's own settings). Choosing one puts its path in the field and tells `onChoose`.
 */
export class FolderSuggest extends AbstractInputSuggest<TFolder> {
	constructor(
		app: App,
		input: HTMLInputElement,
		private readonly onChoose: (path: string) => void,
	) {
		super(app, input);
	}

	override getSuggestions(query: string): TFolder[] {
		return matchingFolders(this.app.vault.getAllFolders(false), query);
	}

	override renderSuggestion(folder: TFolder, el: HTMLElement): void {
		el.setText(folder.path);
	}

	override selectSuggestion(folder: TFolder): void {
		this.setValue(folder.path);
		this.onChoose(folder.path);
		this.close();
	}
}

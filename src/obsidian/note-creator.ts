import { Notice, TFile, TFolder, type App } from 'obsidian';
import type { Translate } from '../core/i18n';
import { vaultFolder, vaultPath } from './paths';

/** What to do when the file name is taken. */
export type IfExists = 'open-existing' | 'new-name';

/** The outcome of creating a note. */
export type CreateOutcome =
	| { readonly kind: 'created'; readonly file: TFile }
	| { readonly kind: 'existing'; readonly file: TFile }
	| { readonly kind: 'refused'; readonly message: string };

/** Creates every missing folder of a vault-relative path, one level at a time. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	let path = '';
	for (const segment of vaultPath(folder).split('/')) {
		path = path ? vaultPath(path, segment) : segment;
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`"${path}" is a file, not a folder`);
		await app.vault.createFolder(path);
	}
}

/**
 * Creates a note in a vault folder, never overwriting: when the name is taken it opens the existing
 * note (`open-existing`) or picks `Name 2`, `Name 3`, ... (`new-name`). A folder outside the vault
 * is refused with a readable message. The created or existing note is opened.
 */
export async function createNote(
	app: App,
	t: Translate,
	request: { readonly folder: string; readonly fileName: string; readonly content: string; readonly ifExists: IfExists },
): Promise<CreateOutcome> {
	const check = vaultFolder(request.folder);
	if (!check.ok) {
		const message = t('settings.folderRefused', { folder: request.folder, reason: t(`folder.reason.${check.reason}`, { chars: check.chars ?? '' }) });
		new Notice(message);
		return { kind: 'refused', message };
	}
	try {
		await ensureFolder(app, check.folder);
		let path = vaultPath(check.folder, `${request.fileName}.md`);
		const existing = app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile && request.ifExists === 'open-existing') {
			new Notice(t('newEntry.exists', { path }));
			await app.workspace.getLeaf(false).openFile(existing);
			return { kind: 'existing', file: existing };
		}
		for (let n = 2; app.vault.getAbstractFileByPath(path); n++) {
			path = vaultPath(check.folder, `${request.fileName} ${n}.md`);
		}
		const file = await app.vault.create(path, request.content);
		await app.workspace.getLeaf(false).openFile(file);
		return { kind: 'created', file };
	} catch (error) {
		const message = t('newEntry.failed', { reason: error instanceof Error ? error.message : String(error) });
		new Notice(message);
		return { kind: 'refused', message };
	}
}

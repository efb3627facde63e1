import type { App, TFile } from 'obsidian';
import type { WrittenChange } from '../undo';
import { setGazeTags, type GazeTagEdit, type GazeTagEditResult } from '../../core/tagging/frontmatter-edit';

/**
 * Writes gaze tags into a note with `Vault.process` (atomic: the edit is computed again on the text
 * as it is at write time). A note that would not change, or whose frontmatter is refused, is not
 * written at all, so its bytes and modification time stay as they were. `onWritten` hears the text
 * before and after, so the change can be undone.
 */
export async function writeGazeTags(app: App, file: TFile, edit: GazeTagEdit, onWritten?: (change: WrittenChange) => void): Promise<GazeTagEditResult> {
	const preview = setGazeTags(await app.vault.read(file), edit);
	if (preview.kind !== 'changed') return preview;
	let outcome: GazeTagEditResult = preview;
	let before = '';
	await app.vault.process(file, (current) => {
		before = current;
		outcome = setGazeTags(current, edit);
		return outcome.kind === 'changed' ? outcome.text : current;
	});
	const written = outcome as GazeTagEditResult;
	if (written.kind === 'changed') onWritten?.({ path: file.path, before, after: written.text });
	return outcome;
}

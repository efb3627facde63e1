import type { App, TFile } from 'obsidian';
import { setGazeTags, type GazeTagEdit, type GazeTagEditResult } from '../../core/tagging/frontmatter-edit';

/**
 * Writes gaze tags into a note with `Vault.process` (atomic: the edit is computed again on the text
 * as it is at write time). A note that would not change, or whose frontmatter is refused, is not
 * written at all, so its bytes and modification time stay as they were.
 */
export async function writeGazeTags(app: App, file: TFile, edit: GazeTagEdit): Promise<GazeTagEditResult> {
	const preview = setGazeTags(await app.vault.read(file), edit);
	if (preview.kind !== 'changed') return preview;
	let outcome: GazeTagEditResult = preview;
	await app.vault.process(file, (current) => {
		outcome = setGazeTags(current, edit);
		return outcome.kind === 'changed' ? outcome.text : current;
	});
	return outcome;
}

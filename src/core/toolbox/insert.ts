/**
 * Inserting a block into a note at an offset, touching nothing else: every byte before and after the
 * offset stays as it was. Only the inserted text itself adapts to the note (its line endings, and the
 * blank lines a callout needs to stand on its own).
 */

/** What to insert at an offset so a block stands alone, and where the cursor goes afterwards. */
export interface PlannedInsertion {
	/** The offset the text goes in at (moved past a `\r` when the offset split a CRLF). */
	readonly offset: number;
	/** The text to insert: blank-line padding as needed, the block, the note's line endings. */
	readonly insert: string;
	/** The offset, in the new text, just after the block's last character. */
	readonly cursor: number;
}

/** The note's line ending: CRLF when it has any, else LF. */
export function lineEnding(text: string): '\r\n' | '\n' {
	return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Plans the insertion of `block` (lines joined with `\n`, no final newline) at `offset` in `text`:
 * on a line of its own, with a blank line before and after unless the note already has one there.
 */
export function planInsertion(text: string, offset: number, block: string): PlannedInsertion {
	const eol = lineEnding(text);
	let at = Math.max(0, Math.min(offset, text.length));
	if (at > 0 && text[at - 1] === '\r' && text[at] === '\n') at += 1;
	const before = text.slice(0, at);
	const after = text.slice(at);
	const body = block.replace(/\r?\n/g, eol);

	let prefix = '';
	if (before !== '' && !before.endsWith(eol + eol)) prefix = before.endsWith(eol) ? eol : eol + eol;

	let suffix: string;
	if (after === '') suffix = eol;
	else if (after.startsWith(eol)) {
		const rest = after.slice(eol.length);
		suffix = rest === '' || rest.startsWith(eol) ? '' : eol;
	} else suffix = eol + eol;

	return { offset: at, insert: prefix + body + suffix, cursor: at + prefix.length + body.length };
}

/** The text with `block` inserted at `offset`; every other byte of `text` is unchanged. */
export function insertAt(text: string, offset: number, block: string): string {
	const plan = planInsertion(text, offset, block);
	return text.slice(0, plan.offset) + plan.insert + text.slice(plan.offset);
}

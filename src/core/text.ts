/**
 * Facts about a note's text that decide whether it may be written or how it is compared: a text that
 * was not UTF-8 on disk, CR-only line endings, Unicode normalisation. Pure, for the plugin and the CLI.
 */

/** U+FFFD, what a decoder puts in place of bytes that are not UTF-8. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * True when the text holds U+FFFD. Obsidian (and Node's lossy decoding) put it where a note's bytes
 * were not UTF-8 (an old Latin-1 or Windows-1252 file: every æ, ø, å). Writing such a text back would
 * replace her letters by U+FFFD for good, so a write is refused when the text it read holds one.
 */
export function holdsReplacementCharacter(text: string): boolean {
	return text.includes(REPLACEMENT_CHARACTER);
}

/**
 * True when the text's first line break is a lone CR (classic Mac line endings). Obsidian and the
 * note reader see one long line there, so a frontmatter block written in front would be a second one.
 */
export function hasCrOnlyLineEndings(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a) return false;
		if (c === 0x0d) return text.charCodeAt(i + 1) !== 0x0a;
	}
	return false;
}

/**
 * A path or a word in Unicode normal form C. macOS writes file names in NFD (`o` + combining
 * diaeresis), and text pasted from some sources is NFD too; typed text is NFC. Comparing and indexing
 * in NFC lets both meet. Only compared and indexed, never written back: her files keep their bytes.
 * ASCII (most text) is returned as is without the cost of normalising.
 */
export function nfc(text: string): string {
	// eslint-disable-next-line no-control-regex -- the ASCII range is exactly what needs no normalising
	return /^[\u0000-\u007f]*$/.test(text) ? text : text.normalize('NFC');
}

/**
 * A text on one line: line breaks (LF, CR, U+0085, U+2028, U+2029, vertical tab, form feed) become
 * one space. For a title or a file name written into Markdown, where a line break would end a
 * heading or a link and could begin a `---` block.
 */
export function oneLine(text: string): string {
	// eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks too
	return text.replace(/[\n\r\u000b\u000c\u0085\u2028\u2029]+/g, ' ');
}

/**
 * True when a text is not text: a NUL character among its first 8 000 (as git decides). A Markdown
 * note never holds one; a picture or a PDF renamed `.md` does, within its first bytes.
 */
export function looksBinaryText(text: string): boolean {
	return text.length > 0 && text.slice(0, 8000).includes('\u0000');
}

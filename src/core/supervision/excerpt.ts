/** Short excerpts of a note's prose for the preparation's appendix. */

/** The default length of an excerpt, in characters. */
export const EXCERPT_CHARS = 280;

const HEADING = /^#{1,6}\s/;
const TASK_OR_LIST_TASK = /^\s*(?:[-*+]|\d+[.)])\s+\[.\]/;
const FENCE = /^\s*(```|~~~)/;
const WIKILINK = /!?\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g;
const MD_LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const INLINE_TAG = /(^|\s)#[\p{L}\p{N}_][\p{L}\p{N}_/-]*/gu;
const COMMENT = /%%[\s\S]*?%%/g;

/**
 * Runs of whitespace as one space. A zero-width no-break space (U+FEFF) counts as whitespace in
 * JavaScript but is invisible: it is kept, so the CPR guard still reads "0\uFEFF1 04 52-1234" as the
 * number it is (it drops invisible characters) rather than as "0 1 04 52-1234".
 */
export function collapseSpaces(text: string): string {
	return text.replace(/[^\S\uFEFF]+/g, ' ').trim();
}

/** A link's visible text: its alias, else the target's last segment without a heading. */
function linkText(target: string, alias: string | undefined): string {
	if (alias && alias.trim()) return alias.trim();
	const bare = target.split('#')[0] ?? target;
	return (bare.split('/').pop() ?? bare).trim();
}

/**
 * The note's prose: paragraphs and list items, without headings, tasks, callouts, code, comments,
 * inline tags and link syntax (a link keeps its visible text). Lines joined with spaces.
 */
export function proseOf(body: string): string {
	const lines = body.replace(COMMENT, '').split('\n');
	const kept: string[] = [];
	let inFence = false;
	for (const line of lines) {
		if (FENCE.test(line)) {
			inFence = !inFence;
			continue;
		}
		if (inFence || HEADING.test(line) || TASK_OR_LIST_TASK.test(line) || line.trimStart().startsWith('>')) continue;
		const text = line
			.replace(WIKILINK, (_whole, target: string, alias?: string) => linkText(target, alias))
			.replace(MD_LINK, '$1')
			.replace(INLINE_TAG, '$1')
			.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
			.trim();
		if (text) kept.push(text);
	}
	return collapseSpaces(kept.join(' '));
}

/**
 * Cuts a text to about `max` characters: at the end of a sentence when one ends in the last third,
 * else at a word boundary with "…".
 */
export function cutText(text: string, max: number = EXCERPT_CHARS): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max);
	const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
	if (sentenceEnd >= max * 0.66) return head.slice(0, sentenceEnd + 1);
	const space = head.lastIndexOf(' ');
	return `${(space > 0 ? head.slice(0, space) : head).replace(/[\s,;:.-]+$/, '')} …`;
}

/**
 * The snippet under a search result: a short piece of the note's body around the first match, with
 * the matched words' offsets, and the line of that match (so opening the result lands on it). It is
 * cut from the note's text at query time, so the search index never keeps a second copy of bodies.
 */
import { wordTokens } from './terms';

/** What a snippet needs to know about matches: the first one in a text, and whether a word is one. */
export interface MatchFinder {
	first(text: string): { readonly start: number } | null;
	matches(word: string): boolean;
}

/** A marked range in a snippet (UTF-16 offsets, end exclusive). */
export interface TextMatch {
	readonly start: number;
	readonly end: number;
}

/** A piece of a note for a result line. */
export interface Snippet {
	readonly text: string;
	/** The matched words in `text`, in order. */
	readonly matches: readonly TextMatch[];
	/** 0-based line in the body of the first match; null when no word of the body matched. */
	readonly bodyLine: number | null;
}

/** How much text a snippet shows, and how much of it comes before the first match. */
export const SNIPPET_LENGTH = 160;
const LEAD = 50;

/** Markdown that means nothing in a one-line snippet: heading marks, quotes, list marks, checkboxes, callout heads. */
const LINE_MARKUP = /^\s*(?:#{1,6}\s+|(?:>\s*)+|[-*+]\s+(?:\[.\]\s+)?|\d+[.)]\s+)*(?:\[![^\]]*\][+-]?\s*)?/;

/** Cuts a snippet from a body around the first match the finder finds. */
export function buildSnippet(body: string, finder: MatchFinder, length = SNIPPET_LENGTH): Snippet {
	const first = finder.first(body);
	let start: number;
	if (first) {
		const lineStart = body.lastIndexOf('\n', first.start - 1) + 1;
		start = first.start - lineStart <= LEAD ? lineStart : snapForward(body, first.start - LEAD);
	} else {
		start = firstContent(body);
	}
	let end = Math.min(body.length, start + length);
	if (end < body.length) end = snapBack(body, end, start);
	const text = clean(body.slice(start, end));
	const lead = first && start > 0 && body[start - 1] !== '\n' ? '… ' : '';
	const shown = lead + text + (end < body.length ? ' …' : '');
	const matches = wordTokens(shown)
		.filter((t) => finder.matches(t.word))
		.map((t) => ({ start: t.start, end: t.end }));
	const bodyLine = first ? countLines(body, first.start) : null;
	return { text: shown, matches, bodyLine };
}

function clean(raw: string): string {
	return raw
		.split('\n')
		.map((line) => line.replace(LINE_MARKUP, '').replace(/\*\*|__|`/g, ''))
		.filter((line) => line.trim() !== '')
		.join(' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The start of the first line with prose (not a heading, a blank line or a callout head). */
function firstContent(body: string): number {
	let offset = 0;
	for (const line of body.split('\n')) {
		if (line.trim() !== '' && !/^\s*#/.test(line) && !/^\s*>\s*\[!/.test(line)) return offset;
		offset += line.length + 1;
	}
	return 0;
}

function snapForward(text: string, at: number): number {
	const space = text.slice(at).search(/\s/);
	return space < 0 ? at : at + space + 1;
}

function snapBack(text: string, at: number, floor: number): number {
	const space = text.lastIndexOf(' ', at);
	const newline = text.lastIndexOf('\n', at);
	const cut = Math.max(space, newline);
	return cut > floor ? cut : at;
}

function countLines(text: string, upTo: number): number {
	let lines = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < upTo; i = text.indexOf('\n', i + 1)) lines++;
	return lines;
}

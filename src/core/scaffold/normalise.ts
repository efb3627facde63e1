/**
 * The normal form of scaffold text: what is left of a line when everything a template or its
 * rendering may vary is taken away, so a template line and the same line in a note (dates filled
 * in, emphasis changed, another list mark) meet. Used on both sides: when the scaffold set is built
 * (from the bundled templates, the toolbox and the historical snapshot) and when a note's line is
 * read.
 *
 * Taken away: `{{placeholders}}`, Markdown marks (emphasis, code, highlights, links' brackets),
 * digits, month and weekday names in both languages (a rendered `{{date:dddd D. MMMM}}`), every
 * character that is not a letter, and words of one letter (the `[d.]` of a date format). Letters
 * are lowercased; what is left is the words, one space between them.
 */

const PLACEHOLDER = /\{\{[^{}]*\}\}/g;

/** Month and weekday names, Danish and English, full and moment's short forms. */
const DATE_WORDS = new Set(
	[
		'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december',
		'january', 'february', 'march', 'may', 'june', 'july', 'october',
		'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
		'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
		'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec',
		'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
	],
);

const LETTER = /\p{L}/u;
/** Whether a character beyond ASCII is a letter, asked once per character. */
const LETTERS = new Map<string, boolean>();

function isLetter(ch: string, code: number): boolean {
	if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
	let letter = LETTERS.get(ch);
	if (letter === undefined) LETTERS.set(ch, (letter = LETTER.test(ch)));
	return letter;
}
const DUE = /📅\s*\d{4}-\d{2}-\d{2}/gu;

/** The normal form of a text (see the module comment); '' when nothing of words is left. */
export function normaliseScaffold(text: string): string {
	// A due date she gives a task (`📅 2027-01-10`) is hers: it stays as a word, so "- [ ] Se på det
	// igen 📅 2027-01-10" is not the template's "- [ ] Se på det igen".
	let source = text.includes('{{') ? text.replace(PLACEHOLDER, ' ') : text;
	if (source.includes('📅')) source = source.replace(DUE, ' duedate ');
	source = source.toLowerCase();
	// One pass over the characters: runs of letters are words (no regex over the whole text).
	let out = '';
	let start = -1;
	for (let i = 0; i <= source.length; i++) {
		const code = i < source.length ? source.charCodeAt(i) : 0x20;
		if (i < source.length && isLetter(source[i] as string, code)) {
			if (start < 0) start = i;
			continue;
		}
		if (start < 0) continue;
		const word = source.slice(start, i);
		start = -1;
		if (word.length < 2 || DATE_WORDS.has(word)) continue;
		out = out === '' ? word : `${out} ${word}`;
	}
	return out;
}

/**
 * A short fingerprint of a normal form (FNV-1a, 32 bits, base 36): the historical snapshot is kept
 * as these, so the bundle carries a few bytes per line instead of the text. With a thousand lines in
 * the set, the chance that a line of hers meets one by accident is about one in four million.
 */
export function scaffoldHash(normal: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < normal.length; i++) {
		h ^= normal.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(36);
}

/** A line's structural marks: callout `>`s, a list mark, a task box, a heading's `#`s. */
const CALLOUT_MARKS = /^\s*(?:>\s?)+/;
const LIST_MARK = /^\s*(?:[-*+]|\d+[.)])(?:\s+|$)(?:\[.\](?:\s+|$))?/;
const HEADING_MARK = /^\s*(#{1,6})(?:\s+|$)/;
const CALLOUT_HEAD = /^\[!([^\]|]+)(?:\|([^\]]*))?\][+-]?\s*(.*)$/;

/** A line taken apart into its marks and its text. */
export interface LineShape {
	/** Inside a callout or quote (one or more `>`). */
	readonly quoted: boolean;
	/** The heading level, or 0. */
	readonly heading: number;
	/** A callout's first line: its type and metadata (`three-gazes`, `isbjerget`). */
	readonly calloutHead: { readonly type: string; readonly meta: string; readonly title: string } | null;
	/** The text after every mark. */
	readonly text: string;
}

export function lineShape(line: string): LineShape {
	let text = line;
	let quoted = false;
	const q = CALLOUT_MARKS.exec(text);
	if (q) {
		quoted = true;
		text = text.slice(q[0].length);
	}
	if (quoted) {
		const head = CALLOUT_HEAD.exec(text.trim());
		if (head) return { quoted, heading: 0, calloutHead: { type: (head[1] ?? '').toLowerCase(), meta: (head[2] ?? '').toLowerCase(), title: head[3] ?? '' }, text: head[3] ?? '' };
	}
	const h = HEADING_MARK.exec(text);
	if (h?.[1]) return { quoted, heading: h[1].length, calloutHead: null, text: text.slice(h[0].length).trim() };
	text = text.replace(LIST_MARK, '');
	return { quoted, heading: 0, calloutHead: null, text: text.trim() };
}

/**
 * Where a text breaks into sentences: after `?`, `!` or `:`, or after a `.` that ends a word of
 * three letters or more (so "hr. B" and "fx. i går" stay whole), and a space (no lookbehind).
 */
const SENTENCE_BREAK = /(?:[?!:]|[^\s.]{3}\.)["'”’»)*_]*\s+/g;

/** A text's sentences, each with its closing mark. */
export function sentencesOf(text: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (const m of text.matchAll(SENTENCE_BREAK)) {
		const end = m.index + m[0].trimEnd().length;
		out.push(text.slice(start, end));
		start = m.index + m[0].length;
	}
	if (start < text.length) out.push(text.slice(start));
	return out.filter((s) => s.trim() !== '');
}

/** Bold or italic spans (`**…**`, `__…__`, `*…*`, `_…_`), outermost first. */
const EMPHASIS = /\*\*([^*]+?)\*\*|__([^_]+?)__|\*([^*]+?)\*|_([^_]+?)_/g;

/** The emphasised spans of a text, their inner text. */
export function emphasisSpans(text: string): { readonly whole: string; readonly inner: string; readonly index: number }[] {
	const out: { whole: string; inner: string; index: number }[] = [];
	for (const m of text.matchAll(EMPHASIS)) out.push({ whole: m[0], inner: m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', index: m.index });
	return out;
}

/**
 * The pieces a scaffold line contributes to the set: the whole line's text, each emphasised span,
 * each sentence of the text with the spans taken out, and each sentence of the whole text. A line of
 * hers is scaffolding when it is made of these pieces and nothing else.
 */
export function scaffoldPieces(line: string): string[] {
	const shape = lineShape(line);
	const text = shape.text;
	const pieces = new Set<string>();
	const add = (t: string): void => {
		const n = normaliseScaffold(t);
		if (n !== '') pieces.add(n);
	};
	add(text);
	let rest = text;
	for (const span of emphasisSpans(text)) {
		add(span.inner);
		for (const s of sentencesOf(span.inner)) add(s);
		rest = rest.replace(span.whole, ' ');
	}
	add(rest);
	for (const s of sentencesOf(rest)) add(s);
	for (const s of sentencesOf(text.replace(/[*_]/g, ''))) add(s);
	return [...pieces];
}

/** Text with Markdown emphasis marks taken out (`**a**`, `__a__`, `*a*`, `_a_`, `==a==`), words kept. */
export function stripEmphasis(text: string): string {
	return text
		.replace(/(\*\*|__|==)(.+?)\1/g, '$2')
		.replace(/(^|[^\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\2(?=[^\p{L}\p{N}]|$)/gu, '$1$3')
		.replace(/\s+/g, ' ')
		.trim();
}

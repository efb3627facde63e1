/**
 * The language watch (obs sprog): finds phrases from the lexicon in a text, marks whether each one
 * sits in quoted or reported speech, and explains it. A private reflection prompt: it never scores
 * people and never rewrites anything.
 *
 * Speed: the lexicon is compiled once, at module load, into a word trie. Checking a text is one
 * tokenizing pass plus one map look-up per word; quotes and line numbers are worked out only when
 * something was found.
 */
import type { Lang } from '../domain';
import { translate } from '../i18n';
import type { CustomPhrase } from '../settings';
import {
	isLanguageCategory,
	LANGUAGE_CATEGORIES,
	LEXICON,
	MACROS,
	type Guard,
	type LanguageCategory,
	type LexiconEntry,
	type PatternSpec,
} from './lexicon';
import { tokenize, type Tokens } from './tokens';

/** One phrase found in a text. Lines and columns are 0-based; the command line adds 1. */
export interface LanguageFinding {
	readonly category: LanguageCategory;
	/** The lexicon entry's id, or `custom` for one of the user's own phrases. */
	readonly entryId: string;
	/** The text as written. */
	readonly match: string;
	/** True inside quotation marks or clearly reported speech ("sagde hun: …", "siger SK, at …"). */
	readonly quoted: boolean;
	/** Offset of the first character. */
	readonly from: number;
	/** Offset just after the last character. */
	readonly to: number;
	/** 0-based line of `from`. */
	readonly line: number;
	/** 0-based column of `from` (in UTF-16 code units). */
	readonly column: number;
}

/** What the user chose in the settings (`Settings.languageWatch` fits as it is). */
export interface LanguageWatchOptions {
	/** Category ids switched off. */
	readonly disabledCategories?: readonly string[];
	/** Her own phrases; one with an unknown category is ignored. */
	readonly customPhrases?: readonly CustomPhrase[];
	/** Words (or whole phrases) never flagged. */
	readonly allowWords?: readonly string[];
}

/** The explanation shown for a finding, in the user's language. */
export interface FindingExplanation {
	/** The category's name. */
	readonly title: string;
	readonly why: string;
	/** A gentler wording; empty for her own phrases. */
	readonly gentler: string;
	readonly source: string;
	/** For quoted findings: a question about what the language may signal in the team. */
	readonly question: string | null;
	/** True for powerlessness: support the employee, do not correct. */
	readonly support: boolean;
}

// ---- compiling ------------------------------------------------------------------------------------

interface Terminal {
	readonly entry: LexiconEntry | null;
	readonly category: LanguageCategory;
	readonly guard: Guard | undefined;
	/** Number of words. */
	readonly length: number;
}

interface TrieNode {
	readonly words: Map<string, TrieNode>;
	num: TrieNode | null;
	time: TrieNode | null;
	readonly ends: Terminal[];
}

function newNode(): TrieNode {
	return { words: new Map(), num: null, time: null, ends: [] };
}

const NUM = 'zqnumz';
const TIME = 'zqtimez';

/** Expands `(a|b)` groups (innermost first) and macros into plain alternatives. */
export function expandPattern(pattern: string): string[] {
	let p = pattern;
	for (const [name, value] of Object.entries(MACROS)) p = p.split(name).join(value);
	p = p.replace(/#t/g, ` ${TIME} `).replace(/#/g, ` ${NUM} `);
	const out: string[] = [];
	const stack = [p];
	while (stack.length > 0) {
		const s = stack.pop() as string;
		const close = s.indexOf(')');
		if (close < 0) {
			out.push(s);
			continue;
		}
		const open = s.lastIndexOf('(', close);
		if (open < 0) throw new Error(`Language watch: unbalanced pattern "${pattern}"`);
		const before = s.slice(0, open);
		const after = s.slice(close + 1);
		for (const alt of s.slice(open + 1, close).split('|')) stack.push(before + alt + after);
	}
	return out;
}

function insert(root: TrieNode, words: readonly string[], terminal: Omit<Terminal, 'length'>): void {
	if (words.length === 0) return;
	let node = root;
	for (const w of words) {
		if (w === NUM) node = node.num ??= newNode();
		else if (w === TIME) node = node.time ??= newNode();
		else {
			let next = node.words.get(w);
			if (!next) {
				next = newNode();
				node.words.set(w, next);
			}
			node = next;
		}
	}
	if (!node.ends.some((t) => t.entry === terminal.entry && t.guard === terminal.guard)) {
		node.ends.push({ ...terminal, length: words.length });
	}
}

function patternWords(expanded: string): string[] {
	return tokenize(expanded).norms;
}

function compileLexicon(entries: readonly LexiconEntry[]): TrieNode {
	const root = newNode();
	for (const entry of entries) {
		const specs: readonly PatternSpec[] = [...entry.da, ...entry.en];
		for (const spec of specs) {
			const pattern = typeof spec === 'string' ? spec : spec.pattern;
			const guard = typeof spec === 'string' ? entry.guard : spec.guard;
			for (const expanded of expandPattern(pattern)) {
				insert(root, patternWords(expanded), { entry, category: entry.category, guard });
			}
		}
	}
	return root;
}

/** The built-in lexicon, compiled once. Never mutated after this line. */
const LEXICON_TRIE: TrieNode = compileLexicon(LEXICON);

// ---- context ------------------------------------------------------------------------------------

const BREAK_CHARS = '.!?;:\n';
const CLAUSE_END_CHARS = ',.!?;:\n"“”„»«()[]–—';
const VOCATIVE_OPENERS = new Set(['hej', 'hejsa', 'goddag', 'godmorgen', 'godnat', 'farvel', 'tak', 'ja', 'nej', 'hello', 'hi', 'morning', 'night', 'goodnight', 'bye', 'thanks', 'yes', 'no']);

function gapHas(text: string, from: number, to: number, chars: string): boolean {
	for (let i = from; i < to; i++) if (chars.includes(text.charAt(i))) return true;
	return false;
}

/** True when word `j` follows word `j - 1` in the same sentence. */
function joined(text: string, t: Tokens, j: number): boolean {
	return !gapHas(text, t.ends[j - 1] as number, t.starts[j] as number, BREAK_CHARS);
}

function prevWord(text: string, t: Tokens, i: number): string | null {
	if (i === 0 || !joined(text, t, i)) return null;
	return t.norms[i - 1] as string;
}

function nextWord(text: string, t: Tokens, end: number): string | null {
	if (end + 1 >= t.norms.length || !joined(text, t, end + 1)) return null;
	if (gapHas(text, t.ends[end] as number, t.starts[end + 1] as number, CLAUSE_END_CHARS)) return null;
	return t.norms[end + 1] as string;
}

function atClauseEnd(text: string, t: Tokens, end: number): boolean {
	if (end + 1 >= t.norms.length) return true;
	return gapHas(text, t.ends[end] as number, t.starts[end + 1] as number, CLAUSE_END_CHARS);
}

function isVocative(text: string, t: Tokens, i: number, end: number): boolean {
	if (!atClauseEnd(text, t, end)) return false;
	if (i === 0) return true;
	if (gapHas(text, t.ends[i - 1] as number, t.starts[i] as number, CLAUSE_END_CHARS)) return true;
	return VOCATIVE_OPENERS.has(t.norms[i - 1] as string);
}

function passes(guard: Guard | undefined, text: string, t: Tokens, i: number, end: number, quoted: () => boolean): boolean {
	if (!guard) return true;
	if (guard.notAfter) {
		const prev = prevWord(text, t, i);
		if (prev !== null && guard.notAfter.includes(prev)) return false;
	}
	if (guard.before || guard.notBefore) {
		const next = nextWord(text, t, end);
		if (guard.before && !guard.before.includes(next ?? '')) return false;
		if (guard.notBefore && next !== null && guard.notBefore.includes(next)) return false;
	}
	if (guard.vocative && !isVocative(text, t, i, end)) return false;
	if (guard.quotedOnly && !quoted()) return false;
	return true;
}

// ---- quoted and reported speech -------------------------------------------------------------------

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
	'"': '"',
	'„': '“”"',
	'“': '”“',
	'»': '«»',
	'«': '»',
	'‘': '’',
};
const SPEECH_VERBS = new Set([
	'sagde', 'siger', 'sige', 'sagt', 'fortalte', 'fortæller', 'råbte', 'råber', 'skrev', 'skriver', 'udbrød', 'sukkede',
	'svarede', 'svarer', 'spurgte', 'spørger', 'mumlede', 'hviskede', 'bemærkede', 'lød',
	'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'shouted', 'asked', 'replied', 'sighed', 'muttered', 'whispered',
]);
const OPINION_VERBS = new Set(['mener', 'mente', 'synes', 'syntes', 'tror', 'troede', 'thinks', 'thought', 'believes', 'feels', 'felt']);
const NAMING_VERBS = new Set(['kalder', 'kaldte', 'omtaler', 'omtalte', 'calls', 'called']);
const FIRST_PERSON = new Set(['jeg', 'vi', 'i', 'we']);
const THAT = new Set(['at', 'that']);

/** End of the sentence that contains `from`: the next `.`, `!` or `?` before a space, or a line end. */
function sentenceEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text.charAt(i);
		if (c === '\n') return i;
		if ((c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s/.test(text.charAt(i + 1)))) return i;
	}
	return text.length;
}

/** Ranges `[from, to)` of quoted or reported speech, sorted by start (they may overlap). */
export function quotedRanges(text: string, t: Tokens = tokenize(text)): Array<readonly [number, number]> {
	const ranges: Array<readonly [number, number]> = [];
	// Quotation marks, never across a line break.
	let closers: string | null = null;
	let openAt = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charAt(i);
		if (c === '\n') {
			if (closers !== null) ranges.push([openAt, i]);
			closers = null;
			continue;
		}
		if (closers !== null) {
			if (closers.includes(c) && !(c === '’' && i + 1 < text.length && /\p{L}/u.test(text.charAt(i + 1)))) {
				ranges.push([openAt, i]);
				closers = null;
			}
			continue;
		}
		const pair = QUOTE_PAIRS[c];
		if (pair !== undefined) {
			closers = pair;
			openAt = i + 1;
		}
	}
	if (closers !== null) ranges.push([openAt, text.length]);
	// Reported speech: "sagde hun: …", "siger SK, at …", "SK mener, at …", "kaldte hende …".
	for (let k = 0; k < t.norms.length; k++) {
		const w = t.norms[k] as string;
		const naming = NAMING_VERBS.has(w);
		const speech = SPEECH_VERBS.has(w);
		const opinion = OPINION_VERBS.has(w);
		if (!naming && !speech && !opinion) continue;
		if (opinion && (k === 0 || FIRST_PERSON.has(t.norms[k - 1] as string))) continue;
		const verbEnd = t.ends[k] as number;
		if (naming) {
			ranges.push([verbEnd, sentenceEnd(text, verbEnd)]);
			continue;
		}
		let start = -1;
		for (let m = k; m < Math.min(k + 4, t.norms.length); m++) {
			const gapEnd = m + 1 < t.norms.length ? (t.starts[m + 1] as number) : text.length;
			const gap = text.slice(t.ends[m], gapEnd);
			if (gap.includes(':') && !gap.includes('\n')) {
				start = (t.ends[m] as number) + gap.indexOf(':') + 1;
				break;
			}
			if (/[.!?\n]/.test(gap)) break;
			if (m > k && THAT.has(t.norms[m] as string)) {
				start = t.ends[m] as number;
				break;
			}
		}
		if (start >= 0) ranges.push([start, sentenceEnd(text, start)]);
	}
	ranges.sort((a, b) => a[0] - b[0]);
	return ranges;
}

function inRanges(ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): boolean {
	for (const [a, b] of ranges) {
		if (a > from) break;
		if (to <= b) return true;
	}
	return false;
}

// ---- checking -------------------------------------------------------------------------------------

/** A compiled checker for one set of options; reuse it for many texts. */
export type LanguageChecker = (text: string) => LanguageFinding[];

/** Line starts, for turning offsets into 0-based lines and columns. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The 0-based line and column of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo, column: offset - (starts[lo] as number) };
}

function collect(node: TrieNode, text: string, t: Tokens, i: number, out: Array<{ end: number; terminal: Terminal }>): void {
	// Depth-first over literal and number branches; matches never cross a sentence break.
	const stack: Array<{ node: TrieNode; j: number }> = [];
	const first = t.norms[i] as string;
	const push = (from: TrieNode, j: number): void => {
		const word = t.norms[j] as string;
		const lit = from.words.get(word);
		if (lit) stack.push({ node: lit, j });
		const code = word.charCodeAt(0);
		if (code >= 0x30 && code <= 0x39) {
			if (from.num) stack.push({ node: from.num, j });
			if (from.time && t.times[j]) stack.push({ node: from.time, j });
		}
	};
	if (!node.words.has(first) && !(node.num || node.time)) return;
	push(node, i);
	while (stack.length > 0) {
		const { node: n, j } = stack.pop() as { node: TrieNode; j: number };
		for (const terminal of n.ends) out.push({ end: j, terminal });
		const k = j + 1;
		if (k < t.norms.length && (n.words.size > 0 || n.num || n.time) && joined(text, t, k)) push(n, k);
	}
}

function compileCustom(phrases: readonly CustomPhrase[]): TrieNode | null {
	let root: TrieNode | null = null;
	for (const p of phrases) {
		if (!isLanguageCategory(p.category)) continue;
		const words = tokenize(p.phrase).norms;
		if (words.length === 0) continue;
		root ??= newNode();
		insert(root, words, { entry: null, category: p.category, guard: undefined });
	}
	return root;
}

/** Compiles the options once; the returned checker is pure and fast. */
export function createLanguageChecker(options: LanguageWatchOptions = {}): LanguageChecker {
	const disabled = new Set(options.disabledCategories ?? []);
	const allow = new Set((options.allowWords ?? []).map((w) => tokenize(w).norms.join(' ')).filter((w) => w !== ''));
	const custom = compileCustom(options.customPhrases ?? []);
	const tries = custom ? [custom, LEXICON_TRIE] : [LEXICON_TRIE];
	const everyCategoryOff = LANGUAGE_CATEGORIES.every((c) => disabled.has(c));

	return (text: string): LanguageFinding[] => {
		if (everyCategoryOff && !custom) return [];
		const t = tokenize(text);
		const findings: LanguageFinding[] = [];
		let ranges: Array<readonly [number, number]> | null = null;
		let starts: number[] | null = null;
		const candidates: Array<{ end: number; terminal: Terminal }> = [];
		const n = t.norms.length;
		let i = 0;
		while (i < n) {
			candidates.length = 0;
			for (const trie of tries) collect(trie, text, t, i, candidates);
			if (candidates.length === 0) {
				i++;
				continue;
			}
			// Longest first; the user's own phrases first among equals (they were collected first).
			candidates.sort((a, b) => b.end - a.end);
			let matched = -1;
			for (const { end, terminal } of candidates) {
				if (disabled.has(terminal.category)) continue;
				const from = t.starts[i] as number;
				const to = t.ends[end] as number;
				const quoted = (): boolean => inRanges((ranges ??= quotedRanges(text, t)), from, to);
				if (!passes(terminal.guard, text, t, i, end, quoted)) continue;
				if (allow.size > 0) {
					const words = t.norms.slice(i, end + 1);
					if (words.some((w) => allow.has(w)) || allow.has(words.join(' '))) continue;
				}
				const { line, column } = lineColumn((starts ??= lineStarts(text)), from);
				findings.push({
					category: terminal.category,
					entryId: terminal.entry?.id ?? 'custom',
					match: text.slice(from, to),
					quoted: quoted(),
					from,
					to,
					line,
					column,
				});
				matched = end;
				break;
			}
			i = matched >= 0 ? matched + 1 : i + 1;
		}
		return findings;
	};
}

/** Checks one text. For many texts with the same options, use `createLanguageChecker` once. */
export function checkLanguage(text: string, options: LanguageWatchOptions = {}): LanguageFinding[] {
	return createLanguageChecker(options)(text);
}

/**
 * Finding counts per category for a note: what the reflection view shows over time. Never quotes,
 * never the matched words. Every category is present (0 when nothing was found).
 */
export function countLanguageFindings(text: string, options: LanguageWatchOptions = {}): Record<LanguageCategory, number> {
	const counts = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, 0])) as Record<LanguageCategory, number>;
	for (const f of checkLanguage(text, options)) counts[f.category]++;
	return counts;
}

const ENTRY_BY_ID: ReadonlyMap<string, LexiconEntry> = new Map(LEXICON.map((e) => [e.id, e]));

/** The lexicon entry behind a finding (null for her own phrases). */
export function lexiconEntry(id: string): LexiconEntry | null {
	return ENTRY_BY_ID.get(id) ?? null;
}

/** Explains a finding in a language: category, why, gentler wording, source, and a question when quoted. */
export function explainFinding(finding: Pick<LanguageFinding, 'category' | 'entryId' | 'quoted'>, lang: Lang): FindingExplanation {
	const entry = lexiconEntry(finding.entryId);
	const c = finding.category;
	return {
		title: translate(lang, `watch.category.${c}`),
		why: entry ? entry.why[lang] : translate(lang, `watch.category.${c}.why`),
		gentler: entry ? entry.gentler[lang] : '',
		source: entry ? entry.source : translate(lang, 'watch.source.custom'),
		question: finding.quoted ? translate(lang, `watch.question.${c}`) : null,
		support: c === 'powerlessness',
	};
}

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
import type { CustomPhrase, NotHere } from '../settings';
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
import { atClauseEnd, atClauseStart, compoundCategory, contextAllows, joined, nextWord, personContext, personObjectAfter, prevWord, roomNicknameAt, weightNameAt, nicknameAt } from './context';
import { hashWord, isWordCode, lineColumn, lineStarts, tokenize, words, type Tokens } from './tokens';

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
	/** Phrases she said "not here" to: in one note (its vault path) or everywhere (`path: null`). */
	readonly notHere?: readonly NotHere[];
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
	/** The pattern's words; null where any number matches. Checked against the text (hashes can collide). */
	readonly words: readonly (string | null)[];
}

/** A word trie keyed by `hashWord`, so matching never builds a string for a word that cannot match. */
interface TrieNode {
	readonly words: Map<number, TrieNode>;
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

function insert(root: TrieNode, words: readonly string[], terminal: Omit<Terminal, 'words'>): void {
	if (words.length === 0) return;
	let node = root;
	for (const w of words) {
		if (w === NUM) node = node.num ??= newNode();
		else if (w === TIME) node = node.time ??= newNode();
		else {
			const h = hashWord(w);
			let next = node.words.get(h);
			if (!next) {
				next = newNode();
				node.words.set(h, next);
			}
			node = next;
		}
	}
	const own = words.map((w) => (w === NUM || w === TIME ? null : w));
	// Only an exact repeat is dropped: her own phrases share one null entry, and words can share hashes.
	const repeat = (t: Terminal): boolean =>
		t.entry === terminal.entry && t.guard === terminal.guard && t.category === terminal.category && t.words.length === own.length && t.words.every((w, k) => w === own[k]);
	if (!node.ends.some(repeat)) node.ends.push({ ...terminal, words: own });
}

function patternWords(expanded: string): string[] {
	return words(expanded);
}

/** Compiles lexicon entries into `root`, one expanded pattern per step, so the work can be spread over frames. */
function* compileSteps(root: TrieNode, entries: readonly LexiconEntry[]): Generator<void, TrieNode> {
	for (const entry of entries) {
		const specs: readonly PatternSpec[] = [...entry.da, ...entry.en];
		for (const spec of specs) {
			const pattern = typeof spec === 'string' ? spec : spec.pattern;
			const guard = typeof spec === 'string' ? entry.guard : spec.guard;
			for (const expanded of expandPattern(pattern)) {
				insert(root, patternWords(expanded), { entry, category: entry.category, guard });
				yield;
			}
		}
	}
	return root;
}

/**
 * The built-in lexicon (about 6 000 expanded patterns), compiled on first use or ahead of it in
 * slices (`prepareLanguageWatch`), never while Obsidian loads the plugin: compiled at load it was
 * most of the time `main.js` took to start. Once compiled it is never mutated: a memo, not state.
 */
let lexiconTrie: TrieNode | null = null;
let lexiconSteps: Generator<void, TrieNode> | null = null;

/**
 * Does part of compiling the built-in lexicon, while `goOn()` says so; true once it is compiled.
 * The plugin calls it in slices after layout ready, so the first check does not wait for it.
 */
export function prepareLanguageWatch(goOn: () => boolean): boolean {
	if (lexiconTrie) return true;
	lexiconSteps ??= compileSteps(newNode(), LEXICON);
	while (goOn()) {
		const step = lexiconSteps.next();
		if (step.done) {
			lexiconTrie = step.value;
			lexiconSteps = null;
			return true;
		}
	}
	return false;
}

/** The built-in lexicon's trie, finishing its compiling now if it is not done yet. */
function builtInLexicon(): TrieNode {
	prepareLanguageWatch(() => true);
	return lexiconTrie as TrieNode;
}

// ---- context ------------------------------------------------------------------------------------

/** Words that open an address to someone: "hej skat", "kom så skat", "come on darling". */
const VOCATIVE_OPENERS = new Set([
	'hej', 'hejsa', 'goddag', 'godmorgen', 'godnat', 'farvel', 'tak', 'ja', 'nej', 'så', 'kom', 'nå', 'okay', 'ok', 'uha', 'årh', 'hello', 'hi', 'morning', 'night',
	'goodnight', 'bye', 'thanks', 'yes', 'no', 'on', 'now', 'right', 'there', 'well', 'alright', 'ok',
]);

function isVocative(text: string, t: Tokens, i: number, end: number): boolean {
	if (!atClauseEnd(text, t, end)) return false;
	if (atClauseStart(text, t, i)) return true;
	return VOCATIVE_OPENERS.has(t.norm(i - 1));
}

/**
 * True when the words `i..end` pass a guard; `quoted` is asked only for a quoted-only guard.
 * Exported for the prefilter property test, whose plain reference checker shares the guards.
 */
export function passesGuard(guard: Guard | undefined, text: string, t: Tokens, i: number, end: number, quoted: () => boolean): boolean {
	if (!guard) return true;
	if (guard.notAfter) {
		const prev = prevWord(text, t, i);
		if (prev !== null && guard.notAfter.includes(prev)) return false;
	}
	if (guard.before || guard.notBefore) {
		const next = nextWord(text, t, end);
		const fails = (guard.before !== undefined && !guard.before.includes(next ?? '')) || (guard.notBefore !== undefined && next !== null && guard.notBefore.includes(next));
		if (fails && !(guard.person === 'rescue' && personContext(text, t, i, end))) return false;
	}
	if (guard.person === 'require' && !personContext(text, t, i, end)) return false;
	if (guard.object && !personObjectAfter(text, t, end)) return false;
	if (guard.vocative && !isVocative(text, t, i, end)) return false;
	if (guard.quotedOnly && !quoted() && !spokenToHer(text, t, end)) return false;
	return true;
}

/** Tag questions that end words said to someone: "…, ikke?", "…, right?". */
const TAG_QUESTIONS = new Set(['ikke', 'vel', 'okay', 'ok', 'right', 'yeah', 'ja', 'hva', 'hvad', 'eh', 'dear', 'love', 'skat']);

/**
 * True when the sentence from word `end` on is a question put to her, written as it was said: it ends
 * with "?" and has a tag question ("…, ikke?") or a name set off by commas ("…, Erik, …"). "Skal vi
 * lige i bad nu, eller efter kaffen?" between colleagues has neither.
 */
function spokenToHer(text: string, t: Tokens, end: number): boolean {
	const stop = sentenceEnd(text, t.ends[end] as number);
	if (text.charCodeAt(stop) !== 0x3f) return false;
	let last = end;
	for (let j = end + 1; j < t.count && (t.starts[j] as number) < stop; j++) {
		last = j;
		const c = text.charCodeAt(t.starts[j] as number);
		const name = c >= 0x41 && c <= 0x5a && atClauseStart(text, t, j) && atClauseEnd(text, t, j);
		if (name) return true;
	}
	return last > end && TAG_QUESTIONS.has(t.norm(last)) && atClauseStart(text, t, last);
}

// ---- quoted and reported speech -------------------------------------------------------------------

/** Closing marks for each opening quotation mark (by char code). */
const QUOTE_PAIRS: ReadonlyMap<number, readonly number[]> = new Map([
	[0x22, [0x22]], // "…"
	[0x201e, [0x201c, 0x201d, 0x22]], // „…“
	[0x201c, [0x201d, 0x201c]], // “…”
	[0xbb, [0xab, 0xbb]], // »…«
	[0xab, [0xbb]], // «…»
	[0x2018, [0x2019]], // ‘…’
	[0x27, [0x27]], // '…' (only at a word's edge: "she's" and "residents' lounge" are apostrophes)
]);
const SPEECH_VERBS = new Set([
	'sagde', 'siger', 'sige', 'sagt', 'fortalte', 'fortæller', 'råbte', 'råber', 'skrev', 'skriver', 'udbrød', 'sukkede',
	'svarede', 'svarer', 'spurgte', 'spørger', 'mumlede', 'hviskede', 'bemærkede', 'lød',
	'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'shouted', 'asked', 'replied', 'sighed', 'muttered', 'whispered',
]);
const OPINION_VERBS = new Set(['mener', 'mente', 'synes', 'syntes', 'tror', 'troede', 'thinks', 'thought', 'believes', 'feels', 'felt']);
const NAMING_VERBS = new Set(['kalder', 'kaldte', 'omtaler', 'omtalte', 'calls', 'called']);
const VERB_HASHES: ReadonlySet<number> = new Set([...SPEECH_VERBS, ...OPINION_VERBS, ...NAMING_VERBS].map(hashWord));
const FIRST_PERSON = new Set(['jeg', 'vi', 'i', 'we']);
const THAT = new Set(['at', 'that']);

/** End of the sentence that contains `from`: the next `.`, `!` or `?` before a space, or a line end. */
function sentenceEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x0a) return i;
		if (c === 0x2e || c === 0x21 || c === 0x3f) {
			const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
			if (next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d) return i;
		}
	}
	return text.length;
}

/** True when the quotation marks on the line around `[from, to)` enclose it. */
function insideQuotationMarks(text: string, from: number, to: number): boolean {
	const lineStart = text.lastIndexOf('\n', from - 1) + 1;
	let lineEnd = text.indexOf('\n', to);
	if (lineEnd < 0) lineEnd = text.length;
	let closers: readonly number[] | null = null;
	let openAt = 0;
	for (let i = lineStart; i < lineEnd; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x22) continue;
		if (closers !== null) {
			// A ’ or ' followed by a letter is an apostrophe, not a closing mark.
			if (closers.includes(c) && !((c === 0x2019 || c === 0x27) && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)))) {
				if (openAt <= from && to <= i) return true;
				closers = null;
			}
			continue;
		}
		if (i >= from) return false;
		const pair = QUOTE_PAIRS.get(c);
		// A ' opens a quotation only before a letter and after no letter ("'fodre'", not "it's").
		if (c === 0x27 && ((i > 0 && isWordCode(text.charCodeAt(i - 1))) || i + 1 >= text.length || !isWordCode(text.charCodeAt(i + 1)))) continue;
		if (pair !== undefined) {
			closers = pair;
			openAt = i + 1;
		}
	}
	return closers !== null && openAt <= from;
}

/** Start of the sentence containing `at`: after the previous `.`, `!` or `?` before a space, or a line start. */
function sentenceStart(text: string, at: number): number {
	for (let i = at - 1; i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (c === 0x0a) return i + 1;
		if ((c === 0x2e || c === 0x21 || c === 0x3f) && i + 1 < at) {
			const next = text.charCodeAt(i + 1);
			if (next === 0x20 || next === 0x09) return i + 1;
		}
	}
	return 0;
}

/** Where the reported speech introduced by the verb at word `k` starts, or -1 when it does not. */
function reportedSpeechStart(text: string, t: Tokens, k: number): number {
	const w = t.norm(k);
	const naming = NAMING_VERBS.has(w);
	const speech = SPEECH_VERBS.has(w);
	const opinion = OPINION_VERBS.has(w);
	if (!naming && !speech && !opinion) return -1;
	if (opinion && (k === 0 || FIRST_PERSON.has(t.norm(k - 1)))) return -1;
	if (naming) return t.ends[k] as number;
	for (let m = k; m < Math.min(k + 4, t.count); m++) {
		const gapEnd = m + 1 < t.count ? (t.starts[m + 1] as number) : text.length;
		const gap = text.slice(t.ends[m], gapEnd);
		if (gap.includes(':') && !gap.includes('\n')) return (t.ends[m] as number) + gap.indexOf(':') + 1;
		if (/[.!?\n]/.test(gap)) return -1;
		if (m > k && THAT.has(t.norm(m))) return t.ends[m] as number;
	}
	return -1;
}

/**
 * True when word `i` at `[from, to)` is quoted: inside quotation marks on its line, or in reported
 * speech ("sagde hun: …", "siger SK, at …", "SK mener, at …", "kaldte hende …") in the same
 * sentence. Only the finding's own line and sentence are read.
 */
export function isQuoted(text: string, t: Tokens, i: number, from: number, to: number): boolean {
	if (insideQuotationMarks(text, from, to)) return true;
	const start = sentenceStart(text, from);
	for (let k = i - 1; k >= 0 && (t.starts[k] as number) >= start; k--) {
		if (!VERB_HASHES.has(t.hashes[k] as number)) continue;
		const speech = reportedSpeechStart(text, t, k);
		if (speech >= 0 && speech <= from && sentenceEnd(text, speech) >= to) return true;
	}
	return false;
}

// ---- checking -------------------------------------------------------------------------------------

/**
 * A compiled checker for one set of options; reuse it for many texts. Pass `tokens` to share a
 * tokenizing pass, and the note's vault path so her "not here" choices for that note apply.
 */
export type LanguageChecker = (text: string, tokens?: Tokens, path?: string) => LanguageFinding[];

/** A terminal reached at word `end`. */
interface Candidate {
	readonly end: number;
	readonly terminal: Terminal;
}

/** Follows word `j` from `node`: its literal branch and, for a number, the number branches. */
function step(node: TrieNode, text: string, t: Tokens, j: number, out: Candidate[]): void {
	const lit = node.words.get(t.hashes[j] as number);
	if (lit) reach(lit, text, t, j, out);
	if (node.num || node.time) {
		const c0 = text.charCodeAt(t.starts[j] as number);
		if (c0 >= 0x30 && c0 <= 0x39) {
			if (node.num) reach(node.num, text, t, j, out);
			if (node.time && t.time(j)) reach(node.time, text, t, j, out);
		}
	}
}

function reach(node: TrieNode, text: string, t: Tokens, j: number, out: Candidate[]): void {
	for (const terminal of node.ends) out.push({ end: j, terminal });
	const k = j + 1;
	// Matches never cross a sentence break; the gap is read only when the next word can go on.
	if (k < t.count && mayStep(node, text, t, k) && joined(text, t, k)) step(node, text, t, k, out);
}

/** False when `step` from `node` with word `j` would reach nothing (no literal branch, and no number branch for a number). */
function mayStep(node: TrieNode, text: string, t: Tokens, j: number): boolean {
	if (node.words.size > 0 && node.words.has(t.hashes[j] as number)) return true;
	if (!node.num && !node.time) return false;
	const c0 = text.charCodeAt(t.starts[j] as number);
	return c0 >= 0x30 && c0 <= 0x39;
}

/** True when the words from `i` are the terminal's words (not just equal hashes). */
function sameWords(t: Tokens, i: number, terminal: Terminal): boolean {
	for (let k = 0; k < terminal.words.length; k++) {
		const w = terminal.words[k];
		if (w !== null && w !== undefined && t.norm(i + k) !== w) return false;
	}
	return true;
}

function compileCustom(phrases: readonly CustomPhrase[]): TrieNode | null {
	let root: TrieNode | null = null;
	for (const p of phrases) {
		if (!isLanguageCategory(p.category)) continue;
		const phraseWords = words(p.phrase);
		if (phraseWords.length === 0) continue;
		root ??= newNode();
		insert(root, phraseWords, { entry: null, category: p.category, guard: undefined });
	}
	return root;
}

/** A phrase she allowed with "not here": the words as the watch reads them, and the note (null: everywhere). */
interface NotHereRule {
	readonly words: string;
	readonly path: string | null;
}

/**
 * True when the words `i..end` are allowed: an allowed word or phrase, or a "not here" phrase for this
 * note (or for every note). Shared with the prefilter property test's reference checker.
 */
export function allowedHere(t: Tokens, i: number, end: number, allow: ReadonlySet<string>, notHere: readonly NotHereRule[], path: string | undefined): boolean {
	if (allow.size === 0 && notHere.length === 0) return false;
	const matched = Array.from({ length: end + 1 - i }, (_, k) => t.norm(i + k));
	if (matched.some((w) => allow.has(w)) || allow.has(matched.join(' '))) return true;
	if (notHere.length === 0) return false;
	// One holds the other: "not here" to "hun er en tung" also allows the "en tung" inside it, and the reverse.
	const found = ` ${matched.join(' ')} `;
	return notHere.some((r) => (r.path === null || r.path === path) && (found.includes(` ${r.words} `) || ` ${r.words} `.includes(found)));
}

/** Her "not here" choices as the checker reads them. */
export function notHereRules(options: LanguageWatchOptions): NotHereRule[] {
	return (options.notHere ?? []).map((r) => ({ words: words(r.phrase).join(' '), path: r.path })).filter((r) => r.words !== '');
}

/**
 * The finding that word `i` makes by its form alone, when no phrase of the lexicon starts there: a
 * Danish compound naming a person by a diagnosis, task, aid or product ("liftborger"), or a room
 * number made a name ("16'eren"). Shared with the prefilter property test's reference checker.
 */
export function formFindingAt(text: string, t: Tokens, i: number): { category: LanguageCategory; entryId: string } | null {
	const compound = compoundCategory(text, t, i);
	if (compound !== null) return { category: compound, entryId: `${compound}.compound` };
	if (roomNicknameAt(text, t, i)) return { category: 'objectification', entryId: 'objectification.room' };
	if (weightNameAt(text, t, i)) return { category: 'objectification', entryId: 'objectification.heavy' };
	if (nicknameAt(text, t, i)) return { category: 'mockery', entryId: 'mockery.nickname' };
	return null;
}

/** Compiles the options once; the returned checker is pure and fast. */
export function createLanguageChecker(options: LanguageWatchOptions = {}): LanguageChecker {
	const disabled = new Set(options.disabledCategories ?? []);
	const allow = new Set((options.allowWords ?? []).map((w) => words(w).join(' ')).filter((w) => w !== ''));
	const notHere = notHereRules(options);
	const custom = compileCustom(options.customPhrases ?? []);
	const tries = custom ? [custom, builtInLexicon()] : [builtInLexicon()];
	// A word can start a match only if its hash is a first word of a trie (or it is a number).
	const firstHashes = new Set(tries.flatMap((trie) => [...trie.words.keys()]));
	// One bit per low 16 bits of a first word's hash: most words are ruled out by one array read.
	const firstBits = new Uint8Array(0x10000);
	for (const h of firstHashes) firstBits[h & 0xffff] = 1;
	const numbersStart = tries.some((trie) => trie.num !== null || trie.time !== null);
	const everyCategoryOff = LANGUAGE_CATEGORIES.every((c) => disabled.has(c));

	return (text: string, tokens?: Tokens, path?: string): LanguageFinding[] => {
		if (everyCategoryOff && !custom) return [];
		const t = tokens ?? tokenize(text);
		const findings: LanguageFinding[] = [];
		let starts: number[] | null = null;
		const candidates: Candidate[] = [];
		const n = t.count;
		const push = (category: LanguageCategory, entryId: string, i: number, end: number, quoted: boolean): void => {
			const from = t.starts[i] as number;
			const to = t.ends[end] as number;
			const { line, column } = lineColumn((starts ??= lineStarts(text)), from);
			findings.push({ category, entryId, match: text.slice(from, to), quoted, from, to, line, column });
		};
		/**
		 * A word no phrase starts at: its form alone may still be a finding. Only a long word (a compound),
		 * a number ("16'eren") or a capitalised word (a name) can be one; the rest cost two reads.
		 */
		const byForm = (i: number): void => {
			const start = t.starts[i] as number;
			const c0 = text.charCodeAt(start);
			if ((t.ends[i] as number) - start < 7 && (c0 < 0x30 || c0 > 0x5a) && (c0 < 0xc0 || c0 > 0xde)) return;
			const f = formFindingAt(text, t, i);
			if (f === null || disabled.has(f.category) || !contextAllows(f.category, text, t, i, i)) return;
			if (allowedHere(t, i, i, allow, notHere, path)) return;
			push(f.category, f.entryId, i, i, isQuoted(text, t, i, t.starts[i] as number, t.ends[i] as number));
		};
		let i = 0;
		while (i < n) {
			const h = t.hashes[i] as number;
			if (firstBits[h & 0xffff] === 0 || !firstHashes.has(h)) {
				const c0 = text.charCodeAt(t.starts[i] as number);
				if (!numbersStart || c0 < 0x30 || c0 > 0x39) {
					byForm(i);
					i++;
					continue;
				}
			}
			candidates.length = 0;
			for (const trie of tries) step(trie, text, t, i, candidates);
			if (candidates.length === 0) {
				byForm(i);
				i++;
				continue;
			}
			// Longest first; the user's own phrases first among equals (they were collected first).
			candidates.sort((a, b) => b.end - a.end);
			let matched = -1;
			for (const { end, terminal } of candidates) {
				if (disabled.has(terminal.category) || !sameWords(t, i, terminal)) continue;
				const from = t.starts[i] as number;
				const to = t.ends[end] as number;
				let quotedValue: boolean | null = null;
				const quoted = (): boolean => (quotedValue ??= isQuoted(text, t, i, from, to));
				if (!passesGuard(terminal.guard, text, t, i, end, quoted)) continue;
				if (!contextAllows(terminal.category, text, t, i, end)) continue;
				if (allowedHere(t, i, end, allow, notHere, path)) continue;
				push(terminal.category, terminal.entry?.id ?? 'custom', i, end, quoted());
				matched = end;
				break;
			}
			if (matched < 0) byForm(i);
			i = matched >= 0 ? matched + 1 : i + 1;
		}
		return findings;
	};
}

/** Checks one text. For many texts with the same options, use `createLanguageChecker` once. */
export function checkLanguage(text: string, options: LanguageWatchOptions = {}, path?: string): LanguageFinding[] {
	return createLanguageChecker(options)(text, undefined, path);
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

/**
 * "How I ask": the rules that find the questions the leader wrote down in conversation and meeting
 * notes and sort them into the method's six categories and feelings. Transparent on purpose: a
 * question gets the category of the FIRST rule below whose cue it contains, so the order is the
 * rule. Specific cues come before general ones ("which considerations did you make" is about
 * thoughts, although it contains "did you"). A question no rule matches is counted as unclassified.
 *
 * Feelings come twice: the unmistakable phrases ("how are you", "how was it for you") first, the
 * single feeling words ("hard", "afraid") last, so "what did you do when it got hard?" counts as an
 * action, as the method would hear it.
 *
 * Cues are matched case-insensitively at the start of a word, so `føl` matches "følte", "følelser".
 * Danish and English cues sit side by side; a note may mix the languages.
 */
import type { QuestionCategoryId } from '../domain';
import { stripEmphasis, type Authorship } from '../scaffold';

/** One rule: a category and the word beginnings or phrases that signal it. */
export interface QuestionRule {
	readonly category: QuestionCategoryId;
	readonly cues: readonly string[];
}

/** The rules, in the order they are tried. */
export const QUESTION_RULES: readonly QuestionRule[] = [
	{
		category: 'feelings',
		cues: ['hvordan har du det', 'hvordan har i det', 'hvordan var det for', 'hvordan er det for', 'hvordan havde du det', 'gjorde det ved dig', 'følte du', 'føler du', 'how are you', 'how was it for', 'how is it for', 'how did it feel', 'how does it feel', 'did you feel', 'do you feel', 'what did it do to you'],
	},
	{
		category: 'thoughts',
		cues: ['overvej', 'tror du', 'tror i', 'tænker du', 'tænkte du', 'tanker', 'faglige overvejelser', 'hvad er på spil', 'consider', 'what do you think', 'what did you think', 'thoughts', 'at stake'],
	},
	{
		category: 'intentions',
		cues: ['intention', 'hensigt', 'håbede', 'håber du', 'tænkt dig med', 'tænkt jer med', 'ville du opnå', 'ønskede du', 'opmærksom på', 'formålet', 'intend', 'aim', 'hope', 'hoping', 'attentive', 'wanted to achieve', 'purpose'],
	},
	{
		category: 'knowledge',
		cues: ['ved du', 'ved i', 'viden', 'vidste du', 'know', 'knew', 'knowledge'],
	},
	{
		category: 'experiences',
		cues: ['prøvet', 'erfaring', 'helt sikkert ikke', 'i hvert fald ikke', 'certainly not', 'must not', 'virker', 'har virket', 'lært', 'skal man', 'plejer', 'tried', 'experience', 'works', 'worked', 'learned', 'learnt', 'must one', 'usually'],
	},
	{
		category: 'observations',
		cues: ['observer', 'mærke til', 'lige før', 'forskellen', 'just before', 'the difference', 'lagt mærke', 'lægger mærke', 'lagde mærke', 'så du', 'ser du', 'har du set', 'hørte du', 'bemærke', 'notice', 'observe', 'did you see', 'do you see', 'have you seen', 'did you hear'],
	},
	{
		category: 'actions',
		cues: ['gjorde', 'gør du', 'gør i', 'gjort', 'handle', 'effekt', 'kom der ud af', 'lykkedes', 'did you do', 'do you do', 'did you', 'what did', 'effect', 'came of', 'succeed', 'acted', 'action'],
	},
	{
		category: 'feelings',
		cues: ['føl', 'hårdt', 'svært for dig', 'ked af', 'bange', 'vred', 'reaktion', 'mærker du', 'fortæller din', 'brug for fra mig', 'feel', 'need from me', 'tell you about', 'tells you', 'hard for you', 'upset', 'afraid', 'angry', 'reaction'],
	},
];

/** A question found in a note, with its category (null: no rule matched). */
export interface FoundQuestion {
	readonly text: string;
	readonly category: QuestionCategoryId | null;
	/** 0-based line in the note's body. */
	readonly line: number;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each rule's cues as one regex, matched at a word start (letters include æ, ø, å). */
const COMPILED: readonly { readonly category: QuestionCategoryId; readonly pattern: RegExp }[] = QUESTION_RULES.map((rule) => ({
	category: rule.category,
	pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${rule.cues.map((c) => escape(c).replace(/ /g, '\\s+')).join('|')})`, 'iu'),
}));

/** The category of a question by the rules above, or null when none matches. */
export function classifyQuestion(text: string): QuestionCategoryId | null {
	for (const rule of COMPILED) if (rule.pattern.test(text)) return rule.category;
	return null;
}

const LIST_MARK = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s+)?/;
const HEADING_MARK = /^\s*#{1,6}\s+/;
const TRAILING = /["'”’»)*_\s]+$/;

/**
 * Where a line breaks into sentences: after `?` or `:`, or after `.`/`!` that ends a word of three
 * letters or more (so "hr. B" and "fx. i går" stay whole), before a capital letter or a quote.
 */
const SENTENCE_END = /([?:]|[^\s.]{3}[.!])\s+(?=["'“„«\p{Lu}])/gu;

/** A cheap test: can the line hold more than one sentence at all? */
const MAYBE_SEVERAL = /[.!?:]\s/;

/** A line's sentences (no lookbehind: Obsidian on older iOS lacks it). */
function sentences(line: string): string[] {
	const out: string[] = [];
	let start = 0;
	for (const m of line.matchAll(SENTENCE_END)) {
		const end = m.index + (m[1]?.length ?? 0);
		out.push(line.slice(start, end));
		start = m.index + m[0].length;
	}
	out.push(line.slice(start));
	return out;
}

/**
 * The questions in one line of text: each sentence that ends with "?" (closing quotes, brackets and
 * emphasis after it allowed), list and heading marks stripped, Markdown emphasis taken out. A line
 * is split into sentences first, so "I asked: What did you do? And what did you hope for?" holds
 * two questions, and a question quoted inside a sentence ("I did not ask "how are you?", but: …")
 * is not one.
 */
export function findQuestionsInLine(raw: string): string[] {
	if (!raw.includes('?')) return [];
	const out: string[] = [];
	const line = raw.replace(LIST_MARK, '').replace(HEADING_MARK, '');
	for (const sentence of MAYBE_SEVERAL.test(line) ? sentences(line) : [line]) {
		const text = stripEmphasis(sentence.replace(TRAILING, '').trim()).replace(TRAILING, '').trim();
		if (!text.endsWith('?') || text.length < 3) continue;
		out.push(text);
	}
	return out;
}

/**
 * The questions in a note's body, on any line. Lines inside callouts (`>`), such as an inserted
 * question set, are the catalogue's questions, not hers, and are left out; so are code blocks.
 * (The mirror reads her own lines only, with `findOwnQuestions`.)
 */
export function findQuestions(body: string): FoundQuestion[] {
	const out: FoundQuestion[] = [];
	if (!body.includes('?')) return out;
	const lines = body.split('\n');
	let fenced = false;
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i] ?? '';
		const trimmed = raw.trimStart();
		if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
			fenced = !fenced;
			continue;
		}
		if (fenced || trimmed.startsWith('>')) continue;
		for (const text of findQuestionsInLine(raw)) out.push({ text, category: classifyQuestion(text), line: i });
	}
	return out;
}

/**
 * Her own questions: the questions in the lines she wrote (template guidance, inserted question
 * sets and every other piece of scaffolding left out), outside callouts and code.
 */
export function findOwnQuestions(writing: Authorship): FoundQuestion[] {
	const out: FoundQuestion[] = [];
	for (const line of [...writing.ownHeadings, ...writing.own].sort((a, b) => a.line - b.line)) {
		if (line.quoted) continue;
		for (const text of findQuestionsInLine(line.text)) out.push({ text, category: classifyQuestion(text), line: line.line });
	}
	return out;
}

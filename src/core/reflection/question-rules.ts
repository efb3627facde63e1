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

/**
 * The rules, in the order they are tried. Each cue is a word beginning or a phrase that belongs to a
 * family of ways of asking (an interrogative with a verb family, in Danish with its inflections and
 * spoken forms, and in English), not one example question:
 *
 * 1. feelings, unmistakable: how one is doing or is affected ("hvordan har du det", "hvordan går det",
 *    "påvirker det dig", "sidder du tilbage med", "hvor svært", "how does it affect", "weighing on
 *    you", "what was it like");
 * 2. thoughts: weighing and judging ("overvej-", "vurder-", "afvej-", "forstå-", "mener du", "ser du
 *    på", "tanken bag", "hvorfor valgte/besluttede", "assess", "weigh", "judgement", "make of",
 *    "why did you decide/choose");
 * 3. intentions: what she aimed for ("hvad ville du", "opnå", "mål-", "meningen med", "for øje",
 *    "vægt på", "gik du efter", "håb-", "what did you want", "trying to", "attention to", "hope");
 * 4. knowledge: what one knows and where from ("ved du", "viden", "kender du", "bekendt med",
 *    "står der", "fået at vide", "diagnose", "livshistorie", "know", "learn at/on a course");
 * 5. the effect of an action, before experiences' "virker" ("hvordan virkede det", "virkning",
 *    "kom der ud af", "effect", "came of");
 * 6. experiences: what has worked before ("prøvet", "erfaring", "har virket", "virker", "tidligere",
 *    "aldrig må", "fundet ud af", "plejer", "tried", "works", "never do", "in the past", "over the years");
 * 7. observations: what one saw or heard ("set", "ser du/I", "så du", "hører", "lagt mærke", "mønster",
 *    "reagerede", "tegn", "notice", "signs", "strike you", "pattern", "react", "see", "hear");
 * 8. actions: what one did ("gjorde", "gør du", "gjort", "foretog", "fik du", "bar du dig ad",
 *    "sagde du", "handle", "what did you do/say", "how did you get/manage");
 * 9. feelings, single words last ("føl-", "hårdt", "bange", "vred", "feel", "upset", "afraid"), so
 *    "what did you do when it got hard?" is an action.
 */
export const QUESTION_RULES: readonly QuestionRule[] = [
	{
		// The question's head: "which/what + the category's own noun" says what it asks about,
		// whatever verb follows ("Hvilken viden byggede du på, da du vurderede …?").
		category: 'knowledge',
		cues: ['hvilken viden', 'hvad for en viden', 'what knowledge', 'which knowledge'],
	},
	{
		category: 'experiences',
		cues: ['hvilke erfaring', 'hvilken erfaring', 'what experience', 'which experience'],
	},
	{
		category: 'observations',
		cues: ['hvilke tegn', 'hvilket tegn', 'hvilke ændringer', 'what signs', 'which signs', 'what changes', 'virker hun', 'virker han', 'virkede hun', 'virkede han', 'virker borgeren', 'seem', 'seemed'],
	},
	{
		category: 'feelings',
		cues: [
			'hvordan har du det', 'hvordan har i det', 'hvordan havde du det', 'hvordan går det med dig', 'hvordan går det egentlig med dig', 'hvordan går det med jer',
			'hvordan var det for', 'hvordan er det for', 'hvordan var det at', 'hvordan er det at være', 'gjorde det ved dig', 'gør det ved dig', 'gjorde det ved jer', 'gør det ved jer',
			'påvirker det dig', 'påvirkede det dig', 'påvirker det jer', 'hvordan påvirker', 'hvordan påvirkede', 'sidder du tilbage med', 'sidder i tilbage med',
			'hvor svært', 'hvor hårdt', 'hvor tungt', 'følte du', 'føler du', 'føles det', 'følte i', 'føler i', 'slider det på', 'tærer det på',
			'how are you', 'how was it for', 'how is it for', 'how did it feel', 'how does it feel', 'did you feel', 'do you feel', 'what did it do to you', 'what does it do to you',
			'hvordan har du haft det', 'hvordan var det_', 'how was that', 'hvordan oplevede du', 'hvordan oplever du', 'hvordan oplevede i', 'hvordan oplever i', 'how did you experience', 'how do you experience', 'hvordan klarer du', 'hvordan klarer i', 'er du okay', 'er du ok_', 'are you okay', 'are you ok_', 'coping', 'how does it affect', 'how did it affect', 'affecting you', 'weighing on you', 'weigh on you', 'wearing on you', 'wear on you', 'toll on you', 'what was it like', 'what is it like', 'how hard is', 'how hard was', 'how are things with you',
		],
	},
	{
		category: 'thoughts',
		cues: [
			'overvej', 'vurder', 'afvej', 'forstår du', 'forstår i', 'forstod du', 'forstod i', 'hvordan forstå', 'mener du', 'mener i', 'ligger bag', 'ser du på', 'ser i på', 'tror du', 'tror i', 'tænker du', 'tænker i', 'tænkte du', 'tænkte i',
			'tanker', 'tanken', 'faglige', 'fagligt skøn', 'hvorfor valgte', 'hvorfor besluttede', 'hvorfor bestemte', 'hvad er på spil', 'begrund', 'synes du', 'synes i', 'hvorfor gjorde', 'skønne', 'skønnede', 'skønner', 'din mening', 'jeres mening', 'hvordan ser du det', 'hvordan ser i det', 'får dig til at tro',
			'consider', 'assess', 'weigh', 'judgement', 'judgment', 'what do you think', 'what did you think', 'why do you think', 'thoughts', 'at stake', 'make of', 'in your view', 'your view', 'reasoning',
			'why did you decide', 'why did you choose', 'why did you go for', 'how do you see', 'how do you understand', 'how do you read', 'your take', 'reckon', 'why did you', 'how did you decide', 'opinion', 'makes you think', 'made you think',
		],
	},
	{
		category: 'intentions',
		cues: [
			'intention', 'hensigt', 'håbe', 'håber', 'håbed', 'tænkt dig med', 'tænkt jer med', 'hvad ville du', 'hvad ville i', 'ville du opnå', 'ville i opnå', 'opnå', 'ønskede du', 'ønskede i', 'opmærksom på',
			'formål', 'meningen med', 'mål med', 'målet', 'dit mål', 'jeres mål', 'for øje', 'vægt på', 'gik du efter', 'gik i efter', 'vigtigste for dig', 'vigtigt for dig', 'vigtigt for jer', 'skulle det give', 'skal det give',
			'prøver at give', 'prøvede at give', 'prøver du at', 'prøvede du at', 'holde fast i', 'bevare', 'hvorfor ville du', 'hvorfor ville i', 'planen', 'ideen med', 'idéen med', 'ønsker du for', 'ønsker i for', 'din plan', 'jeres plan', 'pointen med', 'få ud af', 'have ud af',
			'intend', 'aim', 'hope', 'hoping', 'attentive', 'attention to', 'wanted to', 'what did you want', 'what do you want', 'want to achieve', 'trying to', 'purpose', 'goal', 'going for', 'protect for', 'why did you want', 'the idea', 'the plan', 'your plan', 'the point of', 'get out of', 'mattered to you', 'matters to you', 'mattered most', 'matters most',
		],
	},
	{
		category: 'knowledge',
		cues: [
			'ved du', 'ved i', 'vidste du', 'vidste i', 'viden', 'kender du', 'kender i', 'kendskab', 'bekendt med', 'står der', 'stod der', 'fået at vide', 'fik du at vide', 'diagnose', 'livshistorie',
			'på skolen', 'på kurset', 'uddannelse', 'ved vi', 'hvad hed', 'hvad hedder', 'arbejdede hun som', 'arbejdede han som',
			'know', 'knew', 'knowledge', 'familiar with', 'diagnosis', 'life story', 'where did you learn', 'at school', 'on the course', 'training', 'does it say', 'did it say', 'for a living',
		],
	},
	{
		category: 'actions',
		cues: ['hvordan virkede det', 'virkede det', 'virkning', 'kom der ud af', 'effekt', 'effect', 'came of', 'come of', 'reagerede du', 'reagerede i', 'did you respond', 'did you react', 'håndter', 'how did you handle'],
	},
	{
		category: 'experiences',
		cues: [
			'prøvet', 'erfar', 'helt sikkert ikke', 'i hvert fald ikke', 'aldrig må', 'aldrig gøre', 'aldrig gør', 'virker', 'har virket', 'virket', 'lært', 'skal man', 'plejer', 'tidligere', 'dengang', 'gamle arbejde', 'fundet ud af', 'gennem årene', 'hvad hjælper', 'har hjulpet', 'nogensinde', 'nogen sinde',
			'certainly not', 'must not', 'never do', 'should we never', 'must one', 'tried', 'experience', 'works_', 'worked_', 'learned', 'learnt', 'usually', 'in the past', 'over the years', 'from your years', 'previously', 'before now', 'what helps', 'has helped', 'have you ever', 'ever tried',
		],
	},
	{
		category: 'observations',
		cues: [
			'observer', 'mærke til', 'lagt mærke', 'lægger mærke', 'lagde mærke', 'bemærke', 'lige før', 'forskellen', 'så du', 'ser du', 'ser i', 'så i', 'har du set', 'har i set', 'hørte du', 'hørte i', 'hører du', 'hører i', 'så ud',
			'hvordan så', 'mønster', 'reagere', 'tegn', 'ændret', 'ændring', 'forandring', 'slår dig', 'slog dig',
			'notice', 'observe', 'did you see', 'do you see', 'have you seen', 'did you hear', 'have you heard', 'just before', 'the difference', 'signs', 'sign of', 'strike you', 'struck you', 'pattern', 'react_', 'reacted', 'reacts_', 'look like', 'looked like', 'spotted', 'changed',
		],
	},
	{
		category: 'actions',
		cues: [
			'gjorde', 'gør du', 'gør i', 'gjort', 'handle', 'lykkedes', 'foretog', 'fik du', 'fik i', 'bar du dig ad', 'bar i jer ad', 'greb du', 'greb i', 'sagde du', 'sagde i', 'gik du til', 'gik i til', 'tog du', 'tog i',
			'what did you do', 'did you do', 'do you do', 'what did you say', 'how did you get', 'how did you manage', 'what else did you', 'hvilke skridt', 'what steps', 'how did you', 'how do you', 'hvordan fik', 'hvordan gjorde', 'hvordan greb', 'hvordan kom du', 'hvordan kom i', 'succeed', 'acted', 'action', 'went about', 'go about',
		],
	},
	{
		category: 'feelings',
		cues: ['føl', 'hårdt', 'svært for dig', 'ked af', 'bange', 'vred', 'frustr', 'bekymr', 'stress', 'træt', 'overvæld', 'reaktion', 'mærker du', 'fortæller din', 'brug for fra mig', 'feel', 'need from me', 'tell you about', 'tells you', 'hard for you', 'upset', 'afraid', 'angry', 'scared', 'worried', 'frustrat', 'tired', 'overwhelm', 'reaction'],
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
	pattern: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${rule.cues.map(cuePattern).join('|')})`, 'iu'),
}));

/** A cue as a pattern: spaces match any run of spaces; a final `_` asks for the end of a word ("works_" is not "workshop"). */
function cuePattern(cue: string): string {
	const whole = cue.endsWith('_');
	const body = escape(whole ? cue.slice(0, -1) : cue).replace(/ /g, '\\s+');
	return whole ? `${body}(?![\\p{L}\\p{N}])` : body;
}

/**
 * Spoken fillers that stand between a question word and its verb without changing what is asked
 * ("Hvad gjorde du egentlig?", "What did you actually do?"); taken out before the cues are tried.
 */
const FILLERS = /(^|[^\p{L}])(?:egentlig|jo|vel|altså|faktisk|actually|really|honestly)(?=[^\p{L}]|$)/giu;

/** The category of a question by the rules above, or null when none matches. */
export function classifyQuestion(text: string): QuestionCategoryId | null {
	const plain = text.replace(FILLERS, '$1').replace(/\s+/g, ' ');
	for (const rule of COMPILED) if (rule.pattern.test(plain)) return rule.category;
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
	const line = stripEmphasis(raw.replace(LIST_MARK, '').replace(HEADING_MARK, ''));
	for (const sentence of MAYBE_SEVERAL.test(line) ? sentences(line) : [line]) {
		const text = sentence.replace(TRAILING, '').trim();
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

/**
 * Context for the language watch: what the words around a phrase say about whether it is used of a
 * person, by whom, and whether it is used at all. The lexicon finds candidate phrases; these rules
 * decide, from the sentence they stand in:
 *
 * - who a word stands for: a room, bed, number, aid or diagnosis that a person's verb follows
 *   ("stue 7 har ringet", "the PEG in the end room is due at six") is a person named as a thing;
 * - what a verb is done to: "changing them", "parkér ham" (a person as the object);
 * - mention versus use: a word quoted as a word ("ordet 'fodre'", "the word 'heavy'", "why 'feeding'
 *   sounds wrong") is talked about, not said;
 * - negation: "han var overhovedet ikke besværlig", "she's not doing it for attention";
 * - who speaks about whom: a resident about herself ("'jeg er en gammel sur kælling', siger Grethe"),
 *   family to family ("kære søde mor"), a resident's own name for a carer ("kalder mig 'min lille pige'");
 * - powerlessness that is followed, in the same sentence, by what was done about it
 *   ("… men i dag talte jeg med min leder, og nu har vi en plan").
 *
 * And Danish compounding by morphology (`compoundAt`): a word ending in -borger, -beboer, -patient,
 * -dement or -tilfælde whose first part is a care task, an aid, a product or a diagnosis
 * ("liftborger", "sondepatienten", "alzheimertilfælde") names a person by what is done to or for her.
 *
 * Every rule reads only the finding's own sentence, and only when something was found (or, for
 * compounds, when a long word has a fitting last letter), so the check stays one tokenizing pass.
 */
import type { LanguageCategory } from './lexicon';
import type { Tokens } from './tokens';

// ---- clauses --------------------------------------------------------------------------------------

const BREAK_CHARS = '.!?;:\n';
const CLAUSE_END_CHARS = ',.!?;:\n"“”„»«()[]–—';

/** A membership table over char codes for a set of characters (each below 0x2100). */
function charTable(chars: string): Uint8Array {
	const table = new Uint8Array(0x2100);
	for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
	return table;
}
const BREAK_TABLE = charTable(BREAK_CHARS);
const CLAUSE_END_TABLE = charTable(CLAUSE_END_CHARS);

/** True when a character in `[from, to)` is in the table (codes beyond it never are). */
function gapHas(text: string, from: number, to: number, chars: Uint8Array): boolean {
	for (let i = from; i < to; i++) if (chars[text.charCodeAt(i)] === 1) return true;
	return false;
}

/** True when word `j` follows word `j - 1` in the same sentence. */
export function joined(text: string, t: Tokens, j: number): boolean {
	return !gapHas(text, t.ends[j - 1] as number, t.starts[j] as number, BREAK_TABLE);
}

/** True when word `j` follows word `j - 1` in the same clause (no comma, quotation mark or dash between). */
export function sameClause(text: string, t: Tokens, j: number): boolean {
	return !gapHas(text, t.ends[j - 1] as number, t.starts[j] as number, CLAUSE_END_TABLE);
}

export function prevWord(text: string, t: Tokens, i: number): string | null {
	if (i === 0 || !joined(text, t, i)) return null;
	return t.norm(i - 1);
}

export function nextWord(text: string, t: Tokens, end: number): string | null {
	if (end + 1 >= t.count || !joined(text, t, end + 1)) return null;
	if (gapHas(text, t.ends[end] as number, t.starts[end + 1] as number, CLAUSE_END_TABLE)) return null;
	return t.norm(end + 1);
}

export function atClauseEnd(text: string, t: Tokens, end: number): boolean {
	if (end + 1 >= t.count) return true;
	return gapHas(text, t.ends[end] as number, t.starts[end + 1] as number, CLAUSE_END_TABLE);
}

/** True when a clause edge (comma, quotation mark, dash, sentence break) lies before word `i`. */
export function atClauseStart(text: string, t: Tokens, i: number): boolean {
	if (i === 0) return true;
	return gapHas(text, t.ends[i - 1] as number, t.starts[i] as number, CLAUSE_END_TABLE);
}

function isUpper(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || code === 0xc6 || code === 0xd8 || code === 0xc5 || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}
function isDigitCode(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

// ---- who a word stands for ------------------------------------------------------------------------

/**
 * Verbs only a person does, in the forms a handover uses, and care tasks that are done to a person
 * ("skal vendes", "needs changing"): after a room, bed, number, aid or diagnosis they make it a person.
 * "Stue 7 skal males" and "Room 11 needs a new light bulb" have neither.
 */
const PERSON_VERBS = new Set([
	// Danish: calling, asking, shouting, crying, eating, sleeping, wanting, waiting, shaking, coughing
	'ringer', 'ringede', 'ringet', 'kimer', 'trykker', 'trykket', 'trykkede', 'råber', 'råbte', 'råbt', 'skriger', 'skreg', 'kalder', 'kaldte',
	'spørger', 'spurgte', 'spurgt', 'græder', 'græd', 'grædt', 'klager', 'klagede', 'brokker', 'jamrer', 'larmer', 'larmede', 'vandrer', 'vandrede',
	'ryster', 'rystede', 'hoster', 'hostede', 'sover', 'sov', 'spiser', 'spiste', 'spist', 'drikker', 'venter', 'ventede', 'nægter', 'nægtede',
	'vil', 'ville', 'gider', 'slår', 'slog', 'bider', 'sparker', 'spytter', 'tisser', 'faldt', 'falder', 'sidder', 'sad', 'hoppede', 'flygter',
	'kommer', 'kom', 'fået', 'morgenmad', 'frokost', 'aftensmad', 'medicin', 'medicinen', 'pillerne', 'insulin', 'ilt', 'bad', 'badet', 'op', 'ned', 'ud',
	'skiftes', 'skiftet', 'vendes', 'vendt', 'vaskes', 'vasket', 'løftes', 'liftes', 'soignere', 'soigneres', 'klokken', 'snorken',
	// English
	'rings', 'rang', 'ringing', 'buzzing', 'buzzed', 'buzzes', 'buzzer', 'bell', 'shouting', 'shouted', 'shouts', 'screaming', 'screamed', 'screams', 'yelling',
	'calling', 'called', 'asking', 'asked', 'asks', 'crying', 'cried', 'cries', 'moaning', 'moaned', 'kicking', 'wandering', 'wanders', 'sleeping', 'slept',
	'eating', 'ate', 'eaten', 'wants', 'wanted', 'refusing', 'refused', 'refuses', 'came', 'coming', 'arrived', 'shaking', 'coughing', 'spitting', 'hitting',
	'changing', 'changed', 'turning', 'turned', 'washing', 'washed', 'feeding', 'fed', 'toileting', 'toileted', 'hoisting', 'doing', 'done', 'due', 'breakfast',
	'lunch', 'meds', 'insulin', 'oxygen', 'up', 'needs', 'wet', 'soaked', 'soiled', 'sundowning', 'sundowns', 'kicking-off', 'screamer',
	// Aids and hands a person needs: "room 12 needs the hoist and two carers", "skal have liften".
	'hoist', 'carers', 'carer', 'liften', 'lift', 'hjælpere', 'plejere', 'bleskift',
]);
/**
 * "needs" and "skal" are a person's only before a care task: "bed 3 needs changing" but "room 11
 * needs a new light bulb". So these two are a person's verb only when a care task follows.
 */
const NEED_VERBS = new Set(['needs', 'need', 'skal', 'skulle', 'trænger', 'mangler']);
const CARE_TASKS = new Set([
	'changing', 'turning', 'washing', 'feeding', 'toileting', 'doing', 'hoisting', 'help', 'pads', 'meds', 'insulin', 'oxygen',
	'op', 'ned', 'skiftes', 'vendes', 'vaskes', 'løftes', 'liftes', 'soigneres', 'hjælp', 'ilt', 'medicin', 'morgenmad', 'mad', 'bad', 'tisse',
]);
/** Words before the noun that treat it as someone to be seen to ("tage dig af parkinsonen", "I've got the stroke"). */
const HANDLING_BEFORE = new Set(['tage', 'tager', 'tog', 'taget', 'tag', 'passe', 'passer', 'got', 'get', 'take', 'took', 'taking', 'see', 'do', 'did', 'doing']);
/** Nouns that make a compound with an aid before them: "the catheter bag was changed" is about a bag. */
const THING_HEADS = new Set(['feeding', 'feed', 'feeds', 'bag', 'bags', 'site', 'tube', 'care', 'chart', 'plan', 'battery', 'sling', 'strap', 'pump', 'line', 'dressing', 'bottle', 'mask', 'machine', 'pads', 'pad', 'charger', 'service', 'check', 'order', 'delivery', 'supplies']);
const COORDINATORS = new Set(['and', 'og', 'men', 'but', 'or', 'eller', 'while', 'mens', 'so', 'så', 'then', 'derefter']);
/** Prepositions of place: "i 15", "på 14", "fra 22", "in bay two", "at number 15", "on Ash Lane". */
const LOCATIVES = new Set(['i', 'på', 'inde', 'ude', 'fra', 'ovre', 'nede', 'oppe', 'in', 'on', 'at', 'from', 'down', 'over']);
/** Words for a resident's room: after "i", "på", "in" they place a person ("i stue 4", "in bay two"). */
const ROOM_WORDS = new Set(['stue', 'værelse', 'nummer', 'nr', 'seng', 'lejlighed', 'bolig', 'room', 'bed', 'bay', 'flat', 'number', 'no']);
/**
 * Places in a house: they place a person only after a second preposition or an article ("inde ved
 * vinduet", "in the end room"); "rollatoren på gangen" is where a thing stands.
 */
const PLACE_NOUNS = new Set([...ROOM_WORDS, 'gangen', 'enden', 'hjørnet', 'vinduet', 'døren', 'end', 'corner']);

/**
 * True when the word at `j` places someone: a room word, a capitalised word (a street), or a number,
 * except after "at", where a number is a time ("the pad at 6").
 */
function placeWord(text: string, t: Tokens, j: number, words: ReadonlySet<string>): boolean {
	const c = text.charCodeAt(t.starts[j] as number);
	if (isDigitCode(c)) return t.norm(j - 1) !== 'at';
	return isUpper(c) || words.has(t.norm(j));
}

/**
 * True when the words `i..end` stand for a person: a person's verb (or a need and a care task) in the
 * three words after them in the same clause, a place after them ("i 15", "in the end room"), or a
 * handling verb before them ("tage", "got").
 */
export function personContext(text: string, t: Tokens, i: number, end: number): boolean {
	const prev = prevWord(text, t, i);
	if (prev !== null && sameClause(text, t, i)) {
		if (HANDLING_BEFORE.has(prev)) return true;
		// "tage sig af", "passe på": caring for someone.
		if ((prev === 'af' || prev === 'på') && i >= 2 && ['sig', 'dig', 'mig', 'os', 'jer', 'passe', 'passer'].includes(t.norm(i - 2))) return true;
	}
	const last = Math.min(t.count - 1, end + 3);
	for (let j = end + 1; j <= last; j++) {
		if (!joined(text, t, j) || !sameClause(text, t, j)) return false;
		const w = t.norm(j);
		// A new verb phrase after "and", "men", "while" has its own subject ("with the hoist and turned her").
		if (COORDINATORS.has(w)) return false;
		if (j === end + 1 && THING_HEADS.has(w)) return false;
		if (j === end + 1 && LOCATIVES.has(w) && j + 1 < t.count && joined(text, t, j + 1)) {
			if (placeWord(text, t, j + 1, ROOM_WORDS)) return true;
			// "inde ved vinduet", "ovre i 12", "in the end room": a second preposition or an article first.
			if (j + 2 < t.count && joined(text, t, j + 2) && ['ved', 'i', 'på', 'bag', 'for', 'the', 'den', 'det'].includes(t.norm(j + 1)) && placeWord(text, t, j + 2, PLACE_NOUNS)) return true;
		}
		if (NEED_VERBS.has(w)) {
			const after = j + 1 < t.count && joined(text, t, j + 1) ? t.norm(j + 1) : '';
			if (CARE_TASKS.has(after) || PERSON_VERBS.has(after)) return true;
			continue;
		}
		if (PERSON_VERBS.has(w)) return true;
	}
	return false;
}

/** Words that, right after a verb, make a person its object. */
const PERSON_OBJECTS = new Set([
	'hende', 'ham', 'dem', 'borgeren', 'beboeren', 'borgerne', 'beboerne', 'fru', 'hr', 'her', 'him', 'them', 'mrs', 'mr', 'ms', 'miss', 'residents', 'everyone',
	'everybody', 'somebody', 'alle', 'nogen',
]);

/** Words that may follow "her" as an object ("changed her at six"), not as a possessive ("changed her pad"). */
const OBJECT_FOLLOWERS = new Set(['in', 'on', 'at', 'into', 'onto', 'out', 'up', 'down', 'over', 'before', 'after', 'again', 'yet', 'now', 'then', 'first', 'last', 'and', 'or', 'but', 'while', 'every', 'twice', 'quickly', 'already', 'too', 'off', 'back', 'to', 'for', 'with', 'by', 'all', 'this', 'today', 'tonight', 'this morning']);

/** True when a person is the object right after word `end`: a pronoun, "fru", "the resident(s)" or a name. */
export function personObjectAfter(text: string, t: Tokens, end: number): boolean {
	const j = end + 1;
	if (j >= t.count || !joined(text, t, j) || !sameClause(text, t, j)) return false;
	const w = t.norm(j);
	// "changed her pad", "packed Mary's bag": a possessive, the object is the thing after it.
	if (w.endsWith("'s")) return false;
	if ((w === 'her' || w === 'hans' || w === 'his') && j + 1 < t.count && joined(text, t, j + 1) && sameClause(text, t, j + 1) && !OBJECT_FOLLOWERS.has(t.norm(j + 1))) return false;
	if (PERSON_OBJECTS.has(w)) return true;
	if ((w === 'the' || w === 'den') && j + 1 < t.count) {
		const n = t.norm(j + 1);
		return n === 'resident' || n === 'residents' || n === 'lady' || n === 'man' || n === 'gentleman' || n === 'patient' || n === 'patients';
	}
	// A name: a capitalised word that is not "I" (the pronoun).
	return isUpper(text.charCodeAt(t.starts[j] as number)) && w !== 'i' && !isDigitCode(text.charCodeAt(t.starts[j] as number));
}

// ---- mention, negation, speaker -------------------------------------------------------------------

/** Nouns that talk about a word as a word: "ordet 'fodre'", "the term 'heavy'". */
const MENTION_NOUNS = new Set([
	'ordet', 'ord', 'ordene', 'udtrykket', 'udtryk', 'begrebet', 'betegnelsen', 'betegnelse', 'vendingen', 'vending', 'word', 'words', 'term', 'terms', 'phrase',
	'expression', 'label',
]);
/** Before a word in quotation marks: talking about it ("om 'fodre'", "why 'feeding' sounds wrong"). */
const MENTION_BEFORE_QUOTE = new Set([...MENTION_NOUNS, 'om', 'about', 'hvorfor', 'why', 'som', 'like', 'as', 'says', 'say', 'siger', 'sige', 'bruge', 'bruger', 'use', 'using', 'used', 'brugt', 'skrive', 'write', 'writing', 'instead', 'stedet']);

/** The quotation marks that enclose `[from, to)` on its line when they hold nothing else, else null. */
function tightQuote(text: string, from: number, to: number): number | null {
	let a = from - 1;
	while (a >= 0 && (text.charCodeAt(a) === 0x20 || text.charCodeAt(a) === 0xa0)) a--;
	let b = to;
	while (b < text.length && (text.charCodeAt(b) === 0x20 || text.charCodeAt(b) === 0xa0)) b++;
	if (a < 0 || b >= text.length) return null;
	const open = text.charCodeAt(a);
	const close = text.charCodeAt(b);
	const opens = open === 0x27 || open === 0x22 || open === 0x2018 || open === 0x201c || open === 0x201e || open === 0xbb || open === 0xab;
	const closes = close === 0x27 || close === 0x22 || close === 0x2019 || close === 0x201d || close === 0x201c || close === 0xab || close === 0xbb;
	return opens && closes ? a : null;
}

/**
 * True when the words `i..end` are mentioned, not used: a mention noun just before them ("ordet
 * fodre", "the word 'heavy'"), or they alone fill quotation marks after "om", "why", "som", "like",
 * a mention noun or a verb of using ("why 'feeding' sounds wrong", "write 'needs two carers' instead").
 */
export function isMention(text: string, t: Tokens, i: number, end: number): boolean {
	for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
		if (!joined(text, t, k + 1)) break;
		if (MENTION_NOUNS.has(t.norm(k))) return true;
	}
	const from = t.starts[i] as number;
	const open = tightQuote(text, from, t.ends[end] as number);
	if (open === null) return false;
	// "'De demente' er en betegnelse, …", "'heavy' is a word we …": a mention noun just after the quote.
	for (let k = end + 1; k <= Math.min(t.count - 1, end + 3); k++) {
		if (!joined(text, t, k)) break;
		if (MENTION_NOUNS.has(t.norm(k))) return true;
	}
	if (i === 0 || (t.ends[i - 1] as number) > open) return false;
	const before = t.norm(i - 1);
	if (MENTION_BEFORE_QUOTE.has(before)) return true;
	// "kaldte det 'fodring'", "called it 'feeding time'": a name for an activity, not for a person.
	return (before === 'det' || before === 'it') && i >= 2 && ['kaldte', 'kalder', 'kaldt', 'called', 'calls', 'call'].includes(t.norm(i - 2));
}

/**
 * Negators, and words that make a clause a supposition: a quality denied or supposed is not ascribed
 * ("ikke besværlig", "not difficult", "hvis han vil have opmærksomhed, hvad mangler han så?").
 */
const NEGATORS = new Set([
	'ikke', 'aldrig', 'ingenlunde', 'hverken', 'not', 'never', "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "don't", "won't", "can't", 'no', 'nor',
	'hvis', 'if', 'whether',
]);
/** Words that may stand between a negator and what it denies ("overhovedet ikke", "not at all", "ikke fordi han er"). */
const NEGATION_FILLER = new Set([
	'overhovedet', 'slet', 'spor', 'så', 'særlig', 'specielt', 'længere', 'mere', 'fordi', 'at', 'det', 'er', 'var', 'hun', 'han', 'de', 'being', 'really', 'that',
	'so', 'very', 'at', 'all', 'just', 'because', 'it', 'is', 'was', 'she', 'he', 'they', "she's", "he's", "it's", 'doing', 'for', 'en', 'et', 'a', 'an', 'her', 'his',
	'hans', 'hendes', 'fault', 'skyld', 'kun', 'only', 'bare',
]);
/** Categories where a negation before the phrase denies it; a task verb, elderspeak or resignation negated is still said. */
const NEGATABLE: ReadonlySet<LanguageCategory> = new Set(['labelling', 'objectification', 'blame', 'mockery']);

/** True when a negator stands before word `i` in its clause, with only filler words between. */
export function isNegated(text: string, t: Tokens, i: number): boolean {
	for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
		if (!sameClause(text, t, k + 1)) return false;
		const w = t.norm(k);
		if (NEGATORS.has(w)) return true;
		if (!NEGATION_FILLER.has(w)) return false;
	}
	return false;
}

/** A person speaking of herself: "jeg er en gammel sur kælling", "I'm a silly old fool", "kalder sig selv …". */
const SELF_COPULA = new Set(['jeg', 'i', "i'm"]);
const KIN = new Set([
	'mor', 'far', 'mormor', 'morfar', 'farmor', 'farfar', 'moster', 'faster', 'onkel', 'bedste', 'bedstemor', 'bedstefar', 'mum', 'mom', 'mummy', 'dad', 'daddy', 'nan',
	'nana', 'gran', 'granny', 'grandma', 'grandad', 'grandpa', 'mother', 'father', 'mamma', 'pappa', 'farmand', 'skatter',
]);
const SELF_REFERENCE = new Set(['mig', 'me', 'os', 'us', 'sig', 'herself', 'himself', 'myself']);
/** Verbs of feeling oneself so ("føler sig som et barn", "feels like a child"): her experience, not a label put on her. */
const FEEL_VERBS = new Set(['føler', 'følte', 'feels', 'felt', 'feel']);
/** The categories a resident or relative can use of herself or her own without it being the staff's language. */
const SPEAKER_SENSITIVE: ReadonlySet<LanguageCategory> = new Set(['labelling', 'objectification', 'blame', 'mockery', 'infantilising']);

/**
 * True when the words are a person's own words about herself, or family's about family: "jeg er en
 * gammel sur kælling" (first person just before, in its clause), "kalder mig/sig selv 'min lille
 * pige'", "føler sig som et barn", "kære søde mor" (a kin word next to it).
 */
export function ownVoice(text: string, t: Tokens, i: number, end: number): boolean {
	const next = end + 1 < t.count && joined(text, t, end + 1) && sameClause(text, t, end + 1) ? t.norm(end + 1) : '';
	const prev = i > 0 && joined(text, t, i) && sameClause(text, t, i) ? t.norm(i - 1) : '';
	if (KIN.has(next) || KIN.has(prev)) return true;
	for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
		if (!joined(text, t, k + 1)) break;
		const w = t.norm(k);
		if (SELF_REFERENCE.has(w) && k > 0 && ['kalder', 'kaldte', 'calls', 'called', 'call', 'føler', 'følte', 'feels', 'felt', 'selv'].some((v) => v === t.norm(k - 1) || v === w)) return true;
		if (w === 'selv' && k > 0 && SELF_REFERENCE.has(t.norm(k - 1))) return true;
		if (FEEL_VERBS.has(w)) return true;
		if (SELF_COPULA.has(w) && k + 1 < t.count && ["i'm", 'er', 'var', 'am', 'was'].some((v) => v === w || v === t.norm(k + 1)) && (w !== 'i' || t.norm(k + 1) === 'am' || t.norm(k + 1) === 'was')) return true;
		if (!sameClause(text, t, k + 1)) break;
	}
	return false;
}

/** A refusal respected: "which is her right", "og det er hans ret", "her choice". */
const RIGHTS = new Set(['ret', 'right', 'choice', 'valg']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'hendes', 'hans', 'deres', 'sin', 'sit']);

/** True when, later in the sentence, the refusal is called her right or choice ("which is her right"). */
export function respectedLater(text: string, t: Tokens, end: number): boolean {
	for (let j = end + 2; j < t.count && joined(text, t, j); j++) {
		if (RIGHTS.has(t.norm(j)) && POSSESSIVES.has(t.norm(j - 1))) return true;
	}
	return false;
}

/** After "men"/"but": what was done about it ("men i dag talte jeg med min leder, og nu har vi en plan"). */
const RESOLUTION = new Set(['plan', 'planen', 'aftalt', 'aftalte', 'aftale', 'hjalp', 'helped', 'helps', 'talte', 'talked', 'spoke', 'agreed', 'løsning', 'solution', 'sparring', 'booked', 'bestilt', 'bestilte']);
/** Words that tell a plan was made even without a "men"/"but" ("…, og aftalte sparring hver fredag"). */
const AGREED = new Set(['aftalte', 'aftalt', 'agreed', 'sparring', 'planlagt', 'planned']);

/** True when a "men"/"but" later in the sentence of word `end` leads to a plan or help, or a plan was agreed. */
export function resolvedLater(text: string, t: Tokens, end: number): boolean {
	let contrast = false;
	for (let j = end + 1; j < t.count && joined(text, t, j); j++) {
		const w = t.norm(j);
		if (w === 'men' || w === 'but') contrast = true;
		else if ((contrast && RESOLUTION.has(w)) || AGREED.has(w)) return true;
	}
	return false;
}

/**
 * The context rules every finding passes, after its own guard: not mentioned, not negated (for
 * qualities), not a person's own words about herself or family's about family, not resignation
 * already answered by a plan in the same sentence.
 */
export function contextAllows(category: LanguageCategory, text: string, t: Tokens, i: number, end: number): boolean {
	if (isMention(text, t, i, end)) return false;
	if (NEGATABLE.has(category) && isNegated(text, t, i)) return false;
	if (SPEAKER_SENSITIVE.has(category) && ownVoice(text, t, i, end)) return false;
	if (category === 'powerlessness' && resolvedLater(text, t, end)) return false;
	if (category === 'blame' && respectedLater(text, t, end)) return false;
	return true;
}

// ---- Danish compounds ----------------------------------------------------------------------------

/** Last parts that name a person: "-borger", "-beboer", "-patient", "-dement", "-tilfælde", with their endings. */
const COMPOUND = /^(.+?)-?(borger|beboer|patient|dement|tilfælde|damer|dame|mænd|mand|folk)(e|en|er|ne|erne|ene|t|s|ens|ernes|nes)?$/;
const HEADS = ['borger', 'beboer', 'patient', 'dement', 'tilfælde', 'damer', 'dame', 'mænd', 'mand', 'folk'];
const ENDINGS = ['', 'e', 'en', 'er', 'ne', 'erne', 'ene', 't', 's', 'ens', 'ernes', 'nes'];

/** The last four characters of a word as one number, lowercased (ASCII and Latin-1 letters). */
function tailKey(text: string, end: number): number {
	let key = 0;
	for (let k = end - 4; k < end; k++) key = (key << 8) | (text.charCodeAt(k) | 0x20);
	return key >>> 0;
}
/**
 * Every four-letter ending a compound can have ("rgere", "ienten"): one set look-up rules out almost
 * every other word before the regular expression runs (the check reads every word of a note).
 */
const COMPOUND_TAILS: ReadonlyMap<number, readonly string[]> = (() => {
	const map = new Map<number, string[]>();
	for (const ending of HEADS.flatMap((h) => ENDINGS.map((e) => h + e))) {
		const key = tailKey(ending, ending.length);
		map.set(key, [...(map.get(key) ?? []), ending]);
	}
	return map;
})();

/** True when the word ending at `end` ends with `ending` (lowercase), read in place: no string is made. */
function endsWithLower(text: string, start: number, end: number, ending: string): boolean {
	if (end - start <= ending.length) return false;
	for (let k = 1; k <= ending.length; k++) if ((text.charCodeAt(end - k) | 0x20) !== ending.charCodeAt(ending.length - k)) return false;
	return true;
}

/** Heads that name a person only after a diagnosis ("demensdamerne"), never after a thing ("skraldemand"). */
const DIAGNOSIS_ONLY_HEADS = new Set(['damer', 'dame', 'mænd', 'mand', 'folk']);
/** First parts: a diagnosis makes a label, a care task, aid or product makes a thing. */
const DIAGNOSIS_PARTS = ['demens', 'alzheimer', 'alzheimers', 'parkinson', 'parkinsons', 'kol', 'sklerose', 'apopleksi', 'diabetes', 'diabetiker', 'kræft', 'cancer', 'hjerneskade', 'psykiatri', 'psyk', 'misbrugs', 'misbruger', 'hospice', 'terminal', 'dialyse'];
const THING_PARTS = [
	'lift', 'loftlift', 'sonde', 'peg', 'ble', 'bleer', 'kateter', 'ilt', 'rollator', 'kørestol', 'kørestols', 'stomi', 'insulin', 'tomands', 'to-mands', 'tung', 'tunge',
	'plejetung', 'sengeliggende', 'senge', 'vende', 'vendings', 'bad', 'made', 'madnings', 'toilet', 'skifte', 'medicin', 'sug', 'suge',
];

/**
 * The category of a Danish compound that names a person by a diagnosis, a care task, an aid or a
 * product, or null. Words shorter than 8 letters, or not ending in r, e, n, t or s, are never read.
 */
export function compoundCategory(text: string, t: Tokens, i: number): LanguageCategory | null {
	const start = t.starts[i] as number;
	const end = t.ends[i] as number;
	if (end - start < 7) return null;
	const last = text.charCodeAt(end - 1) | 0x20;
	if (last !== 0x72 && last !== 0x65 && last !== 0x6e && last !== 0x74 && last !== 0x73 && last !== 0x64 && last !== 0x6b) return null;
	// Most words stop here: their last four letters, then their whole ending, fit no head.
	const endings = COMPOUND_TAILS.get(tailKey(text, end));
	if (endings === undefined || !endings.some((e) => endsWithLower(text, start, end, e))) return null;
	const m = COMPOUND.exec(t.norm(i));
	if (!m) return null;
	const first = m[1] as string;
	const stem = first.endsWith('s') && first.length > 3 ? first.slice(0, -1) : first;
	if (DIAGNOSIS_PARTS.some((p) => first.endsWith(p) || stem.endsWith(p))) return 'labelling';
	// "-tilfælde" after a care aid is a case of equipment, not a person; "-mand" after a thing is a trade.
	if (m[2] === 'tilfælde' || DIAGNOSIS_ONLY_HEADS.has(m[2] as string)) return null;
	if (THING_PARTS.some((p) => first === p || stem === p || (p.length >= 4 && (first.endsWith(p) || stem.endsWith(p))))) return 'objectification';
	return null;
}

/**
 * A room number made a name ("16'eren", "9'erne"): a digit, then 'eren or 'erne. Only after "i",
 * "på", "fra", "hende", "ham" or as a subject, never after "bus", "linje" or "tog".
 */
export function roomNicknameAt(text: string, t: Tokens, i: number): boolean {
	const start = t.starts[i] as number;
	if (!isDigitCode(text.charCodeAt(start))) return false;
	const w = t.norm(i);
	if (!/^[0-9]+'(eren|erne|erens)$/.test(w)) return false;
	const prev = prevWord(text, t, i);
	return prev === null || !['bus', 'bussen', 'linje', 'linie', 'tog', 'toget', 'line', 'nummer'].includes(prev);
}

/**
 * A person weighed as a load: "en 120-kilos", "a 20-stone" (a number with a weight unit as a noun,
 * after "en", "a" or "sådan en").
 */
export function weightNameAt(text: string, t: Tokens, i: number): boolean {
	if (!isDigitCode(text.charCodeAt(t.starts[i] as number))) return false;
	if (!/^[0-9]+-?(kilos|kiloer|kilo's|stoner|stone|kg's)$/.test(t.norm(i))) return false;
	const prev = prevWord(text, t, i);
	return prev === 'en' || prev === 'a' || prev === 'the' || prev === 'den' || prev === 'vores' || prev === 'our';
}

/**
 * Mocking names: a word ending in a title or a mocking head ("Prinsessen", "Snakkemaskinen",
 * "Brokkehovedet", "hertuginden") used as a name: written with a capital inside a sentence, or with a
 * person's verb or place around it. The head nouns are a family, not a list of nicknames.
 */
const NICKNAME_HEADS = [
	'prinsessen', 'dronningen', 'hertuginden', 'grevinden', 'fyrstinden', 'majestæten', 'maskinen', 'heksen', 'tossen', 'dragen', 'generalen', 'sergenten',
	'diktatoren', 'divaen', 'primadonnaen', 'hyleren', 'brokkeren', 'klynkeren', 'bæstet', 'monsteret', 'kællingen', 'gnavpotten', 'surpotten', 'hovedet',
	'røven', 'kongen', 'tudesøren', 'sludrechatollet', 'sladrehanken',
];
export function nicknameAt(text: string, t: Tokens, i: number): boolean {
	const start = t.starts[i] as number;
	const end = t.ends[i] as number;
	if (end - start < 5) return false;
	const last = text.charCodeAt(end - 1);
	if (last !== 0x6e && last !== 0x74) return false;
	// A name is written with a capital; only capitalised words are read further.
	if (!isUpper(text.charCodeAt(start))) return false;
	const w = t.norm(i);
	const head = NICKNAME_HEADS.find((h) => w.endsWith(h));
	if (head === undefined) return false;
	// "hovedet" and "røven" alone are body parts; only compounds ("Brokkehovedet") are names.
	if ((head === 'hovedet' || head === 'røven' || head === 'maskinen') && w.length <= head.length + 2) return false;
	// Inside a sentence the capital makes it a name; at its start a person's verb or place must.
	if (i > 0 && joined(text, t, i) && !atClauseStart(text, t, i)) return true;
	return personContext(text, t, i, i);
}

/**
 * Signals of a note that are not single words: who the people in it are, whether she writes in her
 * own first person, and whether the note is written in another person's voice (a perspective shift).
 *
 * These generalise to notes written by other people than the rules' authors: a leader names her staff
 * by first name or initials ("Sanne tog aftenvagten", "JK vil gerne"), names her residents with a title
 * ("fru Holm", "hr. B.", "Mrs K", "Borger F"), and reflects on her own leadership in the first person
 * without ever writing "min ledelse". Pure text reading; no list of names, no model.
 */

/** The people found in a note. */
export interface People {
	/**
	 * People named by first name or initials, acting in the note, who are not residents: staff, by
	 * the rule of the labelling guide (a relative or her own family is rarely named this way at work).
	 * Name (as written first) to the number of times named.
	 */
	readonly named: ReadonlyMap<string, number>;
	/** Names she gives a resident: after fru/hr./Mrs/Mr/borger/beboer, or in "jeg hedder X". */
	readonly residents: ReadonlySet<string>;
}

const CAP = 'A-ZÆØÅ';
/** A capitalised word (a name), or 2-3 capitals (initials), with an optional genitive. */
const NAME_TOKEN = new RegExp(`[${CAP}][a-zæøåéü]+(?:-[${CAP}][a-zæøåéü]+)?|[${CAP}]{2,3}(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Titles and words that make the following name a resident's: "fru Holm", "hr. B.", "Mrs K",
 * "Borger F", "beboeren Poul", and the resident's own voice in an exercise ("jeg hedder Karen").
 */
const RESIDENT_TITLES = new Set(['fru', 'hr', 'frk', 'mrs', 'mr', 'ms', 'borger', 'borgeren', 'beboer', 'beboeren', 'resident', 'citizen', 'hedder']);

/** Prepositions of place before a capitalised word: "i Vejle", "på Amagerbrogade", "outside Netto" (not "at", which is Danish for "that"). */
const PLACE_WORDS = new Set(['i', 'på', 'ved', 'fra', 'mod', 'in', 'near', 'outside', 'from', 'nær']);

function isWordChar(c: string): boolean {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c > '\u007f' && /[\p{L}\p{N}]/u.test(c));
}

function isCapitalised(word: string): boolean {
	return /^[A-ZÆØÅ][a-zæøå]/.test(word);
}

/** The word before `at`, over spaces and tabs on the same line (a title's dot dropped), or null. */
function previousWord(text: string, at: number): string | null {
	let i = at - 1;
	while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
	if (i === at - 1) return null;
	if (text[i] === '.') i--;
	let from = i;
	while (from >= 0 && isWordChar(text[from] ?? ' ')) from--;
	return from === i ? null : text.slice(from + 1, i + 1);
}

/** Whether the word before a name makes it a resident's ("fru", "hr.", "Mrs", "my name is", "call me"). */
function isResidentTitle(prev: string, text: string, at: number): boolean {
	const lower = prev.toLowerCase();
	if (RESIDENT_TITLES.has(lower)) return true;
	if (lower === 'is' || lower === 'me' || lower === 'mig') return /(?:name is|call me|kalder mig)\s+$/iu.test(text.slice(Math.max(0, at - 16), at));
	return false;
}

/**
 * Capitalised words that are not people: English sentence words and pronouns, days and months
 * (capitalised in English), and the acronyms of elder care (roles, forms, diagnoses), which are
 * written in capitals like initials but name no one.
 */
const NOT_A_NAME = new Set(
	[
		'I',
		'Mrs',
		'Mr',
		'Ms',
		'Fru',
		'Hr',
		'Frk',
		'Borger',
		'Beboer',
		'Beboeren',
		'Borgeren',
		'Monday',
		'Tuesday',
		'Wednesday',
		'Thursday',
		'Friday',
		'Saturday',
		'Sunday',
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
		'Christmas',
		'Easter',
		'God',
		'Gud',
		'OK',
		'TV',
		'IT',
		'SSA',
		'SSH',
		'SOSU',
		'MUS',
		'APV',
		'KOL',
		'ADL',
		'EPJ',
		'FSIII',
		'TR',
		'AMR',
		'MED',
		'HR',
		'PN',
		'GP',
		'BMI',
		'CPR',
		'ID',
		'NB',
		'PS',
		'CV',
		'DR',
		'LED',
		'KL',
		'FOA',
		'DSR',
		'UK',
		'USA',
		'EU',
		'PDF',
		'SMS',
		'MIT',
		'OBS',
		'PR',
		'OG',
		'NU',
		'IKKE',
		'MIG',
		'JEG',
		'DET',
		'FØR',
		'NEJ',
		'JA',
		'NOT',
		'ME',
		'NO',
		'YES',
		'AM',
		'PM',
		// Pronouns and small words that start sentences (a capital there says nothing).
		...'han hun de den det der dem vi jeg du man ingen alle begge nogen noget nogle hvad hvorfor hvem hvordan hvornår men og eller så måske folk her nu også bagefter selvfølgelig fremover først sidst næste he she they we it that this there these those nobody everyone everybody someone somebody also then what why who how when today yesterday tomorrow next but and so maybe our their his her'.split(' '),
	].map((w) => w.toLowerCase()),
);

/**
 * Finite verbs that follow a name at the start of a sentence ("Mehmet gik", "Rasmus asked"): there a
 * capital says nothing, so a name must be seen acting. Common verbs in Danish and English.
 */
const VERB_AFTER = new Set(
	(
		'har havde var er blev bliver sagde siger spurgte spørger fortalte fortæller gik går tog tager kom kommer vil ville kan kunne skal skulle må ' +
		'lagde lægger satte sætter sad sidder står stod ringede ringer gav giver fik får lavede laver gjorde gør vender synger tænker tænkte mener ' +
		'mente så ser vidste ved grinede griner græd lyttede hjalp hjælper fandt ventede valgte bad tør turde kender kendte ' +
		'said says asked asks told tells has had was is ran runs made makes did does came comes went goes took takes gave gives wants wanted ' +
		'thinks thought noticed notices decided called calls sat sits stayed found helped knows knew will would can could should might must ' +
		'went started stopped handled spent saw sees looked tried'
	).split(' '),
);

function isSentenceStart(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '*' || text[i] === '_')) i--;
	if (i < 0) return true;
	const c = text[i] ?? '';
	return '\n.!?:"»“„(–—-•>#'.includes(c) || /\d/.test(c);
}

function nextWord(text: string, from: number): string {
	return /^\s*([\p{L}']+)/u.exec(text.slice(from, from + 40))?.[1]?.toLowerCase() ?? '';
}

/** Strips a genitive: "Rikkes" → "Rikke" when "Rikke" is named too; "Mette's" → "Mette". */
function baseName(word: string, seen: ReadonlySet<string>): string {
	if (word.endsWith("'s")) return word.slice(0, -2);
	if (word.endsWith('s') && seen.has(word.slice(0, -1))) return word.slice(0, -1);
	return word;
}

/** The people in a note's text (headings included or not, as the caller passes it). */
export function findPeople(text: string): People {
	const residents = new Set<string>();
	// Whether a word also stands in lower case as a whole word: the note's lower-case words, made once
	// when a candidate first needs them (a split on anything else: one fast pass).
	let lowerWords: Set<string> | null = null;
	const inLowerCase = (word: string): boolean => {
		lowerWords ??= new Set(text.split(/[^a-zæøåéü]+/));
		return lowerWords.has(word.toLowerCase());
	};
	const candidates: { word: string; start: boolean; verb: boolean }[] = [];
	for (const m of text.matchAll(NAME_TOKEN)) {
		const at = m.index;
		let word = m[0];
		const end = at + word.length;
		if (text.startsWith("'s", end)) word += "'s";
		// A word glued to letters or an apostrophe (SSH'erne) is no name.
		const glued = text[at - 1] ?? ' ';
		if (isWordChar(glued) || glued === "'" || glued === '’') continue;
		const next = text[end] ?? ' ';
		if ((next === "'" || next === '’') && !text.startsWith("'s", end)) continue;
		const initials = word.length <= 3 && word === word.toUpperCase();
		const start = isSentenceStart(text, at);
		const verb = VERB_AFTER.has(nextWord(text, end)) || /^\s*(?:og|and|,)\s+[A-ZÆØÅ]/u.test(text.slice(end, end + 8));
		// At a sentence's start, a word that does not act can only count where it is confirmed elsewhere.
		if (start && !verb) {
			candidates.push({ word, start, verb });
			continue;
		}
		const prev = previousWord(text, at);
		// Two capitalised words in a row are a place, a title or a whole name ("Den Gamle By", "Røde Kors").
		if (!initials && text[end] === ' ' && isCapitalised(text.slice(end + 1, end + 3)) && !(prev && isCapitalised(prev) && !NOT_A_NAME.has(prev.toLowerCase()))) continue;
		// The second of two capitalised words is part of a whole name or a place ("Gitte Hænning"),
		// unless it is initials after a sentence's first word ("Told PK").
		if (!initials && prev && isCapitalised(prev) && !NOT_A_NAME.has(prev.toLowerCase())) continue;
		if (prev && isResidentTitle(prev, text, at)) {
			residents.add(word.replace(/'s$/, '').replace(/\.$/, ''));
			continue;
		}
		const bare = word.replace(/'s$/, '');
		if (NOT_A_NAME.has(bare.toLowerCase()) || NOT_A_NAME.has(bare.replace(/s$/, '').toLowerCase())) continue;
		// A word she also writes in lower case is an ordinary word ("Holdet" … "holdet").
		if (inLowerCase(bare)) continue;
		if (prev && PLACE_WORDS.has(prev)) continue;
		candidates.push({ word, start, verb });
	}
	const seen = new Set(candidates.map((c) => c.word));
	// A name seen inside a sentence, or acting at the start of one, is a name wherever it stands.
	// At the start of a sentence, a word must act (a verb follows) and be named at least twice.
	const confirmed = new Set<string>();
	const counts = new Map<string, number>();
	for (const c of candidates) counts.set(baseName(c.word, seen), (counts.get(baseName(c.word, seen)) ?? 0) + 1);
	for (const c of candidates) {
		const name = baseName(c.word, seen);
		if (!c.start || (c.verb && (counts.get(name) ?? 0) >= 2)) confirmed.add(name);
	}
	const named = new Map<string, number>();
	for (const c of candidates) {
		const name = baseName(c.word, seen);
		if (!confirmed.has(name) || residents.has(name)) continue;
		named.set(name, (named.get(name) ?? 0) + 1);
	}
	return { named, residents };
}

/**
 * How often she writes in her own first person: Danish jeg/mig/min/mit/mine, English I/me/my. The
 * self gaze is her reflecting on her own leadership, which is nearly always written this way.
 */
export function firstPersonCount(text: string): number {
	return text.match(/(?:^|[^\p{L}])(?:[Jj]eg|[Mm]ig|[Mm]in|[Mm]it|[Mm]ine|I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y)(?![\p{L}'])/gu)?.length ?? 0;
}

/**
 * Whether the note is written in another person's voice: a perspective-shift exercise ("skrevet som
 * beboeren", "hvis jeg var hr. Jensen", "Jeg hedder Ingrid og er 84", "writing as ..."). Then its
 * "jeg" is the resident's, not the leader's, and the note is about the citizen.
 */
/** Words every voice pattern holds: the pattern runs only where one of them stands. */
const VOICE_HINTS = ['skrevet som', 'skriver som', 'hvis jeg var', ' sted', 'perspekti', 'written as', 'writing as', 'if i were', 'perspective', 'hedder', 'name is', ' år', "i'm ", 'i am '];

export function otherVoice(text: string): string | null {
	const lower = text.toLowerCase();
	if (!VOICE_HINTS.some((hint) => lower.includes(hint))) return null;
	const m =
		/(?:skrevet som|skriver som|hvis jeg var|i (?:hans|hendes) sted|perspektivskift\p{L}*|perspektiv-?øvelse|written as|writing as|if i were (?:mrs|mr|ms|him|her|the resident|a resident)|perspective[- ](?:exercise|shift)|jeg hedder [A-ZÆØÅ]\p{L}+|my name is [A-Z]\p{L}+|jeg er (?:[6-9]\d|1\d\d) år|i'm (?:[6-9]\d|1\d\d)(?![\p{N}])|i am (?:[6-9]\d|1\d\d)(?![\p{N}]))/iu.exec(text);
	return m ? m[0] : null;
}

/**
 * Residents as she names them: a title and a name or initial ("fru Holm", "hr. B.", "Mrs K", "Borger
 * F"), or their room ("beboeren på 9", "the resident in room 9"). Name (as first written) to mentions.
 */
export function residentMentions(text: string): Map<string, number> {
	const out = new Map<string, number>();
	const keys = new Map<string, string>();
	const add = (name: string): void => {
		const key = name.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
		const shown = keys.get(key) ?? name.replace(/\.$/, '');
		keys.set(key, shown);
		out.set(shown, (out.get(shown) ?? 0) + 1);
	};
	for (const m of text.matchAll(/(?:^|[^\p{L}])([Ff]ru|[Hh]r\.?|[Ff]rk\.?|Mrs\.?|Mr\.?|Ms\.?|[Bb]orger|[Bb]eboer|[Rr]esident|[Cc]itizen) +([A-ZÆØÅ](?:[\p{Ll}]+(?:-[A-ZÆØÅ][\p{Ll}]+)?)?)(?![\p{L}])/gu)) {
		const title = (m[1] ?? '').toLowerCase().replace(/\.$/, '');
		const name = m[2] ?? '';
		const t = title === 'mrs' || title === 'fru' || title === 'frk' || title === 'ms' ? 'fru' : title === 'mr' || title === 'hr' ? 'hr.' : title;
		add(`${t} ${name}`);
	}
	// Rooms: only where one of the words stands (one cheap look, before the pattern runs).
	if (/beboeren|borgeren|resident/i.test(text)) {
		for (const m of text.matchAll(/(?:^|[^\p{L}])(?:beboeren|borgeren|the resident|resident) (?:på|i|in) (?:stue |room |nr\.? )?(\d+)/giu)) add(`nr. ${m[1] ?? ''}`);
	}
	return out;
}

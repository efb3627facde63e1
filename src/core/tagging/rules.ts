/**
 * The gaze classifier's rules and weights, in one readable place.
 *
 * A rule is a word pattern (with its Danish inflections and compounds) or a phrase, the gaze it points
 * to, and a weight. `classify.ts` adds up the weights of the rules a note matches (a repeated word
 * counts a little more, never a lot) and suggests each gaze whose points reach `SUGGEST_AT`. Tools
 * and note kinds point to gazes through the method catalogue (`toolSides`). Nothing is learned or
 * downloaded: change a weight here, run the evaluation (`tests/core/tagging/classify-eval.test.ts`),
 * and compare the figures it prints.
 *
 * Danish words are data (what the user writes), so they live here, like the method catalogue.
 */
import type { GazeId, KindId } from '../domain';
import { notAfterClass, type GuardedPattern } from './guard';

/** One text rule: a pattern that, when found in the note, points to a gaze. */
export interface TextRule extends GuardedPattern {
	readonly gaze: GazeId;
	/** Points added when the pattern is found (once; repeats add a little, see `repeatFactor`). */
	readonly weight: number;
	/**
	 * A global, unicode, case-insensitive regular expression over the note's text, without the
	 * word-start guard, which is `notAfter` (no lookbehind: `guard.ts`).
	 */
	readonly pattern: RegExp;
	/** Whether a match in a heading counts more (`HEADING_FACTOR`). */
	readonly heading?: boolean;
	/**
	 * Lowercase letters every match contains (from `needleOf`), or null: a note whose lowercased text
	 * lacks them cannot match, so the classifier skips the pattern without running it.
	 */
	readonly needle: string | null;
}

/** Points a gaze needs before it is suggested. */
export const SUGGEST_AT = 4;

/**
 * Points each gaze needs, tuned on the dev part of the blind evaluation set
 * (`tests/fixtures/eval/gaze/dev`): the self gaze is written in her own first person with an act
 * ("jeg besluttede", "I made the rota"), which almost never happens by chance, so fewer points suffice.
 */
export const SUGGEST_AT_BY_GAZE: Readonly<Record<GazeId, number>> = { citizen: SUGGEST_AT, staff: SUGGEST_AT, self: 3 };

/** A match in a heading counts this many times its weight. */
export const HEADING_FACTOR = 1.5;

/** How much the n-th occurrence of the same rule's words adds: 1, then +0.5, +0.25, then nothing. */
export function repeatFactor(count: number): number {
	return count <= 0 ? 0 : count === 1 ? 1 : count === 2 ? 1.5 : 1.75;
}

const L = '\\p{L}\\p{N}';
/** Not right after a letter or digit: a word starts here. */
const AFTER_NON_WORD = notAfterClass(L, 'iu');

/** A word and its endings: `word('medarbejder', 'en', 'e', 'ne')` matches medarbejder(en|e|ne). */
function word(stem: string, ...endings: string[]): GuardedPattern {
	const ends = endings.length > 0 ? `(?:${endings.join('|')})?` : '';
	return { pattern: new RegExp(`${stem}${ends}(?![${L}])`, 'giu'), notAfter: AFTER_NON_WORD };
}

/** A stem that starts a word, compounds included: `starts('personale')` matches personalemøde. */
function starts(stem: string): GuardedPattern {
	return { pattern: new RegExp(`${stem}[${L}-]*`, 'giu'), notAfter: AFTER_NON_WORD };
}

/** A stem anywhere in a word: `inside('fravær')` matches sygefraværet. */
function inside(stem: string): GuardedPattern {
	return { pattern: new RegExp(`[${L}]*${stem}[${L}]*`, 'giu'), notAfter: null };
}

/** A phrase, spaces matching any whitespace: `phrase('min ledelse')`. */
function phrase(text: string): GuardedPattern {
	return { pattern: new RegExp(`${text.replace(/ /g, '\\s+')}(?![${L}])`, 'giu'), notAfter: AFTER_NON_WORD };
}

/** A hand-written pattern that starts where no letter or digit comes right before it. */
function afterNonWord(pattern: RegExp): GuardedPattern {
	return { pattern, notAfter: notAfterClass(L, pattern.flags) };
}

/** A hand-written pattern that starts where no letter comes right before it. */
function afterNonLetter(pattern: RegExp): GuardedPattern {
	return { pattern, notAfter: notAfterClass('\\p{L}', pattern.flags) };
}

function rules(gaze: GazeId, weight: number, patterns: readonly GuardedPattern[], heading = true): TextRule[] {
	return patterns.map(({ pattern, notAfter }) => ({ gaze, weight, pattern, notAfter, heading, needle: needleOf(pattern) }));
}

/**
 * The longest plain word a pattern built by `word`, `starts`, `inside` or `phrase` requires, lowercased:
 * every match contains it. Words are read from the start (the word-start guard is not in the pattern), split at
 * `\s+`, up to the first group or class, so nothing optional is ever taken (a letter made optional by a
 * following `?`, `*` or `{` is left out). Null when there is none (hand-written expressions), and
 * those patterns always run.
 */
export function needleOf(pattern: RegExp): string | null {
	const source = pattern.source.replace(/^\[\\p\{L\}\\p\{N\}\]\*/, '');
	let best = '';
	for (const token of source.split('\\s+')) {
		const literal = /^[\p{L}\p{N}'-]*/u.exec(token)?.[0] ?? '';
		const word = /^[?*{]/.test(token.slice(literal.length)) ? literal.slice(0, -1) : literal;
		if (word.length > best.length) best = word;
		if (literal !== token) break;
	}
	return best.length >= 2 ? best.toLowerCase() : null;
}

/** Danish noun endings: -en/-et, -e, -ne, and the genitive -s of each. */
const NOUN = ['en', 'et', 'e', 'er', 'ne', 'erne', 's', 'ens', 'ets', 'es', 'nes', 'ernes'];

/**
 * Words and phrases for the citizen gaze: the person, her relatives, her day, her health, her rights,
 * and the quality work around her (documentation, care plans).
 */
const CITIZEN: readonly TextRule[] = [
	// One resident, or a meeting about one: the note is about her or him.
	...rules('citizen', 3, [
		word('borgeren', 's'),
		word('beboeren', 's'),
		starts('beboerkonference'),
		starts('borgerkonference'),
		phrase("the (?:resident|citizen)(?:'s)?"),
	]),
	// Residents in general ("borgerne", "the residents") and "en borger", "a resident" (someone, in
	// passing) are often named in a note about the staff or her planning ("tid til borgerne", "hun
	// havde været hos en borger"); they count, but less.
	...rules('citizen', 1.5, [word('borger', 'e', 'ne', 'nes'), word('beboer', 'e', 'ne', 'nes'), word('residents'), word('citizens'), word('resident'), word('citizen')]),
	// Compounds ("borgersag", "beboermøde") say a little; not the words above again.
	...rules('citizen', 1, [afterNonWord(/(?:borger|beboer)(?!(?:en|ens|e|ne|nes|konference)?(?![\p{L}\p{N}]))[\p{L}\p{N}-]+/giu)]),
	// Relatives are neither citizen nor staff (labelling guide): a call from a son about an invoice
	// is logistics. They add a little to a note that reflects on the resident for other reasons.
	...rules('citizen', 1, [
		starts('pårørende'),
		word('datter', 'en', 'ens'),
		word('søn', 'nen', 'nens'),
		word('barnebarn', 'et'),
		word('børnebørn', 'ene'),
		word('daughter', 's'),
		word('son', 's'),
		word('relative', 's'),
		word('family', "'s"),
		word('familie', 'n', 'ns'),
	]),
	...rules('citizen', 2, [
		starts('selvbestemmelse'),
		word('self-determination'),
		word('værdighed', 'en'),
		word('dignity'),
		starts('handleplan'),
		word('care plan', 's'),
		starts('livshistorie'),
		word('biografi', 'en'),
		afterNonLetter(/(?:stue|bolig|room)\s+\d+/giu),
		word('demens', 'en'),
		word('dement', 'e'),
		starts('demensramt'),
		word('dementia'),
		word('smerte', 'r', 'rne', 'n'),
		word('pain'),
		afterNonLetter(/(?:faldt|fald|falder|fell|fall|falls)(?![\p{L}])/giu),
		word('urolig', 'e', 'hed', 'heden'),
		word('uro', 'en'),
		word('udfald', 'et', 'ene'),
		word('høreapparat', 'et'),
		word('hearing aid'),
		word('medicin', 'en'),
		word('diætist', 'en'),
		starts('ernæring'),
		word('vægttab', 'et'),
	]),
	...rules('citizen', 1, [
		word('bad', 'et', 'e'),
		word('sengebad'),
		word('shower'),
		word('bath'),
		word('spise', 'r', 'de'),
		word('spiste'),
		word('mad', 'en'),
		starts('måltid'),
		word('meal', 's'),
		word('eat', 's', 'ing'),
		word('sover'),
		word('søvn', 'en'),
		word('sleep', 's', 'ing'),
		word('trivsel', 'en'),
		word('wellbeing'),
		word('dokumentation', 'en'),
		word('documentation'),
		word('journal', 'en'),
		word('døde'),
		word('døende'),
		word('died'),
		word('hjem', 'me'),
		word('greenhouse'),
		word('gardening'),
		word('behov', 'et', 'ene'),
		word('needs'),
	]),
];

/** Words and phrases for the staff gaze: the people who work, their community, skills and strain. */
const STAFF: readonly TextRule[] = [
	...rules('staff', 3, [
		starts('medarbejder'),
		starts('personale'),
		word('kollega', 'en', 'er', 'erne', 'ens'),
		word('kolleg', ...NOUN),
		word('staff'),
		word('carer', 's'),
		word('employee', 's'),
		word('colleague', 's'),
		starts('arbejdsfællesskab'),
		starts('afmagt'),
		starts('afmægtig'),
		word('forråelse', 'n'),
		word('helpless'),
		word('powerless', 'ness'),
	]),
	...rules('staff', 2, [
		starts('team'),
		// Danish "holdet"; the bare "hold" is also an English verb ("hold it").
		word('holdet'),
		word('holdene'),
		// Roles written as abbreviations or titles: the staff of elder care, students and coordinators.
		afterNonLetter(/(?:SSA|SSH|SOSU)(?:'?(?:er|erne|en|s|'s|s'))?(?![\p{L}])/gu),
		word('koordinator', 'en', 'er', 'erne', 'ens'),
		word('coordinator', 's'),
		word('elev', 'en', 'er', 'erne', 'ens'),
		word('student', 'en', 's', 'er', 'erne'),
		word('vejleder', 'en', 'e', 'ne'),
		word('afløser', 'en', 'e', 'ne'),
		word('tovholder', 'en', 'e', 'ne'),
		word('nøgleperson', 'en', 'er'),
		starts('daghold'),
		starts('aftenhold'),
		starts('nattehold'),
		starts('nattevagt'),
		starts('night shift'),
		word('shift', 's'),
		starts('vagtskift'),
		starts('sosu'),
		starts('social- og sundheds'),
		starts('sygeplejersk'),
		word('nurse', 's'),
		word('assistent', ...NOUN),
		word('hjælper', 'en', 'e', 'ne', 'nes'),
		word('hjemmehjælper', 'en', 'e', 'ne', 'nes'),
		starts('sygemeld'),
		word('syge'),
		starts('kompetence'),
		starts('kursus'),
		word('kurser', 'ne'),
		word('training'),
		word('oplæring', 'en'),
		word('kontaktperson', 'en', 'er', 'erne'),
		word('fagligt skøn'),
		word('faglig', 'e', 'hed', 'heden'),
		word('anerkendelse', 'n'),
		word('ros', 'en'),
		word('morale'),
		word('one-to-one', 's'),
		starts('psykologisk tryghed'),
		word('psychological safety'),
		phrase('samtale med [A-ZÆØÅ]'),
		word('nyuddannet'),
		word('new starter', 's'),
	]),
	// Staffing as logistics (a rota, temps, absence figures) is often her planning, not a reflection on
	// the people: it counts little unless the staff themselves act in the note (below).
	...rules('staff', 1, [starts('aftenvagt'), starts('dagvagt'), starts('vagtplan'), word('rota'), starts('vikar'), inside('fravær')]),
	// The staff as the subject of a sentence, acting, saying or feeling: "holdet er sure", "personalet
	// stod", "the staff were nervous". That is a reflection on them, not a mention.
	...rules('staff', 2, [
		afterNonWord(
			new RegExp(
			`(?:personalet|holdet|holdene|dagholdet|aftenholdet|nattevagten|medarbejderne|medarbejderen|kollegerne|teamet|hjælperen|hjælperne|vikaren|vikarerne|sygeplejersken|ssa'erne|ssh'erne|ssh'en|ssa'en|eleven|the staff|staff|the team|the carers|the nurse|the night staff|the day staff|the temps?) (?:har|havde|var|er|blev|bliver|sagde|siger|stod|står|sad|sidder|gik|går|tog|tager|ville|vil|kunne|kan|turde|tør|synes|syntes|mener|mente|føler|følte|fandt|glemte|vidste|ved|ønsker|klager|klagede|were|are|was|is|have|had|said|say|felt|feel|did|do|didn't|don't|seemed|seem|looked|knew|know|thought|think|told|asked)(?![${L}])`,
			'giu',
			),
		),
	]),
	...rules('staff', 1, [
		word('trætte'),
		word('sick'),
		word('presset'),
		word('frustrerede'),
		word('tired'),
		word('stemning', 'en'),
		word('energi', 'en'),
		word('meningsfuld', 't', 'e'),
		word('meaningful'),
		word('feedback'),
		word('hinanden'),
		word('each other'),
	]),
];

/**
 * Phrases for the self gaze: the leader looking at her own leadership and organisation, her role,
 * her planning, her meetings, her reactions; mostly first person.
 */
const SELF: readonly TextRule[] = [
	...rules('self', 3, [
		phrase('min ledelse'),
		phrase('min egen ledelse'),
		phrase('min planlægning'),
		phrase('min rolle'),
		phrase('min egen'),
		phrase('mit eget'),
		phrase('mine egne'),
		phrase('min egen reaktion'),
		phrase('mit ansvar'),
		phrase('min kalender'),
		phrase('min leder'),
		phrase('som leder'),
		phrase('jeg fik ikke'),
		phrase('jeg burde'),
		phrase('jeg har ikke'),
		phrase('jeg har selv'),
		phrase('jeg skal blive bedre'),
		phrase('jeg skal lære'),
		phrase('jeg skal arbejde med'),
		phrase('det skal jeg lære'),
		phrase('jeg reagerede'),
		phrase('jeg undervurderede'),
		phrase('jeg aflyste'),
		phrase('jeg tog ordet'),
		phrase('jeg blev (?:irriteret|defensiv|vred)'),
		phrase('jeg bliver (?:selv )?(?:irriteret|defensiv|vred)'),
		phrase('hos mig selv'),
		phrase('jeg er i tvivl'),
		phrase('lære af'),
		phrase('my (?:own )?leadership'),
		phrase('my own'),
		phrase('my planning'),
		phrase('my role'),
		phrase('my manager'),
		phrase('as a leader'),
		phrase('i should have'),
		phrase('i did not step in'),
		phrase('i realise'),
		phrase('i realize'),
		phrase('i keep'),
	]),
	...rules('self', 2, [
		starts('rammesæt'),
		starts('rammesat'),
		phrase('holde rammen'),
		phrase('holder rammen'),
		phrase('skabe rammen'),
		starts('ledelse'),
		word('leadership'),
		word('facilitator', 'rolle', 'rollen'),
		starts('mødestruktur'),
		word('morgenmøde', 't', 'r', 'rne'),
		word('dagsorden', 'en'),
		word('agenda'),
		starts('evaluer'),
		word('evaluate'),
		word('prioriter', 'e', 'er', 'ede', 'ing'),
		word('delegere', 'r'),
		word('delegate'),
		word('strukturen'),
		word('struktur'),
		word('årsplan', 'en'),
		word('supervision', 'en'),
		starts('supervisionsforbered'),
		word('mål', 'ene'),
		word('beslutning', 'en', 'er'),
		word('besluttede'),
		phrase('(?:tæt på|væk fra|ude i|til stede i) praksis'),
		phrase('(?:close to|away from) (?:practice|the floor)'),
		phrase('jeg vil (?:prøve|lave|bede|foreslå|tale|gå|sige)'),
		phrase('jeg skal'),
		phrase('jeg må'),
		phrase('i will (?:try|ask|delegate|send|write)'),
		phrase('i need to'),
		phrase('i want to'),
		phrase('i had planned'),
		phrase('next time i'),
		phrase('næste gang vil jeg'),
		phrase('jeg har lavet'),
	]),
];

/**
 * Her own leadership in what she did: "jeg besluttede", "jeg har godkendt", "jeg sagde ja", "I made
 * the rota", "I agreed". The leader's decisions, approvals, promises and words are what the self gaze
 * reflects on, and they are written as her first person with an act, not with the word "ledelse".
 */
const OWN_ACTS_DA =
	'besluttede|godkendte|lovede|bestemte|valgte|aflyste|udskød|flyttede|lavede|satte|sagde|skrev under|overvejede|holdt fast|lyttede ikke|glemte|nåede ikke|spurgte ikke|sagde ingenting|stod der|tog den|tog det|tog beslutningen';
const OWN_ACTS_DA_PERFECT = 'besluttet|godkendt|lovet|bestemt|valgt|aflyst|udskudt|flyttet|lavet|lagt|sagt|skubbet|ladet|holdt|glemt|undgået|troet|tænkt|behandlet|spurgt';
const OWN_ACTS_EN =
	'made|decided|approved|agreed|promised|set|put|planned|announced|chose|cancelled|moved|signed|booked|waited|forgot|let|over-prepared|hovered|never|didn\'t|did not|haven\'t|have not|said yes|said no|said we';

/** Her taking a decision or a fault as her own: "det var mig, der …", "min fejl", "that's on me". */
const OWN_RESPONSIBILITY = [
	phrase('det var (?:mig|min)'),
	phrase('det er (?:mig|min|mit)'),
	phrase('det var MIG'),
	phrase('min (?:fejl|idé|ide|regel|beslutning|linje|skyld|plan|opgave)'),
	phrase('mit (?:job|valg|skema|ansvar)'),
	phrase('reglen (?:er|var) min'),
	phrase('my (?:fault|doing|decision|rule|call|job|idea|choice|plan|rota)'),
	phrase('(?:about|on) me'),
	phrase("that's mine"),
];

const SELF_ACTS: readonly TextRule[] = [
	...rules('self', 3, OWN_RESPONSIBILITY),
	...rules('self', 2, [
		phrase(`jeg (?:${OWN_ACTS_DA})`),
		phrase(`jeg har (?:ikke )?(?:${OWN_ACTS_DA_PERFECT})`),
		phrase(`i (?:${OWN_ACTS_EN})`),
		phrase('hvorfor (?:sagde|gjorde|valgte|lavede) jeg'),
		phrase('why did i'),
		phrase('(?:jeg|vi) tager (?:\\p{L}+ )?op igen'),
		phrase("i'll"),
		phrase('i will'),
		phrase('jeg vil'),
	]),
	// A part of the note headed by her own role: "Mig:", "Me:".
	...rules('self', 3, [{ pattern: /^\s*(?:mig|me|mig selv|myself)\s*:/gimu, notAfter: null }]),
];

/** Weak self cues: planning and sparring can be the team's too; they only add to other self cues. */
const SELF_WEAK: readonly TextRule[] = rules('self', 1, [starts('planlæg'), word('plan', 'en'), word('planning'), word('sparring')]);

/** Every text rule. */
export const TEXT_RULES: readonly TextRule[] = [...CITIZEN, ...STAFF, ...SELF, ...SELF_ACTS, ...SELF_WEAK];

/** Points a tool adds to the side it serves (from the method catalogue's `toolSides`). */
export const TOOL_WEIGHT = 4;

/** Points a tool that serves both sides (Trivselskarret, Jeg-Du møder) adds to each: the text decides. */
export const BOTH_SIDES_TOOL_WEIGHT = 2;

/** Points a note kind adds, per gaze. Daily reflections and plain meetings say nothing by kind. */
export const KIND_WEIGHTS: Readonly<Partial<Record<KindId, Partial<Record<GazeId, number>>>>> = {
	'resident-conference': { citizen: 4 },
	'employee-conversation': { staff: 4 },
	'staff-meeting': { staff: 3 },
	'self-check-in': { self: 5 },
	'supervision-preparation': { self: 3 },
};

/** Points for each self check-in rating property present. */
export const RATING_WEIGHT = 2;

/**
 * Points for a person named by first name or initials (`signals.ts`, `findPeople`): staff, by the
 * labelling guide, unless she marked them a resident. One mention may be in passing ("Pia sagde det
 * samme"), so it gives little; a person she returns to is what the note is about.
 */
export function namedPersonPoints(count: number): number {
	return count <= 0 ? 0 : count === 1 ? 1 : count === 2 ? 3 : 4;
}

/** The most points named people give together (several names in passing are not a staff note). */
export const NAMED_PEOPLE_CAP = 6;

/**
 * Points for her own first person (jeg/mig/min, I/me/my): the self gaze is her reflecting on her own
 * leadership, nearly always written so. A few are in every note ("jeg tror"); many mark a note about her.
 */
export function FIRST_PERSON_POINTS(count: number): number {
	return count < 4 ? 0 : count < 6 ? 1 : count < 9 ? 2 : 3;
}

/** Points to the citizen for a note written in a resident's voice (a perspective-shift exercise). */
export const OTHER_VOICE_WEIGHT = 5;

/**
 * Points for a resident she names with a title or a room (`signals.ts`, `residentMentions`): "fru/hr.",
 * "borger", "beboer" are citizens by the labelling guide. A resident she returns to is the note's subject.
 */
export function residentPoints(count: number): number {
	return count <= 0 ? 0 : count === 1 ? 3 : count === 2 ? 4 : 5;
}

/** The most points named residents give together. */
export const RESIDENTS_CAP = 6;

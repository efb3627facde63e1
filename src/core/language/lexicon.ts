/**
 * The language watch's lexicon (obs sprog): phrases that may signal callousness (forråelse) or
 * powerlessness (afmagt), in Danish and English, each with why it matters, a gentler wording and
 * where the idea comes from. Extended from `shared/research/language-watch-seed.tsv`.
 *
 * Pattern syntax (compiled once by `watch.ts`):
 * - words separated by spaces, matched case-insensitively as whole words;
 * - `(a|b c|)` alternatives, inside a word or across words, nested; an empty branch makes it optional;
 * - `#` any number (`stue #` matches `stue 12`);
 * - `$S` a subject (she, he, they, the citizen), `$O` an object (her, him, them, the citizen).
 * Punctuation between words is ignored except a sentence break (. ! ? ; : or a new line).
 *
 * Precision matters more than reach: a false alarm costs the leader's trust. Legitimate clinical
 * words (vende, lift, bleskift, "har demens", "udadreagerende adfærd") are deliberately absent, and
 * ambiguous words carry a `guard`.
 */
import type { Bilingual } from '../domain';

/** The eight categories of the language watch. */
export const LANGUAGE_CATEGORIES = [
	'labelling',
	'objectification',
	'task-verb',
	'blame',
	'mockery',
	'infantilising',
	'invalidation',
	'powerlessness',
] as const;
/** A language-watch category id. */
export type LanguageCategory = (typeof LANGUAGE_CATEGORIES)[number];

/** True when a string is a language-watch category id. */
export function isLanguageCategory(value: string): value is LanguageCategory {
	return (LANGUAGE_CATEGORIES as readonly string[]).includes(value);
}

/** Context conditions that keep an ambiguous phrase from firing on its ordinary meaning. */
export interface Guard {
	/** The match counts only when none of these words comes directly before it. */
	readonly notAfter?: readonly string[];
	/** The match counts only when one of these words comes directly after it; '' is the end of a clause. */
	readonly before?: readonly string[];
	/** The match counts only when none of these words comes directly after it. */
	readonly notBefore?: readonly string[];
	/** The match counts only as a form of address: set off by commas, or after "hej", at a clause's edge. */
	readonly vocative?: boolean;
	/** The match counts only inside quoted or reported speech (elderspeak is something said aloud). */
	readonly quotedOnly?: boolean;
	/**
	 * Who the words stand for (`watch.ts`, `personContext`): 'require' counts the match only where it
	 * clearly stands for a person (a person's verb follows, "i 15"/"in bay two" follows, or "tage"/"got"
	 * comes before); 'rescue' lets that context override a failed `before`/`notBefore`
	 * ("stue 7 har ringet" is a person, "stue 7 har en ny lampe" is a room).
	 */
	readonly person?: 'require' | 'rescue';
	/** The match counts only when a person is its object: a pronoun, a name, "fru", "the resident" next. */
	readonly object?: boolean;
}

/** A pattern, optionally with its own guard (which replaces the entry's guard for this pattern). */
export type PatternSpec = string | { readonly pattern: string; readonly guard: Guard };

/** One lexicon entry: a family of phrases with one explanation. */
export interface LexiconEntry {
	/** Stable id, `<category>.<name>`. */
	readonly id: string;
	readonly category: LanguageCategory;
	/** Danish patterns. */
	readonly da: readonly PatternSpec[];
	/** English patterns. */
	readonly en: readonly PatternSpec[];
	/** Why this wording matters. */
	readonly why: Bilingual;
	/** A gentler wording she may choose herself (never applied automatically). */
	readonly gentler: Bilingual;
	/** Where the idea comes from (literature, guidance). */
	readonly source: string;
	readonly guard?: Guard;
}

/** Pattern macros, expanded before compiling. */
export const MACROS: Readonly<Record<string, string>> = {
	$S: '(hun|han|de|borgeren|beboeren|she|he|they)',
	$O: '(hende|ham|dem|borgeren|beboeren|borgerne|beboerne|her|him|them)',
};

const NOT_ANIMAL = ['fugle', 'fuglene', 'ænder', 'ænderne', 'hunden', 'katten', 'dyrene', 'hønsene', 'fiskene', 'kaninerne', 'fuglen', 'birds', 'ducks', 'dog', 'cat', 'fish', 'the'];
const DA_OBJ = '(hende|ham|dem|borgeren|beboeren|borgerne|beboerne)';
const PLACE = '(i kørestolen|i stolen|foran fjernsynet|foran tv|foran tv\'et|i fællesstuen|i dagligstuen|på gangen|ved bordet|i stuen)';
/** After a bare adjective ("en tung", "den besværlige"): only where it clearly stands for a person. */
const BARE_PERSON: Guard = { before: ['', 'er', 'var', 'skal', 'har', 'vil', 'kan', 'nægter', 'råber', 'slår', 'ringer', 'tager', 'får', 'kræver', 'på', 'is', 'was', 'has', 'will', 'on', 'in'], person: 'rescue' };
/** Only where the words stand for a person (a person's verb, a place such as "i 15" after, or "tage"/"got" before). */
const AS_PERSON: Guard = { person: 'require' };
/** Only with a person as the object right after ("changing them", "parkér ham", "changed Doris"). */
const ON_PERSON: Guard = { object: true };
/** Danish number words, for counting people as items ("tre tunge"). */
const DA_COUNT = '(to|tre|fire|fem|seks|syv|otte|mange|#)';
const EN_COUNT = '(two|three|four|five|six|seven|eight|#)';
/** Diagnoses and conditions, as nouns that can be made to stand for a person. */
const DA_DIAGNOSIS_DEF = '(parkinsonen|sklerosen|apopleksien|demensen|alzheimeren|hjerneskaden|hjerneblødningen|amputationen|kræften|kol\'eren|strokepatienten)';
const EN_DIAGNOSIS = '(dementia|stroke|parkinson\'s|alzheimer\'s|copd|ms|palliative|amputee|diabetic|end-of-life)';

/** After "jeg kan ikke mere" and its kin: the clause ends, or it goes on about the work. */
const CLAUSE_END: Guard = { before: ['', 'med', 'til', 'og', 'anymore', 'with', 'and'] };

const HEAVY_WHY: Bilingual = {
	da: '"Tung" gør personen til en byrde eller en vægt, ikke et menneske med et stort plejebehov.',
	en: '"Heavy" makes the person a burden or a weight, not someone with high care needs.',
};
const DIFFICULT_WHY: Bilingual = {
	da: 'Problemet placeres i personen, ikke i situationen. Det lukker for spørgsmålet om, hvad adfærden kommunikerer (Isbjerget).',
	en: 'The problem is located in the person, not in the situation. It closes the question of what the behaviour communicates (the iceberg).',
};
const DIFFICULT_GENTLER: Bilingual = { da: 'en borger i en svær situation; hun reagerede med …, da …', en: 'a resident in a hard situation; she reacted with … when …' };
const DIFFICULT_SOURCE = 'Sundhedsstyrelsen 2022 (Isbjerget: al adfærd er kommunikation); Birkmose 2013';
const ENDEARMENT_WHY: Bilingual = {
	da: 'Kælenavne og "ældresprog" taler til en voksen som til et barn. Forskning kobler det til mere modstand mod pleje.',
	en: 'Pet names and elderspeak address an adult as a child. Research links it to more resistance to care.',
};
const ENDEARMENT_GENTLER: Bilingual = { da: 'fornavn eller efternavn, som borgeren ønsker; voksensprog', en: 'first or last name, as the person wishes; adult language' };
const POWERLESS_SOURCE = 'Birkmose 2013 (indadvendt forråelse); FOA 2021; Jameton 1984 (moralsk stress)';

/** The lexicon. Order does not matter; the longest match at a position wins. */
export const LEXICON: readonly LexiconEntry[] = [
	// ---- labelling ------------------------------------------------------------------------------
	{
		id: 'labelling.diagnosis-noun',
		category: 'labelling',
		da: [
			'den demente',
			'de demente',
			'en dement',
			'vores demente',
			'alle (de |)demente',
			'demente (beboere|borgere|mennesker|ældre|damer|mænd|patienter|beboer|borger|dame|mand|patient)',
			'dement (beboer|borger|dame|mand|patient)',
			'(den|en) (gamle |)demente (dame|mand|beboer|borger)',
			'demens(beboer|beboeren|beboere|beboerne|borger|borgeren|borgere|borgerne|patient|patienten|patienter|patienterne)',
			'demente(n|ns)',
		],
		en: [
			'the demented',
			'a dement',
			'the dements',
			'dements',
			'(the|a|our) dementia (patient|patients|resident|residents|lady|man)',
			'demented (patient|patients|resident|residents|lady|man|woman|people)',
			'dementia sufferer(s|)',
		],
		why: {
			da: 'Personen bliver til sin diagnose. Kitwood kalder det stempling: det, vi ser, bliver sygdommen, ikke mennesket.',
			en: 'The person becomes the diagnosis. Kitwood calls it labelling: what we see is the illness, not the human being.',
		},
		gentler: { da: 'personen med demens; fru A, som har demens', en: 'the person living with dementia; Mrs A, who has dementia' },
		source: 'Kitwood 1997 (malign socialpsykologi: stempling); DEEP 2014; Cayton 2006',
	},
	{
		id: 'labelling.condition-noun',
		category: 'labelling',
		da: [
			'diabetikeren',
			'kol(\'|-)eren',
			'kol-patienten',
			'ble(-|)(borger|borgeren|beboer|beboeren|beboerne|borgerne)',
			'sondepatient(en|)',
			'(den|en) (inkontinente|forvirrede|udadreagerende) (dame|mand|beboer|borger)',
			{ pattern: '(den|de) (inkontinente|forvirrede|udadreagerende)', guard: BARE_PERSON },
			'apopleksipatient(en|)',
		],
		en: ['the diabetic', 'the incontinent (one|lady|man)', 'tube-feeder(s|)', 'the wanderer(s|)', 'the confused (one|lady|man)'],
		why: {
			da: 'En diagnose, et hjælpemiddel eller en adfærd bliver til personens identitet.',
			en: 'A diagnosis, an aid or a behaviour becomes the person\'s identity.',
		},
		gentler: { da: 'borgeren, som har …; fru A', en: 'the citizen, who has …; Mrs A' },
		source: 'Kitwood 1997 (stempling); Haque & Waytz 2012 (deindividuation)',
	},
	{
		// A diagnosis standing where a person would: "parkinsonen inde ved vinduet", "the stroke in room 9",
		// "the new Alzheimer's came in", "two dementias", "a Parkinson's". Only where the context makes
		// it a person (AS_PERSON), or where it is counted; "Erik har KOL" and "has Alzheimer's" stay clean.
		id: 'labelling.diagnosis-as-person',
		category: 'labelling',
		da: [
			{ pattern: DA_DIAGNOSIS_DEF, guard: AS_PERSON },
			{ pattern: 'kol\'er(e|ne|)', guard: { notAfter: ['er', 'var', 'som', 'blevet'] } },
			{ pattern: 'diabetiker(e|ne)', guard: { notAfter: ['er', 'var', 'som', 'for', 'blandt'] } },
			`${DA_COUNT} (demente|diabetikere|kol'ere|parkinsonpatienter|apopleksier)`,
			'(en|den) (nye |)(parkinson|apopleksi|alzheimer|sklerose)',
		],
		en: [
			{ pattern: `(the|our|my|that|this) (new |)${EN_DIAGNOSIS}`, guard: AS_PERSON },
			`(the|a|our|my|that) ${EN_DIAGNOSIS} (lady|man|woman|gent|one|fella|bloke|girl|guy)`,
			`${EN_COUNT} (dementias|diabetics|strokes|parkinson's|alzheimer's|palliatives|pegs|copds|amputees)`,
			{ pattern: '(the|our|my|all the|those) diabetics', guard: { notAfter: ['for', 'among', 'of'] } },
			{ pattern: '(a|another|one) (parkinson\'s|dementia|stroke|palliative|alzheimer\'s)', guard: { before: ['', 'and', 'on', 'in', 'at', 'who', 'that', 'before', 'after', 'to', 'with', 'is', 'was', 'has', 'came'], notAfter: ['had', 'has', 'have', 'having', 'suffered', 'with', 'from', 'after', 'of', 'for', 'like', 'another'] } },
		],
		why: {
			da: 'Personen omtales som sin diagnose ("parkinsonen", "the stroke"). Kitwood kalder det stempling: det, vi ser, bliver sygdommen.',
			en: 'The person is called by the diagnosis ("the stroke", "a Parkinson\'s"). Kitwood calls it labelling: what we see is the illness.',
		},
		gentler: { da: 'fru A, som har Parkinsons; borgeren i stue 9', en: 'Mrs A, who has Parkinson\'s; the resident in room 9' },
		source: 'Kitwood 1997 (stempling); Cayton 2006; DEEP 2014',
	},
	// ---- objectification ------------------------------------------------------------------------
	{
		id: 'objectification.room',
		category: 'objectification',
		da: ['(stue|værelse|lejlighed|bolig|seng) #', { pattern: 'nummer #', guard: { person: 'require', notAfter: ['bil', 'bus', 'linje', 'på', 'i', 'fra', 'til', 'ved', 'husnummer', 'telefon', 'side', 'punkt'] } }],
		en: [
			'(room|bed|flat) #',
			'(room|bed|flat|bay) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)',
			{ pattern: 'number #', guard: { person: 'require', notAfter: ['car', 'bus', 'line', 'phone', 'page', 'item', 'in', 'on', 'to', 'from', 'at', 'of', 'by'] } },
		],
		// "Stue 7 har ringet" is a person, "stue 7 har en ny lampe" a room: a person's verb after the
		// number rescues what "har", "skal", "needs" would otherwise rule out (context.ts, personContext).
		guard: {
			notAfter: ['på', 'til', 'i', 'fra', 'ved', 'ud', 'ind', 'mod', 'gennem', 'forbi', 'af', 'om', 'on', 'in', 'to', 'from', 'into', 'at', 'by', 'past', 'of', 'near', 'outside', 'inside', 'nr', 'nummer', 'bor', 'boede', 'the'],
			notBefore: ['og', 'and', 'er', 'is', 'har', 'has', 'blev', 'was', 'skal', 'ligger', 'needs', 'need', 'trænger', 'mangler', 'skulle'],
			person: 'rescue',
		},
		why: {
			da: 'Personen omtales som sit værelse. Det gør det lettere at se en opgave frem for et menneske (og det kan identificere personen).',
			en: 'The person is named by their room. That makes it easier to see a task rather than a human being (and it can identify them).',
		},
		gentler: { da: 'borgerens navn eller pseudonym; "borgeren i stue 12"', en: 'the person\'s name or pseudonym; "the resident in room 12"' },
		source: 'Cayton 2006; Kitwood 1997 (objektgørelse)',
	},
	{
		id: 'objectification.body-part',
		category: 'objectification',
		da: ['(hoften|hofterne|knæet|benet|armen|sonden|kateteret|blodproppen) (på|i) (stue |værelse |seng |)#', 'to hofter og et knæ'],
		en: ['the (hip|hips|knee|leg|catheter) (in|on) (bed|room) #', 'two hips and a knee'],
		why: {
			da: 'Personen reduceres til en kropsdel eller en diagnose på en adresse.',
			en: 'The person is reduced to a body part or a diagnosis at an address.',
		},
		gentler: { da: 'borgeren, der har fået ny hofte', en: 'the resident who has a new hip' },
		source: 'Cayton 2006; Kitwood 1997 (objektgørelse)',
	},
	{
		id: 'objectification.heavy',
		category: 'objectification',
		da: [
			'en tung (borger|beboer)',
			'tunge (borgere|beboere)',
			'de tunge (borgere|beboere)',
			'den tunge (borger|beboer)',
			'(hun|han) er en tung',
			'(en|to|tre|fire|mange) tunge på',
			{ pattern: '(en tung|de tunge|den tunge)', guard: BARE_PERSON },
		],
		en: ['a heavy (one|resident|patient)', 'the heavy (ones|residents|patients|one)', 'heavies'],
		why: HEAVY_WHY,
		gentler: { da: 'borger med stort plejebehov', en: 'resident with high care needs' },
		source: 'Seed lexicon; Kitwood 1997 (objektgørelse)',
	},
	{
		// An aid, a tube or a product standing where a person would: "liften på 14 skal op",
		// "rollatoren fra 22 har spurgt efter dig", "the PEG in the end room is due at six",
		// "I've got the hoist in Maple Court". Only where the context makes it a person.
		id: 'objectification.aid-as-person',
		category: 'objectification',
		da: [
			{ pattern: '(liften|loftliften|rollatoren|kørestolen|sonden|kateteret|iltapparatet|ilten|stomien|peg\'en|bleen|insulinen|kateterposen)', guard: AS_PERSON },
			{ pattern: `${DA_COUNT} (tunge|liftere|liftbrugere|tomandsbetjeninger|sonder|kateterposer|bleer)`, guard: { before: ['', 'i', 'på', 'og', 'til', 'om', 'som', 'der', 'before', 'inden', 'før', 'efter', 'tilbage'], notAfter: ['køb', 'bestil', 'bestilt', 'pakker', 'poser', 'pakke'] } },
			'(hun|han) er (bare |kun |)(et nummer|en opgave|en sag|et tidspunkt|en vare|en pakke)',
		],
		en: [
			{ pattern: '(the|our|my) (peg|hoist|catheter|commode|wheelchair|zimmer|stoma|double|two-carer|double-up)', guard: AS_PERSON },
			`${EN_COUNT} (doubles|double-ups|hoists|pegs|catheters|heavies|feeds|two-carers)`,
			'(she\'s|he\'s|she is|he is|they\'re) (just |only |)(a|an) (number|job|task|slot|# slot|item|box to tick|tick box)',
			'(just|only) (a|an) (# slot|#-minute slot|number on the rota|slot on the rota)',
		],
		why: {
			da: 'Personen opkaldes efter et hjælpemiddel, et produkt eller en opgave. Så bliver hun det, der skal gøres, ikke et menneske.',
			en: 'The person is named after an aid, a product or a task. She becomes the job to be done, not a human being.',
		},
		gentler: { da: 'borgeren i stue 14, som bruger lift; fru A', en: 'the resident in room 14, who uses the hoist; Mrs A' },
		source: 'Kitwood 1997 (objektgørelse); Haque & Waytz 2012; Cayton 2006',
	},
	{
		id: 'objectification.slot',
		category: 'objectification',
		da: ['(min|mine) (kl |)#t'],
		en: ['my #t', 'my # o\'clock'],
		guard: { notBefore: ['vagt', 'møde', 'pause', 'aftale', 'shift', 'meeting', 'break', 'appointment'] },
		why: {
			da: 'Personen bliver et tidspunkt på ruten. Det kan være et tegn på, at tempoet styrer mødet.',
			en: 'The person becomes a slot on the route. It may show that pace is running the encounter.',
		},
		gentler: { da: 'fru A, som jeg besøger kl. 8.30', en: 'Mrs A, whom I visit at 8.30' },
		source: 'Buber/Kitwood (jeg-det); Cayton 2006',
	},
	// ---- task verbs -----------------------------------------------------------------------------
	{
		id: 'task-verb.feed',
		category: 'task-verb',
		da: ['fodr(e|er|ede|et|es|ing|ingen|ingerne)', 'madning(en|)', 'madede', `(made|madet) ${DA_OBJ}`, '(at|skal|kan|nå|må|skulle) made', 'mades', 'madningerne'],
		en: ['(feed|feeds|fed|feeding) $O', '(got|get|getting|have|had) $O fed', { pattern: '(feed|feeds|feeding)', guard: { object: true, notAfter: ['tube', 'sonde', 'breast', 'bottle', 'peg'] } }, 'feeding (mrs|mr|ms|miss|room|bed|the resident|residents|the residents|patients)', 'the feeds', 'the feeders', 'feeders', 'a feeder'],
		guard: { notBefore: NOT_ANIMAL, notAfter: ['tube', 'sonde', 'breast', 'bottle'] },
		why: {
			da: '"Fodre" og "made" er ord, vi bruger om dyr. Måltidet bliver en opgave, der skal overstås, ikke et møde.',
			en: '"Feeding" is a word for animals. The meal becomes a task to get through, not an encounter.',
		},
		gentler: { da: 'hjælpe med at spise; spise sammen med', en: 'help with eating; eat together with' },
		source: 'Buber/Kitwood (jeg-det); Haque & Waytz 2012',
	},
	{
		id: 'task-verb.toilet',
		category: 'task-verb',
		da: ['toilett(ere|erer|erede|eret|eres|ering|eringen|eringer)'],
		en: ['toilet(ed|ing|s|) $O', '(got|get|getting|have|had) $O toileted', 'do the toileting', 'toileting round(s|)'],
		why: {
			da: 'Et intimt øjeblik bliver en arbejdsgang, der gøres ved personen.',
			en: 'An intimate moment becomes a procedure done to the person.',
		},
		gentler: { da: 'støtte ved toiletbesøg; hjælpe på toilettet', en: 'support with going to the toilet' },
		source: 'Buber/Kitwood (jeg-det); seed lexicon',
	},
	{
		// Changing a person, not a pad: "has anyone changed Doris", "changing them every two hours",
		// "skifte hende". "Changed the catheter bag" and "skiftede sengetøjet" have no person as object.
		id: 'task-verb.change',
		category: 'task-verb',
		da: [{ pattern: '(skifte|skifter|skiftede|skiftet)', guard: ON_PERSON }, '(hun|han|de|borgeren) (er|blev|skal) skift(et|es)'],
		en: [{ pattern: '(change|changes|changed|changing)', guard: ON_PERSON }, '(got|get|getting|have|had) $O changed', '$S (needs|need) changing'],
		why: {
			da: 'Man skifter en ble, ikke et menneske. Når personen er det, der "skiftes", bliver hun en opgave.',
			en: 'You change a pad, not a person. When the person is what gets "changed", she becomes a task.',
		},
		gentler: { da: 'hjælpe hende med at få en ren ble på', en: 'help her into a clean pad' },
		source: 'Buber/Kitwood (jeg-det); Haque & Waytz 2012',
	},
	{
		id: 'task-verb.handle',
		category: 'task-verb',
		da: [
			`parker(e|er|ede|et) ${DA_OBJ} ${PLACE}`,
			`(blev|er|bliver|var) parkeret ${PLACE}`,
			'ordne(r|de|t|s|) (hende|ham|dem|borgeren|beboeren|stue #|fru|hr)',
			{ pattern: 'få (hende|ham|dem) op', guard: { notBefore: ['at', 'og', 'igen'] } },
			'(smide|smider|smed) (hende|ham|dem) (i seng|i bad|på toilettet|i stolen)',
			'ekspedere(r|de|t|) (hende|ham|dem|borgeren|beboeren|borgerne|beboerne)',
			'(klaret|færdig med) (hende|ham|dem)',
			'(hun|han) (er|blev) klaret',
			// Any form of the verb, "parkér" too, with a person as its object right after.
			{ pattern: '(parkér|parker|parkere|parkerer|parkerede|parkeret|ekspedere|ekspederer|ekspederede|ekspederet|tømme|tømmer|tømte|tømt|smide|smider|smed|smidt)', guard: ON_PERSON },
			'(hun|han|de|borgeren) (blev|er|bliver|var|står|sidder) (parkeret|ekspederet|tømt|smidt)',
			// The Danish -es passive of a task verb with a person as subject: "hun skal lige tømmes".
			'(hun|han|de|borgeren|beboeren) (skal|skulle|må|mangler at) (lige |)(tømmes|fodres|parkeres|ekspederes|ordnes|klares|toiletteres|mades)',
			'(sat|sætte|sætter|satte|stillet|stille|stiller|stillede|smidt|skubbet|kørt) (hende|ham|dem|borgeren|beboeren) (ud|hen)',
			'(hun|han|de|borgeren) (blev|er|bliver|var) (sat|stillet|kørt) (ud|hen)',
			'(fik|få|får|fået) (hende|ham|dem) (tømt|ordnet|klaret|ekspederet|skiftet|fodret|toiletteret|parkeret)',
		],
		en: [
			'park(ed|ing|) $O (in|in front of|by)',
			'(get|got|getting) $O done',
			'dump(ed|) $O (in|on)',
			// A person moved or processed like a thing: the verb, any form, with a person as its object.
			{ pattern: '(park|parks|parked|parking|dump|dumps|dumped|dumping|plonk|plonks|plonked|plonking|stick|sticks|stuck|sticking|shove|shoves|shoved|shoving|process|processes|processed|processing)', guard: ON_PERSON },
			'(process|processes|processed|processing) the (two|three|four|five|six|seven|eight|#)',
			'(got|get|getting|have|had) $O (done|sorted|processed|changed|emptied)',
		],
		why: {
			da: 'Verbet gør personen til en genstand, der flyttes eller ekspederes.',
			en: 'The verb turns the person into an object that is moved or processed.',
		},
		gentler: { da: 'hjælpe op; hjælpe i seng; hun sidder i stuen', en: 'help up; help to bed; she is sitting in the lounge' },
		source: 'Buber/Kitwood (jeg-det); seed lexicon',
	},
	// ---- blame and bad intent -------------------------------------------------------------------
	{
		id: 'blame.difficult',
		category: 'blame',
		da: [
			'(den|en) (besværlige|vanskelige|umulige|krævende|aggressive|udfordrende|besværlig|vanskelig|aggressiv|udfordrende) (borger|beboer|dame|mand|kone|en)',
			'(besværlige|vanskelige|krævende|udfordrende|aggressive) (borgere|beboere)',
			'(besværlig|vanskelig|udfordrende|aggressiv) (borger|beboer)',
			'(hun|han) er (så |bare |simpelthen |)(besværlig|aggressiv|et problem|en plage)',
			'problembeboer(en|e|ne|)',
			'problemborger(en|e|ne|)',
			{ pattern: '(den|de) (besværlige|vanskelige|aggressive)', guard: BARE_PERSON },
		],
		en: [
			'the (difficult|challenging|aggressive|demanding|awkward) one',
			'(a|the) (difficult|challenging|aggressive|demanding|awkward|problem) (resident|patient|lady|man)',
			'(difficult|challenging|aggressive|demanding|problem) (residents|patients)',
			'(she|he) is (so |just |)(difficult|aggressive|awkward|a nuisance)',
			'(she\'s|he\'s) (so |just |)(difficult|aggressive|awkward|a nuisance)',
		],
		why: DIFFICULT_WHY,
		gentler: DIFFICULT_GENTLER,
		source: DIFFICULT_SOURCE,
	},
	{
		id: 'blame.refuses',
		category: 'blame',
		da: [
			'$S (nægter|nægtede|vægrer sig|vægrede sig)',
			'$S (er|var) (fræk|frække|ulydig|ulydige)',
			{ pattern: '(den|en) (frække|ulydige)', guard: BARE_PERSON },
			'(skal|skulle|må) tales til rette',
			'fik (en |)(skæld ud|skideballe|røffel)',
			'(skældte|skælder) (hende|ham|dem|borgeren|beboeren) ud',
			'$S samarbejder ikke',
			'usamarbejdsvillig(e|)',
		],
		en: [
			'$S (refuses|refused|is refusing|was refusing)',
			'(she\'s|he\'s|they\'re) refusing',
			'naughty',
			'(non-compliant|noncompliant|uncooperative)',
			'(told|telling) (her|him|them) off',
			'(is|was) (being |)stubborn',
			'(she\'s|he\'s) (being |)stubborn',
		],
		why: {
			da: 'Et "nej" fremstilles som ulydighed, som hos et barn. Et nej er også information om, hvad personen har brug for.',
			en: 'A "no" is framed as disobedience, as with a child. A no is also information about what the person needs.',
		},
		gentler: { da: 'siger nej til; afslår; var ikke klar til', en: 'says no to; declines; was not ready for' },
		source: 'Kitwood 1997 (beskyldning); Kaitiaki 2019 ("patients are not naughty")',
	},
	{
		id: 'blame.bad-intent',
		category: 'blame',
		da: [
			'(vil|ville) bare have opmærksomhed',
			'bare (vil|ville) have opmærksomhed',
			'(søger|søgte) (bare |)opmærksomhed',
			'opmærksomhedssøgende',
			'(gør|gjorde) det (bare |)(for at provokere|med vilje|for at drille|for at genere|for at chikanere|bevidst)',
			'(prøver|forsøger) (bare |)at provokere',
			'manipuler(er|ede|ende)',
			'spiller (dum|syg|hjælpeløs|dement)',
			'kan godt, (hun|han) gider bare ikke',
			'gider bare ikke',
			'(hun|han) (splitter personalet|spiller os ud mod hinanden)',
			'(hun|han) tester (os|grænser|grænserne)',
			// Intent without the stock phrase: "med fuldt overlæg", "for at genere os", "hans egen skyld".
			// Said of what a person does, not of a thing made so ("noterne er lavet med vilje").
			{ pattern: '(med fuldt overlæg|med overlæg|med vilje|helt bevidst|for at chikanere)', guard: { notAfter: ['er', 'blev', 'var', 'lavet', 'skrevet', 'gjort', 'valgt', 'sat', 'lagt'] } },
			'(bare |kun |)for at (genere|drille|provokere|irritere|straffe|tirre|hævne sig) (os|mig|personalet|dig|)',
			'(hans|hendes|deres) egen skyld',
			'(hun|han|de) (er|var) (så |bare |helt |jo |)(på tværs|doven|dovne|vrang|vrangvillig|strid|uopdragen|forkælet)',
			'(hun|han) gør det (jo |)bare',
			'(for at få|vil have|vil bare have|søger|kræver) (lidt |noget |)opmærksomhed',
			'(spiller|spillede) (os|personalet|dem) ud mod hinanden',
			'(selvforskyldt|selv ude om det|selv været ude om det)',
		],
		en: [
			'just (wants|wanted) attention',
			'attention(-| )seeking',
			'(does|did) it on purpose',
			'(does|did) it (just |)to (wind us up|provoke|annoy)',
			'manipulat(ive|ing)',
			'playing (dumb|helpless|the dementia card)',
			'(she|he) can, (she|he) just (won\'t|doesn\'t want to)',
			'(is|was) (just |)testing (us|boundaries)',
			'(she\'s|he\'s) (just |)testing (us|boundaries)',
			'(just |)to wind (me|us|you|everyone|them) up',
			'for the sake of it',
			'(on purpose|deliberately|knows exactly what (she\'s|he\'s) doing|knows full well)',
			'(for|seeking|wants|craving|after) attention',
			'(his|her|their) own fault',
			'(playing|plays|played) (us|the staff|everyone|them) off against (each other|one another)',
			'(brings|brought|bringing) it on (himself|herself|themselves)',
			'(is|was|being|she\'s|he\'s|they\'re) (being |)(awkward|obstinate|lazy|a pain|a madam|manipulative|a nightmare)',
		],
		why: {
			da: 'At tillægge personen dårlige hensigter (pseudomentalisering) er et af de tydeligste tegn på forråelse: det fritager os for at undersøge, hvad der sker.',
			en: 'Attributing bad intent (pseudo-mentalising) is one of the clearest markers of callousness: it spares us from exploring what is going on.',
		},
		gentler: { da: 'Hvad prøver hun at fortælle os? Hvilket behov kan ligge bag?', en: 'What is she trying to tell us? What need might lie behind it?' },
		source: 'Birkmose 2013 (forråelse); Hejlskov Elvén 2015 (mennesker, der kan opføre sig ordentligt, gør det)',
	},
	// ---- mockery --------------------------------------------------------------------------------
	{
		id: 'mockery.disparaging',
		category: 'mockery',
		da: [
			'$S (er|var) (helt |totalt |fuldstændig |bare |)(skør|skøre|tosset|tossede|sindssyg|gaga|senil|hysterisk|tovlig|plemplem|kuk|kuk kuk|kuk-kuk|en tosse|en grøntsag|væk i hovedet|hjernedød)',
			'(den|de) (skøre|tossede|sindssyge|senile|hysteriske) (dame|mand|kone|borger|beboer)',
			{ pattern: '(den|de) (skøre|tossede|sindssyge|senile|hysteriske)', guard: BARE_PERSON },
			'(en|den) (gammel|gamle) (heks|kælling|hejre|tosse|krage|gnavpotte)',
			'gamle (heks|kælling|hejre|tosse|krage)',
			'skøre i bolden',
			'(en|som en) grøntsag',
			'der er ingen hjemme (længere|mere|deroppe|oppe i hovedet)',
			'der er ikke nogen hjemme (længere|mere|deroppe|oppe i hovedet)',
			'lyset er tændt, men der er ingen hjemme',
			'levende død',
			'kuk(-| )kuk',
			'gakgak',
			// Mocking names and slang about a person, as a family of words.
			'(tosse|tossen|tosser|tosserne|tumpe|tumpen|tumper|spasser|spasseren|fjols|fjolset|tåbe|tåben|kukkeluruh|kukkelurumuh|gamlinger|gamlingerne|oldinge|dramadronning|dramadronningen|dramaqueen)',
			'(helt |)(væk i kasketten|væk i sylten|skudt i hovedet|ravende gal|kulret|kuk i bolden|gak gak|tosset i låget)',
			'(prinsessen på ærten|hendes majestæt|majestæten|hertuginden|madammen)',
			{ pattern: '(dronningen|prinsessen|fyrstinden|primadonnaen|divaen)', guard: AS_PERSON },
			// Laughing at her: "haha" after something about a person is ridicule in writing.
			'(haha|hahaha|hahahaha|hihi|hehe|lol|alle grinede|vi grinede|grinede alle|flækkede af grin|døde af grin)',
			// Comparing her to an animal or a thing: "som en gammel skildpadde", "hører som en dør".
			'(som en|ligner en|lignede en|som et) (gammel |)(skildpadde|tosse|grøntsag|zombie|heks|gris|hval|elefant|abe|fugleskræmsel|spøgelse|mumie|kartoffel|dør|sæk kartofler|ko|so|gås|høne|snegl|vaskebjørn|flodhest|hund|bulldog|køter|æsel|ged|rotte|hvalros|sæl|lig|zombie|robot|barnerøv|hamster|papegøje)',
			'(en snegl|en skildpadde) (ville|vil|kunne) (være|gå) hurtigere',
			'(døbt|døbte|døber|omdøbt) (hende|ham|dem)',
			'zombie(r|rne|gang|gangen|)',
		],
		en: [
			'$S (is|was) (completely |totally |just |)(crazy|nuts|gaga|senile|loopy|batty|bonkers|hysterical|a vegetable|off (her|his) head|away with the fairies)',
			'(she\'s|he\'s|they\'re) (completely |totally |just |)(crazy|nuts|gaga|senile|loopy|batty|bonkers|hysterical|a vegetable|off (her|his) head|away with the fairies)',
			'the (crazy|mad|batty|loopy) (one|lady|man|woman)',
			'(an|the) old (bag|hag|witch|bat|biddy)',
			'like a vegetable',
			'lights are on but nobody(\'s|) home',
			'nobody(\'s|) home (anymore|upstairs)',
			'living dead',
			'loony',
			'(loonies|looney|nutter|nutters|nutcase|fruitcake|weirdo|dotty|doolally|batty|gaga|away with the fairies|lost the plot|lost (her|his) marbles|off (her|his) rocker|not all there|mad as a hatter)',
			'(silly|stupid|daft|grumpy|moaning|smelly|mad) old (cow|bat|bag|fool|sod|git|goat|trout|moo|coot|codger|biddy|crone|myrtle)',
			'(drama queen|lady muck|her majesty|his lordship|his majesty|madam muck|prima donna)',
			{ pattern: 'the (duchess|queen|princess|diva|countess)', guard: AS_PERSON },
			'(lol|haha|hahaha|ha ha|died laughing|nearly died laughing|wet myself laughing|in stitches|we all laughed|everyone laughed)',
			'(like a|looks like a|looked like a|looking like a) (scarecrow|zombie|vegetable|witch|pig|whale|walrus|hippo|snail|tortoise|turtle|ghost|mummy|sack of potatoes|cow|monkey|corpse|dog|bulldog|donkey|goat|rat|seal|robot|parrot|hamster|beached whale)',
			'zombie (shuffle|walk|mode|shuffling)',
			'(nicknamed|we call (her|him)|they call (her|him)|known as) (the |)',
		],
		why: {
			da: 'Hån og nedgørelse gør personen mindre menneskelig. Humor kan være en ventil, men her rammer den borgeren.',
			en: 'Mockery and disparagement make the person less human. Humour can be a release, but here it lands on the citizen.',
		},
		gentler: { da: 'beskriv konkret, hvad du så, og i hvilken situation', en: 'describe concretely what you saw, and in which situation' },
		source: 'Kitwood 1997 (hån, nedgørelse); DEEP 2014; TV 2 "Plejehjemmene bag facaden" 2020',
	},
	// ---- infantilising --------------------------------------------------------------------------
	{
		id: 'infantilising.endearments',
		category: 'infantilising',
		da: ['skat', 'min skat', 'søde', 'min søde', 'smukke', 'pus', 'skattepige', 'skattebasse', 'musse', 'min pige', 'lille pige'],
		en: ['honey', 'dear', 'love', 'darling', 'my (dear|love|darling)', 'young lady', 'little (one|lady|man)'],
		guard: { vocative: true },
		why: ENDEARMENT_WHY,
		gentler: ENDEARMENT_GENTLER,
		source: 'Williams et al. 2017 (elderspeak); Kitwood 1997 (infantilisering)',
	},
	{
		id: 'infantilising.pet-names',
		category: 'infantilising',
		da: ['(min |en |sådan en |)lille (ven|skat|mus|pus|søde|skatter)', 'vores små (skatter|søde)', 'de små søde'],
		en: ['sweetie(s|)', 'sweetheart', 'poppet', 'sweetie-pie'],
		why: ENDEARMENT_WHY,
		gentler: ENDEARMENT_GENTLER,
		source: 'Williams et al. 2017 (elderspeak); Kitwood 1997 (infantilisering)',
	},
	{
		id: 'infantilising.child-words',
		category: 'infantilising',
		da: [
			'(god|dygtig|sød|artig) (pige|dreng)',
			'(hun|han) (er|var) (så |)artig',
			'hagesmæk(ken|ke|kerne|)',
			'tisse(-| )tisse',
			'tisse(tid|pause)',
			'bæ(-| )bæ',
			'nat(-| )nat',
			'nattenat',
			'sove(-| )sove',
			// An adult compared to, praised or disciplined as a child.
			'(som|ligesom|som en anden) (en |et |)(lille pige|lille dreng|lille barn|barn|baby|treårig|toårig|fireårig|femårig|tudemarie|trodsig unge|unge)',
			'(har været|været|er|var|være|blevet) (så |rigtig |)(artig|uartig|artige|uartige)',
			'(klistermærke|klistermærker|klistermærket|guldstjerne|sidde pænt|sidder pænt|spise pænt|skamvrå|skammekrog|trodsanfald|trodsalder)',
			// Scolding as of a child: given or due, not the word in "det er ikke skæld ud, der skal til".
			'(skal have|får|fik|give|giver|gav) (en |)(skældud|skæld ud)',
			'(ellers|så) (er der |får du |)(ingen|ikke nogen) (kage|is|dessert|slik|kaffe|småkage)',
			'(stor pige|stor dreng|store pige|store dreng)',
			// Eating "for me", as one coaxes a child: "den sidste mundfuld for mig".
			'(mundfuld|mundfulde|bid|skefuld|skefulde|bidder) for (mig|mor|far|farmor|mormor)',
			'(min |vores |)lille (prinsesse|prins|engel|basse|putte|trold|nuser|mussemand)',
		],
		en: [
			'(like|just like) (a|an) (child|toddler|baby|little girl|little boy|kid|two-year-old|three-year-old|four-year-old|teenager)',
			'(big|good|clever|brave|naughty|cheeky) (girl|boy)',
			'(one more|another|a) (spoonful|bite|mouthful) for (me|mummy|nurse)',
			'(tantrum|tantrums|time-out|timeout|naughty step|gold star|sticker chart|a sticker|a treat if)',
			'(pop|popping) (our|your|his|her) (nightie|jammies|jim-jams|coat|shoes|slippers|cardi|teeth) (on|in|off)',
			'(has somebody|has someone|have we|did we|did somebody|did someone|somebody\'s) had an accident',
			'(all clean|nice and clean now|num-nums|yum-yum|tummy|tummies|nightie-night|beddy-byes)',
			'bib(s|)', 'potty', 'wee-wee(s|)', 'jammies', 'nighty(-| )night', 'beddy(-| )byes', 'din(-| )dins', 'nappy', 'nappies'],
		why: {
			da: 'Børnesprog om voksne mennesker tager deres værdighed og voksenliv fra dem.',
			en: 'Child words about adults take away their dignity and adulthood.',
		},
		gentler: { da: 'serviet; toiletbesøg; voksensprog', en: 'napkin; going to the toilet; adult language' },
		source: 'Williams et al. 2017; Kitwood 1997 (infantilisering)',
	},
	{
		id: 'infantilising.collective-we',
		category: 'infantilising',
		da: [
			'(nu |)skal vi (så |lige |nu |)(gå |)(i bad|op|op af sengen|i seng|spise|have tøj på|have bleen på|på toilettet|tisse|sove|have en ren ble|ha tøj på|op at stå)',
			'skal vi ikke lige (i bad|op|spise|have tøj på|på toilettet|tisse|sove)',
			'har vi (sovet|spist|været på toilettet) (godt|)',
			'hvordan har vi det (i dag|)',
			'er vi klar til (badet|bad|at komme op|at spise)',
		],
		en: [
			'are we ready for (our|the) (bath|breakfast|lunch|dinner|tea|wash)',
			'shall we (get up|have our bath|go to the toilet|eat|have a wash|get dressed|go to bed)',
			'how are we (today|this morning|doing)',
			'have we (eaten|slept|been to the toilet)',
			'did we (eat|sleep) (well|)',
		],
		guard: { quotedOnly: true },
		why: {
			da: 'Det kollektive "vi" er et kendetegn ved ældresprog: personen bliver en del af personalets plan, ikke en voksen, der bliver spurgt.',
			en: 'The collective "we" is a marker of elderspeak: the person becomes part of the staff\'s plan, not an adult who is asked.',
		},
		gentler: { da: 'Vil du …? Jeg vil gerne hjælpe dig med …', en: 'Would you like to …? I would like to help you with …' },
		source: 'Williams et al. 2017 (kollektive pronominer i 69 % af udskrifterne)',
	},
	// ---- invalidation ---------------------------------------------------------------------------
	{
		id: 'invalidation.denial-of-experience',
		category: 'invalidation',
		da: [
			'$S (opdager|opdagede|mærker|bemærker|ser|husker|forstår|ved|kan huske) det (jo |)alligevel ikke',
			'$S (opdager|mærker|bemærker|ser|husker|forstår|ved|kan huske) det (jo |)ikke alligevel',
			'$S kan (jo |)alligevel ikke huske det',
			'$S kan (jo |)ikke huske det alligevel',
			{ pattern: '$S opdager det (jo |)ikke', guard: { notBefore: ['selv', 'endnu', 'før', 'altid', 'at', 'hvis'] } },
			'det gør ikke noget, (hun|han|de) (ved|opdager|husker|mærker) det (jo |)ikke',
			'det gør ikke noget, (hun|han|de) kan (jo |)ikke huske det',
			'det er (jo |)bare (demensen|demens|sygdommen)',
			'det er demensen, der taler',
			'(hun|han) er (jo |)ligeglad alligevel',
			'(hun|han) er (jo |)alligevel ligeglad',
			'(hun|han) lever (jo |)i sin egen verden',
			'(hun|han) er (jo |)ikke klar over noget',
			'det er lige meget med (hende|ham)',
			// Her complaint waved away, her reality called nonsense, her feeling ruled impossible.
			'det siger (hun|han|de) (jo |)(altid|hver dag|hele tiden|tit|hver gang|konstant)',
			'(det er |)noget (vrøvl|pjat|sludder|fis|opspind)',
			'(ved|aner) (jo |)ikke hvad (hun|han) (siger|snakker om|taler om)',
			{ pattern: '(mærker|føler|opdager|merker|mærkede) (jo |)(ikke noget|ingenting|intet)', guard: { notBefore: ['i', 'ved', 'til', 'på', 'når', 'under', 'efter'] } },
			'(kan|kan jo) (jo |)ikke (rigtig |)(føle sig|mærke|være) (ensom|ked af det|bange|trist|noget)',
			'(forstår|fatter) (jo |)(ikke et ord|ingenting|ikke noget|alligevel ikke noget)',
			'(bare |)(ignorer|ignorere|overhør|overhøre) (hende|ham|dem|det)',
			'(lad|lade) (hende|ham|dem) (bare |)(råbe|skrige|græde|klage|brokke sig|sidde)',
			'(hun|han) overdriver',
			'(nytter|hjælper) (jo |)ikke (noget |)at (fortælle|forklare|spørge|sige) (hende|ham|dem|det)',
			'(behøver|behøves) ikke (at |)(forklare|fortælle|spørge|sige) (hende|ham|dem|det|noget)',
			'(hun|han|de) (husker|kan huske) det (jo |)ikke (i morgen|alligevel|bagefter|om lidt|om fem minutter|om en time)',
			'(hun|han) er (jo |)(alligevel |)ligeglad med (hvad|hvordan|om|det)',
			'det (går|gik) over, når (hun|han) (har glemt|glemmer)',
			'ingen grund til at forklare',
		],
		en: [
			'$S (won\'t|will not) (even |)notice',
			'$S (won\'t|doesn\'t|will not|does not|can\'t) (remember|know|understand|notice) (it |that |)anyway',
			'(she\'ll|he\'ll|they\'ll) never (notice|know)',
			'(she\'ll|he\'ll|they\'ll) (never |not |)(notice|remember|know) (it |)anyway',
			'(it\'s|it is) (just |only |)the dementia',
			'the dementia talking',
			'doesn\'t know any better',
			'(she\'s|he\'s) in (her|his) own world',
			'(she\'s|he\'s|she is|he is) always (cold|in pain|hungry|complaining|saying that|like that|moaning)',
			'(just |)ignore (her|him|them|it)',
			'(doesn\'t|does not|don\'t|can\'t) understand (a word|anything|any of it|a thing)',
			'(can\'t|cannot|doesn\'t|does not) (really |)(feel|be|get) (lonely|sad|bored|unhappy|scared|afraid|anything|upset)',
			'(talking|talks) (nonsense|rubbish|gibberish|drivel)',
			'doesn\'t know what (she\'s|he\'s) (saying|talking about)',
			'no point (in |)(explaining|telling|asking)',
			'(she\'s|he\'s|she is|he is) not really (in pain|upset|sad|scared|hungry|cold|lonely)',
			'(she|he) (just|only) says that',
			'(it|that) doesn\'t matter to (her|him|them)',
			'(making a fuss|overreacting|attention) over nothing',
		],
		why: {
			da: 'Personens oplevelse frakendes: "hun opdager det ikke" kan gøre en lavere standard acceptabel. Hun oplever det nu, også hvis hun glemmer det.',
			en: 'The person\'s experience is denied: "she won\'t notice" can make a lower standard acceptable. She experiences it now, even if she forgets.',
		},
		gentler: { da: 'Hun oplever det nu. Hvad oplever hun?', en: 'She experiences it now. What is she experiencing?' },
		source: 'Kitwood 1997 (invalidering); Haque & Waytz 2012 (denial of experience)',
	},
	// ---- powerlessness --------------------------------------------------------------------------
	{
		id: 'powerlessness.tried-everything',
		category: 'powerlessness',
		da: [
			'(vi|jeg|de) har prøvet (alt|alting|det hele)',
			'(intet|ingenting) (virker|hjælper|nytter)',
			'der er (ikke mere|intet|ikke noget|ingenting|ikke mere vi kan gøre|intet mere) at gøre',
			'der er (intet|ikke noget|ingenting|ikke mere) vi kan gøre',
			{ pattern: 'det nytter (ikke|ingenting|ikke noget)', guard: { notBefore: ['at'] } },
			'det hjælper (ikke alligevel|alligevel ikke|ikke noget alligevel)',
			'hvad nytter det',
			'(hun|han) er umulig',
			'en håbløs sag',
			'det er (helt |fuldstændig |bare |)håbløst',
			'håbløs sag',
			'det er spild af tid',
			'som at slå i en dyne',
			'vi kommer ingen vegne',
			// Resignation in her own words, not the stock phrase.
			'(lige meget|ligegyldigt|uanset) hvad (vi|jeg|man) (gør|siger|prøver)',
			'(det er|er det|bliver det|bliver) aldrig (godt |)nok',
			'(intet|ingenting) sker',
			'der sker (jo |alligevel |)(ikke noget|ingenting|intet)',
			'sker der (jo |)(alligevel |)(ikke noget|ingenting|intet)',
			'(har givet op|giver op|opgivet|opgiver|opgav)',
			'ingen (lytter|gider lytte|hører efter|bekymrer sig|gør noget)',
			'(nytteløs|nytteløst|nytteløse|formålsløst|meningsløst)',
			'hvorfor (prøve|kæmpe|gide|overhovedet prøve)',
			'(det er som det er|sådan er det bare|det er bare sådan det er)',
			'(holdt|holder) op med at (kæmpe|prøve|sige|indberette|spørge|skrive)',
			'(jeg|vi) (er|var|føler mig|føler os|følte mig|følte os|står|stod) (helt |så |fuldstændig |bare |)(magtesløs|magtesløse|afmægtig|afmægtige|resigneret|resignerede)',
			'(overleve|komme igennem|kommer igennem) (vagten|dagen|listen|ruten)',
			'(ingen|for få|ikke nok) hænder',
			'(må|må bare|skal bare) ligge (til|indtil)',
			'lukke øjnene',
			'ingen læser (det|den|dem)',
			'hvorfor vi overhovedet',
		],
		en: [
			'(we\'ve|we have|i\'ve|i have|they\'ve|they have) tried everything',
			'nothing (works|helps)',
			'(it\'s|it is) (just |completely |)(hopeless|pointless|no use)',
			'a hopeless case',
			'there\'s nothing (more |)(we can do|to be done)',
			'there is nothing (more |)(we can do|to be done)',
			'what\'s the point',
			'(she\'s|he\'s) impossible',
			'(it\'s|it is) a waste of time',
			'we\'re getting nowhere',
			'(given|giving|give|gave) up',
			'nobody (upstairs |)(listens|cares|care|is listening)',
			'no point (in |)(planning|trying|reporting|complaining|bothering|fighting)',
			'(it is what it is|it\'s what it is)',
			'(just |)(get|getting) through the (list|day|shift|rota|calls)',
			'(just |)firefighting',
			'(stopped|stop) (fighting|trying|caring|reporting|asking|bothering)',
			'(just |simply |)not possible',
			'(i|we) (feel|felt|am|are|was|were) (so |completely |totally |just |)(powerless|helpless|defeated|hopeless)',
			'(i\'m|we\'re) (so |completely |totally |just |)(powerless|helpless|defeated)',
			'(just|only) hope (nobody|no one|noone) gets hurt',
		],
		why: {
			da: 'Tegn på afmagt: når intet ser ud til at virke, tænker, føler og bekymrer man sig mindre. Medarbejderen har brug for støtte, ikke for at blive rettet.',
			en: 'A sign of powerlessness: when nothing seems to work, people think, feel and worry less. The employee needs support, not correction.',
		},
		gentler: { da: 'Hvad har virket, bare lidt? Hvad ved vi om hende, som vi ikke har brugt endnu?', en: 'What has worked, even a little? What do we know about her that we have not used yet?' },
		source: POWERLESS_SOURCE,
	},
	{
		id: 'powerlessness.exhausted',
		category: 'powerlessness',
		da: [
			{ pattern: 'jeg (orker|gider) ikke (mere|)', guard: CLAUSE_END },
			{ pattern: '(jeg|vi) kan ikke mere', guard: CLAUSE_END },
			'(jeg|vi) kan ikke (holde til|klare) (det|det her|mere)',
			'jeg er (helt |fuldstændig |)(udbrændt|færdig|knust)',
			'(vi|jeg) når det (ikke|aldrig)',
			'(vi|jeg) kan ikke nå det',
			'(vi|jeg) når (aldrig|ikke) at',
			'der er (ingen|ikke) tid til',
			'(vi|jeg) har (ingen|ikke) tid til',
			'vi er (alt |)for få',
			'det er systemet',
			'det er ikke (vores|mit|min) (bord|opgave|ansvar)',
			'det er ledelsens problem',
			'ingen lytter',
			'vi står alene',
		],
		en: [
			'i can\'t (do this |take it |cope |)anymore',
			{ pattern: 'i can\'t (cope|take it|do this)', guard: CLAUSE_END },
			'(we|i) (never|don\'t) have (the |)time (to|for)',
			'there\'s no time (to|for)',
			'(it\'s|it is) the system',
			'not (our|my) (job|problem|responsibility)',
			'(we\'re|we are) too few',
			'nobody listens',
			'(i\'m|i am) (burnt|burned) out',
		],
		why: {
			da: 'Tegn på afmagt eller moralsk stress. Det peger på, at medarbejderen har brug for din støtte og en samtale om, hvad der er muligt.',
			en: 'A sign of powerlessness or moral stress. It points to the employee needing your support and a conversation about what is possible.',
		},
		gentler: { da: 'Hvad har du brug for fra mig? Hvad er det mindste, der kunne gøre en forskel?', en: 'What do you need from me? What is the smallest thing that could make a difference?' },
		source: POWERLESS_SOURCE,
	},
	// ---- word families for everyday talk (issue 17): each a family of wordings, not one sentence ----
	{
		// A person named by a behaviour: "skrigeren", "the biter", "a faller", "de sengeliggende".
		id: 'labelling.behaviour-noun',
		category: 'labelling',
		da: [
			'(skrigeren|skrigerne|råberen|råberne|bideren|spytteren|vandreren|vandrerne|klynkeren|brokkeren|hyleren|slåsbroderen|flygteren)',
			{ pattern: '(de|den) (sengeliggende|terminale|psykotiske|skizofrene|demensramte|udviklingshæmmede|alkoholiserede)', guard: BARE_PERSON },
			'(alkoholikeren|alkoholikerne|misbrugeren|misbrugerne|epileptikeren|sklerotikeren|afatikeren|spastikeren)',
		],
		en: [
			'(the|a|our|my) (screamer|shouter|biter|hitter|kicker|spitter|faller|sundowner|absconder|grabber|moaner|whinger|wanderer)(s|)',
			'(the|our|my) (bed-bound|bedbound|terminal|psych|psychiatric|alcoholic|epileptic|schizophrenic|incontinent|confused|senile) (ones|one|lot)',
			{ pattern: '(the|an|our) (alcoholic|alcoholics|epileptic|schizophrenic|amputee|amputees)', guard: { notBefore: ['drink', 'drinks', 'beverage', 'beverages', 'content', 'seizure', 'fit'] } },
		],
		why: {
			da: 'Personen får navn efter en adfærd eller tilstand. Så bliver adfærden hende, og spørgsmålet om, hvad den fortæller, lukkes.',
			en: 'The person is named after a behaviour or a condition. The behaviour becomes her, and the question of what it says is closed.',
		},
		gentler: { da: 'fru A, som råber om aftenen; borgeren, som har …', en: 'Mrs A, who calls out in the evening; the resident who has …' },
		source: 'Kitwood 1997 (stempling); Sundhedsstyrelsen 2022 (Isbjerget)',
	},
	{
		// A person as a load, a job or an item on a list: "bare et nummer", "a double-up", "dødvægt", "bed-blocker".
		id: 'objectification.thing-words',
		category: 'objectification',
		da: [
			'(bare|kun) et (nummer|cpr-nummer|tal)',
			'(hun|han) er (en |)(tomandsopgave|tomandsbetjening|tung opgave|tung pakke|pakke|dødvægt|sæk kartofler)',
			'(som en |)(dødvægt|død vægt)',
			'(sengeblokerer|sengeblokerere|sengeblokereren|samlebånd|samlebåndet)',
			'(næste|den næste) på (ruten|båndet)',
		],
		en: [
			'(just|only) (a|another) (number|body|statistic)',
			'(a|another|the) (double-up|double up|two-carer|full assist|heavy lift|hoist job)',
			'(dead weight|deadweight|sack of spuds)',
			'(bed-blocker|bed-blockers|bedblocker|bedblockers|bed blocker|bed blockers)',
			'(one down|two down|three down), (one|two|three|four|five|six) to go',
			'(next|last) (one |)on (the|my) (run|round)',
		],
		why: {
			da: 'Personen bliver en vægt, en opgave eller et punkt på en liste. Det gør det lettere at se arbejdet frem for mennesket.',
			en: 'The person becomes a weight, a job or an item on a list. That makes it easier to see the work rather than the person.',
		},
		gentler: { da: 'fru A, som har brug for to hjælpere; borgeren, jeg skal til kl. 9', en: 'Mrs A, who needs two carers; the resident I visit at 9' },
		source: 'Kitwood 1997 (objektgørelse); Buber (jeg-det); Haque & Waytz 2012',
	},
	{
		// A person moved, packed or processed like goods: "hive ham op", "trillet ud", "hose him down", "carted off".
		id: 'task-verb.like-goods',
		category: 'task-verb',
		da: [
			'(hive|hiver|hev|hevet|slæbe|slæber|slæbte|slæbt|læsse|læsser|læssede|læsset|stable|stablede|stablet|spule|spuler|spulede|spulet|dumpe|dumpede|dumpet|lagre|lagret|opbevare|opbevaret) (hende|ham|dem|borgeren|beboeren|borgerne|beboerne)',
			'(hun|han|de) (blev|er|bliver|var) (læsset|stablet|spulet|dumpet|slæbt|hevet|opbevaret) (ud|ind|op|ned|af|i|på|hen|væk)',
			'(få|fik|får) (hende|ham|dem) (ekspederet|afleveret|læsset|stablet|pakket) (af sted|ind|ud|væk)',
		],
		en: [
			{ pattern: '(haul|hauled|hauling|heave|heaved|heaving|drag|dragged|dragging|chuck|chucked|chucking|bung|bunged|sling|slung|hose|hosed|hosing|load|loaded|loading|unload|unloaded|stack|stacked|cart|carted|ship|shipped|bedded|top and tail|topped and tailed|mucked)', guard: ON_PERSON },
			'(do|did|done|doing) (her|him|them|mrs|mr) (next|first|now|last|already|before|after)',
			'(i\'ve|we\'ve|i have|we have) (done|finished) (her|him|them|mrs|mr)',
		],
		why: {
			da: 'Verbet er et ord for varer eller ting. Personen flyttes, som man flytter gods, ikke som et menneske, der hjælpes.',
			en: 'The verb is a word for goods or things. The person is moved as goods are moved, not helped as a person.',
		},
		gentler: { da: 'hjælpe op; hjælpe ud i haven; hjælpe med badet', en: 'help up; help out to the garden; help with the shower' },
		source: 'Buber/Kitwood (jeg-det); Haque & Waytz 2012',
	},
	{
		// Fault and bad faith without the stock phrase: "selective hearing", "spiller komedie", "she's putting it on".
		id: 'blame.bad-faith',
		category: 'blame',
		da: [
			'(selektiv|selektive) (hørelse|hukommelse)',
			'hører (kun |bare |)(hvad|det) (hun|han) vil',
			'(spiller|spillede) (bare |jo |)(komedie|skuespil|teater|dum|syg|hjælpeløs|dement|døv)',
			'(kan|kunne) (sagtens|godt) (selv|klare det selv), (når|hvis) (hun|han) (vil|gider|ville|gad)',
			'(ved|vidste) (godt|udmærket|præcis) hvad (hun|han) (gør|laver|gjorde|lavede)',
			'(ballademager|ballademageren|urostifter|urostifteren|plageånd|plageånden|bølle|bøllen|møgkælling|møgunge)',
			'(modarbejder|modarbejdede|saboterer|saboterede) (os|mig|personalet|plejen|alt)',
			'(bare |kun |)for at (være|gøre sig) (besværlig|på tværs|vigtig|interessant)',
			'(pylrer|pylrede|pjækker|simulerer|simulerede)',
		],
		en: [
			'selective (hearing|memory)',
			'only hears what (she|he) wants',
			'(putting it on|puts it on|faking it|fakes it|fake it|playing up|plays up|acting up|acts up)',
			'(could|can) do it (herself|himself|themselves) if (she|he|they) wanted',
			'(knows|knew) (exactly |full well |perfectly well |)what (she\'s|he\'s|she is|he is|she was|he was) doing',
			'(troublemaker|trouble-maker|wind-up merchant|a handful|a nightmare|a right pain)',
			'(pushing|pushes|pushed) (my|our|everyone\'s) buttons',
			'(won\'t|doesn\'t|wouldn\'t) even try',
			'(just |only |)to be (difficult|awkward|obstinate)',
		],
		why: {
			da: 'Adfærden forklares med ond vilje eller skyld. Det fritager os for at undersøge, hvad den kommunikerer.',
			en: 'The behaviour is explained by ill will or fault. It spares us from exploring what it communicates.',
		},
		gentler: { da: 'Hvad prøver hun at fortælle os? Hvornår går det bedre?', en: 'What is she trying to tell us? When does it go better?' },
		source: 'Birkmose 2013 (forråelse); Hejlskov Elvén 2015; Sundhedsstyrelsen 2022 (Isbjerget)',
	},
	{
		// Slang, ridicule and names for old people: "gamle prutter", "coffin dodgers", "gjorde grin med hende".
		id: 'mockery.slang',
		category: 'mockery',
		da: [
			'(gamle|de gamle) (prutter|nisser|gubber|knarke|skrog|kællinger|tosser|tøser|krager|heks|hekse)',
			'(gammel|en gammel|den gamle) (prut|nisse|knark|skrog|kælling|krage|gnavpot|surmule|sur kælling)',
			'(skøre kugle|skør kugle|skør i hovedet|tosset i hovedet|ravgal|ravende|gak|kuk kuk|kukkuk|hjernedød|grøntsag)',
			'(gjorde|gør|gøre) grin med (hende|ham|dem|borgeren)',
			'(griner|grinte|grinede|lo) (ad|af) (hende|ham|dem|borgeren)',
			'(drillede|driller|drille) (hende|ham|dem|borgeren)',
			'(det er |)(bare |)(drama|teater|cirkus) med (hende|ham)',
		],
		en: [
			'(old|silly|mad|daft|crazy) (farts|fart|biddies|codgers|crones|duffers)',
			'(coffin dodger|coffin dodgers|wrinklies|crumblies|gerries|crinklies)',
			'(barking mad|round the bend|bonkers|loopy|batty|gone mental|off with the fairies|doolally)',
			'(laughing|laughed|laugh) at (her|him|them)',
			'(made|making|make) fun of (her|him|them)',
			'(took|taking|take) the (mickey|mick|piss) (out of|) (her|him|them|)',
			'(teased|teasing|tease) (her|him|them)',
		],
		why: {
			da: 'Slang og latter på personens bekostning gør hende mindre menneskelig. Humor kan være en ventil, men her rammer den borgeren.',
			en: 'Slang and laughter at the person\'s expense make her less human. Humour can be a release, but here it lands on the resident.',
		},
		gentler: { da: 'beskriv konkret, hvad du så, og hvad der var svært', en: 'describe concretely what you saw, and what was hard' },
		source: 'Kitwood 1997 (hån, nedgørelse); DEEP 2014',
	},
	{
		// Praise, rewards and discipline as for a child: "hvor er du dygtig", "aren't we clever", "lille mor".
		id: 'infantilising.praise-and-discipline',
		category: 'infantilising',
		da: [
			'(hvor er du|sikke en|du er en) (dygtig|flink|sød|artig|god|fin) (pige|dreng|)',
			'(nå |så |)lille (mor|far|gamle|ven|skat)',
			'(tudekop|tudekoppen|sutteflaske|sutteflasken|babymad|hagesmæk|smæk)',
			'(som straf|til straf|for at lære det|så lærer (hun|han) det)',
			'(får|fik) (ingen|ikke noget) (dessert|kage|is|slik|kaffe) (før|hvis|inden|som)',
		],
		en: [
			'(aren\'t|arent) (we|you) (clever|lovely|good|a good girl|a good boy|a clever girl)',
			'(well done you|what a good (girl|boy)|who\'s a (good|clever) (girl|boy))',
			'(are|were) we (hungry|thirsty|comfy|warm enough|feeling better)',
			'(let\'s|lets) (get|pop|have) (you|your|our) (dressed|up|clean|teeth|nightie|coat|bath|wash|dinner|pad)',
			'(sippy cup|beaker|baby food|bib|bibs|potty)',
			'(no pudding|no dessert|no telly|no tv) (unless|until|if)',
			'(grounded|time out|on the naughty step)',
		],
		why: {
			da: 'Ros, belønning og straf som til et barn. Den voksne bliver talt ned til og mister sin værdighed.',
			en: 'Praise, reward and punishment as for a child. The adult is talked down to and loses her dignity.',
		},
		gentler: { da: 'voksensprog: tak for hjælpen; vil du …?', en: 'adult language: thank you; would you like …?' },
		source: 'Williams et al. 2017 (elderspeak); Kitwood 1997 (infantilisering)',
	},
	{
		// Her feelings and reality waved away: "det er bare alderen", "all in her head", "humour her".
		id: 'invalidation.dismissed',
		category: 'invalidation',
		da: [
			'det er (bare |jo |kun |)(alderen|forvirring|forvirringen|hendes demens|hans demens|noget (hun|han) bilder (sig|sig selv) ind)',
			'(bilder|bildte) sig (bare |jo |)(noget |)ind',
			'(hør|lyt) (ikke|bare ikke) (på|efter) (hende|ham|dem)',
			'(sig|siger|sagde) (bare |)ja til (alt|det hele)',
			'(glemmer|har glemt) det (igen |jo |)(om lidt|om fem minutter|om et øjeblik|om en time|straks|med det samme)',
			'(ved|aner) (jo |)(ikke|ingenting om) (hvad|hvor) (hun|han) (vil|er|selv vil)',
			'det er lige meget, hvad (hun|han|de) (siger|mener|vil|synes)',
			'det er lige meget hvad (hun|han|de) (siger|mener|vil|synes)',
			'(hun|han) (er|var) (bare|jo bare) (hysterisk|dramatisk|pylret)',
			'(hypokonder|hypokonderen|pylrehoved)',
			'det går (nok |jo |)over (igen|af sig selv)',
		],
		en: [
			'(it\'s|it is) (just |only |)(her|his|their) age',
			'(it\'s|it\'s all|all) in (her|his|their) head',
			'(imagining|imagines|imagined) things',
			'(don\'t|do not) listen to (her|him|them)',
			'(take|took|taking) no notice',
			'(humour|humor|humouring|humoring) (her|him|them)',
			'(just |)say yes to (everything|anything)',
			'(won\'t|will not|doesn\'t|can\'t) know the difference',
			'(she\'ll|he\'ll|they\'ll) (forget|have forgotten) (it |about it |)in (a minute|five minutes|a moment|an hour)',
			'(doesn\'t|does not) know what (she|he) wants',
			'(she\'s|he\'s|she is|he is) (just|only) (being dramatic|being silly|attention seeking)',
			'(hypochondriac|crying wolf|cries wolf)',
			'(she\'ll|he\'ll|they\'ll) get over it',
			'(making|makes|made) a fuss',
		],
		why: {
			da: 'Personens oplevelse bliver vinket væk. Hun oplever det nu, og det hun siger, er information.',
			en: 'The person\'s experience is waved away. She experiences it now, and what she says is information.',
		},
		gentler: { da: 'Hvad oplever hun lige nu? Hvad kunne hjælpe?', en: 'What is she experiencing right now? What might help?' },
		source: 'Kitwood 1997 (invalidering); Feil 1993 (validering)',
	},
	{
		// Resignation in her own words: "jeg kan ikke overskue det mere", "our hands are tied", "I've had enough".
		id: 'powerlessness.own-words',
		category: 'powerlessness',
		da: [
			'(jeg|vi) kan ikke (overskue|overkomme|bære) det (mere|længere|her|)',
			{ pattern: '(jeg|vi) (har fået|har fået helt|fik) nok', guard: { before: ['', 'nu', 'af', 'og'] } },
			'(jeg|vi) er (blevet |)(ligeglad|ligeglade|træt af det hele|dødtræt af det|ved at give op|ved at opgive)',
			'(hænderne er bundet|vores hænder er bundet|bundne hænder)',
			{ pattern: '(det kan ikke lade sig gøre|det er umuligt|det er en tabt kamp|en kamp vi ikke kan vinde)', guard: { before: ['', 'med', 'og', 'for', 'mere', 'længere'] } },
			'(vi|jeg) (drukner|er ved at drukne|løber tør|er løbet tør)',
			'man kan jo ikke gøre noget',
			{ pattern: '(sådan er det|sådan er det jo|sådan er det bare)', guard: { before: [''] } },
			'(ledelsen|kommunen|systemet|de oppe) (er ligeglad|er ligeglade|gider ikke|lytter ikke|hører ikke efter)',
			'(kaste|kaster|kastede) håndklædet i ringen',
			'(slukker|slukke) (bare |)(ildebrande|brande)',
			'(vi|jeg) har ingen (chance|energi|kræfter)',
			'kan ikke se (meningen|pointen) (med|i)',
		],
		en: [
			{ pattern: '(i\'ve|we\'ve|i have|we have) had enough', guard: { before: ['', 'of', 'now', 'and'] } },
			'(i\'m|we\'re|i am|we are) (fed up|sick of it|at the end of (my|our) tether|at (my|our) wits\' end|drowning|sinking|running on empty)',
			'(our|my) hands are tied',
			'(a losing battle|not a chance in hell|that\'s just how it is)',
			'(management|the council|the office|they upstairs|nobody upstairs) (don\'t|doesn\'t) (care|listen)',
			'(throw|threw|throwing) in the towel',
			'(i|we) (don\'t|do not) care anymore',
			'(don\'t|can\'t) see the point',
			'survival mode',
		],
		why: {
			da: 'Tegn på afmagt i egne ord. Medarbejderen (eller du selv) har brug for støtte og en samtale om, hvad der er muligt, ikke for at blive rettet.',
			en: 'A sign of powerlessness in one\'s own words. The employee (or you) needs support and a conversation about what is possible, not correction.',
		},
		gentler: { da: 'Hvad har du brug for? Hvad er det mindste, der kunne gøre en forskel?', en: 'What do you need? What is the smallest thing that could make a difference?' },
		source: POWERLESS_SOURCE,
	},
	// ---- by form: Danish compounds and mocking names (context.ts) ----------------------------------
	{
		id: 'mockery.nickname',
		category: 'mockery',
		da: [],
		en: [],
		why: {
			da: 'Et øgenavn ("Prinsessen", "Snakkemaskinen") gør personen til en figur, man griner af, og skjuler, hvad hun har brug for.',
			en: 'A nickname ("the Princess", "the Chatterbox") makes the person a figure to laugh at and hides what she needs.',
		},
		gentler: { da: 'hendes navn; beskriv, hvad hun gjorde, og hvad hun måske havde brug for', en: 'her name; describe what she did and what she may have needed' },
		source: 'Kitwood 1997 (hån, nedgørelse); DEEP 2014',
	},
	{
		id: 'labelling.compound',
		category: 'labelling',
		da: [],
		en: [],
		why: {
			da: 'Et sammensat ord gør diagnosen til personens navn ("demensborger", "alzheimertilfælde"): det, vi ser, bliver sygdommen.',
			en: 'A compound word makes the diagnosis the person\'s name ("dementia citizen", "an Alzheimer\'s case"): what we see is the illness.',
		},
		gentler: { da: 'borgeren, som har …; fru A', en: 'the citizen, who has …; Mrs A' },
		source: 'Kitwood 1997 (stempling); Cayton 2006',
	},
	{
		id: 'objectification.compound',
		category: 'objectification',
		da: [],
		en: [],
		why: {
			da: 'Et sammensat ord opkalder personen efter en opgave, et hjælpemiddel eller et produkt ("liftborger", "sondepatient"): hun bliver det, der gøres ved hende.',
			en: 'A compound word names the person after a task, an aid or a product ("lift citizen", "tube patient"): she becomes what is done to her.',
		},
		gentler: { da: 'borgeren, som bruger lift; fru A, som får sondemad', en: 'the resident who uses the hoist; Mrs A, who is tube fed' },
		source: 'Kitwood 1997 (objektgørelse); Haque & Waytz 2012',
	},
];

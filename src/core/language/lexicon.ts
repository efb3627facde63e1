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
const BARE_PERSON: Guard = { before: ['', 'er', 'var', 'skal', 'har', 'vil', 'kan', 'nægter', 'råber', 'slår', 'ringer', 'tager', 'får', 'kræver', 'på', 'is', 'was', 'has', 'will', 'on', 'in'] };
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
	// ---- objectification ------------------------------------------------------------------------
	{
		id: 'objectification.room',
		category: 'objectification',
		da: ['(stue|værelse|lejlighed|bolig|seng) #'],
		en: ['(room|bed|flat) #'],
		guard: {
			notAfter: ['på', 'til', 'i', 'fra', 'ved', 'ud', 'ind', 'mod', 'gennem', 'forbi', 'af', 'om', 'on', 'in', 'to', 'from', 'into', 'at', 'by', 'past', 'of', 'near', 'outside', 'inside', 'nr', 'nummer', 'bor', 'boede', 'the'],
			notBefore: ['og', 'and', 'er', 'is', 'har', 'has', 'blev', 'was', 'skal', 'ligger'],
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
		en: ['the (hip|hips|knee|leg|stroke|catheter) (in|on) (bed|room) #', 'two hips and a knee'],
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
		source: 'Kitwood 1997 (objektgørelse)',
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
		en: ['feed(s|) $O', 'feeding $O', 'feeding (mrs|mr|ms|miss|room|bed|the resident|residents|the residents|patients)', 'the feeds', 'the feeders', 'feeders', 'a feeder'],
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
		en: ['toilet(ed|ing|) $O', 'do the toileting', 'toileting round(s|)'],
		why: {
			da: 'Et intimt øjeblik bliver en arbejdsgang, der gøres ved personen.',
			en: 'An intimate moment becomes a procedure done to the person.',
		},
		gentler: { da: 'støtte ved toiletbesøg; hjælpe på toilettet', en: 'support with going to the toilet' },
		source: 'Buber/Kitwood (jeg-det)',
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
		],
		en: ['park(ed|ing|) $O (in|in front of|by)', '(get|got|getting) $O done', 'dump(ed|) $O (in|on)'],
		why: {
			da: 'Verbet gør personen til en genstand, der flyttes eller ekspederes.',
			en: 'The verb turns the person into an object that is moved or processed.',
		},
		gentler: { da: 'hjælpe op; hjælpe i seng; hun sidder i stuen', en: 'help up; help to bed; she is sitting in the lounge' },
		source: 'Buber/Kitwood (jeg-det)',
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
			'$S (er|var) (uartig|uartige|fræk|frække|ulydig|ulydige)',
			{ pattern: '(den|en) (uartige|frække|ulydige)', guard: BARE_PERSON },
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
		],
		en: ['(good|clever|brave) (girl|boy)', 'bib(s|)', 'potty', 'wee-wee(s|)', 'jammies', 'nighty(-| )night', 'beddy(-| )byes', 'din(-| )dins', 'nappy', 'nappies'],
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
			'(nu |)skal vi (lige |)(i bad|op|op af sengen|i seng|spise|have tøj på|have bleen på|på toilettet|tisse|sove|have en ren ble|ha tøj på|op at stå)',
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
];

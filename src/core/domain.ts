/**
 * The method's canonical identifiers and the words the plugin writes for them in notes.
 *
 * This module is the one definition of the journal note format's vocabulary (docs/DESIGN.md,
 * "The journal note format"). Ids are stable English; what is *written* into a note follows the
 * user's language; what is *read* is always both vocabularies, so switching language never changes
 * what an old note means. The rich bilingual texts of the method live in `method/catalogue.ts`.
 */

/** A language the plugin speaks and writes. */
export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

/** A text in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;

/** The three gazes of the method. */
export const GAZES = ['citizen', 'staff', 'self'] as const;
/** One of the three gazes: the citizen and environment, the staff, the leader herself. */
export type GazeId = (typeof GAZES)[number];

/** The gaze tags: `blik/borger` or `gaze/citizen`, and so on. Roots and leaves per language. */
export const GAZE_TAG_VOCABULARY: Readonly<Record<Lang, { root: string; leaves: Readonly<Record<GazeId, string>> }>> = {
	da: { root: 'blik', leaves: { citizen: 'borger', staff: 'medarbejdere', self: 'selv' } },
	en: { root: 'gaze', leaves: { citizen: 'citizen', staff: 'staff', self: 'self' } },
};

/** What kind of note this is, recorded in the `kind` property. */
export const KINDS = [
	'daily-reflection',
	'gaze-reflection',
	'self-check-in',
	'staff-meeting',
	'employee-conversation',
	'resident-conference',
	'supervision-preparation',
	'meeting',
	'reflection-summary',
] as const;
/** A note kind id. */
export type KindId = (typeof KINDS)[number];

/** The value written in the `kind` property, per language. English values equal the ids. */
export const KIND_VOCABULARY: Readonly<Record<KindId, Bilingual>> = {
	'daily-reflection': { da: 'daglig-refleksion', en: 'daily-reflection' },
	'gaze-reflection': { da: 'blik-refleksion', en: 'gaze-reflection' },
	'self-check-in': { da: 'selvtjek', en: 'self-check-in' },
	'staff-meeting': { da: 'personalemøde', en: 'staff-meeting' },
	'employee-conversation': { da: 'medarbejdersamtale', en: 'employee-conversation' },
	'resident-conference': { da: 'beboerkonference', en: 'resident-conference' },
	'supervision-preparation': { da: 'supervisionsforberedelse', en: 'supervision-preparation' },
	meeting: { da: 'møde', en: 'meeting' },
	'reflection-summary': { da: 'refleksionsspejl', en: 'reflection-summary' },
};

/** Kinds that count as meetings or conversations for the double perspective. */
export const MEETING_KINDS: ReadonlySet<KindId> = new Set<KindId>([
	'staff-meeting',
	'employee-conversation',
	'resident-conference',
	'meeting',
]);

/** The four focus points of the self gaze; each has a 1-5 rating in a self check-in. */
export const SELF_FOCUS = ['leadership-effect', 'facilitator-role', 'systematic-meetings', 'shared-foundation'] as const;
/** A self-gaze focus point id. */
export type SelfFocusId = (typeof SELF_FOCUS)[number];

/** The number property that holds a self check-in rating (1-5): `rating-leadership-effect`, ... */
/** What every rating property's name starts with: `rating-leadership-effect`, `rating-energy`, … */
export const RATING_PREFIX = 'rating-';

export function ratingProperty(focus: SelfFocusId): string {
	return `${RATING_PREFIX}${focus}`;
}

/** The six "already can, does and knows" categories, then feelings, last on purpose. */
export const QUESTION_CATEGORIES = [
	'actions',
	'intentions',
	'observations',
	'thoughts',
	'knowledge',
	'experiences',
	'feelings',
] as const;
/** A question category id. */
export type QuestionCategoryId = (typeof QUESTION_CATEGORIES)[number];

/** The toolbox's tools (meeting elements). */
export const TOOLS = [
	'wellbeing-tub',
	'flower',
	'five-factors',
	'iceberg',
	'perspective-shift',
	'affect-outburst',
	'big-why',
	'i-thou',
	'psychological-safety',
	'guided-reflection',
	'strengths-questions',
] as const;
/** A toolbox tool id. */
export type ToolId = (typeof TOOLS)[number];

/** Which wellbeing a tool serves. */
export type Side = 'citizen' | 'staff' | 'both';

/**
 * The slug written for a tool (in the `tools` property and in a toolbox callout), per language.
 * Slugs are lowercase ASCII-safe words; readers also accept the id itself.
 */
export const TOOL_VOCABULARY: Readonly<Record<ToolId, Bilingual>> = {
	'wellbeing-tub': { da: 'trivselskarret', en: 'wellbeing-tub' },
	flower: { da: 'blomsten', en: 'flower' },
	'five-factors': { da: 'de-fem-faktorer', en: 'five-factors' },
	iceberg: { da: 'isbjerget', en: 'iceberg' },
	'perspective-shift': { da: 'perspektivskifte', en: 'perspective-shift' },
	'affect-outburst': { da: 'affektudbrudsmodellen', en: 'affect-outburst' },
	'big-why': { da: 'det-store-hvorfor', en: 'big-why' },
	'i-thou': { da: 'jeg-du-møder', en: 'i-thou' },
	'psychological-safety': { da: 'psykologisk-tryghed', en: 'psychological-safety' },
	'guided-reflection': { da: 'styret-refleksion', en: 'guided-reflection' },
	'strengths-questions': { da: 'kan-gør-ved', en: 'strengths-questions' },
};

/**
 * The callout type that marks an inserted toolbox element: `> [!three-gazes|isbjerget] Isbjerget`.
 * The part after `|` is a tool slug or a question-category slug.
 */
export const TOOLBOX_CALLOUT = 'three-gazes';

/** The slug written for a question category in a question-set callout, per language. */
export const QUESTION_CATEGORY_VOCABULARY: Readonly<Record<QuestionCategoryId, Bilingual>> = {
	actions: { da: 'handlinger', en: 'actions' },
	intentions: { da: 'intentioner', en: 'intentions' },
	observations: { da: 'observationer', en: 'observations' },
	thoughts: { da: 'tanker', en: 'thoughts' },
	knowledge: { da: 'viden', en: 'knowledge' },
	experiences: { da: 'erfaringer', en: 'experiences' },
	feelings: { da: 'følelser', en: 'feelings' },
};

function reverseLookup<K extends string>(vocab: Readonly<Record<K, Bilingual>>): ReadonlyMap<string, K> {
	const map = new Map<string, K>();
	for (const id of Object.keys(vocab) as K[]) {
		map.set(id.toLowerCase(), id);
		for (const lang of LANGS) map.set(vocab[id][lang].toLowerCase(), id);
	}
	return map;
}

const KIND_BY_WORD = reverseLookup(KIND_VOCABULARY);
const TOOL_BY_WORD = reverseLookup(TOOL_VOCABULARY);
const CATEGORY_BY_WORD = reverseLookup(QUESTION_CATEGORY_VOCABULARY);

/** Normalises a written slug: lowercase, spaces and underscores as hyphens, `oe`/`aa` kept as typed. */
function slug(word: string): string {
	return word.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

/** Reads a `kind` value written in either language; null when it is not one of ours. */
export function readKind(value: string): KindId | null {
	return KIND_BY_WORD.get(slug(value)) ?? null;
}

/** Reads a tool slug written in either language (also `jeg-du-moeder` for `jeg-du-møder`). */
export function readTool(value: string): ToolId | null {
	const s = slug(value);
	return TOOL_BY_WORD.get(s) ?? TOOL_BY_WORD.get(s.replace(/oe/g, 'ø').replace(/aa/g, 'å').replace(/ae/g, 'æ')) ?? null;
}

/** Reads a question-category slug written in either language. */
export function readQuestionCategory(value: string): QuestionCategoryId | null {
	const s = slug(value);
	return CATEGORY_BY_WORD.get(s) ?? CATEGORY_BY_WORD.get(s.replace(/oe/g, 'ø')) ?? null;
}

/** Reads a gaze tag (`blik/borger`, `#gaze/self`, any casing); null for any other tag. */
export function readGazeTag(tag: string): GazeId | null {
	const t = tag.replace(/^#/, '').toLowerCase();
	const slash = t.indexOf('/');
	if (slash < 0) return null;
	const root = t.slice(0, slash);
	const leaf = t.slice(slash + 1);
	for (const lang of LANGS) {
		const vocab = GAZE_TAG_VOCABULARY[lang];
		if (root !== vocab.root) continue;
		for (const gaze of GAZES) if (vocab.leaves[gaze] === leaf) return gaze;
	}
	return null;
}

/** The tag written for a gaze in a language, without `#`: `blik/borger`. */
export function gazeTag(gaze: GazeId, lang: Lang): string {
	const vocab = GAZE_TAG_VOCABULARY[lang];
	return `${vocab.root}/${vocab.leaves[gaze]}`;
}

/** True when a string is one of the gaze ids. */
export function isGazeId(value: string): value is GazeId {
	return (GAZES as readonly string[]).includes(value);
}

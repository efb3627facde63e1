/**
 * Suggests which gazes a note concerns, each with a score and the reasons, from the rules in
 * `rules.ts`. Transparent (every point has a reason the user can read), deterministic (same note,
 * same answer), multi-gaze (each gaze is judged on its own). No model, no network.
 */
import { GAZES, readTool } from '../domain';
import type { GazeId, KindId, Lang, SelfFocusId, ToolId } from '../domain';
import { translate } from '../i18n';
import { toolEntry, toolSides } from '../method/catalogue';
import { RuleScanner } from './rule-scan';
import { BOTH_SIDES_TOOL_WEIGHT, FIRST_PERSON_POINTS, HEADING_FACTOR, KIND_WEIGHTS, NAMED_PEOPLE_CAP, OTHER_VOICE_WEIGHT, RATING_WEIGHT, SUGGEST_AT_BY_GAZE, TEXT_RULES, TOOL_WEIGHT, namedPersonPoints, repeatFactor, residentPoints, RESIDENTS_CAP } from './rules';
import { LEARNED_CAP, type LearnedLexicon } from './learning';
import { findPeople, firstPersonCount, otherVoice, residentMentions } from './signals';

/**
 * What the classifier reads of a note. A `JournalNote` fits as it is; so does a small record built
 * from a text (`body` alone is enough).
 */
export interface ClassifierInput {
	/** The note's text after the frontmatter. Headings and toolbox callouts are found in it. */
	readonly body: string;
	/** Tools from the `tools` property and callouts; when absent, callouts in the body are read. */
	readonly tools?: readonly { readonly tool: ToolId }[];
	/** The note's kind, if known. */
	readonly kind?: KindId | null;
	/** Self check-in ratings, if any. */
	readonly ratings?: Readonly<Partial<Record<SelfFocusId, number>>>;
	/** The note's path, when it is one of hers: what it taught the learning is left out of its own suggestion. */
	readonly path?: string;
}

/** One piece of evidence for a gaze: what was found and how many points it gave. */
export interface Evidence {
	readonly source: 'text' | 'heading' | 'tool' | 'kind' | 'ratings' | 'person' | 'resident' | 'first-person' | 'voice' | 'learned';
	/** The words as found (lowercased), the tool id, the kind id, a person's name, the voice's words. */
	readonly text: string;
	readonly count: number;
	readonly points: number;
	/** The gaze it points to (set for learned evidence, whose reason names the gaze). */
	readonly gaze?: GazeId;
}

/** One gaze's verdict. */
export interface GazeScore {
	readonly gaze: GazeId;
	/** 0-1; 0.5 or more is suggested (points / (points + the gaze's `SUGGEST_AT_BY_GAZE`)). */
	readonly score: number;
	/** The raw points. */
	readonly points: number;
	/** The reasons, strongest first, as sentences in the requested language. */
	readonly reasons: readonly string[];
	readonly evidence: readonly Evidence[];
}

/** The classifier's answer for one note. */
export interface GazeSuggestion {
	/** Every gaze, in GAZES order. */
	readonly gazes: readonly GazeScore[];
	/** The gazes to tag, in GAZES order. */
	readonly suggested: readonly GazeId[];
}

/** Options: the language of the reasons (default English), and what was learned from her tags. */
export interface ClassifyOptions {
	readonly lang?: Lang;
	/** Her own tagged notes' names and words (`learning.ts`); without it, the rules alone. */
	readonly learned?: LearnedLexicon | null;
}

/**
 * Every rule's pattern, matched only where its leading word occurs (`rule-scan.ts`); the same single
 * pass over a text finds every rule's required word (`TextRule.needle`) too.
 */
const RULES = new RuleScanner(
	TEXT_RULES,
	TEXT_RULES.flatMap((rule) => (rule.needle === null ? [] : [rule.needle])),
);

const CALLOUT = /^\s*>\s*\[!three-gazes\|([^\]\s]+)\][^\n]*$/gimu;
const HEADING = /^#{1,6}\s+(.*)$/gmu;

/** The tools named in toolbox callouts of a body. */
export function calloutTools(body: string): ToolId[] {
	const tools: ToolId[] = [];
	for (const m of body.matchAll(CALLOUT)) {
		const tool = m[1] ? readTool(m[1]) : null;
		if (tool && !tools.includes(tool)) tools.push(tool);
	}
	return tools;
}

interface Hit {
	text: string;
	count: number;
	points: number;
	source: 'text' | 'heading';
}

function normalise(matched: string): string {
	const lower = matched.toLowerCase();
	return /\s/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}

function describe(e: Evidence, lang: Lang): string {
	switch (e.source) {
		case 'tool':
			return translate(lang, 'tagging.reason.tool', { name: toolEntry(e.text as ToolId).name[lang] });
		case 'kind':
			return translate(lang, 'tagging.reason.kind', { name: translate(lang, `kind.${e.text}`) });
		case 'ratings':
			return translate(lang, 'tagging.reason.ratings', { count: e.count });
		case 'heading':
			return translate(lang, 'tagging.reason.heading', { text: e.text });
		case 'person':
			return translate(lang, e.count > 1 ? 'tagging.reason.personRepeated' : 'tagging.reason.person', { name: e.text, count: e.count });
		case 'resident':
			return translate(lang, e.count > 1 ? 'tagging.reason.residentRepeated' : 'tagging.reason.resident', { name: e.text, count: e.count });
		case 'learned':
			return translate(lang, `tagging.reason.learned.${e.gaze ?? 'citizen'}`, { term: e.text, count: e.count });
		case 'first-person':
			return translate(lang, 'tagging.reason.firstPerson', { count: e.count });
		case 'voice':
			return translate(lang, 'tagging.reason.voice', { text: e.text });
		case 'text':
			return e.count > 1 ? translate(lang, 'tagging.reason.wordsRepeated', { text: e.text, count: e.count }) : translate(lang, 'tagging.reason.words', { text: e.text });
	}
}

/** Suggests the gazes a note concerns, with scores and reasons. */
export function classifyGazes(input: ClassifierInput, options: ClassifyOptions = {}): GazeSuggestion {
	const lang = options.lang ?? 'en';
	// Callout header lines name tools; they count as tools, not as words.
	const withoutCallouts = input.body.replace(CALLOUT, '');
	const headings: string[] = [];
	const text = withoutCallouts.replace(HEADING, (_line, heading: string | undefined) => {
		headings.push(heading ?? '');
		return '';
	});
	const tools = input.tools ? [...new Set(input.tools.map((t) => t.tool))] : calloutTools(input.body);

	const evidence: Record<GazeId, Evidence[]> = { citizen: [], staff: [], self: [] };

	// Most rules match no note: a rule runs only when its required word is in the text or a heading
	// (one pass over each finds every rule's word).
	const scan = RULES.scan(text);
	const headingScans = headings.map((h) => RULES.scan(h));
	const present = new Set(scan.words.keys());
	for (const h of headingScans) for (const word of h.words.keys()) present.add(word);
	TEXT_RULES.forEach((rule, i) => {
		if (rule.needle !== null && !present.has(rule.needle)) return;
		const inText = RULES.matches(i, scan).map(normalise);
		const inHeadings = rule.heading === false ? [] : headingScans.flatMap((h) => RULES.matches(i, h).map(normalise));
		if (inText.length === 0 && inHeadings.length === 0) return;
		const hits: Hit[] = [];
		if (inHeadings.length > 0) {
			hits.push({ text: [...new Set(inHeadings)].join(', '), count: inHeadings.length, points: rule.weight * HEADING_FACTOR, source: 'heading' });
		}
		if (inText.length > 0) {
			const extra = inHeadings.length > 0 ? repeatFactor(inText.length + 1) - 1 : repeatFactor(inText.length);
			hits.push({ text: [...new Set(inText)].join(', '), count: inText.length, points: rule.weight * extra, source: 'text' });
		}
		for (const hit of hits) evidence[rule.gaze].push({ source: hit.source, text: hit.text, count: hit.count, points: hit.points });
	});

	// A perspective-shift exercise: the "jeg" is the resident's, so her own first person and the
	// self phrases do not count, and the note is about the citizen.
	let residentTotal = 0;
	const residents = [...residentMentions(withoutCallouts)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	for (const [name, count] of residents) {
		const points = Math.min(residentPoints(count), RESIDENTS_CAP - residentTotal);
		if (points <= 0) break;
		residentTotal += points;
		evidence.citizen.push({ source: 'resident', text: name, count, points });
	}
	const voice = otherVoice(input.body);
	if (voice !== null) {
		evidence.self = [];
		evidence.citizen.push({ source: 'voice', text: voice.toLowerCase(), count: 1, points: OTHER_VOICE_WEIGHT });
	} else {
		const people = findPeople(text);
		let staffPoints = 0;
		const named = [...people.named].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		for (const [name, count] of named) {
			// She has tagged notes with this person, and not as staff: a resident by first name, her family.
			if (options.learned?.notStaff(name)) continue;
			const points = Math.min(namedPersonPoints(count), NAMED_PEOPLE_CAP - staffPoints);
			if (points <= 0) break;
			staffPoints += points;
			evidence.staff.push({ source: 'person', text: name, count, points });
		}
		const firstPerson = firstPersonCount(text);
		const fpPoints = FIRST_PERSON_POINTS(firstPerson);
		if (fpPoints > 0) evidence.self.push({ source: 'first-person', text: 'first-person', count: firstPerson, points: fpPoints });
	}

	if (options.learned) {
		const learnedPoints: Record<GazeId, number> = { citizen: 0, staff: 0, self: 0 };
		for (const e of options.learned.evidence(input.body, input.path)) {
			// Her own self notes do not make a resident's voice hers.
			if (voice !== null && e.gaze === 'self') continue;
			const points = Math.min(e.points, LEARNED_CAP - learnedPoints[e.gaze]);
			if (points <= 0) continue;
			learnedPoints[e.gaze] += points;
			evidence[e.gaze].push({ source: 'learned', text: e.term, count: e.count, points, gaze: e.gaze });
		}
	}

	for (const tool of tools) {
		const sides = toolSides(tool);
		const points = sides.length > 1 ? BOTH_SIDES_TOOL_WEIGHT : TOOL_WEIGHT;
		for (const side of sides) evidence[side].push({ source: 'tool', text: tool, count: 1, points });
	}
	if (input.kind) {
		const weights = KIND_WEIGHTS[input.kind] ?? {};
		for (const gaze of GAZES) {
			const w = weights[gaze];
			if (w) evidence[gaze].push({ source: 'kind', text: input.kind, count: 1, points: w });
		}
	}
	const ratingCount = Object.keys(input.ratings ?? {}).length;
	if (ratingCount > 0) evidence.self.push({ source: 'ratings', text: 'ratings', count: ratingCount, points: RATING_WEIGHT * ratingCount });

	const gazes = GAZES.map((gaze): GazeScore => {
		// Merge evidence with the same text (two rules matching the same words count once, at the higher weight).
		const byText = new Map<string, Evidence>();
		for (const e of evidence[gaze]) {
			const key = `${e.source}:${e.text}`;
			const prev = byText.get(key);
			if (!prev || prev.points < e.points) byText.set(key, e);
		}
		const list = [...byText.values()].sort((a, b) => b.points - a.points || a.text.localeCompare(b.text));
		const points = round2(list.reduce((sum, e) => sum + e.points, 0));
		// The sentences are written when first read: indexing a vault asks only which gazes are suggested.
		let reasons: readonly string[] | null = null;
		return {
			gaze,
			points,
			score: round2(points / (points + SUGGEST_AT_BY_GAZE[gaze])),
			get reasons(): readonly string[] {
				reasons ??= list.map((e) => describe(e, lang));
				return reasons;
			},
			evidence: list.map((e) => ({ ...e, points: round2(e.points) })),
		};
	});
	return { gazes, suggested: gazes.filter((g) => g.points >= SUGGEST_AT_BY_GAZE[g.gaze]).map((g) => g.gaze) };
}

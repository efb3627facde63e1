/**
 * The shapes of the mirror (the self-reflection view): what a section computes, the display model
 * every renderer (view, saved note, command line) draws from, and the reflection as a whole.
 *
 * Every number the mirror shows is a `Figure`: the count *and* the notes behind it, so the view can
 * open them and the saved note can link them.
 */
import type { JournalNote } from '../journal-note';
import type { Authorship } from '../scaffold';
import type { Lang } from '../domain';
import type { Translate } from '../i18n';

/** A count and the notes behind it (vault-relative paths, each once, in date order). */
export interface Figure {
	readonly n: number;
	readonly paths: readonly string[];
}

/** A value shown in a table, list or chart: its text and the notes that open from it (may be none). */
export interface Cell {
	readonly text: string;
	readonly paths: readonly string[];
	/** The number behind the text, when there is one (charts scale by it). */
	readonly n?: number;
}

/** A point of a line: when (a day, shown as `label`), its value and the note it comes from. */
export interface LinePoint {
	readonly day: string;
	readonly label: string;
	readonly value: number;
	readonly path: string;
}

/** One part of a section's display. Renderers know every kind; sections only choose among them. */
export type Block =
	/** Key figures: a label and a number each. */
	| { readonly kind: 'stats'; readonly items: readonly { readonly label: string; readonly value: Cell; readonly hint?: string }[] }
	/** Grouped bars (one group per week or month, one bar per series); also rendered as a table. */
	| {
			readonly kind: 'bars';
			readonly caption: string;
			readonly series: readonly { readonly id: string; readonly label: string }[];
			readonly groups: readonly { readonly label: string; readonly values: readonly Cell[] }[];
	  }
	/**
	 * Values over time on a fixed scale (ratings 1-5): one line per series, each point opening its
	 * note; also rendered as a table.
	 */
	| {
			readonly kind: 'lines';
			readonly caption: string;
			readonly min: number;
			readonly max: number;
			readonly series: readonly { readonly id: string; readonly label: string; readonly points: readonly LinePoint[] }[];
	  }
	/** A table: a header row, then rows with a label and cells. */
	| { readonly kind: 'table'; readonly caption: string; readonly head: readonly string[]; readonly rows: readonly (readonly Cell[])[] }
	/** A list of items, each opening its notes. */
	| { readonly kind: 'list'; readonly caption?: string; readonly items: readonly Cell[] }
	/** Something worth noticing, with the notes that show it. */
	| { readonly kind: 'callout'; readonly text: string; readonly paths: readonly string[] }
	/** A plain sentence (an explanation or an empty state). */
	| { readonly kind: 'text'; readonly text: string };

/** What one section shows, in one language. */
export interface SectionView {
	readonly id: string;
	readonly title: string;
	/** One sentence on what the section looks at. */
	readonly intro: string;
	readonly blocks: readonly Block[];
}

/** A line she wrote that a prompt rests on: the note and her words (cut to a sentence or so). */
export interface Citation {
	readonly path: string;
	readonly text: string;
}

/** A question to reflect on, drawn from the figures, with the notes that show why. */
export interface Prompt {
	readonly text: string;
	readonly evidence: readonly string[];
	/** What she wrote that the prompt rests on (absent only when no evidence note holds her text). */
	readonly cite?: Citation;
}

/**
 * A prompt a section proposes. The mirror keeps the 3-5 with the highest weight (ties: section
 * order), so a section never needs to know about the others.
 */
export interface PromptCandidate {
	/** Higher is more telling; see docs/DESIGN.md "The mirror" for the scale. */
	readonly weight: number;
	/** The i18n key of the prompt's text (`reflection.prompt.…`) and its values. */
	readonly key: string;
	readonly vars?: (lang: Lang) => Readonly<Record<string, string | number>>;
	readonly evidence: readonly string[];
	/** Her text the prompt rests on; when absent, the mirror cites her latest line in the evidence. */
	readonly cite?: Citation;
}

/** The period and the day the mirror was computed for. */
export interface ReflectionPeriod {
	/** First day, `YYYY-MM-DD`, inclusive. */
	readonly from: string;
	/** Last day, `YYYY-MM-DD`, inclusive. */
	readonly to: string;
	/** The day ages and "days since" are counted from. */
	readonly today: string;
}

/** What every section computes from: the notes of the period, the whole journal, the period. */
export interface ReflectionInput {
	readonly period: ReflectionPeriod;
	/** Dated journal notes inside the period, oldest first (ties by path). */
	readonly notes: readonly JournalNote[];
	/** Every dated journal note, oldest first, inside the period or not (follow-ups, supervision). */
	readonly dated: readonly JournalNote[];
	/** The ISO weeks the period touches, in order: `2026-W47`, … */
	readonly weeks: readonly string[];
	/** The months the period touches, in order: `2026-11`, … */
	readonly months: readonly string[];
	/** The ISO week of a note's day (cached; cheap to call). */
	readonly weekOf: (date: string) => string;
	/**
	 * A per-note result (questions found, focus points, language counts), computed once per note
	 * record when the caller keeps a `ReflectionCache`; `kind` names what is computed.
	 */
	readonly perNote: <T>(kind: string, note: JournalNote, compute: (note: JournalNote) => T) => T;
	/** What she wrote in a note, scaffolding set apart (cached per note record). */
	readonly writing: (note: JournalNote) => Authorship;
	/** True when a note is still nothing but template ("not yet written"); such notes count for nothing. */
	readonly untouched: (note: JournalNote) => boolean;
}

/** A section once computed: its own result, kept opaque, and what it offers the renderers. */
export interface ComputedSection {
	readonly id: string;
	readonly result: unknown;
	/** Its display in a language. */
	readonly view: (t: Translate, lang: Lang) => SectionView;
	/** Its fields in the `--json` report (merged into the top level). */
	readonly json: () => Readonly<Record<string, unknown>>;
	/** The prompts it proposes. */
	readonly prompts: () => readonly PromptCandidate[];
}

/**
 * A section of the mirror: one thing computed from the notes and shown. The mirror is a list of
 * these (`REFLECTION_SECTIONS`); adding one (the language watch) touches no other section.
 */
export interface SectionDefinition<R = unknown> {
	/** Stable id: `gaze-balance`, `double-perspective`, … (also the CSS and JSON anchor). */
	readonly id: string;
	readonly compute: (input: ReflectionInput) => R;
	readonly view: (result: R, t: Translate, lang: Lang, input: ReflectionInput) => SectionView;
	readonly json: (result: R) => Readonly<Record<string, unknown>>;
	readonly prompts?: (result: R, input: ReflectionInput) => readonly PromptCandidate[];
}

/** The mirror over a period. */
export interface Reflection {
	readonly period: ReflectionPeriod;
	/** Dated journal notes inside the period. */
	readonly journalNotes: Figure;
	/** Journal notes with no date at all: left out of every period, shown so she can date them. */
	readonly undated: Figure;
	/** Journal notes dated after today: left out of the period (they cannot have happened yet). */
	readonly future: Figure;
	/** Notes in the period that are still nothing but template: listed, counted in no figure. */
	readonly untouched: Figure;
	/** Every journal note the index holds. */
	readonly total: number;
	readonly sections: readonly ComputedSection[];
	/** 3-5 prompts (fewer only when the period holds no notes). */
	readonly prompts: readonly PromptCandidate[];
}

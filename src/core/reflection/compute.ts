/**
 * `computeReflection`: the mirror over a period, from the journal index's notes. Pure: the same
 * notes, period and day give the same reflection. One sort of the notes, then each section in one
 * pass over the period's notes (no loop over notes × weeks).
 */
import { SELF_FOCUS } from '../domain';
import type { JournalNote } from '../journal-note';
import { selfFocusPoint } from '../method/catalogue';
import { authorshipOf, stripEmphasis, type Authorship } from '../scaffold';
import { figureOf } from './figures';
import { isoWeekKey, monthsOf, notesBefore, notesUpTo, weeksOf } from './period';
import { REFLECTION_SECTIONS, type Section } from './sections';
import type { Citation, PromptCandidate, Reflection, ReflectionInput } from './types';

/** The mirror keeps at most this many prompts, and tops up to the minimum from the catalogue. */
export const MAX_PROMPTS = 5;
export const MIN_PROMPTS = 3;

/**
 * Per-note results kept between computations by whoever computes the mirror repeatedly (the view).
 * Keyed by the note record itself: the index replaces a record when its file changes, so a changed
 * note is read again and a deleted one is forgotten with its record.
 */
export class ReflectionCache {
	private readonly byKind = new Map<string, WeakMap<JournalNote, unknown>>();

	/** The result for a note, computed on first use. */
	memo<T>(kind: string, note: JournalNote, compute: (note: JournalNote) => T): T {
		let map = this.byKind.get(kind);
		if (!map) this.byKind.set(kind, (map = new WeakMap()));
		if (map.has(note)) return map.get(note) as T;
		const value = compute(note);
		map.set(note, value);
		return value;
	}
}

/** What to compute the mirror for. */
export interface ReflectionOptions {
	/** First day, `YYYY-MM-DD`; default: the earliest dated note. */
	readonly from?: string | null;
	/** Last day, `YYYY-MM-DD`; default: the latest dated note up to today. */
	readonly to?: string | null;
	/** Today, `YYYY-MM-DD`: ages count from here, and notes after it are "in the future". */
	readonly today: string;
	/** The sections to compute; default `REFLECTION_SECTIONS`. */
	readonly sections?: readonly Section[];
	/** Per-note results to reuse (the view keeps one for its lifetime). */
	readonly cache?: ReflectionCache;
}

function byDateThenPath(a: JournalNote, b: JournalNote): number {
	const da = a.date as string;
	const db = b.date as string;
	return da < db ? -1 : da > db ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** `YYYY-MM-DD` as the number YYYYMMDD (same order as the strings), or -1 for any other shape. */
function dayKey(date: string): number {
	if (date.length !== 10) return -1;
	let key = 0;
	for (let i = 0; i < 10; i++) {
		if (i === 4 || i === 7) continue;
		const digit = date.charCodeAt(i) - 0x30;
		if (digit < 0 || digit > 9) return -1;
		key = key * 10 + digit;
	}
	return key;
}

/**
 * Sorts dated notes by date, then path (`byDateThenPath`). The whole journal is sorted on every
 * computation, so dates are compared as numbers, read once per note; a date of another shape
 * (never made by the parser) falls back to comparing the strings.
 */
function sortByDateThenPath(notes: JournalNote[]): void {
	const keyed = notes.map((note) => ({ note, key: dayKey(note.date as string) }));
	if (keyed.some((k) => k.key < 0)) {
		notes.sort(byDateThenPath);
		return;
	}
	keyed.sort((a, b) => a.key - b.key || (a.note.path < b.note.path ? -1 : a.note.path > b.note.path ? 1 : 0));
	for (let i = 0; i < keyed.length; i++) notes[i] = (keyed[i] as (typeof keyed)[number]).note;
}

/** A citation is cut to this many characters (at a word), so a prompt quotes a line, not a page. */
export const CITE_MAX = 120;

/** Her text cut to `CITE_MAX` characters at a word, Markdown emphasis taken out. */
export function citeText(text: string): string {
	const plain = stripEmphasis(text);
	if (plain.length <= CITE_MAX) return plain;
	const cut = plain.slice(0, CITE_MAX);
	const space = cut.lastIndexOf(' ');
	return `${(space > CITE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Her latest line in the evidence notes (the last note first), as a citation, or undefined. */
function citeEvidence(evidence: readonly string[], input: ReflectionInput, byPath: ReadonlyMap<string, JournalNote>): Citation | undefined {
	for (let i = evidence.length - 1; i >= 0; i--) {
		const note = byPath.get(evidence[i] ?? '');
		if (!note || input.untouched(note)) continue;
		const own = input.writing(note).own;
		const line = own.find((l) => !l.quoted) ?? own[0];
		if (line) return { path: note.path, text: citeText(line.text) };
	}
	return undefined;
}

/**
 * The prompts: every section's candidates, the heaviest first (ties keep section order), at most
 * `MAX_PROMPTS`; when fewer than `MIN_PROMPTS`, the self gaze's own questions from the catalogue
 * fill up, citing the self-gaze notes of the period (or all its notes).
 */
function choosePrompts(candidates: readonly PromptCandidate[], input: ReflectionInput): PromptCandidate[] {
	const chosen = candidates
		.map((c, i) => ({ c, i }))
		.filter(({ c }) => c.evidence.length > 0)
		.sort((a, b) => b.c.weight - a.c.weight || a.i - b.i)
		.slice(0, MAX_PROMPTS)
		.map(({ c }) => c);
	if (input.notes.length === 0) return citeAll(chosen, input);
	const self = input.notes.filter((n) => n.gazes.includes('self')).map((n) => n.path);
	const evidence = self.length > 0 ? self : input.notes.map((n) => n.path);
	for (const focus of SELF_FOCUS) {
		if (chosen.length >= MIN_PROMPTS) break;
		chosen.push({ weight: 0, key: 'reflection.prompt.selfQuestion', vars: (lang) => ({ question: selfFocusPoint(focus).prompts[lang][0] ?? '' }), evidence });
	}
	return citeAll(chosen, input);
}

/** Every prompt with its citation; the evidence notes are looked up in one pass over the journal. */
function citeAll(chosen: readonly PromptCandidate[], input: ReflectionInput): PromptCandidate[] {
	const wanted = new Set(chosen.flatMap((c) => c.evidence));
	const byPath = new Map<string, JournalNote>();
	for (const note of input.dated) if (wanted.has(note.path)) byPath.set(note.path, note);
	return chosen.map((c) => withCite(c, input, byPath));
}

/** A prompt with the text she wrote that it rests on (its own, or her latest line in its evidence). */
function withCite(candidate: PromptCandidate, input: ReflectionInput, byPath: ReadonlyMap<string, JournalNote>): PromptCandidate {
	if (candidate.cite) return { ...candidate, cite: { path: candidate.cite.path, text: citeText(candidate.cite.text) } };
	const cite = citeEvidence(candidate.evidence, input, byPath);
	return cite ? { ...candidate, cite } : candidate;
}

/** Computes the mirror over the notes for a period. Notes without a date or after today are counted apart. */
export function computeReflection(notes: Iterable<JournalNote>, options: ReflectionOptions): Reflection {
	const today = options.today;
	const undated: string[] = [];
	const future: string[] = [];
	const dated: JournalNote[] = [];
	let total = 0;
	for (const note of notes) {
		total++;
		if (note.date === null) undated.push(note.path);
		else if (note.date > today) future.push(note.path);
		else dated.push(note);
	}
	sortByDateThenPath(dated);
	// Each note's per-note results once per computation even without the view's cache: several sections
	// ask for the same note's authorship (the template check reads its whole body).
	const cache = options.cache ?? new ReflectionCache();
	const perNote = <T,>(kind: string, note: JournalNote, compute: (note: JournalNote) => T): T => cache.memo(kind, note, compute);
	const writing = (note: JournalNote): Authorship => perNote('authorship', note, (n) => authorshipOf(n.body));
	// A note that is still nothing but template is listed, and counts in no figure; ratings in its
	// properties are hers (a check-in she rated and did not comment on is written).
	const untouched = (note: JournalNote): boolean => writing(note).untouched && Object.keys(note.ratings).length === 0;
	// Without from/to: from her first written note to her last (looked for from each end).
	const from = options.from ?? dated.find((n) => !untouched(n))?.date ?? today;
	let last: JournalNote | undefined;
	if (!options.to) for (let i = dated.length - 1; i >= 0 && !last; i--) if (!untouched(dated[i] as JournalNote)) last = dated[i];
	const to = options.to ?? last?.date ?? today;
	// The period's notes are one stretch of the sorted journal: found by binary search, not a scan.
	const stretch = from <= to ? dated.slice(notesBefore(dated, from), notesUpTo(dated, to)) : [];
	const inPeriod = stretch.filter((n) => !untouched(n));
	const untouchedInPeriod = stretch.filter(untouched).map((n) => n.path);
	const weekCache = new Map<string, string>();
	const input: ReflectionInput = {
		period: { from, to, today },
		notes: inPeriod,
		dated,
		weeks: from <= to ? weeksOf(from, to) : [],
		months: from <= to ? monthsOf(from, to) : [],
		weekOf(date) {
			let key = weekCache.get(date);
			if (key === undefined) weekCache.set(date, (key = isoWeekKey(date)));
			return key;
		},
		perNote,
		writing,
		untouched,
	};
	const sections = (options.sections ?? REFLECTION_SECTIONS).map((s) => s.run(input));
	return {
		period: input.period,
		journalNotes: figureOf(inPeriod.map((n) => n.path)),
		undated: figureOf(undated.sort()),
		future: figureOf(future.sort()),
		untouched: figureOf(untouchedInPeriod),
		total,
		sections,
		prompts: choosePrompts(sections.flatMap((s) => s.prompts()), input),
	};
}

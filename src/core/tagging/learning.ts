/**
 * Learning from her own tags: the notes she has tagged teach the gaze suggestions the names and
 * people of her own journal. The staff she names ("Karen" in 14 of her staff notes) and her residents
 * ("fru Holm" in her citizen notes) are hers, and no rule written beforehand can know them; and a
 * name she never tags as staff (a resident she calls by first name, her own family) stops counting
 * as a colleague.
 *
 * What is kept: for every name, in how many of her tagged notes it stands, and how many of those
 * carry each gaze. Nothing else: no text, no order. It lives in
 * memory beside the journal index and follows it (`follow`), so a note she tags teaches the next
 * suggestion (changed notes are read when a suggestion is next asked for, so building the index or
 * editing a note costs nothing extra); it is rebuilt from her notes at every start, is never written anywhere, and never leaves the
 * device. `forget` drops everything learned so far; only notes changed after that moment teach again
 * (tagging a note changes it). Turned off, it holds nothing.
 */
import { GAZES } from '../domain';
import type { GazeId } from '../domain';
import type { IndexChange, JournalIndex } from '../journal-index';
import type { JournalNote } from '../journal-note';
import { findPeople, residentMentions } from './signals';

/** A term is learned when it stands in at least this many of her tagged notes. */
export const LEARN_MIN_NOTES = 3;

/** …and at least this share of those notes carry the gaze… */
export const LEARN_MIN_SHARE = 0.75;

/** …and that share is at least this much above the gaze's share of all her tagged notes (so a name in every note teaches nothing). */
export const LEARN_MIN_LIFT = 0.2;

/** Points a learned name gives its gaze (times the share of her notes with it that carry the gaze). */
export const LEARNED_NAME_WEIGHT = 3;

/** The most points learning adds to one gaze. */
export const LEARNED_CAP = 4;

/** Names kept per note (a list of a hundred names is a roster, not a reflection). */
const MAX_TERMS_PER_NOTE = 40;

/** One learned term as evidence: the gaze, the term as she writes it, in how many of her notes with it. */
export interface LearnedEvidence {
	readonly gaze: GazeId;
	readonly term: string;
	/** Her tagged notes with the term that carry the gaze. */
	readonly count: number;
	/** Her tagged notes with the term. */
	readonly total: number;
	readonly points: number;
}

/** What the classifier asks of what was learned. */
export interface LearnedLexicon {
	/** The learned evidence in a note's text, strongest first; `path` leaves that note's own teaching out. */
	evidence(text: string, path?: string): LearnedEvidence[];
	/** Whether she has tagged notes naming this person but never (or hardly) as staff: then a name is not a staff signal. */
	notStaff(name: string): boolean;
}

interface Counts {
	/** As written the first time (names keep their capitals). */
	shown: string;
	total: number;
	byGaze: Record<GazeId, number>;
}

interface Taught {
	readonly terms: readonly string[];
	readonly gazes: readonly GazeId[];
}

/**
 * A name and the gazes it can teach: a resident named with a title teaches the citizen gaze; a person
 * named by first name or initials teaches staff, or the citizen gaze when that is where she tags them
 * (a resident she calls by first name). No name teaches her self.
 */
export interface Term {
	readonly shown: string;
	readonly teaches: readonly GazeId[];
}

/**
 * The terms of a text: the people she names (staff by first name or initials, residents by title or
 * room), each once, keyed in lower case. Only names are learned: measured on the blind evaluation
 * set, learning ordinary words from 141 tagged notes added noise (dev micro-F1 0.826 → 0.788), names
 * a little gain; see docs/DESIGN.md, "Learning from her tags".
 */
export function termsOf(text: string): Map<string, Term> {
	const out = new Map<string, Term>();
	const people = findPeople(text);
	const add = (name: string, teaches: readonly GazeId[]): void => {
		const key = name.toLowerCase();
		if (out.size < MAX_TERMS_PER_NOTE && !out.has(key)) out.set(key, { shown: name, teaches });
	};
	for (const name of residentMentions(text).keys()) add(name, ['citizen']);
	for (const name of people.residents) add(name, ['citizen']);
	for (const name of people.named.keys()) add(name, ['staff', 'citizen']);
	return out;
}

/** What the learning reads of a note. */
export type LearnableNote = Pick<JournalNote, 'path' | 'body' | 'gazes' | 'mtime'>;

/** Options of the learning: on or off, and the moment before which notes no longer teach. */
export interface LearningOptions {
	readonly enabled: boolean;
	/** Notes last changed at or before this time (ms since the epoch) teach nothing; 0 for all. */
	readonly forgetBefore: number;
}

/** The learned lexicon of her tagged notes, kept in step with the journal index. */
export class GazeLearning implements LearnedLexicon {
	private readonly counts = new Map<string, Counts>();
	private readonly taught = new Map<string, Taught>();
	private readonly gazeNotes: Record<GazeId, number> = { citizen: 0, staff: 0, self: 0 };
	/** Notes changed since the learning was last asked (null: removed), read by `settle`. */
	private readonly pending = new Map<string, LearnableNote | null>();
	private current: LearningOptions;

	constructor(options: LearningOptions = { enabled: true, forgetBefore: 0 }) {
		this.current = { enabled: options.enabled, forgetBefore: options.forgetBefore };
	}

	/** The options in force. */
	get options(): LearningOptions {
		return this.current;
	}

	/** Learns from every tagged note of an index now, and from every change to it from now on. */
	follow(index: JournalIndex): () => void {
		this.rebuild(index.notes());
		return index.onChange((change) => this.apply(change));
	}

	/** Builds from notes in one go (the command line, the evaluation, tests). */
	static from(notes: Iterable<LearnableNote>, options?: LearningOptions): GazeLearning {
		const learning = new GazeLearning(options);
		learning.rebuild(notes);
		return learning;
	}

	/** The number of her tagged notes that teach now. */
	get notes(): number {
		this.settle();
		return this.taught.size;
	}

	/** Changes the options; what is learned is rebuilt from `notes` (the index's notes). */
	configure(options: LearningOptions, notes: Iterable<LearnableNote>): void {
		this.current = { enabled: options.enabled, forgetBefore: options.forgetBefore };
		this.rebuild(notes);
	}

	/** Applies one change of the journal index. */
	apply(change: IndexChange): void {
		if (change.kind === 'upsert') this.upsert(change.note);
		else this.remove(change.path);
	}

	/**
	 * Learns from a note (or forgets it, when it has no gaze tag, is too old, or learning is off). The
	 * note is read when the learning is next asked (`evidence`, `notStaff`, `notes`), so an index
	 * build or an edit costs nothing until a suggestion is wanted.
	 */
	upsert(note: LearnableNote): void {
		this.pending.set(note.path, note);
	}

	/** Forgets what a note taught. */
	remove(path: string): void {
		this.pending.set(path, null);
	}

	/** Reads the notes changed since the learning was last asked. */
	private settle(): void {
		if (this.pending.size === 0) return;
		for (const [path, note] of this.pending) {
			this.forget(path);
			if (note) this.learn(note);
		}
		this.pending.clear();
	}

	private learn(note: LearnableNote): void {
		if (!this.current.enabled || note.gazes.length === 0 || (this.current.forgetBefore > 0 && note.mtime <= this.current.forgetBefore)) return;
		const terms = termsOf(note.body);
		const keys: string[] = [];
		for (const [key, { shown }] of terms) {
			let c = this.counts.get(key);
			if (!c) {
				c = { shown, total: 0, byGaze: { citizen: 0, staff: 0, self: 0 } };
				this.counts.set(key, c);
			}
			c.total++;
			for (const g of note.gazes) c.byGaze[g]++;
			keys.push(key);
		}
		for (const g of note.gazes) this.gazeNotes[g]++;
		this.taught.set(note.path, { terms: keys, gazes: [...note.gazes] });
	}

	private forget(path: string): void {
		const taught = this.taught.get(path);
		if (!taught) return;
		for (const key of taught.terms) {
			const c = this.counts.get(key);
			if (!c) continue;
			c.total--;
			for (const g of taught.gazes) c.byGaze[g]--;
			if (c.total <= 0) this.counts.delete(key);
		}
		for (const g of taught.gazes) this.gazeNotes[g]--;
		this.taught.delete(path);
	}

	/** Forgets everything learned. */
	clear(): void {
		this.pending.clear();
		this.counts.clear();
		this.taught.clear();
		for (const g of GAZES) this.gazeNotes[g] = 0;
	}

	private rebuild(notes: Iterable<LearnableNote>): void {
		this.clear();
		if (!this.current.enabled) return;
		for (const note of notes) this.upsert(note);
	}

	/** A term's counts without one note's own teaching (a note does not vouch for itself). */
	private countsOf(key: string, own: Taught | undefined): { total: number; byGaze: Record<GazeId, number> } | null {
		const c = this.counts.get(key);
		if (!c) return null;
		if (!own || !own.terms.includes(key)) return c;
		const byGaze = { ...c.byGaze };
		for (const g of own.gazes) byGaze[g]--;
		return { total: c.total - 1, byGaze };
	}

	evidence(text: string, path?: string): LearnedEvidence[] {
		this.settle();
		if (this.taught.size === 0) return [];
		const own = path === undefined ? undefined : this.taught.get(path);
		const notes = this.taught.size - (own ? 1 : 0);
		if (notes < LEARN_MIN_NOTES) return [];
		const out: LearnedEvidence[] = [];
		for (const [key, { teaches }] of termsOf(text)) {
			const c = this.countsOf(key, own);
			if (!c || c.total < LEARN_MIN_NOTES) continue;
			const shown = this.counts.get(key)?.shown ?? key;
			// A name teaches only its own gazes: a resident named in her self notes is still not her self.
			for (const g of teaches) {
				const share = c.byGaze[g] / c.total;
				const base = (this.gazeNotes[g] - (own?.gazes.includes(g) ? 1 : 0)) / notes;
				if (share < LEARN_MIN_SHARE || share - base < LEARN_MIN_LIFT) continue;
				out.push({ gaze: g, term: shown, count: c.byGaze[g], total: c.total, points: LEARNED_NAME_WEIGHT * share });
			}
		}
		return out.sort((a, b) => b.points - a.points || b.count - a.count || a.term.localeCompare(b.term));
	}

	notStaff(name: string): boolean {
		this.settle();
		const c = this.counts.get(name.toLowerCase());
		return !!c && c.total >= LEARN_MIN_NOTES && c.byGaze.staff / c.total < 0.25;
	}
}

/**
 * What a word she types may stand for in her journal, against the index's own vocabulary:
 *
 * - its term (lowercased, æ/ø/å folded, stemmed), weight 1;
 * - Danish compounds both ways: the compounds it starts or ends (`vagtplan` for `vagt` and for
 *   `plan`; `demenskoordinator` for `demens` and `koordinator`), weighted higher when the rest is
 *   itself a word of the journal (with the linking -s- or -e-), and, for a compound she types
 *   (`vagtplansmøde`), its known parts (`vagtplan` + `møde`), each a unit of its own;
 * - typos: Damerau–Levenshtein distance 1 for words of 4–7 letters, 2 for longer ones (the radix
 *   tree finds the words within that Levenshtein distance; a swap of two neighbouring letters, 2
 *   edits there, is looked up as 1), weighted below exact and stemmed matches; and, for the word
 *   still being typed, the words it starts.
 *
 * Nothing here is a rule for particular words: only the journal's vocabulary decides.
 */
import type { Expansion, Postings } from './postings';
import { computeTerm, foldWord } from './terms';

/** How much a match counts, by how it was found (an exact or stemmed match counts 1). */
export const WEIGHTS = {
	/** A compound whose other part is itself a word of the journal. */
	compound: 0.6,
	/** A longer word that starts or ends with hers, the rest not a word of the journal. */
	affix: 0.3,
	/** The word still being typed, as the start of a longer one (MiniSearch's prefix weight). */
	prefix: 0.375,
	/** A typo (MiniSearch's fuzzy weight), falling off with the distance. */
	typo: 0.45,
	/** Her word and a word of the journal that differ by an inflection ending only (`ny`, `nye`). */
	inflected: 0.9,
	/** One part of a compound she typed, when the compound itself is not in the journal. */
	part: 0.8,
} as const;

/**
 * Inflection endings (Danish, and a few English), for the words the stemmer leaves apart: a word
 * of the journal that is hers plus one of these, or hers less one, is the same word inflected.
 */
const ENDINGS: ReadonlySet<string> = new Set(
	'e n r s t en er et es ne ed de te ede ene ens ers ets ing erne ende ernes ingen ings'.split(' '),
);

/** The word less each inflection ending it has, keeping at least three letters. */
export function withoutEnding(folded: string): string[] {
	const out: string[] = [];
	for (const ending of ENDINGS) if (folded.length - ending.length >= MIN_PART && folded.endsWith(ending)) out.push(folded.slice(0, -ending.length));
	return out;
}

/** Above this many longer words, their other parts are not looked up (each look-up stems a word). */
const MAX_CHECKED = 200;

/** The shortest part of a compound (`bad`, `ur`: shorter ones are too often just letters). */
const MIN_PART = 3;

/** How many typos a word tolerates, by its number of letters: none under 4, 1 up to 7, then 2. */
export function typoDistance(word: string): number {
	if (word.length >= 8) return 2;
	if (word.length >= 4) return 1;
	return 0;
}

/** One searchable unit of a query: a word she typed, or a part of one. */
export interface QueryUnit {
	/** Which of her words (index into the query's words). */
	readonly word: number;
	/** 0 for the word itself; 1.. for its parts. */
	readonly part: number;
	/** How many parts the word was split into (1 when not split). */
	readonly parts: number;
	/** Her words this unit stands for whole: itself, or two written apart that the journal writes as one (`vagt plan`). */
	readonly covers: readonly number[];
	readonly expansions: readonly Expansion[];
	/** True when the journal holds the word's term itself (or, for a part, the part's term). */
	readonly exact: boolean;
}

/** How a word was read: its term, its units, and the nearest word of the journal when none matched exactly. */
export interface ExpandedWord {
	readonly term: string;
	readonly units: readonly QueryUnit[];
	/** A term of the journal within the typo distance when the word itself (or its parts) is not there. */
	readonly nearest: string | null;
}

export class Expander {
	/** Terms (and pieces) known to be words of the journal, for this query. */
	private readonly knownCache = new Map<string, string | null>();

	/** `term`: the index's own normaliser (it remembers the words it has stemmed). */
	constructor(
		private readonly postings: Postings,
		private readonly term: (word: string) => string | null = computeTerm,
	) {}

	/**
	 * The units for one word. `open`: the word is still being typed (may be a prefix); `strict`: only
	 * its term itself (a quoted word, a phrase's word).
	 */
	expand(word: string, index: number, options: { readonly open: boolean; readonly strict: boolean }): ExpandedWord | null {
		const term = this.term(word);
		if (term === null) return null;
		const folded = foldWord(word);
		const found = new Map<number, number>();
		const add = (id: number, weight: number): void => {
			if (weight > (found.get(id) ?? 0)) found.set(id, weight);
		};
		const exactId = this.postings.idOf(term);
		if (exactId !== undefined && this.postings.frequency(exactId) > 0) add(exactId, 1);
		// The stemmer sometimes cuts a word to less than its inflections share (`demens` → `dem`,
		// `demensen` → `demens`; `lejligheder` → `lej`, `lejlighederne` → `lejlighed`): the word as
		// typed, and as typed without an inflection ending, also count as its terms.
		const bases = unique([term, folded, ...withoutEnding(folded)]);
		for (const base of bases) {
			const id = base === term ? undefined : this.postings.idOf(base);
			if (id !== undefined && this.postings.frequency(id) > 0) add(id, base === folded ? 1 : WEIGHTS.inflected);
		}
		const exact = found.size > 0;
		if (options.strict) return { term, units: [{ word: index, part: 0, parts: 1, covers: [index], expansions: toList(found), exact }], nearest: null };

		// Longer words of the journal that start or end with hers: inflections the stemmer missed
		// (`ny` → `nye`), compounds (`kælder` → `kælderlejligheden`, `lejligheder` → the same).
		let compound = false;
		/** True when the word still being typed starts a word of the journal. */
		let started = false;
		for (const base of bases) {
			if (base.length < MIN_PART || (base.length === MIN_PART && base !== folded)) continue;
			const longer = this.postings.startingWith(base);
			// A short start (`pers`) may begin hundreds of words: those are weighed as prefixes only.
			const checkParts = longer.length <= MAX_CHECKED;
			for (const [other, id] of longer) {
				if (other === base) continue;
				const rest = other.slice(base.length);
				if (ENDINGS.has(rest)) add(id, WEIGHTS.inflected);
				else if (checkParts && (this.known(rest) || (linking(rest) && this.known(rest.slice(1))))) {
					add(id, WEIGHTS.compound);
					compound = true;
				} else if (options.open) {
					add(id, (WEIGHTS.prefix * other.length) / (other.length + 0.3 * rest.length));
					started = true;
				}
				else if (rest.length >= MIN_PART) add(id, WEIGHTS.affix);
			}
			const ending = this.postings.endingWith(base);
			for (const [other, id] of ending) {
				if (other === base) continue;
				const head = other.slice(0, other.length - base.length);
				if (head.length < MIN_PART) continue;
				const known = ending.length <= MAX_CHECKED && this.knownHead(head) !== null;
				compound ||= known;
				add(id, known ? WEIGHTS.compound : WEIGHTS.affix);
			}
		}
		// The allowance follows the letters she typed (`møe` is three, though folded `moee`), and the
		// stem when shorter: a stem is what the vocabulary holds.
		const distance = Math.min(typoDistance(word), typoDistance(term));
		let nearest: { term: string; distance: number; frequency: number } | null = null;
		if (distance > 0) {
			// The tree measures Levenshtein distance, where a swap of two letters costs 2: swaps are
			// looked up one by one (a word has few), everything else within the distance in the tree.
			const candidates = this.postings.near(term, distance);
			for (let i = 0; i + 1 < term.length; i++) {
				if (term[i] === term[i + 1]) continue;
				const swapped = term.slice(0, i) + term.charAt(i + 1) + term.charAt(i) + term.slice(i + 2);
				const id = this.postings.idOf(swapped);
				if (id !== undefined && this.postings.frequency(id) > 0) candidates.push([swapped, id, 1]);
			}
			// The stemmer cuts a word and its typo differently (`pårørende` → `paaro`, `pårørnde` →
			// `paaroernd`): a word not in the journal is also tried with one letter changed, the stem
			// of each try looked up (a few hundred tries, only for words the journal does not hold).
			// Not for a word still being typed that already starts words of the journal (`lede` of `ledelse`).
			if (!exact && !started) for (const other of new Set(editsOfOne(folded).map((edit) => computeTerm(edit)))) {
				const id = other === null || other === term ? undefined : this.postings.idOf(other);
				if (other !== null && id !== undefined && this.postings.frequency(id) > 0) candidates.push([other, id, 1]);
			}
			for (const [other, id, d] of candidates) {
				if (other === term) continue;
				add(id, (WEIGHTS.typo * other.length) / (other.length + d));
				const frequency = this.postings.frequency(id);
				if (!nearest || d < nearest.distance || (d === nearest.distance && frequency > nearest.frequency)) nearest = { term: other, distance: d, frequency };
			}
		}
		// A word that stands for other words never counts more than the word itself would: their
		// rarity is capped at its own, so an exact or stemmed match ranks above a compound or a typo.
		if (exact) {
			let own = 0;
			for (const [id, weight] of found) if (weight === 1) own = Math.max(own, this.postings.rarity(id));
			for (const [id, weight] of found) {
				const rarity = this.postings.rarity(id);
				if (weight < 1 && rarity > own) found.set(id, (weight * own) / rarity);
			}
		}
		const units: QueryUnit[] = [{ word: index, part: 0, parts: 1, covers: [index], expansions: toList(found), exact }];
		const parts = exact ? null : this.split(folded, 0);
		if (parts && parts.length > 1) {
			parts.forEach((part, i) => {
				const expansions = new Map<number, number>();
				const id = this.postings.idOf(part);
				if (id !== undefined) expansions.set(id, WEIGHTS.part);
				// The part may stand inside another compound of the journal too (`plan` in `vagtplanen`).
				for (const [other, otherId] of [...this.postings.startingWith(part), ...this.postings.endingWith(part)]) {
					if (other !== part && !expansions.has(otherId)) expansions.set(otherId, WEIGHTS.part * WEIGHTS.affix);
				}
				units.push({ word: index, part: i + 1, parts: parts.length, covers: [index], expansions: toList(expansions), exact: true });
			});
		}
		const matchedWell = exact || compound || started || (parts !== null && parts.length > 1);
		return { term, units, nearest: matchedWell || !nearest ? null : nearest.term };
	}

	/**
	 * Two of her words that the journal writes as one (`vagt plan` → `vagtplan`, `personale møde` →
	 * `personalemøde`, with or without a linking -s-/-e-): a unit standing for both words, or null.
	 */
	joined(first: string, second: string, index: number): QueryUnit | null {
		const a = foldWord(first);
		const b = foldWord(second);
		if (a.length < 2 || b.length < 2) return null;
		const found = new Map<number, number>();
		for (const joined of [a + b, `${a}s${b}`, `${a}e${b}`]) {
			const term = this.term(joined);
			for (const candidate of unique([term ?? '', joined])) {
				const id = this.postings.idOf(candidate);
				if (id !== undefined && this.postings.frequency(id) > 0) found.set(id, 1);
			}
		}
		if (found.size === 0) return null;
		return { word: index, part: 0, parts: 1, covers: [index, index + 1], expansions: toList(found), exact: true };
	}

	/**
	 * A compound she typed as the terms of its known parts (`vagtplansmoede` → `vagtplan`, `moed`),
	 * longest first part first, with the linking -s- or -e-; at most three parts; null when it does not split.
	 */
	split(folded: string, depth: number): string[] | null {
		for (let i = folded.length - MIN_PART; i >= MIN_PART; i--) {
			const headTerm = this.knownHead(folded.slice(0, i));
			if (!headTerm) continue;
			const rest = folded.slice(i);
			const restTerm = this.known(rest);
			if (restTerm) return [headTerm, restTerm];
			if (depth < 1) {
				const more = this.split(rest, depth + 1);
				if (more) return [headTerm, ...more];
			}
		}
		return null;
	}

	/** The term of a first part, with or without a linking -s-/-e- (`vagtplans` → `vagtplan`). */
	private knownHead(head: string): string | null {
		return this.known(head) ?? (linking(head.slice(-1)) && head.length > MIN_PART ? this.known(head.slice(0, -1)) : null);
	}

	/** The journal's term for a piece of a word (itself or stemmed), or null when the journal has no such word. */
	private known(piece: string): string | null {
		if (piece.length < MIN_PART) return null;
		const cached = this.knownCache.get(piece);
		if (cached !== undefined) return cached;
		let result: string | null = null;
		const term = this.term(piece);
		if (term !== null && term.length >= MIN_PART && this.has(term)) result = term;
		else if (term !== null && this.has(piece)) result = piece;
		this.knownCache.set(piece, result);
		return result;
	}

	private has(term: string): boolean {
		const id = this.postings.idOf(term);
		return id !== undefined && this.postings.frequency(id) > 0;
	}
}

/** True for the letters Danish links compound parts with (`vagtplan-s-møde`, `ældr-e-pleje`). */
function linking(text: string): boolean {
	const c = text.charAt(0);
	return c === 's' || c === 'e';
}

function unique(values: readonly string[]): string[] {
	return [...new Set(values.filter((v) => v !== ''))];
}

/** At most this many terms stand for one word (the best weighted): a query costs a bounded number of lists. */
const MAX_EXPANSIONS = 24;

function toList(found: ReadonlyMap<number, number>): Expansion[] {
	const list = [...found].map(([id, weight]) => ({ id, weight }));
	if (list.length <= MAX_EXPANSIONS) return list;
	return list.sort((a, b) => b.weight - a.weight || a.id - b.id).slice(0, MAX_EXPANSIONS);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one edit away (a letter left out, added, changed, or two neighbours swapped), folded letters only. */
function editsOfOne(word: string): string[] {
	const out: string[] = [];
	for (let i = 0; i <= word.length; i++) {
		const head = word.slice(0, i);
		const tail = word.slice(i);
		if (tail.length > 0) out.push(head + tail.slice(1));
		if (tail.length > 1) out.push(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
		for (const letter of LETTERS) {
			out.push(head + letter + tail);
			if (tail.length > 0 && letter !== tail.charAt(0)) out.push(head + letter + tail.slice(1));
		}
	}
	return out;
}

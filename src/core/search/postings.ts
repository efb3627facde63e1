/**
 * The search index's postings: for every term, the notes that hold it, packed in one `Uint32Array`
 * sorted by note slot; for every note, the sequence of its words as term ids (for phrases). Terms
 * live in MiniSearch's `SearchableMap` (a radix tree), which finds the terms a word may stand for by
 * prefix and within a number of typos; scoring is BM25+ over two fields (the title, and the rest with
 * headings and properties weighted), summed into one array per query, so a common word that occurs in
 * nearly every note costs a pass over numbers, not an object per note (see docs/DESIGN.md "Search").
 */
import SearchableMap from 'minisearch/SearchableMap';

/** Term id 0 separates the title from the body in a word sequence; real ids start at 1. */
export const SEPARATOR = 0;

/** A posting: the note's slot, then 3 bits of title count, then 9 bits of weighted count (×2) in the rest. */
const SLOT_SHIFT = 12;
const TITLE_SHIFT = 9;
const TITLE_MAX = 7;
const TEXT_MAX = 511;
/** Slots fit in the 20 bits above the counts: about a million notes. */
const MAX_NOTES = 2 ** (32 - SLOT_SHIFT);

/** BM25+ parameters, MiniSearch's defaults, and how much more a word in the title counts. */
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;
export const TITLE_BOOST = 3;

/** How a word's term may stand for the terms of the index, and how much such a match counts. */
export interface Expansion {
	readonly id: number;
	readonly weight: number;
}

/** MiniSearch's weights for a match by prefix and by typo, falling off with the difference in length. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** What a note contributes: per term its title count and weighted count in the rest (×2, integer). */
export interface NoteTerms {
	readonly counts: ReadonlyMap<number, { title: number; text: number }>;
	readonly titleLength: number;
	readonly textLength: number;
	/** Title words, SEPARATOR, body words, as term ids (stopwords too, as their folded form). */
	readonly sequence: readonly number[];
	/** Ids of the property words (tags, tools, kind), which are not in the sequence. */
	readonly meta: readonly number[];
}

/** Notes found by a query: slots and scores, in no particular order. */
export interface Candidates {
	readonly slots: Int32Array;
	readonly scores: Float64Array;
}

type Sequence = Uint16Array | Uint32Array;

export class Postings {
	/** Term → id, for exact look-ups (a hash map is faster than the tree for them). */
	private readonly ids = new Map<string, number>();
	/** The same terms in a radix tree, for prefix and fuzzy look-ups. */
	private readonly tree = new SearchableMap<number>();
	/**
	 * The terms written backwards, for the compounds a word ends (`plan` → `vagtplan`). Made on the
	 * first search that asks (building the index does not pay for it), then kept in step.
	 */
	private reversed: SearchableMap<number> | null = null;
	private readonly terms: (string | undefined)[] = [''];
	private lists: (Uint32Array | undefined)[] = [undefined];
	private counts = new Int32Array(1024);
	/** Per field, in how many notes each id occurs (each field's own rarity, as MiniSearch scores it). */
	private titleDf = new Int32Array(1024);
	private textDf = new Int32Array(1024);
	/** In how many notes' words (sequence or properties) each id occurs; at 0 the id is freed. */
	private refs = new Int32Array(1024);
	private readonly freeIds: number[] = [];
	/** How many ids were ever freed: a cache of ids is stale once this changes. */
	private freed = 0;

	private readonly slotOf = new Map<string, number>();
	/** How many slots were ever made (freed ones are reused first). */
	private slotCount = 0;
	private sequences: (Sequence | undefined)[] = [];
	private metas: (Uint32Array | undefined)[] = [];
	private titleLengths = new Float64Array(256);
	private textLengths = new Float64Array(256);
	private readonly freeSlots: number[] = [];
	private live = 0;
	private titleTotal = 0;
	private textTotal = 0;

	// Scratch for scoring, reused between queries and left zeroed.
	private acc = new Float64Array(0);
	private hits = new Uint16Array(0);
	private masks = new Uint32Array(0);
	private last = new Int32Array(0);
	private touched = new Int32Array(0);
	private stamps = new Int32Array(0);
	private stamp = 0;

	/** The number of notes held. */
	get size(): number {
		return this.live;
	}

	/** The id of a term, or undefined when no note has it. */
	idOf(term: string): number | undefined {
		return this.ids.get(term);
	}

	/** The id of a term, made if new (it is freed again unless a note added next uses it). */
	intern(term: string): number {
		const known = this.ids.get(term);
		if (known !== undefined) return known;
		const id = this.freeIds.pop() ?? this.terms.length;
		if (id === this.terms.length) this.terms.push(term);
		else this.terms[id] = term;
		this.ids.set(term, id);
		this.tree.set(term, id);
		this.reversed?.set(reverse(term), id);
		if (id >= this.counts.length) {
			this.counts = grow(this.counts, id + 1);
			this.titleDf = grow(this.titleDf, id + 1);
			this.textDf = grow(this.textDf, id + 1);
			this.refs = grow(this.refs, id + 1);
		}
		return id;
	}

	/** Changes whenever an id is freed (and may later name another term). */
	get generation(): number {
		return this.freed;
	}

	termOf(id: number): string {
		return this.terms[id] ?? '';
	}

	/** How telling a term is: BM25's inverse document frequency over every note. */
	rarity(id: number): number {
		return idf(this.live, this.counts[id] ?? 0);
	}

	/** In how many notes a term occurs (its posting count). */
	frequency(id: number): number {
		return this.counts[id] ?? 0;
	}

	slot(key: string): number | undefined {
		return this.slotOf.get(key);
	}

	/** Adds a note under a key that is not held yet; returns its slot. */
	add(key: string, note: NoteTerms): number {
		if (this.slotOf.has(key)) throw new Error(`postings: ${key} is already held`);
		const slot = this.freeSlots.pop() ?? this.slotCount;
		if (slot >= MAX_NOTES) throw new Error(`postings: more than ${MAX_NOTES} notes`);
		if (slot === this.slotCount) this.slotCount++;
		if (slot >= this.titleLengths.length) {
			this.titleLengths = grow(this.titleLengths, slot + 1);
			this.textLengths = grow(this.textLengths, slot + 1);
		}
		this.slotOf.set(key, slot);
		this.titleLengths[slot] = note.titleLength;
		this.textLengths[slot] = note.textLength;
		this.titleTotal += note.titleLength;
		this.textTotal += note.textLength;
		this.live++;
		let maxId = 0;
		for (const id of note.sequence) if (id > maxId) maxId = id;
		const sequence = maxId < 0x10000 ? Uint16Array.from(note.sequence) : Uint32Array.from(note.sequence);
		this.sequences[slot] = sequence;
		this.metas[slot] = Uint32Array.from(new Set(note.meta));
		this.forEachId(slot, (id) => {
			this.refs[id] = (this.refs[id] ?? 0) + 1;
		});
		for (const [id, count] of note.counts) {
			if (count.title > 0) this.titleDf[id] = (this.titleDf[id] ?? 0) + 1;
			if (count.text > 0) this.textDf[id] = (this.textDf[id] ?? 0) + 1;
			const entry = ((slot << SLOT_SHIFT) | (Math.min(count.title, TITLE_MAX) << TITLE_SHIFT) | Math.min(count.text, TEXT_MAX)) >>> 0;
			this.insert(id, slot, entry);
		}
		return slot;
	}

	/** Removes a note; true when it was held. */
	remove(key: string): boolean {
		const slot = this.slotOf.get(key);
		if (slot === undefined) return false;
		this.forEachId(slot, (id) => {
			this.delete(id, slot);
			const refs = (this.refs[id] ?? 1) - 1;
			this.refs[id] = refs;
			if (refs === 0) this.release(id);
		});
		this.slotOf.delete(key);
		this.sequences[slot] = undefined;
		this.metas[slot] = undefined;
		this.titleTotal -= this.titleLengths[slot] ?? 0;
		this.textTotal -= this.textLengths[slot] ?? 0;
		this.live--;
		this.freeSlots.push(slot);
		return true;
	}

	/** The terms of the index a query term stands for: itself, those it starts (if `prefix`), those within `fuzzy` typos. */
	expand(term: string, options: { readonly prefix: boolean; readonly fuzzy: number }): Expansion[] {
		const found = new Map<number, number>();
		const exact = this.ids.get(term);
		if (exact !== undefined) found.set(exact, 1);
		if (options.prefix) {
			for (const [other, id] of this.tree.atPrefix(term)) {
				const distance = other.length - term.length;
				if (distance > 0) found.set(id, (PREFIX_WEIGHT * other.length) / (other.length + 0.3 * distance));
			}
		}
		if (options.fuzzy > 0) {
			for (const [other, [id, distance]] of this.tree.fuzzyGet(term, options.fuzzy)) {
				if (distance > 0 && !found.has(id)) found.set(id, (FUZZY_WEIGHT * other.length) / (other.length + distance));
			}
		}
		return [...found].filter(([id]) => (this.counts[id] ?? 0) > 0).map(([id, weight]) => ({ id, weight }));
	}

	/** The terms (and ids) that start with `start`, itself included, held by some note. */
	startingWith(start: string): [string, number][] {
		const out: [string, number][] = [];
		for (const [term, id] of this.tree.atPrefix(start)) if ((this.counts[id] ?? 0) > 0) out.push([term, id]);
		return out;
	}

	/** The terms (and ids) that end with `end`, itself included, held by some note. */
	endingWith(end: string): [string, number][] {
		const out: [string, number][] = [];
		if (!this.reversed) {
			this.reversed = new SearchableMap<number>();
			this.terms.forEach((term, id) => {
				if (term !== undefined && id !== SEPARATOR) this.reversed?.set(reverse(term), id);
			});
		}
		for (const [backwards, id] of this.reversed.atPrefix(reverse(end))) if ((this.counts[id] ?? 0) > 0) out.push([reverse(backwards), id]);
		return out;
	}

	/** The terms within `distance` edits (Levenshtein, over the radix tree) of `term`, with their distance. */
	near(term: string, distance: number): [string, number, number][] {
		const out: [string, number, number][] = [];
		for (const [other, [id, d]] of this.tree.fuzzyGet(term, distance)) if ((this.counts[id] ?? 0) > 0) out.push([other, id, d]);
		return out;
	}

	/**
	 * Scores the notes for units of a query (at most 32: each a query word, a part of one, or a
	 * phrase's word), any unit matching: per note the BM25+ sum over every expansion matched and a
	 * bit mask of the units it matched (the caller weighs how many of her words that covers).
	 */
	scoreUnits(units: readonly (readonly Expansion[])[]): Candidates & { readonly masks: Uint32Array } {
		if (units.length === 0 || this.live === 0) return { slots: new Int32Array(0), scores: new Float64Array(0), masks: new Uint32Array(0) };
		this.ensureScratch();
		const { acc, masks, touched, counts, lists, titleLengths, textLengths } = this;
		const n = this.live;
		const titleNorm = K1 / (this.titleTotal / n || 1);
		const textNorm = K1 / (this.textTotal / n || 1);
		let touchedCount = 0;
		units.slice(0, 32).forEach((unit, u) => {
			const bit = (1 << u) >>> 0;
			for (const { id, weight } of unit) {
				const df = counts[id] ?? 0;
				const list = lists[id];
				if (df === 0 || !list) continue;
				const titleIdf = idf(n, this.titleDf[id] ?? 0) * weight * TITLE_BOOST;
				const textIdf = idf(n, this.textDf[id] ?? 0) * weight;
				for (let i = 0; i < df; i++) {
					const entry = list[i]!;
					const slot = entry >>> SLOT_SHIFT;
					const mask = masks[slot]!;
					if (mask === 0) touched[touchedCount++] = slot;
					masks[slot] = (mask | bit) >>> 0;
					const title = (entry >>> TITLE_SHIFT) & TITLE_MAX;
					const text = (entry & TEXT_MAX) / 2;
					let score = 0;
					if (title > 0) score += titleIdf * (DELTA + (title * (K1 + 1)) / (title + K1 * (1 - B) + titleNorm * B * titleLengths[slot]!));
					if (text > 0) score += textIdf * (DELTA + (text * (K1 + 1)) / (text + K1 * (1 - B) + textNorm * B * textLengths[slot]!));
					acc[slot]! += score;
				}
			}
		});
		const slots = new Int32Array(touchedCount);
		const scores = new Float64Array(touchedCount);
		const found = new Uint32Array(touchedCount);
		for (let i = 0; i < touchedCount; i++) {
			const slot = touched[i]!;
			slots[i] = slot;
			scores[i] = acc[slot]!;
			found[i] = masks[slot]!;
			acc[slot] = 0;
			masks[slot] = 0;
		}
		return { slots, scores, masks: found };
	}

	/**
	 * Scores the notes for groups of expansions (one group per query word). `and`: only notes that
	 * match every group; `or`: any group, the score multiplied by the number of groups matched.
	 */
	score(groups: readonly (readonly Expansion[])[], mode: 'and' | 'or'): Candidates {
		if (groups.length === 0 || this.live === 0) return { slots: new Int32Array(0), scores: new Float64Array(0) };
		this.ensureScratch();
		const ordered = mode === 'and' ? [...groups].sort((a, b) => this.cost(a) - this.cost(b)) : groups;
		const { acc, hits, last, touched, counts, lists, titleLengths, textLengths } = this;
		const n = this.live;
		const titleNorm = K1 / (this.titleTotal / n || 1);
		const textNorm = K1 / (this.textTotal / n || 1);
		let touchedCount = 0;
		ordered.forEach((group, g) => {
			for (const { id, weight } of group) {
				const df = counts[id] ?? 0;
				const list = lists[id];
				if (df === 0 || !list) continue;
				const titleIdf = idf(n, this.titleDf[id] ?? 0) * weight * TITLE_BOOST;
				const textIdf = idf(n, this.textDf[id] ?? 0) * weight;
				for (let i = 0; i < df; i++) {
					const entry = list[i]!;
					const slot = entry >>> SLOT_SHIFT;
					if (last[slot] !== g + 1) {
						if (mode === 'and' && hits[slot] !== g) continue;
						last[slot] = g + 1;
						const before = hits[slot] ?? 0;
						hits[slot] = before + 1;
						if (before === 0) touched[touchedCount++] = slot;
					}
					const title = (entry >>> TITLE_SHIFT) & TITLE_MAX;
					const text = (entry & TEXT_MAX) / 2;
					let score = 0;
					if (title > 0) score += titleIdf * (DELTA + (title * (K1 + 1)) / (title + K1 * (1 - B) + titleNorm * B * titleLengths[slot]!));
					if (text > 0) score += textIdf * (DELTA + (text * (K1 + 1)) / (text + K1 * (1 - B) + textNorm * B * textLengths[slot]!));
					acc[slot]! += score;
				}
			}
		});
		const slots: number[] = [];
		const scores: number[] = [];
		for (let i = 0; i < touchedCount; i++) {
			const slot = touched[i]!;
			const matched = hits[slot]!;
			if (mode === 'or' || matched === groups.length) {
				slots.push(slot);
				scores.push(mode === 'or' ? acc[slot]! * matched : acc[slot]!);
			}
			acc[slot] = 0;
			hits[slot] = 0;
			last[slot] = 0;
		}
		return { slots: Int32Array.from(slots), scores: Float64Array.from(scores) };
	}

	/** The slots of the notes holding a term exactly. */
	holders(term: string): number[] {
		const id = this.ids.get(term);
		const list = id === undefined ? undefined : this.lists[id];
		if (id === undefined || !list) return [];
		const out: number[] = [];
		for (let i = 0; i < (this.counts[id] ?? 0); i++) out.push(list[i]! >>> SLOT_SHIFT);
		return out;
	}

	/** True when the note's title or body holds these term ids as consecutive words. */
	holdsPhrase(slot: number, phrase: readonly number[]): boolean {
		const sequence = this.sequences[slot];
		const first = phrase[0];
		if (!sequence || first === undefined) return false;
		const end = sequence.length - phrase.length;
		outer: for (let i = 0; i <= end; i++) {
			if (sequence[i] !== first) continue;
			for (let j = 1; j < phrase.length; j++) if (sequence[i + j] !== phrase[j]) continue outer;
			return true;
		}
		return false;
	}

	/** Which of these term ids the note holds (in its words or properties). */
	shared(slot: number, ids: ReadonlySet<number>): Set<number> {
		const out = new Set<number>();
		this.forEachId(slot, (id) => {
			if (ids.has(id)) out.add(id);
		});
		return out;
	}

	/** Calls `fn` once for each distinct term id of a note. */
	private forEachId(slot: number, fn: (id: number) => void): void {
		// A stamp per id marks the ids seen in this pass (cheaper than a Set for a note's hundreds of words).
		if (this.stamps.length < this.terms.length) this.stamps = grow(this.stamps, this.terms.length);
		const stamp = ++this.stamp;
		const stamps = this.stamps;
		const visit = (ids: Sequence | Uint32Array | undefined): void => {
			if (!ids) return;
			for (let i = 0; i < ids.length; i++) {
				const id = ids[i]!;
				if (id === SEPARATOR || stamps[id] === stamp) continue;
				stamps[id] = stamp;
				fn(id);
			}
		};
		visit(this.sequences[slot]);
		visit(this.metas[slot]);
	}

	private cost(group: readonly Expansion[]): number {
		let total = 0;
		for (const { id } of group) total += this.counts[id] ?? 0;
		return total;
	}

	private insert(id: number, slot: number, entry: number): void {
		const n = this.counts[id] ?? 0;
		let list = this.lists[id];
		if (!list || n === list.length) {
			const bigger = new Uint32Array(Math.max(4, Math.ceil(n * 1.5)));
			if (list) bigger.set(list.subarray(0, n));
			list = bigger;
			this.lists[id] = list;
		}
		// Bulk builds add slots in rising order: append. Otherwise keep the list sorted.
		if (n === 0 || list[n - 1]! >>> SLOT_SHIFT < slot) {
			list[n] = entry;
		} else {
			const at = this.find(list, n, slot);
			list.copyWithin(at + 1, at, n);
			list[at] = entry;
		}
		this.counts[id] = n + 1;
	}

	private delete(id: number, slot: number): void {
		const n = this.counts[id] ?? 0;
		const list = this.lists[id];
		if (!list || n === 0) return;
		const at = this.find(list, n, slot);
		const entry = list[at];
		if (at >= n || entry === undefined || entry >>> SLOT_SHIFT !== slot) return;
		if ((entry >>> TITLE_SHIFT) & TITLE_MAX) this.titleDf[id] = (this.titleDf[id] ?? 1) - 1;
		if (entry & TEXT_MAX) this.textDf[id] = (this.textDf[id] ?? 1) - 1;
		list.copyWithin(at, at + 1, n);
		this.counts[id] = n - 1;
		if (n - 1 > 0 && n - 1 < list.length / 4 && list.length > 16) this.lists[id] = list.slice(0, Math.max(4, (n - 1) * 2));
	}

	/** The first index in a sorted list whose slot is at least `slot`. */
	private find(list: Uint32Array, n: number, slot: number): number {
		let lo = 0;
		let hi = n;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (list[mid]! >>> SLOT_SHIFT < slot) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private release(id: number): void {
		const term = this.terms[id];
		if (term === undefined) return;
		this.ids.delete(term);
		this.tree.delete(term);
		this.reversed?.delete(reverse(term));
		this.terms[id] = undefined;
		this.lists[id] = undefined;
		this.counts[id] = 0;
		this.titleDf[id] = 0;
		this.textDf[id] = 0;
		this.freeIds.push(id);
		this.freed++;
	}

	private ensureScratch(): void {
		const need = this.slotCount;
		if (this.acc.length >= need) return;
		const size = Math.max(need, Math.ceil(this.acc.length * 1.5), 64);
		this.acc = new Float64Array(size);
		this.hits = new Uint16Array(size);
		this.masks = new Uint32Array(size);
		this.last = new Int32Array(size);
		this.touched = new Int32Array(size);
	}
}

/** BM25's inverse document frequency: rarer terms weigh more. */
function idf(notes: number, holding: number): number {
	return Math.log(1 + (notes - holding + 0.5) / (holding + 0.5));
}

function reverse(text: string): string {
	let out = '';
	for (let i = text.length - 1; i >= 0; i--) out += text[i];
	return out;
}

function grow<T extends Int32Array | Float64Array>(array: T, need: number): T {
	const bigger = new (array.constructor as new (length: number) => T)(Math.max(need, array.length * 2));
	bigger.set(array);
	return bigger;
}

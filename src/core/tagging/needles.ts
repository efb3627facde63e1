/**
 * Finds which of many fixed words occur in a text, in one pass (Aho-Corasick). The classifier uses it
 * to run only the rules whose required word (`TextRule.needle`) is present: one scan of the note
 * instead of one substring search per rule.
 *
 * The automaton is compiled to a table over the needles' own characters (a few dozen), indexed by
 * UTF-16 code unit: the scan is one table look-up per character, and any character no needle
 * contains sends it back to the start.
 */

/** A compiled set of needles. Immutable once built. */
export class NeedleSet {
	private readonly needles: readonly string[];
	/** Code unit -> column in `goto` (0: in no needle). */
	private readonly column: Uint8Array;
	/** Columns per state (distinct code units + 1). */
	private readonly width: number;
	/** state * width + column -> next state: the full automaton, failure links folded in. */
	private readonly goto: Int32Array;
	/** Per state, the needles (indexes) that end there, including those reached through failure links. */
	private readonly out: ReadonlyArray<readonly number[] | null>;

	constructor(needles: Iterable<string>) {
		this.needles = [...new Set(needles)].filter((needle) => needle !== '');
		this.column = new Uint8Array(0x10000);
		let columns = 1;
		for (const needle of this.needles) {
			for (let i = 0; i < needle.length; i++) {
				const unit = needle.charCodeAt(i);
				if (this.column[unit] === 0) {
					if (columns === 255) throw new Error('NeedleSet: more than 254 distinct characters');
					this.column[unit] = columns++;
				}
			}
		}
		this.width = columns;

		// The trie, then failure links breadth-first, as in the textbook construction.
		const trie: Array<Map<number, number>> = [new Map<number, number>()];
		const ends: number[][] = [[]];
		this.needles.forEach((needle, id) => {
			let s = 0;
			for (let i = 0; i < needle.length; i++) {
				const col = this.column[needle.charCodeAt(i)] as number;
				let to = (trie[s] as Map<number, number>).get(col);
				if (to === undefined) {
					to = trie.length;
					trie.push(new Map<number, number>());
					ends.push([]);
					(trie[s] as Map<number, number>).set(col, to);
				}
				s = to;
			}
			(ends[s] as number[]).push(id);
		});
		const goto = new Int32Array(trie.length * columns);
		const fail = new Int32Array(trie.length);
		const queue: number[] = [];
		for (const [col, to] of trie[0] as Map<number, number>) {
			goto[col] = to;
			queue.push(to);
		}
		for (let q = 0; q < queue.length; q++) {
			const s = queue[q] as number;
			(ends[s] as number[]).push(...(ends[fail[s] as number] as number[]));
			for (let col = 1; col < columns; col++) {
				const to = (trie[s] as Map<number, number>).get(col);
				if (to === undefined) {
					// No edge: go where the failure state goes (already complete, being nearer the root).
					goto[s * columns + col] = goto[(fail[s] as number) * columns + col] as number;
				} else {
					goto[s * columns + col] = to;
					fail[to] = goto[(fail[s] as number) * columns + col] as number;
					queue.push(to);
				}
			}
		}
		this.goto = goto;
		this.out = ends.map((list) => (list.length > 0 ? [...new Set(list)] : null));
	}

	/** The needles that occur in `text` (compared as given: lowercase the text first to ignore case). */
	found(text: string): Set<string> {
		return new Set(this.occurrences(text).keys());
	}

	/** Where each needle occurs in `text`: its start offsets, ascending (overlapping ones included). */
	occurrences(text: string): Map<string, number[]> {
		const found = new Map<string, number[]>();
		const { column, goto, width, out, needles } = this;
		let s = 0;
		for (let i = 0; i < text.length; i++) {
			const col = column[text.charCodeAt(i)] as number;
			s = col === 0 ? 0 : (goto[s * width + col] as number);
			const ids = out[s];
			if (!ids) continue;
			for (const id of ids) {
				const needle = needles[id] as string;
				const start = i + 1 - needle.length;
				const list = found.get(needle);
				if (list) list.push(start);
				else found.set(needle, [start]);
			}
		}
		return found;
	}
}

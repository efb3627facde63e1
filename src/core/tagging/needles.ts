/**
 * Finds which of many fixed words occur in a text, in one pass (Aho-Corasick). The classifier uses it
 * to run only the rules whose required word (`TextRule.needle`) is present: one scan of the note
 * instead of one substring search per rule.
 */

interface State {
	readonly next: Map<string, number>;
	fail: number;
	/** Needles that end at this state, including those reached through failure links. */
	out: readonly string[];
}

/** A compiled set of needles. Immutable once built. */
export class NeedleSet {
	private readonly states: State[] = [{ next: new Map(), fail: 0, out: [] }];

	constructor(needles: Iterable<string>) {
		for (const needle of new Set(needles)) {
			if (needle === '') continue;
			let s = 0;
			for (const ch of needle) {
				const state = this.states[s] as State;
				let to = state.next.get(ch);
				if (to === undefined) {
					to = this.states.length;
					this.states.push({ next: new Map(), fail: 0, out: [] });
					state.next.set(ch, to);
				}
				s = to;
			}
			const end = this.states[s] as State;
			end.out = [...end.out, needle];
		}
		// Breadth-first: each state's failure link points to the longest proper suffix that is a prefix.
		const queue: number[] = [...(this.states[0] as State).next.values()];
		for (let q = 0; q < queue.length; q++) {
			const s = queue[q] as number;
			const state = this.states[s] as State;
			for (const [ch, to] of state.next) {
				let f = state.fail;
				while (f !== 0 && !(this.states[f] as State).next.has(ch)) f = (this.states[f] as State).fail;
				const target = (this.states[f] as State).next.get(ch);
				const child = this.states[to] as State;
				child.fail = target !== undefined && target !== to ? target : 0;
				const inherited = (this.states[child.fail] as State).out;
				if (inherited.length > 0) child.out = [...child.out, ...inherited];
				queue.push(to);
			}
		}
	}

	/** The needles that occur in `text` (compared as given: lowercase the text first to ignore case). */
	found(text: string): Set<string> {
		const found = new Set<string>();
		let s = 0;
		for (const ch of text) {
			let state = this.states[s] as State;
			let to = state.next.get(ch);
			while (to === undefined && s !== 0) {
				s = state.fail;
				state = this.states[s] as State;
				to = state.next.get(ch);
			}
			s = to ?? 0;
			for (const needle of (this.states[s] as State).out) found.add(needle);
		}
		return found;
	}
}

/**
 * A fast word tokenizer shared by the language watch and the pseudonymiser: one pass over the
 * characters, no regular expression per word. Words keep inner apostrophes and hyphens (`kol'eren`,
 * `ble-borger`, `she's`); numbers keep inner `.`, `:` and `,` (`8.30`, `12:15`).
 */

/**
 * The words of a text as parallel arrays plus a hash per word, so a 5 000-word note costs a few
 * small allocations: a word's lowercased string is only made when someone asks for it.
 */
export interface Tokens {
	/** Number of words. */
	readonly count: number;
	/** Offset of each word's first character. */
	readonly starts: number[];
	/** Offset just after each word. */
	readonly ends: number[];
	/** `hashWord` of each word's lowercased form. */
	readonly hashes: number[];
	/** True when the j-th word is a number with an inner `.` or `:` (a clock time, `8.30`). */
	time(j: number): boolean;
	/** The j-th word lowercased, with `’` written as `'`. */
	norm(j: number): string;
}

/** A cheap 32-bit hash of a lowercased word; `’` hashes as `'`. Equal words, equal hashes. */
export function hashWord(word: string): number {
	let h = 0;
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		h = (Math.imul(h, 31) + (c === 0x2019 ? 0x27 : c)) | 0;
	}
	return h;
}

/** Letter-or-digit table for the Latin range (built once, never changed). */
const LATIN_WORD: Uint8Array = (() => {
	const table = new Uint8Array(0x250);
	for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
	for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
	for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
	for (let c = 0xc0; c < 0x250; c++) table[c] = 1;
	table[0xaa] = table[0xb5] = table[0xba] = 1;
	table[0xd7] = table[0xf7] = 0;
	return table;
})();

/** True for letters and digits: Latin (with Danish letters), Greek, Cyrillic; no regular expression. */
export function isWordCode(code: number): boolean {
	if (code < 0x250) return LATIN_WORD[code] === 1;
	return (code >= 0x370 && code <= 0x52f) || (code >= 0x1e00 && code <= 0x1fff);
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/**
 * For codes below 0x100: 0 for a character that is not part of a word, else the character
 * lowercased (ASCII and Latin-1, as `toLowerCase` does there). Built once, never changed.
 */
const LATIN1_LOWER: Uint16Array = (() => {
	const table = new Uint16Array(0x100);
	for (let c = 0; c < 0x100; c++) {
		if (LATIN_WORD[c] !== 1) continue;
		table[c] = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;
	}
	return table;
})();

/**
 * Splits a text into words: one pass over the characters, hashing each word as it goes. One table
 * read per character tells a word character and its lowercase apart (the language watch tokenizes
 * every note of the mirror's period, so this loop is most of its cost).
 */
export function tokenize(text: string): Tokens {
	const starts: number[] = [];
	const ends: number[] = [];
	const hashes: number[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		let c = text.charCodeAt(i);
		// The character lowercased when it belongs to a word, else 0; beyond Latin-1, the code itself.
		let lower = c < 0x100 ? (LATIN1_LOWER[c] as number) : isWordCode(c) ? c : 0;
		if (lower === 0) {
			i++;
			continue;
		}
		const start = i;
		let h = 0;
		let exotic = false;
		for (;;) {
			// Anything beyond Latin-1 is hashed from the word's lowercased string below.
			if (c > 0xff) exotic = true;
			h = (Math.imul(h, 31) + lower) | 0;
			i++;
			if (i >= n) break;
			c = text.charCodeAt(i);
			lower = c < 0x100 ? (LATIN1_LOWER[c] as number) : isWordCode(c) ? c : 0;
			if (lower !== 0) continue;
			// ' ’ - inside a word (’ counts as '); . : , inside a number.
			if (c === 0x27 || c === 0x2019 || c === 0x2d) {
				if (i + 1 >= n || !isWordCode(text.charCodeAt(i + 1))) break;
				lower = c === 0x2019 ? 0x27 : c;
				c = lower;
				continue;
			}
			if ((c === 0x2e || c === 0x3a || c === 0x2c) && isDigit(text.charCodeAt(i - 1)) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
				lower = c;
				continue;
			}
			break;
		}
		starts.push(start);
		ends.push(i);
		hashes.push(exotic ? hashWord(text.slice(start, i).toLowerCase()) : h);
	}
	const cache: Array<string | undefined> = [];
	const norm = (j: number): string => {
		let w = cache[j];
		if (w === undefined) {
			const raw = text.slice(starts[j], ends[j]).toLowerCase();
			w = raw.includes('\u2019') ? raw.replace(/\u2019/g, "'") : raw;
			cache[j] = w;
		}
		return w;
	};
	const time = (j: number): boolean => {
		for (let k = starts[j] as number; k < (ends[j] as number); k++) {
			const c = text.charCodeAt(k);
			if (c === 0x2e || c === 0x3a) return true;
		}
		return false;
	};
	return { count: starts.length, starts, ends, hashes, time, norm };
}

/** All words of a text, lowercased. */
export function words(text: string): string[] {
	const t = tokenize(text);
	return Array.from({ length: t.count }, (_, j) => t.norm(j));
}

/** Line starts, for turning offsets into 0-based lines and columns. */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The 0-based line and column of an offset. */
export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo, column: offset - (starts[lo] as number) };
}

/**
 * A fast word tokenizer shared by the language watch and the pseudonymiser: one pass over the
 * characters, no regular expression per word. Words keep inner apostrophes and hyphens (`kol'eren`,
 * `ble-borger`, `she's`); numbers keep inner `.`, `:` and `,` (`8.30`, `12:15`).
 */

/** The words of a text: parallel arrays, so a 5 000-word note costs a few small allocations. */
export interface Tokens {
	/** Offset of each word's first character. */
	readonly starts: number[];
	/** Offset just after each word. */
	readonly ends: number[];
	/** Each word lowercased, with `’` written as `'`. */
	readonly norms: string[];
	/** True when the word is a number with an inner `.` or `:` (a clock time, `8.30`). */
	readonly times: boolean[];
}

/** True for letters and digits, including Danish and other Latin letters. */
export function isWordCode(code: number): boolean {
	if (code < 0x30) return false;
	if (code <= 0x39) return true;
	if (code < 0x41) return false;
	if (code <= 0x5a) return true;
	if (code < 0x61) return false;
	if (code <= 0x7a) return true;
	if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
	if (code === 0xd7 || code === 0xf7) return false;
	if (code <= 0x24f) return true;
	return /\p{L}|\p{N}/u.test(String.fromCharCode(code));
}

function isDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** Splits a text into words. */
export function tokenize(text: string): Tokens {
	const starts: number[] = [];
	const ends: number[] = [];
	const norms: string[] = [];
	const times: boolean[] = [];
	const n = text.length;
	let i = 0;
	while (i < n) {
		if (!isWordCode(text.charCodeAt(i))) {
			i++;
			continue;
		}
		const start = i;
		let time = false;
		let curly = false;
		i++;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (isWordCode(c)) {
				i++;
				continue;
			}
			const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
			const prev = text.charCodeAt(i - 1);
			// 0x27 ', 0x2019 ’, 0x2d -
			if ((c === 0x27 || c === 0x2019 || c === 0x2d) && isWordCode(next)) {
				if (c === 0x2019) curly = true;
				i += 2;
				continue;
			}
			// 0x2e . 0x3a : 0x2c , between digits
			if ((c === 0x2e || c === 0x3a || c === 0x2c) && isDigit(prev) && isDigit(next)) {
				if (c !== 0x2c) time = true;
				i += 2;
				continue;
			}
			break;
		}
		const word = text.slice(start, i).toLowerCase();
		starts.push(start);
		ends.push(i);
		norms.push(curly ? word.replace(/\u2019/g, "'") : word);
		times.push(time);
	}
	return { starts, ends, norms, times };
}

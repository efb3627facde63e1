/**
 * Finds code in a built bundle that could make a network request. The plugin makes none (README,
 * "Privacy"): this is the proof, run against the real main.js after `npm run build`.
 */

/** One suspicious spot. */
export interface NetworkHit {
	readonly rule: string;
	/** A short excerpt around the hit. */
	readonly excerpt: string;
}

/** API names and request shapes that reach the network. */
export const NETWORK_RULES: ReadonlyArray<readonly [string, RegExp]> = [
	// A bare `fetch(` call, or `fetch` called on a global (`window.fetch(`, `globalThis['fetch'](`…);
	// not a method of our own objects (MiniSearch's map has `fetch(key, init)`), nor its definition.
	['fetch(', /(?<![\w$.])fetch\s*\((?![\w$,\s]*\)\s*\{)|\b(?:window|globalThis|self|global|activeWindow)\s*(?:\.\s*fetch|\[\s*["'`]fetch["'`]\s*\])\s*\(/g],
	['XMLHttpRequest', /XMLHttpRequest/g],
	['WebSocket', /WebSocket/g],
	['EventSource', /EventSource/g],
	['navigator.sendBeacon', /sendBeacon/g],
	['requestUrl (Obsidian)', /requestUrl/g],
	['request (Obsidian)', /(?<![\w$.])request\s*\(\s*\{/g],
	['importScripts', /importScripts\s*\(/g],
	['Node http(s)/net', /require\(\s*["'](?:node:)?(?:https?|http2|net|tls|dgram|dns)["']\s*\)/g],
	['URL as a request target', /(?:fetch|open|requestUrl|request|EventSource|WebSocket|sendBeacon)\s*\(\s*["'`]https?:\/\//g],
	['URL loaded by the page (src, srcset, CSS url())', /(?:src|srcset)\s*[:=]\s*["'`]https?:\/\/|url\(\s*["']?https?:\/\//g],
	['CSS @import of a URL', /@import\s+(?:url\()?\s*["']?https?:\/\//g],
];

/** Every hit of every rule in a text. */
export function scanForNetwork(code: string): NetworkHit[] {
	const hits: NetworkHit[] = [];
	for (const [rule, re] of NETWORK_RULES) {
		re.lastIndex = 0;
		for (let m = re.exec(code); m !== null; m = re.exec(code)) {
			hits.push({ rule, excerpt: code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40).replace(/\s+/g, ' ') });
		}
	}
	return hits;
}

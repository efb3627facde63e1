import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForNetwork } from './network-scan';

const ROOT = join(__dirname, '../..');
const MAIN = join(ROOT, 'main.js');
const STYLES = join(ROOT, 'styles.css');

describe('the built plugin makes no network request', () => {
	it('main.js exists (run `npm run build` first; `npm test` does)', () => {
		expect(existsSync(MAIN), 'main.js is missing: run npm run build').toBe(true);
		expect(readFileSync(MAIN, 'utf8').length).toBeGreaterThan(1000);
	});

	it('main.js holds no network API and no URL used as a request target', () => {
		expect(scanForNetwork(readFileSync(MAIN, 'utf8'))).toEqual([]);
	});

	it('styles.css loads nothing from the network', () => {
		if (!existsSync(STYLES)) return;
		expect(scanForNetwork(readFileSync(STYLES, 'utf8'))).toEqual([]);
	});

	it.each([
		['fetch', 'const r = await fetch("https://example.com/x");'],
		['fetch on window', 'window.fetch(u)'],
		['fetch on globalThis by name', 'globalThis["fetch"](u)'],
		['fetch in a condition', 'if(fetch(u)){x()}'],
		['XMLHttpRequest', 'const x = new XMLHttpRequest();'],
		['WebSocket', 'new WebSocket(u)'],
		['EventSource', 'new EventSource(u)'],
		['sendBeacon', 'navigator.sendBeacon(u, d)'],
		['requestUrl', 'await (0, import_obsidian.requestUrl)({ url })'],
		['an image from the web', 'createEl("img", { attr: { src: "https://example.com/a.png" } })'],
		['a CSS url()', '.x { background: url("https://example.com/a.png"); }'],
		['Node https', 'const h = require("node:https");'],
	])('the scan itself catches %s', (_name, code) => {
		expect(scanForNetwork(code).length).toBeGreaterThan(0);
	});

	it.each([
		['a link the user may click', 'createEl("a", { href: "https://www.sst.dk", text: "SST" })'],
		['a word containing fetch', 'prefetchNotes(); const refetch = 1;'],
		['a request-like method name', 'this.requestSave();'],
		["a map's own fetch method (MiniSearch's radix tree)", 'let o=this._index.fetch(r,Ya),s=o.get(e);'],
		['the definition of such a method', 'return this}fetch(e,n){if(typeof e!="string")throw new Error()}'],
	])('the scan lets %s pass', (_name, code) => {
		expect(scanForNetwork(code)).toEqual([]);
	});
});

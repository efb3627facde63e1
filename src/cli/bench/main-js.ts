/**
 * What the size of `main.js` costs a user at startup: the time to compile and run the bundle's top
 * level (what Obsidian does before it can call `onload`), in a fresh script each time so no
 * compilation cache helps. The bundle's three imports are the Obsidian fake and CodeMirror.
 */
import { readFileSync, statSync } from 'node:fs';
import { Script } from 'node:vm';
import * as codemirrorState from '@codemirror/state';
import * as codemirrorView from '@codemirror/view';
import * as obsidian from 'obsidian-test-mocks/obsidian';

const MODULES: Readonly<Record<string, unknown>> = {
	obsidian,
	'@codemirror/state': codemirrorState,
	'@codemirror/view': codemirrorView,
};

/** The size of the built plugin in KB, or null when it has not been built. */
export function mainJsKb(path: string): number | null {
	try {
		return statSync(path).size / 1024;
	} catch {
		return null;
	}
}

/** Milliseconds to compile and evaluate `main.js` once, as a new script (its own name defeats V8's cache). */
export function timeMainJsEval(path: string, run: number): number {
	const code = readFileSync(path, 'utf8');
	const start = performance.now();
	const script = new Script(`(function (module, exports, require) {${code}\n})`, { filename: `main-${run}.js` });
	const wrapper = script.runInThisContext() as (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;
	const module = { exports: {} as unknown };
	wrapper(module, module.exports, (id) => {
		if (!(id in MODULES)) throw new Error(`bench: main.js requires ${id}`);
		return MODULES[id];
	});
	const ms = performance.now() - start;
	if (typeof (module.exports as { default?: unknown }).default !== 'function') throw new Error('bench: main.js did not export the plugin class');
	return ms;
}

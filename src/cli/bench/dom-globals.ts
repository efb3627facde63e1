/**
 * A DOM for the Obsidian fake in plain Node (the benchmark's onload measurement): happy-dom's window
 * classes and globals, installed before the fake is imported, as vitest's happy-dom environment does.
 */
import { Window } from 'happy-dom';

const window = new Window();
const globals = global as unknown as Record<string, unknown>;
const source = window as unknown as Record<string, unknown>;
for (const name of Object.getOwnPropertyNames(window)) {
	// The DOM's classes (Document, HTMLElement, UIEvent, ...) and a few functions the fake calls.
	const isClass = /^[A-Z]/.test(name);
	if ((isClass || ['getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'].includes(name)) && !(name in globals)) globals[name] = source[name];
}
globals.window = window;
globals.document = window.document;
globals.activeDocument = window.document;
globals.activeWindow = window;

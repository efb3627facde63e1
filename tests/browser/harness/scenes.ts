/**
 * Every piece of the plugin's UI the browser tests look at, and how a user opens it. Shared by the
 * page (tests/browser/harness/entry.ts, which opens a scene) and the tests (which check each one).
 * Adding a UI is one entry here; a scene whose command or view is not registered (a UI still being
 * built on another branch) is reported as missing and skipped by the tests.
 */

/** How the user reaches a scene. */
export type SceneOpen =
	/** The plugin's tab in Obsidian's settings window. */
	| { readonly kind: 'settings' }
	/** A command from the command palette, with `note` (vault path) open in the editor when given. */
	| { readonly kind: 'command'; readonly command: string; readonly note?: string }
	/** A view by its type, opened by `command` when given (else directly), in the right sidebar, with `note` open beside it when given. */
	| { readonly kind: 'view'; readonly viewType: string; readonly command?: string; readonly note?: string };

/** One UI to look at. */
export interface Scene {
	/** Stable id: test names and screenshot file names. */
	readonly id: string;
	readonly open: SceneOpen;
	/** What kind of surface it is: a modal (keyboard-tested as one), a view, or the settings tab. */
	readonly surface: 'modal' | 'suggester' | 'view' | 'settings';
	/** Typed into the suggester once it is open (search results, not an empty list). */
	readonly query?: string;
}

/** The selector of the element that holds a surface's UI (what is measured, checked and shot). */
export const SURFACE_ROOT: Record<Scene['surface'], string> = {
	modal: 'body > .modal-container:last-of-type .modal',
	suggester: 'body > .modal-container:last-of-type .modal',
	view: '.mod-right-split .workspace-leaf-content',
	settings: '.modal.mod-settings .vertical-tab-content',
};

/** The note that notes-bound commands open first: a meeting note with tags, tools and tasks. */
export const MEETING_NOTE = 'Journal/Møder/2026-11-17 Personalemøde november.md';
/** A note with language-watch findings and personal data (names, a room number). */
export const WATCH_NOTE = 'Journal/2026-06-05 Fru A og uroen om aftenen.md';

export const SCENES: readonly Scene[] = [
	{ id: 'settings', surface: 'settings', open: { kind: 'settings' } },
	{ id: 'reflection-view', surface: 'view', open: { kind: 'view', viewType: 'three-gazes-reflection', command: 'open-reflection', note: MEETING_NOTE } },
	{ id: 'new-reflection', surface: 'suggester', open: { kind: 'command', command: 'new-reflection' } },
	{ id: 'insert-meeting-element', surface: 'suggester', open: { kind: 'command', command: 'insert-meeting-element', note: MEETING_NOTE } },
	{ id: 'insert-questions', surface: 'modal', open: { kind: 'command', command: 'insert-strengths-questions', note: MEETING_NOTE } },
	{ id: 'tag-note', surface: 'modal', open: { kind: 'command', command: 'tag-note-by-gaze', note: MEETING_NOTE } },
	{ id: 'tag-untagged', surface: 'modal', open: { kind: 'command', command: 'tag-untagged-journal-notes' } },
	{ id: 'check-note', surface: 'modal', open: { kind: 'command', command: 'check-note', note: WATCH_NOTE } },
	{ id: 'pseudonymise-note', surface: 'modal', open: { kind: 'command', command: 'pseudonymise-note', note: WATCH_NOTE } },
	{ id: 'search', surface: 'suggester', open: { kind: 'command', command: 'search-reflections' }, query: 'fru A uro' },
	{ id: 'related', surface: 'suggester', open: { kind: 'command', command: 'related-reflections', note: MEETING_NOTE } },
	{ id: 'supervision', surface: 'modal', open: { kind: 'command', command: 'prepare-supervision' } },
	{ id: 'welcome', surface: 'modal', open: { kind: 'command', command: 'show-welcome' } },
	{ id: 'calendar', surface: 'view', open: { kind: 'view', viewType: 'three-gazes-calendar', command: 'open-calendar', note: MEETING_NOTE } },
	{ id: 'look-back', surface: 'suggester', open: { kind: 'command', command: 'look-back', note: MEETING_NOTE } },
];

/** The ways a scene is seen: two window sizes, two themes, two languages. */
export const VIEWPORTS = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const LANGS = ['da', 'en'] as const;
export type HarnessLang = (typeof LANGS)[number];

/** The time the page runs at (pinned), a day after the demo vault's last note. */
export const PINNED_NOW = '2026-11-25T09:30:00+01:00';

/**
 * A new note's text from a template: placeholders filled as core Templates would, gaze tags written in
 * the vocabulary the settings choose. The one function every "new note" command uses.
 */
import type { Lang } from '../domain';
import { rewriteGazeTags } from './gaze-tags';
import { expandMethodBlocks } from './method-blocks';
import { renderTemplate } from './render';
import type { RenderResult } from './render';

/** What a new note needs besides the template. */
export interface NewNoteOptions {
	/** The note's title (its file name without `.md`, as core Templates uses it). */
	readonly title: string;
	/** The moment the note is created; fills `{{date}}` and `{{time}}`. */
	readonly now: Date;
	/** The writing language: month and weekday names. */
	readonly lang: Lang;
	/** The vocabulary for gaze tags (`blik/...` or `gaze/...`), from `tagLang(settings, lang)`. */
	readonly tagLang: Lang;
	/** Extra `{{name}}` variables. */
	readonly vars?: Readonly<Record<string, string>>;
}

/**
 * Renders a template into a new note's text: method blocks (`{{tool:iceberg}}`) from the catalogue,
 * then the core Templates placeholders; unknown placeholders are kept and reported.
 */
export function renderNoteFromTemplate(template: string, options: NewNoteOptions): RenderResult {
	const expanded = expandMethodBlocks(template, options.lang);
	const result = renderTemplate(expanded, { ...options.vars, title: options.title }, options.now, { lang: options.lang });
	return { text: rewriteGazeTags(result.text, options.tagLang), unknown: result.unknown };
}

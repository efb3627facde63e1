/**
 * Renders a template the way Obsidian's core Templates plugin does, so the same files work in both:
 * `{{title}}`, `{{date}}`, `{{time}}`, `{{date:FORMAT}}`, `{{time:FORMAT}}` (moment.js tokens).
 * Extra variables (`vars`) fill `{{name}}` placeholders of the same name. Anything else is left exactly
 * as written and reported, never thrown.
 */
import { oneLine } from '../text';
import type { Lang } from '../domain';
import { formatMoment } from './moment-format';

/** The core Templates plugin's default formats for a bare `{{date}}` and `{{time}}`. */
export const DEFAULT_DATE_FORMAT = 'YYYY-MM-DD';
export const DEFAULT_TIME_FORMAT = 'HH:mm';

/** Variables a template can use; `title` is always given (the note's name, as in core Templates). */
export interface TemplateVars {
	readonly title: string;
	readonly [name: string]: string;
}

/** Options for `renderTemplate`. */
export interface RenderOptions {
	/** The language of month and weekday names (`dddd`, `MMMM`, `Do`); English when omitted. */
	readonly lang?: Lang;
}

/** A rendered template, and the placeholders it did not know (left in the text as written). */
export interface RenderResult {
	readonly text: string;
	/** Unknown placeholders as written (`{{mood}}`), once each, in order of first appearance. */
	readonly unknown: readonly string[];
}

const PLACEHOLDER = /\{\{([^{}\n]*)\}\}/g;

/** Fills a template's placeholders. Pure: the same text, vars, date and language give the same note. */
export function renderTemplate(text: string, vars: TemplateVars, now: Date, options: RenderOptions = {}): RenderResult {
	const lang = options.lang ?? 'en';
	const unknown: string[] = [];
	// A title is one line: a line break in it would end the heading and could start a `---` block.
	const oneLineVars: TemplateVars = { ...vars, title: oneLine(vars.title) };
	const rendered = text.replace(PLACEHOLDER, (whole, inner: string) => {
		const value = resolvePlaceholder(inner, oneLineVars, now, lang);
		if (value !== null) return value;
		if (!unknown.includes(whole)) unknown.push(whole);
		return whole;
	});
	return { text: rendered, unknown };
}

function resolvePlaceholder(inner: string, vars: TemplateVars, now: Date, lang: Lang): string | null {
	const colon = inner.indexOf(':');
	const name = (colon < 0 ? inner : inner.slice(0, colon)).trim();
	const lower = name.toLowerCase();
	if (colon >= 0) {
		// A format follows: only date and time take one. Spaces inside the format are kept.
		const pattern = inner.slice(colon + 1);
		if (lower === 'date') return formatMoment(now, pattern.trim() === '' ? DEFAULT_DATE_FORMAT : pattern, lang);
		if (lower === 'time') return formatMoment(now, pattern.trim() === '' ? DEFAULT_TIME_FORMAT : pattern, lang);
		return null;
	}
	if (Object.prototype.hasOwnProperty.call(vars, name)) return vars[name] ?? null;
	if (lower === 'title') return vars.title;
	if (lower === 'date') return formatMoment(now, DEFAULT_DATE_FORMAT, lang);
	if (lower === 'time') return formatMoment(now, DEFAULT_TIME_FORMAT, lang);
	return null;
}

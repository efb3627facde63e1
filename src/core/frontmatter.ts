/**
 * Finding and reading a note's YAML frontmatter, the way Obsidian does: a block that starts with a
 * `---` line on the very first line (after an optional BOM) and ends at the next `---` line.
 * Reading uses js-yaml (fast, strict about duplicate keys); writing is `tagging/frontmatter-edit.ts`.
 */
import { load, CORE_SCHEMA } from 'js-yaml';

/** Where the frontmatter sits in a note's text. */
export interface FrontmatterBlock {
	/** The YAML between the fences (line endings as in the file). */
	readonly yaml: string;
	/** Offset of the first character after the BOM. */
	readonly start: number;
	/** Offset where the YAML text starts (after the opening fence's line break). */
	readonly yamlStart: number;
	/** Offset just after the closing fence line, including its line break. */
	readonly end: number;
	/** 0-based line number where the body starts. */
	readonly bodyStartLine: number;
}

/** The outcome of splitting a note: no frontmatter, a block, or a block that never closes. */
export type SplitResult =
	| { readonly kind: 'none' }
	| { readonly kind: 'block'; readonly block: FrontmatterBlock }
	| { readonly kind: 'unclosed' };

const BOM = '\uFEFF';

/** Splits a note's text into frontmatter and body without parsing the YAML. */
export function splitFrontmatter(text: string): SplitResult {
	const start = text.startsWith(BOM) ? 1 : 0;
	if (!text.startsWith('---', start)) return { kind: 'none' };
	const firstBreak = text.indexOf('\n', start);
	if (firstBreak < 0) return { kind: 'none' };
	// The opening line must be exactly `---` (trailing spaces and a CR allowed).
	if (text.slice(start + 3, firstBreak).replace(/\r$/, '').trim() !== '') return { kind: 'none' };
	let lineStart = firstBreak + 1;
	let line = 1;
	while (lineStart <= text.length) {
		const nl = text.indexOf('\n', lineStart);
		const lineEnd = nl < 0 ? text.length : nl;
		const content = text.slice(lineStart, lineEnd).replace(/\r$/, '');
		if (content.trimEnd() === '---') {
			return {
				kind: 'block',
				block: {
					yaml: text.slice(firstBreak + 1, lineStart),
					start,
					yamlStart: firstBreak + 1,
					end: nl < 0 ? text.length : nl + 1,
					bodyStartLine: line + 1,
				},
			};
		}
		if (nl < 0) break;
		lineStart = nl + 1;
		line++;
	}
	return { kind: 'unclosed' };
}

/** Parsed frontmatter, or why it could not be read. */
export type FrontmatterParse =
	| { readonly ok: true; readonly data: Readonly<Record<string, unknown>> }
	| { readonly ok: false; readonly reason: string };

/**
 * The most values a frontmatter's aliases (`*name`) may stand for once expanded. js-yaml shares an
 * anchored value between its aliases, so reading is quick, but every later walk (the tag writer's
 * check, `JSON.stringify`, the index cache) sees each alias as a full copy: nine aliases of nine
 * aliases of ... (a "billion laughs") are billions of values. Real properties are a few dozen.
 */
export const MAX_EXPANDED_VALUES = 10_000;

/**
 * True when `data`, with every alias expanded, holds more than `limit` values. Stops counting at the
 * limit, so a bomb is refused in microseconds. Only YAML with an alias indicator can expand, so
 * callers test `yaml.includes('*')` first.
 */
export function expandsBeyond(data: unknown, limit = MAX_EXPANDED_VALUES): boolean {
	let count = 0;
	const stack: unknown[] = [data];
	while (stack.length > 0) {
		const value = stack.pop();
		if (++count > limit) return true;
		if (Array.isArray(value)) for (const item of value as unknown[]) stack.push(item);
		else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stack.push(item);
	}
	return false;
}

/**
 * Parses frontmatter YAML into a map. Empty YAML is an empty map; a list or a scalar at the top, a
 * duplicate key or a syntax error is a readable reason. Dates stay strings (core schema), as in
 * Obsidian's Properties. Aliases that expand beyond `MAX_EXPANDED_VALUES` are refused (see there).
 */
export function parseFrontmatterYaml(yaml: string): FrontmatterParse {
	if (yaml.trim() === '') return { ok: true, data: {} };
	let data: unknown;
	try {
		data = load(yaml, { schema: CORE_SCHEMA });
	} catch (error) {
		const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
		return { ok: false, reason: `malformed YAML: ${message}` };
	}
	if (data === null || data === undefined) return { ok: true, data: {} };
	if (typeof data !== 'object' || Array.isArray(data)) {
		return { ok: false, reason: 'the frontmatter is not a map of properties' };
	}
	if (yaml.includes('*') && expandsBeyond(data)) {
		return { ok: false, reason: `the frontmatter's aliases (*) stand for more than ${MAX_EXPANDED_VALUES} values` };
	}
	return { ok: true, data: data as Record<string, unknown> };
}

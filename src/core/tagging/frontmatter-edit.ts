/**
 * Writes gaze tags into a note's frontmatter without touching anything else.
 *
 * Obsidian's `processFrontMatter` parses the YAML and serialises it again, which drops comments and
 * rewrites quoting and list styles. Here every change is a splice of the original text: a line
 * scanner locates the `tags` value (see `editContent`), so every other byte (key order, comments,
 * quoting, flow or block lists, CRLF, a BOM, a missing final newline, the body) stays as it was.
 * Whenever the frontmatter is malformed or ambiguous the edit is refused with a reason, and the note
 * is left alone. As a last guard, every result is parsed again with js-yaml (as the note reader
 * parses it) and compared with the original: other keys must hold the same values and the tags
 * exactly what was asked. See docs/DESIGN.md, "Writing tags safely".
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { GAZES, gazeTag, readGazeTag } from '../domain';
import type { GazeId, Lang } from '../domain';
import { MAX_EXPANDED_VALUES, expandsBeyond } from '../frontmatter';
import { translate } from '../i18n';
import { hasCrOnlyLineEndings, holdsReplacementCharacter } from '../text';

/** Why an edit was refused; each code has a message `tagging.refused.<code>` in both languages. */
export type RefusalCode =
	| 'unclosed'
	| 'not-first-line'
	| 'malformed'
	| 'duplicate-keys'
	| 'not-a-map'
	| 'tab-indent'
	| 'alias'
	| 'alias-expansion'
	| 'merge-key'
	| 'tags-map'
	| 'tags-text'
	| 'tags-item'
	| 'several-tag-keys'
	| 'inline-tag'
	| 'not-utf8'
	| 'cr-line-endings'
	| 'unsafe';

/** What to change: gazes to add and to remove, and the vocabulary new tags are written in. */
export interface GazeTagEdit {
	/** Gazes that must be tagged afterwards. */
	readonly add: readonly GazeId[];
	/** Gazes that must not be tagged afterwards (both vocabularies, any casing). */
	readonly remove: readonly GazeId[];
	/** The vocabulary new tags are written in (`blik/…` or `gaze/…`). */
	readonly lang: Lang;
	/** The language of the refusal message; defaults to `lang`. */
	readonly uiLang?: Lang;
}

/** The outcome of `setGazeTags`: the new text, nothing to do, or a refusal with its reason. */
export type GazeTagEditResult =
	| { readonly kind: 'changed'; readonly text: string }
	| { readonly kind: 'unchanged' }
	| {
			readonly kind: 'refused';
			readonly reason: RefusalCode;
			/** The reason as a sentence in `uiLang`. */
			readonly message: string;
			/** The values filled into the message, so an adapter can translate it again. */
			readonly vars: Readonly<Record<string, string>>;
	  };

/** A note's frontmatter block, located in the text. Offsets are into the whole text. */
interface FrontmatterBlock {
	readonly kind: 'block';
	/** Where the YAML between the `---` lines starts and ends. */
	readonly contentStart: number;
	readonly contentEnd: number;
	/** The whole block, from the opening `---` to after the closing line's line ending. */
	readonly blockStart: number;
	readonly blockEnd: number;
	readonly eol: string;
}

/** A note without frontmatter: a new block goes at `insertAt` (after a BOM). */
interface NoFrontmatter {
	readonly kind: 'none';
	readonly insertAt: number;
	readonly eol: string;
}

type Refusal = { readonly kind: 'refusal'; readonly reason: RefusalCode; readonly vars?: Readonly<Record<string, string>> };

function refusal(reason: RefusalCode, vars?: Readonly<Record<string, string>>): Refusal {
	return vars ? { kind: 'refusal', reason, vars } : { kind: 'refusal', reason };
}

const LINE = /\r?\n/;

/** Locates the frontmatter: `---` on the very first line (after a BOM), closed by the next `---` line. */
export function locateFrontmatter(text: string): FrontmatterBlock | NoFrontmatter | Refusal {
	const start = text.startsWith('\uFEFF') ? 1 : 0;
	const firstBreak = text.slice(start).search(LINE);
	const firstLine = firstBreak < 0 ? text.slice(start) : text.slice(start, start + firstBreak);
	const eol = detectEol(text);
	// Like Obsidian (and `core/frontmatter.ts`), fences may carry trailing spaces.
	if (firstLine.trimEnd() !== '---') {
		if (firstLine.trim() === '---') return refusal('not-first-line');
		// Blank lines and then `---`: the user meant frontmatter, but Obsidian does not read it.
		const lead = /^(?:[ \t]*\r?\n)+---[ \t]*(?:\r?\n|$)/.exec(text.slice(start));
		if (lead) return refusal('not-first-line');
		return { kind: 'none', insertAt: start, eol };
	}
	if (firstBreak < 0) return refusal('unclosed');
	const openEol = text.slice(start + firstBreak).startsWith('\r\n') ? '\r\n' : '\n';
	const contentStart = start + firstBreak + openEol.length;
	let pos = contentStart;
	while (pos <= text.length) {
		const rel = text.slice(pos).search(LINE);
		const lineEnd = rel < 0 ? text.length : pos + rel;
		const line = text.slice(pos, lineEnd);
		if (line.trimEnd() === '---') {
			const after = rel < 0 ? lineEnd : lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
			return { kind: 'block', contentStart, contentEnd: pos, blockStart: start, blockEnd: after, eol: openEol };
		}
		if (rel < 0) break;
		pos = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
	}
	return refusal('unclosed');
}

function detectEol(text: string): string {
	const i = text.indexOf('\n');
	return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * Inline `#tags` in a body, outside fenced code blocks and inline code, without `#`.
 * Obsidian's tag characters: letters, digits, `_`, `-`, `/`.
 */
export function inlineTags(body: string): string[] {
	const tags: string[] = [];
	let fence: string | null = null;
	for (const line of body.split(LINE)) {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (marker?.[1]) {
			const m = marker[1];
			if (fence === null) fence = m;
			else if (m[0] === fence[0] && m.length >= fence.length) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const withoutCode = line.replace(/`[^`]*`/g, ' ');
		for (const match of withoutCode.matchAll(/(?:^|[\s(,;])#([\p{L}\p{N}_/-]+)/gu)) {
			if (match[1] && /[^\p{N}]/u.test(match[1])) tags.push(match[1]);
		}
	}
	return tags;
}

/** One splice of the frontmatter text: replace [start, end) by `text`. */
interface Splice {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

function applySplices(source: string, splices: readonly Splice[]): string {
	let out = source;
	for (const s of [...splices].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
	return out;
}

/** A line of the frontmatter YAML: [start, end) without the line ending; `next` is where the next line starts. */
interface Line {
	readonly start: number;
	readonly end: number;
	readonly next: number;
	readonly text: string;
}

function linesOf(src: string): Line[] {
	const lines: Line[] = [];
	let pos = 0;
	while (pos < src.length) {
		const nl = src.indexOf('\n', pos);
		const next = nl < 0 ? src.length : nl + 1;
		const end = nl < 0 ? src.length : nl > pos && src[nl - 1] === '\r' ? nl - 1 : nl;
		lines.push({ start: pos, end, next, text: src.slice(pos, end) });
		pos = next;
	}
	return lines;
}

const isBlankOrComment = (text: string): boolean => /^\s*(?:#.*)?$/.test(text);

/**
 * Where a value ends on its line: before a ` #comment` outside quotes and brackets. Returns the
 * value's [start, end) within `text` (trimmed).
 */
function valueSpan(text: string, from: number): { start: number; end: number } {
	let quote: string | null = null;
	let cut = text.length;
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (quote) {
			if (c === quote) {
				if (quote === "'" && text[i + 1] === "'") i++;
				else quote = null;
			} else if (c === '\\' && quote === '"') i++;
			continue;
		}
		if ((c === '"' || c === "'") && (i === from || /[\s[,]/.test(text[i - 1] ?? ''))) quote = c;
		else if (c === '#' && (i === from || /\s/.test(text[i - 1] ?? ''))) {
			cut = i;
			break;
		}
	}
	let start = from;
	while (start < cut && /\s/.test(text[start] ?? '')) start++;
	let end = cut;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	return { start, end };
}

/** The text a scalar stands for: quotes removed and unescaped; plain text as written. */
function scalarValue(source: string): string {
	if (source.startsWith("'") && source.endsWith("'") && source.length >= 2) return source.slice(1, -1).replace(/''/g, "'");
	if (source.startsWith('"') && source.endsWith('"') && source.length >= 2) {
		try {
			return JSON.parse(source) as string;
		} catch {
			return source.slice(1, -1);
		}
	}
	return source;
}

/** A top-level key line: the key as meant, and where the value part of the line starts. */
function readKeyLine(text: string): { key: string; valueFrom: number } | Refusal {
	const first = text[0] ?? '';
	if (first === '{' || first === '[') return refusal('not-a-map');
	if (first === '*') return refusal('alias');
	if ('&!?%@`|>'.includes(first)) return refusal('unsafe');
	const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/.exec(text);
	if (quoted?.[1]) return { key: scalarValue(quoted[1]), valueFrom: quoted[0].length };
	const plain = /^([^#'"][^]*?)[ \t]*:(?=[ \t]|$)/.exec(text);
	if (plain?.[1]) return { key: plain[1], valueFrom: plain[0].length };
	return refusal('unsafe');
}

/** The tags entries as they are written: each item's source text, where it is, and its gaze. */
interface Entry {
	readonly source: string;
	readonly start: number;
	readonly end: number;
	readonly gaze: GazeId | null;
}

function entryAt(content: string, start: number, end: number): Entry {
	const source = content.slice(start, end);
	return { source, start, end, gaze: readGazeTag(scalarValue(source)) };
}

/** Refuses an entry that is not one tag: a nested list or map, an alias, an anchor, a YAML tag. */
function checkEntry(source: string): Refusal | null {
	const first = source[0] ?? '';
	if (first === '*' || first === '&') return refusal('alias');
	if (source === '' || '-[{!|>?'.includes(first) || /^[^'"].*:(?:\s|$)/.test(source)) return refusal('tags-item');
	return null;
}

interface Plan {
	readonly add: readonly GazeId[];
	readonly remove: ReadonlySet<GazeId>;
	readonly lang: Lang;
}

/** The new tags entries: kept ones (as written) and the tags to append. */
function planEntries(entries: readonly Entry[], inline: ReadonlySet<GazeId>, plan: Plan): { kept: Entry[]; added: string[] } {
	const kept = entries.filter((e) => e.gaze === null || !plan.remove.has(e.gaze));
	const present = new Set<GazeId>([...kept.flatMap((e) => (e.gaze ? [e.gaze] : [])), ...inline]);
	const added = plan.add.filter((g) => !present.has(g)).map((g) => gazeTag(g, plan.lang));
	return { kept, added };
}

/** Reads the YAML as the note reader does (js-yaml, core schema); a refusal when it cannot. */
function loadYaml(content: string): { data: Record<string, unknown> } | Refusal {
	let data: unknown;
	try {
		data = load(content, { schema: CORE_SCHEMA });
	} catch (error) {
		const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
		if (/duplicated mapping key/i.test(message)) return refusal('duplicate-keys');
		// js-yaml's own words; not any message with "tab" in it ("a non-tabulated empty line" is not about tabs).
		if (/tab characters must not be used/i.test(message)) return refusal('tab-indent');
		return refusal('malformed', { detail: message });
	}
	if (data === null || data === undefined) return { data: {} };
	if (typeof data !== 'object' || Array.isArray(data)) return refusal('not-a-map');
	// Before anything walks the values (the final check's JSON.stringify would expand a "billion laughs").
	if (content.includes('*') && expandsBeyond(data)) return refusal('alias-expansion', { limit: String(MAX_EXPANDED_VALUES) });
	return { data: data as Record<string, unknown> };
}

/**
 * Computes the splices of the frontmatter YAML `content`; an empty list when nothing changes.
 *
 * The YAML is first read by js-yaml (as the note reader does) to refuse anything malformed. Then a
 * line scanner finds the top-level keys (lines at column 0) and reads the `tags` value in the few
 * shapes Obsidian and people write: a block list, a flow list, one word, or nothing. Anything else is
 * refused. The final check in `setGazeTags` parses the result again, so a scanner mistake can only
 * ever lead to a refusal, never to a damaged note.
 */
function editContent(content: string, eol: string, inline: ReadonlySet<GazeId>, plan: Plan): Splice[] | Refusal {
	if (/^[ ]*\t/m.test(content)) return refusal('tab-indent');
	const loaded = loadYaml(content);
	if ('kind' in loaded) return loaded;
	const lines = linesOf(content);
	const keyLines: { index: number; key: string; valueFrom: number }[] = [];
	for (const [index, line] of lines.entries()) {
		// Not keys: blank lines, comments, list items and indented lines, a flow list's closing bracket.
		if (line.text === '' || /^[\s#\-\]},]/.test(line.text)) continue;
		const read = readKeyLine(line.text);
		if ('kind' in read) return read;
		if (read.key === '<<') return refusal('merge-key');
		keyLines.push({ index, ...read });
	}
	if (keyLines.length === 0 && lines.some((l) => !isBlankOrComment(l.text))) return refusal('not-a-map');
	const tagKeys = keyLines.filter((k) => /^tags?$/i.test(k.key));
	if (tagKeys.length > 1) return refusal('several-tag-keys');
	const tagKey = tagKeys[0];

	if (!tagKey) {
		const { added } = planEntries([], inline, plan);
		if (added.length === 0) return [];
		// An empty block (`---` twice) is hers: filled in the flow style, it never looks like a block
		// this writer created, so untagging keeps it (see `ownBlock`).
		if (content === '') return [{ start: 0, end: 0, text: `tags: [${added.join(', ')}]${eol}` }];
		const block = `tags:${eol}${added.map((t) => `  - ${t}${eol}`).join('')}`;
		const prefix = content.length > 0 && !content.endsWith('\n') ? eol : '';
		return [{ start: content.length, end: content.length, text: prefix + block }];
	}

	const nextKey = keyLines[keyLines.indexOf(tagKey) + 1];
	const keyLine = lines[tagKey.index];
	if (!keyLine) return refusal('unsafe');
	const rest = lines.slice(tagKey.index + 1, nextKey ? nextKey.index : lines.length);
	const restValues = rest.filter((l) => !isBlankOrComment(l.text));
	const span = valueSpan(keyLine.text, tagKey.valueFrom);
	const valueText = keyLine.text.slice(span.start, span.end);
	const valueStart = keyLine.start + span.start;
	const valueEnd = keyLine.start + span.end;
	const deletePair = (lastLine: Line): Splice => ({ start: keyLine.start, end: lastLine.next, text: '' });
	const first = valueText[0] ?? '';

	if (first === '*' || first === '&') return refusal('alias');
	if (first === '{') return refusal('tags-map');
	if (first === '!' || first === '|' || first === '>') return refusal('tags-text', { value: valueText });

	// `tags:` with nothing (maybe a comment), then a block list, a map, or nothing at all.
	if (valueText === '' || /^(?:~|null|Null|NULL)$/.test(valueText)) {
		const items = restValues.map((l) => ({ line: l, m: /^( *)-(?:( +)(.*))?$/.exec(l.text) }));
		if (valueText === '' && items.length > 0) {
			if (items.some((i) => !i.m)) return /^\s+[^\s#-][^]*:(?:\s|$)/.test(restValues[0]?.text ?? '') ? refusal('tags-map') : refusal('unsafe');
			const indent = items[0]?.m?.[1] ?? '';
			const entries: Entry[] = [];
			for (const { line, m } of items) {
				if (!m || m[1] !== indent) return refusal('unsafe');
				if (m[2] === undefined) return refusal('tags-item');
				const from = indent.length + 1 + m[2].length;
				const item = valueSpan(line.text, from);
				if (item.start !== from) return refusal('unsafe');
				const bad = checkEntry(line.text.slice(item.start, item.end));
				if (bad) return bad;
				entries.push(entryAt(content, line.start + item.start, line.start + item.end));
			}
			return editBlockList(content, eol, entries, items.map((i) => i.line), inline, plan, deletePair);
		}
		if (restValues.length > 0) return refusal('unsafe');
		const { added } = planEntries([], inline, plan);
		if (added.length === 0) return [];
		const splices: Splice[] = [];
		if (valueText !== '') {
			let from = valueStart;
			while (from > keyLine.start + tagKey.valueFrom && content[from - 1] === ' ') from--;
			splices.push({ start: from, end: valueEnd, text: '' });
		}
		const at = keyLine.next;
		const needsEol = at === content.length && !content.endsWith('\n') ? eol : '';
		splices.push({ start: at, end: at, text: needsEol + added.map((t) => `  - ${t}${eol}`).join('') });
		return splices;
	}

	if (first === '[') return editFlowList(content, keyLine, rest, valueStart, inline, plan, deletePair);

	// `tags: journal`: one word becomes a flow list, `[journal, blik/borger]`.
	if (restValues.length > 0) return refusal('tags-text', { value: valueText });
	const words = scalarValue(valueText).split(/[\s,]+/).filter((w) => w.length > 0);
	if (words.length > 1) return refusal('tags-text', { value: scalarValue(valueText) });
	const entries = words.length === 1 ? [entryAt(content, valueStart, valueEnd)] : [];
	const { kept, added } = planEntries(entries, inline, plan);
	if (kept.length === entries.length && added.length === 0) return [];
	if (kept.length === 0 && added.length === 0) return [deletePair(keyLine)];
	return [{ start: valueStart, end: valueEnd, text: `[${[...kept.map((k) => k.source), ...added].join(', ')}]` }];
}

/** A block list: remove whole item lines, append new items after the last one, same indentation. */
function editBlockList(
	content: string,
	eol: string,
	entries: readonly Entry[],
	itemLines: readonly Line[],
	inline: ReadonlySet<GazeId>,
	plan: Plan,
	deletePair: (last: Line) => Splice,
): Splice[] | Refusal {
	const { kept, added } = planEntries(entries, inline, plan);
	if (kept.length === entries.length && added.length === 0) return [];
	const lastLine = itemLines[itemLines.length - 1];
	const firstEntry = entries[0];
	const firstLine = itemLines[0];
	if (!lastLine || !firstEntry || !firstLine) return refusal('unsafe');
	if (kept.length === 0 && added.length === 0) return [deletePair(lastLine)];
	const itemPrefix = content.slice(firstLine.start, firstEntry.start);
	const splices: Splice[] = [];
	entries.forEach((entry, i) => {
		const line = itemLines[i];
		if (!kept.includes(entry) && line) splices.push({ start: line.start, end: line.next, text: '' });
	});
	if (added.length > 0) {
		const at = lastLine.next;
		const needsEol = at === content.length && !content.endsWith('\n') ? eol : '';
		splices.push({ start: at, end: at, text: needsEol + added.map((t) => `${itemPrefix}${t}${eol}`).join('') });
	}
	return splices;
}

/** A flow list `[a, b]`: rebuilt in its own separator style on one line; appended to over several lines. */
function editFlowList(
	content: string,
	keyLine: Line,
	rest: readonly Line[],
	open: number,
	inline: ReadonlySet<GazeId>,
	plan: Plan,
	deletePair: (last: Line) => Splice,
): Splice[] | Refusal {
	// Find the closing bracket, outside quotes, and split the items on commas.
	const region = [keyLine, ...rest];
	const regionEnd = region[region.length - 1]?.next ?? keyLine.next;
	let quote: string | null = null;
	let close = -1;
	const items: { start: number; end: number }[] = [];
	let itemStart = open + 1;
	for (let i = open + 1; i < regionEnd; i++) {
		const c = content[i];
		if (quote) {
			if (c === quote) {
				if (quote === "'" && content[i + 1] === "'") i++;
				else quote = null;
			} else if (c === '\\' && quote === '"') i++;
			continue;
		}
		if (c === '"' || c === "'") quote = c;
		else if (c === '#' && /\s/.test(content[i - 1] ?? '')) return refusal('unsafe');
		else if (c === '[' || c === '{') return refusal('tags-item');
		else if (c === ',' || c === ']') {
			items.push({ start: itemStart, end: i });
			itemStart = i + 1;
			if (c === ']') {
				close = i;
				break;
			}
		}
	}
	if (close < 0) return refusal('unsafe');
	const closeLine = region.find((l) => close >= l.start && close < l.next);
	if (!closeLine) return refusal('unsafe');
	const after = valueSpan(content.slice(closeLine.start, closeLine.end), close + 1 - closeLine.start);
	if (after.end > after.start) return refusal('unsafe');
	if (region.slice(region.indexOf(closeLine) + 1).some((l) => !isBlankOrComment(l.text))) return refusal('unsafe');

	const entries: Entry[] = [];
	for (const item of items) {
		let s = item.start;
		let e = item.end;
		while (s < e && /\s/.test(content[s] ?? '')) s++;
		while (e > s && /\s/.test(content[e - 1] ?? '')) e--;
		if (s === e) continue; // `[]` or a trailing comma
		const bad = checkEntry(content.slice(s, e));
		if (bad) return bad;
		entries.push(entryAt(content, s, e));
	}
	const { kept, added } = planEntries(entries, inline, plan);
	if (kept.length === entries.length && added.length === 0) return [];
	if (kept.length === 0 && added.length === 0) return [deletePair(closeLine)];
	const inner = content.slice(open + 1, close);
	const last = entries[entries.length - 1];
	if (inner.includes('\n')) {
		// Over several lines: only appending is safe.
		if (kept.length < entries.length) return refusal('unsafe');
		if (!last) return [{ start: open + 1, end: open + 1, text: added.join(', ') }];
		return [{ start: last.end, end: last.end, text: added.map((t) => `, ${t}`).join('') }];
	}
	const firstEntry = entries[0];
	const second = entries[1];
	const lead = firstEntry ? content.slice(open + 1, firstEntry.start) : '';
	const trail = last ? content.slice(last.end, close) : '';
	const sep = firstEntry && second ? content.slice(firstEntry.end, second.start) : ', ';
	return [{ start: open + 1, end: close, text: lead + [...kept.map((k) => k.source), ...added].join(sep) + trail }];
}

/** The frontmatter's values (without the tags key) and the gazes in its tags, for the final check. */
function snapshot(text: string): { others: string; gazes: GazeId[] } | null {
	const fm = locateFrontmatter(text);
	if (fm.kind === 'refusal') return null;
	if (fm.kind === 'none') return { others: '{}', gazes: [] };
	const loaded = loadYaml(text.slice(fm.contentStart, fm.contentEnd));
	if ('kind' in loaded) return null;
	const others: Record<string, unknown> = {};
	let tagValue: unknown = null;
	for (const [k, v] of Object.entries(loaded.data)) {
		if (/^tags?$/i.test(k)) tagValue = v;
		else others[k] = v;
	}
	const raw = Array.isArray(tagValue) ? tagValue : typeof tagValue === 'string' ? [tagValue] : [];
	const gazes = GAZES.filter((g) => raw.some((t) => typeof t === 'string' && readGazeTag(t) === g));
	return { others: JSON.stringify(others), gazes };
}

/**
 * True when a frontmatter block has exactly the shape `setGazeTags` writes into a note without one:
 * `---`, `tags:`, `  - tag` lines, `---`. Any other block (an empty one, a flow list, comments,
 * trailing spaces) was not created here, and untagging keeps its `---` lines.
 */
function ownBlock(block: string, eol: string): boolean {
	const lines = block.split(eol);
	if (lines[lines.length - 1] === '') lines.pop();
	if (lines.length < 4 || lines[0] !== '---' || lines[1] !== 'tags:' || lines[lines.length - 1] !== '---') return false;
	return lines.slice(2, -1).every((line) => /^ {2}- [^\s]+$/.test(line));
}

function refused(r: Refusal, uiLang: Lang): GazeTagEditResult {
	const vars = r.vars ?? {};
	return { kind: 'refused', reason: r.reason, message: translate(uiLang, `tagging.refused.${r.reason}`, vars), vars };
}

/**
 * Adds and removes gaze tags in a note's `tags` property, changing nothing else.
 *
 * - Existing tags (other roots, other casing, the other vocabulary) are kept; a gaze already tagged
 *   in either vocabulary, or by an inline `#tag` in the body, is not added again.
 * - Removing a gaze removes its tags in both vocabularies and any casing. A gaze that is (also) given
 *   by an inline `#tag` in the body is refused: the body is the user's prose and is never edited.
 * - When the list becomes empty, the `tags` key goes; when the frontmatter becomes empty, the block
 *   goes. So untagging a note that had no `tags` gives back its original bytes.
 * - Idempotent: applying the same edit twice equals applying it once.
 */
export function setGazeTags(text: string, edit: GazeTagEdit): GazeTagEditResult {
	const uiLang = edit.uiLang ?? edit.lang;
	for (const g of edit.add) {
		if (edit.remove.includes(g)) throw new Error(`setGazeTags: gaze "${g}" is both added and removed`);
	}
	const plan: Plan = { add: GAZES.filter((g) => edit.add.includes(g)), remove: new Set(edit.remove), lang: edit.lang };
	const fm = locateFrontmatter(text);
	if (fm.kind === 'refusal') return refused(fm, uiLang);

	const bodyStart = fm.kind === 'block' ? fm.blockEnd : fm.insertAt;
	const inlineList = inlineTags(text.slice(bodyStart));
	const inline = new Set(inlineList.flatMap((t) => {
		const g = readGazeTag(t);
		return g ? [g] : [];
	}));
	for (const g of plan.remove) {
		if (inline.has(g)) {
			const tag = inlineList.find((t) => readGazeTag(t) === g) ?? gazeTag(g, edit.lang);
			return refused(refusal('inline-tag', { tag: `#${tag}` }), uiLang);
		}
	}

	let next: string;
	if (fm.kind === 'none') {
		const { added } = planEntries([], inline, plan);
		if (added.length === 0) return { kind: 'unchanged' };
		// One long line to Obsidian (and no block found): a block written in front would be a second frontmatter.
		if (hasCrOnlyLineEndings(text)) return refused(refusal('cr-line-endings'), uiLang);
		const eol = fm.eol;
		next = `${text.slice(0, fm.insertAt)}---${eol}tags:${eol}${added.map((t) => `  - ${t}${eol}`).join('')}---${eol}${text.slice(fm.insertAt)}`;
	} else {
		const content = text.slice(fm.contentStart, fm.contentEnd);
		const splices = editContent(content, fm.eol, inline, plan);
		if ('kind' in splices) return refused(splices, uiLang);
		if (splices.length === 0) return { kind: 'unchanged' };
		const newContent = applySplices(content, splices);
		const withoutBlock = text.slice(0, fm.blockStart) + text.slice(fm.blockEnd);
		if (newContent === '' && content !== '' && ownBlock(text.slice(fm.blockStart, fm.blockEnd), fm.eol) && locateFrontmatter(withoutBlock).kind === 'none') {
			// The tags were all there was, in the block this writer creates: drop it, so the note is
			// as before it was tagged. Never when the body would then begin a block of its own.
			next = withoutBlock;
		} else {
			next = text.slice(0, fm.contentStart) + newContent + text.slice(fm.contentEnd);
		}
	}

	// The last guard: same other values, and exactly the gazes asked for.
	const before = snapshot(text);
	const after = snapshot(next);
	if (!before || !after || before.others !== after.others) return refused(refusal('unsafe'), uiLang);
	const expected = GAZES.filter((g) => (before.gazes.includes(g) || plan.add.includes(g)) && !plan.remove.has(g) && !(inline.has(g) && !before.gazes.includes(g)));
	if (expected.join() !== after.gazes.join()) return refused(refusal('unsafe'), uiLang);
	if (next === text) return { kind: 'unchanged' };
	// Bytes that were not UTF-8 were read as U+FFFD; writing the text back would lose her letters.
	if (holdsReplacementCharacter(text)) return refused(refusal('not-utf8'), uiLang);
	return { kind: 'changed', text: next };
}

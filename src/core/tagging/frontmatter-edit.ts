/**
 * Writes gaze tags into a note's frontmatter without touching anything else.
 *
 * Obsidian's `processFrontMatter` parses the YAML and serialises it again, which drops comments and
 * rewrites quoting and list styles. Here the YAML is parsed with `yaml` (eemeli) only to *locate* the
 * `tags` value: every change is a splice of the original text at node ranges, so every other byte
 * (key order, comments, quoting, flow or block lists, CRLF, a BOM, a missing final newline, the body)
 * stays as it was. Whenever the frontmatter is malformed or ambiguous the edit is refused with a
 * reason, and the note is left alone. As a last guard, every result is parsed again and compared
 * with the original: other keys must hold the same values and the tags exactly what was asked.
 * See docs/DESIGN.md, "Writing tags safely".
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair, Scalar, YAMLMap } from 'yaml';
import { GAZES, gazeTag, readGazeTag } from '../domain';
import type { GazeId, Lang } from '../domain';
import { translate } from '../i18n';

/** Why an edit was refused; each code has a message `tagging.refused.<code>` in both languages. */
export type RefusalCode =
	| 'unclosed'
	| 'not-first-line'
	| 'malformed'
	| 'duplicate-keys'
	| 'not-a-map'
	| 'tab-indent'
	| 'alias'
	| 'merge-key'
	| 'tags-map'
	| 'tags-text'
	| 'tags-item'
	| 'several-tag-keys'
	| 'inline-tag'
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

function lineStart(src: string, offset: number): number {
	return src.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line ending of the line holding `offset` (or the end of the text). */
function nextLineStart(src: string, offset: number): number {
	const i = src.indexOf('\n', offset);
	return i < 0 ? src.length : i + 1;
}

function rangeOf(node: YamlNode): [number, number, number] {
	const r = node.range;
	if (!r) throw new Error('setGazeTags: a YAML node has no source range');
	return r;
}

/** The tags entries as they are written: each item's source text and the gaze it names, if any. */
interface Entry {
	readonly source: string;
	readonly gaze: GazeId | null;
	readonly node: Scalar;
}

function entryOf(content: string, node: Scalar): Entry {
	const [s, e] = rangeOf(node);
	return { source: content.slice(s, e), gaze: typeof node.value === 'string' ? readGazeTag(node.value) : null, node };
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

/** Computes the splices of the frontmatter YAML `content`; null when nothing changes. */
function editContent(content: string, eol: string, inline: ReadonlySet<GazeId>, plan: Plan): Splice[] | Refusal {
	if (/^\t/m.test(content)) return refusal('tab-indent');
	const doc = parseDocument(content, { uniqueKeys: true, prettyErrors: false }) as Document.Parsed;
	const error = doc.errors[0];
	if (error) {
		if (error.code === 'DUPLICATE_KEY') return refusal('duplicate-keys');
		if (error.code === 'TAB_AS_INDENT') return refusal('tab-indent');
		return refusal('malformed', { detail: error.message.split('\n')[0] ?? error.code });
	}
	const root = doc.contents;
	let map: YAMLMap | null = null;
	if (root !== null) {
		if (!isMap(root) || root.flow) return refusal('not-a-map');
		map = root;
	}
	const tagPairs: Pair[] = [];
	for (const pair of map?.items ?? []) {
		const key = pair.key as YamlNode | null;
		if (isAlias(key)) return refusal('alias');
		if (!isScalar(key)) return refusal('not-a-map');
		if (key.value === '<<') return refusal('merge-key');
		if (typeof key.value === 'string' && /^tags?$/i.test(key.value)) tagPairs.push(pair);
	}
	const firstKey = map?.items[0]?.key as YamlNode | undefined;
	if (firstKey) {
		const s = rangeOf(firstKey)[0];
		if (s !== lineStart(content, s)) return refusal('not-a-map');
	}
	if (tagPairs.length > 1) return refusal('several-tag-keys');
	const pair = tagPairs[0];

	if (!pair) {
		const { added } = planEntries([], inline, plan);
		if (added.length === 0) return [];
		const block = `tags:${eol}${added.map((t) => `  - ${t}${eol}`).join('')}`;
		const prefix = content.length > 0 && !content.endsWith('\n') ? eol : '';
		return [{ start: content.length, end: content.length, text: prefix + block }];
	}

	const key = pair.key as Scalar;
	const value = pair.value as YamlNode | null;
	const keyRange = rangeOf(key);
	const deletePair = (valueEnd: number): Splice => ({ start: lineStart(content, keyRange[0]), end: nextLineStart(content, valueEnd), text: '' });

	if (value !== null && isAlias(value)) return refusal('alias');
	if (value !== null && (value.anchor !== undefined || (value.tag !== undefined && !isScalar(value)))) return refusal('alias');
	if (value !== null && isMap(value)) return refusal('tags-map');

	// `tags:` with nothing, or `~` / `null`: fill it with a block list below the key.
	if (value === null || (isScalar(value) && value.value === null)) {
		const { added } = planEntries([], inline, plan);
		if (added.length === 0) return [];
		const splices: Splice[] = [];
		let lineOf = keyRange[1];
		if (value !== null) {
			const [s, e] = rangeOf(value);
			if (e > s) {
				let from = s;
				while (from > keyRange[1] && content[from - 1] === ' ') from--;
				splices.push({ start: from, end: e, text: '' });
			}
			lineOf = e;
		}
		const at = nextLineStart(content, lineOf);
		const needsEol = at === content.length && !content.endsWith('\n') ? eol : '';
		splices.push({ start: at, end: at, text: needsEol + added.map((t) => `  - ${t}${eol}`).join('') });
		return splices;
	}

	// `tags: journal`: one word becomes a flow list, `[journal, blik/borger]`.
	if (isScalar(value)) {
		if (value.tag !== undefined) return refusal('tags-text', { value: String(value.value) });
		if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') return refusal('tags-text', { value: String(value.value).trim() });
		const words = String(value.value).split(/[\s,]+/).filter((w) => w.length > 0);
		if (words.length > 1) return refusal('tags-text', { value: String(value.value) });
		const [s, e] = rangeOf(value);
		const entries = words.length === 1 ? [entryOf(content, value)] : [];
		const { kept, added } = planEntries(entries, inline, plan);
		if (kept.length === entries.length && added.length === 0) return [];
		if (kept.length === 0 && added.length === 0) return [deletePair(e)];
		return [{ start: s, end: e, text: `[${[...kept.map((k) => k.source), ...added].join(', ')}]` }];
	}

	if (!isSeq(value)) return refusal('tags-item');
	const seq = value;
	const entries: Entry[] = [];
	for (const item of seq.items as (YamlNode | null)[]) {
		if (item === null) return refusal('tags-item');
		if (isAlias(item)) return refusal('alias');
		if (!isScalar(item)) return refusal('tags-item');
		if (item.anchor !== undefined) return refusal('alias');
		entries.push(entryOf(content, item));
	}
	const { kept, added } = planEntries(entries, inline, plan);
	if (kept.length === entries.length && added.length === 0) return [];
	const [seqStart, seqEnd] = rangeOf(seq);
	if (kept.length === 0 && added.length === 0) {
		// A block list's range runs to the start of the next key: end at the last item instead.
		const lastItem = entries[entries.length - 1];
		return [deletePair(seq.flow || !lastItem ? seqEnd : rangeOf(lastItem.node)[1])];
	}

	if (seq.flow) {
		const open = content.indexOf('[', seqStart);
		const close = content.lastIndexOf(']', seqEnd);
		if (open < 0 || close < open) return refusal('unsafe');
		const inner = content.slice(open + 1, close);
		const removing = kept.length < entries.length;
		if (/[\n#]/.test(inner)) {
			// A flow list over several lines or with comments: only appending is safe.
			if (removing) return refusal('unsafe');
			const last = entries[entries.length - 1];
			if (!last) return [{ start: open + 1, end: open + 1, text: added.join(', ') }];
			return [{ start: rangeOf(last.node)[1], end: rangeOf(last.node)[1], text: added.map((t) => `, ${t}`).join('') }];
		}
		const first = entries[0];
		const last = entries[entries.length - 1];
		const lead = first ? content.slice(open + 1, rangeOf(first.node)[0]) : '';
		const trail = last ? content.slice(rangeOf(last.node)[1], close) : '';
		const second = entries[1];
		const sep = first && second ? content.slice(rangeOf(first.node)[1], rangeOf(second.node)[0]) : ', ';
		const items = [...kept.map((k) => k.source), ...added];
		return [{ start: open + 1, end: close, text: lead + items.join(sep) + trail }];
	}

	// A block list: remove whole item lines, append new items after the last one, same indentation.
	const splices: Splice[] = [];
	const firstEntry = entries[0];
	if (!firstEntry) return refusal('unsafe');
	const prefixOf = (node: Scalar): string | null => {
		const s = rangeOf(node)[0];
		const prefix = content.slice(lineStart(content, s), s);
		return /^ *- +$/.test(prefix) ? prefix : null;
	};
	const itemPrefix = prefixOf(firstEntry.node);
	if (itemPrefix === null) return refusal('unsafe');
	for (const entry of entries) {
		if (kept.includes(entry)) continue;
		const [s, e] = rangeOf(entry.node);
		if (prefixOf(entry.node) === null) return refusal('unsafe');
		splices.push({ start: lineStart(content, s), end: nextLineStart(content, e), text: '' });
	}
	if (added.length > 0) {
		const lastEntry = entries[entries.length - 1] ?? firstEntry;
		const at = nextLineStart(content, rangeOf(lastEntry.node)[1]);
		const needsEol = at === content.length && !content.endsWith('\n') ? eol : '';
		splices.push({ start: at, end: at, text: needsEol + added.map((t) => `${itemPrefix}${t}${eol}`).join('') });
	}
	return splices;
}

/** The frontmatter's values (without the tags key) and the gazes in its tags, for the final check. */
function snapshot(text: string): { others: string; gazes: GazeId[] } | null {
	const fm = locateFrontmatter(text);
	if (fm.kind === 'refusal') return null;
	if (fm.kind === 'none') return { others: '{}', gazes: [] };
	const doc = parseDocument(text.slice(fm.contentStart, fm.contentEnd), { uniqueKeys: true });
	if (doc.errors.length > 0) return null;
	const js: unknown = doc.toJS({ maxAliasCount: 1000 });
	const data = js === null || js === undefined ? {} : js;
	if (typeof data !== 'object' || Array.isArray(data)) return null;
	const others: Record<string, unknown> = {};
	let tagValue: unknown = null;
	for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
		if (/^tags?$/i.test(k)) tagValue = v;
		else others[k] = v;
	}
	const raw = Array.isArray(tagValue) ? tagValue : typeof tagValue === 'string' ? [tagValue] : [];
	const gazes = GAZES.filter((g) => raw.some((t) => typeof t === 'string' && readGazeTag(t) === g));
	return { others: JSON.stringify(others), gazes };
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
		const eol = fm.eol;
		next = `${text.slice(0, fm.insertAt)}---${eol}tags:${eol}${added.map((t) => `  - ${t}${eol}`).join('')}---${eol}${text.slice(fm.insertAt)}`;
	} else {
		const content = text.slice(fm.contentStart, fm.contentEnd);
		const splices = editContent(content, fm.eol, inline, plan);
		if ('kind' in splices) return refused(splices, uiLang);
		if (splices.length === 0) return { kind: 'unchanged' };
		const newContent = applySplices(content, splices);
		if (newContent === '' && content !== '') {
			// The tags were all there was: drop the block, so the note is as before it was tagged.
			next = text.slice(0, fm.blockStart) + text.slice(fm.blockEnd);
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
	return next === text ? { kind: 'unchanged' } : { kind: 'changed', text: next };
}

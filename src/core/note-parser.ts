/**
 * Parses one note's text into a `JournalNote`: one pass over the lines, no regex over the whole
 * file. Expected failures (an unclosed or malformed frontmatter block) are values, never throws.
 */
import {
	GAZES,
	TOOLBOX_CALLOUT,
	RATING_PREFIX,
	readGazeTag,
	readKind,
	readQuestionCategory,
	readTool,
	type GazeId,
} from './domain';
import { parseFrontmatterYaml, splitFrontmatter } from './frontmatter';
import type { DateSource, JournalNote, NoteHeading, NoteTask, ToolUse } from './journal-note';

/** A file as the index sees it: where it is, what it holds, and its times. */
export interface NoteFile {
	/** Vault-relative path with forward slashes. */
	readonly path: string;
	readonly content: string;
	/** Modification time, ms since the epoch. */
	readonly mtime: number;
	/** Creation time, ms since the epoch. */
	readonly ctime: number;
}

/** A parsed note, or the reason it could not be parsed. */
export type ParseResult = { readonly ok: true; readonly note: JournalNote } | { readonly ok: false; readonly reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DATE_IN_NAME = /(\d{4})-(\d{2})-(\d{2})/;
const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
const TASK = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\][ \t]+(.*)$/;
const DUE = /[ \t]*📅[ \t]*(\d{4}-\d{2}-\d{2})/u;
const CALLOUT = /^>[ \t]*\[!([^\]|]+)\|([^\]]+)\][-+]?/;
const INLINE_TAG = /(?:^|[\s(])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu;
const WIKILINK = /!?\[\[([^\]|#^]+)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]/g;
const MD_LINK = /\]\(([^)\s]+?\.md)(?:#[^)]*)?\)/g;

/** True when `y-m-d` is a real calendar date. */
export function isValidIsoDate(iso: string): boolean {
	const m = ISO_DATE.exec(iso);
	if (!m) return false;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	if (month < 1 || month > 12 || day < 1) return false;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= daysInMonth;
}

/** The local calendar day of a timestamp, `YYYY-MM-DD`. */
export function localIsoDate(ms: number): string {
	const d = new Date(ms);
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function basenameOf(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

/** Frontmatter `tags` (or `tag`) as a list of strings: a list, or one string split on commas/spaces. */
function frontmatterTags(data: Readonly<Record<string, unknown>>): string[] {
	const out: string[] = [];
	// Obsidian reads `tags` and `tag` whatever their casing (`Tags:` too).
	for (const key of Object.keys(data)) {
		const lower = key.toLowerCase();
		if (lower !== 'tags' && lower !== 'tag') continue;
		const value = data[key];
		if (Array.isArray(value)) {
			for (const item of value) if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
		} else if (typeof value === 'string') {
			out.push(...value.split(/[,\s]+/));
		}
	}
	return out.map((t) => t.trim().replace(/^#/, '')).filter((t) => t.length > 0);
}

function stringList(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter(Boolean);
	return [];
}

function noteDate(data: Readonly<Record<string, unknown>>, basename: string, ctime: number): { date: string | null; source: DateSource } {
	const raw = data.date;
	const value = typeof raw === 'string' ? raw.trim() : raw instanceof Date ? raw.toISOString() : null;
	if (value && isValidIsoDate(value)) return { date: value.slice(0, 10), source: 'property' };
	const m = DATE_IN_NAME.exec(basename);
	if (m && isValidIsoDate(m[0])) return { date: m[0], source: 'filename' };
	if (Number.isFinite(ctime) && ctime > 0) return { date: localIsoDate(ctime), source: 'created' };
	return { date: null, source: 'none' };
}

/** Every `rating-<name>` property holding a number from 1 to 5, by name (`leadership-effect`, `energy`, …). */
function ratings(data: Readonly<Record<string, unknown>>): Record<string, number> {
	const out: Record<string, number> = {};
	for (const key of Object.keys(data)) {
		if (!key.startsWith(RATING_PREFIX) || key.length === RATING_PREFIX.length) continue;
		const raw = data[key];
		const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
		if (Number.isFinite(n) && n >= 1 && n <= 5) out[key.slice(RATING_PREFIX.length)] = n;
	}
	return out;
}

/** Parses a note. Never throws for any input text. */
export function parseNote(file: NoteFile): ParseResult {
	const split = splitFrontmatter(file.content);
	let data: Readonly<Record<string, unknown>> = {};
	let bodyOffset = file.content.startsWith('\uFEFF') ? 1 : 0;
	let bodyStartLine = 0;
	if (split.kind === 'unclosed') return { ok: false, reason: 'the frontmatter block is never closed with a "---" line' };
	if (split.kind === 'block') {
		const parsed = parseFrontmatterYaml(split.block.yaml);
		if (!parsed.ok) return { ok: false, reason: parsed.reason };
		data = parsed.data;
		bodyOffset = split.block.end;
		bodyStartLine = split.block.bodyStartLine;
	}
	const rawBody = file.content.slice(bodyOffset);
	const body = rawBody.includes('\r') ? rawBody.replace(/\r\n?/g, '\n') : rawBody;
	const basename = basenameOf(file.path);

	const tags = frontmatterTags(data);
	const tools: ToolUse[] = [];
	for (const slug of stringList(data.tools)) {
		const tool = readTool(slug);
		if (tool) tools.push({ tool, line: null });
	}
	const questionSets: string[] = [];
	const headings: NoteHeading[] = [];
	const tasks: NoteTask[] = [];
	const links: string[] = [];

	const lines = body.split('\n');
	let fence: string | null = null;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const lineNo = bodyStartLine + i;
		const trimmed = line.trimStart();
		if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
			const marker = trimmed.slice(0, 3);
			if (fence === null) fence = marker;
			else if (fence === marker) fence = null;
			continue;
		}
		if (fence !== null) continue;
		const first = trimmed.charAt(0);
		if (first === '#') {
			const h = HEADING.exec(line);
			if (h?.[1] && h[2]) {
				headings.push({ level: h[1].length, text: h[2], line: lineNo });
				continue;
			}
		} else if (first === '>') {
			const c = CALLOUT.exec(trimmed);
			if (c?.[1] && c[2] && c[1].trim().toLowerCase() === TOOLBOX_CALLOUT) {
				const slug = c[2].trim();
				const tool = readTool(slug);
				if (tool) tools.push({ tool, line: lineNo });
				else {
					const category = readQuestionCategory(slug);
					if (category) questionSets.push(category);
				}
			}
		} else if (first === '-' || first === '*' || first === '+' || (first >= '0' && first <= '9')) {
			const t = TASK.exec(line);
			if (t?.[1] !== undefined && t[2] !== undefined) {
				const due = DUE.exec(t[2]);
				tasks.push({
					text: t[2].replace(DUE, '').trim(),
					done: t[1] !== ' ',
					due: due?.[1] && isValidIsoDate(due[1]) ? due[1] : null,
					line: lineNo,
				});
			}
		}
		if (line.includes('#')) {
			for (const m of line.matchAll(INLINE_TAG)) if (m[1] && !/^\d+$/.test(m[1])) tags.push(m[1]);
		}
		if (line.includes('[[')) {
			for (const m of line.matchAll(WIKILINK)) if (m[1]) links.push(m[1].trim());
		}
		if (line.includes('](')) {
			for (const m of line.matchAll(MD_LINK)) if (m[1]) links.push(decodeLink(m[1]));
		}
	}

	const gazeSet = new Set<GazeId>();
	for (const tag of tags) {
		const gaze = readGazeTag(tag);
		if (gaze) gazeSet.add(gaze);
	}
	const { date, source } = noteDate(data, basename, file.ctime);
	const kindValue = data.kind;
	return {
		ok: true,
		note: {
			path: file.path,
			basename,
			date,
			dateSource: source,
			gazes: GAZES.filter((g) => gazeSet.has(g)),
			tags,
			kind: typeof kindValue === 'string' ? readKind(kindValue) : null,
			tools,
			questionSets,
			ratings: ratings(data),
			headings,
			tasks,
			links,
			body,
			bodyStartLine,
			frontmatter: data,
			mtime: file.mtime,
			ctime: file.ctime,
		},
	};
}

function decodeLink(target: string): string {
	try {
		return decodeURI(target);
	} catch {
		return target;
	}
}

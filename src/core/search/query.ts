/**
 * The search box's small query language, read the same whatever the UI language:
 *
 *   natlig uro                 words (any may match, notes with more of them first; typos, compounds
 *                              and the start of the last word meet)
 *   "natlig uro"  "uro"        a phrase: these words in this order (inflections still meet); a quoted
 *                              word must match
 *   -vikar  -"vi har prøvet"   leave out notes with this word or phrase
 *   blik:selv   gaze:self      filters; `-blik:selv` leaves them out; `blik:borger,selv` is either
 *   værktøj:isbjerget  tool:iceberg   type:beboerkonference  kind:meeting  art:møde
 *   tag:demens   fra:2026-01-01  til:2026-03  from:2026  to:2026-06-30
 *
 * Nothing here throws: what cannot be understood becomes a hint (an i18n key and its values) and the
 * rest of the query still runs.
 */
import {
	GAZES,
	GAZE_TAG_VOCABULARY,
	KIND_VOCABULARY,
	KINDS,
	LANGS,
	TOOL_VOCABULARY,
	TOOLS,
	readKind,
	readTool,
	type GazeId,
	type KindId,
	type ToolId,
} from '../domain';
import { computeTerm, foldWord, words } from './terms';

/** A filter of the query; `negated` leaves matching notes out instead of keeping only them. */
export type QueryFilter =
	| { readonly kind: 'gaze'; readonly gazes: readonly GazeId[]; readonly negated: boolean }
	| { readonly kind: 'tool'; readonly tools: readonly ToolId[]; readonly negated: boolean }
	| { readonly kind: 'kind'; readonly kinds: readonly KindId[]; readonly negated: boolean }
	| { readonly kind: 'tag'; readonly tags: readonly string[]; readonly negated: boolean }
	| { readonly kind: 'date'; readonly from: string | null; readonly to: string | null };

/** Something in the query that could not be used as typed, for the user: an i18n key and values. */
export interface QueryHint {
	/** A key in `src/core/i18n/search.ts` (`search.hint.…`). */
	readonly key: string;
	readonly vars?: Readonly<Record<string, string | number>>;
}

/** A parsed query. Words and phrases are as typed; the search index turns them into terms. */
export interface ParsedQuery {
	/** The query as typed. */
	readonly raw: string;
	/** Her words; any may match, notes matching more of them first. */
	readonly words: readonly string[];
	/** Words typed in quotes (`"lampe"`): these must match, as written (inflections meeting, no typos). */
	readonly requiredWords: readonly string[];
	readonly phrases: readonly (readonly string[])[];
	readonly excludedWords: readonly string[];
	readonly excludedPhrases: readonly (readonly string[])[];
	readonly filters: readonly QueryFilter[];
	readonly hints: readonly QueryHint[];
	/** True when the last word is still being typed (no space after it): it may match as a prefix. */
	readonly openLastWord: boolean;
}

type FilterName = 'gaze' | 'tool' | 'kind' | 'tag' | 'from' | 'to';

/** The filter names, folded (`værktøj` is also typed `vaerktoej`). */
const FILTER_NAMES: ReadonlyMap<string, FilterName> = new Map<string, FilterName>([
	['blik', 'gaze'],
	['gaze', 'gaze'],
	['vaerktoej', 'tool'],
	['redskab', 'tool'],
	['tool', 'tool'],
	['type', 'kind'],
	['art', 'kind'],
	['kind', 'kind'],
	['tag', 'tag'],
	['tags', 'tag'],
	['fra', 'from'],
	['from', 'from'],
	['til', 'to'],
	['to', 'to'],
]);

/** One piece of the query as typed: a word (maybe `name:value`) or a quoted phrase. */
interface Piece {
	readonly text: string;
	readonly quoted: boolean;
	readonly negated: boolean;
}

/** Splits on spaces, keeping "quoted phrases" whole; an unclosed quote runs to the end. */
function splitPieces(input: string): { pieces: Piece[]; unclosedQuote: boolean } {
	const pieces: Piece[] = [];
	let i = 0;
	let unclosedQuote = false;
	const isQuote = (c: string | undefined) => c === '"' || c === '“' || c === '”' || c === '„';
	while (i < input.length) {
		while (i < input.length && /\s/.test(input[i] ?? '')) i++;
		if (i >= input.length) break;
		let negated = false;
		if (input[i] === '-' && i + 1 < input.length && !/\s/.test(input[i + 1] ?? '')) {
			negated = true;
			i++;
		}
		if (isQuote(input[i])) {
			const close = findQuote(input, i + 1, isQuote);
			if (close < 0) {
				unclosedQuote = true;
				pieces.push({ text: input.slice(i + 1), quoted: true, negated });
				break;
			}
			pieces.push({ text: input.slice(i + 1, close), quoted: true, negated });
			i = close + 1;
			continue;
		}
		const start = i;
		while (i < input.length && !/\s/.test(input[i] ?? '')) i++;
		pieces.push({ text: input.slice(start, i), quoted: false, negated });
	}
	return { pieces, unclosedQuote };
}

function findQuote(input: string, from: number, isQuote: (c: string | undefined) => boolean): number {
	for (let j = from; j < input.length; j++) if (isQuote(input[j])) return j;
	return -1;
}

/** Reads a query. Never throws; see `ParsedQuery.hints`. */
export function parseQuery(input: string): ParsedQuery {
	const out = {
		raw: input,
		words: [] as string[],
		requiredWords: [] as string[],
		phrases: [] as string[][],
		excludedWords: [] as string[],
		excludedPhrases: [] as string[][],
		filters: [] as QueryFilter[],
		hints: [] as QueryHint[],
		openLastWord: false,
	};
	const { pieces, unclosedQuote } = splitPieces(input);
	if (unclosedQuote) out.hints.push({ key: 'search.hint.unclosedQuote' });
	for (const piece of pieces) {
		if (piece.quoted) {
			const phrase = words(piece.text);
			if (phrase.length === 0) continue;
			if (phrase.length === 1) {
				(piece.negated ? out.excludedWords : out.words).push(phrase[0] ?? '');
				if (!piece.negated) out.requiredWords.push(phrase[0] ?? '');
			}
			else (piece.negated ? out.excludedPhrases : out.phrases).push(phrase);
			continue;
		}
		const filter = /^([\p{L}]+):(.*)$/u.exec(piece.text);
		if (filter) {
			const name = FILTER_NAMES.get(foldWord(filter[1] ?? ''));
			if (name) {
				readFilter(name, filter[1] ?? '', filter[2] ?? '', piece.negated, out);
				continue;
			}
			// `aftenen:` at the end of a sentence is a word, not a filter typed wrong.
			if ((filter[2] ?? '') !== '') out.hints.push({ key: 'search.hint.unknownFilter', vars: { name: filter[1] ?? '' } });
		}
		(piece.negated ? out.excludedWords : out.words).push(...words(piece.text));
	}
	const last = pieces[pieces.length - 1];
	out.openLastWord =
		last !== undefined && !last.quoted && !last.negated && !/\s$/.test(input) && out.words.length > 0 && !/^[\p{L}]+:/u.test(last.text);
	mergeDates(out);
	if (pieces.length === 0) out.hints.push({ key: 'search.hint.empty' });
	else if (
		out.words.length > 0 &&
		out.phrases.length === 0 &&
		out.filters.length === 0 &&
		out.words.every((word) => computeTerm(word) === null)
	) {
		out.hints.push({ key: 'search.hint.onlyCommonWords' });
	}
	return out;
}

function readFilter(
	name: FilterName,
	typed: string,
	rawValue: string,
	negated: boolean,
	out: { filters: QueryFilter[]; hints: QueryHint[] },
): void {
	const values = rawValue.split(',').map((v) => v.trim()).filter((v) => v !== '');
	if (values.length === 0) {
		out.hints.push({ key: 'search.hint.missingValue', vars: { name: typed } });
		return;
	}
	if (name === 'from' || name === 'to') {
		const value = values.join(',');
		const range = readDate(value);
		if (!range) {
			out.hints.push({ key: 'search.hint.invalidDate', vars: { value } });
			return;
		}
		out.filters.push({ kind: 'date', from: name === 'from' ? range.first : null, to: name === 'to' ? range.last : null });
		return;
	}
	if (name === 'tag') {
		out.filters.push({ kind: 'tag', tags: values.map((v) => foldWord(v.replace(/^#/, ''))), negated });
		return;
	}
	const read = name === 'gaze' ? readGazeValue : name === 'tool' ? readToolValue : readKindValue;
	const ids: string[] = [];
	for (const value of values) {
		const id = read(value);
		if (id) ids.push(id);
		else out.hints.push({ key: `search.hint.unknown.${name}`, vars: { value } });
	}
	if (ids.length === 0) return;
	if (name === 'gaze') out.filters.push({ kind: 'gaze', gazes: ids as GazeId[], negated });
	else if (name === 'tool') out.filters.push({ kind: 'tool', tools: ids as ToolId[], negated });
	else out.filters.push({ kind: 'kind', kinds: ids as KindId[], negated });
}

/** `selv`, `self`, `borger`, `borgeren`, `citizen`, `medarbejder`, `staff`, … */
function readGazeValue(value: string): GazeId | null {
	const term = computeTerm(value);
	for (const gaze of GAZES) {
		const written = [gaze, ...LANGS.map((lang) => GAZE_TAG_VOCABULARY[lang].leaves[gaze])];
		if (written.some((w) => w === value.toLowerCase() || (term !== null && computeTerm(w) === term))) return gaze;
	}
	return null;
}

/** A tool's slug in either language, or the start of exactly one (`værktøj:affekt`). */
function readToolValue(value: string): ToolId | null {
	return readTool(value) ?? uniquePrefix(value, TOOLS, (id) => [id, TOOL_VOCABULARY[id].da, TOOL_VOCABULARY[id].en]);
}

/** A kind's word in either language, or the start of exactly one (`type:beboer`). */
function readKindValue(value: string): KindId | null {
	return readKind(value) ?? uniquePrefix(value, KINDS, (id) => [id, KIND_VOCABULARY[id].da, KIND_VOCABULARY[id].en]);
}

function uniquePrefix<K extends string>(value: string, ids: readonly K[], writtenAs: (id: K) => string[]): K | null {
	const typed = foldWord(value);
	if (typed.length < 3) return null;
	const found = ids.filter((id) => writtenAs(id).some((w) => foldWord(w).startsWith(typed)));
	return found.length === 1 ? (found[0] ?? null) : null;
}

/** `2026`, `2026-03`, `2026-03-15` as the first and last day they cover; null when not a real date. */
export function readDate(value: string): { first: string; last: string } | null {
	const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
	if (!m) return null;
	const year = Number(m[1]);
	const pad = (n: number) => String(n).padStart(2, '0');
	if (m[2] === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return null;
	const days = daysInMonth(year, month);
	if (m[3] === undefined) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(days)}` };
	const day = Number(m[3]);
	if (day < 1 || day > days) return null;
	const iso = `${year}-${pad(month)}-${pad(day)}`;
	return { first: iso, last: iso };
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Several `fra:`/`til:` become one range (the latest start, the earliest end); a reversed range is hinted. */
function mergeDates(out: { filters: QueryFilter[]; hints: QueryHint[] }): void {
	const dates = out.filters.filter((f): f is Extract<QueryFilter, { kind: 'date' }> => f.kind === 'date');
	if (dates.length === 0) return;
	let from: string | null = null;
	let to: string | null = null;
	for (const d of dates) {
		if (d.from !== null && (from === null || d.from > from)) from = d.from;
		if (d.to !== null && (to === null || d.to < to)) to = d.to;
	}
	out.filters = out.filters.filter((f) => f.kind !== 'date');
	out.filters.push({ kind: 'date', from, to });
	if (from !== null && to !== null && from > to) out.hints.push({ key: 'search.hint.dateOrder', vars: { from, to } });
}

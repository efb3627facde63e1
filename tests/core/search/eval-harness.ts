/**
 * The known-item search evaluation (tests/fixtures/eval/search/{dev,test}.tsv): queries written by
 * three authors who read the journals and never saw the search code, each for one note. A search is
 * scored by where that note lands: success@1, success@3 and the mean reciprocal rank (0 when absent
 * from the first 20). Each query searches its own journal only. The baseline is a plain MiniSearch
 * (title and body, prefix and fuzzy 0.2, default ranking) over the same notes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import MiniSearch from 'minisearch';
import { JournalIndex } from '../../../src/core/journal-index';
import type { JournalNote } from '../../../src/core/journal-note';

export const EVAL_DIR = 'tests/fixtures/eval/search';
export const JOURNAL_DIRS: Readonly<Record<string, string>> = { demo: 'demo-vault', second: `${EVAL_DIR}/journal2` };

export interface EvalQuery {
	readonly id: string;
	readonly author: string;
	readonly journal: string;
	readonly target: string;
	readonly kind: string;
	readonly query: string;
}

/** A search over one journal: the paths found, best first. */
export type Searcher = (query: string) => readonly string[];

export function readQueries(part: 'dev' | 'test'): EvalQuery[] {
	const lines = readFileSync(join(EVAL_DIR, `${part}.tsv`), 'utf8').split('\n');
	const rows = lines.filter((line) => line.trim() !== '' && !line.startsWith('#'));
	const header = (rows.shift() ?? '').split('\t');
	return rows.map((line) => {
		const cells = line.split('\t');
		const get = (name: string) => cells[header.indexOf(name)] ?? '';
		return { id: get('id'), author: get('author'), journal: get('journal'), target: get('target'), kind: get('kind'), query: get('query') };
	});
}

function listMd(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.name.startsWith('.')) return [];
		if (entry.isDirectory()) return listMd(full);
		return entry.name.endsWith('.md') ? [full] : [];
	});
}

/** The journal notes of one evaluation journal (journal folder `Journal`, as the demo vault is set up). */
export function journalNotes(journal: string): JournalNote[] {
	const dir = JOURNAL_DIRS[journal];
	if (!dir) throw new Error(`eval: unknown journal ${journal}`);
	const index = new JournalIndex({ journalFolders: ['Journal'] });
	for (const full of listMd(dir)) {
		index.upsert({ path: relative(dir, full).split('\\').join('/'), content: readFileSync(full, 'utf8'), mtime: 1, ctime: 1 });
	}
	return [...index.notes()];
}

/** The plain MiniSearch baseline over a journal's notes. */
export function miniSearchBaseline(notes: readonly JournalNote[]): Searcher {
	const mini = new MiniSearch<{ id: string; title: string; body: string }>({
		fields: ['title', 'body'],
		searchOptions: { prefix: true, fuzzy: 0.2 },
	});
	mini.addAll(notes.map((note) => ({ id: note.path, title: note.basename, body: note.body })));
	return (query) => mini.search(query).map((r) => String(r.id));
}

export interface QueryOutcome {
	readonly query: EvalQuery;
	/** 1-based rank of the target in the first 20, or null. */
	readonly rank: number | null;
	readonly top: readonly string[];
}

export function run(queries: readonly EvalQuery[], searchers: Readonly<Record<string, Searcher>>): QueryOutcome[] {
	return queries.map((query) => {
		const searcher = searchers[query.journal];
		if (!searcher) throw new Error(`eval: no searcher for ${query.journal}`);
		const top = searcher(query.query).slice(0, 20);
		const at = top.indexOf(query.target);
		return { query, rank: at < 0 ? null : at + 1, top };
	});
}

export interface Scores {
	readonly n: number;
	readonly s1: number;
	readonly s3: number;
	readonly mrr: number;
}

export function scores(outcomes: readonly QueryOutcome[]): Scores {
	const n = outcomes.length || 1;
	const count = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n;
	const mrr = outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0) / n;
	return { n: outcomes.length, s1: count(1), s3: count(3), mrr };
}

/**
 * `npm run bench [-- --sizes 1000,10000] [-- --only supervision-1mb]`: measures the journal index, its cache and the features
 * over generated vaults (`generate.ts`), against two baselines of the same run (reading the files
 * alone, and gray-matter alone), prints a table and writes `bench-results.json`.
 * Run with `node --expose-gc` so heap figures are taken after a forced collection.
 */
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus as cpus_, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';
import { INDEX_CACHE_VERSION, StampedIndex, cacheText, readIndexCache, serializeIndexCache, type IndexCacheKey } from '../../core/index-cache';
import { JournalIndex } from '../../core/journal-index';
import { createLanguageChecker } from '../../core/language/watch';
import { computeReflection, ReflectionCache } from '../../core/reflection';
import { SearchIndex, buildSearchIndex, runSearch } from '../../core/search';
import { parseNote } from '../../core/note-parser';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { prepareSupervision } from '../../core/supervision/prepare';
import { supervisionServices } from '../../core/supervision/services';
import { classifyGazes } from '../../core/tagging/classify';
import { calendarMonth } from '../../core/time/calendar';
import { lookBack } from '../../core/time/lookback';
import { indexFiles, listMarkdownFiles, loadVault, readNoteFile, statMarkdownFiles } from '../vault';
import { DEFAULT_SEED, GENERATOR_VERSION, JOURNAL_FOLDER, generateVault, longNote, makeRng, rankedVocabulary, writeVault } from './generate';
import { mainJsKb, timeMainJsEval } from './main-js';
import { timeOnload } from './onload';

/** One measured figure, as written to bench-results.json. */
export interface BenchResult {
	readonly name: string;
	readonly notes: number;
	/** null when the feature has not landed yet ("not available"); never a made-up number. */
	readonly value: number | null;
	readonly unit: string;
	/** Ratio against a baseline of the same run, when there is one. */
	readonly ratio?: { readonly baseline: string; readonly value: number; readonly cpu?: number };
	/**
	 * For timings: the process's CPU time (user + system) for the same run, in ms. On a busy machine
	 * the wall clock includes waiting for a core; CPU time shows what the work itself costs.
	 */
	readonly cpuMs?: number;
}

interface Options {
	readonly sizes: readonly number[];
	readonly seed: number;
	readonly dir: string;
	readonly out: string;
	/** Only these figures that need no generated vault (`supervision-1mb`); null for the whole bench. */
	readonly only: readonly string[] | null;
}

const DEFAULT_SIZES = [1000, 10_000, 50_000];
/** Figures that need no generated vault, runnable alone with `--only`. */
const STANDALONE = ['supervision-1mb'];
const FOLDERS = [JOURNAL_FOLDER];

function parseOptions(args: readonly string[]): Options {
	let sizes = DEFAULT_SIZES;
	let seed = DEFAULT_SEED;
	let dir = '.bench-vaults';
	let out = 'bench-results.json';
	let only: string[] | null = null;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		const value = args[i + 1];
		if (arg === '--sizes' && value) {
			sizes = value.split(',').map((s) => Number(s.trim()));
			if (sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`bench: --sizes wants whole numbers of at least 10, got ${value}`);
			i++;
		} else if (arg === '--seed' && value) {
			seed = Number(value);
			i++;
		} else if (arg === '--dir' && value) {
			dir = value;
			i++;
		} else if (arg === '--out' && value) {
			out = value;
			i++;
		} else if (arg === '--only' && value) {
			only = value.split(',').map((s) => s.trim());
			const unknown = only.filter((name) => !STANDALONE.includes(name));
			if (unknown.length > 0) throw new Error(`bench: --only takes ${STANDALONE.join(', ')}; not ${unknown.join(', ')}`);
			i++;
		} else {
			throw new Error(`bench: unknown argument ${String(arg)} (use --sizes 1000,10000 --seed N --dir D --out F --only ${STANDALONE.join(',')})`);
		}
	}
	return { sizes, seed, dir: resolve(dir), out: resolve(out), only };
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** A timing: wall clock and CPU time of one run, in ms. */
interface Timing {
	readonly wall: number;
	readonly cpu: number;
}

function time(fn: () => void): Timing {
	const cpu = process.cpuUsage();
	const start = performance.now();
	fn();
	const wall = performance.now() - start;
	const used = process.cpuUsage(cpu);
	return { wall, cpu: (used.user + used.system) / 1000 };
}

/** The run with the median wall time among `runs` timings of `fn` (fresh work each run). */
function timed(runs: number, fn: () => void): Timing {
	const times: Timing[] = [];
	for (let i = 0; i < runs; i++) {
		collect();
		times.push(time(fn));
	}
	return medianTiming(times);
}

function medianTiming(times: readonly Timing[]): Timing {
	const sorted = [...times].sort((a, b) => a.wall - b.wall);
	const wall = median(sorted.map((t) => t.wall));
	const cpu = median(sorted.map((t) => t.cpu));
	return { wall, cpu };
}

/** The timing at the p-th percentile of wall time. */
function percentileTiming(times: readonly Timing[], p: number): Timing {
	const sorted = [...times].sort((a, b) => a.wall - b.wall);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? { wall: 0, cpu: 0 };
}

function collect(): void {
	(global as { gc?: () => void }).gc?.();
}

/** The JavaScript heap plus the memory behind typed arrays (the search postings live there), in MB. */
function heapMb(): number {
	collect();
	collect();
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return (heapUsed + arrayBuffers) / (1024 * 1024);
}

/**
 * The search index's own share of the heap: the heap before and after building one more over the
 * same journal index and running queries on it (so its scratch arrays are counted too).
 */
function searchHeapMb(journal: JournalIndex, queries: readonly string[]): number {
	const before = heapMb();
	const held = SearchIndex.buildFrom(journal.notes());
	for (const query of queries) held.search(query);
	const after = heapMb();
	if (held.size < 0) process.stdout.write(String(held.size));
	return after - before;
}

/** Generates the vault of `notes` notes unless an identical one is already on disk. */
function ensureVault(options: Options, notes: number): string {
	const dir = join(options.dir, String(notes));
	const marker = join(options.dir, `${notes}.json`);
	const want = JSON.stringify({ generator: GENERATOR_VERSION, seed: options.seed, notes });
	if (existsSync(marker) && readFileSync(marker, 'utf8') === want && existsSync(dir)) return dir;
	mkdirSync(options.dir, { recursive: true });
	writeFileSync(marker, 'generating');
	process.stdout.write(`generating ${notes} notes in ${dir} ... `);
	const start = performance.now();
	const written = writeVault(dir, { notes, seed: options.seed });
	process.stdout.write(`${written.journal} journal notes, ${written.malformed} malformed, ${(written.bytes / 1e6).toFixed(0)} MB, ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
	writeFileSync(marker, want);
	return dir;
}

/**
 * Warm start: the cache from a cold index, then 1% of the files changed on disk. Its own function, so
 * the second index and the cache texts it builds are garbage once it returns and stay out of `heap-mb`.
 */
function measureWarmStart(options: Options, notes: number, root: string, runs: number, rng: () => number, add: AddResult): void {
	const key: IndexCacheKey = { pluginVersion: `bench-${INDEX_CACHE_VERSION}`, journalFolders: FOLDERS };
	const cold = indexFiles(root, new JournalIndex({ journalFolders: FOLDERS }));
	const wholeCache = serializeIndexCache(key, new Map(cold.stamped.entries()));
	const cachePath = join(options.dir, `${notes}-index-cache.json`);
	writeFileSync(cachePath, wholeCache);
	// The plugin's cache holds its candidates alone: the files in the journal folders, and elsewhere
	// those whose tags (in Obsidian's metadata cache, in memory at start) include a gaze tag, that is
	// the notes the index took from outside the folders. The other files it never reads nor caches.
	const isCandidate = (path: string): boolean => cold.stamped.index.isInJournalFolder(path) || cold.stamped.index.get(path) !== undefined;
	const pluginCacheText = serializeIndexCache(key, new Map([...cold.stamped.entries()].filter(([path]) => isCandidate(path))));
	const pluginCachePath = join(options.dir, `${notes}-index-cache-plugin.json`);
	writeFileSync(pluginCachePath, pluginCacheText);
	add('cache-size', Buffer.byteLength(pluginCacheText) / (1024 * 1024), 'MB');
	const paths = listMarkdownFiles(root);
	const changed = new Set<string>();
	while (changed.size < Math.max(1, Math.round(paths.length / 100))) changed.add(paths[Math.floor(rng() * paths.length)] as string);
	const originals = new Map<string, { content: string; mtime: number }>();
	for (const path of changed) {
		const full = join(root, path);
		originals.set(path, { content: readFileSync(full, 'utf8'), mtime: statSync(full).mtimeMs });
	}
	// Mark the vault dirty while it differs from the generated one, so a crash here regenerates it.
	writeFileSync(join(options.dir, `${notes}.json`), 'changed by the warm-start measurement');
	try {
		for (const path of changed) writeFileSync(join(root, path), `${originals.get(path)?.content ?? ''}\nEn ændring.\n`);
		let read = 0;
		add('warm-start', timed(runs, () => {
			const cache = readIndexCache(readFileSync(cachePath, 'utf8'), key);
			if (!cache.ok) throw new Error(`bench: the cache was refused: ${cache.reason}`);
			const warm = indexFiles(root, new JournalIndex({ journalFolders: FOLDERS }), cache.files);
			read = warm.read;
		}), 'ms', 'cold-index');
		add('warm-start-reads', read, 'files');
		// The plugin's warm start: it has every file's stat and tags in memory (TFile.stat, the metadata
		// cache), so it neither lists the folder nor stats each file as Node must, and it looks at its
		// candidates alone. Read and parse its cache, compare stamps, put back the unchanged records and
		// read and parse the changed candidates.
		const candidates = statMarkdownFiles(root).filter((file) => isCandidate(file.path));
		const last: { stamped?: StampedIndex } = {};
		add('warm-start-restore', timed(runs, () => {
			const cache = readIndexCache(readFileSync(pluginCachePath, 'utf8'), key);
			if (!cache.ok) throw new Error(`bench: the cache was refused: ${cache.reason}`);
			const indexed = indexFiles(root, new JournalIndex({ journalFolders: FOLDERS }), cache.files, candidates);
			read = indexed.read;
			last.stamped = indexed.stamped;
		}), 'ms', 'cold-index');
		add('warm-start-restore-reads', read, 'files');
		// Writing the plugin's cache: after a cold start every line is new; after the warm start above,
		// only the changed notes' lines are (the others are reused as read).
		const coldPlugin = new StampedIndex(new JournalIndex({ journalFolders: FOLDERS }));
		for (const [path, entry] of cold.stamped.entries()) if (isCandidate(path)) coldPlugin.restore(path, entry);
		add('cache-save-cold', time(() => cacheText(key, coldPlugin.cacheLines())), 'ms');
		const { stamped } = last;
		if (stamped) add('cache-save-warm', time(() => cacheText(key, stamped.cacheLines())), 'ms', 'cache-save-cold');
	} finally {
		for (const [path, original] of originals) {
			const full = join(root, path);
			writeFileSync(full, original.content);
			utimesSync(full, original.mtime / 1000, original.mtime / 1000);
		}
		writeFileSync(join(options.dir, `${notes}.json`), JSON.stringify({ generator: GENERATOR_VERSION, seed: options.seed, notes }));
	}
}

/** Records one result (a bare number, or a timing whose wall time is the value); `baseline` names a result to compare with. */
type AddResult = (name: string, measured: number | Timing | null, unit: string, baseline?: string) => void;

/** The measurements for one vault size. */
async function measure(options: Options, notes: number): Promise<BenchResult[]> {
	const root = ensureVault(options, notes);
	const results: BenchResult[] = [];
	const add: AddResult = (name, measured, unit, baseline) => {
		const value = measured === null ? null : typeof measured === 'number' ? measured : measured.wall;
		const cpu = measured !== null && typeof measured !== 'number' ? measured.cpu : undefined;
		const cpuMs = cpu === undefined ? {} : { cpuMs: cpu };
		const base = baseline ? results.find((r) => r.name === baseline && r.notes === notes) : undefined;
		const cpuRatio = base?.cpuMs && cpu !== undefined ? { cpu: cpu / base.cpuMs } : {};
		const ratio = base?.value && value !== null ? { ratio: { baseline: base.name, value: value / base.value, ...cpuRatio } } : {};
		results.push({ name, notes, value, unit, ...ratio, ...cpuMs });
	};
	const runs = notes >= 50_000 ? 1 : notes >= 10_000 ? 2 : 3;

	// Warm the OS file cache and the JIT once, untimed, so every figure below sees the same conditions.
	loadVault(root, { journalFolders: FOLDERS });

	add('baseline-read', timed(runs, () => {
		for (const path of listMarkdownFiles(root)) readFileSync(join(root, path), 'utf8');
	}), 'ms');
	add('baseline-gray-matter', timed(runs, () => {
		for (const path of listMarkdownFiles(root)) {
			const content = readFileSync(join(root, path), 'utf8');
			try {
				// Options (even empty) keep gray-matter from caching every parsed string.
				matter(content, {});
			} catch {
				// A malformed note: the naive loader would skip it too.
			}
		}
	}), 'ms');

	let index = new JournalIndex({ journalFolders: FOLDERS });
	const classifyUntagged = (idx: JournalIndex): number => {
		let suggested = 0;
		for (const note of idx.notes()) if (note.gazes.length === 0 && classifyGazes(note).suggested.length > 0) suggested++;
		return suggested;
	};
	// The index with its files' stamps, as the plugin holds it (its cache is written from this).
	const held: { stamped: StampedIndex | null } = { stamped: null };
	add('cold-index', timed(runs, () => {
		index = new JournalIndex({ journalFolders: FOLDERS });
		held.stamped = indexFiles(root, index).stamped;
		classifyUntagged(index);
	}), 'ms', 'baseline-gray-matter');
	add('classify-untagged', timed(runs, () => classifyUntagged(index)), 'ms');
	add('journal-notes', index.size, 'notes');

	let search = buildSearchIndex(index);
	search.stop();
	add('search-build', timed(runs, () => {
		search.stop();
		search = buildSearchIndex(index);
	}), 'ms', 'cold-index');

	const rng = makeRng(options.seed + notes);
	measureWarmStart(options, notes, root, runs, rng, add);

	// One note changed, renamed, deleted: the incremental paths of the index (the search index follows it).
	search.stop();
	search = buildSearchIndex(index);
	const journalPaths = [...index.notes()].map((n) => n.path).sort();
	const sample = Array.from({ length: 200 }, () => journalPaths[Math.floor(rng() * journalPaths.length)] as string);
	const updates: Timing[] = [];
	const renames: Timing[] = [];
	const deletes: Timing[] = [];
	for (const path of sample) {
		updates.push(time(() => index.upsert(readNoteFile(root, path))));
		const file = readNoteFile(root, path);
		const renamed = { ...file, path: path.replace(/\.md$/, ' (flyttet).md') };
		renames.push(time(() => index.rename(path, renamed)));
		index.rename(renamed.path, file);
		deletes.push(time(() => index.remove(path)));
		index.upsert(file);
	}
	add('update-one', medianTiming(updates), 'ms');
	add('rename-one', medianTiming(renames), 'ms');
	add('delete-one', medianTiming(deletes), 'ms');

	// Queries as a leader types them: one or two words of her vocabulary, a word start, a phrase, a filter.
	const vocabulary = rankedVocabulary(options.seed);
	const pickWord = (): string => vocabulary[60 + Math.floor(rng() * 1500)] ?? 'borger';
	const queries: string[] = [];
	for (let i = 0; i < 200; i++) {
		const shape = i % 5;
		if (shape === 0) queries.push(pickWord());
		else if (shape === 1) queries.push(`${pickWord()} ${pickWord()}`);
		else if (shape === 2) queries.push(pickWord().slice(0, 4));
		else if (shape === 3) queries.push(`"${pickWord()} ${pickWord()}"`);
		else queries.push(`${pickWord()} blik:borger fra:2020`);
	}
	for (const query of queries.slice(0, 20)) runSearch(search.index, query);
	const searches = queries.map((query) => time(() => runSearch(search.index, query)));
	add('search-p50', medianTiming(searches), 'ms');
	add('search-p95', percentileTiming(searches, 95), 'ms');
	// A year's reflection: the last year of the generated journal (it ends in October 2026), cold:
	// every note of the year read again (no ReflectionCache), as on the view's first draw.
	const year = { from: '2025-11-01', to: '2026-10-31', today: '2026-10-31' };
	const reflections: Timing[] = [];
	for (let i = 0; i < 10; i++) reflections.push(time(() => computeReflection(index.notes(), year)));
	add('reflection-year', medianTiming(reflections), 'ms');
	// The same year as the view draws it again (back to the year, or after an unrelated edit): its
	// ReflectionCache already holds every note's questions, focus points and language counts.
	const mirrorCache = new ReflectionCache();
	computeReflection(index.notes(), { ...year, cache: mirrorCache });
	const cachedReflections: Timing[] = [];
	for (let i = 0; i < 10; i++) cachedReflections.push(time(() => computeReflection(index.notes(), { ...year, cache: mirrorCache })));
	add('reflection-year-cached', medianTiming(cachedReflections), 'ms');
	// Time in the journal over the whole index, as the command and the calendar view ask: the three
	// look-back weeks before the journal's last day, and the month calendar of that day.
	const lastDay = year.today;
	const lookbacks: Timing[] = [];
	for (let i = 0; i < 20; i++) lookbacks.push(time(() => lookBack(index.notes(), lastDay)));
	add('lookback', medianTiming(lookbacks), 'ms');
	const months: Timing[] = [];
	for (let i = 0; i < 20; i++) months.push(time(() => calendarMonth(index.notes(), lastDay.slice(0, 7), lastDay)));
	add('calendar-month', medianTiming(months), 'ms');

	const check = createLanguageChecker();
	const text = longNote(5000, options.seed);
	check(text);
	const checks: Timing[] = [];
	for (let i = 0; i < 20; i++) checks.push(time(() => check(text)));
	add('check-5000-words', medianTiming(checks), 'ms');

	// Once it has written its cache, the plugin keeps each note's line for the next save
	// (StampedIndex.cacheLines): write it once here too, so heap-mb counts those lines.
	const savedLines = held.stamped ? [...held.stamped.cacheLines()].length : 0;
	add('heap-mb', heapMb(), 'MB');
	// Keep the indexes alive until after the heap was measured.
	if (index.size + search.index.size + savedLines + (held.stamped?.size ?? 0) < 0) process.stdout.write(String(index.size));
	search.stop();
	add('search-heap-mb', searchHeapMb(index, queries), 'MB');
	return results;
}

/**
 * A supervision preparation drawn from one note of 1 MB of prose (a long note pasted in whole), as
 * the command line composes it: period, suggestions, mirror, language counts, pseudonymised excerpt
 * and the CPR guard. Median of 3 fresh runs, services made once (the command line makes them once).
 */
function measureSupervision(seed: number): BenchResult {
	const words = longNote(200_000, seed);
	const body = words.slice(0, words.lastIndexOf(' ', 1024 * 1024));
	const path = 'Journal/2026-11-05 Lang note.md';
	const parsed = parseNote({ path, content: `---\ndate: 2026-11-05\ntags: [blik/borger]\n---\n${body}\n`, mtime: 0, ctime: 0 });
	if (!parsed.ok) throw new Error(`bench: the 1 MB note was not parsed: ${parsed.reason}`);
	const services = supervisionServices(DEFAULT_SETTINGS, 'da');
	const request = { today: '2026-11-27', from: '2026-11-01', question: 'Hvordan støtter jeg aftenholdet?', material: [path], lang: 'da', tagLang: 'da' } as const;
	let chars = 0;
	const timing = timed(3, () => {
		const result = prepareSupervision([parsed.note], request, services);
		if (!result.ok) throw new Error(`bench: supervision refused the period: ${result.error.kind}`);
		chars = result.preparation.text.length;
	});
	if (chars === 0) throw new Error('bench: supervision wrote nothing');
	return { name: 'supervision-1mb', notes: 1, value: timing.wall, unit: 'ms', cpuMs: timing.cpu };
}

/**
 * The plugin's onload before layout ready, in the Obsidian fake over a 1 000-note vault: onload does
 * no work per note (the index is built after layout ready), and the fake itself is slow to fill.
 */
async function measureOnload(options: Options): Promise<BenchResult> {
	const notes = 1000;
	const files: Record<string, string> = {};
	for (const note of generateVault({ notes, seed: options.seed })) {
		// The fake's metadata cache throws on broken YAML (Obsidian does not): leave those notes out.
		if (!note.malformed) files[note.path] = note.content;
	}
	const times: number[] = [];
	for (let i = 0; i < 15; i++) times.push(await timeOnload(files));
	return { name: 'onload-ms', notes, value: median(times), unit: 'ms' };
}

/** The built plugin's size and what it costs to compile and run its top level (median of 15 fresh runs). */
function measureMainJs(): BenchResult[] {
	const path = resolve('main.js');
	const kb = mainJsKb(path);
	if (kb === null) return [{ name: 'main-js-kb', notes: 0, value: null, unit: 'KB' }];
	const times = Array.from({ length: 15 }, (_, run) => timeMainJsEval(path, run));
	return [
		{ name: 'main-js-kb', notes: 0, value: kb, unit: 'KB' },
		{ name: 'main-js-eval-ms', notes: 0, value: median(times), unit: 'ms' },
	];
}

function figure(value: number, unit: string): string {
	return `${value < 10 ? value.toFixed(3) : value.toFixed(0)} ${unit}`;
}

function format(result: BenchResult): string {
	const value = result.value === null ? 'not available' : figure(result.value, result.unit);
	const cpu = result.cpuMs === undefined ? '' : figure(result.cpuMs, 'ms');
	const cpuRatio = result.ratio?.cpu === undefined ? '' : ` (cpu ${result.ratio.cpu.toFixed(2)}x)`;
	const ratio = result.ratio ? `${result.ratio.value.toFixed(2)}x ${result.ratio.baseline}${cpuRatio}` : '';
	return `${result.name.padEnd(22)} ${String(result.notes).padStart(7)}  ${value.padStart(16)}  ${cpu.padStart(12)}  ${ratio}`;
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	if (!(global as { gc?: unknown }).gc) process.stderr.write('bench: run with node --expose-gc for exact heap figures\n');
	const results: BenchResult[] = [];
	if (options.only === null) {
		for (const notes of options.sizes) {
			collect();
			results.push(...(await measure(options, notes)));
		}
	}
	if (options.only === null || options.only.includes('supervision-1mb')) results.push(measureSupervision(options.seed));
	if (options.only === null) {
		results.push(await measureOnload(options));
		results.push(...measureMainJs());
	}
	process.stdout.write(`\n${'name'.padEnd(22)} ${'notes'.padStart(7)}  ${'value (wall)'.padStart(16)}  ${'cpu'.padStart(12)}  ratio (wall)\n`);
	for (const result of results) process.stdout.write(`${format(result)}\n`);
	writeFileSync(options.out, JSON.stringify({ machine: machine(), results }, null, 2) + '\n');
	process.stdout.write(`\nwrote ${options.out}\n`);
}

function machine(): Record<string, unknown> {
	const cpus = cpus_();
	return { node: process.version, platform: process.platform, arch: process.arch, cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 1024 ** 3) };
}

main().catch((error: unknown) => {
	process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
	process.exitCode = 1;
});

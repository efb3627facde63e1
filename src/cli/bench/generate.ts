/**
 * A deterministic generator of realistic vaults for the benchmark and for tests: a leader's twenty
 * years of journal notes in `Journal/` among the rest of a working vault (meetings, projects,
 * knowledge, an archive). Text is Danish-like: several thousand word forms drawn with Zipf-like
 * frequencies. Frontmatter comes in the styles people actually write (block and flow lists, a single
 * string, comments, no frontmatter, CRLF, a BOM), with gaze tags in both vocabularies, kinds, tools,
 * ratings, links, tasks, toolbox callouts, questions, and a small share of malformed notes.
 *
 * The same options always give the same bytes: everything comes from one seeded PRNG, never from the
 * clock. `generateVault` yields notes one at a time (a 50 000-note vault is about 100 MB of text);
 * `writeVault` puts them on disk with their modification times.
 */
import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
	GAZES,
	GAZE_TAG_VOCABULARY,
	KINDS,
	KIND_VOCABULARY,
	QUESTION_CATEGORIES,
	QUESTION_CATEGORY_VOCABULARY,
	SELF_FOCUS,
	TOOLS,
	TOOL_VOCABULARY,
	type GazeId,
	type KindId,
	type Lang,
} from '../../core/domain';
import { ADJECTIVES, ADVERBS, COMPOUND_HEADS, COMPOUND_TAILS, FUNCTION_WORDS, NAMES, NOUNS, VERBS } from './danish-words';

/** What to generate. */
export interface VaultOptions {
	/** Number of Markdown notes in the vault. */
	readonly notes: number;
	/** PRNG seed; the same seed and size give the same bytes. */
	readonly seed?: number;
}

/** One generated note. */
export interface GeneratedNote {
	/** Vault-relative path with `/`. */
	readonly path: string;
	readonly content: string;
	/** Modification time, ms since the epoch (set on disk by `writeVault`). */
	readonly mtime: number;
	/** True for notes the index must count as journal notes (in `Journal/`, or gaze-tagged elsewhere). */
	readonly journal: boolean;
	/** True for notes written to be unreadable (bad frontmatter); the index reports them as skipped. */
	readonly malformed: boolean;
}

/** The default seed of the benchmark's vaults. */
export const DEFAULT_SEED = 20261127;
/** Raised whenever the generator's output changes, so cached vaults on disk are regenerated. */
export const GENERATOR_VERSION = 1;
/** The journal folder of generated vaults. */
export const JOURNAL_FOLDER = 'Journal';

const DAY_MS = 86_400_000;
/** Journal notes span twenty years, up to the end of October 2026. */
const FIRST_DAY = Date.UTC(2007, 0, 1);
const LAST_DAY = Date.UTC(2026, 9, 31);

/** A small, fast, seedable PRNG (mulberry32): returns floats in [0, 1). */
export function makeRng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function words(list: string): string[] {
	return list.split(/\s+/).filter(Boolean);
}

/** Every inflected form of the word lists, deduplicated, in a stable order. */
function contentForms(): string[] {
	const forms: string[] = [];
	const full = (stem: string, part: string): string => (part.length >= 4 ? part : stem + part);
	const compounds = words(COMPOUND_HEADS).flatMap((head) => words(COMPOUND_TAILS).map((tail) => head + tail));
	for (const entry of [...words(NOUNS), ...compounds]) {
		const [stem = '', definite = '', plural = ''] = entry.split(':');
		forms.push(stem);
		if (definite) forms.push(full(stem, definite));
		if (plural) {
			const p = full(stem, plural);
			forms.push(p);
			if (p.endsWith('ere')) forms.push(`${p.slice(0, -1)}ne`);
			else if (p.endsWith('e') || p.endsWith('er')) forms.push(`${p}ne`);
		}
	}
	for (const entry of words(VERBS)) {
		const [infinitive = '', present = '', past = ''] = entry.split(':');
		forms.push(infinitive, present, past);
		if (!infinitive.endsWith('s')) forms.push(infinitive.endsWith('e') ? `${infinitive}t` : `${infinitive}et`);
	}
	for (const entry of words(ADJECTIVES)) forms.push(...entry.split(':'));
	for (const adverb of words(ADVERBS)) forms.push(adverb.replace(/_/g, ' '));
	return [...new Set(forms.filter(Boolean))];
}

/**
 * The ranked vocabulary: function words first (the most frequent words of Danish), then the content
 * forms in a seeded order, so which content words are common differs by seed but not by run.
 */
export function rankedVocabulary(seed: number = DEFAULT_SEED): string[] {
	const rng = makeRng(seed ^ 0x5eed);
	const content = contentForms();
	for (let i = content.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[content[i], content[j]] = [content[j] as string, content[i] as string];
	}
	const functionWords = words(FUNCTION_WORDS);
	const seen = new Set(functionWords);
	return [...functionWords, ...content.filter((w) => !seen.has(w))];
}

/** Draws words with probability proportional to 1 / rank^s (Zipf's law, s a little above 1). */
class ZipfSampler {
	private readonly cumulative: Float64Array;

	constructor(
		private readonly vocabulary: readonly string[],
		exponent = 1.07,
	) {
		this.cumulative = new Float64Array(vocabulary.length);
		let sum = 0;
		for (let r = 0; r < vocabulary.length; r++) {
			sum += 1 / Math.pow(r + 2.7, exponent);
			this.cumulative[r] = sum;
		}
	}

	draw(rng: () => number): string {
		const target = rng() * (this.cumulative[this.cumulative.length - 1] ?? 0);
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if ((this.cumulative[mid] ?? 0) < target) lo = mid + 1;
			else hi = mid;
		}
		return this.vocabulary[lo] ?? '';
	}
}

const pad = (n: number): string => String(n).padStart(2, '0');
function isoDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const GAZE_HEADINGS: Readonly<Record<GazeId, Record<Lang, string>>> = {
	citizen: { da: 'Blikket på borgeren', en: 'The gaze on the citizen' },
	staff: { da: 'Blikket på medarbejderne', en: 'The gaze on the staff' },
	self: { da: 'Blikket på mig selv', en: 'The gaze on myself' },
};

const KIND_TITLES: Readonly<Record<KindId, string>> = {
	'daily-reflection': 'Dagens refleksion',
	'gaze-reflection': 'Refleksion',
	'self-check-in': 'Selvtjek',
	'staff-meeting': 'Personalemøde',
	'employee-conversation': 'Medarbejdersamtale',
	'resident-conference': 'Beboerkonference',
	'supervision-preparation': 'Forberedelse til supervision',
	meeting: 'Møde',
	'reflection-summary': 'Refleksionsspejl',
};

const QUESTIONS = [
	'Hvad gjorde du så?',
	'Hvad var din intention?',
	'Hvad har du observeret hos borgeren på det seneste?',
	'Hvilke faglige overvejelser har du gjort dig?',
	'Hvad ved du om borgeren, siden du handlede sådan?',
	'Hvad har du prøvet, og hvad virker en smule nu og da?',
	'Hvad fortæller din reaktion om situationen?',
];

const OTHER_FOLDERS = [
	'Møder',
	'Møder/Personalemøder',
	'Projekter/Demens',
	'Projekter/Rekruttering',
	'Viden',
	'Viden/Metoder',
	'Personale',
	'Arkiv',
	'Arkiv/Gammelt',
	'Indbakke',
	'Kurser',
	'Skabeloner',
	'Privat',
];

/** How many of `notes` are in the journal folder: about 8 500 of 50 000, 40% of a small vault. */
export function journalCount(notes: number): number {
	return Math.round(Math.min(0.4 * notes, 2000 + 0.13 * notes));
}

/** Generates the notes of a vault, one at a time, in a fixed order. */
export function* generateVault(options: VaultOptions): Generator<GeneratedNote> {
	const gen = new NoteWriter(options.seed ?? DEFAULT_SEED);
	const journal = journalCount(options.notes);
	for (let i = 0; i < journal; i++) yield gen.journalNote(i, journal);
	for (let i = 0; i < options.notes - journal; i++) yield gen.otherNote(i);
}

/** A long journal note of about `wordCount` words (for the language check's benchmark). */
export function longNote(wordCount: number, seed: number = DEFAULT_SEED): string {
	return new NoteWriter(seed).prose(wordCount);
}

/** What `writeVault` wrote. */
export interface WrittenVault {
	readonly notes: number;
	readonly journal: number;
	readonly malformed: number;
	readonly bytes: number;
}

/** Writes a generated vault into `dir` (emptied first), setting each file's modification time. */
export function writeVault(dir: string, options: VaultOptions): WrittenVault {
	rmSync(dir, { recursive: true, force: true });
	const made = new Set<string>();
	let journal = 0;
	let malformed = 0;
	let bytes = 0;
	let notes = 0;
	for (const note of generateVault(options)) {
		const full = join(dir, note.path);
		const folder = dirname(full);
		if (!made.has(folder)) {
			mkdirSync(folder, { recursive: true });
			made.add(folder);
		}
		writeFileSync(full, note.content);
		const seconds = note.mtime / 1000;
		utimesSync(full, seconds, seconds);
		notes++;
		if (note.journal) journal++;
		if (note.malformed) malformed++;
		bytes += Buffer.byteLength(note.content);
	}
	return { notes, journal, malformed, bytes };
}

type Style = 'none' | 'block' | 'flow' | 'string' | 'commented' | 'empty';

/** Writes notes from one PRNG; keeps what later notes link to. */
class NoteWriter {
	private readonly rng: () => number;
	private readonly sampler: ZipfSampler;
	private readonly names = words(NAMES);
	private readonly usedPaths = new Set<string>();
	private readonly journalTitles: string[] = [];
	private readonly otherPaths: string[] = [];

	constructor(seed: number) {
		this.rng = makeRng(seed);
		this.sampler = new ZipfSampler(rankedVocabulary(seed));
	}

	private chance(p: number): boolean {
		return this.rng() < p;
	}

	private int(min: number, max: number): number {
		return min + Math.floor(this.rng() * (max - min + 1));
	}

	private pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.rng() * list.length)] as T;
	}

	/** A word count with a long tail: most notes are short, a few are long. */
	private length(min: number, median: number): number {
		const u = this.rng();
		return Math.round(min + (median - min) * (u / (1 - u * 0.9)) * 0.55);
	}

	private sentence(): string {
		const n = this.int(4, 17);
		const out: string[] = [];
		for (let i = 0; i < n; i++) {
			if (this.chance(0.03)) out.push(this.pick(this.names));
			else out.push(this.sampler.draw(this.rng));
			if (i > 2 && i < n - 2 && this.chance(0.06)) out[out.length - 1] += ',';
		}
		const first = out[0] ?? 'Det';
		out[0] = first.charAt(0).toUpperCase() + first.slice(1);
		return out.join(' ') + (this.chance(0.1) ? '?' : this.chance(0.05) ? '!' : '.');
	}

	private paragraph(): string {
		const n = this.int(1, 6);
		const out: string[] = [];
		for (let i = 0; i < n; i++) out.push(this.sentence());
		return out.join(' ');
	}

	/** About `wordCount` words of paragraphs. */
	prose(wordCount: number): string {
		const out: string[] = [];
		let count = 0;
		while (count < wordCount) {
			const p = this.paragraph();
			count += p.split(' ').length;
			out.push(p);
		}
		return out.join('\n\n');
	}

	private title(): string {
		const text = `${this.sampler.draw(this.rng)} ${this.sampler.draw(this.rng)}`;
		return text.charAt(0).toUpperCase() + text.slice(1);
	}

	private uniquePath(folder: string, name: string): string {
		let path = `${folder}/${name}.md`;
		for (let n = 2; this.usedPaths.has(path.toLowerCase()); n++) path = `${folder}/${name} ${n}.md`;
		this.usedPaths.add(path.toLowerCase());
		return path;
	}

	private gazeTag(gaze: GazeId, lang: Lang): string {
		const vocab = GAZE_TAG_VOCABULARY[lang];
		const tag = `${vocab.root}/${vocab.leaves[gaze]}`;
		return this.chance(0.04) ? tag.charAt(0).toUpperCase() + tag.slice(1) : tag;
	}

	private pickGazes(): GazeId[] {
		const u = this.rng();
		const n = u < 0.18 ? 0 : u < 0.68 ? 1 : u < 0.93 ? 2 : 3;
		const gazes = [...GAZES];
		for (let i = gazes.length - 1; i > 0; i--) {
			const j = Math.floor(this.rng() * (i + 1));
			[gazes[i], gazes[j]] = [gazes[j] as GazeId, gazes[i] as GazeId];
		}
		return gazes.slice(0, n);
	}

	private link(): string {
		if (this.journalTitles.length > 0 && this.chance(0.7)) {
			const target = this.journalTitles[this.int(Math.max(0, this.journalTitles.length - 60), this.journalTitles.length - 1)] ?? '';
			return this.chance(0.2) ? `[[${target}|sidste gang]]` : `[[${target}]]`;
		}
		if (this.otherPaths.length > 0) {
			const path = this.pick(this.otherPaths);
			const name = path.slice(path.lastIndexOf('/') + 1, -3);
			return this.chance(0.15) ? `[${name}](${encodeURI(path)})` : `[[${name}]]`;
		}
		return `[[${this.sampler.draw(this.rng)}]]`;
	}

	private task(day: number): string {
		const done = this.chance(0.45);
		const text = this.sentence().replace(/[.?!]$/, '');
		const due = this.chance(0.5) ? ` 📅 ${isoDay(day + this.int(1, 30) * DAY_MS)}` : '';
		return `- [${done ? 'x' : ' '}] ${text}${due}`;
	}

	private callout(lang: Lang): string {
		const tool = this.pick(TOOLS);
		const slug = this.chance(0.03) ? TOOL_VOCABULARY[tool][lang].replace('ø', 'oe') : TOOL_VOCABULARY[tool][lang];
		const lines = [`> [!three-gazes|${slug}] ${tool}`];
		for (let i = this.int(1, 4); i > 0; i--) lines.push(`> **${this.sampler.draw(this.rng)}:** ${this.sentence()}`);
		return lines.join('\n');
	}

	private questionSet(lang: Lang): string {
		const category = this.pick(QUESTION_CATEGORIES);
		const lines = [`> [!three-gazes|${QUESTION_CATEGORY_VOCABULARY[category][lang]}]- ${category}`];
		for (let i = this.int(1, 3); i > 0; i--) lines.push(`> - ${this.pick(QUESTIONS)}`);
		return lines.join('\n');
	}

	private frontmatter(style: Style, fields: Array<[string, string | string[]]>, tags: string[]): string {
		if (style === 'none') return '';
		if (style === 'empty') return '---\n---\n';
		const lines = ['---'];
		if (style === 'commented') lines.push(`# ${this.sentence()}`);
		const tagLines = (): void => {
			if (tags.length === 0) return;
			if (style === 'flow') lines.push(`tags: [${tags.join(', ')}]`);
			else if (style === 'string') lines.push(`tags: ${tags.join(' ')}`);
			else {
				const indent = this.chance(0.1) ? '    ' : this.chance(0.1) ? '' : '  ';
				lines.push('tags:', ...tags.map((t) => `${indent}- ${t}`));
			}
		};
		const tagsFirst = this.chance(0.3);
		if (tagsFirst) tagLines();
		for (const [key, value] of fields) {
			if (Array.isArray(value)) {
				if (style === 'flow' || this.chance(0.3)) lines.push(`${key}: [${value.join(', ')}]`);
				else lines.push(`${key}:`, ...value.map((v) => `  - ${v}`));
			} else {
				lines.push(`${key}: ${value}`);
			}
			if (style === 'commented' && this.chance(0.3)) lines.push(`# ${this.sampler.draw(this.rng)} ${this.sampler.draw(this.rng)}`);
		}
		if (!tagsFirst) tagLines();
		lines.push('---', '');
		return lines.join('\n');
	}

	private pickStyle(noneShare: number): Style {
		const u = this.rng();
		if (u < noneShare) return 'none';
		if (u < noneShare + 0.4) return 'block';
		if (u < noneShare + 0.62) return 'flow';
		if (u < noneShare + 0.68) return 'string';
		if (u < noneShare + 0.69) return 'empty';
		return 'commented';
	}

	/** Breaks a note's frontmatter in one of the ways people do (or makes it unclosed). */
	private malform(content: string): string {
		const body = content.replace(/^---\n[\s\S]*?\n---\n/, '');
		switch (this.int(0, 5)) {
			case 0:
				return `---\ndate: 2019-01-01\ntags: [blik/selv\n${body}`;
			case 1:
				return `---\ntags: [blik/borger, ledelse\nkind: møde\n---\n${body}`;
			case 2:
				return `---\nkind: møde\nkind: personalemøde\n---\n${body}`;
			case 3:
				return `---\n- blik/borger\n- ledelse\n---\n${body}`;
			case 4:
				return `---\ntags:\n\t- blik/medarbejdere\n---\n${body}`;
			default:
				return `---\ndate: 2020-02-02\n  kind: møde\n tags: x: y\n---\n${body}`;
		}
	}

	private finish(content: string): string {
		let out = content;
		if (this.chance(0.05)) out = out.replace(/\n/g, '\r\n');
		if (this.chance(0.02)) out = `\uFEFF${out}`;
		if (this.chance(0.1)) out = out.replace(/\r?\n$/, '');
		return out;
	}

	journalNote(i: number, total: number): GeneratedNote {
		const span = LAST_DAY - FIRST_DAY;
		const day = FIRST_DAY + Math.floor(((i + this.rng() * 0.9) / total) * (span / DAY_MS)) * DAY_MS;
		const iso = isoDay(day);
		const lang: Lang = this.chance(0.15) ? 'en' : 'da';
		const kind = this.chance(0.8) ? this.pick(KINDS) : null;
		const gazes = this.pickGazes();
		const title = kind ? KIND_TITLES[kind] : this.title();
		const path = this.uniquePath(`${JOURNAL_FOLDER}/${iso.slice(0, 4)}`, `${iso} ${title}`);
		const style = this.pickStyle(0.08);
		const inlineTags = style === 'none' || style === 'empty' || this.chance(0.05);
		const tags = inlineTags ? [] : [...gazes.map((g) => this.gazeTag(g, lang)), ...(this.chance(0.3) ? ['ledelse'] : [])];
		const fields: Array<[string, string | string[]]> = [];
		if (this.chance(0.85)) fields.push(['date', this.chance(0.1) ? `"${iso}"` : iso]);
		if (kind) {
			const u = this.rng();
			fields.push(['kind', u < 0.1 ? kind : KIND_VOCABULARY[kind][u < 0.3 ? 'en' : lang]]);
		}
		if (this.chance(0.15)) fields.push(['tools', [TOOL_VOCABULARY[this.pick(TOOLS)][lang], TOOL_VOCABULARY[this.pick(TOOLS)][lang]]]);
		if (kind === 'self-check-in') for (const focus of SELF_FOCUS) fields.push([`rating-${focus}`, String(this.int(1, 5))]);
		if (this.chance(0.05)) fields.push(['aliases', [this.sentence().slice(0, 30).replace(/[,.?!:]/g, '')]]);

		const parts = [this.frontmatter(style, fields, tags) + `# ${title}`];
		const wordTarget = this.length(60, 330);
		const sections = gazes.length > 0 && this.chance(0.6) ? gazes : [];
		if (sections.length === 0) parts.push(this.prose(wordTarget));
		for (const gaze of sections) parts.push(`## ${GAZE_HEADINGS[gaze][lang]}`, this.prose(Math.ceil(wordTarget / sections.length)));
		if (inlineTags && gazes.length > 0) parts.push(gazes.map((g) => `#${this.gazeTag(g, lang)}`).join(' '));
		if (this.chance(0.25)) parts.push(this.callout(lang));
		if (this.chance(0.15)) parts.push(this.questionSet(lang));
		if (this.chance(0.5)) parts.push(`Se også ${this.link()}${this.chance(0.3) ? ` og ${this.link()}` : ''}.`);
		if (this.chance(0.4)) {
			const tasks: string[] = [];
			for (let t = this.int(1, 4); t > 0; t--) tasks.push(this.task(day));
			parts.push(tasks.join('\n'));
		}
		if (this.chance(0.02)) parts.push('```\n# ikke en overskrift\n- [ ] ikke en opgave\n```');
		let content = parts.join('\n\n') + '\n';
		const malformed = this.chance(0.015);
		if (malformed) content = this.malform(content);
		this.journalTitles.push(path.slice(path.lastIndexOf('/') + 1, -3));
		return { path, content: this.finish(content), mtime: day + this.int(17, 22) * 3_600_000 + this.int(0, 3599) * 1000, journal: true, malformed };
	}

	otherNote(i: number): GeneratedNote {
		const folder = this.pick(OTHER_FOLDERS);
		const title = this.title();
		const name = `${title} ${i}`;
		const path = this.uniquePath(folder, name);
		const gazeTagged = this.chance(0.03);
		const lang: Lang = this.chance(0.15) ? 'en' : 'da';
		const gazes = gazeTagged ? this.pickGazes() : [];
		const journal = gazes.length > 0;
		const style = this.pickStyle(0.45);
		const tags = [...gazes.map((g) => this.gazeTag(g, lang)), ...(this.chance(0.5) ? [this.pick(['projekt', 'viden', 'møde', 'kursus', 'idé'])] : [])];
		const fields: Array<[string, string | string[]]> = [];
		if (this.chance(0.3)) fields.push(['created', isoDay(FIRST_DAY + this.int(0, 7000) * DAY_MS)]);
		if (this.chance(0.1)) fields.push(['status', this.pick(['aktiv', 'afsluttet', 'idé'])]);
		if (this.chance(0.05)) fields.push(['aliases', [title.toLowerCase()]]);
		const parts = [this.frontmatter(style, fields, tags) + `# ${name}`];
		parts.push(this.prose(this.length(20, 260)));
		if (gazes.length > 0 && (style === 'none' || style === 'empty')) parts.push(gazes.map((g) => `#${this.gazeTag(g, lang)}`).join(' '));
		if (this.chance(0.3)) {
			const items: string[] = [];
			for (let k = this.int(2, 6); k > 0; k--) items.push(`- ${this.sentence()}`);
			parts.push(items.join('\n'));
		}
		if (this.chance(0.35)) parts.push(this.link());
		if (this.chance(0.1)) parts.push(this.task(FIRST_DAY + this.int(0, 7000) * DAY_MS));
		let content = parts.join('\n\n') + '\n';
		const malformed = this.chance(0.005) && style !== 'none';
		if (malformed) content = this.malform(content);
		this.otherPaths.push(path);
		const mtime = FIRST_DAY + this.int(0, 7240) * DAY_MS + this.int(0, 86_399) * 1000;
		return { path, content: this.finish(content), mtime, journal: journal && !malformed, malformed };
	}
}

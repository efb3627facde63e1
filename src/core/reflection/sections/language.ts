/**
 * The language watch in the mirror (obs sprog, issue 7): how often each category of callous or
 * powerless language appeared in the period's notes, split into what she quoted (what she heard)
 * and her own words. A private reflection prompt, never a score of people: it shows counts and
 * notes, never the words matched.
 */
import type { JournalNote } from '../../journal-note';
import { LANGUAGE_CATEGORIES, type LanguageCategory } from '../../language/lexicon';
import { createLanguageChecker, type LanguageWatchOptions } from '../../language/watch';
import { PathSet, cellOf, figureOf, textCell } from '../figures';
import type { Block, Figure, PromptCandidate, SectionDefinition } from '../types';

/** Findings per category in one note: quoted and in her own words. */
export type NoteLanguageCounts = Readonly<Record<LanguageCategory, { readonly quoted: number; readonly own: number }>>;

/** What the section computes. */
export interface LanguageInMirror {
	readonly quoted: Readonly<Record<LanguageCategory, Figure>>;
	readonly own: Readonly<Record<LanguageCategory, Figure>>;
	/** Notes with any finding. */
	readonly notes: Figure;
}

/**
 * The Language section with the user's language-watch settings. The per-note counts are cached
 * under a key made of those settings, so changing them reads the notes again.
 */
export function languageSection(options: LanguageWatchOptions = {}): SectionDefinition<LanguageInMirror> {
	let checker: ReturnType<typeof createLanguageChecker> | null = null;
	const cacheKey = `language:${JSON.stringify(options)}`;
	let ownText: (note: JournalNote) => string = (note) => note.body;
	const countsOf = (note: JournalNote): NoteLanguageCounts => {
		checker ??= createLanguageChecker(options);
		const counts = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, { quoted: 0, own: 0 }])) as Record<LanguageCategory, { quoted: number; own: number }>;
		for (const f of checker(ownText(note), undefined, note.path)) counts[f.category][f.quoted ? 'quoted' : 'own']++;
		return counts;
	};
	return {
		id: 'language',
		compute(input) {
			// Her own text only, line for line (a template's words are not hers to be watched).
			ownText = (note) => {
				const own = input.writing(note).ownByLine;
				const lines = note.body.split('\n');
				return lines.map((_, i) => own.get(i) ?? '').join('\n');
			};
			const quoted = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, new PathSet()])) as Record<LanguageCategory, PathSet>;
			const own = Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, new PathSet()])) as Record<LanguageCategory, PathSet>;
			const notes: string[] = [];
			for (const note of input.notes) {
				if (note.kind === 'reflection-summary') continue;
				const counts = input.perNote(cacheKey, note, countsOf);
				let any = false;
				for (const c of LANGUAGE_CATEGORIES) {
					for (let i = 0; i < counts[c].quoted; i++) quoted[c].add(note.path);
					for (let i = 0; i < counts[c].own; i++) own[c].add(note.path);
					any ||= counts[c].quoted + counts[c].own > 0;
				}
				if (any) notes.push(note.path);
			}
			return {
				quoted: Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, quoted[c].figure()])) as Record<LanguageCategory, Figure>,
				own: Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, own[c].figure()])) as Record<LanguageCategory, Figure>,
				notes: figureOf(notes),
			};
		},
		view(result, t) {
			const blocks: Block[] = [];
			const rows = LANGUAGE_CATEGORIES.filter((c) => result.quoted[c].n + result.own[c].n > 0);
			if (rows.length === 0) {
				blocks.push({ kind: 'text', text: t('reflection.language.none') });
			} else {
				blocks.push({
					kind: 'table',
					caption: t('reflection.language.caption', { count: result.notes.n }),
					head: [t('reflection.language.category'), t('reflection.language.quoted'), t('reflection.language.own')],
					rows: rows.map((c) => [textCell(t(`watch.category.${c}`)), cellOf(result.quoted[c]), cellOf(result.own[c])]),
				});
			}
			blocks.push({ kind: 'text', text: t('reflection.language.rule') });
			return { id: 'language', title: t('reflection.language.title'), intro: t('reflection.language.intro'), blocks };
		},
		json(result) {
			return {
				language: Object.fromEntries(LANGUAGE_CATEGORIES.map((c) => [c, { quoted: result.quoted[c].n, own: result.own[c].n }])),
				languageEvidence: result.notes.paths,
			};
		},
		prompts(result) {
			const out: PromptCandidate[] = [];
			const powerless = figureOf([...result.quoted.powerlessness.paths, ...result.own.powerlessness.paths]);
			if (powerless.n >= 2) {
				out.push({ weight: 55, key: 'reflection.prompt.powerlessness', vars: () => ({ count: powerless.n }), evidence: powerless.paths });
			}
			const ownHarsh = figureOf(LANGUAGE_CATEGORIES.filter((c) => c !== 'powerlessness').flatMap((c) => result.own[c].paths));
			if (ownHarsh.n > 0) {
				out.push({ weight: 58, key: 'reflection.prompt.ownLanguage', vars: () => ({ count: ownHarsh.n }), evidence: ownHarsh.paths });
			}
			return out;
		},
	};
}

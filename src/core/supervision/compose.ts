/**
 * The supervision-preparation note: the sections of the method's supervision preparation (from the
 * catalogue, the same structure the supervision template expands to), prefilled from the chosen
 * material, then an appendix: excerpts with links, the period's mirror in brief, open follow-ups,
 * themes (tools, language-watch categories as counts, never quotes), and questions from the method.
 *
 * Every text taken from her notes passes through one `Protector` (pseudonymised by default; CPR
 * numbers always removed), and the finished note passes the CPR guard once more.
 */
import { GAZES, KIND_VOCABULARY, gazeTag, type Lang, type ToolId } from '../domain';
import { hasKey, translate, type Vars } from '../i18n';
import type { JournalNote } from '../journal-note';
import { QUESTION_CATEGORY_CATALOGUE, QUESTION_TYPES, SUPERVISION_PREPARATION, toolEntry } from '../method/catalogue';
import { formatMoment } from '../templates/moment-format';
import { dayAsDate } from './dates';
import { EXCERPT_CHARS, collapseSpaces, cutText, proseOf } from './excerpt';
import { isMarkedForSupervision } from './marking';
import { candidateNotes } from './material';
import type { SupervisionPeriod } from './period';
import type { LanguageCounter, MirrorBrief, PrivacyPort } from './ports';
import { containsCprLike, createProtector, removeCprLike, type Protector } from './protect';

/** Everything a preparation is composed from. */
export interface PreparationInput {
	/** The language the note is written in. */
	readonly lang: Lang;
	/** The vocabulary of its gaze tag (`tagLang(settings, lang)`). */
	readonly tagLang: Lang;
	/** Today, `YYYY-MM-DD`: the note's date. */
	readonly today: string;
	readonly period: Pick<SupervisionPeriod, 'from' | 'to' | 'lastPreparation'>;
	/** Every journal note (the period's figures are taken from those dated in the period). */
	readonly notes: readonly JournalNote[];
	/** The chosen material: paths of journal notes, in the order she chose them. */
	readonly material: readonly string[];
	/** Her question in one sentence (may be empty: she writes it in the note). */
	readonly question: string;
	/** The privacy module; null when it is not available (then only CPR numbers are removed). */
	readonly privacy: PrivacyPort | null;
	/** Pseudonymise names and identifiers in excerpts (default true). CPR numbers are removed regardless. */
	readonly pseudonymise?: boolean;
	/** The reflection computation's figures for the period; null when not available. */
	readonly mirror: MirrorBrief | null;
	/** The language watch's counter; null when not available. */
	readonly languageCounts: LanguageCounter | null;
	/** Excerpt length in characters (default 280). */
	readonly excerptChars?: number;
	/** The most open follow-ups listed (default 12). */
	readonly maxFollowUps?: number;
}

/** The composed note. */
export interface Preparation {
	/** The note's Markdown. */
	readonly text: string;
	/** The note's title (the default file name's title part). */
	readonly title: string;
	/** True when excerpts were pseudonymised; false when only CPR numbers were removed. */
	readonly pseudonymised: boolean;
	/** Chosen paths that are not journal notes (left out). */
	readonly unknownMaterial: readonly string[];
}

/** A stage of the supervision preparation from the catalogue. */
function stage(id: string) {
	const found = SUPERVISION_PREPARATION.find((s) => s.id === id);
	if (!found) throw new Error(`Three Gazes: no supervision stage "${id}" in the method catalogue`);
	return found;
}

/** The heading of the preparation's "afterwards" section, in either language. */
export function afterwardsHeadings(): readonly string[] {
	const names = stage('afterwards').name;
	return [names.da, names.en];
}

/** A day as the user reads it: `5. november 2026` / `5 November 2026`. */
export function formatDay(iso: string, lang: Lang): string {
	return formatMoment(dayAsDate(iso), lang === 'da' ? 'D. MMMM YYYY' : 'D MMMM YYYY', lang);
}

/**
 * A wikilink to a note with a protected alias: the target stays the real path so it resolves. A path
 * that holds a CPR number is no link at all, only the protected name: the number must not leave the
 * vault, neither as the target nor as the alias.
 */
export function noteLink(note: Pick<JournalNote, 'path' | 'basename'>, protector: Protector): string {
	return pathLink(note.path, protector.protect(note.basename).replace(/[|[\]]/g, ' ').replace(/\s+/g, ' ').trim() || '…');
}

/**
 * `[[path|alias]]` (the alias already protected), or the alias alone when the path holds a CPR number
 * or a line break (no link can hold one; written raw it would break the Markdown around it).
 */
function pathLink(path: string, alias: string): string {
	const target = path.replace(/\.md$/i, '');
	if (containsCprLike(target) || /[\r\n]/.test(target)) return alias;
	return `[[${target}|${alias}]]`;
}

function countsLine(entries: readonly (readonly [string, number])[], none: string): string {
	const shown = entries.filter(([, n]) => n > 0);
	return shown.length === 0 ? none : shown.map(([label, n]) => `${label} ${n}`).join(' · ');
}

function toolName(id: ToolId, lang: Lang): string {
	return toolEntry(id).name[lang];
}

/** The tools a note uses, each once. */
function toolsOf(note: JournalNote): ToolId[] {
	return [...new Set(note.tools.map((t) => t.tool))];
}

/** Composes the preparation note. Pure: the same input gives the same text. */
export function composePreparation(input: PreparationInput): Preparation {
	const { lang } = input;
	const t = (key: string, vars?: Vars): string => translate(lang, `supervision.${key}`, vars);
	// The language watch once per note (by path: "not here" is per note): the material's notes are counted for why now and the themes.
	const counted = new Map<string, Readonly<Record<string, number>>>();
	const languageCounts = input.languageCounts;
	const countsOf = languageCounts
		? (body: string, path: string): Readonly<Record<string, number>> => {
				let counts = counted.get(path);
				if (!counts) counted.set(path, (counts = languageCounts(body, path)));
				return counts;
			}
		: null;
	const byPath = new Map(input.notes.map((n) => [n.path, n]));
	const chosen: JournalNote[] = [];
	const unknownMaterial: string[] = [];
	for (const path of input.material) {
		const note = byPath.get(path);
		if (!note) unknownMaterial.push(path);
		else if (!chosen.includes(note)) chosen.push(note);
	}
	const periodNotes = candidateNotes(input.notes, input.period).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.path.localeCompare(b.path));
	const title = translate(lang, 'kind.supervision-preparation');
	const maxFollowUps = input.maxFollowUps ?? 12;
	const open = periodNotes.flatMap((note) => note.tasks.filter((task) => !task.done).map((task) => ({ note, task })));
	const proses = new Map(chosen.map((note) => [note, proseOf(note.body)]));
	// Every text from her notes that the preparation shows, in the order it shows them: the protector
	// reads them all first, so a person named anywhere is pseudonymised everywhere.
	const corpus = [
		...chosen.map((note) => note.basename),
		input.question,
		...chosen.map((note) => proses.get(note) ?? ''),
		...open.slice(0, maxFollowUps).flatMap(({ note, task }) => [task.text, note.basename]),
	];
	const protector = createProtector(lang, input.privacy, input.pseudonymise ?? true, corpus);
	const link = (note: JournalNote): string => noteLink(note, protector);
	const out: string[] = [];
	const section = (id: string): void => {
		const s = stage(id);
		out.push('', `## ${s.name[lang]}`, `*${s.prompt[lang]}*`);
	};

	out.push(
		'---',
		`date: ${input.today}`,
		`kind: ${KIND_VOCABULARY['supervision-preparation'][lang]}`,
		'tags:',
		`  - ${gazeTag('self', input.tagLang)}`,
		`period-from: ${input.period.from}`,
		`period-to: ${input.period.to}`,
		'---',
		`# ${title}`,
		'',
		`*${t('intro', { from: formatDay(input.period.from, lang), to: formatDay(input.period.to, lang) })} ${t(protector.pseudonymised ? 'intro.pseudonymised' : 'intro.cprOnly')}*`,
	);

	// The case: the material it is drawn from.
	section('case');
	if (chosen.length > 0) out.push('', t('case.material', { links: chosen.map(link).join(', ') }));

	// Why now: what the material shows.
	section('why-now');
	const whyNow: string[] = [];
	const marked = chosen.filter(isMarkedForSupervision).length;
	if (marked > 0) whyNow.push(t('why.marked', { count: marked }));
	const openInChosen = chosen.reduce((sum, n) => sum + n.tasks.filter((task) => !task.done).length, 0);
	if (openInChosen > 0) whyNow.push(t('why.openFollowUps', { count: openInChosen }));
	if (countsOf) {
		const flags = chosen.reduce((sum, n) => sum + Object.values(countsOf(n.body, n.path)).reduce((a, b) => a + b, 0), 0);
		if (flags > 0) whyNow.push(t('why.language', { count: flags }));
	}
	if (input.period.lastPreparation) {
		whyNow.push(t('why.sinceLast', { date: formatDay(input.period.lastPreparation.date, lang), link: pathLink(input.period.lastPreparation.path, formatDay(input.period.lastPreparation.date, lang)) }));
	}
	if (whyNow.length > 0) out.push('', ...whyNow.map((line) => `- ${line}`));

	section('question');
	const question = protector.protect(collapseSpaces(input.question));
	if (question) out.push('', question);

	section('want');
	section('stuck');

	// What I have tried: the tools used in the material.
	section('tried');
	const toolLines = new Map<ToolId, JournalNote[]>();
	for (const note of chosen) for (const tool of toolsOf(note)) toolLines.set(tool, [...(toolLines.get(tool) ?? []), note]);
	if (toolLines.size > 0) {
		out.push('', t('tried.tools'), ...[...toolLines].map(([tool, notes]) => `- ${toolName(tool, lang)}: ${notes.map(link).join(', ')}`));
	}

	section('own-part');
	section('afterwards');

	// Appendix.
	out.push('', `## ${t('appendix')}`);

	out.push('', `### ${t('appendix.material')}`);
	if (chosen.length === 0) out.push(t('appendix.noMaterial'));
	for (const note of chosen) {
		const prose = protector.protect(proses.get(note) ?? '');
		const excerpt = cutText(prose, input.excerptChars ?? EXCERPT_CHARS);
		const when = note.date ? ` (${formatDay(note.date, lang)})` : '';
		out.push(`- ${link(note)}${when}${excerpt ? `: ${excerpt}` : ''}`);
	}

	out.push('', `### ${t('appendix.mirror')}`);
	out.push(...mirrorLines(input.mirror, lang, t));

	out.push('', `### ${t('appendix.followUps')}`);
	if (open.length === 0) out.push(t('followUps.none'));
	for (const { note, task } of open.slice(0, maxFollowUps)) {
		const due = task.due ? ` (${t('followUps.due', { date: formatDay(task.due, lang) })})` : '';
		out.push(`- ${protector.protect(task.text)}${due}: ${link(note)}`);
	}
	if (open.length > maxFollowUps) out.push(`- ${t('followUps.more', { count: open.length - maxFollowUps })}`);

	out.push('', `### ${t('appendix.themes')}`);
	const toolCounts = new Map<ToolId, number>();
	for (const note of periodNotes) for (const tool of toolsOf(note)) toolCounts.set(tool, (toolCounts.get(tool) ?? 0) + 1);
	const toolEntries = [...toolCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tool, n]) => [toolName(tool, lang), n] as const);
	out.push(`- ${t('themes.tools', { counts: countsLine(toolEntries, t('themes.none')) })}`);
	if (countsOf) {
		const sums = new Map<string, number>();
		for (const note of periodNotes) for (const [category, n] of Object.entries(countsOf(note.body, note.path))) sums.set(category, (sums.get(category) ?? 0) + n);
		const label = (c: string): string => (hasKey(`watch.category.${c}`) ? translate(lang, `watch.category.${c}`) : c);
		const entries = [...sums].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => [label(c), n] as const);
		out.push(`- ${t('themes.language', { counts: countsLine(entries, t('themes.none')) })}`);
	} else {
		out.push(`- ${t('themes.languageUnavailable')}`);
	}

	out.push('', `### ${t('appendix.questions')}`, '', `#### ${t('questions.categories')}`);
	for (const category of QUESTION_CATEGORY_CATALOGUE.filter((c) => c.id !== 'feelings')) {
		out.push(`- **${category.name[lang]}:** ${category.questions[lang].slice(0, 2).join(' ')}`);
	}
	for (const type of QUESTION_TYPES.filter((q) => q.id === 'circular' || q.id === 'reflexive')) {
		out.push('', `#### ${type.name[lang]}`, `*${type.description[lang]}*`, ...type.examples[lang].map((q) => `- ${q}`));
	}

	const text = removeCprLike(`${out.join('\n')}\n`, lang);
	return { text, title, pseudonymised: protector.pseudonymised, unknownMaterial };
}

function mirrorLines(mirror: MirrorBrief | null, lang: Lang, t: (key: string, vars?: Vars) => string): string[] {
	if (!mirror) return [t('mirror.unavailable')];
	const gazes = GAZES.map((g) => [translate(lang, `gaze.${g}.short`), mirror.gazes[g]] as const);
	const questions = QUESTION_CATEGORY_CATALOGUE.map((c) => [c.name[lang], mirror.questions[c.id] ?? 0] as const);
	const dp = mirror.doublePerspective;
	return [
		`- ${t('mirror.gazes', { counts: gazes.map(([g, n]) => `${g} ${n}`).join(' · '), notes: mirror.journalNotes })}`,
		`- ${dp.meetings === 0 ? t('mirror.noMeetings') : t('mirror.double', { both: dp.both, meetings: dp.meetings })}`,
		`- ${t('mirror.questions', { counts: countsLine(questions, t('mirror.noQuestions')) })}`,
	];
}

/**
 * The mirror in words: its display in a language (for the view), the saved note (Markdown with
 * links to the evidence), plain text (for the command line) and the `--json` figures.
 */
import { oneLine } from '../text';
import { KIND_VOCABULARY, gazeTag, type Lang } from '../domain';
import { translator, type Translate } from '../i18n';
import { textCell } from './figures';
import { formatDay } from './period';
import type { Block, Cell, Prompt, Reflection, SectionView } from './types';

/** In text and Markdown, a number links at most this many notes inline ("+N more" after). */
export const MAX_INLINE_LINKS = 8;

/** Everything a renderer draws, in one language. */
export interface ReflectionDisplay {
	readonly title: string;
	/** `2. nov. 2026 – 29. nov. 2026`. */
	readonly periodText: string;
	/** Undated and future notes, the one-note and empty-period states. */
	readonly notices: readonly Block[];
	/** True when the period holds no notes (the view shows its empty state instead of sections). */
	readonly empty: boolean;
	readonly sections: readonly SectionView[];
	readonly prompts: readonly Prompt[];
}

/** The prompts in a language. */
export function promptsIn(reflection: Reflection, lang: Lang): Prompt[] {
	const t = translator(lang);
	return reflection.prompts.map((p) => ({ text: t(p.key, p.vars?.(lang)), evidence: p.evidence, ...(p.cite ? { cite: p.cite } : {}) }));
}

/** A prompt's citation in words: `You wrote: "…" (note)`, or '' when it has none. */
export function citeLine(prompt: Prompt, t: Translate): string {
	return prompt.cite ? t('reflection.cite', { text: prompt.cite.text, note: basename(prompt.cite.path) }) : '';
}

/** The mirror's display in a language. */
export function presentReflection(reflection: Reflection, lang: Lang): ReflectionDisplay {
	const t = translator(lang);
	const notices: Block[] = [];
	const empty = reflection.journalNotes.n === 0;
	if (empty && reflection.total > 0) notices.push({ kind: 'text', text: t('reflection.outside') });
	if (reflection.journalNotes.n === 1) notices.push({ kind: 'text', text: t('reflection.oneNote') });
	if (reflection.undated.n > 0) notices.push({ kind: 'callout', text: t('reflection.undated', { count: reflection.undated.n }), paths: reflection.undated.paths });
	if (reflection.future.n > 0) notices.push({ kind: 'callout', text: t('reflection.future', { count: reflection.future.n }), paths: reflection.future.paths });
	if (reflection.untouched.n > 0) notices.push({ kind: 'callout', text: t('reflection.untouched', { count: reflection.untouched.n }), paths: reflection.untouched.paths });
	return {
		title: t('reflection.title'),
		periodText: t('reflection.period', { from: formatDay(reflection.period.from, lang), to: formatDay(reflection.period.to, lang) }),
		notices,
		empty,
		sections: empty ? [] : reflection.sections.map((s) => s.view(t, lang)),
		prompts: promptsIn(reflection, lang),
	};
}

/** The `--json` figures: the issue's shape first, then more, and the prompts. */
export function reflectionJson(reflection: Reflection, lang: Lang): Record<string, unknown> {
	return {
		from: reflection.period.from,
		to: reflection.period.to,
		today: reflection.period.today,
		journalNotes: reflection.journalNotes.n,
		undated: reflection.undated.paths,
		future: reflection.future.paths,
		untouched: reflection.untouched.paths,
		...(Object.assign({}, ...reflection.sections.map((s) => s.json())) as Record<string, unknown>),
		prompts: promptsIn(reflection, lang),
	};
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

// ---------------------------------------------------------------- plain text

function pad(text: string, width: number): string {
	return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function textTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: readonly string[]): string => '  ' + cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ').trimEnd();
	return [line(head), ...rows.map(line)];
}

function notesNamed(paths: readonly string[], t: Translate): string {
	const shown = paths.slice(0, MAX_INLINE_LINKS).map(basename);
	const more = paths.length - shown.length;
	return shown.join('; ') + (more > 0 ? `; ${t('reflection.more', { count: more })}` : '');
}

function blockText(block: Block, t: Translate): string[] {
	switch (block.kind) {
		case 'stats':
			return block.items.map((item) => `  ${item.label}: ${item.value.text}${item.hint ? ` (${item.hint})` : ''}`);
		case 'bars':
			return [`  ${block.caption}`, ...textTable(['', ...block.series.map((s) => s.label)], block.groups.map((g) => [g.label, ...g.values.map((v) => v.text)]))];
		case 'table':
			return [`  ${block.caption}`, ...textTable(block.head, block.rows.map((r) => r.map((c) => c.text)))];
		case 'lines':
			return [`  ${block.caption}`, ...block.series.map((s) => `  ${s.label}: ${s.points.map((p) => `${p.value} (${p.label})`).join(', ')}`)];
		case 'list':
			return [
				...(block.caption ? [`  ${block.caption}:`] : []),
				...block.items.map((item) => `  - ${item.text}${item.paths.length === 1 && !item.text.includes(basename(item.paths[0] ?? '')) ? ` [${basename(item.paths[0] ?? '')}]` : ''}`),
			];
		case 'callout':
			return [`  ! ${block.text}`, `    ${t('reflection.evidence')}: ${notesNamed(block.paths, t)}`];
		case 'text':
			return [`  ${block.text}`];
	}
}

/** The mirror as plain text (the command line's report). */
export function reflectionText(reflection: Reflection, lang: Lang): string {
	const t = translator(lang);
	const display = presentReflection(reflection, lang);
	const lines: string[] = [`${display.title}: ${display.periodText}`, t('reflection.journalNotes', { count: reflection.journalNotes.n })];
	for (const block of display.notices) lines.push(...blockText(block, t));
	if (reflection.total === 0) lines.push(t('reflection.emptyVault'));
	for (const section of display.sections) {
		lines.push('', section.title.toUpperCase(), `  ${section.intro}`);
		for (const block of section.blocks) lines.push(...blockText(block, t));
	}
	if (display.prompts.length > 0) {
		lines.push('', t('reflection.prompts.title').toUpperCase());
		display.prompts.forEach((p, i) => {
			lines.push(`  ${i + 1}. ${p.text}`, ...(p.cite ? [`     ${citeLine(p, t)}`] : []), `     ${t('reflection.evidence')}: ${notesNamed(p.evidence, t)}`);
		});
	}
	return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------- Markdown

/** A wikilink to a note by its path, shown by its name; `|` escaped inside tables; on one line, whatever the file name holds. */
function link(path: string, inTable = false, label = basename(path)): string {
	return `[[${oneLine(path.replace(/\.md$/i, ''))}${inTable ? '\\|' : '|'}${oneLine(label)}]]`;
}

function links(paths: readonly string[], t: Translate): string {
	const shown = paths.slice(0, MAX_INLINE_LINKS).map((p) => link(p));
	const more = paths.length - shown.length;
	return shown.join(', ') + (more > 0 ? `, ${t('reflection.more', { count: more })}` : '');
}

/**
 * Text quoted from notes (task texts, questions) may hold `#tags`; in the saved note they would tag
 * the mirror itself (a `#blik/borger` in a task would give it the citizen gaze). Escaped, they
 * show as written and tag nothing.
 */
function md(text: string): string {
	return text.replace(/#(?=[\p{L}\p{N}_])/gu, '\\#');
}

function cellMd(cell: Cell): string {
	const only = cell.paths.length === 1 ? cell.paths[0] : undefined;
	return only ? link(only, true, md(cell.text)) : md(cell.text).replace(/\|/g, '\\|');
}

function tableMd(head: readonly string[], rows: readonly (readonly Cell[])[]): string[] {
	return [`| ${head.map((h) => h.replace(/\|/g, '\\|')).join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map(cellMd).join(' | ')} |`)];
}

function blockMd(block: Block, t: Translate): string[] {
	switch (block.kind) {
		case 'stats':
			return [
				...block.items.map((item) => `- ${md(item.label)}: ${md(item.value.text)}${item.hint ? ` (${md(item.hint)})` : ''}${item.value.paths.length > 0 ? ` · ${links(item.value.paths, t)}` : ''}`),
				'',
			];
		case 'bars':
			return [`*${block.caption}*`, '', ...tableMd(['', ...block.series.map((s) => s.label)], block.groups.map((g) => [textCell(g.label), ...g.values])), ''];
		case 'table':
			return [`*${block.caption}*`, '', ...tableMd(block.head, block.rows), ''];
		case 'lines':
			return [`*${block.caption}*`, '', ...block.series.map((s) => `- ${md(s.label)}: ${s.points.map((p) => `${p.value} (${md(p.label)})`).join(', ')}`), ''];
		case 'list':
			return [
				...(block.caption ? [`*${block.caption}*`, ''] : []),
				...block.items.map((item) => `- ${md(item.text)}${item.paths.length > 0 ? ` · ${links(item.paths, t)}` : ''}`),
				'',
			];
		case 'callout':
			return [`> [!note] ${md(block.text)}`, `> ${t('reflection.evidence')}: ${links(block.paths, t)}`, ''];
		case 'text':
			return [md(block.text), ''];
	}
}

/** How the saved note is named: `2026-11-27 Refleksionsspejl`. */
export function reflectionNoteName(reflection: Reflection, lang: Lang): string {
	return `${reflection.period.today} ${translator(lang)('reflection.noteTitle')}`;
}

/**
 * The note "Save this reflection as a note" writes: a self-gaze note of kind reflection-summary,
 * dated today, with the period as properties, every section, and the prompts, linking the notes
 * behind the figures.
 */
export function reflectionMarkdown(reflection: Reflection, options: { readonly lang: Lang; readonly tagLang: Lang }): string {
	const { lang } = options;
	const t = translator(lang);
	const display = presentReflection(reflection, lang);
	const lines: string[] = [
		'---',
		`date: ${reflection.period.today}`,
		`kind: ${KIND_VOCABULARY['reflection-summary'][lang]}`,
		'tags:',
		`  - ${gazeTag('self', options.tagLang)}`,
		`period-from: ${reflection.period.from}`,
		`period-to: ${reflection.period.to}`,
		'---',
		`# ${t('reflection.noteTitle')}: ${display.periodText}`,
		'',
		`*${t('reflection.computedFor', { today: formatDay(reflection.period.today, lang), count: reflection.journalNotes.n })}*`,
		'',
	];
	for (const block of display.notices) lines.push(...blockMd(block, t));
	if (display.prompts.length > 0) {
		lines.push(`## ${t('reflection.prompts.title')}`, '');
		for (const p of display.prompts) lines.push(`- ${md(p.text)}`, ...(p.cite ? [`  ${md(citeLine(p, t))}`] : []), `  ${t('reflection.evidence')}: ${links(p.evidence, t)}`);
		lines.push('');
	}
	for (const section of display.sections) {
		lines.push(`## ${section.title}`, '', `*${section.intro}*`, '');
		for (const block of section.blocks) lines.push(...blockMd(block, t));
	}
	return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * Draws the mirror's display model (`ReflectionDisplay`) with Obsidian's DOM helpers: no innerHTML,
 * charts as plain SVG built element by element, every number a keyboard-reachable link to the
 * notes behind it, every chart with a text alternative and its numbers in a table.
 */
import type { Translate } from '../../core/i18n';
import type { Block, Cell, ReflectionDisplay, SectionView } from '../../core/reflection';
import { citeLine } from '../../core/reflection';

/** What a number does when chosen: open its notes (one: the note; several: a list). */
export type OpenPaths = (label: string, paths: readonly string[], evt: MouseEvent | KeyboardEvent) => void;


/** Ids unique within one render (for aria-labelledby), without module-global state. */
class IdMaker {
	private n = 0;
	constructor(private readonly prefix: string) {}
	next(): string {
		return `${this.prefix}-${++this.n}`;
	}
}

function notesText(t: Translate, count: number): string {
	return t('reflection.notesBehind', { count });
}

/**
 * The accessible name of a number: its visible text first (so voice control finds it by what is
 * shown), then what choosing it does, and how many notes stand behind it when the text does not say.
 */
function figureName(cell: Cell, label: string, t: Translate): string {
	const behind = notesText(t, cell.paths.length);
	const opens = t('reflection.openNotes', { label });
	return cell.text === behind ? `${cell.text}: ${opens}` : `${cell.text}: ${opens} (${behind})`;
}

/** A number (or any cell): a link when notes stand behind it, plain text otherwise. */
function renderCell(parent: HTMLElement, cell: Cell, label: string, t: Translate, open: OpenPaths): HTMLElement {
	if (cell.paths.length === 0) return parent.createSpan({ text: cell.text, cls: 'three-gazes-value' });
	const link = parent.createEl('a', {
		text: cell.text,
		href: '#',
		cls: 'three-gazes-figure',
		attr: { 'aria-label': figureName(cell, label, t), 'data-paths': cell.paths.join('\n') },
	});
	link.addEventListener('click', (evt) => {
		evt.preventDefault();
		open(label, cell.paths, evt);
	});
	return link;
}

function renderStats(parent: HTMLElement, block: Extract<Block, { kind: 'stats' }>, t: Translate, open: OpenPaths): void {
	const dl = parent.createEl('dl', { cls: 'three-gazes-stats' });
	for (const item of block.items) {
		const row = dl.createDiv({ cls: 'three-gazes-stat' });
		row.createEl('dt', { text: item.label });
		const dd = row.createEl('dd');
		renderCell(dd, item.value, item.label, t, open);
		if (item.hint) dd.createSpan({ text: ` ${item.hint}`, cls: 'three-gazes-hint' });
	}
}

function renderTable(parent: HTMLElement, caption: string, head: readonly string[], rows: readonly (readonly Cell[])[], t: Translate, open: OpenPaths): HTMLTableElement {
	const table = parent.createEl('table', { cls: 'three-gazes-table' });
	table.createEl('caption', { text: caption });
	const tr = table.createEl('thead').createEl('tr');
	for (const h of head) tr.createEl('th', { text: h, attr: { scope: 'col' } });
	const body = table.createEl('tbody');
	for (const row of rows) {
		const r = body.createEl('tr');
		const rowLabel = row[0]?.text ?? '';
		row.forEach((cell, i) => {
			const td = i === 0 ? r.createEl('th', { attr: { scope: 'row' } }) : r.createEl('td');
			renderCell(td, cell, i === 0 ? rowLabel : `${rowLabel}, ${head[i] ?? ''}`, t, open);
		});
	}
	return table;
}

/**
 * An SVG element appended to `parent`, made with Obsidian's `createSvg` on the parent, so it belongs
 * to the parent's window (a pop-out window has its own document; `document` is the main window's).
 */
function svg<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
	return parent.createSvg(tag, { attr: attrs });
}

/** Labels this long or shorter fit under their bars; longer ones (categories) get a row each. */
const COLUMN_LABEL_MAX = 5;
/** At most this many labels under a chart of columns (a phone's sidebar has room for about as many). */
const COLUMN_LABELS_MAX = 13;

/**
 * Short labels under a time chart: the words every label shares at the start or at the end left
 * out ("Uge 45", "Uge 46" → "45", "46"; "okt. 2026", "nov. 2026" → "okt.", "nov."). A single label,
 * or labels with nothing in common, stay whole.
 */
export function shortLabels(labels: readonly string[]): string[] {
	const words = labels.map((label) => label.split(/\s+/).filter((word) => word !== ''));
	const first = words[0];
	if (!first || words.length < 2) return [...labels];
	const shortest = Math.min(...words.map((w) => w.length));
	const same = (pick: (w: readonly string[]) => string | undefined): boolean => words.every((w) => pick(w) === pick(first));
	let head = 0;
	while (head < shortest - 1 && same((w) => w[head])) head++;
	let tail = 0;
	while (tail < shortest - 1 - head && same((w) => w[w.length - 1 - tail])) tail++;
	return words.map((w) => w.slice(head, w.length - tail).join(' '));
}

type BarsBlock = Extract<Block, { kind: 'bars' }>;

/** Width of one bar (columns) or height of one bar (rows), in SVG units; bars in a group are 1 apart. */
const BAR = 8;
/** Height of the plot of a chart of columns, in SVG units (the axis lies just below). */
const COLUMN_PLOT = 56;

/** What a chart of either shape needs besides its block: its accessible name and each bar's scale and tooltip. */
interface ChartParts {
	/** Ids of the chart's title and its text alternative (the description). */
	readonly titleId: string;
	readonly descId: string;
	/** `role="img"` named by the title and the description. */
	readonly named: Record<string, string>;
	/** The largest value (at least 1): a bar of this value fills the plot. */
	readonly max: number;
	/** A bar's tooltip: `Week 45 · Citizen: 3`. */
	readonly tip: (group: { readonly label: string }, series: number, value: Cell) => string;
}

function chartParts(block: BarsBlock, ids: IdMaker): ChartParts {
	const titleId = ids.next();
	const descId = ids.next();
	return {
		titleId,
		descId,
		named: { role: 'img', 'aria-labelledby': `${titleId} ${descId}` },
		max: Math.max(1, ...block.groups.flatMap((g) => g.values.map((v) => v.n ?? 0))),
		tip: (group, s, value) => `${group.label} · ${block.series[s]?.label ?? ''}: ${value.text}`,
	};
}

/**
 * A time series as columns: an SVG stretched to the sidebar's width (its title and description
 * inside), one group of columns per week or month over a baseline, the labels underneath.
 */
function renderColumnChart(figure: HTMLElement, block: BarsBlock, labels: readonly string[], parts: ChartParts, t: Translate): void {
	const series = block.series.length;
	const groupWidth = series * BAR + (series - 1) + 6;
	const width = Math.max(block.groups.length, 1) * groupWidth;
	const plot = COLUMN_PLOT;
	const root = svg(figure, 'svg', { ...parts.named, viewBox: `0 0 ${width} ${plot + 1}`, class: 'three-gazes-chart-svg', preserveAspectRatio: 'none' });
	svg(root, 'title', { id: parts.titleId }).textContent = block.caption;
	svg(root, 'desc', { id: parts.descId }).textContent = t('reflection.chartAlt', { caption: block.caption });
	svg(root, 'line', { x1: 0, y1: plot + 0.5, x2: width, y2: plot + 0.5, class: 'three-gazes-chart-axis', 'vector-effect': 'non-scaling-stroke' });
	block.groups.forEach((group, g) => {
		const x0 = g * groupWidth + 3;
		group.values.forEach((value, s) => {
			const n = value.n ?? 0;
			const h = Math.round((n / parts.max) * (plot - 4));
			const rect = svg(root, 'rect', { x: x0 + s * (BAR + 1), y: plot - h, width: BAR, height: Math.max(h, n > 0 ? 1 : 0), class: `three-gazes-bar three-gazes-series-${s}` });
			svg(rect, 'title', {}).textContent = parts.tip(group, s, value);
		});
	});
	renderColumnLabels(figure, labels);
}

/**
 * The labels under a chart of columns, each as wide as its group of bars (the SVG gives every group
 * the same width); with many groups (a year of weeks), every few groups share one label, so each has room.
 */
function renderColumnLabels(figure: HTMLElement, labels: readonly string[]): void {
	const row = figure.createDiv({ cls: 'three-gazes-chart-labels', attr: { 'aria-hidden': 'true' } });
	const step = Math.ceil(labels.length / COLUMN_LABELS_MAX);
	for (let g = 0; g < labels.length; g += step) {
		const label = row.createSpan({ text: labels[g] ?? '', cls: step > 1 ? 'three-gazes-chart-label three-gazes-chart-label-run' : 'three-gazes-chart-label' });
		if (step > 1) label.setCssProps({ '--three-gazes-label-groups': String(Math.min(step, labels.length - g)) });
	}
}

/** Categories as rows: each name beside its bars (a CSS grid), one small SVG track per row. */
function renderRowChart(figure: HTMLElement, block: BarsBlock, parts: ChartParts, t: Translate): void {
	const chart = figure.createDiv({ cls: 'three-gazes-hchart', attr: parts.named });
	chart.createSpan({ text: block.caption, attr: { id: parts.titleId, hidden: '' } });
	chart.createSpan({ text: t('reflection.chartAlt', { caption: block.caption }), attr: { id: parts.descId, hidden: '' } });
	const rowHeight = block.series.length * (BAR + 1) - 1;
	for (const group of block.groups) {
		chart.createSpan({ text: group.label, cls: 'three-gazes-chart-label' });
		const track = svg(chart, 'svg', { viewBox: `0 0 100 ${rowHeight}`, width: '100%', height: rowHeight, preserveAspectRatio: 'none', class: 'three-gazes-hchart-bars' });
		group.values.forEach((value, s) => {
			const n = value.n ?? 0;
			const w = (n / parts.max) * 100;
			const rect = svg(track, 'rect', { x: 0, y: s * (BAR + 1), width: n > 0 ? Math.max(w, 0.5) : 0, height: BAR, class: `three-gazes-bar three-gazes-series-${s}` });
			svg(rect, 'title', {}).textContent = parts.tip(group, s, value);
		});
	}
}

/** The colour key of a chart with several series (hidden from screen readers: the table says it). */
function renderLegend(figure: HTMLElement, series: BarsBlock['series']): void {
	if (series.length <= 1) return;
	const legend = figure.createDiv({ cls: 'three-gazes-legend', attr: { 'aria-hidden': 'true' } });
	series.forEach((s, i) => {
		const key = legend.createSpan({ cls: 'three-gazes-legend-item' });
		key.createSpan({ cls: `three-gazes-swatch three-gazes-series-${i}` });
		key.appendText(s.label);
	});
}

/** The chart's numbers as a table in a closed `<details>`, every number opening its notes. */
function renderChartNumbers(figure: HTMLElement, block: BarsBlock, t: Translate, open: OpenPaths): void {
	const details = figure.createEl('details', { cls: 'three-gazes-chart-numbers' });
	details.createEl('summary', { text: block.caption });
	renderTable(details, block.caption, ['', ...block.series.map((s) => s.label)], block.groups.map((g) => [{ text: g.label, paths: [] }, ...g.values]), t, open);
}

/**
 * Grouped bars with a title and description, and the same numbers in a table. Time series (short
 * labels) are columns, labelled in the interface's own font underneath; categories (long labels)
 * are rows, the label beside its bars. Text is never drawn inside a scaled SVG, so it keeps the
 * size of the text around it at every width.
 */
function renderBars(parent: HTMLElement, block: BarsBlock, t: Translate, open: OpenPaths, ids: IdMaker): void {
	const figure = parent.createEl('figure', { cls: 'three-gazes-chart' });
	const parts = chartParts(block, ids);
	const labels = shortLabels(block.groups.map((g) => g.label));
	if (labels.every((label) => label.length <= COLUMN_LABEL_MAX)) renderColumnChart(figure, block, labels, parts, t);
	else renderRowChart(figure, block, parts, t);
	renderLegend(figure, block.series);
	renderChartNumbers(figure, block, t, open);
}

type LinesBlock = Extract<Block, { kind: 'lines' }>;

/** Height of a line chart's plot, and the inset that keeps points on the edges whole, in SVG units. */
const LINE_PLOT = 60;
const LINE_INSET = 4;

/**
 * Values over time (ratings 1-5) as lines: days spaced by the calendar, one line per series with its
 * own colour and dash (not colour alone), each point a keyboard-reachable link to its note with its
 * value in its name; the legend under it, and the numbers in a table that opens the same notes.
 */
function renderLines(parent: HTMLElement, block: LinesBlock, t: Translate, open: OpenPaths, ids: IdMaker): void {
	const figure = parent.createEl('figure', { cls: 'three-gazes-chart three-gazes-lines' });
	const titleId = ids.next();
	const descId = ids.next();
	const days = [...new Set(block.series.flatMap((s) => s.points.map((p) => p.day)))].sort();
	const dayIndex = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
	const first = dayIndex(days[0] ?? '1970-01-01');
	const span = Math.max(1, dayIndex(days[days.length - 1] ?? '1970-01-01') - first);
	const width = 200;
	const x = (day: string): number => LINE_INSET + ((dayIndex(day) - first) / span) * (width - 2 * LINE_INSET);
	const y = (value: number): number => LINE_INSET + ((block.max - value) / Math.max(1, block.max - block.min)) * (LINE_PLOT - 2 * LINE_INSET);
	const root = svg(figure, 'svg', { role: 'group', 'aria-labelledby': `${titleId} ${descId}`, viewBox: `0 0 ${width} ${LINE_PLOT}`, class: 'three-gazes-chart-svg three-gazes-lines-svg' });
	svg(root, 'title', { id: titleId }).textContent = block.caption;
	svg(root, 'desc', { id: descId }).textContent = t('reflection.chartAlt', { caption: block.caption });
	for (let v = block.min; v <= block.max; v++) svg(root, 'line', { x1: 0, y1: y(v), x2: width, y2: y(v), class: 'three-gazes-chart-grid', 'vector-effect': 'non-scaling-stroke' });
	block.series.forEach((series, s) => {
		const cls = `three-gazes-series-${s % 6}`;
		if (series.points.length > 1) {
			svg(root, 'polyline', { points: series.points.map((p) => `${x(p.day)},${y(p.value)}`).join(' '), class: `three-gazes-line ${cls} three-gazes-dash-${s % 3}`, fill: 'none', 'vector-effect': 'non-scaling-stroke' });
		}
		for (const point of series.points) {
			const name = t('reflection.chart.point', { series: series.label, day: point.label, value: point.value });
			const dot = svg(root, 'circle', { cx: x(point.day), cy: y(point.value), r: 2.5, class: `three-gazes-point ${cls}`, tabindex: 0, role: 'link', 'aria-label': name });
			svg(dot, 'title', {}).textContent = name;
			const choose = (evt: MouseEvent | KeyboardEvent): void => open(name, [point.path], evt);
			dot.addEventListener('click', choose);
			dot.addEventListener('keydown', (evt) => {
				if (evt.key !== 'Enter' && evt.key !== ' ') return;
				evt.preventDefault();
				choose(evt);
			});
		}
	});
	const legend = figure.createDiv({ cls: 'three-gazes-legend', attr: { 'aria-hidden': 'true' } });
	block.series.forEach((series, s) => {
		const key = legend.createSpan({ cls: 'three-gazes-legend-item' });
		key.createSpan({ cls: `three-gazes-swatch three-gazes-series-${s % 6} three-gazes-dash-${s % 3}` });
		key.appendText(series.label);
	});
	const details = figure.createEl('details', { cls: 'three-gazes-chart-numbers' });
	details.createEl('summary', { text: block.caption });
	const rows = days.map((day) => {
		const label = block.series.flatMap((ser) => ser.points).find((p) => p.day === day)?.label ?? day;
		return [
			{ text: label, paths: [] },
			...block.series.map((series) => {
				const point = series.points.find((p) => p.day === day);
				return point ? { text: String(point.value), paths: [point.path], n: point.value } : { text: '–', paths: [] };
			}),
		];
	});
	renderTable(details, block.caption, ['', ...block.series.map((series) => series.label)], rows, t, open);
}

function renderList(parent: HTMLElement, block: Extract<Block, { kind: 'list' }>, t: Translate, open: OpenPaths): void {
	if (block.caption) parent.createEl('p', { text: block.caption, cls: 'three-gazes-list-caption' });
	const ul = parent.createEl('ul', { cls: 'three-gazes-list' });
	for (const item of block.items) renderCell(ul.createEl('li'), item, item.text, t, open);
}

function renderBlock(parent: HTMLElement, block: Block, t: Translate, open: OpenPaths, ids: IdMaker): void {
	switch (block.kind) {
		case 'stats':
			renderStats(parent, block, t, open);
			return;
		case 'bars':
			renderBars(parent, block, t, open, ids);
			return;
		case 'table':
			renderTable(parent, block.caption, block.head, block.rows, t, open);
			return;
		case 'lines':
			renderLines(parent, block, t, open, ids);
			return;
		case 'list':
			renderList(parent, block, t, open);
			return;
		case 'callout': {
			const div = parent.createDiv({ cls: 'three-gazes-callout', attr: { role: 'note' } });
			div.createSpan({ text: `${block.text} ` });
			renderCell(div, { text: notesText(t, block.paths.length), paths: block.paths }, block.text, t, open);
			return;
		}
		case 'text':
			parent.createEl('p', { text: block.text, cls: 'three-gazes-text' });
	}
}

function renderSection(parent: HTMLElement, section: SectionView, t: Translate, open: OpenPaths, ids: IdMaker): void {
	const el = parent.createEl('section', { cls: 'three-gazes-mirror-section', attr: { 'data-section': section.id } });
	const headingId = ids.next();
	el.setAttribute('aria-labelledby', headingId);
	el.createEl('h2', { text: section.title, attr: { id: headingId } });
	el.createEl('p', { text: section.intro, cls: 'three-gazes-intro' });
	for (const block of section.blocks) renderBlock(el, block, t, open, ids);
}

/** Draws the notices, the sections and the prompts into `parent` (emptied first by the caller). */
export function renderDisplay(parent: HTMLElement, display: ReflectionDisplay, t: Translate, open: OpenPaths, idPrefix: string): void {
	const ids = new IdMaker(idPrefix);
	for (const block of display.notices) renderBlock(parent, block, t, open, ids);
	for (const section of display.sections) renderSection(parent, section, t, open, ids);
	if (display.prompts.length === 0) return;
	const el = parent.createEl('section', { cls: 'three-gazes-mirror-section three-gazes-prompts', attr: { 'data-section': 'prompts' } });
	el.createEl('h2', { text: t('reflection.prompts.title') });
	el.createEl('p', { text: t('reflection.prompts.intro'), cls: 'three-gazes-intro' });
	const ol = el.createEl('ol');
	for (const prompt of display.prompts) {
		const li = ol.createEl('li');
		li.createSpan({ text: `${prompt.text} ` });
		renderCell(li, { text: notesText(t, prompt.evidence.length), paths: prompt.evidence }, prompt.text, t, open);
		// What she wrote that the prompt rests on, with its note to open.
		if (prompt.cite) {
			const cite = li.createEl('p', { cls: 'three-gazes-cite' });
			cite.createSpan({ text: `${citeLine(prompt, t)} ` });
			renderCell(cite, { text: notesText(t, 1), paths: [prompt.cite.path] }, prompt.cite.text, t, open);
		}
	}
}

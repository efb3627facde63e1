/**
 * Scaffolding versus writing: which text in a note a template or a toolbox insert put there, and
 * which she wrote. Every figure of the mirror reads a note through this, so a note made from a
 * template and not yet written on counts for nothing, and her own lines count wherever she put them.
 *
 * The scaffold set holds the normal form (`normaliseScaffold`) of every piece of scaffolding:
 * - built at first use from what the plugin ships NOW: every bundled template in both languages,
 *   rendered (method blocks expanded, placeholders filled), every toolbox element, every focus point
 *   and reflection structure a template block can name; so a template's new wording is recognised
 *   the day it ships, with no step to remember;
 * - and the historical snapshot (`history.ts`): every earlier shipped version of the templates and
 *   the catalogue texts, extracted from git history by `scripts/scaffold-history.mjs`, as hashes.
 *
 * A line is scaffolding when it is made only of such pieces (its text whole, its bold label, its
 * italic guidance, its sentences); what is left after taking the pieces out is hers. Her own copy
 * from "Install templates", edited, follows the same rule: a line that matches no scaffold is hers.
 */
import { LANGS } from '../domain';

import { REFLECTION_STRUCTURES, allFocusPoints } from '../method/catalogue';
import { expandMethodBlocks } from '../templates/method-blocks';
import { TEMPLATES } from '../templates/registry';
import { renderTemplate } from '../templates/render';
import { TOOLBOX_ELEMENTS, elementBlock } from '../toolbox/elements';
import { SCAFFOLD_HISTORY } from './history';
import { emphasisSpans, lineShape, normaliseScaffold, scaffoldHash, scaffoldPieces, sentencesOf, type LineShape } from './normalise';

/** The texts the plugin ships now, each a Markdown text whose lines are scaffolding. */
export function shippedScaffoldTexts(): string[] {
	const texts: string[] = [];
	const now = new Date(2026, 0, 5, 9, 30);
	for (const lang of LANGS) {
		for (const def of TEMPLATES) {
			const rendered = renderTemplate(expandMethodBlocks(def.text[lang], lang), { title: def.name[lang] }, now, { lang }).text;
			texts.push(bodyOf(rendered));
		}
		for (const element of TOOLBOX_ELEMENTS) texts.push(elementBlock(element, lang));
		texts.push(...allFocusPoints().map((f) => expandMethodBlocks(`{{focus:${f.id}}}`, lang)));
		texts.push(...[...REFLECTION_STRUCTURES.map((s) => s.id), 'supervision'].map((id) => expandMethodBlocks(`{{stages:${id}}}`, lang)));
	}
	return texts;
}

/** A text without its frontmatter (properties are not lines she writes in the body). */
function bodyOf(text: string): string {
	if (!text.startsWith('---\n')) return text;
	const end = text.indexOf('\n---', 4);
	return end < 0 ? text : text.slice(text.indexOf('\n', end + 1) + 1);
}

/** Which normal forms are scaffolding. */
export interface ScaffoldSet {
	/** True when a normal form is a piece of scaffolding ('' always is). */
	has(normal: string): boolean;
}

/**
 * A scaffold set from texts as shipped (their lines cut into pieces) and a snapshot of earlier
 * versions (hashes separated by spaces). The mirror uses `SCAFFOLD`: what ships now and
 * `SCAFFOLD_HISTORY`; the tests build others to show what each part recognises.
 */
export function createScaffoldSet(texts: readonly string[], history: string): ScaffoldSet {
	const shipped = new Set<string>();
	for (const text of texts) for (const line of text.split('\n')) for (const piece of scaffoldPieces(line)) shipped.add(piece);
	const hashes = new Set(history.split(' ').filter(Boolean));
	return { has: (normal) => normal === '' || shipped.has(normal) || hashes.has(scaffoldHash(normal)) };
}

let defaultSet: ScaffoldSet | null = null;

/** The mirror's scaffold set: every text the plugin ships now, and every earlier shipped version. Built at first use. */
export const SCAFFOLD: ScaffoldSet = {
	has: (normal) => (defaultSet ??= createScaffoldSet(shippedScaffoldTexts(), SCAFFOLD_HISTORY)).has(normal),
};

/** True when a normal form is a piece of scaffolding, now or in an earlier shipped version. */
export function isScaffoldPiece(normal: string, set: ScaffoldSet = SCAFFOLD): boolean {
	return set.has(normal);
}

/** Can the text hold more than one sentence (a break mark with text after it)? */
const SEVERAL = /[.?!:]\S*\s+\S/;

/** What a line of a note is. */
export type LineKind = 'blank' | 'structure' | 'scaffold' | 'own';

/** A line read: its kind, its shape and, for `own`, the text that is hers. */
export interface ReadLine {
	readonly kind: LineKind;
	readonly shape: LineShape;
	/** Her text on the line (scaffold pieces taken out); '' unless `own`. */
	readonly own: string;
}

/**
 * Reads one line. Headings and callout heads are structure (they name a place, they are not
 * writing); a line with no words is structure (`- [ ]`, `1.`, `---`, `>`); a line made only of
 * scaffold pieces is scaffold; anything else is hers, with the scaffold pieces taken out
 * (`**Borger:** fru A` → `fru A`; `- **Kvalitet:** Hvad så jeg …? Jeg så …` → `Jeg så …`).
 */
export function readLine(line: string, set: ScaffoldSet = SCAFFOLD): ReadLine {
	const shape = lineShape(line);
	if (shape.heading > 0 || shape.calloutHead) return { kind: 'structure', shape, own: '' };
	const text = shape.text;
	const normal = normaliseScaffold(text);
	if (normal === '') return { kind: line.trim() === '' ? 'blank' : 'structure', shape, own: '' };
	if (set.has(normal)) return { kind: 'scaffold', shape, own: '' };
	// Most lines of hers are one sentence without emphasis: the whole line was the only piece to try.
	if (!text.includes('*') && !text.includes('_') && !SEVERAL.test(text)) return { kind: 'own', shape, own: text.replace(/\s+/g, ' ') };
	// The scaffold spans taken out in one pass (a replace per span would be quadratic on a long line).
	let rest = '';
	let at = 0;
	for (const span of emphasisSpans(text)) {
		if (!set.has(normaliseScaffold(span.inner))) continue;
		rest += `${text.slice(at, span.index)} `;
		at = span.index + span.whole.length;
	}
	rest += text.slice(at);
	// A sentence of no words ("B?" after "hr.") is kept: only a scaffold sentence is taken out.
	const kept = sentencesOf(rest.trim()).filter((s) => {
		const n = normaliseScaffold(s);
		return n === '' || !set.has(n);
	});
	const own = kept.join(' ').replace(/\s+/g, ' ').trim();
	if (normaliseScaffold(own) === '') return { kind: 'scaffold', shape, own: '' };
	return { kind: 'own', shape, own };
}

/** The scaffold pieces of a text (for the history script and the tests). */
export function scaffoldPiecesOfText(text: string): string[] {
	const out = new Set<string>();
	for (const line of text.split('\n')) for (const piece of scaffoldPieces(line)) out.add(piece);
	return [...out];
}


/**
 * A note read for what she wrote: her own lines (with the headings and callout they stand under),
 * the toolbox callouts and whether each holds her text, and whether the note is still nothing but
 * template ("not yet written"). One pass over the body; the mirror keeps the result per note.
 */
import { TOOLBOX_CALLOUT } from '../domain';
import { normaliseScaffold } from './normalise';
import { SCAFFOLD, readLine, type ScaffoldSet } from './scaffold';

/** A line of hers. */
export interface OwnLine {
	/** 0-based line in the body. */
	readonly line: number;
	/** Her text on the line, scaffold pieces taken out. */
	readonly text: string;
	/** The section headings she writes under (`##` and deeper), outermost first, as written. */
	readonly headings: readonly string[];
	/** The toolbox callout she writes in (its slug), or null. */
	readonly callout: string | null;
	/** The line stands in a callout or quote (`>`), or in a code block: not prose of hers to read questions from. */
	readonly quoted: boolean;
}

/** A toolbox callout (`> [!three-gazes|slug]`) and whether any of its lines holds her text. */
export interface CalloutUse {
	/** 0-based line of its head in the body. */
	readonly line: number;
	/** The slug as written, lowercased. */
	readonly slug: string;
	readonly filled: boolean;
}

/** What a note's body holds of hers. */
export interface Authorship {
	readonly own: readonly OwnLine[];
	/** Lines that are scaffolding (template or toolbox text, callout heads included). */
	readonly scaffoldLines: number;
	readonly callouts: readonly CalloutUse[];
	/** Scaffolding and nothing of hers. */
	readonly untouched: boolean;
	/** Headings she wrote (not a template's, not the note's title line `# …`): read for her questions. */
	readonly ownHeadings: readonly OwnLine[];
	/** Per body line: her text on it, or null (for rules that read line by line). */
	readonly ownByLine: ReadonlyMap<number, string>;
}

/** The headings a line stands under, outermost first; a `# ` heading is the note's title, not a section. */
function sections(headings: readonly { level: number; text: string }[]): string[] {
	return headings.filter((h) => h.level > 1).map((h) => h.text);
}

/** Reads a body (the note's text after its frontmatter, lines split on `\n`). */
export function authorshipOf(body: string, set: ScaffoldSet = SCAFFOLD): Authorship {
	const lines = body.split('\n');
	const own: OwnLine[] = [];
	const callouts: { line: number; slug: string; filled: boolean }[] = [];
	const ownByLine = new Map<number, string>();
	const ownHeadings: OwnLine[] = [];
	const headings: { level: number; text: string }[] = [];
	let scaffoldLines = 0;
	let fenced = false;
	let callout: { line: number; slug: string; filled: boolean } | null = null;
	for (let i = 0; i < lines.length; i++) {
		const raw = (lines[i] ?? '').replace(/\r$/, '');
		const trimmed = raw.trimStart();
		if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
			fenced = !fenced;
			continue;
		}
		if (fenced) {
			// Code she keeps in a note is hers; templates hold none.
			if (trimmed !== '') {
				own.push({ line: i, text: trimmed, headings: sections(headings), callout: null, quoted: true });
				ownByLine.set(i, trimmed);
			}
			continue;
		}
		const read = readLine(raw, set);
		if (!read.shape.quoted) callout = null;
		if (read.shape.heading > 0) {
			while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= read.shape.heading) headings.pop();
			// A heading is structure, not writing; one of hers (a question she heads a section with) is
			// kept apart for the questions. The title line (`# {{title}}`) is the note's name.
			if (read.shape.heading > 1 && !set.has(normaliseScaffold(read.shape.text))) {
				ownHeadings.push({ line: i, text: read.shape.text, headings: sections(headings), callout: null, quoted: read.shape.quoted });
			}
			headings.push({ level: read.shape.heading, text: read.shape.text });
			continue;
		}
		const head = read.shape.calloutHead;
		if (head) {
			callout = null;
			if (head.type === TOOLBOX_CALLOUT) {
				callout = { line: i, slug: head.meta, filled: false };
				callouts.push(callout);
				scaffoldLines++;
			}
			continue;
		}
		if (read.kind === 'scaffold') scaffoldLines++;
		if (read.kind !== 'own') continue;
		if (callout) callout.filled = true;
		own.push({ line: i, text: read.own, headings: sections(headings), callout: callout?.slug ?? null, quoted: read.shape.quoted });
		ownByLine.set(i, read.own);
	}
	return { own, scaffoldLines, callouts, untouched: own.length === 0 && scaffoldLines > 0, ownHeadings, ownByLine };
}

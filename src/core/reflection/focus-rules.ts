/**
 * When a note is about one of the self gaze's focus points. A focus point counts in a note when a
 * heading or a bold label (`**Tæt på praksis:**`) names it, in either language, AND the leader wrote
 * something under it that is not just a prompt: a line that is not a question, not wholly in
 * italics, not an empty list item. So a daily reflection created from the template, whose self
 * section still holds only the template's questions, does not count; the same section with two
 * lines of her own does.
 *
 * In a note with the self gaze, a line of her own that names a focus point counts as well
 * ("Facilitatorrollen tæt på praksis handler ikke om, at jeg gør det bedre"): there she writes
 * about herself, so the cue is taken at its word.
 *
 * A heading, label or line names a focus point when it contains the focus point's name from the method
 * catalogue, or one of the shorter cues below (the templates' own labels, and common ways of
 * writing the same thing).
 */
import { LANGS, SELF_FOCUS, type SelfFocusId } from '../domain';
import { selfFocusPoint } from '../method/catalogue';
import type { JournalNote } from '../journal-note';
import type { Authorship } from '../scaffold';

/** Shorter phrases that name a focus point in a heading or label, besides its catalogue name. */
export const FOCUS_CUES: Readonly<Record<SelfFocusId, readonly string[]>> = {
	'leadership-effect': ['effekten af min ledelse', 'min ledelse', 'ledelse og organisering', 'effect of my leadership', 'my leadership', 'leadership and organisation', 'leadership and organization'],
	'facilitator-role': ['facilitator', 'tæt på praksis', 'close to practice'],
	'systematic-meetings': ['systematisk', 'systematik', 'systematic'],
	'shared-foundation': ['fælles fagligt', 'fælles grundlag', 'fælles sprog', 'fagligt sprog', 'fagligt fundament', 'shared professional', 'shared foundation', 'shared language', 'common language'],
};

const CUES: readonly { readonly focus: SelfFocusId; readonly phrases: readonly string[] }[] = SELF_FOCUS.map((focus) => ({
	focus,
	phrases: [...LANGS.map((lang) => selfFocusPoint(focus).name[lang].toLowerCase()), ...FOCUS_CUES[focus]],
}));

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The fewest cues such that every cue contains one of them ("min ledelse" stands for "effekten af
 * min ledelse og organisering"). Each is itself a cue, so a text matches one of these exactly when
 * it matches any cue, and the regex below has 20 short branches instead of 30 long ones.
 */
const SHORTEST_CUES: readonly string[] = ((all: readonly string[]) => all.filter((p, i) => !all.some((q, j) => j !== i && p.includes(q))))([
	...new Set(CUES.flatMap((c) => c.phrases)),
]);

/** Any cue at all: one scan that rules out most lines (and whole notes) cheaply. */
const ANY_CUE = new RegExp(SHORTEST_CUES.map(escape).join('|'), 'iu');

/** The focus point a heading or label names (the first, in SELF_FOCUS order), or null. */
export function focusNamedBy(text: string): SelfFocusId | null {
	return focusesNamedBy(text)[0] ?? null;
}

/** Every focus point a text names, in SELF_FOCUS order. */
export function focusesNamedBy(text: string): SelfFocusId[] {
	if (!ANY_CUE.test(text)) return [];
	const lower = text.toLowerCase();
	return CUES.filter((cue) => cue.phrases.some((p) => lower.includes(p))).map((cue) => cue.focus);
}

const HEADING = /^\s*(#{1,6})\s+(.*)$/;
const LABEL = /^\s*(?:[-*+]\s+)?\*\*([^*]+?)\*\*:?\s*(.*)$/;

/** True when a line holds words of her own (not a prompt, question, or empty list item). */
function isWritten(line: string): boolean {
	const text = line
		.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[.\]\s*)?/, '')
		.trim();
	if (text.length === 0 || text === '---') return false;
	if (/^[*_].*[*_]$/.test(text)) return false;
	if (text.startsWith('>')) return false;
	return !/\?["'”’»)*_]*$/.test(text);
}

/**
 * The self focus points a note writes about (in SELF_FOCUS order). A section runs from its heading
 * or label to the next heading of the same or a higher level (a label's section is its own line
 * and the lines up to the next label or heading).
 */
export function focusPointsIn(note: JournalNote, writing?: Authorship): SelfFocusId[] {
	// Every way a focus point counts needs a cue somewhere in the note.
	return ANY_CUE.test(note.body) ? scanFocusPoints(note, writing) : [];
}

/** `focusPointsIn` without the cheap test for a cue first: every line read (exported for the tests). */
export function scanFocusPoints(note: JournalNote, writing?: Authorship): SelfFocusId[] {
	const body = note.body;
	// With her writing known, only her own text counts as words under a focus point (a template's
	// guidance that is not a question, such as "Livshistorie, vaner, arbejde.", is not hers).
	const own = writing?.ownByLine;
	const selfGaze = note.gazes.includes('self');
	const found = new Set<SelfFocusId>();
	const lines = body.split('\n');
	let current: SelfFocusId | null = null;
	let currentLevel = 7;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? '';
		const mine = own ? (own.get(i) ?? '') : null;
		const h = HEADING.exec(line);
		if (h?.[1] && h[2] !== undefined) {
			const level = h[1].length;
			const named = focusNamedBy(h[2]);
			if (named) {
				current = named;
				currentLevel = level;
			} else if (level <= currentLevel) {
				current = null;
				currentLevel = 7;
			}
			continue;
		}
		const label = LABEL.exec(line);
		if (label?.[1] !== undefined) {
			const named = focusNamedBy(label[1]);
			if (named) {
				current = named;
				currentLevel = 7;
				if (isWritten(mine ?? label[2] ?? '')) found.add(named);
				continue;
			}
			if (currentLevel === 7) current = null;
		}
		if (!isWritten(mine ?? line)) continue;
		if (current) found.add(current);
		if (selfGaze) for (const focus of focusesNamedBy(mine ?? line)) found.add(focus);
	}
	return SELF_FOCUS.filter((f) => found.has(f));
}

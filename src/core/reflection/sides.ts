/**
 * The double perspective: which sides (the citizen's wellbeing, the staff's wellbeing) a meeting or
 * conversation note addresses. The method: a meeting works in the double perspective when it holds
 * at least one element or question for each side. A note addresses a side when ANY of these holds:
 *
 * 1. it carries the side's gaze tag (`blik/borger` → citizen, `blik/medarbejdere` → staff);
 * 2. it uses a toolbox tool that serves the side (the catalogue's `side`; `both` serves each);
 * 3. for the staff side: it holds a question set (`> [!three-gazes|handlinger]`): the six
 *    categories and feelings are questions to the employee about what she already can, does and
 *    knows, which the method gives as support for staff wellbeing.
 *
 * Every side found keeps its reasons, so the view can say why a note counts.
 */
import { MEETING_KINDS, QUESTION_CATEGORY_VOCABULARY, TOOL_VOCABULARY, gazeTag, readQuestionCategory, type Lang, type ToolId } from '../domain';
import type { JournalNote } from '../journal-note';
import { toolSides } from '../method/catalogue';

/** A side of the double perspective. */
export type DoubleSide = 'citizen' | 'staff';
export const DOUBLE_SIDES: readonly DoubleSide[] = ['citizen', 'staff'];

/** Why a note addresses a side. */
export type SideReason =
	| { readonly kind: 'tag' }
	| { readonly kind: 'tool'; readonly tool: ToolId }
	| { readonly kind: 'question-set'; readonly category: string };

/** True for meeting and conversation notes (the kinds in `MEETING_KINDS`). */
export function isMeetingNote(note: JournalNote): boolean {
	return note.kind !== null && MEETING_KINDS.has(note.kind);
}

/** The sides a note addresses, each with its reasons (a side with no reason is absent). */
export function sidesOf(note: JournalNote): Partial<Record<DoubleSide, SideReason[]>> {
	const out: Partial<Record<DoubleSide, SideReason[]>> = {};
	const add = (side: DoubleSide, reason: SideReason): void => {
		(out[side] ??= []).push(reason);
	};
	for (const side of DOUBLE_SIDES) if (note.gazes.includes(side)) add(side, { kind: 'tag' });
	const seen = new Set<ToolId>();
	for (const use of note.tools) {
		if (seen.has(use.tool)) continue;
		seen.add(use.tool);
		for (const side of toolSides(use.tool)) add(side, { kind: 'tool', tool: use.tool });
	}
	for (const set of new Set(note.questionSets)) add('staff', { kind: 'question-set', category: readQuestionCategory(set) ?? set });
	return out;
}

/**
 * A reason in words: the tag, the tool's slug or the question set's slug, as the note has it. The
 * tag is written without `#`, so a saved mirror does not tag itself with the gaze it names.
 */
export function reasonLabel(reason: SideReason, side: DoubleSide, lang: Lang): string {
	if (reason.kind === 'tag') return gazeTag(side, lang);
	if (reason.kind === 'tool') return TOOL_VOCABULARY[reason.tool][lang];
	const category = readQuestionCategory(reason.category);
	return category ? QUESTION_CATEGORY_VOCABULARY[category][lang] : reason.category;
}

/**
 * The double perspective: which sides (the citizen's wellbeing, the staff's wellbeing) a meeting or
 * conversation note addresses, from what SHE wrote. The method: a meeting works in the double
 * perspective when it holds at least one element or question for each side. A side counts when she
 * wrote something that addresses it:
 *
 * 1. her text in that side's section: under a heading that names the side ("Borgernes trivsel",
 *    "Medarbejderne", "Residents", "The staff"; renamed headings keep counting while they name it);
 * 2. a tool for that side that holds her text in one of its fields (the catalogue's `side`; `both`
 *    serves each), or a question set she wrote in (staff: the questions are asked of an employee);
 * 3. for the staff side: her own question to the employee (a question of hers that the question
 *    rules sort into one of the six categories or feelings);
 * 4. her text in a section that names no side (an agenda, decisions, a heading she renamed to
 *    something else) counts for a side when her words name it as a whole word: the citizen
 *    ("borgeren", "beboerne", "fru A", "pårørende", "resident") or the staff ("medarbejderne",
 *    "personalet", "kollegaen", "staff"); not in a compound ("beboermappen" is a binder) and not
 *    in a line that says no ("Der var ikke tid til beboerne").
 *
 * Pre-filled gaze tags never count, nor do a template's headings, guidance lines or an inserted,
 * untouched tool. Every side found keeps its reasons, so the view can say why a note counts.
 */
import { MEETING_KINDS, QUESTION_CATEGORY_VOCABULARY, TOOL_VOCABULARY, readQuestionCategory, readTool, type Lang, type ToolId } from '../domain';
import type { JournalNote } from '../journal-note';
import { toolSides } from '../method/catalogue';
import type { Authorship } from '../scaffold';
import { stripEmphasis } from '../scaffold';
import { classifyQuestion, findQuestionsInLine } from './question-rules';

/** A side of the double perspective. */
export type DoubleSide = 'citizen' | 'staff';
export const DOUBLE_SIDES: readonly DoubleSide[] = ['citizen', 'staff'];

/** Why a note addresses a side. */
export type SideReason =
	/** She wrote under a heading that names the side (the heading as written). */
	| { readonly kind: 'section'; readonly heading: string }
	/** She wrote in a tool serving the side. */
	| { readonly kind: 'tool'; readonly tool: ToolId }
	/** She wrote in a question set (the category's slug as written). */
	| { readonly kind: 'question-set'; readonly category: string }
	/** Her own question to the employee. */
	| { readonly kind: 'question'; readonly text: string }
	/** Her words name the side, in a section of no side. */
	| { readonly kind: 'text'; readonly text: string };

/** True for meeting and conversation notes (the kinds in `MEETING_KINDS`). */
export function isMeetingNote(note: JournalNote): boolean {
	return note.kind !== null && MEETING_KINDS.has(note.kind);
}

/** Word beginnings in a heading or a line that name a side, both languages. */
const SIDE_WORDS: Readonly<Record<DoubleSide, RegExp>> = {
	citizen: /(?:^|[^\p{L}])(?:borger|beboer|citizen|resident|pårørende|relative|patient|fru(?=\s)|hr\.|mrs?\.?(?=\s))/iu,
	staff: /(?:^|[^\p{L}])(?:medarbejder|personale|kolleg|staff|employee|colleague|team|sosu|ssa|ssh|social- og sundhed|care worker|carer)/iu,
};

/** The sides a heading names (word beginnings: "Borgernes trivsel", "Medarbejderne"). */
export function sidesNamedBy(text: string): DoubleSide[] {
	return DOUBLE_SIDES.filter((side) => SIDE_WORDS[side].test(text));
}

/** Whole words, with their Danish inflections, that name a side in running text. */
const SIDE_TEXT: Readonly<Record<DoubleSide, RegExp>> = {
	// Case-sensitive on purpose: "fru A", "hr. B", "Mrs A" name a person by a capital.
	citizen: /(?:^|[^\p{L}])(?:(?:[Bb](?:orger|eboer)(?:en|ne|s|ens|nes)?|[Pp]årørende|[Cc]itizens?|[Rr]esidents?|[Rr]elatives?)(?![\p{L}])|(?:[Ff]ru\s+|[Hh]r\.\s*|M(?:rs?|s)\.?\s+)\p{Lu})/u,
	staff: /(?:^|[^\p{L}])(?:medarbejder(?:en|e|ne|s|ens|nes)?|personale(?:t|ts)?|kolleg(?:a|aen|aer|erne|er)|staff|employees?|colleagues?|team(?:et)?)(?![\p{L}])/iu,
};

/** A line that says no: its naming of a side is not writing about it ("ikke tid til beboerne"). */
const NEGATION = /(?:^|[^\p{L}])(?:ikke|ingen|intet|aldrig|not|no|never|nothing)(?![\p{L}])/iu;

/** The sides her running text names (see rule 4). */
export function sidesNamedInText(text: string): DoubleSide[] {
	if (NEGATION.test(text)) return [];
	return DOUBLE_SIDES.filter((side) => SIDE_TEXT[side].test(text));
}

/** The sides of the nearest enclosing heading that names any (innermost first), or none. */
function sectionSides(headings: readonly string[]): { sides: DoubleSide[]; heading: string } | null {
	for (let i = headings.length - 1; i >= 0; i--) {
		const heading = headings[i] ?? '';
		const sides = sidesNamedBy(heading);
		if (sides.length > 0) return { sides, heading: stripEmphasis(heading) };
	}
	return null;
}

/** The sides a meeting note addresses by what she wrote, each with its reasons (a side with no reason is absent). */
export function sidesOf(writing: Authorship): Partial<Record<DoubleSide, SideReason[]>> {
	const out: Partial<Record<DoubleSide, SideReason[]>> = {};
	const seen = new Set<string>();
	const add = (side: DoubleSide, reason: SideReason): void => {
		const key = `${side} ${JSON.stringify(reason)}`;
		if (seen.has(key)) return;
		seen.add(key);
		(out[side] ??= []).push(reason);
	};
	for (const callout of writing.callouts) {
		if (!callout.filled) continue;
		const tool = readTool(callout.slug);
		if (tool) for (const side of toolSides(tool)) add(side, { kind: 'tool', tool });
		else if (readQuestionCategory(callout.slug)) add('staff', { kind: 'question-set', category: callout.slug });
	}
	for (const line of writing.own) {
		if (line.callout) continue;
		const section = sectionSides(line.headings);
		if (section) for (const side of section.sides) add(side, { kind: 'section', heading: section.heading });
		else for (const side of sidesNamedInText(line.text)) add(side, { kind: 'text', text: stripEmphasis(line.text) });
		if (line.quoted) continue;
		for (const question of findQuestionsInLine(line.text)) {
			if (classifyQuestion(question) !== null) add('staff', { kind: 'question', text: question });
		}
	}
	return out;
}

/** A reason in words: the heading, the tool's name, the question set's name, or her words, quoted. */
export function reasonLabel(reason: SideReason, lang: Lang): string {
	switch (reason.kind) {
		case 'section':
			return `“${reason.heading}”`;
		case 'tool':
			return TOOL_VOCABULARY[reason.tool][lang];
		case 'question-set': {
			const category = readQuestionCategory(reason.category);
			return category ? QUESTION_CATEGORY_VOCABULARY[category][lang] : reason.category;
		}
		default:
			return `“${shorten(reason.text)}”`;
	}
}

function shorten(text: string): string {
	if (text.length <= 60) return text;
	const cut = text.slice(0, 60);
	const space = cut.lastIndexOf(' ');
	return `${(space > 30 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

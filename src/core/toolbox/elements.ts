/**
 * What the toolbox offers: every tool, then every question set (the six categories and feelings).
 * One list for the picker, the command line and anyone counting elements.
 */
import { QUESTION_CATEGORIES, TOOLS } from '../domain';
import type { Bilingual, Lang, QuestionCategoryId, Side, ToolId } from '../domain';
import { questionCategory, toolEntry } from '../method/catalogue';
import { questionSetBlock, toolBlock } from './block';

/** A toolbox element: a tool, or one question category's question set. */
export type ToolboxElement = { readonly kind: 'tool'; readonly id: ToolId } | { readonly kind: 'questions'; readonly id: QuestionCategoryId };

/** Every element, tools first, in catalogue order. */
export const TOOLBOX_ELEMENTS: readonly ToolboxElement[] = [
	...TOOLS.map((id) => ({ kind: 'tool', id }) as const),
	...QUESTION_CATEGORIES.map((id) => ({ kind: 'questions', id }) as const),
];

/** The element's name in both languages. */
export function elementName(element: ToolboxElement): Bilingual {
	return element.kind === 'tool' ? toolEntry(element.id).name : questionCategory(element.id).name;
}

/** Which wellbeing the element serves; question sets are asked of an employee, so staff. */
export function elementSide(element: ToolboxElement): Side {
	return element.kind === 'tool' ? toolEntry(element.id).side : 'staff';
}

/** One line on what the element is for. */
export function elementSummary(element: ToolboxElement, lang: Lang): string {
	return element.kind === 'tool' ? toolEntry(element.id).purpose[lang] : questionCategory(element.id).asksAbout[lang];
}

/** The block the element inserts. */
export function elementBlock(element: ToolboxElement, lang: Lang): string {
	return element.kind === 'tool' ? toolBlock(element.id, lang) : questionSetBlock(element.id, lang);
}

/**
 * The method catalogue: the one place the method's texts live. Templates, the toolbox, tagging, the
 * reflection view and supervision read from here; no method text is written anywhere else in code.
 * (The editable Markdown templates under `templates/` are the user's copies of the same wording.)
 */
import type { GazeId, QuestionCategoryId, SelfFocusId, Side, ToolId } from '../domain';
import { GAZE_CATALOGUE, SELF_FOCUS_POINTS } from './gazes';
import { QUESTION_CATEGORY_CATALOGUE, QUESTION_TYPES, STAFF_WELLBEING_POINTS, WELLBEING_NEEDS } from './questions';
import { ADDITIONS, CONCEPTS, OWN_CONTRIBUTION, REFERENCES, REFLECTION_STRUCTURES, SUPERVISION_PREPARATION } from './reflection';
import { TOOL_CATALOGUE } from './tools';
import type { FocusPoint, Gaze, QuestionCategory, SelfFocusPoint, Tool } from './types';

export type * from './types';
export {
	ADDITIONS,
	CONCEPTS,
	GAZE_CATALOGUE,
	OWN_CONTRIBUTION,
	QUESTION_CATEGORY_CATALOGUE,
	QUESTION_TYPES,
	REFERENCES,
	REFLECTION_STRUCTURES,
	SELF_FOCUS_POINTS,
	STAFF_WELLBEING_POINTS,
	SUPERVISION_PREPARATION,
	TOOL_CATALOGUE,
	WELLBEING_NEEDS,
};

function byId<T extends { readonly id: string }>(items: readonly T[], id: string, what: string): T {
	const item = items.find((i) => i.id === id);
	// Ids are typed; a miss is a programmer error (the catalogue test covers every id).
	if (!item) throw new Error(`Three Gazes: no ${what} "${id}" in the method catalogue`);
	return item;
}

/** A gaze with its focus points. */
export function gazeEntry(id: GazeId): Gaze {
	return byId(GAZE_CATALOGUE, id, 'gaze');
}

/** A tool of the toolbox. */
export function toolEntry(id: ToolId): Tool {
	return byId(TOOL_CATALOGUE, id, 'tool');
}

/** A question category with its question bank. */
export function questionCategory(id: QuestionCategoryId): QuestionCategory {
	return byId(QUESTION_CATEGORY_CATALOGUE, id, 'question category');
}

/** A self-gaze focus point. */
export function selfFocusPoint(id: SelfFocusId): SelfFocusPoint {
	return byId(SELF_FOCUS_POINTS, id, 'self focus point');
}

/** Every focus point of every gaze, in gaze order. */
export function allFocusPoints(): readonly FocusPoint[] {
	return GAZE_CATALOGUE.flatMap((g) => g.focus);
}

/** The sides (citizen, staff) a tool counts for in the double perspective: `both` counts for each. */
export function toolSides(id: ToolId): readonly ('citizen' | 'staff')[] {
	const side: Side = toolEntry(id).side;
	return side === 'both' ? ['citizen', 'staff'] : [side];
}

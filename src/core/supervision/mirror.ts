/**
 * The period's mirror in brief, read from the reflection computation's JSON (the shape issue 5
 * specifies for `report --json`: `journalNotes`, `gazes`, `doublePerspective`, `questions`). Reading
 * the documented JSON, not the computation's internals, keeps supervision independent of how the
 * reflection view computes its figures.
 */
import { GAZES, QUESTION_CATEGORIES, type GazeId, type QuestionCategoryId } from '../domain';
import type { MirrorBrief } from './ports';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** The mirror in brief from the reflection JSON; null when the figures are not there. */
export function mirrorFromReflectionJson(json: unknown): MirrorBrief | null {
	if (!isRecord(json) || !isRecord(json.gazes) || !isRecord(json.doublePerspective)) return null;
	const journalNotes = count(json.journalNotes);
	const meetings = count(json.doublePerspective.meetings);
	const both = count(json.doublePerspective.both);
	if (journalNotes === null || meetings === null || both === null) return null;
	const gazeCounts = json.gazes;
	const gazes = Object.fromEntries(GAZES.map((g) => [g, count(gazeCounts[g]) ?? 0])) as Record<GazeId, number>;
	const questions: Partial<Record<QuestionCategoryId, number>> = {};
	if (isRecord(json.questions)) {
		for (const c of QUESTION_CATEGORIES) {
			const n = count(json.questions[c]);
			if (n !== null) questions[c] = n;
		}
	}
	return { journalNotes, gazes, doublePerspective: { meetings, both }, questions };
}

/**
 * The sections of the mirror, in the order it shows them. Each is a `SectionDefinition`: it
 * computes from the notes, describes its own display, JSON fields and prompts, and knows nothing of
 * the others. To add a section, write it in its own file and add it to this list; nothing else
 * changes (the language watch, issue 7, came in that way). The prompts (8) are gathered from every section by
 * `computeReflection` and shown last.
 */
import type { LanguageWatchOptions } from '../../language/watch';
import { defineSection, type Section } from './define';
import { DOUBLE_PERSPECTIVE } from './double-perspective';
import { FOLLOW_UPS } from './follow-ups';
import { GAZE_BALANCE } from './gaze-balance';
import { languageSection } from './language';
import { QUESTIONS_SECTION } from './questions';
import { LOOKBACK_SECTION } from './lookback';
import { rhythmSection } from './rhythm';
import { SELF_FOCUS_SECTION } from './self-focus';
import { TOOLBOX_SECTION } from './toolbox';

/** What sections may need from the settings. */
export interface SectionOptions {
	/** The language watch's settings (`Settings.languageWatch` fits as it is). */
	readonly languageWatch?: LanguageWatchOptions;
	/** Her supervision cadence in weeks (`Settings.supervision.cadenceWeeks`). */
	readonly supervisionCadenceWeeks?: number;
}

/** Every section, in display order, with the user's settings. */
export function reflectionSections(options: SectionOptions = {}): readonly Section[] {
	return [
		defineSection(GAZE_BALANCE),
		defineSection(DOUBLE_PERSPECTIVE),
		defineSection(SELF_FOCUS_SECTION),
		defineSection(QUESTIONS_SECTION),
		defineSection(TOOLBOX_SECTION),
		defineSection(FOLLOW_UPS),
		defineSection(rhythmSection(options.supervisionCadenceWeeks)),
		defineSection(LOOKBACK_SECTION),
		defineSection(languageSection(options.languageWatch)),
	];
}

/** The sections with default settings. */
export const REFLECTION_SECTIONS: readonly Section[] = reflectionSections();

export type { Section } from './define';

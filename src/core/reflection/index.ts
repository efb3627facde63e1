/**
 * The mirror (the self-reflection view's core): `computeReflection` over the journal notes for a
 * period, and its renderings. See docs/DESIGN.md "The mirror".
 */
export { computeReflection, MAX_PROMPTS, MIN_PROMPTS, ReflectionCache, type ReflectionOptions } from './compute';
export { customPeriod, formatDay, isIsoDay, isoWeekKey, periodFor, PERIOD_PRESETS, type PeriodResult } from './period';
export { citeLine, presentReflection, promptsIn, reflectionJson, reflectionMarkdown, reflectionNoteName, reflectionText, type ReflectionDisplay } from './render';
export { REFLECTION_SECTIONS, reflectionSections, type Section, type SectionOptions } from './sections';
export { defineSection, resultOf } from './sections/define';
export type * from './types';

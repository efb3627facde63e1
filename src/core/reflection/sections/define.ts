/** Turns a typed section definition into a runnable section, so the registry can hold any kind. */
import type { ComputedSection, Reflection, ReflectionInput, SectionDefinition } from '../types';

/** A section ready to run over the notes; its result type is hidden inside. */
export interface Section {
	readonly id: string;
	readonly run: (input: ReflectionInput) => ComputedSection;
}

/** Wraps a definition: computing it once and closing over its result. */
export function defineSection<R>(def: SectionDefinition<R>): Section {
	return {
		id: def.id,
		run(input) {
			const result = def.compute(input);
			return {
				id: def.id,
				result,
				view: (t, lang) => def.view(result, t, lang, input),
				json: () => def.json(result),
				prompts: () => def.prompts?.(result, input) ?? [],
			};
		},
	};
}

/** A section's typed result from a reflection, or undefined when the section did not run. */
export function resultOf<R>(reflection: Reflection, def: SectionDefinition<R>): R | undefined {
	return reflection.sections.find((s) => s.id === def.id)?.result as R | undefined;
}

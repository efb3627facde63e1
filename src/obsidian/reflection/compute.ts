import { localIsoDate } from '../../core/note-parser';
import { computeReflection, periodFor, reflectionSections, type Reflection, type ReflectionCache } from '../../core/reflection';
import type { PluginContext } from '../context';

/** The mirror for the remembered period, or why the period cannot be used (a custom period gone wrong). */
export type MirrorResult = { readonly ok: true; readonly reflection: Reflection } | { readonly ok: false; readonly reason: string };

/** Computes the mirror for the period in the settings, today by the context's clock. */
export function mirrorFor(ctx: PluginContext, cache?: ReflectionCache): MirrorResult {
	const settings = ctx.settings();
	const today = localIsoDate(ctx.now().getTime());
	const period = periodFor(settings.reflection.period, today, settings.reflection);
	if (!period.ok) return { ok: false, reason: period.reason };
	const reflection = computeReflection(ctx.index.notes(), {
		from: period.from,
		to: period.to,
		today,
		sections: reflectionSections({ languageWatch: settings.languageWatch, supervisionCadenceWeeks: settings.supervision.cadenceWeeks }),
		...(cache ? { cache } : {}),
	});
	return { ok: true, reflection };
}

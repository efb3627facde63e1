/**
 * From a request (period, question, chosen material) to a composed preparation: the steps the command
 * line and the plugin share.
 */
import type { Lang } from '../domain';
import type { JournalNote } from '../journal-note';
import { composePreparation, type Preparation } from './compose';
import { candidateNotes, suggestMaterial, type MaterialSuggestion } from './material';
import { selectPeriod, type PeriodError, type SupervisionPeriod } from './period';
import type { SupervisionServices } from './services';

/** What she asks for. */
export interface PrepareRequest {
	/** Today, `YYYY-MM-DD`. */
	readonly today: string;
	readonly from?: string | null;
	readonly to?: string | null;
	readonly question: string;
	/** The chosen notes; null takes the best suggestions (`suggestionLimit`). */
	readonly material: readonly string[] | null;
	/** A search for one citizen or theme, whose hits are suggested. */
	readonly searchQuery?: string | null;
	readonly lang: Lang;
	readonly tagLang: Lang;
	/** Pseudonymise names (default true); CPR numbers are removed regardless. */
	readonly pseudonymise?: boolean;
	/** How many suggestions are taken when `material` is null (default 5). */
	readonly suggestionLimit?: number;
}

/** The period and what is suggested for it (for the modal, before she chooses). */
export function periodAndSuggestions(
	notes: readonly JournalNote[],
	request: Pick<PrepareRequest, 'today' | 'from' | 'to' | 'searchQuery'>,
	services: SupervisionServices,
): { readonly ok: true; readonly period: SupervisionPeriod; readonly suggestions: readonly MaterialSuggestion[] } | { readonly ok: false; readonly error: PeriodError } {
	const selected = selectPeriod(notes, request);
	if (!selected.ok) return selected;
	const query = request.searchQuery?.trim() ?? '';
	const search = query && services.search ? { query, paths: services.search(query, candidateNotes(notes, selected.period)) } : null;
	const suggestions = suggestMaterial(notes, selected.period, { languageCounts: services.languageCounts, search });
	return { ok: true, period: selected.period, suggestions };
}

/** Composes the preparation for a request. */
export function prepareSupervision(
	notes: readonly JournalNote[],
	request: PrepareRequest,
	services: SupervisionServices,
): { readonly ok: true; readonly preparation: Preparation; readonly period: SupervisionPeriod; readonly material: readonly string[] } | { readonly ok: false; readonly error: PeriodError } {
	const found = periodAndSuggestions(notes, request, services);
	if (!found.ok) return found;
	const material = request.material ?? found.suggestions.slice(0, request.suggestionLimit ?? 5).map((s) => s.path);
	const preparation = composePreparation({
		lang: request.lang,
		tagLang: request.tagLang,
		today: request.today,
		period: found.period,
		notes,
		material,
		question: request.question,
		privacy: services.privacy,
		...(request.pseudonymise === undefined ? {} : { pseudonymise: request.pseudonymise }),
		mirror: services.mirror ? services.mirror(notes, found.period) : null,
		languageCounts: services.languageCounts,
	});
	return { ok: true, preparation, period: found.period, material };
}

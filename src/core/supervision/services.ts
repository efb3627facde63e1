/**
 * The one place the supervision core is bound to the real modules it builds on: the language watch
 * (counts per category), and, as they land, the privacy module, search and the reflection
 * computation. The command line and the plugin both take their services from here, so they compose
 * the same note.
 */
import { createLanguageChecker } from '../language/watch';
import type { Settings } from '../settings';
import type { LanguageCounter, MirrorBrief, PrivacyPort } from './ports';
import type { SupervisionPeriod } from './period';
import type { JournalNote } from '../journal-note';

/** What a preparation is composed with; null where a module is not available. */
export interface SupervisionServices {
	readonly privacy: PrivacyPort | null;
	readonly languageCounts: LanguageCounter | null;
	/** The period's mirror from the reflection computation. */
	readonly mirror: ((notes: readonly JournalNote[], period: Pick<SupervisionPeriod, 'from' | 'to'>) => MirrorBrief | null) | null;
	/** Notes on a citizen or theme, best first. */
	readonly search: ((query: string, period: Pick<SupervisionPeriod, 'from' | 'to'>) => readonly string[]) | null;
}

/** The language watch as counts per category, with her settings (switched-off categories, own phrases, allowed words). */
export function languageCounter(settings: Pick<Settings, 'languageWatch'>): LanguageCounter {
	const check = createLanguageChecker(settings.languageWatch);
	return (text) => {
		const counts: Record<string, number> = {};
		for (const finding of check(text)) counts[finding.category] = (counts[finding.category] ?? 0) + 1;
		return counts;
	};
}

/** The real services for these settings. */
export function supervisionServices(settings: Pick<Settings, 'languageWatch'>): SupervisionServices {
	return {
		privacy: null,
		languageCounts: languageCounter(settings),
		mirror: null,
		search: null,
	};
}

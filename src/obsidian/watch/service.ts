import type { Lang } from '../../core/domain';
import { translate } from '../../core/i18n';
import { createLanguageChecker, explainFinding, type LanguageChecker, type LanguageFinding } from '../../core/language/watch';
import type { PrivacyFinding } from '../../core/privacy/detect';
import type { Settings } from '../../core/settings';

/**
 * The language checker for the settings in force, compiled again only when the settings object
 * changes (the store replaces it on every change). One per plugin; no module state.
 */
export class WatchService {
	private compiledFor: Settings | null = null;
	private compiled: LanguageChecker = createLanguageChecker();

	constructor(private readonly settings: () => Settings) {}

	/** The checker for the current settings. */
	checker(): LanguageChecker {
		const s = this.settings();
		if (s !== this.compiledFor) {
			this.compiled = createLanguageChecker(s.languageWatch);
			this.compiledFor = s;
		}
		return this.compiled;
	}

	/** What the editor underlines now. */
	enabled(): { language: boolean; privacy: boolean } {
		const s = this.settings();
		return { language: s.languageWatch.enabled, privacy: s.privacy.enabled };
	}
}

/** The hover text of a language finding: category, why (or the question, when quoted), gentler wording. */
export function languageTooltip(finding: LanguageFinding, lang: Lang): string {
	const e = explainFinding(finding, lang);
	const lines = [translate(lang, 'watch.hover', { title: e.title, why: e.question ?? e.why })];
	if (e.gentler) lines.push(translate(lang, 'watch.hover.gentler', { gentler: e.gentler }));
	if (e.support) lines.push(translate(lang, 'watch.support'));
	return lines.join('\n');
}

/** The hover text of a privacy finding. */
export function privacyTooltip(finding: PrivacyFinding, lang: Lang): string {
	return `${translate(lang, `privacy.kind.${finding.kind}`)}: ${translate(lang, 'privacy.why')}`;
}

import type { Lang } from '../../core/domain';
import { translate } from '../../core/i18n';
import { createLanguageChecker, explainFinding, prepareLanguageWatch, type LanguageChecker, type LanguageFinding } from '../../core/language/watch';
import type { PrivacyFinding } from '../../core/privacy/detect';
import type { Settings } from '../../core/settings';

/**
 * The language checker for the settings in force, compiled again only when the settings object
 * changes (the store replaces it on every change). One per plugin; no module state.
 */
export class WatchService {
	private compiledFor: Settings | null = null;
	/** Made on first use: compiling the lexicon is not work for Obsidian's start. */
	private compiled: LanguageChecker | null = null;

	constructor(private readonly settings: () => Settings) {}

	/**
	 * Compiles the built-in lexicon ahead of the first check, in slices of a few milliseconds (it is
	 * about 6 000 patterns), so neither Obsidian's start nor the first check waits for it. Returns the
	 * function that stops it (a check before it is done finishes the compiling itself).
	 */
	prepare(sliceMs = 8): () => void {
		let timer: number | null = null;
		const slice = (): void => {
			const end = performance.now() + sliceMs;
			timer = prepareLanguageWatch(() => performance.now() < end) ? null : window.setTimeout(slice, 0);
		};
		timer = window.setTimeout(slice, 0);
		return () => {
			if (timer !== null) window.clearTimeout(timer);
			timer = null;
		};
	}

	/** The checker for the current settings. */
	checker(): LanguageChecker {
		const s = this.settings();
		if (s !== this.compiledFor || this.compiled === null) {
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

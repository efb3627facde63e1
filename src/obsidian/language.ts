import { getLanguage } from 'obsidian';
import type { Lang } from '../core/domain';
import { resolveLang, translator, type Translate } from '../core/i18n';
import type { Settings } from '../core/settings';

/** The plugin's language now: the setting, or Obsidian's language. */
export function currentLang(settings: Settings): Lang {
	return resolveLang(settings.language, getLanguage());
}

/** A translator for the plugin's language now. */
export function currentTranslator(settings: Settings): Translate {
	return translator(currentLang(settings));
}

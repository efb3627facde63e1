import { isLanguageCategory, LANGUAGE_CATEGORIES } from '../../core/language/lexicon';
import { formatNotHere, parseNotHere } from '../../core/language/not-here';
import type { CustomPhrase, Settings } from '../../core/settings';
import type { SettingSpec, SettingsSection } from '../settings-tab';

/** Reads "phrase | category" lines; an unknown category or an empty phrase is an error naming the line. */
export function parseCustomPhrases(value: string): { phrases: CustomPhrase[] } | { error: string } {
	const phrases: CustomPhrase[] = [];
	for (const line of value.split('\n').map((l) => l.trim()).filter(Boolean)) {
		const bar = line.lastIndexOf('|');
		const phrase = (bar < 0 ? line : line.slice(0, bar)).trim();
		const category = bar < 0 ? '' : line.slice(bar + 1).trim().toLowerCase();
		if (phrase === '' || !isLanguageCategory(category)) return { error: `"${line}": ${LANGUAGE_CATEGORIES.join(', ')}` };
		phrases.push({ phrase, category });
	}
	return { phrases };
}

function withWatch(s: Settings, change: Partial<Settings['languageWatch']>): Settings {
	return { ...s, languageWatch: { ...s.languageWatch, ...change } };
}

const CATEGORY_SPECS: SettingSpec[] = LANGUAGE_CATEGORIES.map((category) => ({
	key: `languageWatch.category.${category}`,
	name: (t) => t(`watch.category.${category}`),
	desc: (t) => t('watch.settings.category.desc'),
	control: { type: 'toggle' },
	get: (s) => !s.languageWatch.disabledCategories.includes(category),
	set: (s, value) => {
		const others = s.languageWatch.disabledCategories.filter((c) => c !== category);
		return withWatch(s, { disabledCategories: value === true ? others : [...others, category] });
	},
}));

/** Watch the language and personal data: underlines on/off, categories, own phrases, allowed words. */
export const WATCH_SECTION: SettingsSection = {
	heading: (t) => t('watch.settings.heading'),
	specs: [
		{
			key: 'languageWatch.enabled',
			name: (t) => t('watch.settings.enabled.name'),
			desc: (t) => t('watch.settings.enabled.desc'),
			control: { type: 'toggle' },
			get: (s) => s.languageWatch.enabled,
			set: (s, value) => withWatch(s, { enabled: value === true }),
		},
		{
			key: 'privacy.enabled',
			name: (t) => t('privacy.settings.enabled.name'),
			desc: (t) => t('privacy.settings.enabled.desc'),
			control: { type: 'toggle' },
			get: (s) => s.privacy.enabled,
			set: (s, value) => ({ ...s, privacy: { ...s.privacy, enabled: value === true } }),
		},
		...CATEGORY_SPECS,
		{
			key: 'languageWatch.customPhrases',
			name: (t) => t('watch.settings.customPhrases.name'),
			desc: (t) => t('watch.settings.customPhrases.desc', { categories: LANGUAGE_CATEGORIES.join(', ') }),
			control: { type: 'textarea', rows: 4 },
			get: (s) => s.languageWatch.customPhrases.map((p) => `${p.phrase} | ${p.category}`).join('\n'),
			set: (s, value) => {
				const parsed = parseCustomPhrases(String(value));
				return 'error' in parsed ? parsed : withWatch(s, { customPhrases: parsed.phrases });
			},
		},
		{
			key: 'languageWatch.allowWords',
			name: (t) => t('watch.settings.allowWords.name'),
			desc: (t) => t('watch.settings.allowWords.desc'),
			control: { type: 'textarea', rows: 3 },
			get: (s) => s.languageWatch.allowWords.join('\n'),
			set: (s, value) => withWatch(s, { allowWords: String(value).split('\n').map((l) => l.trim()).filter(Boolean) }),
		},
		{
			// Her "not here" choices from "Check this note", shown one per line; deleting a line removes it.
			key: 'languageWatch.notHere',
			name: (t) => t('watch.settings.notHere.name'),
			desc: (t) => t('watch.settings.notHere.desc'),
			control: { type: 'textarea', rows: 3 },
			get: (s) => formatNotHere(s.languageWatch.notHere),
			set: (s, value) => withWatch(s, { notHere: parseNotHere(String(value)) }),
		},
	],
};

import type { Settings } from '../../core/settings';
import type { SettingSpec, SettingsSection } from '../settings-tab';

/** Saved searches from the settings' lines, `name | query` or a query alone (its own name). */
export function parseSavedSearches(text: string): { name: string; query: string }[] {
	const out: { name: string; query: string }[] = [];
	for (const line of text.split('\n')) {
		const bar = line.indexOf('|');
		const name = (bar < 0 ? line : line.slice(0, bar)).trim();
		const query = (bar < 0 ? line : line.slice(bar + 1)).trim();
		if (query !== '' && !out.some((x) => x.query === query)) out.push({ name: name || query, query });
	}
	return out;
}

type ReminderToggle = 'supervision' | 'revisit' | 'followUps';

function reminderToggle(kind: ReminderToggle): SettingSpec {
	return {
		key: `reminders.${kind}`,
		name: (t) => t(`time.settings.reminders.${kind}.name`),
		desc: (t) => t(`time.settings.reminders.${kind}.desc`),
		control: { type: 'toggle' },
		get: (s) => s.reminders[kind],
		set: (s: Settings, value) => ({ ...s, reminders: { ...s.reminders, [kind]: value === true } }),
	};
}

/** Time settings: her supervision cadence, and the opt-in reminders with each kind switchable. */
export const TIME_SECTION: SettingsSection = {
	heading: (t) => t('time.settings.heading'),
	specs: [
		{
			key: 'supervision.cadenceWeeks',
			name: (t) => t('time.settings.cadence.name'),
			desc: (t) => t('time.settings.cadence.desc'),
			control: { type: 'text', placeholder: '8' },
			get: (s) => String(s.supervision.cadenceWeeks),
			set: (s, value, t) => {
				const text = String(value).trim();
				const weeks = Number(text);
				if (!/^\d+$/.test(text) || weeks < 1 || weeks > 52) return { error: t('time.settings.cadence.error') };
				return { ...s, supervision: { ...s.supervision, cadenceWeeks: weeks } };
			},
		},
		{
			key: 'reminders.enabled',
			name: (t) => t('time.settings.reminders.name'),
			desc: (t) => t('time.settings.reminders.desc'),
			control: { type: 'toggle' },
			get: (s) => s.reminders.enabled,
			set: (s, value) => ({ ...s, reminders: { ...s.reminders, enabled: value === true } }),
		},
		{
			key: 'search.saved',
			name: (t) => t('search.settings.saved.name'),
			desc: (t) => t('search.settings.saved.desc'),
			control: { type: 'textarea', rows: 4 },
			get: (s) => s.search.saved.map((x) => (x.name === x.query ? x.query : `${x.name} | ${x.query}`)).join('\n'),
			set: (s, value) => ({ ...s, search: { ...s.search, saved: parseSavedSearches(String(value)) } }),
		},
		reminderToggle('supervision'),
		reminderToggle('revisit'),
		reminderToggle('followUps'),
	],
};

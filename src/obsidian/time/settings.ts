import type { Settings } from '../../core/settings';
import type { SettingSpec, SettingsSection } from '../settings-tab';

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
		reminderToggle('supervision'),
		reminderToggle('revisit'),
		reminderToggle('followUps'),
	],
};

import { vaultFolder } from '../paths';
import type { SettingsSection } from '../settings-tab';

/** The supervision settings: where "Export for my supervisor" writes. */
export const SUPERVISION_SECTION: SettingsSection = {
	heading: (t) => t('supervision.settings.heading'),
	specs: [
		{
			key: 'supervision.exportFolder',
			name: (t) => t('supervision.settings.exportFolder.name'),
			desc: (t) => t('supervision.settings.exportFolder.desc'),
			control: { type: 'text', placeholder: 'Supervision/Til supervisor', folder: true },
			get: (s) => s.supervision.exportFolder,
			set: (s, value, t) => {
				const input = String(value).trim();
				if (input === '') return { ...s, supervision: { ...s.supervision, exportFolder: '' } };
				const check = vaultFolder(input);
				if (!check.ok) return { error: t('settings.folderRefused', { folder: input, reason: t(`folder.reason.${check.reason}`, { chars: check.chars ?? '' }) }) };
				return { ...s, supervision: { ...s.supervision, exportFolder: check.folder } };
			},
		},
	],
};

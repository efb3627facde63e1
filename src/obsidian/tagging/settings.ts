import { Notice } from 'obsidian';
import type { PluginContext } from '../context';
import type { SettingsSection } from '../settings-tab';

/**
 * The gaze suggestions' settings: learning from her own tagged notes (on or off), and a button that
 * forgets what was learned (only notes she changes or tags afterwards teach again).
 */
export const TAGGING_SECTION: SettingsSection = {
	heading: (t) => t('tagging.settings.heading'),
	specs: [
		{
			key: 'tagging.learn',
			name: (t) => t('tagging.settings.learn.name'),
			desc: (t) => t('tagging.settings.learn.desc'),
			control: { type: 'toggle' },
			get: (s) => s.tagging.learn,
			set: (s, value) => ({ ...s, tagging: { ...s.tagging, learn: value === true } }),
		},
		{
			key: 'tagging.forget',
			name: (t) => t('tagging.settings.forget.name'),
			desc: (t) => t('tagging.settings.forget.desc'),
			control: { type: 'button', label: (t) => t('tagging.settings.forget.button') },
			get: () => false,
			set: (s, value) => {
				const now = Number(value);
				return Number.isFinite(now) && now > 0 ? { ...s, tagging: { ...s.tagging, forgetBefore: now } } : s;
			},
		},
	],
};

/**
 * Brings the learning in line with the settings after a change: turned on or off, or told to forget
 * (then she is told it has forgotten). Rebuilt from the index's notes; nothing else is touched.
 */
export function applyLearningSettings(ctx: PluginContext): void {
	const wanted = ctx.settings().tagging;
	const now = ctx.learning.options;
	if (wanted.learn === now.enabled && wanted.forgetBefore === now.forgetBefore) return;
	const forgot = wanted.forgetBefore !== now.forgetBefore;
	ctx.learning.configure({ enabled: wanted.learn, forgetBefore: wanted.forgetBefore }, ctx.index.notes());
	if (forgot) new Notice(ctx.t()('tagging.settings.forgotten'));
}

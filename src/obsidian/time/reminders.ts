import { Notice } from 'obsidian';
import { localIsoDate } from '../../core/note-parser';
import { formatDay } from '../../core/reflection/period';
import { dueReminders, type Reminder } from '../../core/time/reminders';
import type { Translate } from '../../core/i18n';
import type { Lang } from '../../core/domain';
import type { PluginContext } from '../context';

/** One line per reminder, in her language. */
export function reminderLine(reminder: Reminder, t: Translate, lang: Lang): string {
	switch (reminder.kind) {
		case 'supervision':
			return reminder.days === null ? t('time.reminder.supervisionFirst') : t('time.reminder.supervision', { days: reminder.days });
		case 'revisit':
			return t('time.reminder.revisit', { date: formatDay(reminder.due, lang), text: reminder.text });
		case 'followUps':
			return t(reminder.count === 1 ? 'time.reminder.followUp' : 'time.reminder.followUps', { count: reminder.count });
	}
}

/**
 * Shows the day's reminders once, as one quiet Notice, after the journal index is built; remembers the
 * day so a restart the same day shows nothing. Only when she has switched reminders on.
 */
export async function showRemindersOnce(ctx: PluginContext): Promise<void> {
	const settings = ctx.settings();
	if (!settings.reminders.enabled) return;
	await ctx.bridge.whenBuilt();
	const today = localIsoDate(ctx.now().getTime());
	const reminders = dueReminders([...ctx.index.notes()], today, settings.reminders, settings.supervision.cadenceWeeks);
	if (reminders.length === 0) return;
	const t = ctx.t();
	new Notice([t('time.reminder.heading'), ...reminders.map((r) => `• ${reminderLine(r, t, ctx.lang())}`)].join('\n'), 12_000);
	await ctx.store.update((s) => ({ ...s, reminders: { ...s.reminders, lastShown: today } }));
}

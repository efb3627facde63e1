import { Notice } from 'obsidian';
import { localIsoDate } from '../../core/note-parser';
import { neighbourEntry } from '../../core/time/entries';
import { lookBack } from '../../core/time/lookback';
import type { PluginContext } from '../context';
import { openNoteAtLine } from '../search/open-note';
import { createJournalBase } from './base';
import { CALENDAR_VIEW_TYPE, CalendarView } from './calendar-view';
import { LookbackModal } from './lookback-modal';
import { showRemindersOnce } from './reminders';

/** Opens the journal calendar: the open one if any (found by type, never kept), else one in the right sidebar. */
export async function openCalendar(ctx: PluginContext): Promise<void> {
	const { workspace } = ctx.app;
	let leaf = workspace.getLeavesOfType(CALENDAR_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: CALENDAR_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}

/**
 * Time in the journal: the calendar view, "Look back" (from the open note's day, or today) and moving to the previous or
 * next dated journal entry from the open note; the opt-in reminders at start-up. No default hotkeys.
 */
export function registerTime(ctx: PluginContext): void {
	const t = ctx.t();
	ctx.app.workspace.onLayoutReady(() => void showRemindersOnce(ctx));
	ctx.plugin.registerView(CALENDAR_VIEW_TYPE, (leaf) => new CalendarView(leaf, ctx));
	ctx.plugin.addCommand({ id: 'create-journal-base', name: t('time.base.command'), callback: () => void createJournalBase(ctx) });
	ctx.plugin.addCommand({ id: 'open-calendar', name: t('time.calendar.command'), callback: () => void openCalendar(ctx) });
	ctx.plugin.addCommand({
		id: 'look-back',
		name: t('time.lookback.command'),
		callback: () => {
			const file = ctx.app.workspace.getActiveFile();
			const day = (file && ctx.index.get(file.path)?.date) ?? localIsoDate(ctx.now().getTime());
			new LookbackModal(ctx, day, lookBack(ctx.index.notes(), day)).open();
		},
	});
	for (const [id, direction, key, none] of [
		['previous-journal-entry', -1, 'time.entry.previous', 'time.entry.noPrevious'],
		['next-journal-entry', 1, 'time.entry.next', 'time.entry.noNext'],
	] as const) {
		ctx.plugin.addCommand({
			id,
			name: t(key),
			checkCallback: (checking) => {
				const file = ctx.app.workspace.getActiveFile();
				const note = file ? ctx.index.get(file.path) : undefined;
				if (!note || note.date === null) return false;
				if (checking) return true;
				const target = neighbourEntry(ctx.index.notes(), note.path, direction);
				if (!target) new Notice(ctx.t()(none));
				else void openNoteAtLine(ctx.app, target.path, target.bodyStartLine);
				return true;
			},
		});
	}
}

import { Notice } from 'obsidian';
import { localIsoDate } from '../../core/note-parser';
import { neighbourEntry } from '../../core/time/entries';
import { lookBack } from '../../core/time/lookback';
import type { PluginContext } from '../context';
import { openNoteAtLine } from '../search/open-note';
import { LookbackModal } from './lookback-modal';
import { showRemindersOnce } from './reminders';

/**
 * Time in the journal: "Look back" (from the open note's day, or today) and moving to the previous or
 * next dated journal entry from the open note; the opt-in reminders at start-up. No default hotkeys.
 */
export function registerTime(ctx: PluginContext): void {
	const t = ctx.t();
	ctx.app.workspace.onLayoutReady(() => void showRemindersOnce(ctx));
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

import { Notice, TFile } from 'obsidian';
import type { PluginContext } from './context';

/** A note the plugin wrote: its text before and the text the plugin left in it. */
export interface WrittenChange {
	readonly path: string;
	readonly before: string;
	readonly after: string;
}

/** How an undo went: the notes put back, and those left alone because they changed since. */
export interface UndoOutcome {
	readonly restored: readonly string[];
	readonly changedSince: readonly string[];
}

/** How long the undo notice stays (ms). */
const UNDO_NOTICE_MS = 15000;

/** Per loaded plugin: the changes the undo notice (and the undo command) would put back; one set at a time. */
const PENDING = new WeakMap<object, readonly WrittenChange[]>();

function pendingOf(ctx: PluginContext): readonly WrittenChange[] {
	return PENDING.get(ctx.plugin) ?? [];
}

/** True while there is a change to undo. */
export function hasPendingUndo(ctx: PluginContext): boolean {
	return pendingOf(ctx).length > 0;
}

/**
 * Puts each note back as it was, byte for byte, through `Vault.process`, but only when it still
 * holds exactly what the plugin wrote: a note changed since (by her or by sync) is left as it is.
 */
export async function undoChanges(ctx: PluginContext, changes: readonly WrittenChange[]): Promise<UndoOutcome> {
	const restored: string[] = [];
	const changedSince: string[] = [];
	for (const change of changes) {
		const file = ctx.app.vault.getAbstractFileByPath(change.path);
		if (!(file instanceof TFile)) {
			changedSince.push(change.path);
			continue;
		}
		let same = false;
		await ctx.app.vault.process(file, (current) => {
			same = current === change.after;
			return same ? change.before : current;
		});
		(same ? restored : changedSince).push(change.path);
	}
	return { restored, changedSince };
}

/** Undoes the pending changes and says how it went. */
export async function undoPending(ctx: PluginContext): Promise<UndoOutcome | null> {
	const t = ctx.t();
	const changes = pendingOf(ctx);
	PENDING.delete(ctx.plugin);
	if (changes.length === 0) {
		new Notice(t('ui.undo.nothing'));
		return null;
	}
	const outcome = await undoChanges(ctx, changes);
	const lines: string[] = [];
	if (outcome.restored.length === 1 && changes.length === 1) lines.push(t('ui.undo.doneOne'));
	else if (outcome.restored.length > 0) lines.push(t('ui.undo.done', { count: outcome.restored.length }));
	if (outcome.changedSince.length > 0) lines.push(t('ui.undo.changed', { paths: outcome.changedSince.join(', ') }));
	new Notice(lines.join('\n'));
	return outcome;
}

/**
 * Says what was done, with an "Undo" button; the command "Undo the last change made by the plugin"
 * does the same from the keyboard while the change is the latest one.
 */
export function offerUndo(ctx: PluginContext, message: string, changes: readonly WrittenChange[]): Notice {
	if (changes.length === 0) return new Notice(message);
	PENDING.set(ctx.plugin, changes);
	const notice = new Notice(message, UNDO_NOTICE_MS);
	const button = notice.messageEl.createEl('button', { text: ctx.t()('ui.undo'), cls: 'three-gazes-undo' });
	button.addEventListener('click', (evt) => {
		evt.stopPropagation();
		notice.hide();
		if (pendingOf(ctx) === changes) void undoPending(ctx);
	});
	return notice;
}

/** Registers "Undo the last change made by the plugin" (available only while there is one). No default hotkey. */
export function registerUndo(ctx: PluginContext): void {
	ctx.plugin.addCommand({
		id: 'undo-last-change',
		name: ctx.t()('ui.undo.command'),
		checkCallback: (checking) => {
			if (!hasPendingUndo(ctx)) return false;
			if (!checking) void undoPending(ctx);
			return true;
		},
	});
}

import type { PluginContext } from '../context';
import { activePreparation, exportPreparationFile } from './export';
import { openOutcomeModalFor } from './outcome';
import { PrepareSupervisionModal } from './prepare';

/**
 * Registers "Prepare supervision…", "Export for my supervisor" and "Record supervision outcome…". No
 * default hotkeys. The last two work on the open preparation: they check for one (`checkCallback`),
 * so the command palette offers them only while a preparation is open.
 */
export function registerSupervision(ctx: PluginContext): void {
	const t = ctx.t();
	ctx.plugin.addCommand({
		id: 'prepare-supervision',
		name: t('supervision.command.prepare'),
		callback: () => new PrepareSupervisionModal(ctx).open(),
	});
	ctx.plugin.addCommand({
		id: 'export-for-supervisor',
		name: t('supervision.command.export'),
		checkCallback: (checking) => {
			const file = activePreparation(ctx);
			if (!file) return false;
			if (!checking) void exportPreparationFile(ctx, file);
			return true;
		},
	});
	ctx.plugin.addCommand({
		id: 'record-supervision-outcome',
		name: t('supervision.command.outcome'),
		checkCallback: (checking) => {
			const file = activePreparation(ctx);
			if (!file) return false;
			if (!checking) openOutcomeModalFor(ctx, file);
			return true;
		},
	});
}

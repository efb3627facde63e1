import type { PluginContext } from '../context';
import { exportActivePreparation } from './export';
import { openOutcomeModal } from './outcome';
import { PrepareSupervisionModal } from './prepare';

/** Registers "Prepare supervision…", "Export for my supervisor" and "Record supervision outcome…". No default hotkeys. */
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
		callback: () => void exportActivePreparation(ctx),
	});
	ctx.plugin.addCommand({
		id: 'record-supervision-outcome',
		name: t('supervision.command.outcome'),
		callback: () => void openOutcomeModal(ctx),
	});
}

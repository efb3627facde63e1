import type { PluginContext } from '../context';
import { saveReflection } from './save';
import { REFLECTION_VIEW_TYPE, ReflectionView } from './view';

/** Opens the mirror: the open one if any (found by type, never kept), else a new one in the right sidebar. */
export async function openMirror(ctx: PluginContext): Promise<void> {
	const { workspace } = ctx.app;
	let leaf = workspace.getLeavesOfType(REFLECTION_VIEW_TYPE)[0] ?? null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) return;
		await leaf.setViewState({ type: REFLECTION_VIEW_TYPE, active: true });
	}
	await workspace.revealLeaf(leaf);
}

/** The mirror: its view, a ribbon icon and the commands "Open the mirror" and "Save this reflection as a note". */
export function registerReflection(ctx: PluginContext): void {
	const t = ctx.t();
	ctx.plugin.registerView(REFLECTION_VIEW_TYPE, (leaf) => new ReflectionView(leaf, ctx));
	ctx.plugin.addRibbonIcon('scan-eye', t('reflection.ribbon'), () => void openMirror(ctx));
	ctx.plugin.addCommand({ id: 'open-reflection', name: t('reflection.command.open'), callback: () => void openMirror(ctx) });
	ctx.plugin.addCommand({ id: 'save-reflection', name: t('reflection.command.save'), callback: () => void saveReflection(ctx) });
}

import type { PluginContext } from '../context';
import { RelatedModal } from './related-modal';
import { SearchModal } from './search-modal';
import { SearchService } from './search-service';

/**
 * Search reflections and related reflections: two commands (no default hotkeys). The search index
 * is built after layout ready, in slices, and kept in step with the journal index.
 */
export function registerSearch(ctx: PluginContext): void {
	const service = new SearchService(ctx);
	ctx.app.workspace.onLayoutReady(() => service.start());
	const t = ctx.t();
	ctx.plugin.addCommand({
		id: 'search-reflections',
		name: t('search.command.search'),
		callback: () => new SearchModal(ctx, service).open(),
	});
	ctx.plugin.addCommand({
		id: 'related-reflections',
		name: t('search.command.related'),
		// Offered only while a journal note is open (the palette leaves it out otherwise).
		checkCallback: (checking) => {
			const file = ctx.app.workspace.getActiveFile();
			if (!file || !ctx.index.has(file.path)) return false;
			if (!checking) {
				service.start();
				new RelatedModal(ctx, file.basename, service.related(file.path)).open();
			}
			return true;
		},
	});
}

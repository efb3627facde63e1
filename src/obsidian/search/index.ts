import type { PluginContext } from '../context';
import { RelatedModal } from './related-modal';
import { SearchModal } from './search-modal';
import { SearchService } from './search-service';

/**
 * Search reflections and related reflections: two commands (no default hotkeys). The search index
 * is built after layout ready, in slices, and kept in step with the journal index.
 */
/** A stable command id for a saved query (a short hash: queries may hold any characters). */
export function savedSearchId(query: string): string {
	let h = 2166136261;
	for (let i = 0; i < query.length; i++) h = Math.imul(h ^ query.charCodeAt(i), 16777619) >>> 0;
	return h.toString(36);
}

export function registerSearch(ctx: PluginContext): void {
	const service = new SearchService(ctx);
	ctx.app.workspace.onLayoutReady(() => service.start());
	const t = ctx.t();
	const openSearch = (query?: string): void => {
		const modal = new SearchModal(ctx, service);
		modal.onSaved = addSavedCommand;
		modal.open();
		if (query !== undefined) modal.runQuery(query);
	};
	/** A command per saved search ("Search: …"), added at start and when she saves one. */
	const commandIds = new Set<string>();
	const addSavedCommand = (query: string): void => {
		const id = `saved-search-${savedSearchId(query)}`;
		if (commandIds.has(id)) return;
		commandIds.add(id);
		ctx.plugin.addCommand({
			id,
			name: ctx.t()('search.saved.command', { name: ctx.settings().search.saved.find((x) => x.query === query)?.name ?? query }),
			callback: () => openSearch(ctx.settings().search.saved.find((x) => x.query === query)?.query ?? query),
		});
	};
	for (const saved of ctx.settings().search.saved) addSavedCommand(saved.query);
	ctx.plugin.addCommand({
		id: 'search-reflections',
		name: t('search.command.search'),
		callback: () => openSearch(),
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

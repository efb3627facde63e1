import { TFile } from 'obsidian';
import type { Lang } from '../core/domain';
import { installedTemplatePath } from '../core/templates/install';
import type { TemplateDef } from '../core/templates/registry';
import type { PluginContext } from './context';
import { vaultFolder, vaultPath } from './paths';

/** A template's text and where it came from. */
export interface TemplateSource {
	readonly text: string;
	/** The vault path of the user's copy, or null for the bundled template. */
	readonly vaultPath: string | null;
}

/**
 * The template to create a note from: the user's own copy in the template folder when there is one
 * (it may be edited), else the bundled template.
 */
export async function loadTemplate(ctx: PluginContext, def: TemplateDef, lang: Lang): Promise<TemplateSource> {
	const folder = vaultFolder(ctx.settings().templateFolder);
	if (folder.ok) {
		const path = vaultPath(installedTemplatePath(folder.folder, def, lang));
		const file = ctx.app.vault.getAbstractFileByPath(path);
		if (file instanceof TFile) return { text: await ctx.app.vault.cachedRead(file), vaultPath: path };
	}
	return { text: def.text[lang], vaultPath: null };
}

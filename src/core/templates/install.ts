/**
 * The user's own copies of the templates: what "Install templates into the vault" writes, and where
 * the plugin looks for an edited copy before using the bundled one. Copies are named by the
 * template's name in the language (`Daglig refleksion.md`), so they read well in core Templates'
 * picker, and written with method blocks expanded and gaze tags after the setting, so they are plain
 * core-Templates files. An existing copy is never overwritten.
 */
import type { Lang } from '../domain';
import { joinVaultPath, sanitizeFileName } from './filename';
import { rewriteGazeTags } from './gaze-tags';
import { expandMethodBlocks } from './method-blocks';
import { TEMPLATES } from './registry';
import type { TemplateDef } from './registry';

/** The vault path of a template's editable copy in a language: `<folder>/<name>.md`. */
export function installedTemplatePath(folder: string, def: TemplateDef, lang: Lang): string {
	return joinVaultPath(folder, `${sanitizeFileName(def.name[lang], def.id)}.md`);
}

/** A template as installed: method blocks filled from the catalogue, gaze tags after the setting. */
export function installedTemplateText(def: TemplateDef, lang: Lang, tagLang: Lang): string {
	return rewriteGazeTags(expandMethodBlocks(def.text[lang], lang), tagLang);
}

/** One file of an installation: written when new, kept when a copy is already there. */
export interface InstallStep {
	readonly template: string;
	readonly path: string;
	readonly action: 'create' | 'keep';
	/** What a new copy holds (empty for `keep`). */
	readonly content: string;
}

/** Plans the installation of every template into `folder`; `exists` says which paths are taken. */
export function planTemplateInstall(folder: string, lang: Lang, tagLang: Lang, exists: (path: string) => boolean): InstallStep[] {
	return TEMPLATES.map((def) => {
		const path = installedTemplatePath(folder, def, lang);
		return exists(path)
			? { template: def.id, path, action: 'keep', content: '' }
			: { template: def.id, path, action: 'create', content: installedTemplateText(def, lang, tagLang) };
	});
}

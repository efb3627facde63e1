import { FuzzySuggestModal, Notice } from 'obsidian';
import { tagLang } from '../../core/settings';
import { noteFileName } from '../../core/templates/filename';
import { renderNoteFromTemplate } from '../../core/templates/note-from-template';
import { TEMPLATES, templateSearchText } from '../../core/templates/registry';
import type { TemplateDef } from '../../core/templates/registry';
import type { PluginContext } from '../context';
import { createNote } from '../note-creator';
import type { CreateOutcome } from '../note-creator';
import { loadTemplate } from '../template-source';

/**
 * Creates a note from a template in the (first) journal folder and opens it. The user's copy of the
 * template is used when there is one. A taken name gets a number (`… 2`); nothing is overwritten.
 */
export async function createReflection(ctx: PluginContext, def: TemplateDef): Promise<CreateOutcome> {
	const settings = ctx.settings();
	const lang = ctx.lang();
	const now = ctx.now();
	const t = ctx.t();
	const source = await loadTemplate(ctx, def, lang);
	const title = def.name[lang];
	const rendered = renderNoteFromTemplate(source.text, { title, now, lang, tagLang: tagLang(settings, lang) });
	if (rendered.unknown.length > 0) {
		new Notice(t('method.newReflection.unknown', { template: source.vaultPath ?? title, placeholders: rendered.unknown.join(', ') }));
	}
	return createNote(ctx.app, t, {
		folder: settings.journalFolders[0] ?? '',
		fileName: noteFileName(settings.filenamePattern, title, now, lang),
		content: rendered.text,
		ifExists: 'new-name',
	});
}

/** "New reflection…": every template, searchable by name, kind and gaze in the UI language. */
export class TemplatePickerModal extends FuzzySuggestModal<TemplateDef> {
	constructor(
		private readonly ctx: PluginContext,
		private readonly onPick: (def: TemplateDef) => void,
	) {
		super(ctx.app);
		this.setPlaceholder(ctx.t()('method.picker.template'));
	}

	override getItems(): TemplateDef[] {
		return [...TEMPLATES];
	}

	override getItemText(def: TemplateDef): string {
		return templateSearchText(def, this.ctx.lang());
	}

	override onChooseItem(def: TemplateDef): void {
		this.onPick(def);
	}
}

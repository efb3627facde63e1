/** Notes made from the bundled templates and toolbox elements, as the plugin makes them, for the scaffold and mirror tests. */
import type { Lang } from '../../../src/core/domain';
import { installedTemplateText } from '../../../src/core/templates/install';
import { renderNoteFromTemplate } from '../../../src/core/templates/note-from-template';
import { TEMPLATES, type TemplateDef } from '../../../src/core/templates/registry';
import { TOOLBOX_ELEMENTS, elementBlock, type ToolboxElement } from '../../../src/core/toolbox/elements';
import { insertAt } from '../../../src/core/toolbox/insert';

export const LANGS: readonly Lang[] = ['da', 'en'];

/** A new note from a bundled template, as "New reflection…" writes it on a day. */
export function noteFromTemplate(def: TemplateDef, lang: Lang, tagLang: Lang, now = new Date(2026, 10, 27, 14, 5)): string {
	return renderNoteFromTemplate(def.text[lang], { title: def.name[lang], now, lang, tagLang }).text;
}

/** A new note from her installed copy of a template (edited by `edit`), as core Templates or the plugin writes it. */
export function noteFromInstalledCopy(def: TemplateDef, lang: Lang, edit: (copy: string) => string, now = new Date(2026, 10, 27, 14, 5)): string {
	return renderNoteFromTemplate(edit(installedTemplateText(def, lang, lang)), { title: def.name[lang], now, lang, tagLang: lang }).text;
}

/** The body of a note's text (after its frontmatter). */
export function bodyOf(text: string): string {
	if (!text.startsWith('---\n')) return text;
	const end = text.indexOf('\n---', 4);
	return text.slice(text.indexOf('\n', end + 1) + 1);
}

/** A note's text with a toolbox element inserted at the end of line `line` (0-based; clamped). */
export function withElement(text: string, element: ToolboxElement, lang: Lang, line: number): string {
	const lines = text.split('\n');
	const at = Math.min(Math.max(line, 0), lines.length - 1);
	const offset = lines.slice(0, at + 1).join('\n').length;
	return insertAt(text, offset, elementBlock(element, lang));
}

export { TEMPLATES, TOOLBOX_ELEMENTS };

/**
 * The bundled templates: one Markdown file per language under `templates/<lang>/<id>.md`, bundled as
 * text. The files are plain core-Templates files, so users can install, edit and reuse them; this
 * registry only says what each one is (its kind and gazes) and how it is named in the pickers.
 */
import daDailyReflection from '../../../templates/da/daily-reflection.md';
import enDailyReflection from '../../../templates/en/daily-reflection.md';
import type { Bilingual, GazeId, KindId, Lang } from '../domain';

/** A bundled template. */
export interface TemplateDef {
	/** Stable id; also the file name (`<id>.md`) in `templates/<lang>/` and in the vault's template folder. */
	readonly id: string;
	/** The name shown in pickers, and the default title of a new note. */
	readonly name: Bilingual;
	/** The kind the template writes in its `kind` property. */
	readonly kind: KindId;
	/** The gazes the template tags a new note with. */
	readonly gazes: readonly GazeId[];
	/** The bundled Markdown, per language. */
	readonly text: Bilingual;
}

/** Every bundled template, in the order pickers show them. */
export const TEMPLATES: readonly TemplateDef[] = [
	{
		id: 'daily-reflection',
		name: { da: 'Daglig refleksion', en: 'Daily reflection' },
		kind: 'daily-reflection',
		gazes: ['citizen', 'staff', 'self'],
		text: { da: daDailyReflection, en: enDailyReflection },
	},
];

/** The template with this id, or null. */
export function findTemplate(id: string): TemplateDef | null {
	return TEMPLATES.find((t) => t.id === id) ?? null;
}

/** The bundled text of a template in a language, or null for an unknown id. */
export function templateText(id: string, lang: Lang): string | null {
	return findTemplate(id)?.text[lang] ?? null;
}

/** The file name of a template's editable copy in the vault's template folder. */
export function templateFileName(def: TemplateDef): string {
	return `${def.id}.md`;
}

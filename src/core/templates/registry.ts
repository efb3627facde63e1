/**
 * The bundled templates: one Markdown file per language under `templates/<lang>/<id>.md`, bundled as
 * text. They are core-Templates files plus method blocks (`{{tool:iceberg}}`, see `method-blocks.ts`)
 * that are filled from the method catalogue; installed copies are written with the blocks expanded,
 * so users can edit them and use them with core Templates too. This registry says what each template
 * is (its kind and gazes) and how pickers name it: gaze reflections by the catalogue's gaze names,
 * the others by their kind's name.
 */
import daDailyReflection from '../../../templates/da/daily-reflection.md';
import enDailyReflection from '../../../templates/en/daily-reflection.md';
import daCitizenReflection from '../../../templates/da/citizen-reflection.md';
import enCitizenReflection from '../../../templates/en/citizen-reflection.md';
import daStaffReflection from '../../../templates/da/staff-reflection.md';
import enStaffReflection from '../../../templates/en/staff-reflection.md';
import daSelfReflection from '../../../templates/da/self-reflection.md';
import enSelfReflection from '../../../templates/en/self-reflection.md';
import daSelfCheckIn from '../../../templates/da/self-check-in.md';
import enSelfCheckIn from '../../../templates/en/self-check-in.md';
import daStaffMeeting from '../../../templates/da/staff-meeting.md';
import enStaffMeeting from '../../../templates/en/staff-meeting.md';
import daEmployeeConversation from '../../../templates/da/employee-conversation.md';
import enEmployeeConversation from '../../../templates/en/employee-conversation.md';
import daResidentConference from '../../../templates/da/resident-conference.md';
import enResidentConference from '../../../templates/en/resident-conference.md';
import daSupervisionPreparation from '../../../templates/da/supervision-preparation.md';
import enSupervisionPreparation from '../../../templates/en/supervision-preparation.md';
import { KIND_VOCABULARY } from '../domain';
import type { Bilingual, GazeId, KindId, Lang } from '../domain';
import { translate } from '../i18n';
import { gazeEntry } from '../method/catalogue';

/** A bundled template. */
export interface TemplateDef {
	/** Stable id; also the file name (`<id>.md`) in `templates/<lang>/` and in the vault's template folder. */
	readonly id: string;
	/** The name shown in pickers, and the default title of a new note. */
	readonly name: Bilingual;
	/** The kind the template writes in its `kind` property. */
	readonly kind: KindId;
	/** The gazes the template tags a new note with, in GAZES order. */
	readonly gazes: readonly GazeId[];
	/** The bundled Markdown, per language (method blocks not yet expanded). */
	readonly text: Bilingual;
}

function kindName(kind: KindId): Bilingual {
	return { da: translate('da', `kind.${kind}`), en: translate('en', `kind.${kind}`) };
}

function gazeReflection(gaze: GazeId, text: Bilingual): TemplateDef {
	return { id: `${gaze}-reflection`, name: gazeEntry(gaze).name, kind: 'gaze-reflection', gazes: [gaze], text };
}

function kindTemplate(kind: KindId, gazes: readonly GazeId[], text: Bilingual): TemplateDef {
	return { id: kind, name: kindName(kind), kind, gazes, text };
}

/** Every bundled template, in the order pickers show them. */
export const TEMPLATES: readonly TemplateDef[] = [
	kindTemplate('daily-reflection', ['citizen', 'staff', 'self'], { da: daDailyReflection, en: enDailyReflection }),
	gazeReflection('citizen', { da: daCitizenReflection, en: enCitizenReflection }),
	gazeReflection('staff', { da: daStaffReflection, en: enStaffReflection }),
	gazeReflection('self', { da: daSelfReflection, en: enSelfReflection }),
	kindTemplate('self-check-in', ['self'], { da: daSelfCheckIn, en: enSelfCheckIn }),
	kindTemplate('staff-meeting', ['citizen', 'staff'], { da: daStaffMeeting, en: enStaffMeeting }),
	kindTemplate('employee-conversation', ['citizen', 'staff'], { da: daEmployeeConversation, en: enEmployeeConversation }),
	kindTemplate('resident-conference', ['citizen', 'staff'], { da: daResidentConference, en: enResidentConference }),
	kindTemplate('supervision-preparation', ['self'], { da: daSupervisionPreparation, en: enSupervisionPreparation }),
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

/** The words a picker can match a template by, in a language: its name, its kind and its gazes. */
export function templateSearchText(def: TemplateDef, lang: Lang): string {
	const gazes = def.gazes.map((g) => translate(lang, `gaze.${g}`));
	return [def.name[lang], translate(lang, `kind.${def.kind}`), KIND_VOCABULARY[def.kind][lang], ...gazes].join(' · ');
}

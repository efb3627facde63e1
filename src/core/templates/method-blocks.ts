/**
 * Method blocks in templates: lines such as `{{tool:iceberg}}`, `{{questions:actions}}`,
 * `{{focus:wellbeing}}`, `{{stages:supervision}}`, `{{wellbeing:staff}}` (the staff-wellbeing section
 * with the leader's prompts), `{{wellbeing:conversation}}` (the same points as questions to the
 * employee) or `{{why:position-trap}}` (a concept's reason in one line) in a bundled template become
 * text from the method catalogue, so templates never repeat the catalogue's wording. Installed copies in the vault are
 * written expanded, so they stay plain core-Templates files the user can edit. Tool and category ids
 * may be written as ids or as slugs in either language.
 */
import { readQuestionCategory, readTool } from '../domain';
import type { Lang } from '../domain';
import { allFocusPoints, CONCEPTS, REFLECTION_STRUCTURES, STAFF_WELLBEING_POINTS, SUPERVISION_PREPARATION, WELLBEING_NEEDS } from '../method/catalogue';
import type { Stage, WellbeingPoint } from '../method/catalogue';
import { questionSetBlock, toolBlock } from '../toolbox/block';

const METHOD_BLOCK = /\{\{\s*(tool|questions|focus|stages|wellbeing|why)\s*:\s*([^{}\s]+)\s*\}\}/gi;

/** A focus point as a section: `## name`, then its prompts as a list to write under. */
function focusSection(id: string, lang: Lang): string | null {
	const focus = allFocusPoints().find((f) => f.id === id);
	if (!focus) return null;
	return [`## ${focus.name[lang]}`, ...focus.prompts[lang].map((p) => `- ${p}`)].join('\n');
}

/** A structure's stages as sections: `## name`, then the prompt in italics. */
function stageSections(id: string, lang: Lang): string | null {
	const stages: readonly Stage[] | undefined =
		id === 'supervision' ? SUPERVISION_PREPARATION : REFLECTION_STRUCTURES.find((s) => s.id === id)?.stages;
	if (!stages) return null;
	return stages.map((s) => `## ${s.name[lang]}\n*${s.prompt[lang]}*\n`).join('\n').trimEnd();
}

/** A concept's reason in one line, in italics; null for an unknown concept or one without a reason. */
function whyLine(id: string, lang: Lang): string | null {
	const why = CONCEPTS.find((c) => c.id === id)?.why[lang] ?? '';
	return why === '' ? null : `*${why}*`;
}

/**
 * The staff-wellbeing section: the concept's reason, the three needs (self-determination theory),
 * then the method's other points; each with the leader's prompts (`staff`) or with questions to the
 * employee (`conversation`).
 */
function wellbeingSection(id: string, lang: Lang): string | null {
	if (id !== 'staff' && id !== 'conversation') return null;
	const concept = CONCEPTS.find((c) => c.id === 'staff-wellbeing');
	if (!concept) return null;
	const lines = [`## ${concept.name[lang]}`, `*${concept.why[lang]}*`, ''];
	const texts = (point: WellbeingPoint): string => (id === 'staff' ? point.prompts[lang] : point.questions[lang]).join(' ');
	// The three needs carry their meaning in parentheses, as the method gives them; the other points say it in their name.
	for (const need of WELLBEING_NEEDS) lines.push(`- **${need.name[lang]}** (${lowerFirst(need.description[lang]).replace(/\.$/, '')}): ${texts(need)}`);
	for (const point of STAFF_WELLBEING_POINTS) lines.push(`- **${point.name[lang]}:** ${texts(point)}`);
	return lines.join('\n');
}

/** The text with its first letter in lower case (a description inside parentheses). */
function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function expandOne(what: string, id: string, lang: Lang): string | null {
	switch (what.toLowerCase()) {
		case 'tool': {
			const tool = readTool(id);
			return tool === null ? null : toolBlock(tool, lang);
		}
		case 'questions': {
			const category = readQuestionCategory(id);
			return category === null ? null : questionSetBlock(category, lang);
		}
		case 'focus':
			return focusSection(id, lang);
		case 'wellbeing':
			return wellbeingSection(id, lang);
		case 'why':
			return whyLine(id, lang);
		default:
			return stageSections(id, lang);
	}
}

/** Replaces every known method block with its text; unknown ones stay exactly as written. */
export function expandMethodBlocks(text: string, lang: Lang): string {
	return text.replace(METHOD_BLOCK, (whole, what: string, id: string) => expandOne(what, id, lang) ?? whole);
}

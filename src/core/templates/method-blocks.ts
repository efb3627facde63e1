/**
 * Method blocks in templates: lines such as `{{tool:iceberg}}`, `{{questions:actions}}`,
 * `{{focus:wellbeing}}` or `{{stages:supervision}}` in a bundled template become text from the method
 * catalogue, so templates never repeat the catalogue's wording. Installed copies in the vault are
 * written expanded, so they stay plain core-Templates files the user can edit. Tool and category ids
 * may be written as ids or as slugs in either language.
 */
import { readQuestionCategory, readTool } from '../domain';
import type { Lang } from '../domain';
import { allFocusPoints, REFLECTION_STRUCTURES, SUPERVISION_PREPARATION } from '../method/catalogue';
import type { Stage } from '../method/catalogue';
import { questionSetBlock, toolBlock } from '../toolbox/block';

const METHOD_BLOCK = /\{\{\s*(tool|questions|focus|stages)\s*:\s*([^{}\s]+)\s*\}\}/gi;

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
		default:
			return stageSections(id, lang);
	}
}

/** Replaces every known method block with its text; unknown ones stay exactly as written. */
export function expandMethodBlocks(text: string, lang: Lang): string {
	return text.replace(METHOD_BLOCK, (whole, what: string, id: string) => expandOne(what, id, lang) ?? whole);
}

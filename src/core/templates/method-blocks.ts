/**
 * Method blocks in templates: a line `{{tool:iceberg}}` or `{{questions:actions}}` in a bundled
 * template becomes the toolbox block from the method catalogue, so the templates never repeat the
 * catalogue's texts. Installed copies in the vault are written expanded, so they stay plain
 * core-Templates files. Ids may be written as ids or as slugs in either language.
 */
import { readQuestionCategory, readTool } from '../domain';
import type { Lang } from '../domain';
import { questionSetBlock, toolBlock } from '../toolbox/block';

const METHOD_BLOCK = /\{\{\s*(tool|questions)\s*:\s*([^{}\s]+)\s*\}\}/gi;

/** Replaces every known `{{tool:…}}` and `{{questions:…}}` with its block; unknown ones stay as written. */
export function expandMethodBlocks(text: string, lang: Lang): string {
	return text.replace(METHOD_BLOCK, (whole, what: string, id: string) => {
		if (what.toLowerCase() === 'tool') {
			const tool = readTool(id);
			return tool === null ? whole : toolBlock(tool, lang);
		}
		const category = readQuestionCategory(id);
		return category === null ? whole : questionSetBlock(category, lang);
	});
}

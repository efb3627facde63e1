/**
 * 5. The toolbox: how many notes of the period used each tool (from the `tools` property or a
 * toolbox callout; a note counts once per tool), and which tools were never used.
 */
import { TOOLS, type ToolId } from '../../domain';
import { TOOL_CATALOGUE, toolEntry } from '../../method/catalogue';
import { PathSet, cellOf, figureOf, textCell } from '../figures';
import { isMeetingNote } from '../sides';
import type { Block, Figure, PromptCandidate, SectionDefinition } from '../types';

/** What the section computes. */
export interface Toolbox {
	readonly tools: Readonly<Record<ToolId, Figure>>;
	/** Tools used at least once, most used first (ties: toolbox order). */
	readonly used: readonly ToolId[];
	/** Tools not used in the period, in toolbox order. */
	readonly never: readonly ToolId[];
	/** Notes that used any tool. */
	readonly notesWithTools: Figure;
	/** Meeting notes of the period (for the prompt when no tool was used). */
	readonly meetings: Figure;
}

const ORDER = TOOL_CATALOGUE.map((t) => t.id);

export const TOOLBOX_SECTION: SectionDefinition<Toolbox> = {
	id: 'toolbox',
	compute(input) {
		const sets = Object.fromEntries(TOOLS.map((id) => [id, new PathSet()])) as Record<ToolId, PathSet>;
		const withTools: string[] = [];
		const meetings: string[] = [];
		for (const note of input.notes) {
			if (isMeetingNote(note)) meetings.push(note.path);
			if (note.tools.length === 0) continue;
			withTools.push(note.path);
			for (const id of new Set(note.tools.map((u) => u.tool))) sets[id].add(note.path);
		}
		const tools = Object.fromEntries(TOOLS.map((id) => [id, sets[id].figure()])) as Record<ToolId, Figure>;
		const used = ORDER.filter((id) => tools[id].n > 0).sort((a, b) => tools[b].n - tools[a].n || ORDER.indexOf(a) - ORDER.indexOf(b));
		return { tools, used, never: ORDER.filter((id) => tools[id].n === 0), notesWithTools: figureOf(withTools), meetings: figureOf(meetings) };
	},
	view(result, t, lang) {
		const blocks: Block[] = [];
		if (result.used.length > 0) {
			blocks.push({
				kind: 'table',
				caption: t('reflection.tools.usedCaption'),
				head: [t('reflection.tools.tool'), t('reflection.tools.side'), t('reflection.tools.notes')],
				rows: result.used.map((id) => [textCell(toolEntry(id).name[lang]), textCell(t(`reflection.side.${toolEntry(id).side}`)), cellOf(result.tools[id])]),
			});
		} else {
			blocks.push({ kind: 'text', text: t('reflection.tools.none') });
		}
		if (result.never.length > 0) {
			blocks.push({ kind: 'list', caption: t('reflection.tools.neverCaption'), items: result.never.map((id) => textCell(toolEntry(id).name[lang])) });
		}
		return { id: 'toolbox', title: t('reflection.tools.title'), intro: t('reflection.tools.intro'), blocks };
	},
	json(result) {
		return {
			tools: Object.fromEntries(TOOLS.map((id) => [id, result.tools[id].n])),
			toolsNeverUsed: result.never,
			toolEvidence: Object.fromEntries(result.used.map((id) => [id, result.tools[id].paths])),
		};
	},
	prompts(result) {
		const out: PromptCandidate[] = [];
		if (result.used.length === 0 && result.meetings.n > 0) {
			out.push({ weight: 40, key: 'reflection.prompt.noTools', vars: () => ({ count: result.meetings.n }), evidence: result.meetings.paths });
		} else if (result.used.length > 0 && result.never.length > 0) {
			const suggestion = result.never[0] as ToolId;
			out.push({
				weight: 20,
				key: 'reflection.prompt.toolsNever',
				vars: (lang) => ({ used: result.used.length, never: result.never.length, tool: toolEntry(suggestion).name[lang], purpose: toolEntry(suggestion).purpose[lang] }),
				evidence: result.notesWithTools.paths,
			});
		}
		return out;
	},
};

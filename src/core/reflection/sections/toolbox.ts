/**
 * 5. The toolbox: how many notes of the period used each tool, and which tools were never used. A
 * tool counts as used in a note when at least one of its fields (a line of its callout) holds her
 * text, or when she named it herself in the `tools` property (no template writes that property); a
 * note counts once per tool. A tool inserted and left as the toolbox wrote it is shown apart:
 * "inserted, not yet used".
 */
import { TOOLS, readTool, type ToolId } from '../../domain';
import type { JournalNote } from '../../journal-note';
import type { Authorship } from '../../scaffold';
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
	/** Per tool, the notes where it was inserted and nothing was written in it (and it was not used there). */
	readonly inserted: Readonly<Record<ToolId, Figure>>;
	/** Notes that used any tool. */
	readonly notesWithTools: Figure;
	/** Meeting notes of the period (for the prompt when no tool was used). */
	readonly meetings: Figure;
}

const ORDER = TOOL_CATALOGUE.map((t) => t.id);

/** The tools a note used (her text in a field, or named in `tools` by her) and those only inserted. */
export function toolUseOf(note: JournalNote, writing: Authorship): { used: Set<ToolId>; inserted: Set<ToolId> } {
	const used = new Set<ToolId>();
	const touched = new Set<ToolId>();
	for (const callout of writing.callouts) {
		const tool = readTool(callout.slug);
		if (!tool) continue;
		touched.add(tool);
		if (callout.filled) used.add(tool);
	}
	for (const use of note.tools) if (use.line === null) used.add(use.tool);
	const inserted = new Set([...touched].filter((tool) => !used.has(tool)));
	return { used, inserted };
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

export const TOOLBOX_SECTION: SectionDefinition<Toolbox> = {
	id: 'toolbox',
	compute(input) {
		const sets = Object.fromEntries(TOOLS.map((id) => [id, new PathSet()])) as Record<ToolId, PathSet>;
		const insertedSets = Object.fromEntries(TOOLS.map((id) => [id, new PathSet()])) as Record<ToolId, PathSet>;
		const withTools: string[] = [];
		const meetings: string[] = [];
		for (const note of input.notes) {
			if (isMeetingNote(note)) meetings.push(note.path);
			if (note.tools.length === 0) continue;
			const use = toolUseOf(note, input.writing(note));
			if (use.used.size > 0) withTools.push(note.path);
			for (const id of use.used) sets[id].add(note.path);
			for (const id of use.inserted) insertedSets[id].add(note.path);
		}
		const tools = Object.fromEntries(TOOLS.map((id) => [id, sets[id].figure()])) as Record<ToolId, Figure>;
		const inserted = Object.fromEntries(TOOLS.map((id) => [id, insertedSets[id].figure()])) as Record<ToolId, Figure>;
		const used = ORDER.filter((id) => tools[id].n > 0).sort((a, b) => tools[b].n - tools[a].n || ORDER.indexOf(a) - ORDER.indexOf(b));
		return { tools, used, never: ORDER.filter((id) => tools[id].n === 0), inserted, notesWithTools: figureOf(withTools), meetings: figureOf(meetings) };
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
		const inserted = ORDER.filter((id) => result.inserted[id].n > 0);
		if (inserted.length > 0) {
			blocks.push({
				kind: 'list',
				caption: t('reflection.tools.insertedCaption'),
				items: inserted.map((id) => textCell(t('reflection.tools.insertedItem', { tool: toolEntry(id).name[lang], notes: result.inserted[id].paths.map(basename).join(', ') }), result.inserted[id].paths)),
			});
		}
		if (result.never.length > 0) {
			blocks.push({ kind: 'list', caption: t('reflection.tools.neverCaption'), items: result.never.map((id) => textCell(toolEntry(id).name[lang])) });
		}
		blocks.push({ kind: 'text', text: t('reflection.tools.rule') });
		return { id: 'toolbox', title: t('reflection.tools.title'), intro: t('reflection.tools.intro'), blocks };
	},
	json(result) {
		return {
			tools: Object.fromEntries(TOOLS.map((id) => [id, result.tools[id].n])),
			toolsNeverUsed: result.never,
			toolsInserted: Object.fromEntries(ORDER.filter((id) => result.inserted[id].n > 0).map((id) => [id, result.inserted[id].paths])),
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

/**
 * 2. The double perspective: of the meeting and conversation notes she wrote in, how many address
 * both the citizen's and the staff's wellbeing by what she wrote (rule: `../sides.ts`), why each
 * counts, and which addressed only one side or none.
 */
import { KIND_VOCABULARY } from '../../domain';
import { figureOf, cellOf, percent, textCell } from '../figures';
import { DOUBLE_SIDES, isMeetingNote, reasonLabel, sidesOf, type DoubleSide, type SideReason } from '../sides';
import type { Block, Figure, SectionDefinition } from '../types';

/** One meeting note and the sides it addresses. */
export interface MeetingSides {
	readonly path: string;
	readonly sides: Partial<Record<DoubleSide, readonly SideReason[]>>;
}

/** What the section computes. */
export interface DoublePerspective {
	readonly meetings: Figure;
	readonly both: Figure;
	/** Notes that address exactly one side. */
	readonly oneSided: readonly MeetingSides[];
	/** Notes that address neither side (no gaze tag, tool or question set for either). */
	readonly neither: Figure;
	/** Every meeting note with its sides, for the reasons. */
	readonly all: readonly MeetingSides[];
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/i, '');
}

export const DOUBLE_PERSPECTIVE: SectionDefinition<DoublePerspective> = {
	id: 'double-perspective',
	compute(input) {
		const all: MeetingSides[] = [];
		for (const note of input.notes) if (isMeetingNote(note)) all.push({ path: note.path, sides: sidesOf(input.writing(note)) });
		const count = (m: MeetingSides): number => DOUBLE_SIDES.filter((s) => m.sides[s]).length;
		return {
			meetings: figureOf(all.map((m) => m.path)),
			both: figureOf(all.filter((m) => count(m) === 2).map((m) => m.path)),
			oneSided: all.filter((m) => count(m) === 1),
			neither: figureOf(all.filter((m) => count(m) === 0).map((m) => m.path)),
			all,
		};
	},
	view(result, t, lang) {
		const blocks: Block[] = [];
		if (result.meetings.n === 0) {
			blocks.push({ kind: 'text', text: t('reflection.double.none', { kinds: [KIND_VOCABULARY['staff-meeting'], KIND_VOCABULARY['employee-conversation'], KIND_VOCABULARY['resident-conference']].map((k) => k[lang]).join(', ') }) });
			return { id: 'double-perspective', title: t('reflection.double.title'), intro: t('reflection.double.intro'), blocks };
		}
		blocks.push({
			kind: 'stats',
			items: [
				{ label: t('reflection.double.meetings'), value: cellOf(result.meetings) },
				{ label: t('reflection.double.both'), value: cellOf(result.both), hint: t('reflection.share', { percent: percent(result.both.n, result.meetings.n) }) },
				{ label: t('reflection.double.oneSided'), value: cellOf(figureOf(result.oneSided.map((m) => m.path))) },
				...(result.neither.n > 0 ? [{ label: t('reflection.double.neither'), value: cellOf(result.neither) }] : []),
			],
		});
		const both = result.all.filter((m) => DOUBLE_SIDES.every((s) => m.sides[s]));
		if (both.length > 0) {
			blocks.push({
				kind: 'list',
				caption: t('reflection.double.bothList'),
				items: both.map((m) =>
					textCell(
						t('reflection.double.bothItem', {
							note: basename(m.path),
							citizen: (m.sides.citizen ?? []).map((r) => reasonLabel(r, lang)).join(', '),
							staff: (m.sides.staff ?? []).map((r) => reasonLabel(r, lang)).join(', '),
						}),
						[m.path],
					),
				),
			});
		}
		if (result.oneSided.length > 0) {
			blocks.push({
				kind: 'list',
				caption: t('reflection.double.oneSidedList'),
				items: result.oneSided.map((m) => {
					const side = DOUBLE_SIDES.find((s) => m.sides[s]) ?? 'citizen';
					const missing = side === 'citizen' ? 'staff' : 'citizen';
					const reasons = (m.sides[side] ?? []).map((r) => reasonLabel(r, lang)).join(', ');
					return textCell(t('reflection.double.oneSidedItem', { note: basename(m.path), side: t(`reflection.side.${side}`), missing: t(`reflection.side.${missing}`), reasons }), [m.path]);
				}),
			});
		}
		if (result.neither.n > 0) {
			blocks.push({ kind: 'list', caption: t('reflection.double.neitherList'), items: result.neither.paths.map((p) => textCell(basename(p), [p])) });
		}
		blocks.push({ kind: 'text', text: t('reflection.double.rule') });
		return { id: 'double-perspective', title: t('reflection.double.title'), intro: t('reflection.double.intro'), blocks };
	},
	json(result) {
		return {
			doublePerspective: {
				meetings: result.meetings.n,
				both: result.both.n,
				oneSided: result.oneSided.map((m) => m.path),
				neither: result.neither.paths,
				meetingPaths: result.meetings.paths,
				bothPaths: result.both.paths,
				sides: Object.fromEntries(result.all.map((m) => [m.path, DOUBLE_SIDES.filter((s) => m.sides[s])])),
			},
		};
	},
	prompts(result) {
		const out = [];
		const partial = [...result.oneSided.map((m) => m.path), ...result.neither.paths];
		if (partial.length > 0) {
			const latest = partial[partial.length - 1] ?? '';
			out.push({
				weight: 60 + percent(partial.length, result.meetings.n) / 5,
				key: 'reflection.prompt.oneSided',
				vars: () => ({ count: partial.length, meetings: result.meetings.n, example: basename(latest) }),
				evidence: partial,
			});
		} else if (result.meetings.n >= 2) {
			out.push({ weight: 15, key: 'reflection.prompt.allBoth', vars: () => ({ count: result.meetings.n }), evidence: result.both.paths });
		}
		return out;
	},
};

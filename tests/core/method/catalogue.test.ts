import { describe, expect, it } from 'vitest';
import { GAZES, QUESTION_CATEGORIES, SELF_FOCUS, TOOLS } from '../../../src/core/domain';
import {
	allFocusPoints,
	CONCEPTS,
	GAZE_CATALOGUE,
	gazeEntry,
	OWN_CONTRIBUTION,
	QUESTION_CATEGORY_CATALOGUE,
	QUESTION_TYPES,
	REFERENCES,
	REFLECTION_STRUCTURES,
	SELF_FOCUS_POINTS,
	SUPERVISION_PREPARATION,
	TOOL_CATALOGUE,
	toolEntry,
	toolSides,
	WELLBEING_NEEDS,
} from '../../../src/core/method/catalogue';
import { checkBilingual } from '../../../src/core/method/check';

const EVERYTHING = {
	gazes: GAZE_CATALOGUE,
	categories: QUESTION_CATEGORY_CATALOGUE,
	needs: WELLBEING_NEEDS,
	questionTypes: QUESTION_TYPES,
	tools: TOOL_CATALOGUE,
	structures: REFLECTION_STRUCTURES,
	ownContribution: OWN_CONTRIBUTION,
	supervision: SUPERVISION_PREPARATION,
	concepts: CONCEPTS,
	references: REFERENCES,
};

describe('the method catalogue', () => {
	it('has every text in Danish and English, with lists translated item by item', () => {
		expect(checkBilingual(EVERYTHING)).toEqual([]);
	});

	it('the completeness check catches an entry missing a language, an empty text and a short translation', () => {
		const broken = {
			tools: [
				{ id: 'x', name: { da: 'Navn' }, purpose: { da: '', en: 'Purpose' }, questions: { da: ['a', 'b'], en: ['a'] }, origin: { da: '', en: '' } },
			],
		};
		expect(checkBilingual(broken).map((p) => `${p.path}: ${p.problem}`)).toEqual([
			'tools[0].name: missing en',
			'tools[0].name.en: not text',
			'tools[0].purpose: empty in da',
			'tools[0].questions: the languages have a different number of items',
		]);
	});

	it('has exactly the tools of the note vocabulary, each with steps and guiding questions', () => {
		expect(TOOL_CATALOGUE.map((t) => t.id).sort()).toEqual([...TOOLS].sort());
		for (const tool of TOOL_CATALOGUE) {
			expect(tool.questions.da.length, `${tool.id} guiding questions`).toBeGreaterThanOrEqual(2);
			expect(tool.steps.da.length, `${tool.id} steps`).toBeGreaterThanOrEqual(2);
			expect(tool.purpose.en.length).toBeGreaterThan(20);
		}
	});

	it('serves both sides: at least three tools for citizens and three for staff', () => {
		const citizen = TOOLS.filter((t) => toolSides(t).includes('citizen'));
		const staff = TOOLS.filter((t) => toolSides(t).includes('staff'));
		expect(citizen.length).toBeGreaterThanOrEqual(3);
		expect(staff.length).toBeGreaterThanOrEqual(3);
		expect(toolSides('wellbeing-tub')).toEqual(['citizen', 'staff']);
		expect(toolEntry('iceberg').side).toBe('citizen');
		expect(toolEntry('big-why').side).toBe('staff');
	});

	it('gives the flower its five petals around love, and the outburst model its five phases', () => {
		expect(toolEntry('flower').parts.map((p) => p.id)).toEqual(['love', 'comfort', 'identity', 'attachment', 'occupation', 'inclusion']);
		expect(toolEntry('five-factors').parts).toHaveLength(5);
		expect(toolEntry('affect-outburst').parts.map((p) => p.id)).toEqual(['ordinary', 'escalation', 'chaos', 'de-escalation', 'ordinary-again']);
		expect(toolEntry('guided-reflection').parts.map((p) => p.id)).toEqual(['linear', 'circular', 'strategic', 'reflexive']);
	});

	it('has the three gazes in order, and the self gaze\'s four rated focus points', () => {
		expect(GAZE_CATALOGUE.map((g) => g.id)).toEqual([...GAZES]);
		expect(gazeEntry('self').focus.map((f) => f.id)).toEqual([...SELF_FOCUS]);
		expect(SELF_FOCUS_POINTS.map((f) => f.id)).toEqual([...SELF_FOCUS]);
		expect(gazeEntry('citizen').focus).toHaveLength(4);
		expect(gazeEntry('staff').focus).toHaveLength(5);
		for (const gaze of GAZE_CATALOGUE) for (const focus of gaze.focus) expect(focus.gaze).toBe(gaze.id);
		const ids = allFocusPoints().map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('has the six categories in the method\'s order with feelings last, each with questions', () => {
		expect(QUESTION_CATEGORY_CATALOGUE.map((c) => c.id)).toEqual([...QUESTION_CATEGORIES]);
		expect(QUESTION_CATEGORY_CATALOGUE.at(-1)?.id).toBe('feelings');
		for (const c of QUESTION_CATEGORY_CATALOGUE) expect(c.questions.da.length).toBeGreaterThanOrEqual(2);
	});

	it('names the staff wellbeing needs, Tomm\'s question types and the reflection structures', () => {
		expect(WELLBEING_NEEDS.map((n) => n.id)).toEqual(['autonomy', 'competence', 'relatedness']);
		expect(QUESTION_TYPES.map((q) => [q.id, q.effect])).toEqual([
			['linear', 'orients'],
			['circular', 'opens'],
			['strategic', 'closes'],
			['reflexive', 'opens'],
		]);
		expect(REFLECTION_STRUCTURES.map((s) => s.id)).toEqual(['gibbs', 'schon', 'what-so-what-now-what']);
		expect(REFLECTION_STRUCTURES[0]?.stages).toHaveLength(6);
		expect(SUPERVISION_PREPARATION.map((s) => s.id)).toEqual(['case', 'why-now', 'question', 'want', 'stuck', 'tried', 'own-part', 'afterwards']);
		expect(OWN_CONTRIBUTION.name).toEqual({ da: 'Mit eget bidrag som leder', en: 'My own contribution as leader' });
	});

	it('explains the core task, the double perspective and the position trap, and lists the reading', () => {
		expect(CONCEPTS.map((c) => c.id)).toEqual(expect.arrayContaining(['core-task', 'double-perspective', 'position-trap', 'wellbeing-circles', 'staff-wellbeing']));
		expect(REFERENCES.length).toBeGreaterThanOrEqual(6);
	});

	it('has unique ids in every list', () => {
		for (const list of [GAZE_CATALOGUE, TOOL_CATALOGUE, QUESTION_CATEGORY_CATALOGUE, CONCEPTS, REFERENCES, SUPERVISION_PREPARATION]) {
			const ids = list.map((x) => x.id);
			expect(new Set(ids).size).toBe(ids.length);
		}
		for (const tool of TOOL_CATALOGUE) {
			const parts = tool.parts.map((p) => p.id);
			expect(new Set(parts).size).toBe(parts.length);
		}
	});
});

/**
 * docs/METHOD-MAP.md says where each element of the method meets her in use. The table must stay
 * true: every file it names exists and holds the named text, every section of the method has rows,
 * and every focus point, tool, question category and staff-wellbeing point of the catalogue is there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_CATEGORIES, TOOLS } from '../../../src/core/domain';
import { allFocusPoints, STAFF_WELLBEING_POINTS, WELLBEING_NEEDS } from '../../../src/core/method/catalogue';

const ROOT = join(__dirname, '../../..');
const MAP = readFileSync(join(ROOT, 'docs/METHOD-MAP.md'), 'utf8');

interface Row {
	readonly section: string;
	readonly element: string;
	readonly file: string;
	readonly holds: string;
}

/** The table's rows: `| section | element | where | \`file\` | \`holds\` |`. */
function rows(markdown: string): Row[] {
	return markdown
		.split('\n')
		.filter((line) => line.startsWith('| ') && !line.startsWith('| Section') && !line.startsWith('|---'))
		.map((line) => {
			const cells = line.slice(2, -2).split(' | ');
			const code = (cell: string | undefined): string => (cell ?? '').replace(/^`|`$/g, '');
			return { section: cells[0] ?? '', element: cells[1] ?? '', file: code(cells[3]), holds: code(cells[4]) };
		});
}

const ROWS = rows(MAP);

/** The method's sections (the headings of shared/METHOD.md), each of which needs a place in use. */
const SECTIONS = [
	'Who uses it',
	'The core task',
	'The three gazes',
	'Staff wellbeing',
	'The position trap',
	'Double perspective in meetings',
	'The toolbox',
	'Watch the language',
	'Reflection and supervision',
	'Privacy',
	'Further reading',
];

describe('docs/METHOD-MAP.md', () => {
	it('is a table of at least one row per section of the method', () => {
		expect(ROWS.length).toBeGreaterThan(60);
		for (const section of SECTIONS) expect(ROWS.some((r) => r.section === section), section).toBe(true);
		for (const row of ROWS) expect(SECTIONS, row.element).toContain(row.section);
	});

	it.each(ROWS.map((r) => [r.element, r] as const))('%s: the file exists and holds the named element', (_element, row) => {
		const path = join(ROOT, row.file);
		expect(existsSync(path), row.file).toBe(true);
		expect(row.holds).not.toBe('');
		expect(readFileSync(path, 'utf8'), `${row.file} should hold ${row.holds}`).toContain(row.holds);
	});

	it('places every focus point, tool, question category and staff-wellbeing point of the catalogue', () => {
		const held = ROWS.map((r) => r.holds).join('\n');
		for (const focus of allFocusPoints()) expect(held, focus.id).toContain(focus.id);
		for (const tool of TOOLS) expect(held.includes(`{{tool:${tool}}}`) || held.includes(`id: '${tool}'`), tool).toBe(true);
		for (const category of QUESTION_CATEGORIES) expect(held, category).toContain(`{{questions:${category}}}`);
		for (const point of [...WELLBEING_NEEDS, ...STAFF_WELLBEING_POINTS]) expect(held, point.id).toContain(`id: '${point.id}'`);
	});

	it('the English templates hold the same blocks as the Danish ones it names', () => {
		for (const row of ROWS.filter((r) => r.file.startsWith('templates/da/') && r.holds.startsWith('{{'))) {
			const english = readFileSync(join(ROOT, row.file.replace('templates/da/', 'templates/en/')), 'utf8');
			expect(english, `${row.file} (en) ${row.holds}`).toContain(row.holds);
		}
	});
});

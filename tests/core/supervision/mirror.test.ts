import { describe, expect, it } from 'vitest';
import { mirrorFromReflectionJson } from '../../../src/core/supervision/mirror';

describe('mirrorFromReflectionJson', () => {
	it('reads the figures of the reflection JSON (the report --json shape)', () => {
		const json = {
			from: '2026-10-09',
			to: '2026-11-26',
			journalNotes: 14,
			gazes: { citizen: 8, staff: 9, self: 6 },
			byWeek: {},
			doublePerspective: { meetings: 4, both: 3, oneSided: ['x.md'] },
			questions: { actions: 2, intentions: 0, feelings: 5 },
			tools: { iceberg: 1 },
		};
		expect(mirrorFromReflectionJson(json)).toEqual({
			journalNotes: 14,
			gazes: { citizen: 8, staff: 9, self: 6 },
			doublePerspective: { meetings: 4, both: 3 },
			questions: { actions: 2, intentions: 0, feelings: 5 },
		});
	});

	it.each([[null], [{}], [{ journalNotes: 1, gazes: {}, doublePerspective: { meetings: 'x', both: 0 } }]])('is null without the figures (%o)', (json) => {
		expect(mirrorFromReflectionJson(json)).toBeNull();
	});
});

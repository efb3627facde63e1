import { describe, expect, it } from 'vitest';
import { countLanguageFindings } from '../../../src/core/language/watch';
import { isMarkedForSupervision } from '../../../src/core/supervision/marking';
import { suggestMaterial } from '../../../src/core/supervision/material';
import { dated } from './helpers';

const period = { from: '2026-11-01', to: '2026-11-30' };
const notes = [
	dated('J/2026-11-02 Markeret.md', '2026-11-02', 'Noget.', 'supervision: true\n'),
	dated('J/2026-11-03 Tag.md', '2026-11-03', 'Noget. #supervision/januar'),
	dated('J/2026-11-04 Opgaver.md', '2026-11-04', '- [ ] a\n- [ ] b\n- [x] c'),
	dated('J/2026-11-05 Sprog.md', '2026-11-05', 'Hun sagde: "det nytter ikke".'),
	dated('J/2026-11-06 Tom.md', '2026-11-06', 'Ingenting.'),
	dated('J/2026-11-07 Fundet.md', '2026-11-07', 'Om fru A.'),
	dated('J/2026-10-31 Før.md', '2026-10-31', '- [ ] før perioden', 'supervision: true\n'),
	dated('J/2026-11-08 Forberedelse.md', '2026-11-08', '- [ ] åben', 'kind: supervisionsforberedelse\n'),
];

describe('suggestMaterial', () => {
	it('suggests marked notes, search hits, language-watch flags and open follow-ups from the period', () => {
		const suggestions = suggestMaterial(notes, period, { languageCounts: (t) => countLanguageFindings(t), search: { query: 'fru A', paths: ['J/2026-11-07 Fundet.md'] } });
		expect(suggestions.map((s) => [s.basename, s.reasons.map((r) => r.kind)])).toEqual([
			['2026-11-03 Tag', ['marked']],
			['2026-11-02 Markeret', ['marked']],
			['2026-11-07 Fundet', ['search']],
			['2026-11-05 Sprog', ['language']],
			['2026-11-04 Opgaver', ['open-follow-ups']],
		]);
		expect(suggestions.find((s) => s.basename.endsWith('Opgaver'))?.reasons).toEqual([{ kind: 'open-follow-ups', count: 2 }]);
		expect(suggestions.find((s) => s.basename.endsWith('Sprog'))?.reasons).toEqual([{ kind: 'language', counts: { powerlessness: 1 }, total: 1 }]);
	});

	it.each([
		[{ supervision: true }, [], true],
		[{ supervision: 'ja' }, [], true],
		[{ supervision: false }, [], false],
		[{}, ['Supervision'], true],
		[{}, ['supervisionsnoter'], false],
	])('reads the mark from %o and tags %o', (frontmatter, tags, marked) => {
		expect(isMarkedForSupervision({ frontmatter, tags })).toBe(marked);
	});
});

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { journalBaseName, journalBaseText } from '../../../src/core/time/base-file';

interface View {
	type: string;
	name: string;
	order: string[];
	sort: { property: string; direction: string }[];
	filters?: { or: string[] };
}

describe('the journal base file', () => {
	const text = journalBaseText(['Journal', 'Møder "gamle"'], 'da');
	const base = load(text) as { filters: { and: [string, { or: string[] }] }; views: View[]; properties: Record<string, { displayName: string }> };

	it('is valid YAML selecting the journal folders and any note with a gaze tag, in either vocabulary', () => {
		expect(base.filters.and[0]).toBe('file.ext == "md"');
		expect(base.filters.and[1].or).toEqual([
			'file.inFolder("Journal")',
			'file.inFolder("Møder \\"gamle\\"")',
			'file.hasTag("blik/borger")',
			'file.hasTag("blik/medarbejdere")',
			'file.hasTag("blik/selv")',
			'file.hasTag("gaze/citizen")',
			'file.hasTag("gaze/staff")',
			'file.hasTag("gaze/self")',
		]);
	});

	it('has a table by date with gazes, kind and tools, a cards view, and the self check-ins with their ratings, named in her language', () => {
		expect(base.views.map((v) => [v.type, v.name])).toEqual([
			['table', 'Journal efter dato'],
			['cards', 'Kort'],
			['table', 'Selvtjek'],
		]);
		expect(base.views[0]?.order).toEqual(['file.name', 'note.date', 'file.tags', 'note.kind', 'note.tools']);
		expect(base.views[0]?.sort).toEqual([{ property: 'note.date', direction: 'DESC' }]);
		expect(base.views[2]?.filters?.or).toEqual(['kind == "selvtjek"', 'kind == "self-check-in"']);
		expect(base.views[2]?.order).toContain('note.rating-strain');
		expect(base.properties['note.rating-energy']?.displayName).toBe('Energi');
		expect(journalBaseName('en')).toBe('Three Gazes journal.base');
	});
});

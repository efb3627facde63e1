import { describe, expect, it } from 'vitest';
import { computeReflection, presentReflection, reflectionMarkdown } from '../../../src/core/reflection';
import { file, parsed } from './vault';

const checkIn = (day: string, ratings: Record<string, number>) =>
	parsed(file(`J/${day} selvtjek.md`, [`date: ${day}`, 'kind: selvtjek', 'tags: [blik/selv]', ...Object.entries(ratings).map(([k, v]) => `rating-${k}: ${v}`)], ['Kort.']));

describe('ratings over time in the mirror', () => {
	const notes = [
		checkIn('2026-11-02', { 'leadership-effect': 3, energy: 4, strain: 2 }),
		checkIn('2026-11-16', { energy: 2, strain: 4, søvn: 3 }),
		checkIn('2026-11-30', { 'leadership-effect': 4, energy: 3 }),
	];
	const reflection = computeReflection(notes, { from: '2026-11-01', to: '2026-11-30', today: '2026-11-30' });

	it('draws one line per rating: the focus points first, then energy and strain, then her own, each point opening its check-in', () => {
		const view = presentReflection(reflection, 'da');
		const self = view.sections.find((s) => s.id === 'self-focus');
		const lines = self?.blocks.find((b) => b.kind === 'lines');
		if (lines?.kind !== 'lines') throw new Error('no line chart');
		expect(lines.caption).toBe('Dine vurderinger over tid (1-5)');
		expect(lines.series.map((s) => s.label)).toEqual(['Effekten af min ledelse og organisering', 'Energi', 'Belastning', 'søvn']);
		expect(lines.series[1]?.points.map((p) => [p.day, p.value, p.path])).toEqual([
			['2026-11-02', 4, 'J/2026-11-02 selvtjek.md'],
			['2026-11-16', 2, 'J/2026-11-16 selvtjek.md'],
			['2026-11-30', 3, 'J/2026-11-30 selvtjek.md'],
		]);
		expect(lines.series[3]?.points).toHaveLength(1);
	});

	it('writes the lines as text in the saved reflection', () => {
		const md = reflectionMarkdown(reflection, { lang: 'en', tagLang: 'en' });
		expect(md).toContain('*Your ratings over time (1-5)*');
		expect(md).toContain('- Energy: 4 (2 Nov 2026), 2 (16 Nov 2026), 3 (30 Nov 2026)');
	});
});

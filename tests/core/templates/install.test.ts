import { describe, expect, it } from 'vitest';
import { installedTemplatePath, planTemplateInstall } from '../../../src/core/templates/install';
import { findTemplate, TEMPLATES } from '../../../src/core/templates/registry';
import { renderTemplate } from '../../../src/core/templates/render';

describe('planTemplateInstall', () => {
	it('names copies by the template name in the language, inside the folder', () => {
		const def = findTemplate('citizen-reflection');
		if (!def) throw new Error('missing');
		expect(installedTemplatePath('Skabeloner', def, 'da')).toBe('Skabeloner/Blikket på borgeren og miljøet.md');
		expect(installedTemplatePath('Templates/', def, 'en')).toBe('Templates/The gaze on the citizen and the environment.md');
	});

	it('creates what is missing and keeps every existing copy untouched', () => {
		const taken = new Set(['Skabeloner/Selvtjek.md']);
		const plan = planTemplateInstall('Skabeloner', 'da', 'da', (p) => taken.has(p));
		expect(plan).toHaveLength(TEMPLATES.length);
		expect(plan.filter((s) => s.action === 'keep').map((s) => s.path)).toEqual(['Skabeloner/Selvtjek.md']);
		expect(new Set(plan.map((s) => s.path)).size).toBe(TEMPLATES.length);
	});

	it('writes plain core-Templates files: method blocks expanded, only core placeholders left, tags after the setting', () => {
		for (const step of planTemplateInstall('T', 'en', 'da', () => false)) {
			expect(step.content).not.toMatch(/\{\{(tool|questions|focus|stages):/);
			const { unknown } = renderTemplate(step.content, { title: 'x' }, new Date(2026, 10, 27));
			expect(unknown, step.template).toEqual([]);
			expect(step.content).not.toContain('gaze/');
			expect(step.content).toContain('blik/');
		}
	});
});

import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../src/core/templates/render';

// Friday 27 November 2026, 14:05:09 in Copenhagen (the test zone); ISO week 48.
const NOW = new Date(2026, 10, 27, 14, 5, 9);
// Friday 1 January 2027 is in ISO week 53 of 2026.
const NEW_YEAR = new Date(2027, 0, 1, 9, 3, 0);

describe('renderTemplate: the core Templates placeholders', () => {
	it.each([
		['{{title}}', 'Møde med SK'],
		['{{date}}', '2026-11-27'],
		['{{time}}', '14:05'],
		['{{ title }}', 'Møde med SK'],
		['{{DATE}}', '2026-11-27'],
		['{{date:}}', '2026-11-27'],
		['{{time:}}', '14:05'],
		['{{date:YYYY-MM-DD}}', '2026-11-27'],
		['{{date:YY}}/{{date:M}}/{{date:D}}', '26/11/27'],
		['{{date:DD.MM.YYYY}}', '27.11.2026'],
		['{{date:Do MMMM}}', '27th November'],
		['{{date:dddd}}', 'Friday'],
		['{{date:ddd D MMM}}', 'Fri 27 Nov'],
		['{{date:[Week] W, GGGG}}', 'Week 48, 2026'],
		['{{date:gggg-[W]WW}}', '2026-W48'],
		['{{date:GGGG-[W]WW}}', '2026-W48'],
		['{{time:HH:mm:ss}}', '14:05:09'],
		['{{time:H.mm}}', '14.05'],
		['{{time:hh:mm A}}', '02:05 PM'],
		['{{time:h:mm a}}', '2:05 pm'],
		['{{date:Q}}', '4'],
		['{{date:LL}}', 'November 27, 2026'],
		['{{date:L}}', '11/27/2026'],
		['{{time:LT}}', '2:05 PM'],
		['{{date:DDDD}}', '331'],
		['{{date:E}}', '5'],
		['{{date:d}}', '5'],
		['{{date:[[]YYYY[]]}}', '[2026]'],
		['{{date:[YYYY is the year]}}', 'YYYY is the year'],
		['{{date:YYYY}} and {{date:MM}}', '2026 and 11'],
	])('%s in English → %s', (template, expected) => {
		expect(renderTemplate(template, { title: 'Møde med SK' }, NOW).text).toBe(expected);
	});

	it.each([
		['{{date:dddd [d.] D. MMMM YYYY}}', 'fredag d. 27. november 2026'],
		['{{date:Do MMMM}}', '27. november'],
		['{{date:ddd}}', 'fre'],
		['{{date:D. MMM}}', '27. nov'],
		['{{date:LL}}', '27. november 2026'],
		['{{date:LLLL}}', 'fredag d. 27. november 2026 kl. 14:05'],
		['{{date:[uge] W}}', 'uge 48'],
		['{{time:HH:mm}}', '14:05'],
	])('%s in Danish → %s', (template, expected) => {
		expect(renderTemplate(template, { title: 't' }, NOW, { lang: 'da' }).text).toBe(expected);
	});

	it('uses ISO weeks and ISO week-years around New Year', () => {
		expect(renderTemplate('{{date:GGGG-[W]WW}} {{date:YYYY}}', { title: '' }, NEW_YEAR).text).toBe('2026-W53 2027');
	});

	it('fills extra variables by name', () => {
		expect(renderTemplate('{{title}} ({{who}})', { title: 'Samtale', who: 'SK' }, NOW).text).toBe('Samtale (SK)');
	});

	it('leaves unknown placeholders exactly as written and reports each once', () => {
		const template = 'A {{mood}} B {{ mood }} C {{mood}} D {{weather:sunny}} E {{}} F {{title}}';
		const result = renderTemplate(template, { title: 'T' }, NOW);
		expect(result.text).toBe('A {{mood}} B {{ mood }} C {{mood}} D {{weather:sunny}} E {{}} F T');
		expect(result.unknown).toEqual(['{{mood}}', '{{ mood }}', '{{weather:sunny}}', '{{}}']);
	});

	it('leaves text without placeholders byte-identical, including CRLF and odd braces', () => {
		const text = '---\r\ndate: x\r\n---\r\n{ a } {{ b\r\n}} }} {{\r\nno final newline';
		expect(renderTemplate(text, { title: 'T' }, NOW)).toEqual({ text, unknown: [] });
	});

	it('does not treat a title holding placeholder syntax as a template', () => {
		expect(renderTemplate('# {{title}}', { title: '{{date}}' }, NOW).text).toBe('# {{date}}');
	});
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasLookbehind, lookbehindsBuilt, lookbehindsInText, patternsBuiltBy } from './lookbehind-scan';

const MAIN = join(__dirname, '../../main.js');

// Obsidian on iPhones and iPads before iOS 16.4 cannot parse a lookbehind; the plugin is not desktop-only.
describe('main.js holds no regex lookbehind (iOS Safari before 16.4)', () => {
	const main = existsSync(MAIN) ? readFileSync(MAIN, 'utf8') : '';

	it('exists (run `npm run build` first; `npm test` does)', () => {
		expect(main.length).toBeGreaterThan(1000);
	});

	it('in no regex literal, string or template piece', () => {
		expect(lookbehindsInText(main)).toEqual([]);
	});

	it('in no pattern it builds while it loads', () => {
		const built = patternsBuiltBy(main);
		// The look means something: the tagging rules' patterns are built when main.js loads.
		expect(built.length).toBeGreaterThan(100);
		expect(built.some((source) => source.startsWith('medarbejder'))).toBe(true);
		expect(lookbehindsBuilt(main)).toEqual([]);
	});

	it.each([
		['a lookahead', '/a(?=b)/'],
		['a named group', '/(?<year>\\d{4})/u'],
		['an escaped parenthesis before ?<=', '/\\(?<=x/'],
		['text that only mentions lookbehind in prose', 'const s = "no lookbehind here";'],
	])('lets %s pass', (_label, code) => {
		expect(lookbehindsInText(code)).toEqual([]);
	});

	it.each([
		['a regex literal (the old CPR guard)', 'var C=/(?<![\\d-])\\d{6}-\\d{4}/gu;'],
		['a positive lookbehind literal', 'x.replace(/(?<=a)b/g,"")'],
		['a string that reaches new RegExp', 'new RegExp("(?<!x)y","u")'],
		['an escaped string (\\u003c for <)', 'new RegExp("(?\\u003c=x)y")'],
		['a template piece (the old rule builder)', 'const w=(s)=>new RegExp(`(?<![${L}])${s}(?![${L}])`,"giu")'],
	])('catches %s in the text', (_label, code) => {
		expect(lookbehindsInText(code).length).toBeGreaterThan(0);
	});

	it('catches a pattern put together from pieces, when it is built, and proves a bundle with one fails', () => {
		const bundle = 'var o=require("obsidian");var a="(?<",b="!x)y";var R=new RegExp(a+b,"u");module.exports={R};';
		expect(lookbehindsInText(bundle)).toEqual([]);
		expect(lookbehindsBuilt(bundle)).toEqual([{ kind: 'built pattern', excerpt: '(?<!x)y' }]);
		const withOne = main.replace('"use strict";', '"use strict";var __lb=/(?<=a)b/;');
		expect(lookbehindsInText(withOne)).toEqual([{ kind: 'regex literal', excerpt: '/(?<=a)b/' }]);
	});

	it('reads pattern sources, not every `?<`', () => {
		expect(hasLookbehind('(?<!x)')).toBe(true);
		expect(hasLookbehind('\\\\(?<=x)')).toBe(true);
		expect(hasLookbehind('\\(?<=x')).toBe(false);
		expect(hasLookbehind('(?<name>x)')).toBe(false);
	});
});

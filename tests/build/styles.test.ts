import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STYLES = join(__dirname, '../../styles.css');

/**
 * Where the blocks of a stylesheet go wrong, as sentences: a rule opened inside a rule (only an
 * @-rule such as @media holds rules; anything else means a `}` is missing, and the browser then
 * drops every rule after it without a word), a `}` with nothing open, or a block left open at the end.
 */
function blockProblems(css: string): string[] {
	const problems: string[] = [];
	const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
	const open: { prelude: string; line: number }[] = [];
	let prelude = '';
	let line = 1;
	for (const ch of text) {
		if (ch === '\n') line++;
		if (ch === '{') {
			const parent = open[open.length - 1];
			const name = prelude.trim().split('\n').pop()?.trim() ?? '';
			if (parent && !parent.prelude.startsWith('@')) problems.push(`line ${line}: "${name}" opens inside "${parent.prelude}" (line ${parent.line}), which is not closed`);
			open.push({ prelude: prelude.trim(), line });
			prelude = '';
		} else if (ch === '}') {
			if (!open.pop()) problems.push(`line ${line}: "}" closes nothing`);
			prelude = '';
		} else if (ch === ';') prelude = '';
		else prelude += ch;
	}
	for (const block of open) problems.push(`"${block.prelude}" (line ${block.line}) is never closed`);
	return problems;
}

describe('styles.css', () => {
	it('every rule is closed before the next one opens (a lost "}" silently drops every later rule)', () => {
		expect(blockProblems(readFileSync(STYLES, 'utf8'))).toEqual([]);
	});

	it('finds a lost "}" and a stray one', () => {
		expect(blockProblems('.a {\n\tcolor: red;\n/* next */\n.b {\n\tcolor: blue;\n}\n')).toEqual([
			'line 4: ".b" opens inside ".a" (line 1), which is not closed',
			'".a" (line 1) is never closed',
		]);
		expect(blockProblems('.a { color: red; }\n}')).toEqual(['line 2: "}" closes nothing']);
		expect(blockProblems('@media (max-width: 400px) {\n\t.a { color: red; }\n}\n.b:hover { color: blue; }')).toEqual([]);
	});
});

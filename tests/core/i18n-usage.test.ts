/**
 * Every key in the locale tables is used by src/: a table key nothing refers to is a string a
 * translator keeps translating for nobody. The source is read with TypeScript's parser, so a key
 * mentioned in a comment does not count, and keys built at run time are listed below with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/core/i18n';

const ROOT = join(__dirname, '../..');

/**
 * Keys built at run time from a template literal in src/: `*` stands for one `${…}` that fills one
 * segment of the key (no dot). Each entry must still be built somewhere (else it is stale, and it
 * would hide keys nothing uses), and it counts only the keys of that shape.
 */
const BUILT_AT_RUN_TIME: readonly string[] = [
	// The three gazes, by their id (GAZES), full and short, and their one line in the welcome.
	'gaze.*',
	'gaze.*.short',
	'ui.welcome.gaze.*',
	// The kinds of note (KIND_VOCABULARY, a note's `kind`).
	'kind.*',
	// Why a journal folder setting was refused (checkFolder's reason).
	'folder.reason.*',
	// The language watch's categories, their explanation and their reflective question, by category id.
	'watch.category.*',
	'watch.category.*.why',
	'watch.question.*',
	// Kinds of personal data found, their replacement, and the roles whose words are kept.
	'privacy.kind.*',
	'privacy.replacement.*',
	'privacy.role.*',
	// Which side's wellbeing a tool serves.
	'method.side.*',
	// Why the tagger refused to touch a note's frontmatter.
	'tagging.refused.*',
	// What the suggestions learned from her tags, per gaze.
	'tagging.reason.learned.*',
	// An unknown value in a search filter (gaze:, tool:, kind:).
	'search.hint.unknown.*',
	// The mirror: period presets, a custom period's problems, a meeting's sides.
	'reflection.preset.*',
	'reflection.custom.*',
	'reflection.side.*',
	// Supervision preparation: period problems (CLI), the period's basis (modal), exported data kinds.
	'supervision.period.error.*',
	'supervision.modal.period.*',
	'supervision.export.kind.*',
	'time.lookback.span.*',
	'reflection.rating.*',
	'search.order.*',
	'time.settings.reminders.*.name',
	'time.settings.reminders.*.desc',
];

/**
 * Translators that put a prefix before every key their file gives them (`t('intro')` means
 * `supervision.intro`): a key with the prefix is used when the rest of it is a literal in that file.
 */
const PREFIXED_TRANSLATORS: readonly { readonly prefix: string; readonly file: string }[] = [
	// composePreparation's `t`, the preparation note's text.
	{ prefix: 'supervision.', file: 'src/core/supervision/compose.ts' },
	// The supervision outcome's `t`, the text written back into a preparation note.
	{ prefix: 'supervision.outcome.', file: 'src/core/supervision/outcome.ts' },
];

/** The string literals of a source file, and its template literals as `*` patterns (`gaze.*.short`). */
interface Literals {
	readonly strings: Set<string>;
	readonly templates: Set<string>;
}

function literalsIn(text: string): Literals {
	const source = ts.createSourceFile('source.ts', text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
	const strings = new Set<string>();
	const templates = new Set<string>();
	const visit = (node: ts.Node): void => {
		if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) strings.add(node.text);
		else if (ts.isTemplateExpression(node)) templates.add(node.head.text + node.templateSpans.map((span) => `*${span.literal.text}`).join(''));
		ts.forEachChild(node, visit);
	};
	visit(source);
	return { strings, templates };
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.isFile() && entry.name.endsWith('.ts') ? [path] : [];
	});
}

/** Every .ts file under src/ except the locale tables themselves (their keys are definitions, not uses). */
const FILES = new Map(
	sourceFiles(join(ROOT, 'src'))
		.map((path) => ({ name: relative(ROOT, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }))
		.filter((file) => !file.text.includes('satisfies LocaleTable'))
		.map((file) => [file.name, literalsIn(file.text)]),
);
const STRINGS = new Set([...FILES.values()].flatMap((file) => [...file.strings]));
const TEMPLATES = new Set([...FILES.values()].flatMap((file) => [...file.templates]));
const KEYS = TABLES.flatMap((table) => Object.keys(table.en));

function patternOf(template: string): RegExp {
	return new RegExp(`^${template.split('*').map((part) => part.replace(/[.\\^$+?()[\]{}|-]/g, '\\$&')).join('[^.]+')}$`);
}

/** The keys nothing in src/ refers to: no literal, no listed template, no prefixed translator. */
function unusedKeys(keys: readonly string[]): string[] {
	const built = BUILT_AT_RUN_TIME.map(patternOf);
	return keys.filter(
		(key) =>
			!STRINGS.has(key) &&
			!built.some((pattern) => pattern.test(key)) &&
			!PREFIXED_TRANSLATORS.some(({ prefix, file }) => key.startsWith(prefix) && (FILES.get(file)?.strings.has(key.slice(prefix.length)) ?? false)),
	);
}

describe('i18n keys in use', () => {
	it('reads the source: literals from code, not from comments; templates with their slots', () => {
		const found = literalsIn(
			[
				"// t('only.inComment')",
				'/** `only.inDocComment` */',
				"const a = t('plain.key') + t(\"double.quoted\") + t(`no.slots`);",
				'const b = t(`gaze.${g}.short`, { n: `${n} notes` });',
			].join('\n'),
		);
		expect([...found.strings].sort()).toEqual(['double.quoted', 'no.slots', 'plain.key']);
		expect([...found.templates].sort()).toEqual(['* notes', 'gaze.*.short']);
		expect(STRINGS.has('reflection.view.title')).toBe(true);
		expect([...FILES.keys()]).toEqual(expect.arrayContaining(['src/main.ts', 'src/core/supervision/compose.ts', 'src/obsidian/reflection/render-dom.ts', 'src/cli/commands/search.ts']));
		expect([...FILES.keys()].some((path) => path.startsWith('src/core/i18n/') && path !== 'src/core/i18n/index.ts' && path !== 'src/core/i18n/types.ts' && path !== 'src/core/i18n/message.ts')).toBe(false);
	});

	it('every key of every table is used somewhere in src/', () => {
		expect(unusedKeys(KEYS)).toEqual([]);
	});

	it('finds a key nothing uses, also next to keys built at run time or through a prefixed translator', () => {
		expect(unusedKeys(['gaze.citizen.short', 'reflection.title', 'supervision.intro'])).toEqual([]);
		expect(unusedKeys(['reflection.nothingUsesThis', 'gaze.citizen.long', 'supervision.nothingUsesThis', 'search.hint.unknown.gaze.more'])).toEqual([
			'reflection.nothingUsesThis',
			'gaze.citizen.long',
			'supervision.nothingUsesThis',
			'search.hint.unknown.gaze.more',
		]);
	});

	it.each(BUILT_AT_RUN_TIME)('%s is still built in src/ and names keys in the tables', (template) => {
		expect(TEMPLATES.has(template), `no template literal \`${template.replaceAll('*', '${…}')}\` in src/`).toBe(true);
		expect(KEYS.some((key) => patternOf(template).test(key))).toBe(true);
	});

	it.each(PREFIXED_TRANSLATORS)('$file translates with the prefix $prefix', ({ prefix, file }) => {
		expect(FILES.get(file)?.templates.has(`${prefix}*`)).toBe(true);
	});
});

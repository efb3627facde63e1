import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers of docs/DESIGN.md: only src/obsidian (and main.ts) may import 'obsidian'. */
const noObsidian = {
	'no-restricted-imports': ['error', {
		paths: [{ name: 'obsidian', message: 'The core and the CLI never import obsidian: put Obsidian code in src/obsidian.' }],
		patterns: [{ group: ['**/obsidian/**', '../obsidian/*', './obsidian/*'], message: 'The core and the CLI never depend on the Obsidian adapter.' }],
	}],
};

export default defineConfig([
	globalIgnores(['node_modules', 'main.js', 'dist', 'demo-vault', 'coverage', '.bench-vaults', 'tests/browser/screenshots']),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs'] },
			},
		},
	},
	{ files: ['src/core/**/*.ts', 'src/cli/**/*.ts'], rules: noObsidian },
	{
		// Pop-out windows have their own document: the plugin's UI uses activeDocument (or the
		// element's own createEl/createSvg), never the main window's `document`.
		files: ['src/obsidian/**/*.ts', 'src/main.ts'],
		rules: { 'obsidianmd/prefer-active-doc': 'error' },
	},
	{
		// The community directory's manifest rules (a description of letters, digits, spaces and
		// .,!?'"- only, ending with a period; no forbidden words; the required keys and types).
		// The rule reads an ESTree object expression, which typescript-eslint's parser makes of a
		// .json file, as in the plugin's own tests of the rule.
		files: ['manifest.json'],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { projectService: false, project: null, program: null },
		},
		rules: { 'obsidianmd/validate-manifest': 'error' },
	},
	{
		// js-yaml reads frontmatter about 10x faster than yaml (docs/DESIGN.md, "Libraries"); yaml is
		// used where bytes must be preserved (writing tags).
		files: ['package.json'],
		rules: { 'depend/ban-dependencies': ['error', { allowed: ['js-yaml'] }] },
	},
	{
		// The command line, the build scripts and the tests run in Node, never in Obsidian.
		files: ['src/cli/**/*.ts', 'scripts/**', 'tests/**', '*.mjs', '*.ts'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			'obsidianmd/no-nodejs-modules': 'off',
			'import/no-nodejs-modules': 'off',
			'obsidianmd/hardcoded-config-path': 'off',
			'obsidianmd/prefer-window-timers': 'off',
			'obsidianmd/no-global-this': 'off',
			'no-console': 'off',
		},
	},
	{
		// The lookbehind guard's own tests hold lookbehinds on purpose: bundles that must fail the scan,
		// and the patterns the rules had, as the reference. They run in Node; main.js holds none
		// (tests/build/no-lookbehind.test.ts).
		files: ['tests/build/no-lookbehind.test.ts', 'tests/core/tagging/guard.test.ts'],
		rules: { 'obsidianmd/regex-lookbehind': 'off' },
	},
]);

import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';

/** Loads `.md` imports as text, as esbuild's text loader does in the build (templates/). */
const markdownAsText: Plugin = {
	name: 'markdown-as-text',
	enforce: 'pre',
	transform(code, id) {
		if (!id.endsWith('.md')) return null;
		return { code: `export default ${JSON.stringify(code)};`, map: null };
	},
};

const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
	test: {
		// .ci/run asks for vitest's own JSON report to print the totals line from it.
		...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
		// Dates in tests are pinned; a fixed zone makes "today" and ISO weeks the same on every machine.
		env: { TZ: 'Europe/Copenhagen' },
		projects: [
			{
				plugins: [markdownAsText],
				test: {
					name: 'core',
					include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				plugins: [markdownAsText],
				resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
				test: {
					name: 'obsidian',
					include: ['tests/obsidian/**/*.test.ts'],
					environment: 'happy-dom',
					setupFiles: ['tests/obsidian/setup.ts'],
				},
			},
			{
				// The plugin's UI in headless Chromium (tests/browser/harness). Without Chromium these are
				// skipped with a message, or fail when CI is set (tests/browser/global-setup.ts).
				plugins: [markdownAsText],
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/global-setup.ts'],
					// After the other projects: Chromium next to the property tests slows them past their timeouts.
					sequence: { groupOrder: 1 },
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});

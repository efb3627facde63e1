import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Dates in tests are pinned; a fixed zone makes "today" and ISO weeks the same on every machine.
		env: { TZ: 'Europe/Copenhagen' },
		projects: [
			{
				test: {
					name: 'core',
					include: ['tests/core/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
				test: {
					name: 'obsidian',
					include: ['tests/obsidian/**/*.test.ts'],
					environment: 'happy-dom',
					setupFiles: ['tests/obsidian/setup.ts'],
				},
			},
		],
	},
});

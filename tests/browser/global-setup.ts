/**
 * Before the browser tests: is Chromium here? If not, say so plainly and skip them (a failure when
 * `CI` is set). If so, bundle the harness and serve it for every test file.
 */
import type { TestProject } from 'vitest/node';
import { MISSING_CHROMIUM, chromiumAvailable } from './harness/chromium';
import { startHarnessServer } from './harness/server';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The harness page's origin, or null when the browser tests are skipped. */
		harnessUrl: string | null;
	}
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
	if (!chromiumAvailable()) {
		if (process.env.CI) throw new Error(`${MISSING_CHROMIUM} CI is set, so the run fails.`);
		process.stderr.write(`\n${'='.repeat(100)}\n${MISSING_CHROMIUM}\n${'='.repeat(100)}\n\n`);
		project.provide('harnessUrl', null);
		return undefined;
	}
	const server = await startHarnessServer();
	project.provide('harnessUrl', server.url);
	return () => server.close();
}

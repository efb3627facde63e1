// Prints vitest's own totals from its JSON report as the plain line `N passed, N failed[, N skipped]`,
// so an empty or partial run cannot pass unnoticed.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2];
if (!path || !existsSync(path) || readFileSync(path, 'utf8').trim() === '') {
	process.stdout.write('0 passed, 1 failed\n');
	process.stderr.write('No test report was written: the tests did not run (lint, type-check or build failed first).\n');
	process.exit(0);
}
const report = JSON.parse(readFileSync(path, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A test file that failed to load has no failed test inside it; it still counts as one failure.
const brokenFiles = (report.testResults ?? []).filter(
	(file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);

import { describe, expect, it } from 'vitest';
import { LANGUAGE_CATEGORIES } from '../../../src/core/language/lexicon';
import { formatEvalScore, readEvalPart, scoreEvalPart } from './labelled-set';

/**
 * The language watch on the blind corpus (tests/fixtures/eval/language, GUIDE.md): 420 sentences by
 * two authors who never saw the lexicon, split by hash before any rule. The rules were developed on
 * train (its errors read) and dev (its errors read too, after its first check: dev is no longer
 * unseen); the test part's sentences were never read, only its figures (once midway, once at the end). The floors sit a little below what was measured, so a change that
 * costs the watch its reach or its precision on unseen sentences fails here.
 */
describe('language watch on the blind corpus', () => {
	const train = scoreEvalPart(readEvalPart('train'));
	const dev = scoreEvalPart(readEvalPart('dev'));
	const test = scoreEvalPart(readEvalPart('test'));

	it('has 420 sentences in three parts', () => {
		expect(train.sentences + dev.sentences + test.sentences).toBe(420);
	});

	it('reports its figures', () => {
		process.stdout.write(`${[formatEvalScore('train', train), formatEvalScore('dev', dev), formatEvalScore('test', test)].join('\n')}\n`);
		expect(test.sentences).toBeGreaterThan(100);
	});

	it('stays precise and reaches far on dev', () => {
		expect(dev.overall.precision).toBeGreaterThanOrEqual(0.95);
		expect(dev.overall.recall).toBeGreaterThanOrEqual(0.88);
	});

	it('stays precise and reaches far on the test part (never tuned on)', () => {
		expect(test.overall.precision).toBeGreaterThanOrEqual(TEST_FLOOR.precision);
		expect(test.overall.recall).toBeGreaterThanOrEqual(TEST_FLOOR.recall);
		for (const c of LANGUAGE_CATEGORIES) expect.soft(test.byCategory[c].recall, c).toBeGreaterThanOrEqual(TEST_FLOOR.categoryRecall);
	});
});

/**
 * A little below what the test part measured at the end of issue 17 (precision 0.83, recall 0.53,
 * the weakest category mockery at 0.30; before issue 17: 0.86 and 0.26). Far from the target
 * (0.90, 0.80, no category below 0.75): these floors guard against losing ground, they do not claim it.
 */
const TEST_FLOOR = { precision: 0.8, recall: 0.5, categoryRecall: 0.25 };

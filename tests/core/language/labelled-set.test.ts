import { describe, expect, it } from 'vitest';
import { readLabelledSet, scoreLabelledSet } from './labelled-set';

describe('language watch on the labelled set', () => {
	const tune = scoreLabelledSet(readLabelledSet('tune'));
	const holdout = scoreLabelledSet(readLabelledSet('holdout'));
	const all = scoreLabelledSet([...readLabelledSet('tune'), ...readLabelledSet('holdout')]);

	it('has at least 80 sentences, half of them clean', () => {
		expect(all.sentences).toBeGreaterThanOrEqual(80);
		expect(all.clean * 2).toBeGreaterThanOrEqual(all.sentences);
	});

	it('reports its figures', () => {
		const line = (name: string, s: typeof all): string =>
			`${name}: ${s.sentences} sentences (${s.clean} clean), precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
		process.stdout.write([line('tuning set', tune), line('held-out set', holdout), line('all', all)].join('\n') + '\n');
		for (const m of [...tune.misses, ...holdout.misses]) process.stdout.write(`  miss: [${m.expected.join(',')}] vs [${m.found.join(',')}] ${m.sentence}\n`);
		expect(all.sentences).toBe(tune.sentences + holdout.sentences);
	});

	it('reaches precision 0.9 and recall 0.85 on the tuning set', () => {
		expect(tune.precision).toBeGreaterThanOrEqual(0.9);
		expect(tune.recall).toBeGreaterThanOrEqual(0.85);
	});

	it('stays precise on sentences it was not tuned on', () => {
		// The held-out set measures generalisation; precision is what protects the user's trust.
		expect(holdout.precision).toBeGreaterThanOrEqual(0.9);
		expect(holdout.recall).toBeGreaterThanOrEqual(0.7);
	});
});

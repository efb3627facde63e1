import { it } from 'vitest';
import { classifyGazes } from '../../../src/core/tagging/classify';
import { evaluate, formatEvaluation, inputFromText, loadSet } from './classifier-sets';
it('tune', () => {
	const set = loadSet('tuning');
	const e = evaluate(set, (n) => classifyGazes(inputFromText(n.text)).suggested);
	console.log(formatEvaluation('tuning', e));
	for (const err of e.errors) {
		const n = set.find((x) => x.file === err.file)!;
		const r = classifyGazes(inputFromText(n.text));
		console.log(`${err.file}: want ${err.expected.join(',')} got ${err.got.join(',')}`);
		for (const g of r.gazes) console.log(`   ${g.gaze} ${g.points}: ${g.reasons.join('; ')}`);
	}
});

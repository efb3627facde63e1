import { describe, expect, it } from 'vitest';
import { runBulkTagging, type BulkItem, type BulkOutcome } from '../../../src/core/tagging/bulk';

const items = (n: number): BulkItem[] => Array.from({ length: n }, (_, i) => ({ path: `n${i}.md`, gazes: i % 7 === 3 ? [] : ['citizen'] }));

describe('runBulkTagging', () => {
	it('writes every note with a gaze, skips those without, and sums up refusals with their reasons', async () => {
		const outcomes: Record<string, BulkOutcome> = {
			'n1.md': { kind: 'unchanged' },
			'n2.md': { kind: 'refused', reason: 'duplicate-keys', message: 'same key twice' },
			'n4.md': { kind: 'refused', reason: 'missing', message: 'gone' },
		};
		const seen: string[] = [];
		const summary = await runBulkTagging(items(6), {
			write: async (item) => {
				seen.push(item.path);
				return outcomes[item.path] ?? { kind: 'changed' };
			},
		});
		expect(seen).toEqual(['n0.md', 'n1.md', 'n2.md', 'n4.md', 'n5.md']);
		expect(summary).toEqual({
			total: 6,
			written: ['n0.md', 'n5.md'],
			unchanged: ['n1.md'],
			skipped: ['n3.md'],
			refused: [
				{ path: 'n2.md', reason: 'duplicate-keys', message: 'same key twice' },
				{ path: 'n4.md', reason: 'missing', message: 'gone' },
			],
			cancelled: false,
		});
	});

	it('reports progress for hundreds of notes and yields to the UI', async () => {
		const progress: number[] = [];
		let yields = 0;
		await runBulkTagging(items(300), {
			write: async () => ({ kind: 'changed' }),
			onProgress: (done, total) => {
				expect(total).toBe(300);
				progress.push(done);
			},
			yieldToUi: async () => void yields++,
			yieldEvery: 25,
		});
		expect(progress).toHaveLength(300);
		expect(progress.at(-1)).toBe(300);
		expect(yields).toBe(12);
	});

	it('stops when cancelled and leaves the rest untouched', async () => {
		let written = 0;
		const summary = await runBulkTagging(items(300), {
			write: async () => {
				written++;
				return { kind: 'changed' };
			},
			isCancelled: () => written >= 40,
		});
		expect(summary.cancelled).toBe(true);
		expect(written).toBe(40);
		expect(summary.written).toHaveLength(40);
	});

	it('turns a thrown error into a refusal and goes on', async () => {
		const summary = await runBulkTagging(items(3), {
			write: async (item) => {
				if (item.path === 'n1.md') throw new Error('disk full');
				return { kind: 'changed' };
			},
		});
		expect(summary.refused).toEqual([{ path: 'n1.md', reason: 'error', message: 'disk full' }]);
		expect(summary.written).toEqual(['n0.md', 'n2.md']);
	});
});

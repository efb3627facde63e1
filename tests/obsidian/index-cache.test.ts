import { afterEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'obsidian-test-mocks/obsidian';
import type ThreeGazesPlugin from '../../src/main';
import { flush, loadPlugin } from './harness';

afterEach(() => vi.restoreAllMocks());

const DIR = '.obsidian/plugins/three-gazes';
const CACHE = `${DIR}/index-cache.json`;

const NOTES: Record<string, string> = {
	'Andet/Indkøb.md': 'mælk',
	'Andet/Tagget.md': '#blik/borger',
	'Journal/Ødelagt.md': '---\ntags: [blik/selv\n',
};
for (let i = 1; i <= 40; i++) NOTES[`Journal/2026-10-${String(i % 28 + 1).padStart(2, '0')} Note ${i}.md`] = `---\ntags: [blik/selv]\n---\nNote ${i}\n`;

/** Gives every file a stamp (the fake leaves them all at zero), as Obsidian's TFile.stat would. */
function stampFiles(app: App, changed: ReadonlySet<string> = new Set()): void {
	for (const file of app.vault.getFiles()) {
		const base = 1_700_000_000_000 + file.path.length;
		file.stat = { ctime: base, mtime: changed.has(file.path) ? base + 5000 : base, size: file.path.length * 3 };
	}
}

function indexOf(plugin: ThreeGazesPlugin) {
	const ctx = plugin.context;
	if (!ctx) throw new Error('plugin not loaded');
	return ctx;
}

async function start(options: { cache?: string; changed?: Set<string>; version?: string; files?: Record<string, string> } = {}) {
	let reads: string[] = [];
	const loaded = await loadPlugin(options.files ?? NOTES, {
		manifest: { dir: DIR, version: options.version ?? '0.1.0' },
		prepare: async (app) => {
			stampFiles(app, options.changed);
			if (options.cache !== undefined) await app.vault.adapter.write(CACHE, options.cache);
			const original = app.vault.cachedRead.bind(app.vault);
			reads = [];
			vi.spyOn(app.vault, 'cachedRead').mockImplementation((file) => {
				reads.push(file.path);
				return original(file);
			});
		},
	});
	const ctx = indexOf(loaded.plugin);
	await ctx.bridge.whenBuilt();
	await ctx.bridge.saveCacheNow();
	await flush();
	const cache = await loaded.app.vault.adapter.read(CACHE);
	return { ...loaded, ctx, reads, cache };
}

const snapshot = (ctx: ReturnType<typeof indexOf>) => ({
	notes: [...ctx.index.notes()].sort((a, b) => a.path.localeCompare(b.path)),
	skipped: ctx.index.skipped(),
});

describe('the persisted index cache', () => {
	it('is written to the plugin folder after the first build, and a warm start reads no note again', async () => {
		const cold = await start();
		expect(cold.reads.length).toBe(42); // 40 journal notes, the malformed one, the tagged one outside
		expect(cold.cache.split('\n')[0]).toContain('"format":"three-gazes-index-cache"');
		const warm = await start({ cache: cold.cache });
		expect(warm.reads).toEqual([]);
		expect(warm.ctx.bridge.lastBuild).toMatchObject({ restored: 42, read: 0, dropped: 0, cacheRejected: null });
		expect(snapshot(warm.ctx)).toEqual(snapshot(cold.ctx));
	});

	it('re-reads only the notes whose modification time or size changed, and drops deleted ones', async () => {
		const cold = await start();
		const files: Record<string, string> = { ...NOTES, 'Journal/2026-11-30 Ny.md': '---\ntags: [blik/borger]\n---\nNy\n' };
		delete files['Journal/2026-10-02 Note 1.md'];
		files['Journal/2026-10-03 Note 2.md'] = '---\ntags: [gaze/staff]\n---\nÆndret\n';
		const warm = await start({ cache: cold.cache, files, changed: new Set(['Journal/2026-10-03 Note 2.md']) });
		expect(warm.reads.sort()).toEqual(['Journal/2026-10-03 Note 2.md', 'Journal/2026-11-30 Ny.md']);
		expect(warm.ctx.bridge.lastBuild).toMatchObject({ read: 2, dropped: 1 });
		expect(warm.ctx.index.get('Journal/2026-10-03 Note 2.md')?.gazes).toEqual(['staff']);
		expect(warm.ctx.index.has('Journal/2026-10-02 Note 1.md')).toBe(false);
		expect(warm.ctx.index.get('Journal/2026-11-30 Ny.md')?.gazes).toEqual(['citizen']);
		expect(warm.ctx.index.skipped().map((s) => s.path)).toEqual(['Journal/Ødelagt.md']);
		// The cache written after this start knows the changes: the next start reads nothing.
		const next = await start({ cache: warm.cache, files, changed: new Set(['Journal/2026-10-03 Note 2.md']) });
		expect(next.reads).toEqual([]);
	});

	it.each([
		['garbage', () => 'not a cache at all {', /unreadable header/],
		['a cache from another plugin version', (text: string) => text, /another plugin version/],
		['a damaged line', (text: string) => text.replace(/,"note","[^"]*"/, ',"note",17'), /damaged line/],
	])('is rebuilt whole from the notes when it is %s', async (label, damage, reason) => {
		const cold = await start();
		const warm = await start({ cache: damage(cold.cache), version: label.includes('version') ? '0.2.0' : '0.1.0' });
		expect(warm.reads.length).toBe(42);
		expect(warm.ctx.bridge.lastBuild.cacheRejected).toMatch(reason);
		expect(snapshot(warm.ctx).notes.map((n) => n.path)).toEqual(snapshot(cold.ctx).notes.map((n) => n.path));
		// ... and a good cache is written again.
		expect(warm.cache.split('\n').length).toBe(cold.cache.split('\n').length);
	});

	it('keeps following edits after a warm start, and saves them to the cache', async () => {
		const cold = await start();
		const warm = await start({ cache: cold.cache });
		const file = warm.app.vault.getFileByPath('Journal/2026-10-03 Note 2.md');
		if (!file) throw new Error('missing');
		await warm.app.vault.modify(file, '---\ntags: [blik/medarbejdere]\n---\n');
		await flush();
		expect(warm.ctx.index.get(file.path)?.gazes).toEqual(['staff']);
		await warm.ctx.bridge.saveCacheNow();
		expect(await warm.app.vault.adapter.read(CACHE)).toContain('blik/medarbejdere');
	});
});

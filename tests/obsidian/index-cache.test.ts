import { afterEach, describe, expect, it, vi } from 'vitest';
import { TFile, type MarkdownView } from 'obsidian';
import type { App } from 'obsidian-test-mocks/obsidian';
import type ThreeGazesPlugin from '../../src/main';
import type { ThreeGazesSettingTab } from '../../src/obsidian/settings-tab';
import { CACHE_PRIVACY_SAVE_DELAY_MS } from '../../src/obsidian/vault-bridge';
import { WATCH_SECTION } from '../../src/obsidian/watch/settings-section';
import { PseudonymiseModal, type initialState } from '../../src/obsidian/watch/pseudonymise-modal';
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

describe('the index cache and her privacy', () => {
	const SECRET = 'Fru Birthe Hansen, CPR 030331-1234';
	const files = (): Record<string, string> => ({ ...NOTES, 'Journal/2026-11-01 Hemmelig.md': `---\ntags: [blik/borger]\n---\n${SECRET} var urolig.\n` });
	/** Waits past the prompt save (real timers: the plugin's save runs on window.setTimeout). */
	const afterPromptSave = () => new Promise((resolve) => setTimeout(resolve, CACHE_PRIVACY_SAVE_DELAY_MS + 300));
	/** The cache as it is on disk; `\uXXXX` escapes read back (the file is ASCII). */
	const onDisk = async (app: App): Promise<string> => JSON.parse(`"${(await app.vault.adapter.read(CACHE)).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`.replace(/\\\\u/g, '\\u')) as string;

	it('holds the notes\' text (what the README says it holds)', async () => {
		const cold = await start({ files: files() });
		expect(await onDisk(cold.app)).toContain(SECRET);
	});

	it('loses a deleted note\'s text at the next save, which comes promptly and is not put off by an edit', async () => {
		const cold = await start({ files: files() });
		const { app } = cold;
		await app.fileManager.trashFile(app.vault.getFileByPath('Journal/2026-11-01 Hemmelig.md')!);
		// An ordinary edit right after would put an ordinary save off by seconds; not this one.
		await app.vault.modify(app.vault.getFileByPath('Journal/2026-10-03 Note 2.md')!, '---\ntags: [blik/selv]\n---\nÆndret\n');
		await afterPromptSave();
		const text = await onDisk(app);
		expect(text).not.toContain(SECRET);
		expect(text).toContain('Ændret');
	});

	it('loses a pseudonymised note\'s old text promptly, through the file or through the open editor', async () => {
		for (const throughEditor of [false, true]) {
			const cold = await start({ files: files() });
			const { app, ctx } = cold;
			const file: unknown = app.vault.getFileByPath('Journal/2026-11-01 Hemmelig.md');
			if (!(file instanceof TFile)) throw new Error('missing');
			const original = await app.vault.read(file as never);
			// An editor whose changes Obsidian has not saved to the file yet: the modify event comes later.
			const editor = { value: original, getValue() { return this.value; }, offsetToPos: (offset: number) => ({ line: 0, ch: offset }), transaction() { editor.value = 'pseudonymised'; } };
			const view = throughEditor ? ({ file, editor } as unknown as MarkdownView) : null;
			const modal = new PseudonymiseModal(ctx, file, original, view);
			const state = (modal as unknown as { state: ReturnType<typeof initialState> }).state;
			for (const person of state.people) person.role = 'citizen';
			expect(await modal.apply()).toBeGreaterThan(0);
			await afterPromptSave();
			const text = await onDisk(app);
			expect(text, throughEditor ? 'editor' : 'file').not.toContain('030331-1234');
			expect(text).not.toContain('Birthe');
			if (!throughEditor) expect(text).toContain('[CPR removed]');
		}
	});

	it('keeps no note text at all with the setting off, at the cost of reading every journal note at start-up', async () => {
		const cold = await start({ files: files() });
		const { app, plugin, ctx } = cold;
		const tab = (plugin as unknown as { settingTabs__: ThreeGazesSettingTab[] }).settingTabs__[0]!;
		const spec = WATCH_SECTION.specs.find((s) => s.key === 'privacy.cacheNoteText')!;
		expect(await tab.apply(spec, false)).toBeNull();
		await afterPromptSave();
		const text = await onDisk(app);
		expect(text).not.toContain(SECRET);
		expect(text).not.toContain('Note 1\\n');
		const records = text.split('\n').slice(1).filter(Boolean).map((line) => JSON.parse(line) as unknown[]);
		expect(records.every((r) => r[3] === 'other')).toBe(true);
		expect(ctx.settings().privacy.cacheNoteText).toBe(false);
		// The next start reads every journal note again (43 here), and the index is whole.
		const warm = await start({ files: files(), cache: await app.vault.adapter.read(CACHE) });
		expect(warm.reads.length).toBe(43);
		expect(warm.ctx.index.size).toBe(cold.ctx.index.size);
	});
});

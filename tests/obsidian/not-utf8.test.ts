/**
 * The plugin never writes back a note it read as U+FFFD (issue 23): its bytes were not UTF-8 (an old
 * Latin-1 or Windows-1252 note), and saving would replace her æ, ø, å for good. The tag writer is
 * covered in tagging.test.ts, the supervision outcome in supervision.test.ts.
 */
import { TFile } from 'obsidian';
import { describe, expect, it, vi } from 'vitest';
import { PseudonymiseModal } from '../../src/obsidian/watch/pseudonymise-modal';
import { captureNotices, loadPlugin } from './harness';

const LATIN1_READ = 'Fru Birthe Hansen var urolig p\uFFFD gangen.\nCPR 030331-1234.\n';

describe('Pseudonymise this note', () => {
	it('writes nothing into a note holding U+FFFD and says why', async () => {
		const notices = captureNotices();
		const { app, plugin } = await loadPlugin({ 'Journal/Note.md': LATIN1_READ });
		const ctx = plugin.context;
		if (!ctx) throw new Error('not loaded');
		const file: unknown = app.vault.getFileByPath('Journal/Note.md');
		if (!(file instanceof TFile)) throw new Error('no note');
		const process = vi.spyOn(app.vault, 'process');
		const modal = new PseudonymiseModal(ctx, file, LATIN1_READ);
		expect(await modal.apply()).toBe(0);
		expect(process).not.toHaveBeenCalled();
		expect(await app.vault.read(file as never)).toBe(LATIN1_READ);
		expect(notices.at(-1)).toMatch(/^Nothing was written to Journal\/Note\.md: .*UTF-8/);
	});
});

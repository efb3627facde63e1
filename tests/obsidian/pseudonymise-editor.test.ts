/**
 * Pseudonymising the note open in an editor goes through that editor: one transaction of the
 * replaced words alone, so her cursor, folds and undo are kept. The fake's Editor applies a
 * transaction's changes one after another, each on the text the previous one left and each its own
 * undo step, and puts the cursor after the last; Obsidian's editor is CodeMirror 6, where a
 * transaction's changes all refer to the text before it, make one undo step, and the cursor and
 * folds are mapped through them. So the editor here is a real CodeMirror view, with a fold field
 * that maps its ranges as CodeMirror's fold state does.
 */
import { EditorState, StateEffect, StateField, type ChangeSet, type Text } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownView, TFile, type EditorPosition, type EditorTransaction } from 'obsidian';
import { PseudonymiseModal, type initialState } from '../../src/obsidian/watch/pseudonymise-modal';
import { loadPlugin } from './harness';

afterEach(() => vi.restoreAllMocks());

const NOTE = '# Aftenen\n\nFru Birthe Hansen var urolig.\n\n## Bagefter\nKaren hjalp hende. CPR 030331-1234.\nEn lang tanke om aftenen.\n';

const addFold = StateEffect.define<{ from: number; to: number }>();
/** Folded ranges, mapped through every change (as @codemirror/language's foldState maps them). */
const folds = StateField.define<DecorationSet>({
	create: () => Decoration.none,
	update(value, tr) {
		let next = value.map(tr.changes);
		for (const effect of tr.effects) if (effect.is(addFold)) next = next.update({ add: [Decoration.replace({}).range(effect.value.from, effect.value.to)] });
		return next;
	},
	provide: (field) => EditorView.decorations.from(field),
});

/** Obsidian's Editor over CodeMirror 6: what the modal uses of it. */
class CodeMirrorEditor {
	readonly view: EditorView;
	/** Every transaction dispatched: CodeMirror's history makes each one undo step. */
	readonly transactions: { changes: ChangeSet; before: Text }[] = [];

	constructor(text: string) {
		this.view = new EditorView({ state: EditorState.create({ doc: text, extensions: [folds] }), parent: createDiv() });
	}
	getValue(): string {
		return this.view.state.doc.toString();
	}
	offsetToPos(offset: number): EditorPosition {
		const line = this.view.state.doc.lineAt(offset);
		return { line: line.number - 1, ch: offset - line.from };
	}
	posToOffset(pos: EditorPosition): number {
		return this.view.state.doc.line(pos.line + 1).from + pos.ch;
	}
	transaction(tx: EditorTransaction): void {
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: c.to ? this.posToOffset(c.to) : undefined, insert: c.text }));
		const before = this.view.state.doc;
		const transaction = this.view.state.update({ changes, userEvent: 'input' });
		this.view.dispatch(transaction);
		this.transactions.push({ changes: transaction.changes, before });
	}
	foldedText(): string[] {
		const out: string[] = [];
		this.view.state.field(folds).between(0, this.view.state.doc.length, (from, to) => void out.push(this.view.state.doc.sliceString(from, to)));
		return out;
	}
}

async function setup() {
	const loaded = await loadPlugin({ 'Journal/Note.md': NOTE });
	const ctx = loaded.plugin.context;
	const file: unknown = loaded.app.vault.getFileByPath('Journal/Note.md');
	if (!ctx || !(file instanceof TFile)) throw new Error('not loaded');
	const editor = new CodeMirrorEditor(NOTE);
	const view = { file, editor } as unknown as MarkdownView;
	return { ...loaded, ctx, file, editor, view };
}

function chooseBirthe(modal: PseudonymiseModal): void {
	const state = (modal as unknown as { state: ReturnType<typeof initialState> }).state;
	const birthe = state.people.find((p) => p.name === 'Birthe Hansen');
	if (!birthe) throw new Error('Birthe Hansen was not suggested');
	birthe.role = 'citizen';
}

describe('pseudonymising the note open in an editor', () => {
	it('changes only the replaced words, in one transaction, keeping cursor, folds and undo; the file is left to the editor', async () => {
		const { app, ctx, file, editor, view } = await setup();
		// Her cursor is before "hjalp", and the last paragraph is folded.
		const cursorAt = NOTE.indexOf('hjalp');
		const foldFrom = NOTE.indexOf('En lang');
		editor.view.dispatch({ selection: { anchor: cursorAt }, effects: addFold.of({ from: foldFrom, to: NOTE.length - 1 }) });
		const process = vi.spyOn(app.vault, 'process');
		const modal = new PseudonymiseModal(ctx, file, NOTE, view);
		chooseBirthe(modal);
		expect(await modal.apply()).toBe(2);
		const after = 'Citizen A var urolig.';
		expect(editor.getValue()).toBe(NOTE.replace('Fru Birthe Hansen var urolig.', after).replace('030331-1234', '[CPR removed]'));
		expect(process).not.toHaveBeenCalled();
		// One transaction, touching the two replaced spans alone.
		expect(editor.transactions).toHaveLength(1);
		const touched: string[] = [];
		editor.transactions[0]?.changes.iterChangedRanges((fromA, toA) => void touched.push(NOTE.slice(fromA, toA)));
		expect(touched).toEqual(['Fru Birthe Hansen', '030331-1234']);
		// The cursor still stands before "hjalp"; the fold still covers the same paragraph.
		const head = editor.view.state.selection.main.head;
		expect(editor.getValue().slice(head, head + 5)).toBe('hjalp');
		expect(editor.foldedText()).toEqual(['En lang tanke om aftenen.']);
		// Undo (the transaction inverted, as CodeMirror's history does) gives back exactly the note.
		const { changes, before } = editor.transactions[0]!;
		expect(changes.invert(before).apply(editor.view.state.doc).toString()).toBe(NOTE);
	});

	it('writes with Vault.process when the note is not open in that editor any more', async () => {
		const { app, ctx, file, editor } = await setup();
		const closed = { file: null, editor } as unknown as MarkdownView;
		const process = vi.spyOn(app.vault, 'process');
		const modal = new PseudonymiseModal(ctx, file, NOTE, closed);
		chooseBirthe(modal);
		expect(await modal.apply()).toBe(2);
		expect(process).toHaveBeenCalledTimes(1);
		expect(editor.transactions).toHaveLength(0);
		expect(await app.vault.read(file as never)).toContain('Citizen A var urolig.');
	});

	it('refuses when the text in the editor changed since the dialogue opened', async () => {
		const { ctx, file, editor, view } = await setup();
		const modal = new PseudonymiseModal(ctx, file, NOTE, view);
		chooseBirthe(modal);
		editor.view.dispatch({ changes: { from: 0, insert: 'Ny linje.\n' } });
		expect(await modal.apply()).toBe(0);
		expect(editor.getValue()).toBe(`Ny linje.\n${NOTE}`);
	});

	it('is started by the command with the active editor', async () => {
		const { app, commands, view } = await setup();
		vi.spyOn(app.workspace, 'getActiveViewOfType').mockImplementation(((type: unknown) => (type === MarkdownView ? view : null)));
		const opened: PseudonymiseModal[] = [];
		vi.spyOn(PseudonymiseModal.prototype, 'open').mockImplementation(function (this: PseudonymiseModal) {
			opened.push(this);
		});
		const command = commands.get('pseudonymise-note') as { checkCallback: (checking: boolean) => boolean };
		expect(command.checkCallback(false)).toBe(true);
		expect((opened[0] as unknown as { view: unknown }).view).toBe(view);
	});
});

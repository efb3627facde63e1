import { StateEffect, type Extension, type Range } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { editorInfoField } from 'obsidian';
import type { Lang } from '../../core/domain';
import { tokenize } from '../../core/language/tokens';
import { detectPrivacy } from '../../core/privacy/detect';
import { languageTooltip, privacyTooltip, type WatchService } from './service';

/** Marks the transaction that delivers freshly computed decorations. */
const refreshed = StateEffect.define<null>();

/** Quiet time after typing or scrolling before the visible lines are checked again. */
export const WATCH_DEBOUNCE_MS = 300;

/**
 * The decorations for the visible lines of a document: language findings and personal data,
 * underlined, with the explanation as the element's title (shown on hover).
 */
export function watchDecorations(
	doc: { lineAt(pos: number): { from: number; to: number }; sliceString(from: number, to: number): string },
	ranges: readonly { from: number; to: number }[],
	service: WatchService,
	lang: Lang,
	/** The note's vault path, so her "not here" choices for this note apply. */
	path?: string,
): DecorationSet {
	const { language, privacy } = service.enabled();
	if (!language && !privacy) return Decoration.none;
	const checker = service.checker();
	const marks: Array<Range<Decoration>> = [];
	let covered = -1;
	for (const range of ranges) {
		const from = Math.max(doc.lineAt(range.from).from, covered);
		const to = doc.lineAt(range.to).to;
		if (to <= from) continue;
		covered = to;
		const text = doc.sliceString(from, to);
		const tokens = tokenize(text);
		if (language) {
			for (const f of checker(text, tokens, path)) {
				marks.push(
					Decoration.mark({
						class: `three-gazes-watch three-gazes-watch-${f.category}${f.quoted ? ' three-gazes-watch-quoted' : ''}`,
						attributes: { title: languageTooltip(f, lang) },
					}).range(from + f.from, from + f.to),
				);
			}
		}
		if (privacy) {
			for (const f of detectPrivacy(text, tokens)) {
				marks.push(
					Decoration.mark({ class: `three-gazes-privacy three-gazes-privacy-${f.kind}`, attributes: { title: privacyTooltip(f, lang) } }).range(
						from + f.from,
						from + f.to,
					),
				);
			}
		}
	}
	return Decoration.set(marks, true);
}

/** The vault path of the note an editor shows (Obsidian's editor info), if any. */
function notePath(view: EditorView): string | undefined {
	return view.state.field(editorInfoField, false)?.file?.path;
}

/**
 * The editor extension: checks only the visible lines, again only after the document or the
 * viewport changed (or the settings did), debounced, so typing never waits for it.
 */
export function watchExtension(service: WatchService, lang: () => Lang): Extension {
	const plugin = ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			private timer: number | null = null;
			private settingsSeen: unknown;

			constructor(private readonly view: EditorView) {
				this.settingsSeen = service.checker();
				this.decorations = watchDecorations(view.state.doc, view.visibleRanges, service, lang(), notePath(view));
			}

			update(update: ViewUpdate): void {
				if (update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshed)))) return;
				const checker = service.checker();
				const settingsChanged = checker !== this.settingsSeen;
				if (!update.docChanged && !update.viewportChanged && !settingsChanged) return;
				this.settingsSeen = checker;
				if (update.docChanged) this.decorations = this.decorations.map(update.changes);
				this.schedule();
			}

			private schedule(): void {
				if (this.timer !== null) window.clearTimeout(this.timer);
				this.timer = window.setTimeout(() => {
					this.timer = null;
					this.decorations = watchDecorations(this.view.state.doc, this.view.visibleRanges, service, lang(), notePath(this.view));
					this.view.dispatch({ effects: refreshed.of(null) });
				}, WATCH_DEBOUNCE_MS);
			}

			destroy(): void {
				if (this.timer !== null) window.clearTimeout(this.timer);
			}
		},
		{ decorations: (v) => v.decorations },
	);
	return [plugin];
}

import { Modal, Notice, Setting, type TFile } from 'obsidian';
import type { Translate } from '../../core/i18n';
import { exportForSupervisor, type ExportRefusal } from '../../core/supervision/export';
import { privacyPort } from '../../core/supervision/services';
import type { PluginContext } from '../context';
import { createNote } from '../note-creator';
import { vaultFolder } from '../paths';
import { modalButtons } from '../modal-buttons';

/** The outcome of an export. */
export type ExportOutcome = { readonly kind: 'exported'; readonly path: string } | { readonly kind: 'refused'; readonly message: string };

/** How many places a refusal lists before "and N more". */
const LISTED = 8;

/** Why an export was refused, in words: each place by line and kind, never the value itself. */
export function refusalText(reasons: readonly ExportRefusal[], t: Translate): string {
	const kind = (k: string): string =>
		['cpr', 'phone', 'email', 'room', 'address', 'birthdate', 'age', 'name'].includes(k) ? t(`supervision.export.kind.${k}`) : t('supervision.export.kind.other', { kind: k });
	const lines = reasons.slice(0, LISTED).map((r) => `- ${t('supervision.export.reason', { line: r.line, kind: kind(r.kind) })}`);
	if (reasons.length > LISTED) lines.push(`- ${t('supervision.export.reason.more', { count: reasons.length - LISTED })}`);
	return [t('supervision.export.refused'), ...lines, t('supervision.export.fix')].join('\n');
}

/**
 * The active note when it is a supervision preparation, else null. The commands bound to it check this
 * (`checkCallback`), so the command palette offers them only while a preparation is open.
 */
export function activePreparation(ctx: PluginContext): TFile | null {
	const file = ctx.app.workspace.getActiveFile();
	return file && ctx.index.get(file.path)?.kind === 'supervision-preparation' ? file : null;
}

/** Checks an export folder: inside the vault, and outside the journal folders (or the copy would count as a note). */
function checkExportFolder(ctx: PluginContext, input: string): { ok: true; folder: string } | { ok: false; message: string } {
	const t = ctx.t();
	const check = vaultFolder(input);
	if (!check.ok) {
		return { ok: false, message: t('settings.folderRefused', { folder: input, reason: t(`folder.reason.${check.reason}`, { chars: check.chars ?? '' }) }) };
	}
	if (ctx.index.isInJournalFolder(`${check.folder}/x.md`)) return { ok: false, message: t('supervision.export.folderInJournal', { folder: check.folder }) };
	return { ok: true, folder: check.folder };
}

/**
 * Writes the supervisor's copy of a preparation into a folder: a new Markdown file (never
 * overwriting), refused with an explanation while any CPR number or flagged identifier remains.
 */
export async function exportPreparation(ctx: PluginContext, file: TFile, folderInput: string): Promise<ExportOutcome> {
	const t = ctx.t();
	const refuse = (message: string): ExportOutcome => {
		new Notice(message);
		return { kind: 'refused', message };
	};
	const result = exportForSupervisor(await ctx.app.vault.read(file), privacyPort(ctx.lang()).detect);
	if (!result.ok) return refuse(refusalText(result.reasons, t));
	const folder = checkExportFolder(ctx, folderInput);
	if (!folder.ok) return refuse(folder.message);
	const created = await createNote(ctx.app, t, {
		folder: folder.folder,
		fileName: `${file.basename} (${t('supervision.export.suffix')})`,
		content: result.text,
		ifExists: 'new-name',
	});
	if (created.kind === 'refused') return { kind: 'refused', message: created.message };
	new Notice(t('supervision.export.done', { path: created.file.path }));
	return { kind: 'exported', path: created.file.path };
}

/** Asks for the export folder when the settings name none. */
export class ExportFolderModal extends Modal {
	private folder = '';

	constructor(
		private readonly ctx: PluginContext,
		private readonly onChoose: (folder: string) => void,
	) {
		super(ctx.app);
	}

	override onOpen(): void {
		const t = this.ctx.t();
		this.titleEl.setText(t('supervision.export.folder.title'));
		new Setting(this.contentEl)
			.setName(t('supervision.export.folder.name'))
			.setDesc(t('supervision.export.folder.desc'))
			.addText((text) => text.setPlaceholder(t('supervision.export.folder.placeholder')).onChange((value) => (this.folder = value)));
		modalButtons(this.contentEl, t, {
			back: 'cancel',
			onBack: () => this.close(),
			main: {
				text: t('supervision.export.folder.button'),
				onClick: () => {
					this.close();
					this.onChoose(this.folder);
				},
			},
		});
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** "Export for my supervisor" on the active preparation note (null when none is open, or the folder is asked for). */
export async function exportActivePreparation(ctx: PluginContext): Promise<ExportOutcome | null> {
	const file = activePreparation(ctx);
	return file ? exportPreparationFile(ctx, file) : null;
}

/** "Export for my supervisor" on a preparation: into the export folder, or one she is asked for. */
export async function exportPreparationFile(ctx: PluginContext, file: TFile): Promise<ExportOutcome | null> {
	const folder = ctx.settings().supervision.exportFolder;
	if (folder.trim() !== '') return exportPreparation(ctx, file, folder);
	new ExportFolderModal(ctx, (chosen) => void exportPreparation(ctx, file, chosen)).open();
	return null;
}

import { Notice } from 'obsidian';
import { tagLang } from '../../core/settings';
import { planTemplateInstall } from '../../core/templates/install';
import type { PluginContext } from '../context';
import { ensureFolder } from '../note-creator';
import { vaultFolder, vaultPath } from '../paths';

/** How an installation went: how many copies were written and how many existing ones were kept. */
export interface InstallOutcome {
	readonly created: number;
	readonly kept: number;
}

/**
 * "Install templates into the vault": writes a copy of every template, in the UI language, into the
 * template folder. A copy that is already there (edited or not) is never overwritten.
 */
export async function installTemplates(ctx: PluginContext): Promise<InstallOutcome | null> {
	const t = ctx.t();
	const settings = ctx.settings();
	const lang = ctx.lang();
	const check = vaultFolder(settings.templateFolder);
	if (!check.ok) {
		new Notice(t('settings.folderRefused', { folder: settings.templateFolder, reason: t(`folder.reason.${check.reason}`, { chars: check.chars ?? '' }) }));
		return null;
	}
	try {
		await ensureFolder(ctx.app, check.folder);
		const plan = planTemplateInstall(check.folder, lang, tagLang(settings, lang), (path) => ctx.app.vault.getAbstractFileByPath(vaultPath(path)) !== null);
		let created = 0;
		for (const step of plan) {
			if (step.action !== 'create') continue;
			await ctx.app.vault.create(vaultPath(step.path), step.content);
			created++;
		}
		const outcome = { created, kept: plan.length - created };
		new Notice(t('method.install.done', { folder: check.folder, ...outcome }));
		return outcome;
	} catch (error) {
		new Notice(t('method.install.failed', { reason: error instanceof Error ? error.message : String(error) }));
		return null;
	}
}

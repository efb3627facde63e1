import { Notice } from 'obsidian';
import { reflectionMarkdown, reflectionNoteName } from '../../core/reflection';
import { tagLang } from '../../core/settings';
import type { PluginContext } from '../context';
import { createNote, type CreateOutcome } from '../note-creator';
import { mirrorFor } from './compute';

/**
 * "Save this reflection as a note": the mirror for the remembered period as a self-gaze note of
 * kind reflection-summary in the first journal folder. Never overwrites: a second save the same
 * day gets `… 2`. The new note is opened.
 */
export async function saveReflection(ctx: PluginContext): Promise<CreateOutcome | null> {
	const t = ctx.t();
	const mirror = mirrorFor(ctx);
	if (!mirror.ok) {
		new Notice(t(`reflection.custom.${mirror.reason}`));
		return null;
	}
	const lang = ctx.lang();
	const settings = ctx.settings();
	const outcome = await createNote(ctx.app, t, {
		folder: settings.journalFolders[0] ?? '',
		fileName: reflectionNoteName(mirror.reflection, lang),
		content: reflectionMarkdown(mirror.reflection, { lang, tagLang: tagLang(settings, lang) }),
		ifExists: 'new-name',
	});
	if (outcome.kind === 'created') new Notice(t('reflection.saved', { path: outcome.file.path }));
	return outcome;
}

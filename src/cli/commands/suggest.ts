import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GazeId, Lang } from '../../core/domain';
import { translate } from '../../core/i18n';
import { parseNote } from '../../core/note-parser';
import { classifyGazes } from '../../core/tagging/classify';
import { GazeLearning } from '../../core/tagging/learning';
import { parseCommandArgs, parseLang } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { loadVault } from '../vault';

/** One file's suggestion as printed with `--json`. */
interface SuggestOutput {
	readonly file: string;
	readonly gazes: readonly { readonly gaze: GazeId; readonly score: number; readonly reasons: readonly string[] }[];
	readonly suggested: readonly GazeId[];
}

const OPTIONS = {
	lang: { type: 'string' },
	json: { type: 'boolean' },
	vault: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;

/** `suggest <file>...`: which gazes each note concerns, with scores and reasons. Reads only. */
export const command: CliCommand = {
	name: 'suggest',
	summary: 'Suggest the gazes of notes, with scores and the reasons; with --vault, also what her tagged notes there teach. Changes nothing.',
	usage: 'suggest <file>... [--vault <folder>] [--lang da|en] [--json]',
	async run(args, io) {
		const parsed = parseCommandArgs(args, OPTIONS);
		if (!parsed.ok) return usageError(io, this, parsed.error);
		const langArg = parseLang(parsed.values.lang);
		if (!langArg.ok) return usageError(io, this, langArg.error);
		if (parsed.positionals.length === 0) return usageError(io, this, 'give at least one file');
		const lang: Lang = langArg.lang ?? 'en';
		// Her tagged notes in the vault teach the suggestions, as in the plugin (unless she turned it off).
		let learned: GazeLearning | null = null;
		if (parsed.values.vault !== undefined) {
			const loaded = loadVault(resolve(io.cwd, parsed.values.vault));
			if (!loaded.ok) {
				io.stderr(`suggest: ${loaded.error}\n`);
				return EXIT.failure;
			}
			const { tagging } = loaded.vault.settings;
			learned = GazeLearning.from(loaded.vault.index.notes(), { enabled: tagging.learn, forgetBefore: tagging.forgetBefore });
		}
		const out: SuggestOutput[] = [];
		let failed = false;
		for (const file of parsed.positionals) {
			const path = resolve(io.cwd, file);
			let content: string;
			let stat: { mtimeMs: number; ctimeMs: number; birthtimeMs: number };
			try {
				content = readFileSync(path, 'utf8');
				stat = statSync(path);
			} catch (error) {
				io.stderr(`suggest: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
				failed = true;
				continue;
			}
			const note = parseNote({ path: file, content, mtime: stat.mtimeMs, ctime: stat.birthtimeMs || stat.ctimeMs });
			if (!note.ok) {
				io.stderr(`suggest: ${file}: ${note.reason}\n`);
				failed = true;
				continue;
			}
			const result = classifyGazes(note.note, { lang, learned });
			out.push({
				file,
				gazes: result.gazes.map((g) => ({ gaze: g.gaze, score: g.score, reasons: g.reasons })),
				suggested: result.suggested,
			});
		}
		if (parsed.values.json) {
			io.stdout(`${JSON.stringify(out, null, 2)}\n`);
		} else {
			for (const entry of out) {
				const names = entry.suggested.map((g) => translate(lang, `gaze.${g}.short`));
				io.stdout(`${entry.file}: ${names.length > 0 ? names.join(', ') : '-'}\n`);
				for (const g of entry.gazes) {
					if (g.reasons.length === 0) continue;
					io.stdout(`  ${translate(lang, `gaze.${g.gaze}.short`)} ${g.score.toFixed(2)}: ${g.reasons.join('; ')}\n`);
				}
			}
		}
		return failed ? EXIT.failure : EXIT.ok;
	},
};

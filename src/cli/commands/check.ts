import { relative, resolve, sep } from 'node:path';
import { checkNote } from '../../core/check-note';
import type { Lang } from '../../core/domain';
import { translate } from '../../core/i18n';
import { createLanguageChecker, explainFinding, type LanguageWatchOptions } from '../../core/language/watch';
import type { PrivacyKind } from '../../core/privacy/detect';
import { parseCommandArgs, parseLang } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { readNoteText } from '../files';
import { readVaultSettings } from '../vault';

/** One file's findings as printed with `--json`. Lines and columns are 1-based. */
interface CheckOutput {
	readonly file: string;
	readonly language: readonly { readonly category: string; readonly match: string; readonly quoted: boolean; readonly line: number; readonly column: number }[];
	readonly privacy: readonly { readonly kind: PrivacyKind; readonly match: string; readonly line: number; readonly column: number }[];
}

const OPTIONS = {
	vault: { type: 'string' },
	lang: { type: 'string' },
	json: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const;

/** `check <file>...`: the language watch and privacy care over notes on disk. Reads only. */
export const command: CliCommand = {
	name: 'check',
	summary: 'Watch the language and find personal data in notes (lines and columns 1-based). Changes nothing.',
	usage: [
		'check <file>... [--vault DIR] [--lang da|en] [--json]',
		'',
		'  --vault DIR  use the language-watch settings (categories off, own phrases, allowed words, "not here") of this vault',
		'  --json       [{ "file", "language": [{ "category", "match", "quoted", "line", "column" }],',
		'                "privacy": [{ "kind", "match", "line", "column" }] }]; line and column are 1-based',
		'  Exit code 0 when every file was read (findings are not errors), 1 when a file could not be read.',
	].join('\n'),
	async run(args, io) {
		const parsed = parseCommandArgs(args, OPTIONS);
		if (!parsed.ok) return usageError(io, this, parsed.error);
		const langArg = parseLang(parsed.values.lang);
		if (!langArg.ok) return usageError(io, this, langArg.error);
		if (parsed.positionals.length === 0) return usageError(io, this, 'give at least one file');
		let options: LanguageWatchOptions = {};
		let vaultDir: string | null = null;
		let lang: Lang = langArg.lang ?? 'en';
		if (parsed.values.vault !== undefined) {
			vaultDir = resolve(io.cwd, parsed.values.vault);
			const { settings, problems } = readVaultSettings(vaultDir);
			for (const p of problems) io.stderr(`check: ${p}\n`);
			options = settings.languageWatch;
			if (langArg.lang === undefined && settings.language !== 'auto') lang = settings.language;
		}
		const checker = createLanguageChecker(options);
		const out: CheckOutput[] = [];
		let failed = false;
		for (const file of parsed.positionals) {
			let content: string;
			try {
				// Strictly: a FIFO would hang the read, a picture or a Latin-1 note would give nonsense findings.
				const read = readNoteText(resolve(io.cwd, file));
				if (!read.ok) {
					const message = read.why === 'not-utf8' ? translate(lang, 'file.notUtf8', { line: read.line ?? 1 }) : translate(lang, read.why === 'binary' ? 'file.binary' : 'file.notRegular');
					io.stderr(`check: ${file}: ${message}\n`);
					failed = true;
					continue;
				}
				content = read.text;
			} catch (error) {
				io.stderr(`check: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
				failed = true;
				continue;
			}
			// Her "not here" choices name notes by their vault path, as Obsidian does.
			const path = vaultDir === null ? undefined : relative(vaultDir, resolve(io.cwd, file)).split(sep).join('/');
			const result = checkNote(content, checker, { path });
			out.push({
				file,
				language: result.language.map((f) => ({ category: f.category, match: f.match, quoted: f.quoted, line: f.line + 1, column: f.column + 1 })),
				privacy: result.privacy.map((f) => ({ kind: f.kind, match: f.match, line: f.line + 1, column: f.column + 1 })),
			});
			if (!parsed.values.json) {
				const entry = out[out.length - 1] as CheckOutput;
				io.stdout(`${file}: ${entry.language.length} language, ${entry.privacy.length} personal data\n`);
				result.language.forEach((f) => {
					const e = explainFinding(f, lang);
					const quoted = f.quoted ? ` (${translate(lang, 'watch.quoted').toLowerCase()})` : '';
					io.stdout(`  ${f.line + 1}:${f.column + 1}  ${e.title}${quoted}: "${f.match}"\n    ${e.question ?? e.why}\n`);
					if (e.gentler) io.stdout(`    ${translate(lang, 'watch.gentler')}: ${e.gentler}\n`);
				});
				for (const f of result.privacy) {
					io.stdout(`  ${f.line + 1}:${f.column + 1}  ${translate(lang, `privacy.kind.${f.kind}`)}: "${f.match}"\n`);
				}
			}
		}
		if (parsed.values.json) io.stdout(`${JSON.stringify(out, null, 2)}\n`);
		return failed ? EXIT.failure : EXIT.ok;
	},
};

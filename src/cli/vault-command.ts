/**
 * The start every command over a vault folder shares: its arguments read (`--help` answered, `--lang`
 * checked, one vault folder and the command's own positionals counted), then the vault loaded with
 * its settings problems and refused journal folders reported on stderr. Mistakes print the usage
 * line and end the command with the right exit code.
 */
import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../core/domain';
import { translate } from '../core/i18n';
import { parseCommandArgs, parseLang, type Parsed } from './args';
import { EXIT, usageError, type CliCommand, type CliIO } from './command';
import { loadVault, type LoadedVault } from './vault';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<T extends Options> = Extract<Parsed<T>, { ok: true }>['values'];

/** Read arguments, or the exit code the command ends with. */
export type VaultArgs<T extends Options> =
	| { readonly ok: true; readonly values: Values<T>; readonly lang: Lang | undefined; readonly dir: string; readonly rest: readonly string[] }
	| { readonly ok: false; readonly exit: number };

/**
 * Parses a vault command's arguments: the vault folder first, then exactly `rest.count` more
 * positionals (`rest.message` says what to give when they are not there).
 */
export function readVaultArgs<T extends Options>(
	command: Pick<CliCommand, 'name' | 'usage'>,
	args: readonly string[],
	io: CliIO,
	options: T,
	rest: { readonly count: number; readonly message: string } = { count: 0, message: 'give exactly one vault folder' },
): VaultArgs<T> {
	const parsed = parseCommandArgs(args, options);
	if (!parsed.ok) return { ok: false, exit: usageError(io, command, parsed.error) };
	if ((parsed.values as { help?: boolean }).help) {
		io.stdout(`Usage: node dist/cli.js ${command.usage}\n`);
		return { ok: false, exit: EXIT.ok };
	}
	const lang = parseLang((parsed.values as { lang?: string }).lang);
	if (!lang.ok) return { ok: false, exit: usageError(io, command, lang.error) };
	const [dir, ...others] = parsed.positionals;
	if (!dir || others.length !== rest.count) return { ok: false, exit: usageError(io, command, rest.message) };
	return { ok: true, values: parsed.values, lang: lang.lang, dir, rest: others };
}

/** Loads the vault for a command and reports what was wrong with its settings; null (said on stderr) when it cannot be read. */
export function openVault(
	command: Pick<CliCommand, 'name'>,
	io: CliIO,
	args: { readonly dir: string; readonly lang: Lang | undefined; readonly values: { readonly 'journal-folder'?: string[] | undefined } },
): LoadedVault | null {
	const loaded = loadVault(args.dir, { journalFolders: args.values['journal-folder'], lang: args.lang });
	if (!loaded.ok) {
		io.stderr(`${command.name}: ${loaded.error}\n`);
		return null;
	}
	const { vault } = loaded;
	for (const problem of [...vault.settingsProblems, ...vault.refusedFolders.map((f) => `journal folder refused: ${f}`)]) {
		io.stderr(`${command.name}: ${problem}\n`);
	}
	for (const folder of vault.missingFolders) io.stderr(`${command.name}: ${translate(vault.lang, 'folder.missing', { folder })}\n`);
	// One unreadable file or folder never stops the command: it is named, and the rest is read.
	for (const file of vault.skippedFiles) {
		const why = file.why === 'binary' ? translate(vault.lang, 'file.binary') : translate(vault.lang, 'file.unreadable', { reason: file.detail ?? '' });
		io.stderr(`${command.name}: ${file.path}: ${why}\n`);
	}
	return vault;
}

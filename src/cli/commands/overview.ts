import { translator } from '../../core/i18n';
import { formatOverview, overviewOf } from '../../core/overview';
import { VAULT_OPTIONS, parseCommandArgs, parseLang } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { loadVault } from '../vault';

/** `overview <vault>`: the journal notes found, by gaze and month. */
export const command: CliCommand = {
	name: 'overview',
	summary: 'The journal notes found in a vault, by gaze and month.',
	usage: 'overview <vault> [--journal-folder F]... [--lang da|en] [--json]',
	async run(args, io) {
		const parsed = parseCommandArgs(args, VAULT_OPTIONS);
		if (!parsed.ok) return usageError(io, this, parsed.error);
		if (parsed.values.help) {
			io.stdout(`Usage: node dist/cli.js ${this.usage}\n`);
			return EXIT.ok;
		}
		const lang = parseLang(parsed.values.lang);
		if (!lang.ok) return usageError(io, this, lang.error);
		const [dir, ...extra] = parsed.positionals;
		if (!dir || extra.length > 0) return usageError(io, this, 'give exactly one vault folder');
		const loaded = loadVault(dir, { journalFolders: parsed.values['journal-folder'], lang: lang.lang });
		if (!loaded.ok) {
			io.stderr(`overview: ${loaded.error}\n`);
			return EXIT.failure;
		}
		const { vault } = loaded;
		for (const problem of [...vault.settingsProblems, ...vault.refusedFolders.map((f) => `journal folder refused: ${f}`)]) {
			io.stderr(`overview: ${problem}\n`);
		}
		const overview = overviewOf(vault.index.notes(), vault.index.skipped());
		io.stdout(parsed.values.json ? JSON.stringify(overview, null, 2) + '\n' : formatOverview(overview, translator(vault.lang)));
		return EXIT.ok;
	},
};

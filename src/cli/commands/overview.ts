import { translator } from '../../core/i18n';
import { formatOverview, overviewOf } from '../../core/overview';
import { VAULT_OPTIONS } from '../args';
import { EXIT, type CliCommand } from '../command';
import { openVault, readVaultArgs } from '../vault-command';

/** `overview <vault>`: the journal notes found, by gaze and month. */
export const command: CliCommand = {
	name: 'overview',
	summary: 'The journal notes found in a vault, by gaze and month.',
	usage: 'overview <vault> [--journal-folder F]... [--lang da|en] [--json]',
	async run(args, io) {
		const parsed = readVaultArgs(this, args, io, VAULT_OPTIONS);
		if (!parsed.ok) return parsed.exit;
		const vault = openVault(this, io, parsed);
		if (!vault) return EXIT.failure;
		const overview = overviewOf(vault.index.notes(), vault.index.skipped());
		io.stdout(parsed.values.json ? JSON.stringify(overview, null, 2) + '\n' : formatOverview(overview, translator(vault.lang)));
		return EXIT.ok;
	},
};

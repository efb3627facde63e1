import { translator } from '../../core/i18n';
import { isIsoDay } from '../../core/reflection/period';
import { formatLookback } from '../../core/time/lookback-text';
import { lookBack, lookbackJson } from '../../core/time/lookback';
import { localIsoDate } from '../../core/note-parser';
import { VAULT_OPTIONS } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { openVault, readVaultArgs } from '../vault-command';

const OPTIONS = { ...VAULT_OPTIONS, date: { type: 'string' } } as const;

/** `lookback <vault> [--date YYYY-MM-DD]`: the notes of the same week a month, a quarter and a year before. */
export const command: CliCommand = {
	name: 'lookback',
	summary: 'What you wrote the same week a month, a quarter and a year before a day (default today).',
	usage: 'lookback <vault> [--date YYYY-MM-DD] [--journal-folder F]... [--lang da|en] [--json]',
	async run(args, io) {
		const parsed = readVaultArgs(this, args, io, OPTIONS);
		if (!parsed.ok) return parsed.exit;
		const day = parsed.values.date ?? localIsoDate(Date.now());
		if (!isIsoDay(day)) return usageError(io, this, `--date must be a day written YYYY-MM-DD, not "${day}"`);
		const vault = openVault(this, io, parsed);
		if (!vault) return EXIT.failure;
		const result = lookBack(vault.index.notes(), day);
		io.stdout(parsed.values.json ? JSON.stringify(lookbackJson(result), null, 2) + '\n' : formatLookback(result, day, translator(vault.lang), vault.lang));
		return EXIT.ok;
	},
};

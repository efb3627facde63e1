import { realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { translate } from '../../core/i18n';
import { tagLang } from '../../core/settings';
import { isoDay } from '../../core/supervision/dates';
import { prepareSupervision } from '../../core/supervision/prepare';
import { removeCprLike } from '../../core/supervision/protect';
import { supervisionServices } from '../../core/supervision/services';
import { VAULT_OPTIONS } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { openVault, readVaultArgs } from '../vault-command';

const OPTIONS = {
	...VAULT_OPTIONS,
	from: { type: 'string' },
	to: { type: 'string' },
	question: { type: 'string' },
	out: { type: 'string' },
	note: { type: 'string', multiple: true },
	search: { type: 'string' },
	today: { type: 'string' },
	'keep-names': { type: 'boolean' },
} as const;

/** `supervision <vault>`: the supervision-preparation note for a period, on stdout or in a new file. */
export const command: CliCommand = {
	name: 'supervision',
	summary: 'A supervision-preparation note for a period (pseudonymised; CPR numbers always removed).',
	usage: [
		'supervision <vault> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--question "…"] [--lang da|en] [--out FILE]',
		'       [--note PATH]... [--search "…"] [--today YYYY-MM-DD] [--keep-names] [--journal-folder F]... [--json]',
		'  Without --from: since the last supervision preparation, else the last 4 weeks. Without --note: the',
		'  five best suggestions (marked notes, search hits, language-watch flags, open follow-ups).',
		'  --out FILE is a path in the vault (relative to the vault folder); a path that leaves the vault is refused',
		'  (exit 3), and so is an existing file: --out never overwrites.',
	].join('\n'),
	async run(args, io) {
		const parsed = readVaultArgs(this, args, io, OPTIONS);
		if (!parsed.ok) return parsed.exit;
		const { values } = parsed;
		const vault = openVault(this, io, parsed);
		if (!vault) return EXIT.failure;
		const today = values.today ?? isoDay(new Date());
		const services = supervisionServices(vault.settings, vault.lang);
		const result = prepareSupervision(
			[...vault.index.notes()],
			{
				today,
				from: values.from ?? null,
				to: values.to ?? null,
				question: values.question ?? '',
				// A path as typed (NFC) names the note whatever normal form its name has on disk.
				material: values.note ? values.note.map((p) => p.replace(/\\/g, '/')).map((p) => vault.index.resolvePath(p) ?? p) : null,
				searchQuery: values.search ?? null,
				lang: vault.lang,
				tagLang: tagLang(vault.settings, vault.lang),
				pseudonymise: !values['keep-names'],
			},
			services,
		);
		if (!result.ok) {
			const error = result.error;
			return usageError(io, this, translate('en', `supervision.period.error.${error.kind}`, error.kind === 'invalid-date' ? { value: error.value } : { from: error.from, to: error.to }));
		}
		const { preparation, period, material } = result;
		for (const path of preparation.unknownMaterial) io.stderr(`supervision: not a journal note, left out: ${path}\n`);
		if (!preparation.pseudonymised && !values['keep-names']) {
			io.stderr('supervision: names are NOT pseudonymised (the privacy module is not available in this build); CPR numbers are removed.\n');
		}
		if (values.search && !services.search) io.stderr('supervision: --search is not available in this build (search has not landed); ignored.\n');
		// Paths in the JSON pass the CPR guard too: a CPR number in a file name must not leave the vault.
		const guard = (path: string): string => removeCprLike(path, vault.lang);
		const guardedPeriod = period.lastPreparation ? { ...period, lastPreparation: { ...period.lastPreparation, path: guard(period.lastPreparation.path) } } : period;
		const json = { period: guardedPeriod, material: material.map(guard), pseudonymised: preparation.pseudonymised, text: preparation.text };
		const output = values.json ? `${JSON.stringify(json, null, 2)}\n` : preparation.text;
		if (values.out === undefined) {
			io.stdout(output);
			return EXIT.ok;
		}
		// Inside the vault, as the plugin writes it: relative to the vault folder; never outside it.
		const target = insideVault(vault.root, values.out);
		if (!target) {
			io.stderr(`supervision: ${translate(vault.lang, 'file.outsideVault', { path: values.out })}\n`);
			return EXIT.refused;
		}
		try {
			writeFileSync(target, output, { encoding: 'utf8', flag: 'wx' });
		} catch (error) {
			const code = error instanceof Error && 'code' in error ? error.code : undefined;
			if (code === 'EEXIST') {
				io.stderr(`supervision: ${values.out} already exists; refused, nothing was written (choose another --out).\n`);
				return EXIT.refused;
			}
			io.stderr(`supervision: could not write ${values.out}: ${error instanceof Error ? error.message : String(error)}\n`);
			return EXIT.failure;
		}
		io.stderr(`supervision: wrote ${values.out} (${period.from} to ${period.to}, ${material.length} notes)\n`);
		return EXIT.ok;
	},
};

/**
 * Where `--out` points, resolved against the vault folder, or null when it leaves the vault: by
 * `..`, by an absolute path elsewhere, or through a symlinked folder that points outside.
 */
export function insideVault(root: string, out: string): string | null {
	const within = (base: string, path: string): boolean => {
		const rel = relative(base, path);
		return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
	};
	const target = resolve(root, out);
	if (!within(root, target)) return null;
	try {
		if (!within(realpathSync(root), `${realpathSync(dirname(target))}/x`)) return null;
	} catch {
		// The folder does not exist: writing will fail and say so.
	}
	return target;
}

import { computeReflection, customPeriod, reflectionSections, isIsoDay, reflectionJson, reflectionMarkdown, reflectionText } from '../../core/reflection';
import { localIsoDate } from '../../core/note-parser';
import { tagLang } from '../../core/settings';
import { VAULT_OPTIONS } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { openVault, readVaultArgs } from '../vault-command';

const OPTIONS = {
	...VAULT_OPTIONS,
	from: { type: 'string' },
	to: { type: 'string' },
	today: { type: 'string' },
	md: { type: 'boolean' },
} as const;

/** `report <vault>`: the mirror over a folder, as text, the note it would save (--md), or figures (--json). */
export const command: CliCommand = {
	name: 'report',
	summary: 'The mirror (self-reflection) over a vault: gazes, double perspective, questions, tools, follow-ups, prompts.',
	usage: 'report <vault> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--today YYYY-MM-DD] [--json|--md] [--lang da|en] [--journal-folder F]...',
	async run(args, io) {
		const parsed = readVaultArgs(this, args, io, OPTIONS);
		if (!parsed.ok) return parsed.exit;
		const { values } = parsed;
		if (values.json && values.md) return usageError(io, this, 'give --json or --md, not both');
		for (const [name, value] of [['--from', values.from], ['--to', values.to], ['--today', values.today]] as const) {
			if (value !== undefined && !isIsoDay(value)) return usageError(io, this, `${name} must be a day written YYYY-MM-DD, not "${value}"`);
		}
		if (values.from !== undefined && values.to !== undefined) {
			const period = customPeriod(values.from, values.to);
			if (!period.ok) return usageError(io, this, `--from (${values.from}) is after --to (${values.to})`);
		}
		const vault = openVault(this, io, parsed);
		if (!vault) return EXIT.failure;
		for (const skipped of vault.index.skipped()) io.stderr(`report: skipped ${skipped.path}: ${skipped.reason}\n`);
		const today = values.today ?? localIsoDate(Date.now());
		const sections = reflectionSections({ languageWatch: vault.settings.languageWatch, supervisionCadenceWeeks: vault.settings.supervision.cadenceWeeks });
		const reflection = computeReflection(vault.index.notes(), { from: values.from ?? null, to: values.to ?? null, today, sections });
		if (values.json) io.stdout(JSON.stringify(reflectionJson(reflection, vault.lang), null, 2) + '\n');
		else if (values.md) io.stdout(reflectionMarkdown(reflection, { lang: vault.lang, tagLang: tagLang(vault.settings, vault.lang) }));
		else io.stdout(reflectionText(reflection, vault.lang));
		return EXIT.ok;
	},
};

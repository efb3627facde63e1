/** Parsing a subcommand's arguments with Node's own `util.parseArgs`; mistakes are values. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Lang } from '../core/domain';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parsed arguments, or a readable usage error. */
export type Parsed<T extends Options> =
	| { readonly ok: true; readonly values: ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values']; readonly positionals: string[] }
	| { readonly ok: false; readonly error: string };

/** Parses `args` against `options`; unknown flags and missing values are usage errors. */
export function parseCommandArgs<T extends Options>(args: readonly string[], options: T): Parsed<T> {
	try {
		const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
		return { ok: true, values, positionals };
	} catch (error) {
		return { ok: false, error: error instanceof Error ? error.message : String(error) };
	}
}

/** Reads `--lang`; undefined when absent, an error for anything but da or en. */
export function parseLang(value: string | undefined): { ok: true; lang: Lang | undefined } | { ok: false; error: string } {
	if (value === undefined) return { ok: true, lang: undefined };
	if (value === 'da' || value === 'en') return { ok: true, lang: value };
	return { ok: false, error: `--lang must be da or en, not "${value}"` };
}

/** The options every vault command takes. */
export const VAULT_OPTIONS = {
	'journal-folder': { type: 'string', multiple: true },
	lang: { type: 'string' },
	json: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

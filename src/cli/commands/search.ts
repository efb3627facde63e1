import { translator, type Translate } from '../../core/i18n';
import { SearchIndex, type SearchResult } from '../../core/search/search-index';
import { VAULT_OPTIONS } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { openVault, readVaultArgs } from '../vault-command';

const OPTIONS = { ...VAULT_OPTIONS, limit: { type: 'string' } } as const;

/** `search <vault> "<query>"`: the journal notes that match, best first, as text or JSON. */
export const command: CliCommand = {
	name: 'search',
	summary: 'Search the journal notes of a vault (Danish-aware; filters such as blik:selv, fra:2026-01).',
	usage: 'search <vault> "<query>" [--limit N] [--journal-folder F]... [--lang da|en] [--json]',
	async run(args, io) {
		const parsed = readVaultArgs(this, args, io, OPTIONS, { count: 1, message: 'give one vault folder and one query (quote it)' });
		if (!parsed.ok) return parsed.exit;
		const query = parsed.rest[0] ?? '';
		const limit = parsed.values.limit === undefined ? 20 : Number(parsed.values.limit);
		if (!Number.isInteger(limit) || limit < 1) return usageError(io, this, `--limit must be a whole number of at least 1, not "${parsed.values.limit}"`);
		const vault = openVault(this, io, parsed);
		if (!vault) return EXIT.failure;
		const t = translator(vault.lang);
		const outcome = SearchIndex.buildFrom(vault.index.notes()).search(query, { limit });
		for (const hint of outcome.hints) io.stderr(`search: ${t(hint.key, hint.vars)}\n`);
		if (outcome.suggestion !== undefined) io.stderr(`search: ${t('search.didYouMean', { query: outcome.suggestion.trim() })}\n`);
		if (query.trim() === '') return EXIT.usage;
		if (parsed.values.json) {
			const rows = outcome.results.map((r) => ({
				path: r.path,
				score: Math.round(r.score * 1000) / 1000,
				date: r.date,
				gazes: r.gazes,
				kind: r.kind,
				snippet: r.snippet,
				matchedWords: r.matchedWords,
			}));
			io.stdout(JSON.stringify(rows, null, 2) + '\n');
		} else {
			io.stdout(formatResults(outcome.results, t));
		}
		return EXIT.ok;
	},
};

/** Plain text: one block per result, matched words between `**`. */
export function formatResults(results: readonly SearchResult[], t: Translate): string {
	if (results.length === 0) return `${t('search.noResults')}\n`;
	return results
		.map((r) => {
			const gazes = r.gazes.map((g) => t(`gaze.${g}.short`)).join(', ');
			const kind = r.kind ? t(`kind.${r.kind}`) : '';
			const head = [r.date ?? t('search.undated'), r.path, [gazes, kind].filter((s) => s !== '').join(' · ')].filter((s) => s !== '').join('  ');
			const matched = r.wordCount > 1 ? `    ${t('search.matched', { count: r.matchedWords.length, total: r.wordCount, words: r.matchedWords.join(', ') })}\n` : '';
			return `${head}\n${matched}    ${marked(r.snippet, r.matches)}\n`;
		})
		.join('');
}

function marked(text: string, matches: SearchResult['matches']): string {
	let out = '';
	let at = 0;
	for (const m of matches) {
		out += `${text.slice(at, m.start)}**${text.slice(m.start, m.end)}**`;
		at = m.end;
	}
	return out + text.slice(at);
}

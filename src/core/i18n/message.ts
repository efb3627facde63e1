/**
 * Filling a UI string: `{name}` slots, and plural choices where a count meets a noun, written as in
 * ICU MessageFormat so translators know the form:
 *
 *     '{count, plural, one {# note} other {# noter}}'
 *
 * `#` in a branch is the number; a branch may hold other `{slots}`. The branch is chosen by an exact
 * `=N` first, then by the language's plural rule (`Intl.PluralRules`: Danish and English both have
 * `one` and `other`), then `other`. Only this subset of ICU is supported; a library for the full
 * syntax (intl-messageformat) would weigh more than the rest of the i18n together, for one form.
 */
import type { Lang } from '../domain';

/** Values put into a string's `{name}` slots. */
export type Vars = Readonly<Record<string, string | number>>;

const RULES: Partial<Record<Lang, Intl.PluralRules>> = {};

function pluralRules(lang: Lang): Intl.PluralRules {
	const cached = RULES[lang];
	if (cached) return cached;
	const rules = new Intl.PluralRules(lang);
	RULES[lang] = rules;
	return rules;
}

/** The index of the `}` that closes the `{` at `open`, or -1 when it is not closed. */
function closingBrace(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}') {
			depth--;
			if (depth === 0) return i;
		}
	}
	return -1;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;
const SELECTOR = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;

/** The branches of a plural body (`one {…} other {…}`), by selector; null when it is malformed. */
function pluralBranches(body: string): Map<string, string> | null {
	const branches = new Map<string, string>();
	let rest = body;
	while (rest.trim() !== '') {
		const m = SELECTOR.exec(rest);
		if (!m) return null;
		const open = m[0].length - 1;
		const close = closingBrace(rest, open);
		if (close < 0) return null;
		branches.set(m[1] as string, rest.slice(open + 1, close));
		rest = rest.slice(close + 1);
	}
	return branches.has('other') ? branches : null;
}

/** The names of a string's slots, plain and plural, sorted (for checks that both languages agree). */
export function slotNames(template: string): string[] {
	const names = new Set<string>();
	for (let i = 0; i < template.length; i++) {
		if (template[i] !== '{') continue;
		const close = closingBrace(template, i);
		if (close < 0) break;
		const inner = template.slice(i + 1, close);
		const plural = PLURAL_HEAD.exec(inner);
		if (plural) {
			names.add(plural[1] as string);
			for (const branch of pluralBranches(inner.slice(plural[0].length))?.values() ?? []) for (const n of slotNames(branch)) names.add(n);
			i = close;
		} else if (/^\w+$/.test(inner)) names.add(inner);
	}
	return [...names].sort();
}

/** True when the string chooses a form by the count in `name` (`{name, plural, …}`). */
export function hasPlural(template: string, name: string): boolean {
	return new RegExp(`\\{\\s*${name}\\s*,\\s*plural\\s*,`).test(template);
}

/**
 * Fills `{name}` slots and `{name, plural, …}` choices. A slot with no value, or a plural whose value
 * is not a number, stays exactly as written (visible, never a crash).
 */
export function formatMessage(lang: Lang, template: string, vars: Vars): string {
	let out = '';
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf('{', i);
		if (open < 0) break;
		const close = closingBrace(template, open);
		if (close < 0) break;
		out += template.slice(i, open);
		out += fillOne(lang, template.slice(open, close + 1), vars);
		i = close + 1;
	}
	return out + template.slice(i);
}

function fillOne(lang: Lang, whole: string, vars: Vars): string {
	const inner = whole.slice(1, -1);
	const plural = PLURAL_HEAD.exec(inner);
	if (!plural) {
		const value = /^\w+$/.test(inner) ? vars[inner] : undefined;
		return value === undefined ? whole : String(value);
	}
	const raw = vars[plural[1] as string];
	const n = typeof raw === 'number' ? raw : Number(raw);
	const branches = pluralBranches(inner.slice(plural[0].length));
	if (raw === undefined || !Number.isFinite(n) || !branches) return whole;
	const branch = branches.get(`=${n}`) ?? branches.get(pluralRules(lang).select(n)) ?? branches.get('other') ?? '';
	return formatMessage(lang, replaceHash(branch, String(raw)), vars);
}

/** `#` outside nested braces becomes the number; a nested plural keeps its own `#`. */
function replaceHash(branch: string, value: string): string {
	let out = '';
	let depth = 0;
	for (const ch of branch) {
		if (ch === '{') depth++;
		else if (ch === '}') depth--;
		out += ch === '#' && depth === 0 ? value : ch;
	}
	return out;
}

/**
 * Completeness checks of the method catalogue, as data: every text in both languages, every list
 * translated item by item, every tool with guiding questions. Run by the tests; usable by any caller.
 */
import { LANGS } from '../domain';

/** One problem found in a catalogue entry, with the path to it (`tools[3].questions.en`). */
export interface CatalogueProblem {
	readonly path: string;
	readonly problem: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLanguageKeyed(value: Record<string, unknown>): boolean {
	return LANGS.some((lang) => lang in value);
}

function checkTexts(value: Record<string, unknown>, path: string, out: CatalogueProblem[]): void {
	const lists = LANGS.map((lang) => value[lang]);
	for (const lang of LANGS) {
		if (!(lang in value)) out.push({ path, problem: `missing ${lang}` });
	}
	for (const lang of LANGS) {
		const text = value[lang];
		const items = Array.isArray(text) ? (text as unknown[]) : [text];
		items.forEach((item, i) => {
			const where = Array.isArray(text) ? `${path}.${lang}[${i}]` : `${path}.${lang}`;
			if (typeof item !== 'string') out.push({ path: where, problem: 'not text' });
			else if (item !== item.trim()) out.push({ path: where, problem: 'leading or trailing space' });
		});
	}
	if (lists.every(Array.isArray)) {
		const lengths = new Set(lists.map((l) => (l as unknown[]).length));
		if (lengths.size > 1) out.push({ path, problem: 'the languages have a different number of items' });
	}
}

/**
 * Walks any catalogue value and reports texts that are missing in a language, not text, or lists
 * whose translations differ in length. `allowEmpty` names fields that may be empty in both languages.
 */
export function checkBilingual(value: unknown, path = '', allowEmpty: readonly string[] = ['origin', 'addition', 'opener', 'why']): CatalogueProblem[] {
	const out: CatalogueProblem[] = [];
	const visit = (v: unknown, p: string, key: string): void => {
		if (Array.isArray(v)) {
			v.forEach((item, i) => visit(item, `${p}[${i}]`, key));
			return;
		}
		if (!isRecord(v)) return;
		if (isLanguageKeyed(v)) {
			checkTexts(v, p, out);
			const empty = LANGS.filter((lang) => v[lang] === '' || (Array.isArray(v[lang]) && (v[lang] as unknown[]).length === 0));
			if (empty.length > 0 && !(allowEmpty.includes(key) && empty.length === LANGS.length)) {
				out.push({ path: p, problem: `empty in ${empty.join(', ')}` });
			}
			return;
		}
		for (const [k, child] of Object.entries(v)) visit(child, p ? `${p}.${k}` : k, k);
	};
	visit(value, path, '');
	return out;
}

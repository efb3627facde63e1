/**
 * A ready Bases file (`.base`, Obsidian 1.9+) for the journal: a table by date with gazes, kind and
 * tools, a cards view, and the self check-ins' ratings. Plain YAML in Obsidian's own Bases syntax, so
 * she can change it in Obsidian like any base; the plugin writes it once and never overwrites it.
 */
import { GAZES, GAZE_TAG_VOCABULARY, KIND_VOCABULARY, type Lang } from '../domain';

/** Every gaze tag in both vocabularies: a note carrying one is a journal note wherever it lies. */
const GAZE_TAGS: readonly string[] = (['da', 'en'] as const).flatMap((l) => GAZES.map((g) => `${GAZE_TAG_VOCABULARY[l].root}/${GAZE_TAG_VOCABULARY[l].leaves[g]}`));

/** A double-quoted YAML/Bases string. */
function quoted(text: string): string {
	return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The `.base` file's text for these journal folders, its view names in `lang`. */
export function journalBaseText(folders: readonly string[], lang: Lang): string {
	const names =
		lang === 'da'
			? { table: 'Journal efter dato', cards: 'Kort', checkIns: 'Selvtjek', date: 'Dato', kind: 'Type', tools: 'Værktøjer', tags: 'Blik og tags', energy: 'Energi', strain: 'Belastning' }
			: { table: 'Journal by date', cards: 'Cards', checkIns: 'Self check-ins', date: 'Date', kind: 'Kind', tools: 'Tools', tags: 'Gazes and tags', energy: 'Energy', strain: 'Strain' };
	const selfCheckIn = KIND_VOCABULARY['self-check-in'];
	const inJournal = [...folders.map((f) => `    - file.inFolder(${quoted(f)})`), ...GAZE_TAGS.map((tag) => `    - file.hasTag(${quoted(tag)})`)];
	return [
		'# Made by Three Gazes (Tre blikke). Change it freely: the plugin never overwrites this file.',
		'filters:',
		'  and:',
		'    - file.ext == "md"',
		'    - or:',
		...inJournal.map((line) => `  ${line}`),
		'properties:',
		`  note.date:\n    displayName: ${quoted(names.date)}`,
		`  note.kind:\n    displayName: ${quoted(names.kind)}`,
		`  note.tools:\n    displayName: ${quoted(names.tools)}`,
		`  file.tags:\n    displayName: ${quoted(names.tags)}`,
		`  note.rating-energy:\n    displayName: ${quoted(names.energy)}`,
		`  note.rating-strain:\n    displayName: ${quoted(names.strain)}`,
		'views:',
		'  - type: table',
		`    name: ${quoted(names.table)}`,
		'    order:',
		'      - file.name',
		'      - note.date',
		'      - file.tags',
		'      - note.kind',
		'      - note.tools',
		'    sort:',
		'      - property: note.date',
		'        direction: DESC',
		'  - type: cards',
		`    name: ${quoted(names.cards)}`,
		'    order:',
		'      - file.name',
		'      - note.date',
		'      - file.tags',
		'      - note.kind',
		'    sort:',
		'      - property: note.date',
		'        direction: DESC',
		'  - type: table',
		`    name: ${quoted(names.checkIns)}`,
		'    filters:',
		'      or:',
		`        - 'kind == ${quoted(selfCheckIn.da)}'`,
		`        - 'kind == ${quoted(selfCheckIn.en)}'`,
		'    order:',
		'      - file.name',
		'      - note.date',
		'      - note.rating-leadership-effect',
		'      - note.rating-facilitator-role',
		'      - note.rating-systematic-meetings',
		'      - note.rating-shared-foundation',
		'      - note.rating-energy',
		'      - note.rating-strain',
		'    sort:',
		'      - property: note.date',
		'        direction: ASC',
		'',
	].join('\n');
}

/** The file name of the base in her language. */
export function journalBaseName(lang: Lang): string {
	return lang === 'da' ? 'Tre blikke journal.base' : 'Three Gazes journal.base';
}

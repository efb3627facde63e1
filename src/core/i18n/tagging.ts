import type { LocaleTable } from './types';

/** Strings of gaze tagging: suggestions, the tag modal, bulk tagging, refusals of unsafe writes. */
export const TAGGING_STRINGS = {
	da: {
		'tagging.refused.unclosed': 'Noten begynder med --- men har ingen afsluttende --- linje, så det er uklart, hvor egenskaberne slutter.',
		'tagging.refused.not-first-line': 'Der står en ---blok, som ikke begynder på allerførste linje. Obsidian læser den ikke som egenskaber, og et nyt felt ville gøre det værre. Flyt --- op på første linje.',
		'tagging.refused.malformed': 'Egenskaberne (YAML) kan ikke læses: {detail}',
		'tagging.refused.duplicate-keys': 'Egenskaberne har den samme nøgle to gange, så det er uklart, hvilken der gælder.',
		'tagging.refused.not-a-map': 'Egenskaberne er ikke skrevet som én egenskab pr. linje (nøgle: værdi).',
		'tagging.refused.tab-indent': 'Egenskaberne er indrykket med tabulator, hvilket YAML ikke tillader. Brug mellemrum.',
		'tagging.refused.alias': 'Tags er givet gennem et YAML-anker eller -alias (& eller *). Det kan ikke ændres sikkert her.',
		'tagging.refused.merge-key': 'Egenskaberne bruger en flettenøgle (<<), så tags kan komme et andet sted fra.',
		'tagging.refused.tags-map': 'Egenskaben tags er skrevet som nøgler og værdier, ikke som en liste.',
		'tagging.refused.tags-text': 'Egenskaben tags er en tekst med flere ord ({value}). Lav den om til en liste, så tags kan tilføjes sikkert.',
		'tagging.refused.tags-item': 'Listen i tags indeholder noget, som ikke er et tag (en tom linje, en liste eller nøgler).',
		'tagging.refused.several-tag-keys': 'Noten har både tags og tag (eller Tags) som egenskaber, så det er uklart, hvor bliktags hører til.',
		'tagging.refused.inline-tag': 'Blikket står som {tag} inde i teksten. Tre blikke ændrer ikke din tekst; fjern tagget der.',
		'tagging.refused.unsafe': 'Ændringen kunne ikke laves uden at røre andet i noten.',
	},
	en: {
		'tagging.refused.unclosed': 'The note starts with --- but has no closing --- line, so it is unclear where the properties end.',
		'tagging.refused.not-first-line': 'There is a --- block that does not start on the very first line. Obsidian does not read it as properties, and a new one would make it worse. Move --- to the first line.',
		'tagging.refused.malformed': 'The properties (YAML) cannot be read: {detail}',
		'tagging.refused.duplicate-keys': 'The properties have the same key twice, so it is unclear which one counts.',
		'tagging.refused.not-a-map': 'The properties are not written as one property per line (key: value).',
		'tagging.refused.tab-indent': 'The properties are indented with tabs, which YAML does not allow. Use spaces.',
		'tagging.refused.alias': 'The tags are given through a YAML anchor or alias (& or *). That cannot be changed safely here.',
		'tagging.refused.merge-key': 'The properties use a merge key (<<), so tags may come from elsewhere.',
		'tagging.refused.tags-map': 'The tags property is written as keys and values, not as a list.',
		'tagging.refused.tags-text': 'The tags property is a text of several words ({value}). Make it a list so tags can be added safely.',
		'tagging.refused.tags-item': 'The tags list holds something that is not a tag (an empty entry, a list or keys).',
		'tagging.refused.several-tag-keys': 'The note has both tags and tag (or Tags) as properties, so it is unclear where gaze tags belong.',
		'tagging.refused.inline-tag': 'The gaze is given as {tag} in the text. Three Gazes does not change your text; remove the tag there.',
		'tagging.refused.unsafe': 'The change could not be made without touching something else in the note.',
	},
} as const satisfies LocaleTable;

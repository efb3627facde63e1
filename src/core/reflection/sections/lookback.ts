/**
 * 9. Look back: what she wrote the same ISO week a month, a quarter and a year before today, each note
 * with its gazes and first lines (`time/lookback.ts` finds them; the "Look back" command shows the same
 * for the open note's day).
 */
import { lookBack, lookbackJson, lookbackWindows, type LookbackResult } from '../../time/lookback';
import { formatDay } from '../period';
import type { Block, SectionDefinition } from '../types';

export const LOOKBACK_SECTION: SectionDefinition<readonly LookbackResult[]> = {
	id: 'lookback',
	compute(input) {
		// Only notes she wrote: the windows' notes are found by date first, then the untouched left out.
		const windows = lookbackWindows(input.period.today);
		const inWindows = input.dated.filter((n) => windows.some((w) => (n.date as string) >= w.from && (n.date as string) <= w.to));
		return lookBack(
			inWindows.filter((n) => !input.untouched(n)),
			input.period.today,
		);
	},
	view(result, t, lang) {
		const blocks: Block[] = [];
		for (const w of result) {
			const caption = `${t(`time.lookback.span.${w.span}`)} (${formatDay(w.from, lang)} – ${formatDay(w.to, lang)})`;
			if (w.notes.length === 0) {
				blocks.push({ kind: 'list', caption, items: [{ text: t('time.lookback.none'), paths: [] }] });
				continue;
			}
			blocks.push({
				kind: 'list',
				caption,
				items: w.notes.map((n) => {
					const gazes = n.gazes.map((g) => t(`gaze.${g}.short`)).join(', ');
					const head = `${formatDay(n.date, lang)}: ${n.title}${gazes ? ` (${gazes})` : ''}`;
					return { text: n.firstLines ? `${head}. ${n.firstLines}` : head, paths: [n.path] };
				}),
			});
		}
		return { id: 'lookback', title: t('time.lookback.title'), intro: t('time.lookback.intro'), blocks };
	},
	json(result) {
		return { lookback: lookbackJson(result) };
	},
	prompts() {
		return [];
	},
};

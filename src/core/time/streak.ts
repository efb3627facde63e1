/**
 * Weekly rhythm: weeks in a row with at least one entry. A leader's rhythm is weekly, not daily, so a
 * streak counts ISO weeks (Monday to Sunday). The current streak still stands while this week has no
 * entry yet (it is not over until Sunday): it then ends with last week.
 */
import { dayNumber } from '../reflection/period';

/** The current and the longest run of weeks with entries. */
export interface WeekStreaks {
	/** Weeks in a row up to this week (or last week, while this week has no entry yet); 0 when neither has one. */
	readonly current: number;
	/** The longest run of weeks in a row with at least one entry, ever. */
	readonly longest: number;
}

/** A Monday-based week number: the same for the seven days of an ISO week. */
export function weekIndex(day: string): number {
	// 1970-01-01 was a Thursday: shifting by 3 makes every Monday start a new multiple of 7.
	return Math.floor((dayNumber(day) + 3) / 7);
}

/** The streaks of the given entry days (any order; days after `today` are ignored). */
export function weekStreaks(days: Iterable<string>, today: string): WeekStreaks {
	const thisWeek = weekIndex(today);
	const weeks = new Set<number>();
	for (const day of days) {
		const w = weekIndex(day);
		if (w <= thisWeek) weeks.add(w);
	}
	const sorted = [...weeks].sort((a, b) => a - b);
	let longest = 0;
	let run = 0;
	for (let i = 0; i < sorted.length; i++) {
		run = i > 0 && sorted[i] === (sorted[i - 1] as number) + 1 ? run + 1 : 1;
		if (run > longest) longest = run;
	}
	let current = 0;
	for (let w = weeks.has(thisWeek) ? thisWeek : thisWeek - 1; weeks.has(w); w--) current++;
	return { current, longest };
}

/**
 * "Record supervision outcome": takeaways, next steps and a revisit task with a due date, added to the
 * preparation note's "afterwards" section. Only new lines are inserted; every existing byte stays
 * (line endings, a BOM, a missing final newline are kept as they were, apart from the line break the
 * new lines need).
 */
import type { Lang } from '../domain';
import { translate } from '../i18n';
import { afterwardsHeadings } from './compose';
import { isIsoDay } from './dates';

/** What she brings back from supervision. */
export interface SupervisionOutcome {
	/** One takeaway per line. */
	readonly takeaways: string;
	/** One next step per line; each becomes an open task. */
	readonly nextSteps: string;
	/** When to look at it again, `YYYY-MM-DD`; becomes a task with that due date. Empty for none. */
	readonly revisitDate: string;
}

/** Why an outcome was refused. */
export type OutcomeError = { readonly kind: 'empty' } | { readonly kind: 'invalid-date'; readonly value: string };

/** The result of recording an outcome. */
export type OutcomeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: OutcomeError };

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;

function linesOf(value: string): string[] {
	return value
		.split(/\r\n?|\n/)
		.map((l) => l.replace(/^\s*(?:[-*+]\s+(?:\[.\]\s+)?)?/, '').trim())
		.filter(Boolean);
}

/** The new lines: takeaways as a list, next steps and the revisit as tasks. */
function outcomeBlock(outcome: SupervisionOutcome, today: string, lang: Lang): string[] {
	const t = (key: string, vars?: Record<string, string>): string => translate(lang, `supervision.outcome.${key}`, vars);
	const takeaways = linesOf(outcome.takeaways);
	const steps = linesOf(outcome.nextSteps);
	const block: string[] = ['', '', `*${t('recorded', { date: today })}*`];
	if (takeaways.length > 0) block.push('', `**${t('takeaways')}**`, ...takeaways.map((l) => `- ${l}`));
	if (steps.length > 0) block.push('', `**${t('nextSteps')}**`, ...steps.map((l) => `- [ ] ${l}`));
	if (outcome.revisitDate.trim()) block.push('', `- [ ] ${t('revisit')} 📅 ${outcome.revisitDate.trim()}`);
	return block;
}

/**
 * Adds the outcome to a preparation note: at the end of its "afterwards" section (`## Bagefter` /
 * `## Afterwards`, before the next heading of the same or a higher level), or at the end of the note
 * when it has no such section. Nothing else in the note changes.
 */
export function recordOutcome(noteText: string, outcome: SupervisionOutcome, options: { readonly today: string; readonly lang: Lang }): OutcomeResult {
	const revisit = outcome.revisitDate.trim();
	if (revisit && !isIsoDay(revisit)) return { ok: false, error: { kind: 'invalid-date', value: revisit } };
	if (!revisit && linesOf(outcome.takeaways).length === 0 && linesOf(outcome.nextSteps).length === 0) {
		return { ok: false, error: { kind: 'empty' } };
	}
	const eol = /\r\n/.test(noteText) ? '\r\n' : '\n';
	const block = outcomeBlock(outcome, options.today, options.lang);

	// Line boundaries of the original text: [start, endWithoutBreak, endWithBreak].
	const lines: { start: number; end: number; next: number; text: string }[] = [];
	for (let pos = 0; pos <= noteText.length; ) {
		const nl = noteText.indexOf('\n', pos);
		const next = nl < 0 ? noteText.length : nl + 1;
		const end = nl < 0 ? noteText.length : nl > pos && noteText[nl - 1] === '\r' ? nl - 1 : nl;
		lines.push({ start: pos, end, next, text: noteText.slice(pos, end) });
		if (nl < 0) break;
		pos = next;
	}
	const names = afterwardsHeadings().map((n) => n.toLowerCase());
	let insertAt = noteText.length;
	let inFence = false;
	let sectionLevel = 0;
	let lastContentEnd = -1;
	for (const line of lines) {
		if (/^\s*(```|~~~)/.test(line.text)) inFence = !inFence;
		const heading = inFence ? null : HEADING.exec(line.text.replace(/^\uFEFF/, ''));
		if (sectionLevel === 0) {
			if (heading && names.includes((heading[2] ?? '').trim().toLowerCase())) {
				sectionLevel = heading[1]?.length ?? 2;
				lastContentEnd = line.end;
			}
			continue;
		}
		if (heading && (heading[1]?.length ?? 7) <= sectionLevel) break;
		if (line.text.trim() !== '') lastContentEnd = line.end;
	}
	if (lastContentEnd >= 0) insertAt = lastContentEnd;
	else {
		// No "afterwards" section: append at the end, after the last non-blank line.
		const lastNonBlank = [...lines].reverse().find((l) => l.text.trim() !== '');
		insertAt = lastNonBlank ? lastNonBlank.end : noteText.length;
		block.splice(2, 0, `## ${afterwardsHeadings()[options.lang === 'da' ? 0 : 1] ?? ''}`, '');
	}
	const inserted = block.join(eol);
	return { ok: true, text: noteText.slice(0, insertAt) + inserted + noteText.slice(insertAt) };
}

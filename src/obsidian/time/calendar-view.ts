import { ItemView, Menu, debounce, type Debouncer, type WorkspaceLeaf } from 'obsidian';
import { format } from 'date-fns';
import { da as daLocale, enGB } from 'date-fns/locale';
import { localIsoDate } from '../../core/note-parser';
import { dayDate } from '../../core/reflection/period';
import { calendarMonth, monthOf, shiftMonth, type CalendarDay } from '../../core/time/calendar';
import type { PluginContext } from '../context';
import { openNoteAtLine } from '../search/open-note';

/** The view type of the journal calendar. */
export const CALENDAR_VIEW_TYPE = 'three-gazes-calendar';

const REFRESH_DELAY_MS = 500;

/**
 * A month calendar of the journal in the sidebar: each day with a mark per gaze of its notes (a
 * shape as well as a colour, and the gazes spelled out in the day's label), a day opens its note or a
 * list of its notes; arrows move through the days, Page Up/Down and the buttons through the months.
 */
export class CalendarView extends ItemView {
	/** The month shown, `YYYY-MM`; today's month until she moves. */
	month: string;
	/** The day that holds the keyboard focus in the grid. */
	private focusDay: string;
	private readonly scheduleRefresh: Debouncer<[], void>;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly ctx: PluginContext,
	) {
		super(leaf);
		const today = localIsoDate(ctx.now().getTime());
		this.month = monthOf(today);
		this.focusDay = today;
		this.scheduleRefresh = debounce(() => this.draw(), REFRESH_DELAY_MS, true);
	}

	override getViewType(): string {
		return CALENDAR_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return this.ctx.t()('time.calendar.title');
	}

	override getIcon(): string {
		return 'calendar-days';
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass('three-gazes-calendar');
		this.register(this.ctx.index.onChange(() => this.scheduleRefresh()));
		this.draw();
		await Promise.resolve();
	}

	override async onClose(): Promise<void> {
		this.scheduleRefresh.cancel();
		this.contentEl.empty();
		await Promise.resolve();
	}

	/** Shows another month (focus on the same day of it, or its last day). */
	showMonth(month: string): void {
		this.month = month;
		const day = Number(this.focusDay.slice(8, 10));
		const last = new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0).getDate();
		this.focusDay = `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
		this.draw();
	}

	/** Draws the month. */
	draw(): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		const locale = lang === 'da' ? daLocale : enGB;
		const today = localIsoDate(this.ctx.now().getTime());
		const model = calendarMonth(this.ctx.index.notes(), this.month, today);
		const el = this.contentEl;
		el.empty();

		const nav = el.createDiv({ cls: 'three-gazes-calendar-nav' });
		const prev = nav.createEl('button', { cls: 'three-gazes-calendar-arrow', text: '‹', attr: { 'aria-label': t('time.calendar.previousMonth'), type: 'button' } });
		const title = format(dayDate(`${this.month}-01`), 'LLLL yyyy', { locale });
		const titleId = `three-gazes-calendar-title-${this.month}`;
		nav.createEl('h2', { cls: 'three-gazes-calendar-title', text: title.charAt(0).toUpperCase() + title.slice(1), attr: { id: titleId, 'aria-live': 'polite' } });
		const next = nav.createEl('button', { cls: 'three-gazes-calendar-arrow', text: '›', attr: { 'aria-label': t('time.calendar.nextMonth'), type: 'button' } });
		const todayButton = nav.createEl('button', { cls: 'three-gazes-calendar-today', text: t('time.calendar.today'), attr: { type: 'button' } });
		prev.addEventListener('click', () => this.showMonth(model.previous));
		next.addEventListener('click', () => this.showMonth(model.next));
		todayButton.addEventListener('click', () => {
			this.focusDay = today;
			this.month = monthOf(today);
			this.draw();
		});

		const table = el.createEl('table', { cls: 'three-gazes-calendar-grid', attr: { role: 'grid', 'aria-labelledby': titleId } });
		const head = table.createEl('thead').createEl('tr');
		head.createEl('th', { cls: 'three-gazes-calendar-weeknum', text: t('time.calendar.weekShort'), attr: { scope: 'col', 'aria-label': t('time.calendar.week') } });
		for (const day of model.weeks[0]?.days ?? []) {
			const date = dayDate(day.day);
			head.createEl('th', { text: format(date, 'EEEEEE', { locale }), attr: { scope: 'col', 'aria-label': format(date, 'EEEE', { locale }) } });
		}
		const body = table.createEl('tbody');
		if (!model.weeks.some((w) => w.days.some((d) => d.day === this.focusDay))) this.focusDay = `${this.month}-01`;
		for (const week of model.weeks) {
			const row = body.createEl('tr');
			row.createEl('th', { cls: 'three-gazes-calendar-weeknum', text: String(week.week), attr: { scope: 'row', 'aria-label': `${t('time.calendar.week')} ${week.week}` } });
			for (const day of week.days) this.drawDay(row.createEl('td', { attr: { role: 'gridcell' } }), day);
		}

		const legend = el.createDiv({ cls: 'three-gazes-calendar-legend' });
		for (const gaze of ['citizen', 'staff', 'self'] as const) {
			const item = legend.createSpan({ cls: 'three-gazes-calendar-legend-item' });
			item.createSpan({ cls: `three-gazes-calendar-mark three-gazes-calendar-mark--${gaze}`, attr: { 'aria-hidden': 'true' } });
			item.createSpan({ text: t(`gaze.${gaze}.short`) });
		}
		el.createDiv({ cls: 'three-gazes-calendar-count', text: t(model.noteCount === 1 ? 'time.calendar.noteInMonth' : 'time.calendar.notesInMonth', { count: model.noteCount }) });
	}

	private drawDay(cell: HTMLElement, day: CalendarDay): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		const locale = lang === 'da' ? daLocale : enGB;
		const dateLabel = format(dayDate(day.day), lang === 'da' ? 'EEEE d. MMMM yyyy' : 'EEEE d MMMM yyyy', { locale });
		const notesLabel =
			day.notes.length === 0
				? t('time.calendar.noNotes')
				: `${t(day.notes.length === 1 ? 'time.calendar.oneNote' : 'time.calendar.manyNotes', { count: day.notes.length })}${day.gazes.length > 0 ? `: ${day.gazes.map((g) => t(`gaze.${g}.short`)).join(', ')}` : ''}`;
		const cls = ['three-gazes-calendar-day'];
		if (!day.inMonth) cls.push('is-other-month');
		if (day.isToday) cls.push('is-today');
		if (day.notes.length > 0) cls.push('has-notes');
		const button = cell.createEl('button', {
			cls: cls.join(' '),
			attr: { type: 'button', 'aria-label': `${dateLabel}, ${notesLabel}`, tabindex: day.day === this.focusDay ? '0' : '-1', 'data-day': day.day },
		});
		if (day.isToday) button.setAttribute('aria-current', 'date');
		button.createSpan({ cls: 'three-gazes-calendar-daynum', text: String(day.dayOfMonth), attr: { 'aria-hidden': 'true' } });
		const marks = button.createSpan({ cls: 'three-gazes-calendar-marks', attr: { 'aria-hidden': 'true' } });
		for (const gaze of day.gazes) marks.createSpan({ cls: `three-gazes-calendar-mark three-gazes-calendar-mark--${gaze}` });
		if (day.notes.length > 0 && day.gazes.length === 0) marks.createSpan({ cls: 'three-gazes-calendar-mark three-gazes-calendar-mark--none' });
		button.addEventListener('click', (evt) => this.openDay(day, button, evt));
		button.addEventListener('keydown', (evt) => this.onKey(evt, day));
	}

	/** Opens the day's note, or a menu of its notes when it has several. */
	openDay(day: CalendarDay, anchor: HTMLElement, evt?: MouseEvent | KeyboardEvent): void {
		this.focusDay = day.day;
		if (day.notes.length === 0) return;
		if (day.notes.length === 1) {
			const only = day.notes[0];
			if (only) void openNoteAtLine(this.app, only.path, this.ctx.index.get(only.path)?.bodyStartLine ?? 0, evt);
			return;
		}
		const menu = new Menu();
		for (const note of day.notes) {
			menu.addItem((item) =>
				item
					.setTitle(note.title)
					.setIcon('file-text')
					.onClick(() => void openNoteAtLine(this.app, note.path, this.ctx.index.get(note.path)?.bodyStartLine ?? 0)),
			);
		}
		const rect = anchor.getBoundingClientRect();
		menu.showAtPosition({ x: rect.left, y: rect.bottom });
	}

	private onKey(evt: KeyboardEvent, day: CalendarDay): void {
		const steps: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
		const step = steps[evt.key];
		if (step !== undefined) {
			evt.preventDefault();
			this.moveFocus(day.day, step);
		} else if (evt.key === 'PageUp' || evt.key === 'PageDown') {
			evt.preventDefault();
			this.focusDay = day.day;
			this.showMonth(shiftMonth(this.month, evt.key === 'PageUp' ? -1 : 1));
			this.focusButton();
		}
	}

	/** Moves the keyboard focus by `days`, changing month when it leaves this one. */
	moveFocus(from: string, days: number): void {
		const date = dayDate(from);
		date.setDate(date.getDate() + days);
		const target = localIsoDate(date.getTime());
		this.focusDay = target;
		if (monthOf(target) !== this.month) {
			this.month = monthOf(target);
			this.draw();
		} else {
			for (const b of Array.from(this.contentEl.querySelectorAll<HTMLElement>('.three-gazes-calendar-day'))) b.setAttribute('tabindex', b.dataset.day === target ? '0' : '-1');
		}
		this.focusButton();
	}

	private focusButton(): void {
		this.contentEl.querySelector<HTMLElement>(`.three-gazes-calendar-day[data-day="${this.focusDay}"]`)?.focus();
	}
}

import { FuzzySuggestModal, Modal, Notice, Setting } from 'obsidian';
import type { Editor, FuzzyMatch } from 'obsidian';
import { QUESTION_CATEGORIES } from '../../core/domain';
import type { QuestionCategoryId } from '../../core/domain';
import { questionCategory } from '../../core/method/catalogue';
import { questionSetsBlock } from '../../core/toolbox/block';
import { elementBlock, elementName, elementSide, elementSummary, TOOLBOX_ELEMENTS } from '../../core/toolbox/elements';
import type { ToolboxElement } from '../../core/toolbox/elements';
import { holdsReplacementCharacter } from '../../core/text';
import { planInsertion } from '../../core/toolbox/insert';
import { nameControls } from '../a11y';
import type { PluginContext } from '../context';
import { modalButtons } from '../modal-buttons';

/**
 * Inserts a block at the editor's cursor on lines of its own. Only the inserted text is new; every
 * other character of the note stays where it was. The cursor ends just after the block. A note that
 * holds U+FFFD (its bytes were not UTF-8) is not changed: saving it would lose those characters for
 * good; a Notice says so and false is returned.
 */
export function insertBlockAtCursor(ctx: PluginContext, editor: Editor, block: string, path: string): boolean {
	if (holdsReplacementCharacter(editor.getValue())) {
		new Notice(ctx.t()('file.replacementNotice', { path }));
		return false;
	}
	const plan = planInsertion(editor.getValue(), editor.posToOffset(editor.getCursor()), block);
	editor.replaceRange(plan.insert, editor.offsetToPos(plan.offset));
	editor.setCursor(editor.offsetToPos(plan.cursor));
	return true;
}

/** "Insert meeting element…": every tool and question set, with the side it serves. */
export class ElementPickerModal extends FuzzySuggestModal<ToolboxElement> {
	constructor(
		private readonly ctx: PluginContext,
		private readonly onPick: (element: ToolboxElement) => void,
	) {
		super(ctx.app);
		this.setPlaceholder(ctx.t()('method.picker.element'));
	}

	override getItems(): ToolboxElement[] {
		return [...TOOLBOX_ELEMENTS];
	}

	override getItemText(element: ToolboxElement): string {
		const lang = this.ctx.lang();
		const t = this.ctx.t();
		const name = element.kind === 'questions' ? t('method.element.questions', { asks: elementName(element)[lang] }) : elementName(element)[lang];
		return `${name} · ${t(`method.side.${elementSide(element)}`)}`;
	}

	override renderSuggestion(match: FuzzyMatch<ToolboxElement>, el: HTMLElement): void {
		el.createDiv({ text: this.getItemText(match.item) });
		el.createEl('small', { text: elementSummary(match.item, this.ctx.lang()) });
	}

	override onChooseItem(element: ToolboxElement): void {
		this.onPick(element);
	}
}

/** The block a picked element inserts, in the UI language. */
export function pickedElementBlock(ctx: PluginContext, element: ToolboxElement): string {
	return elementBlock(element, ctx.lang());
}

/**
 * "Insert questions: what the employee already can, does and knows": one toggle per category (the
 * six on, feelings off), inserted in the method's order with feelings last.
 */
export class QuestionSetModal extends Modal {
	/** The categories switched on. */
	readonly selected = new Set<QuestionCategoryId>(QUESTION_CATEGORIES.filter((id) => id !== 'feelings'));

	constructor(
		private readonly ctx: PluginContext,
		private readonly onInsert: (block: string) => void,
	) {
		super(ctx.app);
	}

	override onOpen(): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		this.setTitle(t('method.questions.title'));
		this.contentEl.createEl('p', { text: t('method.questions.desc') });
		for (const id of QUESTION_CATEGORIES) {
			const category = questionCategory(id);
			const row = new Setting(this.contentEl)
				.setName(category.name[lang])
				.setDesc(category.asksAbout[lang])
				.addToggle((toggle) =>
					toggle.setValue(this.selected.has(id)).onChange((on) => {
						if (on) this.selected.add(id);
						else this.selected.delete(id);
					}),
				);
			nameControls(row);
		}
		modalButtons(this.contentEl, t, { back: 'cancel', onBack: () => this.close(), main: { text: t('method.questions.insert'), onClick: () => this.submit() } });
	}

	/** Inserts the picked question sets and closes; with nothing picked, says so and stays open. */
	submit(): void {
		if (this.selected.size === 0) {
			new Notice(this.ctx.t()('method.questions.none'));
			return;
		}
		this.onInsert(questionSetsBlock([...this.selected], this.ctx.lang()));
		this.close();
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

import { Modal } from 'obsidian';
import { CONCEPTS, GAZE_CATALOGUE, REFERENCES, TOOL_CATALOGUE } from '../../core/method/catalogue';
import type { PluginContext } from '../context';
import { modalButtons } from '../modal-buttons';

/**
 * "About the method": the method catalogue as a page to read, in the UI language: the ideas it rests
 * on, the three gazes, the toolbox (with where each tool comes from) and the "read more" references.
 */
export class AboutMethodModal extends Modal {
	constructor(private readonly ctx: PluginContext) {
		super(ctx.app);
	}

	override onOpen(): void {
		const t = this.ctx.t();
		const lang = this.ctx.lang();
		const el = this.contentEl;
		this.setTitle(t('method.about.title'));

		for (const concept of CONCEPTS) {
			el.createEl('h3', { text: concept.name[lang] });
			el.createEl('p', { text: concept.description[lang] });
		}

		el.createEl('h3', { text: t('method.about.gazes') });
		const gazes = el.createEl('ul');
		for (const gaze of GAZE_CATALOGUE) {
			const item = gazes.createEl('li');
			item.createEl('strong', { text: gaze.name[lang] });
			item.appendText(`: ${gaze.description[lang]}`);
		}

		el.createEl('h3', { text: t('method.about.tools') });
		const tools = el.createEl('ul');
		for (const tool of TOOL_CATALOGUE) {
			const item = tools.createEl('li');
			item.createEl('strong', { text: tool.name[lang] });
			item.appendText(` (${t(`method.side.${tool.side}`)}): ${tool.purpose[lang]}`);
			if (tool.origin[lang] !== '') item.createDiv({ cls: 'setting-item-description', text: tool.origin[lang] });
		}

		el.createEl('h3', { text: t('method.about.references') });
		const references = el.createEl('ul');
		for (const reference of REFERENCES) {
			const item = references.createEl('li');
			item.createEl('em', { text: reference.citation });
			item.appendText(` ${reference.note[lang]}`);
		}
		modalButtons(el, t, { back: 'close', onBack: () => this.close() });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

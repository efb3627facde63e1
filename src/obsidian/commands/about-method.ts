import { Modal } from 'obsidian';
import { ADDITIONS, CONCEPTS, GAZE_CATALOGUE, REFERENCES, TOOL_CATALOGUE } from '../../core/method/catalogue';
import type { PluginContext } from '../context';
import { modalButtons } from '../modal-buttons';

/**
 * "About the method": the method catalogue as a page to read, in the UI language: the ideas it rests
 * on, the three gazes, the toolbox (with where each tool comes from), what Three Gazes adds that the
 * method does not name (with its source), and the method's own reading list.
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
			if (tool.addition[lang] !== '') item.createDiv({ cls: 'setting-item-description', text: tool.addition[lang] });
		}

		el.createEl('h3', { text: t('method.about.additions') });
		el.createEl('p', { text: t('method.about.additions.intro') });
		const additions = el.createEl('ul');
		for (const addition of ADDITIONS) {
			const item = additions.createEl('li');
			item.createEl('strong', { text: addition.name[lang] });
			item.appendText(`: ${addition.description[lang]}`);
			item.createDiv({ cls: 'setting-item-description', text: addition.source === '' ? t('method.about.additions.own') : addition.source });
		}

		el.createEl('h3', { text: t('method.about.references') });
		let group = '';
		let references: HTMLElement | null = null;
		for (const reference of REFERENCES) {
			if (references === null || reference.group[lang] !== group) {
				group = reference.group[lang];
				el.createEl('h4', { text: group });
				references = el.createEl('ul');
			}
			const item = references.createEl('li', { text: reference.citation });
			if (reference.address !== '') {
				item.appendText(' ');
				item.createEl('a', { text: reference.address, href: reference.address });
			}
		}
		modalButtons(el, t, { back: 'close', onBack: () => this.close() });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

import type { PluginContext } from '../context';
import { AboutMethodModal } from './about-method';
import { installTemplates } from './install-templates';
import { createReflection, TemplatePickerModal } from './new-reflection';
import { ElementPickerModal, insertBlockAtCursor, pickedElementBlock, QuestionSetModal } from './toolbox';

/** Opens "New reflection…". */
export function openReflectionPicker(ctx: PluginContext): void {
	new TemplatePickerModal(ctx, (def) => void createReflection(ctx, def)).open();
}

/** Registers the method's commands and the ribbon icon for a new reflection. No default hotkeys. */
export function registerMethodCommands(ctx: PluginContext): void {
	const t = ctx.t();
	ctx.plugin.addCommand({
		id: 'new-reflection',
		name: t('method.command.newReflection'),
		callback: () => openReflectionPicker(ctx),
	});
	ctx.plugin.addCommand({
		id: 'insert-meeting-element',
		name: t('method.command.insertElement'),
		editorCallback: (editor, view) => {
			// The view may be missing (a command run from a test or another plugin).
			const path = (view as typeof view | null)?.file?.path ?? '';
			new ElementPickerModal(ctx, (element) => void insertBlockAtCursor(ctx, editor, pickedElementBlock(ctx, element), path)).open();
		},
	});
	ctx.plugin.addCommand({
		id: 'insert-strengths-questions',
		name: t('method.command.insertQuestions'),
		editorCallback: (editor, view) => {
			// The view may be missing (a command run from a test or another plugin).
			const path = (view as typeof view | null)?.file?.path ?? '';
			new QuestionSetModal(ctx, (block) => void insertBlockAtCursor(ctx, editor, block, path)).open();
		},
	});
	ctx.plugin.addCommand({
		id: 'install-templates',
		name: t('method.command.installTemplates'),
		callback: () => void installTemplates(ctx),
	});
	ctx.plugin.addCommand({
		id: 'about-method',
		name: t('method.command.about'),
		callback: () => new AboutMethodModal(ctx).open(),
	});
	ctx.plugin.addRibbonIcon('layout-template', t('method.ribbon.newReflection'), () => openReflectionPicker(ctx));
}

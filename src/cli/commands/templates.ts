import { TOOLBOX_ELEMENTS, elementName, elementSide } from '../../core/toolbox/elements';
import { TEMPLATES } from '../../core/templates/registry';
import { parseCommandArgs, parseLang } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';

/** `templates`: the bundled templates and the toolbox's elements. */
export const command: CliCommand = {
	name: 'templates',
	summary: 'The bundled templates (kind, gazes) and the toolbox elements (side).',
	usage: 'templates [--json] [--lang da|en]',
	async run(args, io) {
		const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, lang: { type: 'string' } });
		if (!parsed.ok) return usageError(io, this, parsed.error);
		if (parsed.positionals.length > 0) return usageError(io, this, 'templates takes no folder or other arguments');
		const lang = parseLang(parsed.values.lang);
		if (!lang.ok) return usageError(io, this, lang.error);
		const templates = TEMPLATES.map((t) => ({ id: t.id, name: { da: t.name.da, en: t.name.en }, kind: t.kind, gazes: [...t.gazes] }));
		const elements = TOOLBOX_ELEMENTS.map((e) => {
			const name = elementName(e);
			return { id: e.id, kind: e.kind, name: { da: name.da, en: name.en }, side: elementSide(e) };
		});
		if (parsed.values.json) {
			io.stdout(JSON.stringify({ templates, elements }, null, 2) + '\n');
			return EXIT.ok;
		}
		const l = lang.lang ?? 'en';
		const idWidth = Math.max(...templates.map((t) => t.id.length), ...elements.map((e) => e.id.length));
		const lines = ['Templates:', ...templates.map((t) => `  ${t.id.padEnd(idWidth)}  ${t.name[l]} (${t.kind}; ${t.gazes.join(', ')})`), '', 'Toolbox elements:'];
		lines.push(...elements.map((e) => `  ${e.id.padEnd(idWidth)}  ${e.name[l]} (${e.kind === 'tool' ? 'tool' : 'questions'}; ${e.side})`), '');
		io.stdout(lines.join('\n'));
		return EXIT.ok;
	},
};

import { isValidIsoDate } from '../../core/note-parser';
import { renderNoteFromTemplate } from '../../core/templates/note-from-template';
import { TEMPLATES, findTemplate } from '../../core/templates/registry';
import { parseCommandArgs, parseLang } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** `render <template-id>`: prints a new note from a bundled template, as the plugin would create it. */
export const command: CliCommand = {
	name: 'render',
	summary: 'Prints a new note rendered from a bundled template.',
	usage: 'render <template-id> [--lang da|en] [--date YYYY-MM-DD] [--time HH:mm] [--title T] [--tag-lang da|en]',
	async run(args, io) {
		const parsed = parseCommandArgs(args, {
			lang: { type: 'string' },
			date: { type: 'string' },
			time: { type: 'string' },
			title: { type: 'string' },
			'tag-lang': { type: 'string' },
		});
		if (!parsed.ok) return usageError(io, this, parsed.error);
		const [id, ...extra] = parsed.positionals;
		if (id === undefined || extra.length > 0) return usageError(io, this, 'give exactly one template id');
		const def = findTemplate(id);
		if (!def) return usageError(io, this, `no template "${id}"; the templates are: ${TEMPLATES.map((t) => t.id).join(', ')}`);
		const lang = parseLang(parsed.values.lang);
		if (!lang.ok) return usageError(io, this, lang.error);
		const tags = parseLang(parsed.values['tag-lang']);
		if (!tags.ok) return usageError(io, this, tags.error.replace('--lang', '--tag-lang'));

		const now = new Date();
		const date = parsed.values.date;
		if (date !== undefined) {
			const m = DATE.exec(date);
			if (!m || !isValidIsoDate(date)) return usageError(io, this, `--date must be a real date as YYYY-MM-DD, not "${date}"`);
			now.setFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
			now.setHours(0, 0, 0, 0);
		}
		const time = parsed.values.time;
		if (time !== undefined) {
			const m = TIME.exec(time);
			if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return usageError(io, this, `--time must be HH:mm, not "${time}"`);
			now.setHours(Number(m[1]), Number(m[2]), 0, 0);
		}

		const l = lang.lang ?? 'en';
		const result = renderNoteFromTemplate(def.text[l], { title: parsed.values.title ?? def.name[l], now, lang: l, tagLang: tags.lang ?? l });
		for (const placeholder of result.unknown) io.stderr(`render: unknown placeholder left as written: ${placeholder}\n`);
		io.stdout(result.text);
		return EXIT.ok;
	},
};

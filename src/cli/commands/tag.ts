import { resolve } from 'node:path';
import { GAZES, GAZE_TAG_VOCABULARY, LANGS, isGazeId, readGazeTag } from '../../core/domain';
import type { GazeId, Lang } from '../../core/domain';
import { translate } from '../../core/i18n';
import { setGazeTags } from '../../core/tagging/frontmatter-edit';
import { parseCommandArgs, parseLang } from '../args';
import { EXIT, usageError, type CliCommand } from '../command';
import { readNoteText, writeNoteText } from '../files';

const OPTIONS = {
	gaze: { type: 'string' },
	remove: { type: 'string' },
	lang: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;

/** Reads `citizen,staff` (ids, or the tag words of either vocabulary: `borger`, `medarbejdere`). */
function parseGazes(value: string | undefined): { ok: true; gazes: GazeId[] } | { ok: false; error: string } {
	if (value === undefined) return { ok: true, gazes: [] };
	const gazes: GazeId[] = [];
	for (const raw of value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0)) {
		const gaze = isGazeId(raw) ? raw : LANGS.flatMap((l) => GAZES.filter((g) => GAZE_TAG_VOCABULARY[l].leaves[g] === raw))[0] ?? readGazeTag(raw);
		if (!gaze) return { ok: false, error: `unknown gaze "${raw}" (use citizen, staff, self)` };
		if (!gazes.includes(gaze)) gazes.push(gaze);
	}
	return { ok: true, gazes };
}

/** The vocabulary the note already uses for gaze tags, if any (so a note stays in one vocabulary). */
function vocabularyInUse(text: string): Lang | null {
	const m = /(?<![\p{L}\p{N}])(blik|gaze)\/(?:borger|medarbejdere|selv|citizen|staff|self)(?![\p{L}\p{N}])/iu.exec(text);
	return m?.[1] ? (m[1].toLowerCase() === 'blik' ? 'da' : 'en') : null;
}

/** `tag <file> --gaze citizen,staff [--remove self]`: writes gaze tags safely, or refuses. */
export const command: CliCommand = {
	name: 'tag',
	summary: 'Add or remove gaze tags in a note, changing nothing else; refuses (exit 3) when unsure.',
	usage: 'tag <file> [--gaze citizen,staff,self] [--remove citizen,staff,self] [--lang da|en]\n'
		+ '  --lang picks the vocabulary of new tags (blik/… or gaze/…); by default the one the note already uses, else da.',
	async run(args, io) {
		const parsed = parseCommandArgs(args, OPTIONS);
		if (!parsed.ok) return usageError(io, this, parsed.error);
		const langArg = parseLang(parsed.values.lang);
		if (!langArg.ok) return usageError(io, this, langArg.error);
		const add = parseGazes(parsed.values.gaze);
		if (!add.ok) return usageError(io, this, add.error);
		const remove = parseGazes(parsed.values.remove);
		if (!remove.ok) return usageError(io, this, remove.error);
		if (add.gazes.length === 0 && remove.gazes.length === 0) return usageError(io, this, 'give --gaze or --remove');
		const both = add.gazes.filter((g) => remove.gazes.includes(g));
		if (both.length > 0) return usageError(io, this, `${both.join(', ')} is both added and removed`);
		const [file, ...extra] = parsed.positionals;
		if (!file || extra.length > 0) return usageError(io, this, 'give exactly one file');

		const path = resolve(io.cwd, file);
		const uiLang: Lang = langArg.lang ?? 'en';
		let text: string;
		try {
			// Strictly: a FIFO, a picture renamed .md or a Latin-1 note is refused, never rewritten.
			const read = readNoteText(path);
			if (!read.ok) {
				const message = read.why === 'not-utf8' ? translate(uiLang, 'file.notUtf8', { line: read.line ?? 1 }) : translate(uiLang, read.why === 'binary' ? 'file.binary' : 'file.notRegular');
				io.stderr(`tag: ${file}: nothing written (${read.why}): ${message}\n`);
				return EXIT.refused;
			}
			text = read.text;
		} catch (error) {
			io.stderr(`tag: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
			return EXIT.failure;
		}
		const lang: Lang = langArg.lang ?? vocabularyInUse(text) ?? 'da';
		const result = setGazeTags(text, { add: add.gazes, remove: remove.gazes, lang, uiLang });
		switch (result.kind) {
			case 'refused':
				io.stderr(`tag: ${file}: nothing written (${result.reason}): ${result.message}\n`);
				return EXIT.refused;
			case 'unchanged':
				io.stdout(`${file}: already so\n`);
				return EXIT.ok;
			case 'changed':
				try {
					writeNoteText(path, result.text);
				} catch (error) {
					io.stderr(`tag: ${file}: could not write: ${error instanceof Error ? error.message : String(error)}\n`);
					return EXIT.failure;
				}
				io.stdout(`${file}: tagged\n`);
				return EXIT.ok;
		}
	},
};

/**
 * "Export for my supervisor": a standalone copy of a preparation note, without what only makes sense
 * inside the vault (frontmatter, internal links, embeds, tags, comments, block ids), refused while
 * any CPR number or identifier the privacy module flags remains.
 */
import { splitFrontmatter } from '../frontmatter';
import type { IdentifierFinding } from './ports';
import { findCprLike } from './protect';

/** Something that still identifies a person, by its place in the note (1-based line and column). */
export interface ExportRefusal {
	/** `cpr`, or the privacy module's kind (`phone`, `name`, ...). */
	readonly kind: string;
	readonly line: number;
	readonly column: number;
}

/** The export, or why it was refused. */
export type ExportResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reasons: readonly ExportRefusal[] };

const EMBED = /!\[\[[^\]]*\]\]/g;
const WIKILINK = /\[\[([^\]|]+?)(?:\|([^\]]*))?\]\]/g;
const MD_LINK = /(!?)\[([^\]]*)\]\(([^)]*)\)/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const INLINE_TAG = /(^|[ \t(])#[\p{L}\p{N}_][\p{L}\p{N}_/-]*/gu;
const BLOCK_ID = /[ \t]+\^[A-Za-z0-9-]+[ \t]*$/;
const COMMENT = /%%[\s\S]*?%%/g;

function linkText(target: string, alias: string | undefined): string {
	if (alias !== undefined && alias.trim() !== '') return alias.trim();
	const [file = '', heading] = target.split('#');
	const name = file.split('/').pop() ?? file;
	return [name, heading].filter((p) => p && p.trim()).join(' › ').trim();
}

/** One body line with the vault's internals removed. */
function exportLine(line: string): string {
	return line
		.replace(EMBED, '')
		.replace(WIKILINK, (_whole, target: string, alias?: string) => linkText(target, alias))
		.replace(MD_LINK, (whole, bang: string, text: string, href: string) => {
			if (EXTERNAL.test(href.trim())) return bang ? '' : whole;
			return bang ? '' : text;
		})
		.replace(INLINE_TAG, '$1')
		.replace(BLOCK_ID, '')
		.replace(/[ \t]+$/, '');
}

/**
 * The note as a standalone Markdown text for her supervisor: frontmatter removed, `[[links]]` and
 * internal `[md](links)` replaced by their text, embeds, inline tags, `%%comments%%` and block ids
 * removed; external links kept. Refused (with every place found) while anything shaped like a CPR
 * number or any identifier `detect` flags remains.
 */
export function exportForSupervisor(markdown: string, detect: (text: string) => readonly IdentifierFinding[]): ExportResult {
	const split = splitFrontmatter(markdown);
	const bodyStart = split.kind === 'block' ? split.block.end : markdown.startsWith('\uFEFF') ? 1 : 0;
	const bodyStartLine = split.kind === 'block' ? split.block.bodyStartLine : 0;
	// Comments become as many line breaks as they held, so line numbers still match the note.
	const body = markdown
		.slice(bodyStart)
		.replace(/\r\n?/g, '\n')
		.replace(COMMENT, (comment) => '\n'.repeat((comment.match(/\n/g) ?? []).length));
	const lines = body.split('\n').map(exportLine);

	const joined = lines.join('\n');
	const starts = [0];
	for (let i = 0; i < joined.length; i++) if (joined.charCodeAt(i) === 10) starts.push(i + 1);
	const place = (kind: string, offset: number): ExportRefusal => {
		let line = starts.length - 1;
		while (line > 0 && (starts[line] ?? 0) > offset) line--;
		return { kind, line: bodyStartLine + line + 1, column: offset - (starts[line] ?? 0) + 1 };
	};
	const guarded = findCprLike(joined);
	const reasons: ExportRefusal[] = guarded.map((hit) => place('cpr', hit.from));
	for (const finding of detect(joined)) {
		// A CPR number the guard already reported is reported once.
		if (guarded.some((hit) => hit.from < finding.to && finding.from < hit.to)) continue;
		reasons.push(place(finding.kind, finding.from));
	}
	if (reasons.length > 0) return { ok: false, reasons: reasons.sort((a, b) => a.line - b.line || a.column - b.column) };

	const text = joined.replace(/^\n+/, '').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
	return { ok: true, text };
}

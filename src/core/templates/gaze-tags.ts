/**
 * Gaze tags in a new note follow the *gaze tags* setting, whatever language the template was written
 * in. Templates stay plain core-Templates files (Danish ones carry `blik/...`, English ones
 * `gaze/...`); after rendering, the gaze tags in the frontmatter are rewritten to the chosen
 * vocabulary. Other tags and the body are left exactly as written.
 */
import { gazeTag, readGazeTag } from '../domain';
import type { Lang } from '../domain';

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;
const TAG_TOKEN = /(^|[\s[,'"#])((?:blik|gaze)\/[\p{L}\p{N}_-]+)/giu;

/** Rewrites the gaze tags in a note's frontmatter to one vocabulary; returns the text unchanged otherwise. */
export function rewriteGazeTags(text: string, lang: Lang): string {
	const match = FRONTMATTER.exec(text);
	if (!match) return text;
	const [whole, open, yaml, close] = match as unknown as [string, string, string, string];
	const rewritten = yaml.replace(TAG_TOKEN, (all, before: string, tag: string) => {
		const gaze = readGazeTag(tag);
		return gaze === null ? all : `${before}${gazeTag(gaze, lang)}`;
	});
	return open + rewritten + close + text.slice(whole.length);
}

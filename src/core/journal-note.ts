import type { GazeId, KindId, ToolId } from './domain';

/** Where a note's date came from, in order of preference. */
export type DateSource = 'property' | 'filename' | 'created' | 'none';

/** A heading in a note's body. */
export interface NoteHeading {
	/** 1-6. */
	readonly level: number;
	readonly text: string;
	/** 0-based line number in the whole file (frontmatter included). */
	readonly line: number;
}

/** A Markdown task (`- [ ] text`). */
export interface NoteTask {
	/** The task's text, without the checkbox and without a `📅 date`. */
	readonly text: string;
	readonly done: boolean;
	/** A due date written as `📅 YYYY-MM-DD`, if any. */
	readonly due: string | null;
	/** 0-based line number in the whole file. */
	readonly line: number;
}

/** A toolbox element found in a note: a `> [!three-gazes|slug]` callout or an entry in `tools`. */
export interface ToolUse {
	readonly tool: ToolId;
	/** 0-based line number of the callout; null when the tool is only named in the `tools` property. */
	readonly line: number | null;
}

/**
 * One journal note, parsed once into a typed record. Every feature reads these records from the
 * `JournalIndex`; none re-reads or re-parses the file.
 */
export interface JournalNote {
	/** Vault-relative path with forward slashes, e.g. `Journal/2026-11-27 Dagens refleksion.md`. */
	readonly path: string;
	/** The file name without `.md`. */
	readonly basename: string;
	/** The note's day, `YYYY-MM-DD`, or null when nothing gives one. */
	readonly date: string | null;
	readonly dateSource: DateSource;
	/** The gazes the note's tags declare (frontmatter or inline), in GAZES order, no duplicates. */
	readonly gazes: readonly GazeId[];
	/** Every tag on the note, without `#`, as written (frontmatter first, then inline). */
	readonly tags: readonly string[];
	/** The note's kind, or null when `kind` is missing or not one of ours. */
	readonly kind: KindId | null;
	/** Tools used: from the `tools` property and from toolbox callouts in the body. */
	readonly tools: readonly ToolUse[];
	/** Question categories inserted as question-set callouts (`> [!three-gazes|handlinger]`). */
	readonly questionSets: readonly string[];
	/**
	 * Ratings (1-5) from `rating-*` properties, by the name after `rating-`: the self check-in's focus
	 * points (`leadership-effect`, …), its energy and strain, and any rating of her own.
	 */
	readonly ratings: Readonly<Record<string, number>>;
	readonly headings: readonly NoteHeading[];
	readonly tasks: readonly NoteTask[];
	/** Link targets of `[[wikilinks]]` and `[md](links.md)`, as written (no alias, no heading). */
	readonly links: readonly string[];
	/** The body: the file's text after the frontmatter (BOM removed, line endings kept as `\n`). */
	readonly body: string;
	/** 0-based line in the file where the body starts. */
	readonly bodyStartLine: number;
	/** The frontmatter as parsed (empty when there is none). */
	readonly frontmatter: Readonly<Record<string, unknown>>;
	/** File modification time, ms since the epoch. */
	readonly mtime: number;
	/** File creation time, ms since the epoch. */
	readonly ctime: number;
}

/** A note the index could not read, with the reason (shown to the user; indexing goes on). */
export interface SkippedNote {
	readonly path: string;
	readonly reason: string;
}

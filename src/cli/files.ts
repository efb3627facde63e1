/**
 * Reading and writing one note on disk without harm: only regular files are opened (a FIFO named
 * `.md` would block for ever), text that is not UTF-8 or not text at all is told apart from a note,
 * and a write keeps the file's mode and hard links.
 */
import { chmodSync, chownSync, closeSync, constants, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Why a file was not read as a note. */
export type NotANote = 'not-regular' | 'binary' | 'not-utf8';

/** A note's text, or why it is not one (with the 1-based line of the first byte that is not UTF-8). */
export type NoteRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly why: NotANote; readonly line?: number };

const SNIFF = 8000;
/** Magic numbers of files that get renamed `.md` by mistake: PNG, JPEG, GIF, PDF, ZIP (docx, xlsx), gzip. */
const MAGIC: readonly (readonly number[])[] = [
	[0x89, 0x50, 0x4e, 0x47],
	[0xff, 0xd8, 0xff],
	[0x47, 0x49, 0x46, 0x38],
	[0x25, 0x50, 0x44, 0x46],
	[0x50, 0x4b, 0x03, 0x04],
	[0x1f, 0x8b],
];

/**
 * True when the bytes are not text: a known binary magic number, or a NUL byte in the first 8 000
 * bytes (as git decides). A Markdown note never holds NUL.
 */
export function looksBinary(bytes: Uint8Array): boolean {
	if (MAGIC.some((magic) => magic.every((b, i) => bytes[i] === b))) return true;
	return bytes.subarray(0, SNIFF).indexOf(0) >= 0;
}

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly (a BOM is kept as U+FEFF, as Node's `utf8` does); the line of the first bad byte otherwise. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; line: number } {
	try {
		return { ok: true, text: STRICT.decode(bytes) };
	} catch {
		// The longest prefix that is valid UTF-8 (validity of a prefix only ever stops), by halving.
		let good = 0;
		let bad = bytes.length;
		while (bad - good > 1) {
			const mid = (good + bad) >>> 1;
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
				good = mid;
			} catch {
				bad = mid;
			}
		}
		let line = 1;
		for (let i = 0; i < good; i++) if (bytes[i] === 0x0a) line++;
		return { ok: false, line };
	}
}

/** True when `path` is a regular file (symlinks followed); false for folders, FIFOs, sockets, devices. */
export function isRegularFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * Reads a note strictly: a regular file, text, UTF-8. Opened without blocking, so a FIFO is found out
 * (and refused) instead of waiting for a writer. Errors of the file system (missing, no permission) throw.
 */
export function readNoteText(path: string): NoteRead {
	// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
	const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		if (!fstatSync(fd).isFile()) return { ok: false, why: 'not-regular' };
		const bytes = readFileSync(fd);
		if (looksBinary(bytes)) return { ok: false, why: 'binary' };
		const decoded = decodeUtf8(bytes);
		return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, why: 'not-utf8', line: decoded.line };
	} finally {
		closeSync(fd);
	}
}

/**
 * Replaces a note's text so that a crash never leaves half a note and the file stays the same file:
 * the new text is written to a temporary file next to it (short name, so a note whose name is near the
 * 255-byte limit can be written too) with the note's mode and owner, then renamed over it. A note with
 * hard links is written in place instead (after the temporary copy has shown the text fits on the
 * disk), so every link keeps seeing the same note. Follows a symlink to the real file.
 */
export function writeNoteText(path: string, text: string): void {
	const real = realpathSync(path);
	const stat = statSync(real);
	const temp = join(dirname(real), `.three-gazes-${process.pid}-${Date.now().toString(36)}.tmp`);
	try {
		writeFileSync(temp, text, { encoding: 'utf8', mode: 0o600 });
		// `mode` above is narrowed by the umask; the note's own mode is set as it was.
		chmodSync(temp, stat.mode & 0o7777);
		try {
			chownSync(temp, stat.uid, stat.gid);
		} catch {
			// Not the owner (and not root): the file becomes ours, as any editor's save would make it.
		}
		if (stat.nlink > 1) {
			writeInPlace(real, text);
			rmSync(temp, { force: true });
		} else {
			renameSync(temp, real);
		}
	} catch (error) {
		rmSync(temp, { force: true });
		throw error;
	}
}

function writeInPlace(path: string, text: string): void {
	const bytes = Buffer.from(text, 'utf8');
	const fd = openSync(path, 'r+');
	try {
		let done = 0;
		while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, done);
		ftruncateSync(fd, bytes.length);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

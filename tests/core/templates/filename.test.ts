import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_LENGTH, noteFileName, sanitizeFileName, uniquePath } from '../../../src/core/templates/filename';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

const NOW = new Date(2026, 10, 27, 14, 5, 9);
const PATTERN = DEFAULT_SETTINGS.filenamePattern;

/** Property runs can take seconds on a busy machine; this is not a speed test. */
const TIMEOUT = 60_000;

describe('noteFileName', () => {
	it('follows the default pattern: date, space, title', () => {
		expect(noteFileName(PATTERN, 'Daglig refleksion', NOW, 'da')).toBe('2026-11-27 Daglig refleksion');
	});

	it('follows other patterns, with Danish names', () => {
		expect(noteFileName('{{title}} – {{date:D. MMMM YYYY}}', 'Personalemøde', NOW, 'da')).toBe('Personalemøde – 27. november 2026');
	});

	it.each([
		['Møde: fru A / SK', '2026-11-27 Møde - fru A - SK'],
		['a\\b|c', '2026-11-27 a-b-c'],
		['Hvad nu? *"vigtigt"* <3', '2026-11-27 Hvad nu vigtigt 3'],
		['[[link]] #tag ^block', '2026-11-27 link tag block'],
		['tab\there\nnew line\u0000nul', '2026-11-27 tab here new line nul'],
		['ends with dots...  ', '2026-11-27 ends with dots'],
		['', '2026-11-27'],
	])('sanitises the hostile title %j', (title, expected) => {
		expect(noteFileName(PATTERN, title, NOW, 'da')).toBe(expected);
	});

	it.each([
		['../../etc/passwd', 'etc-passwd'],
		['..', '2026-11-27'],
		['.obsidian', 'obsidian'],
		['/absolute', 'absolute'],
		['C:\\Windows', 'C.-Windows'],
		['kl 10:30', 'kl 10.30'],
		['CON', 'CON-note'],
		['   ', '2026-11-27'],
		['?*<>', '2026-11-27'],
	])('never escapes the folder or hides the file: %j', (title, expected) => {
		expect(noteFileName('{{title}}', title, NOW, 'en')).toBe(expected);
	});

	it('caps long names without leaving a trailing space', () => {
		const name = noteFileName(PATTERN, 'ø'.repeat(500), NOW, 'da');
		expect(Array.from(name)).toHaveLength(MAX_NAME_LENGTH);
	});

	it('is always a safe, non-empty single path segment (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
				const name = noteFileName(PATTERN, title, NOW, 'da');
				expect(name.length).toBeGreaterThan(0);
				expect(name).not.toMatch(/[/\\:*?"<>|#^[\]]/);
				expect([...name].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
				expect(name.startsWith('.')).toBe(false);
				expect(name).toBe(name.trim());
				expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
			}),
		);
	}, TIMEOUT);

	it('keeps sanitising idempotent', () => {
		fc.assert(fc.property(fc.string({ maxLength: 200 }), (raw) => {
			const once = sanitizeFileName(raw, 'x');
			expect(sanitizeFileName(once, 'x')).toBe(once);
		}));
	}, TIMEOUT);
});

describe('uniquePath', () => {
	it('uses the name when it is free', () => {
		expect(uniquePath('Journal', '2026-11-27 Dag', () => false)).toBe('Journal/2026-11-27 Dag.md');
	});

	it('numbers the name instead of overwriting', () => {
		const taken = new Set(['Journal/Dag.md', 'Journal/Dag 2.md']);
		expect(uniquePath('Journal', 'Dag', (p) => taken.has(p))).toBe('Journal/Dag 3.md');
	});

	it('handles the vault root, trailing slashes and Danish folder names', () => {
		expect(uniquePath('', 'Dag', () => false)).toBe('Dag.md');
		expect(uniquePath('/', 'Dag', () => false)).toBe('Dag.md');
		expect(uniquePath('Min dagbog/Æbler og øl/', 'Dag', () => false)).toBe('Min dagbog/Æbler og øl/Dag.md');
	});

	it('gives up with null rather than overwrite when every name is taken', () => {
		expect(uniquePath('J', 'Dag', () => true)).toBeNull();
	});
});

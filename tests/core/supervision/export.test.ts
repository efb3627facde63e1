import { describe, expect, it } from 'vitest';
import { composePreparation } from '../../../src/core/supervision/compose';
import { exportForSupervisor } from '../../../src/core/supervision/export';
import { FAKE_PRIVACY, dated } from './helpers';

const none = () => [];

describe('exportForSupervisor', () => {
	it('removes frontmatter, internal links (keeping their text), embeds, tags, comments and block ids', () => {
		const note = [
			'---',
			'date: 2026-11-27',
			'kind: supervisionsforberedelse',
			'---',
			'# Forberedelse #blik/selv',
			'',
			'Se [[Journal/2026-11-05 Noget|uddraget]] og [[Journal/Andet#Overskrift]] og [en note](Journal/x.md). ^abc123',
			'![[billede.png]]',
			'Ekstern: [kilde](https://example.org/side). %%privat note%%',
			'%%',
			'flere linjer',
			'%%',
			'Slut',
		].join('\n');
		const result = exportForSupervisor(note, none);
		expect(result).toEqual({
			ok: true,
			text: '# Forberedelse\n\nSe uddraget og Andet › Overskrift og en note.\n\nEkstern: [kilde](https://example.org/side).\n\nSlut\n',
		});
	});

	it('refuses while a CPR number remains, naming the line in the note and never the number', () => {
		const note = '---\ndate: 2026-11-27\n---\n# F\n\nHans nummer er 1203451234.\n';
		const result = exportForSupervisor(note, none);
		expect(result).toEqual({ ok: false, reasons: [{ kind: 'cpr', line: 6, column: 16 }] });
	});

	it('refuses while an identifier the privacy module flags remains, and reports each place once', () => {
		const detect = (text: string) => [
			...FAKE_PRIVACY.detect(text),
			...[...text.matchAll(/\d{6}-\d{4}/g)].map((m) => ({ kind: 'cpr', from: m.index, to: m.index + m[0].length })),
		];
		const result = exportForSupervisor('Om fru Hansen.\nCPR 120345-1234\n', detect);
		expect(result).toEqual({ ok: false, reasons: [{ kind: 'name', line: 1, column: 4 }, { kind: 'cpr', line: 2, column: 5 }] });
	});

	it('does not see identifiers in link targets that are dropped on export', () => {
		expect(exportForSupervisor('Se [[Journal/Fru Hansen|Borger A]].\n', FAKE_PRIVACY.detect)).toEqual({ ok: true, text: 'Se Borger A.\n' });
	});

	it('exports a composed, pseudonymised preparation; the same note with names kept is refused', () => {
		const notes = [dated('Journal/2026-11-05 Fru Hansen.md', '2026-11-05', 'Fru Hansen var urolig. CPR 120345-1234.')];
		const base = {
			lang: 'da' as const,
			tagLang: 'da' as const,
			today: '2026-11-27',
			period: { from: '2026-11-01', to: '2026-11-27', lastPreparation: null },
			notes,
			material: ['Journal/2026-11-05 Fru Hansen.md'],
			question: '',
			privacy: FAKE_PRIVACY,
			mirror: null,
			languageCounts: null,
		};
		const exported = exportForSupervisor(composePreparation(base).text, FAKE_PRIVACY.detect);
		expect(exported.ok).toBe(true);
		if (exported.ok) {
			expect(exported.text).not.toMatch(/\[\[|Hansen|120345|^---/m);
			expect(exported.text).toContain('- 2026-11-05 Borger A (5. november 2026): Borger A var urolig. CPR [CPR fjernet].');
		}
		const kept = exportForSupervisor(composePreparation({ ...base, pseudonymise: false }).text, FAKE_PRIVACY.detect);
		expect(kept.ok).toBe(false);
		if (!kept.ok) expect(kept.reasons.every((r) => r.kind === 'name')).toBe(true);
	});
});

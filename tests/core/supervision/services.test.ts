import { describe, expect, it } from 'vitest';
import { composePreparation } from '../../../src/core/supervision/compose';
import { exportForSupervisor } from '../../../src/core/supervision/export';
import { privacyPort, supervisionServices } from '../../../src/core/supervision/services';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { dated } from './helpers';

/** The real privacy module and language watch, wired as the plugin and the command line wire them. */
const notes = [
	dated(
		'Journal/2026-11-05 Aftenen.md',
		'2026-11-05',
		'Fru Birthe Hansen var urolig på stue 12. Hendes CPR-nummer er 120345-1234 og datteren har 22 33 44 55. Vi brugte Isbjerget sammen med Karin, og Borger C sov.',
	),
	dated('Journal/2026-11-06 Dagen efter.md', '2026-11-06', 'Birthe Hansen sov bedre. Karin havde talt med hende om haven.'),
];

function compose(pseudonymise: boolean) {
	const services = supervisionServices(DEFAULT_SETTINGS, 'da');
	return composePreparation({
		lang: 'da',
		tagLang: 'da',
		today: '2026-11-27',
		period: { from: '2026-11-01', to: '2026-11-27', lastPreparation: null },
		notes,
		material: notes.map((n) => n.path),
		question: 'Hvordan hjælper jeg Karin med fru Birthe Hansen?',
		privacy: services.privacy,
		pseudonymise,
		mirror: null,
		languageCounts: services.languageCounts,
		excerptChars: 1000,
	});
}

describe('supervision with the real privacy module', () => {
	it('gives each person one pseudonym across excerpts and the question; identifiers become markers', () => {
		const { text, pseudonymised } = compose(true);
		expect(pseudonymised).toBe(true);
		expect(text).not.toMatch(/Birthe|Hansen|Karin|120345|22 33 44 55|stue 12/);
		expect(text).toContain('Borger A var urolig på [stue fjernet]. Hendes CPR-nummer er [CPR fjernet] og datteren har [telefon fjernet].');
		expect(text).toContain('Vi brugte Isbjerget sammen med Medarbejder 1, og Borger C sov.');
		expect(text).toContain('Borger A sov bedre. Medarbejder 1 havde talt med hende om haven.');
		expect(text).toContain('Hvordan hjælper jeg Medarbejder 1 med Borger A?');
	});

	it('removes the CPR number when names are kept, and then the export is refused with the places', () => {
		const { text } = compose(false);
		expect(text).not.toMatch(/120345/);
		expect(text).toContain('Fru Birthe Hansen var urolig');
		const exported = exportForSupervisor(text, privacyPort('da').detect);
		expect(exported.ok).toBe(false);
		if (!exported.ok) expect(new Set(exported.reasons.map((r) => r.kind))).toEqual(new Set(['name', 'room', 'phone']));
	});

	it('exports the pseudonymised preparation', () => {
		const exported = exportForSupervisor(compose(true).text, privacyPort('da').detect);
		expect(exported.ok).toBe(true);
		if (exported.ok) expect(exported.text).not.toMatch(/\[\[|Journal\/|^---$/m);
	});
});

describe('supervision with the real reflection computation and search', () => {
	const period = [
		dated('J/2026-11-02 Møde.md', '2026-11-02', '# Møde\n\nOm natten hos beboerne og om medarbejderne på aftenholdet.', 'kind: personalemøde\ntags: [blik/borger, blik/medarbejdere]\n'),
		dated('J/2026-11-03 Samtale.md', '2026-11-03', 'Vi talte om natlig uro hos Borger C.', 'kind: medarbejdersamtale\ntags: [blik/medarbejdere]\n'),
		dated('J/2026-11-04 Selv.md', '2026-11-04', 'Min egen rolle.', 'tags: [blik/selv]\n'),
	];

	it('gives the period\'s mirror in brief from computeReflection', () => {
		const mirror = supervisionServices(DEFAULT_SETTINGS, 'da').mirror?.(period, { from: '2026-11-01', to: '2026-11-30' });
		expect(mirror).toMatchObject({ journalNotes: 3, gazes: { citizen: 1, staff: 2, self: 1 }, doublePerspective: { meetings: 2, both: 1 } });
	});

	it('finds notes on one theme among the period\'s notes, Danish-aware', () => {
		const search = supervisionServices(DEFAULT_SETTINGS, 'da').search;
		expect(search?.('natlige', period)).toContain('J/2026-11-03 Samtale.md');
		expect(search?.('aftenhold', period)).toEqual(['J/2026-11-02 Møde.md']);
	});
});

describe('a name that only starts sentences in one excerpt (issue 23)', () => {
	const material = [
		dated('J/2026-11-02 Aften.md', '2026-11-02', 'Karen fortalte om aftenen. Hun var rolig bagefter.'),
		dated('J/2026-11-03 Møde.md', '2026-11-03', 'Vi talte med Karen om vagtplanen.'),
		dated('J/2026-11-04 Nat.md', '2026-11-04', 'Jens Holm kom sent. Jens fortalte om natten.'),
	];

	it('is pseudonymised there too, like the same name elsewhere', () => {
		const services = supervisionServices(DEFAULT_SETTINGS, 'da');
		const { text } = composePreparation({
			lang: 'da',
			tagLang: 'da',
			today: '2026-11-27',
			period: { from: '2026-11-01', to: '2026-11-27', lastPreparation: null },
			notes: material,
			material: material.map((n) => n.path),
			question: '',
			privacy: services.privacy,
			mirror: null,
			languageCounts: null,
		});
		expect(text).not.toMatch(/Karen|Jens|Holm/);
		expect(text).toContain('Medarbejder 1 fortalte om aftenen. Hun var rolig bagefter.');
		expect(text).toContain('Vi talte med Medarbejder 1 om vagtplanen.');
		// Ordinary words that start a sentence stay.
		expect(text).toContain('Hun var rolig');
	});
});

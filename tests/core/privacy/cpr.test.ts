import { describe, expect, it } from 'vitest';
import { findCprNumbers, normaliseForCpr } from '../../../src/core/privacy/cpr';
import { detectPrivacy } from '../../../src/core/privacy/detect';
import { removeCprLike } from '../../../src/core/supervision/protect';
import { composePreparation } from '../../../src/core/supervision/compose';
import { supervisionServices } from '../../../src/core/supervision/services';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { dated } from '../supervision/helpers';

/** The ways of writing a CPR number from issue 23 (invented numbers), and how each is underlined. */
const VARIANTS: ReadonlyArray<[string, string, string]> = [
	['spaced pairs', '11 04 52-1234', '11 04 52-1234'],
	['Unicode minus (U+2212)', '120452\u22121235', '120452\u22121235'],
	['glued after "CPR-"', 'CPR-130452-1236', '130452-1236'],
	['escaped hyphen', '140452\\-1237', '140452\\-1237'],
	['bold date', '**150452**-1238', '150452**-1238'],
	['zero-width space inside', '1604\u200b52-1239', '1604\u200b52-1239'],
	['dotted', '17.04.52-1240', '17.04.52-1240'],
	['spaces only', '18 04 52 1241', '18 04 52 1241'],
	['slash', '200452/1243', '200452/1243'],
	['soft hyphen', '210452\u00ad1244', '210452\u00ad1244'],
	['no-break spaces', '22\u00a004\u00a052\u20131245', '22\u00a004\u00a052\u20131245'],
	['underscore emphasis', '_230452_-1246', '230452_-1246'],
	['en dash', '240452 \u2013 1247', '240452 \u2013 1247'],
	['full-width digits', '\uff12\uff15\uff10\uff14\uff15\uff12-1248', '\uff12\uff15\uff10\uff14\uff15\uff12-1248'],
	['plain, no separator', '2604521249', '2604521249'],
];

describe('CPR numbers however they are written (issue 23)', () => {
	it.each(VARIANTS)('the check flags %s, on the characters she wrote', (_name, written, underlined) => {
		const text = `Hun sagde sit CPR ${written} højt.`;
		const cpr = detectPrivacy(text).filter((f) => f.kind === 'cpr');
		expect(cpr.map((f) => f.match)).toEqual([underlined]);
		expect(text.slice(cpr[0]?.from, cpr[0]?.to)).toBe(underlined);
	});

	it.each(VARIANTS)('the supervision guard removes %s', (_name, written) => {
		const out = removeCprLike(`Hun sagde sit CPR ${written} højt.`, 'da');
		expect(out).toContain('[CPR fjernet]');
		expect(out.replace(/\D/g, '')).toBe('');
		expect(out).toMatch(/ højt\.$/);
	});

	it('keeps bold closed when it removes a number in bold', () => {
		expect(removeCprLike('CPR **150452**-1238 og **150452-1238**.', 'da')).toBe('CPR **[CPR fjernet]** og **[CPR fjernet]**.');
	});

	it('finds two numbers on one line, each on its own characters', () => {
		const text = 'A: 11 04 52-1234, B: 120452\u22121235.';
		expect(findCprNumbers(text, 'check').map((s) => text.slice(s.from, s.to))).toEqual(['11 04 52-1234', '120452\u22121235']);
	});

	it.each([
		['a date that is not real', 'Nummeret 32 04 52-1234 er ikke et CPR.'],
		['a month that is not real', 'Koden 12.13.52-1234.'],
		['February 30th, spaced', '30 02 90 1234'],
		['a phone number', 'Ring 22 33 44 55 eller 2233 4455.'],
		['a date and a year range', 'Mødet 27.11.2026 om 2019-2023.'],
		['a longer number', 'Sagen 12345678901234.'],
		['an account number', 'Konto 11 04 52 1234 til betaling.'],
		['a code that goes on', 'Ordrekode 110452-1234-77.'],
		['a number glued after another', 'Serie 7.110452-1234.'],
		['digits with a letter right after', 'Id 1104521234ab.'],
		['the end of a commit hash', 'Se [`e4d4a6c`](https://example.org/commit/e4d4a6c2ab743b52eda906abd1ed4b0608952533).'],
		['an amount', 'Det kostede 1.250.000 kr.'],
	])('does not flag %s', (_name, text) => {
		expect(detectPrivacy(text).filter((f) => f.kind === 'cpr')).toEqual([]);
	});

	it('leaves a date with a time to the guard (digits of a pair stay together)', () => {
		for (const text of ['Mødet 05-11-2026 10:30 i stuen.', 'Mødet 05.11.2026 10.30.', 'Perioden 01.10.2026-31.10.2026.']) {
			expect(removeCprLike(text, 'da')).toBe(text);
			expect(detectPrivacy(text).filter((f) => f.kind === 'cpr')).toEqual([]);
		}
	});

	it('the guard also takes a plain ten-digit number whatever its date, and one glued to a word', () => {
		expect(removeCprLike('Nr. 3213451234 og CPR120452-1234.', 'da')).toBe('Nr. [CPR fjernet] og CPR[CPR fjernet].');
	});

	it('maps the normalised view back to the original characters', () => {
		const view = normaliseForCpr('a**1\u200b2\\-3\u2212');
		expect(view.text).toBe('a12-3-');
		expect([...(view.offsets ?? [])]).toEqual([0, 3, 5, 7, 8, 9]);
		expect(normaliseForCpr('plain 120452-1234').offsets).toBeNull();
	});
});

describe('CPR numbers in file names never reach a supervision preparation (issue 23)', () => {
	const path = 'Journal/2026-11-05 Fru A 120452-1234.md';
	const notes = [
		dated(path, '2026-11-05', 'Fru A var urolig. Hendes nummer 11 04 52-1235 og **130452**-1236 står i journalen.\n\n- [ ] Ring til lægen'),
		dated('Journal/Supervision/2026-10-08 Forberedelse 140452-1237.md', '2026-10-08', '# F', 'kind: supervisionsforberedelse\n'),
	];
	const compose = (pseudonymise: boolean) => {
		const services = supervisionServices(DEFAULT_SETTINGS, 'da');
		return composePreparation({
			lang: 'da',
			tagLang: 'da',
			today: '2026-11-27',
			period: { from: '2026-10-09', to: '2026-11-27', lastPreparation: { path: 'Journal/Supervision/2026-10-08 Forberedelse 140452-1237.md', date: '2026-10-08' } },
			notes,
			material: [path],
			question: '',
			privacy: services.privacy,
			pseudonymise,
			mirror: null,
			languageCounts: null,
		}).text;
	};

	it.each([true, false])('neither as link target nor as alias nor in the excerpt (pseudonymise %s)', (pseudonymise) => {
		const text = compose(pseudonymise);
		for (const digits of ['120452', '1234', '110452', '1235', '130452', '1236', '140452', '1237']) expect(text).not.toContain(digits);
		expect(text).not.toMatch(/11 04 52/);
		expect(text).not.toContain(`[[${path.replace(/\.md$/, '')}`);
		// The name stays readable, unlinked, with the marker.
		expect(text).toMatch(/2026-11-05 (?:Fru A|Borger A) CPR fjernet/);
		expect(text).toContain('**[CPR fjernet]**');
	});
});

import { describe, expect, it } from 'vitest';
import { cprDate, detectPrivacy, type PrivacyKind } from '../../../src/core/privacy/detect';

const found = (text: string): Array<[PrivacyKind, string]> => detectPrivacy(text).map((f) => [f.kind, f.match]);

describe('detectPrivacy', () => {
	it.each<[string, string, PrivacyKind, string]>([
		['CPR with hyphen', 'CPR 030331-1234 står i journalen.', 'cpr', '030331-1234'],
		['CPR without hyphen', 'Hendes cpr er 0303311234.', 'cpr', '0303311234'],
		['CPR that fails modulus 11 (issued after 2007)', 'CPR: 010190-0004', 'cpr', '010190-0004'],
		['CPR of a centenarian, century from digit 7', 'CPR 150225-0123', 'cpr', '150225-0123'],
		['CPR leap day 2000 (digit 7 = 4)', 'CPR 290200-4123', 'cpr', '290200-4123'],
		['phone, eight digits', 'Datteren har nummer 22334455.', 'phone', '22334455'],
		['phone in pairs', 'Ring til 22 33 44 55 i morgen.', 'phone', '22 33 44 55'],
		['phone 4+4', 'Ring til 2233 4455 i morgen.', 'phone', '2233 4455'],
		['phone with +45', 'Sønnen: +45 22 33 44 55.', 'phone', '+45 22 33 44 55'],
		['phone with +45, no space', 'Sønnen: +4522334455.', 'phone', '+4522334455'],
		['e-mail', 'Skriv til birthe.hansen@example.dk om det.', 'email', 'birthe.hansen@example.dk'],
		['e-mail with Danish letters', 'Skriv til søren@plejehjem.dk.', 'email', 'søren@plejehjem.dk'],
		['room', 'Borgeren på stue 12 sov godt.', 'room', 'stue 12'],
		['flat', 'Hun flyttede til bolig 4.', 'room', 'bolig 4'],
		['bedroom', 'Værelse 3 er tomt.', 'room', 'Værelse 3'],
		['room in English', 'The lady in room 12 slept.', 'room', 'room 12'],
		['street address', 'Hun bor på Ahornvej 12.', 'address', 'Ahornvej 12'],
		['street address with floor', 'Adressen er Søndergade 3, 2. th og der er elevator.', 'address', 'Søndergade 3, 2. th'],
		['two-word street', 'Hun bor på Nørre Allé 5.', 'address', 'Nørre Allé 5'],
		['English street', 'She lives at 12 Baker Street.', 'address', '12 Baker Street'],
		['birth date in words', 'Hun er født 3. marts 1931 i Aalborg.', 'birthdate', 'født 3. marts 1931'],
		['birth date in figures', 'Fru A (f. 03.03.1931) kom i dag.', 'birthdate', 'f. 03.03.1931'],
		['birth date in English', 'She was born on 3 March 1931.', 'birthdate', 'born on 3 March 1931'],
		['age 97', 'Hun er 97 år og klarer sig godt.', 'age', '97 år'],
		['age with hyphen', 'En 97-årig kvinde faldt.', 'age', '97-årig'],
		['age 100', 'Hun fylder 100 år i maj.', 'age', '100 år'],
		['age in English', 'A 98-year-old resident.', 'age', '98-year-old'],
		['fru and a name', 'Fru Hansen var glad i dag.', 'name', 'Fru Hansen'],
		['hr. and a full name', 'Vi talte med hr. Jens Jensen.', 'name', 'hr. Jens Jensen'],
		['Mrs and a name', 'Mrs Smith was upset.', 'name', 'Mrs Smith'],
	])('finds %s', (_name, text, kind, match) => {
		expect(found(text)).toContainEqual([kind, match]);
	});

	it.each([
		['a pseudonym initial after fru', 'Fru A var glad i dag, og hr. B. sov.'],
		['an impossible date as CPR', 'Nummeret 320190-1234 er ikke et CPR.'],
		['February 30th as CPR', '300290-1234'],
		['a date range', 'Ferie 010724-310724 for hele teamet.'],
		['an account number', 'Konto 3112451234 til betaling.'],
		['a registration and account number', 'Reg.nr. 1234 kontonr. 0301311234.'],
		['a clock time range', 'Vagten er 0700-1500 i dag.'],
		['a clock time', 'Mødet er kl. 14.30.'],
		['a date', 'Mødet var 27.11.2026.'],
		['a compact date, not a phone', 'Se noten 20261127.'],
		['a phone-length number starting with 1', 'Sagen har id 12345678.'],
		['an amount', 'Det kostede 25.000 kr.'],
		['an age under 95', 'Hun er 94 år.'],
		['years ago, not an age', 'Huset blev bygget for 100 år siden.'],
		['a span of years', 'Hun har boet her i 97 år.'],
		['a road without a number', 'Vi gik en tur ad Ahornvej.'],
		['an ordinary capital after fru?', 'Vi talte om det.'],
		['a date without a birth cue', 'Den 3. marts 1931 blev huset bygget.'],
	])('does not flag %s', (_name, text) => {
		expect(found(text)).toEqual([]);
	});

	it('gives 0-based lines and columns, in text order, without overlaps', () => {
		const text = 'Første linje\nfru Hansen, tlf. 22 33 44 55, CPR 030331-1234';
		const findings = detectPrivacy(text);
		expect(findings.map((f) => [f.kind, f.line, f.column])).toEqual([
			['name', 1, 0],
			['phone', 1, 17],
			['cpr', 1, 34],
		]);
		expect(findings[0]?.name).toBe('Hansen');
	});
});

describe('phone numbers and other numbers (issue 23)', () => {
	it.each([
		['a span of years', 'Hun boede der 2019-2023 og flyttede så.'],
		['two spans of years', 'Perioderne 1998-2004 og 2010-2015.'],
		['milliseconds in a day', 'Et døgn er 86400000 millisekunder.'],
		['a round amount', 'Budgettet er 20000000 i alt.'],
		['a quantity with its unit', 'Timeout 25000000 ms, prisen 45990000 kr.'],
		['a compact date', 'Se noten 20261127.'],
	])('does not call %s a phone number', (_name, text) => {
		expect(found(text).filter(([kind]) => kind === 'phone')).toEqual([]);
	});

	it.each([
		['eight digits', 'Ring 22334455.', '22334455'],
		['pairs', 'Ring 22 33 44 55.', '22 33 44 55'],
		['4+4 with a space', 'Ring 2019 2023.', '2019 2023'],
		['with +45', 'Ring +45 86 40 00 00.', '+45 86 40 00 00'],
		['with +45, compact', 'Ring +4586400000.', '+4586400000'],
		['+45 and a round number', 'Ring +45 20000000.', '+45 20000000'],
		['a Jutland landline in pairs', 'Ring 86 40 00 00.', '86 40 00 00'],
		['a number with four zeros', 'Ring 86410000.', '86410000'],
	])('still flags a real Danish phone number: %s', (_name, text, match) => {
		expect(found(text)).toContainEqual(['phone', match]);
	});
});

describe('cprDate', () => {
	it.each([
		['0303311234', { year: 1931, month: 3, day: 3 }],
		['0101374000', { year: 1937, month: 1, day: 1 }],
		['0101364000', { year: 2036, month: 1, day: 1 }],
		['0101585000', { year: 1858, month: 1, day: 1 }],
		['0101575000', { year: 2057, month: 1, day: 1 }],
		['2902004000', { year: 2000, month: 2, day: 29 }],
		['2902001000', { year: 1900, month: 2, day: 29 }],
	])('reads %s', (cpr, date) => {
		if (date.year === 1900) expect(cprDate(cpr)).toBeNull();
		else expect(cprDate(cpr)).toEqual(date);
	});
});

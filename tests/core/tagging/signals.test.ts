import { describe, expect, it } from 'vitest';
import { classifyGazes } from '../../../src/core/tagging/classify';
import { findPeople, firstPersonCount, otherVoice, residentMentions } from '../../../src/core/tagging/signals';

describe('who the people in a note are', () => {
	it('finds staff named by first name or initials, acting, and not the words that start sentences', () => {
		const people = findPeople('Sanne tog aftenvagten med Mehmet og viste ham liften. Hun var rolig. Bagefter sagde JK, at Sanne havde ret.');
		expect([...people.named]).toEqual([
			['Sanne', 2],
			['Mehmet', 1],
			['JK', 1],
		]);
	});

	it('does not take residents, places, acronyms or a name said once at a sentence start for staff', () => {
		const people = findPeople('Mødte fru Holm i Vejle. Holm var glad. MUS med SSA-gruppen. Told PK about it. Rasmus vender.');
		expect(people.residents.has('Holm')).toBe(true);
		expect([...people.named.keys()]).toEqual(['PK']);
		expect([...findPeople('Turen gik til Den Gamle By. Gitte Hænning sang.').named.keys()]).toEqual([]);
	});

	it('counts residents by title, initial or room, in Danish and English', () => {
		expect([...residentMentions('fru Holm spiste. Fru Holm sov. hr. B. sagde nej. Mrs K rang. Borger F smilede. Beboeren på 9 går.')]).toEqual([
			['fru Holm', 2],
			['hr. B', 1],
			['fru K', 1],
			['borger F', 1],
			['nr. 9', 1],
		]);
	});

	it('counts her own first person, and knows a resident\'s voice in a perspective-shift exercise', () => {
		expect(firstPersonCount('Jeg sagde det. Det var mig. I said my piece, and I\'m sorry.')).toBe(5);
		expect(otherVoice('# Øvelse, skrevet som beboeren på 14\n\nJeg hedder Karen')).toBe('skrevet som');
		expect(otherVoice('I\'m 84 and my name is Vera.')).not.toBeNull();
		expect(otherVoice('Jeg er 45 og leder.')).toBeNull();
	});
});

describe('the signals in the suggestions, with reasons a user can read', () => {
	it('suggests staff for a colleague named by first name, with no role word', () => {
		const s = classifyGazes({ body: 'Mehmet satte sig på hug ved døren. Mehmet sagde ingenting i lang tid. Det er noget Mehmet har øvet sig på.' }, { lang: 'da' });
		expect(s.suggested).toContain('staff');
		expect(s.gazes[1]?.reasons).toContain('Mehmet nævnt 3 gange (en medarbejder, ved navn)');
	});

	it('suggests self for her own decision written in the first person, without the word leadership', () => {
		const s = classifyGazes({ body: 'Det var mig, der flyttede mødet til fredag, og det kostede. Jeg har ikke fulgt op på det, jeg lovede.' }, { lang: 'en' });
		expect(s.suggested).toEqual(['self']);
		const en = classifyGazes({ body: 'I set the rota that made this happen. That is my doing.' }, { lang: 'en' });
		expect(en.suggested).toEqual(['self']);
	});

	it('reads a perspective-shift exercise as the citizen, not as her own self', () => {
		const s = classifyGazes({ body: '# Hvis jeg var hr. Jensen\n\nJeg har stået op kl 3 i 40 år. Nu siger de, jeg skal sove. Jeg har ikke noget at skulle have sagt.' }, { lang: 'en' });
		expect(s.suggested).toEqual(['citizen']);
		expect(s.gazes[0]?.reasons.join(' ')).toContain('Written in a resident\'s voice');
	});

	it('suggests nothing for logistics with a relative', () => {
		expect(classifyGazes({ body: 'Ny primær kontakt er datteren Bente, tlf. 2x xx xx 41. Opdatér i systemet og på tavlen. Bestil handsker str. M.' }).suggested).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { classifyQuestion, findQuestions } from '../../../src/core/reflection/question-rules';

describe('sorting questions into the six categories and feelings', () => {
	it.each([
		['Hvad gjorde du, da hun blev urolig?', 'actions'],
		['What did you do then?', 'actions'],
		['Hvad gjorde du, da det blev hårdt?', 'actions'],
		['Hvad var din hensigt med det?', 'intentions'],
		['What did you hope it would create?', 'intentions'],
		['Hvad har du lagt mærke til hos ham?', 'observations'],
		['What have you noticed about her lately?', 'observations'],
		['Hvilke faglige overvejelser gjorde du dig?', 'thoughts'],
		['What professional considerations have you made?', 'thoughts'],
		['Hvad ved du om fru A?', 'knowledge'],
		['What do you know about her life?', 'knowledge'],
		['Hvad har du prøvet, som virker lidt?', 'experiences'],
		['What must one certainly not do?', 'experiences'],
		['Hvordan har du det?', 'feelings'],
		['Hvordan var det for dig at stå i den situation?', 'feelings'],
		['How did it feel?', 'feelings'],
		['Hvad fortæller din reaktion dig om situationen?', 'feelings'],
		['Hvad mon vejret bliver i morgen?', null],
		// The method's own example directions (shared/METHOD.md, the six categories and feelings).
		['What did you do then?', 'actions'],
		['What was the effect?', 'actions'],
		['What else did you try?', 'actions'],
		['What was your intention?', 'intentions'],
		['What were you attentive to?', 'intentions'],
		['What have you observed about the citizen lately?', 'observations'],
		['What professional considerations have you made about working with the citizen?', 'thoughts'],
		['What do you know about the citizen, since you acted as you did?', 'knowledge'],
		['What have you tried?', 'experiences'],
		['What works a little, now and then?', 'experiences'],
		['What does your reaction tell you about the situation?', 'feelings'],
		// Phrasings the issue found falling through: spoken Danish, other verbs, English.
		['Hvad foretog du dig så?', 'actions'],
		['Hvad var tanken bag at vente?', 'thoughts'],
		['Hvad er du bekendt med om hans baggrund?', 'knowledge'],
		['What did you make of it?', 'thoughts'],
		['How is it wearing on you?', 'feelings'],
		// Spoken fillers between the question word and the verb change nothing.
		['Hvad gjorde du egentlig så?', 'actions'],
		['What did you actually do?', 'actions'],
		// A word's beginning is not the whole word: a workshop is not "works", a reaction is not "react".
		['Did anything strike you in the workshop?', 'observations'],
		['What was your reaction?', 'feelings'],
		// Logistics stay unclassified.
		['Kan du tage vagten fredag?', null],
		['Did you sign the key log?', null],
	])('%s → %s', (question, category) => {
		expect(classifyQuestion(question)).toBe(category);
	});

	it('finds questions sentence by sentence, leaving out quoted ones, callouts and code', () => {
		const body = [
			'## Mine spørgsmål',
			'- Hvad gjorde du så?',
			'Jeg spurgte: Hvad ved du om hendes vaner? Og hvad håbede du at opnå?',
			'Jeg spurgte ikke "hvordan har du det?", men lyttede.',
			'Hvad gjorde du med hr. B i går?',
			'> - Hvad gjorde du lige efter? (fra spørgsmålssættet)',
			'```',
			'Hvad står der her?',
			'```',
			'Et udsagn.',
		].join('\n');
		expect(findQuestions(body).map((q) => [q.text, q.category])).toEqual([
			['Hvad gjorde du så?', 'actions'],
			['Hvad ved du om hendes vaner?', 'knowledge'],
			['Og hvad håbede du at opnå?', 'intentions'],
			['Hvad gjorde du med hr. B i går?', 'actions'],
		]);
	});
});

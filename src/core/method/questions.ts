/**
 * Questions about what the employee already can, does and knows (six categories, feelings last), the
 * staff wellbeing needs, and Karl Tomm's four question types.
 */
import type { QuestionCategory, QuestionType, WellbeingNeed } from './types';

/**
 * The six categories, then feelings. The order is the method: start with what the employee did,
 * aimed for, noticed, considered, knows and has learned; feelings come last and are treated as
 * information about the situation.
 */
export const QUESTION_CATEGORY_CATALOGUE: readonly QuestionCategory[] = [
	{
		id: 'actions',
		name: { da: 'Handlinger', en: 'Actions' },
		asksAbout: { da: 'det, de gjorde', en: 'what they did' },
		questions: {
			da: ['Hvad gjorde du så?', 'Hvad kom der ud af det?', 'Hvad prøvede du ellers?', 'Hvad gjorde du først?'],
			en: ['What did you do then?', 'What came of it?', 'What else did you try?', 'What did you do first?'],
		},
	},
	{
		id: 'intentions',
		name: { da: 'Intentioner', en: 'Intentions' },
		asksAbout: { da: 'det, de ville opnå', en: 'what they aimed for' },
		questions: {
			da: ['Hvad var din hensigt?', 'Hvad håbede du, det ville skabe for borgeren?', 'Hvad var du særligt opmærksom på?'],
			en: ['What was your intention?', 'What did you hope it would create for the citizen?', 'What were you especially attentive to?'],
		},
	},
	{
		id: 'observations',
		name: { da: 'Observationer', en: 'Observations' },
		asksAbout: { da: 'det, de lagde mærke til', en: 'what they noticed' },
		questions: {
			da: ['Hvad har du lagt mærke til hos borgeren på det seneste?', 'Hvad så du lige før det skete?', 'Hvornår går det bedre, og hvad er anderledes da?'],
			en: ['What have you noticed about the citizen lately?', 'What did you see just before it happened?', 'When does it go better, and what is different then?'],
		},
	},
	{
		id: 'thoughts',
		name: { da: 'Tanker', en: 'Thoughts' },
		asksAbout: { da: 'deres faglige overvejelser', en: 'their professional considerations' },
		questions: {
			da: ['Hvilke faglige overvejelser har du gjort dig om arbejdet med borgeren?', 'Hvad overvejede du at gøre, som du ikke gjorde?', 'Hvad tænker du, der er på spil for borgeren?'],
			en: ['What professional considerations have you made about working with the citizen?', 'What did you consider doing that you did not do?', 'What do you think is at stake for the citizen?'],
		},
	},
	{
		id: 'knowledge',
		name: { da: 'Viden', en: 'Knowledge' },
		asksAbout: { da: 'det, de ved', en: 'what they know' },
		questions: {
			da: ['Hvad ved du om borgeren, siden du handlede, som du gjorde?', 'Hvilken faglig viden brugte du?', 'Hvad ved du om borgerens liv, som kan hjælpe os?'],
			en: ['What do you know about the citizen, given that you acted as you did?', 'Which professional knowledge did you use?', 'What do you know about the citizen\'s life that could help us?'],
		},
	},
	{
		id: 'experiences',
		name: { da: 'Erfaringer', en: 'Experiences' },
		asksAbout: { da: 'det, de har lært', en: 'what they have learned' },
		questions: {
			da: ['Hvad har du prøvet?', 'Hvad skal man i hvert fald ikke gøre?', 'Hvad virker lidt, en gang imellem?', 'Hvad har du lært af en lignende situation?'],
			en: ['What have you tried?', 'What must one certainly not do?', 'What works a little, now and then?', 'What have you learned from a similar situation?'],
		},
	},
	{
		id: 'feelings',
		name: { da: 'Følelser (til sidst)', en: 'Feelings (last)' },
		asksAbout: { da: 'deres reaktion, brugt som viden om situationen', en: 'their reaction, used as information about the situation' },
		questions: {
			da: ['Hvad fortæller din reaktion dig om situationen?', 'Hvad har du brug for fra mig eller fra kollegerne nu?'],
			en: ['What does your reaction tell you about the situation?', 'What do you need from me or from your colleagues now?'],
		},
	},
];

/** Staff wellbeing after self-determination theory (Deci and Ryan; in Danish via Ib Ravn). */
export const WELLBEING_NEEDS: readonly WellbeingNeed[] = [
	{
		id: 'autonomy',
		name: { da: 'Autonomi', en: 'Autonomy' },
		description: { da: 'At have indflydelse og være med til at beslutte.', en: 'Having a say and taking part in decisions.' },
		prompts: {
			da: ['Hvor var medarbejderne med til at beslutte?', 'Hvor besluttede jeg noget, de selv kunne have besluttet?'],
			en: ['Where did the staff take part in deciding?', 'Where did I decide something they could have decided themselves?'],
		},
	},
	{
		id: 'competence',
		name: { da: 'Kompetence', en: 'Competence' },
		description: { da: 'At føle sig dygtig og lykkes med opgaven.', en: 'Feeling skilled and succeeding at the task.' },
		prompts: {
			da: ['Hvor lykkedes medarbejderne, og fik de det at vide?', 'Hvor følte nogen sig utilstrækkelige, og hvorfor?'],
			en: ['Where did the staff succeed, and were they told?', 'Where did someone feel inadequate, and why?'],
		},
	},
	{
		id: 'relatedness',
		name: { da: 'Tilhørsforhold', en: 'Relatedness' },
		description: { da: 'At høre til og føle sig tryg i gruppen.', en: 'Belonging and feeling safe in the group.' },
		prompts: {
			da: ['Hvem står uden for fællesskabet lige nu?', 'Hvor støttede kollegerne hinanden?'],
			en: ['Who is outside the community right now?', 'Where did colleagues support each other?'],
		},
	},
];

/** Karl Tomm's four question types: vary them; circular and reflexive open, strategic closes. */
export const QUESTION_TYPES: readonly QuestionType[] = [
	{
		id: 'linear',
		name: { da: 'Lineære spørgsmål', en: 'Linear questions' },
		description: {
			da: 'Undersøgende spørgsmål, der skaffer fakta: hvem, hvad, hvor, hvornår. De orienterer lederen.',
			en: 'Investigative questions that gather facts: who, what, where, when. They orient the leader.',
		},
		effect: 'orients',
		examples: {
			da: ['Hvad skete der?', 'Hvem var til stede?', 'Hvornår begyndte det?'],
			en: ['What happened?', 'Who was there?', 'When did it start?'],
		},
	},
	{
		id: 'circular',
		name: { da: 'Cirkulære spørgsmål', en: 'Circular questions' },
		description: {
			da: 'Spørgsmål om sammenhænge og forskelle mellem mennesker og situationer. De åbner refleksionen.',
			en: 'Questions about connections and differences between people and situations. They open reflection.',
		},
		effect: 'opens',
		examples: {
			da: ['Hvem reagerer mest på det, og hvordan?', 'Hvad gør borgeren, når du gør sådan?', 'Hvad er forskellen på de dage, det går godt?'],
			en: ['Who reacts most to it, and how?', 'What does the citizen do when you do that?', 'What is different on the days it goes well?'],
		},
	},
	{
		id: 'strategic',
		name: { da: 'Strategiske spørgsmål', en: 'Strategic questions' },
		description: {
			da: 'Styrende spørgsmål, der peger på en bestemt handling. De lukker refleksionen og skal bruges med omtanke.',
			en: 'Directing questions that point to a particular action. They close reflection and should be used with care.',
		},
		effect: 'closes',
		examples: {
			da: ['Hvad hvis du prøvede at tale med hende før morgenplejen?', 'Er det ikke på tide at inddrage de pårørende?'],
			en: ['What if you tried talking with her before the morning care?', 'Is it not time to involve the relatives?'],
		},
	},
	{
		id: 'reflexive',
		name: { da: 'Refleksive spørgsmål', en: 'Reflexive questions' },
		description: {
			da: 'Spørgsmål, der inviterer til nye perspektiver og muligheder. De åbner refleksionen.',
			en: 'Questions that invite new perspectives and possibilities. They open reflection.',
		},
		effect: 'opens',
		examples: {
			da: ['Hvis borgeren kunne se situationen udefra, hvad ville hun så sige?', 'Hvad ville der ske, hvis vi gjorde det modsatte?', 'Hvad ville du ønske, en kollega spurgte dig om?'],
			en: ['If the citizen could see the situation from outside, what would she say?', 'What would happen if we did the opposite?', 'What would you like a colleague to ask you?'],
		},
	},
];

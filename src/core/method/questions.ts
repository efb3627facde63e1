/**
 * Questions about what the employee already can, does and knows (six categories, feelings last), the
 * staff wellbeing needs, and Karl Tomm's four question types.
 */
import type { QuestionCategory, QuestionType, WellbeingNeed, WellbeingPoint } from './types';

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
		opener: {
			da: 'Anerkend først, fx "Det lyder ikke helt nemt." Spørg så til det, medarbejderen gjorde:',
			en: 'Acknowledge first, for instance "That does not sound easy." Then ask about what the employee did:',
		},
		questions: {
			da: ['Hvad gjorde du så?', 'Hvad kom der ud af det?', 'Hvad fik det dig til at tænke?', 'Hvad prøvede du ellers?'],
			en: ['What did you do then?', 'What came of it?', 'What did it make you think?', 'What else did you try?'],
		},
	},
	{
		id: 'intentions',
		name: { da: 'Intentioner', en: 'Intentions' },
		asksAbout: { da: 'det, de ville opnå', en: 'what they aimed for' },
		opener: { da: '', en: '' },
		questions: {
			da: ['Hvad var din hensigt med det?', 'Hvad håbede du, det ville skabe for borgeren?', 'Hvad havde du blik for i situationen?'],
			en: ['What was your intention?', 'What did you hope it would create for the citizen?', 'What were you attentive to in the situation?'],
		},
	},
	{
		id: 'observations',
		name: { da: 'Observationer', en: 'Observations' },
		asksAbout: { da: 'det, de lagde mærke til', en: 'what they noticed' },
		opener: { da: '', en: '' },
		questions: {
			da: ['Hvad har du lagt mærke til hos borgeren på det seneste?', 'Hvad så du lige før det skete?', 'Hvornår går det bedre, og hvad er anderledes da?'],
			en: ['What have you noticed about the citizen lately?', 'What did you see just before it happened?', 'When does it go better, and what is different then?'],
		},
	},
	{
		id: 'thoughts',
		name: { da: 'Tanker', en: 'Thoughts' },
		asksAbout: { da: 'deres faglige overvejelser', en: 'their professional considerations' },
		opener: { da: '', en: '' },
		questions: {
			da: ['Hvilke faglige overvejelser har du gjort dig om samarbejdet med borgeren?', 'Hvad tænker du, der er på spil for borgeren?', 'Er der noget, du særligt har tænkt over eller overvejet?'],
			en: ['What professional considerations have you made about working with the citizen?', 'What do you think is at stake for the citizen?', 'Is there something you have especially thought about or considered?'],
		},
	},
	{
		id: 'knowledge',
		name: { da: 'Viden', en: 'Knowledge' },
		asksAbout: { da: 'det, de ved', en: 'what they know' },
		opener: { da: '', en: '' },
		questions: {
			da: ['Hvad er det, du ved om borgeren, siden du gjorde, som du gjorde?', 'Hvilken faglig viden brugte du?', 'Hvad ved du om borgerens liv, som kan hjælpe os?'],
			en: ['What do you know about the citizen, given that you acted as you did?', 'Which professional knowledge did you use?', 'What do you know about the citizen\'s life that could help us?'],
		},
	},
	{
		id: 'experiences',
		name: { da: 'Erfaringer', en: 'Experiences' },
		asksAbout: { da: 'det, de har lært', en: 'what they have learned' },
		opener: { da: '', en: '' },
		questions: {
			da: ['Hvilke erfaringer har du indtil nu gjort dig med borgeren?', 'Du har sikkert allerede prøvet en masse. Hvad skal man i hvert fald ikke gøre?', 'Hvad har virket, bare en lille smule, ind imellem?', 'Hvad har du lært af en lignende situation?'],
			en: ['What experience have you gained with the citizen so far?', 'You have surely tried a lot already. What must one certainly not do?', 'What has worked, even a little, now and then?', 'What have you learned from a similar situation?'],
		},
	},
	{
		id: 'feelings',
		name: { da: 'Følelser (til sidst)', en: 'Feelings (last)' },
		asksAbout: { da: 'deres reaktion, brugt som viden om situationen', en: 'their reaction, used as information about the situation' },
		opener: {
			da: 'Følelser er ikke forbudte. De kommer til sidst og bruges som viden om situationen, så samtalen ikke gør medarbejderen til offer for svære vilkår.',
			en: 'Feelings are not forbidden. They come last and are used as information about the situation, so the conversation does not make the employee a victim of hard conditions.',
		},
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
		description: { da: 'At være med til at træffe beslutninger.', en: 'Taking part in decisions.' },
		prompts: {
			da: ['Hvor var medarbejderne med til at beslutte?', 'Hvor besluttede jeg noget, de selv kunne have besluttet?'],
			en: ['Where did the staff take part in deciding?', 'Where did I decide something they could have decided themselves?'],
		},
		questions: {
			da: ['Hvor har du selv været med til at bestemme, hvordan I gør?', 'Hvad ville du gøre anderledes, hvis det var op til dig?'],
			en: ['Where have you had a say in how you do things?', 'What would you do differently if it were up to you?'],
		},
	},
	{
		id: 'competence',
		name: { da: 'Kompetence', en: 'Competence' },
		description: { da: 'At føle sig som en kompetent fagperson.', en: 'Feeling like a competent professional.' },
		prompts: {
			da: ['Hvor lykkedes medarbejderne, og fik de det at vide?', 'Hvor følte nogen sig utilstrækkelige, og hvorfor?'],
			en: ['Where did the staff succeed, and were they told?', 'Where did someone feel inadequate, and why?'],
		},
		questions: {
			da: ['Hvad lykkes du med i arbejdet lige nu?', 'Hvor kunne du bruge mere viden eller oplæring?'],
			en: ['What are you succeeding at in your work right now?', 'Where could you use more knowledge or training?'],
		},
	},
	{
		id: 'relatedness',
		name: { da: 'Tilhørsforhold', en: 'Relatedness' },
		description: { da: 'Psykologisk tryghed i gruppen.', en: 'Psychological safety in the group.' },
		prompts: {
			da: ['Hvem står uden for fællesskabet lige nu?', 'Hvor støttede kollegerne hinanden?'],
			en: ['Who is outside the community right now?', 'Where did colleagues support each other?'],
		},
		questions: {
			da: ['Hvem går du til, når noget er svært?', 'Hvordan er det at sige noget svært i gruppen?'],
			en: ['Whom do you turn to when something is hard?', 'What is it like to say something difficult in the group?'],
		},
	},
];

/**
 * The method's other points of staff wellbeing: a significant professional with a voice, support when
 * the work gets hard, relations to colleagues and to the leader, meaningful work. (Professional
 * identity and being part of the work community are a focus point of the staff gaze.)
 */
export const STAFF_WELLBEING_POINTS: readonly WellbeingPoint[] = [
	{
		id: 'significant-professional',
		name: { da: 'En betydningsfuld fagperson', en: 'A significant professional' },
		description: {
			da: 'At opleve, at ens faglighed betyder noget og sammen med andres gør en forskel for borgerne.',
			en: 'Feeling that one\'s professional skill matters and, with others\', makes a difference for citizens.',
		},
		prompts: {
			da: ['Hvor så jeg en medarbejders faglighed gøre en forskel for en borger?', 'Hvordan viste jeg, at jeg så det?'],
			en: ['Where did I see an employee\'s professional skill make a difference for a citizen?', 'How did I show that I saw it?'],
		},
		questions: {
			da: ['Hvornår har du sidst oplevet, at det, du gjorde, gjorde en forskel for en borger?'],
			en: ['When did you last see that what you did made a difference for a citizen?'],
		},
	},
	{
		id: 'voice',
		name: { da: 'En stemme i arbejdsfællesskabet', en: 'A voice in the work community' },
		description: {
			da: 'At have en stemme ind i arbejdsfællesskabet og blive hørt.',
			en: 'Having a voice in the work community and being heard.',
		},
		prompts: {
			da: ['Hvis stemmer blev hørt på møderne, og hvis manglede?', 'Hvad er der sket med det, medarbejderne har foreslået?'],
			en: ['Whose voices were heard at the meetings, and whose were missing?', 'What has become of what the staff proposed?'],
		},
		questions: {
			da: ['Hvornår blev en idé eller en bekymring, du havde, sidst hørt og brugt?'],
			en: ['When was an idea or a concern of yours last heard and used?'],
		},
	},
	{
		id: 'support',
		name: { da: 'Støtte, når arbejdet bliver svært', en: 'Support when the work gets hard' },
		description: {
			da: 'At få støtte fra leder og kolleger, når arbejdet bliver svært.',
			en: 'Getting support from the leader and colleagues when the work gets hard.',
		},
		prompts: {
			da: ['Hvem står i noget svært lige nu, og hvilken støtte får de?', 'Kom støtten fra mig, fra kollegerne, eller slet ikke?'],
			en: ['Who is in something hard right now, and what support do they get?', 'Did the support come from me, from colleagues, or not at all?'],
		},
		questions: {
			da: ['Hvad hjælper dig, når arbejdet bliver svært?', 'Hvad har du brug for fra mig, når det bliver svært?'],
			en: ['What helps you when the work gets hard?', 'What do you need from me when it gets hard?'],
		},
	},
	{
		id: 'relations',
		name: { da: 'Relationer til kolleger og til ledelsen', en: 'Relations to colleagues and to the leader' },
		description: {
			da: 'Gode arbejdsrelationer til kollegerne og til mig som leder.',
			en: 'Good working relations to colleagues and to me as leader.',
		},
		prompts: {
			da: ['Hvordan er samarbejdet mellem kollegerne lige nu?', 'Hvordan er min relation til medarbejderne, og hvor er den sat på prøve?'],
			en: ['How is the collaboration between colleagues right now?', 'How is my relation to the staff, and where is it being tested?'],
		},
		questions: {
			da: ['Hvordan er samarbejdet med dine kolleger for tiden?', 'Hvad kan jeg som leder gøre mere af eller mindre af?'],
			en: ['How is the collaboration with your colleagues these days?', 'What could I as leader do more or less of?'],
		},
	},
	{
		id: 'meaningful-work',
		name: { da: 'Meningsfyldt arbejde', en: 'Meaningful work' },
		description: {
			da: 'At arbejdet giver mening og ikke bare bliver til opgaver, der skal nås.',
			en: 'That the work makes sense and does not become mere tasks to get through.',
		},
		prompts: {
			da: ['Hvor gav arbejdet mening for medarbejderne, og hvor blev det bare til opgaver?', 'Hvad kan jeg gøre, så meningen bliver tydelig igen (fx med Det store hvorfor)?'],
			en: ['Where did the work make sense to the staff, and where did it become mere tasks?', 'What can I do to make the purpose clear again (for instance with the big why)?'],
		},
		questions: {
			da: ['Hvad giver dit arbejde mening for dig?', 'Hvornår føles det mest som bare opgaver?'],
			en: ['What makes your work meaningful to you?', 'When does it feel most like mere tasks?'],
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

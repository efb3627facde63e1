/**
 * The method's concepts (the core task, the double perspective, ...), the reflection structures, the
 * supervision preparation, and the "read more" references.
 */
import type { Concept, Reference, ReflectionStructure, Stage } from './types';

/** The ideas the method rests on, explained in a sentence or two each. */
export const CONCEPTS: readonly Concept[] = [
	{
		id: 'core-task',
		name: { da: 'Kerneopgaven', en: 'The core task' },
		description: {
			da: 'Lederens kerneopgave er at bidrage til og sikre værdige og personcentrerede møder mellem medarbejdere og borgere.',
			en: 'The leader\'s core task is to contribute to and ensure dignified, person-centred encounters between staff and citizens.',
		},
	},
	{
		id: 'double-perspective',
		name: { da: 'Dobbeltperspektivet', en: 'The double perspective' },
		description: {
			da: 'Ledelse med blik for borgernes og medarbejdernes trivsel på én gang, og med et blik på sig selv. Et møde er i dobbeltperspektiv, når det rummer mindst ét element eller spørgsmål for hver side.',
			en: 'Leadership that keeps citizen wellbeing and staff wellbeing in view at once, with a gaze on oneself as well. A meeting works in the double perspective when it holds at least one element or question for each side.',
		},
	},
	{
		id: 'wellbeing-circles',
		name: { da: 'Den gode og den onde cirkel', en: 'The good and the vicious circle' },
		description: {
			da: 'Når borgerne trives, oplever medarbejderne, at de lykkes, og gør mere af det, der virker. Når borgerne ikke trives, møder medarbejderne store krav og føler sig utilstrækkelige. Det psykiske arbejdsmiljø skabes i det samme arbejde, som skaber kvalitet for borgeren.',
			en: 'When citizens thrive, staff feel they succeed and do more of what works. When citizens do not thrive, staff face high demands and feel inadequate. The psychological work environment is made in the same work that makes quality for the citizen.',
		},
	},
	{
		id: 'staff-wellbeing',
		name: { da: 'Medarbejdertrivsel', en: 'Staff wellbeing' },
		description: {
			da: 'At føle sig som en betydningsfuld fagperson, der har en stemme i arbejdsfællesskabet og sammen med andre gør en forskel for borgerne. Dertil støtte, når det bliver svært, fagidentitet, gode relationer til kolleger og ledelse, at være en del af fællesskabet og meningsfuldt arbejde.',
			en: 'Feeling like a significant professional who has a voice in the work community and, with others, makes a difference for citizens. Also: support when the work gets hard, professional identity, good relations to colleagues and leadership, being part of the community, and meaningful work.',
		},
	},
	{
		id: 'position-trap',
		name: { da: 'Positionsfælden', en: 'The position trap' },
		description: {
			da: 'Den omsorgsfulde leder spørger "Hvordan har du det? Er det hårdt lige nu?". Spørger man kun til følelser, kan de vokse, og medarbejderen bliver placeret som offer for hårde vilkår. Spørg hellere til det, medarbejderen allerede kan, gør og ved.',
			en: 'The caring leader asks "How are you? Is it hard right now?". Asking only about feelings can amplify them and position the employee as a victim of hard conditions. Ask instead about what the employee already can, does and knows.',
		},
	},
	{
		id: 'callousness',
		name: { da: 'Forråelse og afmagt', en: 'Callousness and powerlessness' },
		description: {
			da: 'Forråelse (Dorthe Birkmose) er en måde at overleve på, når afmagt og moralsk stress bliver for meget: man tænker, føler og bekymrer sig mindre, og borgerne lider under det. Det kan høres i sproget. Afmagt kalder på støtte til medarbejderen, ikke på irettesættelse.',
			en: 'Callousness (Dorthe Birkmose) is a way of coping when powerlessness and moral stress become unbearable: one thinks, feels and worries less, and citizens are hurt. It can be heard in the language. Powerlessness calls for support of the employee, not correction.',
		},
	},
	{
		id: 'privacy',
		name: { da: 'Persondata i journalen', en: 'Personal data in the journal' },
		description: {
			da: 'Noter om borgere er personoplysninger, ofte helbredsoplysninger, og noter om medarbejdere er også personoplysninger. Et pseudonym er stadig en personoplysning, så skriv kun så mange detaljer, som refleksionen kræver.',
			en: 'Notes about citizens are personal data, often health data, and notes about employees are personal data too. A pseudonym is still personal data, so write only as much detail as the reflection needs.',
		},
	},
];

/** Common reflection structures for the journal and for supervision. */
export const REFLECTION_STRUCTURES: readonly ReflectionStructure[] = [
	{
		id: 'gibbs',
		name: { da: 'Gibbs\' refleksionscirkel', en: 'Gibbs\' reflective cycle' },
		description: { da: 'Seks trin fra beskrivelse til handleplan.', en: 'Six stages from description to action plan.' },
		stages: [
			{ id: 'description', name: { da: 'Beskrivelse', en: 'Description' }, prompt: { da: 'Hvad skete der?', en: 'What happened?' } },
			{ id: 'feelings', name: { da: 'Følelser', en: 'Feelings' }, prompt: { da: 'Hvad tænkte og følte jeg?', en: 'What did I think and feel?' } },
			{ id: 'evaluation', name: { da: 'Vurdering', en: 'Evaluation' }, prompt: { da: 'Hvad var godt, og hvad var dårligt?', en: 'What was good, and what was bad?' } },
			{ id: 'analysis', name: { da: 'Analyse', en: 'Analysis' }, prompt: { da: 'Hvordan kan jeg forstå det?', en: 'How can I make sense of it?' } },
			{ id: 'conclusion', name: { da: 'Konklusion', en: 'Conclusion' }, prompt: { da: 'Hvad kunne jeg have gjort anderledes?', en: 'What could I have done differently?' } },
			{ id: 'action-plan', name: { da: 'Handleplan', en: 'Action plan' }, prompt: { da: 'Hvad gør jeg, hvis det sker igen?', en: 'What will I do if it happens again?' } },
		],
	},
	{
		id: 'schon',
		name: { da: 'Schön: refleksion i og over handling', en: 'Schön: reflection in and on action' },
		description: {
			da: 'Refleksion mens det sker, og bagefter.',
			en: 'Reflection while it happens, and afterwards.',
		},
		stages: [
			{ id: 'in-action', name: { da: 'Refleksion i handling', en: 'Reflection in action' }, prompt: { da: 'Hvad lagde jeg mærke til undervejs, og hvordan justerede jeg?', en: 'What did I notice as it happened, and how did I adjust?' } },
			{ id: 'on-action', name: { da: 'Refleksion over handling', en: 'Reflection on action' }, prompt: { da: 'Når jeg ser tilbage, hvad forstår jeg nu, som jeg ikke så da?', en: 'Looking back, what do I understand now that I did not see then?' } },
		],
	},
	{
		id: 'what-so-what-now-what',
		name: { da: 'Hvad? Hvad så? Hvad nu?', en: 'What? So what? Now what?' },
		description: { da: 'Tre korte trin fra det, der skete, til det, jeg gør.', en: 'Three short steps from what happened to what I do.' },
		stages: [
			{ id: 'what', name: { da: 'Hvad?', en: 'What?' }, prompt: { da: 'Hvad skete der?', en: 'What happened?' } },
			{ id: 'so-what', name: { da: 'Hvad så?', en: 'So what?' }, prompt: { da: 'Hvad betyder det, og hvad lærer jeg af det?', en: 'What does it mean, and what do I learn from it?' } },
			{ id: 'now-what', name: { da: 'Hvad nu?', en: 'Now what?' }, prompt: { da: 'Hvad gør jeg nu?', en: 'What do I do now?' } },
		],
	},
];

/** Every journal entry ends with this: the self gaze on one's own part. */
export const OWN_CONTRIBUTION: Stage = {
	id: 'own-contribution',
	name: { da: 'Mit eget bidrag som leder', en: 'My own contribution as leader' },
	prompt: { da: 'Hvad var mit bidrag, og hvad gør jeg anderledes næste gang?', en: 'What was my contribution, and what will I do differently next time?' },
};

/** The sections of a supervision preparation, in order. */
export const SUPERVISION_PREPARATION: readonly Stage[] = [
	{ id: 'case', name: { da: 'Sagen', en: 'The case' }, prompt: { da: 'Sagen i få linjer, med pseudonymer.', en: 'The case in a few lines, with pseudonyms.' } },
	{ id: 'why-now', name: { da: 'Hvorfor nu?', en: 'Why now?' }, prompt: { da: 'Hvorfor tager jeg det op netop nu?', en: 'Why am I bringing it up now?' } },
	{ id: 'question', name: { da: 'Mit spørgsmål', en: 'My question' }, prompt: { da: 'Mit spørgsmål i én sætning.', en: 'My question in one sentence.' } },
	{ id: 'want', name: { da: 'Det vil jeg gå derfra med', en: 'What I want to leave with' }, prompt: { da: 'Forståelse, muligheder, en beslutning eller støtte?', en: 'Understanding, options, a decision or support?' } },
	{ id: 'stuck', name: { da: 'Her sidder jeg fast', en: 'Where I am stuck' }, prompt: { da: 'Hvor kører jeg i ring?', en: 'Where am I going round in circles?' } },
	{ id: 'tried', name: { da: 'Det har jeg prøvet', en: 'What I have tried' }, prompt: { da: 'Hvad har jeg prøvet, og hvad virker lidt?', en: 'What have I tried, and what works a little?' } },
	{ id: 'own-part', name: { da: 'Min egen reaktion og mit bidrag', en: 'My own reaction and contribution' }, prompt: { da: 'Hvad gør sagen ved mig, og hvad er min andel i den?', en: 'What does the case do to me, and what is my part in it?' } },
	{ id: 'afterwards', name: { da: 'Bagefter', en: 'Afterwards' }, prompt: { da: 'Det tager jeg med, mit næste skridt, og hvornår jeg ser på det igen.', en: 'My takeaways, my next step, and when I will look at it again.' } },
];

/** "Læs mere": the further reading named in the method's source. */
export const REFERENCES: readonly Reference[] = [
	{
		id: 'ljungmann-2024',
		citation: 'Ljungmann, I. (2024). Faglig ledelse i ældreplejen.',
		note: { da: 'Bogen bag de tre ledelsesmæssige blikke.', en: 'The book behind the three leadership gazes.' },
	},
	{
		id: 'ljungmann-2023',
		citation: 'Ljungmann, I. (2023). Ledelse i demensomsorgen.',
		note: { da: 'Kapitler om ledelse i demensomsorgen.', en: 'Chapters on leadership in dementia care.' },
	},
	{
		id: 'ljungmann-2018',
		citation: 'Ljungmann, I. (2018).',
		note: { da: 'Perspektivskifte som faglig metode.', en: 'Perspective shift as a professional method.' },
	},
	{
		id: 'sst-person-centred',
		citation: 'Sundhedsstyrelsen (2022).',
		note: { da: 'Håndbøger om personcentreret omsorg og refleksionskortene bag de fleste redskaber til borgerens trivsel.', en: 'Handbooks on person-centred care, and the reflection cards behind most tools for citizen wellbeing.' },
	},
	{
		id: 'elven-2015',
		citation: 'Elvén, B. H., Agger, J. & Ljungmann, I. (2015). Adfærdsproblemer i ældreplejen.',
		note: { da: 'Low arousal og affektudbrudsmodellen i ældreplejen.', en: 'Low arousal and the affect outburst model in elder care.' },
	},
	{
		id: 'sorensen-2016',
		citation: 'Sørensen et al. (2016).',
		note: { da: 'Det psykiske arbejdsmiljø og kerneopgaven: hvorfor medarbejdertrivsel og kvalitet hænger sammen.', en: 'The psychological work environment and the core task: why staff wellbeing and quality belong together.' },
	},
];

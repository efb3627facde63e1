/**
 * The method's concepts (the core task, the double perspective, ...), the reflection structures, the
 * supervision preparation, and the "read more" references.
 */
import type { Addition, Concept, Reference, ReflectionStructure, Stage } from './types';

/** The ideas the method rests on, explained in a sentence or two each. */
export const CONCEPTS: readonly Concept[] = [
	{
		id: 'core-task',
		name: { da: 'Kerneopgaven', en: 'The core task' },
		description: {
			da: 'Lederens kerneopgave er at bidrage til og sikre værdige og personcentrerede møder mellem medarbejdere og borgere.',
			en: 'The leader\'s core task is to contribute to and ensure dignified, person-centred encounters between staff and citizens.',
		},
		why: {
			da: 'Kerneopgaven i praksis: værdige og personcentrerede møder mellem medarbejdere og borgere.',
			en: 'The core task in practice: dignified, person-centred encounters between staff and citizens.',
		},
	},
	{
		id: 'double-perspective',
		name: { da: 'Dobbeltperspektivet', en: 'The double perspective' },
		description: {
			da: 'Ledelse med blik for borgernes og medarbejdernes trivsel på én gang, og med et blik på sig selv, også når det bliver svært. Et møde holdes i et dobbeltperspektiv, når det rummer mindst ét element eller spørgsmål for hver side.',
			en: 'Leadership that keeps citizen wellbeing and staff wellbeing in view at once, with a gaze on oneself as well, even when it gets hard. A meeting is held in the double perspective when it holds at least one element or question for each side.',
		},
		why: {
			da: 'Mødet holdes i et dobbeltperspektiv, også når det bliver svært: stil spørgsmål både om borgerne og om medarbejderne, med mindst ét punkt for hver side.',
			en: 'The meeting is held in the double perspective, even when it gets hard: ask about both the citizens and the staff, with at least one item for each side.',
		},
	},
	{
		id: 'self-gaze',
		name: { da: 'Blikket på sig selv og greb til at styrke fagligheden', en: 'The gaze on oneself, and moves that strengthen professionalism' },
		description: {
			da: 'Lederen ser på effekten af sin egen ledelse og organisering, på sin rolle som facilitator tæt på praksis, på det systematiske arbejde med møder og på et fælles fagligt fundament og sprog. Det er både et blik og et greb: det er her, fagligheden styrkes.',
			en: 'The leader looks at the effect of her own leadership and organisation, at her role as facilitator close to practice, at systematic work through meetings, and at a shared professional foundation and language. It is both a gaze and a handle: this is where professionalism is strengthened.',
		},
		why: {
			da: 'Blikket på mig selv er også et greb til at styrke fagligheden: det, jeg organiserer, faciliterer og gør systematisk, er det, medarbejderne kan stå på.',
			en: 'The gaze on myself is also a handle on professional quality: what I organise, facilitate and make systematic is what the staff can stand on.',
		},
	},
	{
		id: 'wellbeing-circles',
		name: { da: 'Den gode og den onde cirkel', en: 'The good and the vicious circle' },
		description: {
			da: 'Når borgerne trives, oplever medarbejderne, at de lykkes, og gør mere af det, der virker. Når borgerne ikke trives, møder medarbejderne store krav og føler sig utilstrækkelige. Det psykiske arbejdsmiljø skabes i det samme arbejde, som skaber kvalitet for borgeren.',
			en: 'When citizens thrive, staff feel they succeed and do more of what works. When citizens do not thrive, staff face high demands and feel inadequate. The psychological work environment is made in the same work that makes quality for the citizen.',
		},
		why: {
			da: 'Hvorfor begge sider: borgernes og medarbejdernes trivsel hænger sammen. Trives borgerne, lykkes medarbejderne og gør mere af det gode; trives de ikke, står medarbejderne i høje krav og føler sig utilstrækkelige.',
			en: 'Why both sides: citizen and staff wellbeing are bound together. When citizens thrive, staff succeed and do more of what works; when they do not, staff face high demands and feel inadequate.',
		},
	},
	{
		id: 'same-work',
		name: { da: 'Trivsel og kvalitet i det samme arbejde', en: 'Wellbeing and quality in the same work' },
		description: {
			da: 'Det psykiske arbejdsmiljø står ikke ved siden af den daglige drift. Det skabes i det samme arbejde, som skaber god kvalitet for borgerne, så medarbejdernes trivsel og kerneopgaven ikke er to spor (Sørensen m.fl. 2016).',
			en: 'The psychological work environment does not stand beside daily operations. It is made in the same work that makes good quality for the citizens, so staff wellbeing and the core task are not two tracks (Sørensen et al. 2016).',
		},
		why: {
			da: 'Trivsel og kvalitet skabes i det samme daglige arbejde, ikke i to spor (Sørensen m.fl. 2016).',
			en: 'Wellbeing and quality are made in the same daily work, not in two tracks (Sørensen et al. 2016).',
		},
	},
	{
		id: 'staff-wellbeing',
		name: { da: 'Medarbejdertrivsel', en: 'Staff wellbeing' },
		description: {
			da: 'At føle sig som en betydningsfuld fagperson, der har en stemme i arbejdsfællesskabet og sammen med andre gør en forskel for borgerne. Dertil støtte, når det bliver svært, fagidentitet, gode relationer til kolleger og ledelse, at være en del af fællesskabet og meningsfuldt arbejde.',
			en: 'Feeling like a significant professional who has a voice in the work community and, with others, makes a difference for citizens. Also: support when the work gets hard, professional identity, good relations to colleagues and leadership, being part of the community, and meaningful work.',
		},
		why: {
			da: 'Medarbejdere i trivsel oplever sig som betydningsfulde fagpersoner. Selvbestemmelsesteorien (Deci og Ryan, på dansk ved Ib Ravn) peger på tre behov: autonomi, kompetence og tilhørsforhold.',
			en: 'Staff who thrive experience themselves as significant professionals. Self-determination theory (Deci and Ryan, in Danish via Ib Ravn) names three needs: autonomy, competence and relatedness.',
		},
	},
	{
		id: 'position-trap',
		name: { da: 'Positionsfælden', en: 'The position trap' },
		description: {
			da: 'Den omsorgsfulde leder spørger "Hvordan har du det? Er det hårdt lige nu?". Spørger man kun til følelser, kan de vokse, medarbejderen bliver placeret som offer for svære vilkår, og samtalen kommer på kanten af dobbeltperspektivet. Spørg hellere til det, medarbejderen allerede kan, gør og ved.',
			en: 'The caring leader asks "How are you? Is it hard right now?". Asking only about feelings can amplify them and position the employee as a victim of hard conditions, and it takes the conversation to the edge of the double perspective. Ask instead about what the employee already can, does and knows.',
		},
		why: {
			da: 'Hvorfor ikke begynde med følelserne: spørger vi kun til dem, kan de vokse, medarbejderen bliver gjort til offer for svære vilkår, og samtalen kommer på kanten af dobbeltperspektivet. Spørg først til det, medarbejderen allerede kan, gør og ved; det styrker fagidentiteten.',
			en: 'Why not start with feelings: asking only about them can amplify them, makes the employee a victim of hard conditions, and takes the conversation to the edge of the double perspective. Ask first about what the employee already can, does and knows; it strengthens professional identity.',
		},
	},
	{
		id: 'callousness',
		name: { da: 'Forråelse og afmagt', en: 'Callousness and powerlessness' },
		description: {
			da: 'Forråelse (Dorthe Birkmose) er en måde at overleve på, når afmagt og moralsk stress bliver for meget: man tænker, føler og bekymrer sig mindre, og borgerne lider under det. Det kan høres i sproget. Afmagt kalder på støtte til medarbejderen, ikke på irettesættelse.',
			en: 'Callousness (Dorthe Birkmose) is a way of coping when powerlessness and moral stress become unbearable: one thinks, feels and worries less, and citizens are hurt. It can be heard in the language. Powerlessness calls for support of the employee, not correction.',
		},
		why: { da: '', en: '' },
	},
	{
		id: 'privacy',
		name: { da: 'Persondata i journalen', en: 'Personal data in the journal' },
		description: {
			da: 'Noter om borgere er personoplysninger, ofte helbredsoplysninger, og noter om medarbejdere er også personoplysninger. Et pseudonym er stadig en personoplysning, så skriv kun så mange detaljer, som refleksionen kræver.',
			en: 'Notes about citizens are personal data, often health data, and notes about employees are personal data too. A pseudonym is still personal data, so write only as much detail as the reflection needs.',
		},
		why: { da: '', en: '' },
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
			da: 'Refleksion, mens det sker, og bagefter.',
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
	{ id: 'tried', name: { da: 'Det har jeg prøvet', en: 'What I have tried' }, prompt: { da: 'Hvad har jeg prøvet, og hvad har virket, bare en lille smule?', en: 'What have I tried, and what has worked, even a little?' } },
	{ id: 'own-part', name: { da: 'Min egen reaktion og mit bidrag', en: 'My own reaction and contribution' }, prompt: { da: 'Hvad gør sagen ved mig, og hvad er min andel i den?', en: 'What does the case do to me, and what is my part in it?' } },
	{ id: 'afterwards', name: { da: 'Bagefter', en: 'Afterwards' }, prompt: { da: 'Det tager jeg med, mit næste skridt, og hvornår jeg ser på det igen.', en: 'My takeaways, my next step, and when I will look at it again.' } },
];

/**
 * What Three Gazes adds that the method does not name, each with its real source. The method names
 * guided reflection but no question types, and no reflection structure or supervision outline.
 */
export const ADDITIONS: readonly Addition[] = [
	{
		id: 'question-types',
		name: { da: 'Karl Tomms fire spørgsmålstyper', en: 'Karl Tomm\'s four question types' },
		description: {
			da: 'Lineære, cirkulære, strategiske og refleksive spørgsmål, i redskabet Styret refleksion og i forberedelsen til supervision.',
			en: 'Linear, circular, strategic and reflexive questions, in the guided reflection tool and in supervision preparation.',
		},
		source: 'Tomm, K. (1988). Interventive interviewing: Part III. Intending to ask lineal, circular, strategic, or reflexive questions? Family Process, 27(1), 1-15.',
	},
	{
		id: 'gibbs',
		name: { da: 'Gibbs\' refleksionscirkel', en: 'Gibbs\' reflective cycle' },
		description: {
			da: 'Seks trin fra beskrivelse til handleplan. Kan sættes ind i en skabelon med {{stages:gibbs}}.',
			en: 'Six stages from description to action plan. Can be put into a template with {{stages:gibbs}}.',
		},
		source: 'Gibbs, G. (1988). Learning by Doing: A guide to teaching and learning methods. Further Education Unit, Oxford Polytechnic.',
	},
	{
		id: 'schon',
		name: { da: 'Schön: refleksion i og over handling', en: 'Schön: reflection in and on action' },
		description: {
			da: 'Refleksion, mens det sker, og bagefter. Kan sættes ind i en skabelon med {{stages:schon}}.',
			en: 'Reflection while it happens, and afterwards. Can be put into a template with {{stages:schon}}.',
		},
		source: 'Schön, D. A. (1983). The Reflective Practitioner: How professionals think in action. Basic Books.',
	},
	{
		id: 'what-so-what-now-what',
		name: { da: 'Hvad? Hvad så? Hvad nu?', en: 'What? So what? Now what?' },
		description: {
			da: 'Tre korte trin fra det, der skete, til det, jeg gør. Den daglige refleksion slutter med "Hvad så? Hvad nu?". Kan sættes ind i en skabelon med {{stages:what-so-what-now-what}}.',
			en: 'Three short steps from what happened to what I do. The daily reflection ends with "So what? Now what?". Can be put into a template with {{stages:what-so-what-now-what}}.',
		},
		source: 'Rolfe, G., Freshwater, D. & Jasper, M. (2001). Critical reflection for nursing and the helping professions: a user\'s guide. Palgrave.',
	},
	{
		id: 'supervision-preparation',
		name: { da: 'Punkterne i forberedelsen til supervision', en: 'The outline of the supervision preparation' },
		description: {
			da: 'Sagen, hvorfor nu, mit spørgsmål, det vil jeg gå derfra med, her sidder jeg fast, det har jeg prøvet, min egen andel og bagefter.',
			en: 'The case, why now, my question, what I want to leave with, where I am stuck, what I have tried, my own part, and afterwards.',
		},
		source: '',
	},
];

const ON_LEADERSHIP = { da: 'Om faglig ledelse', en: 'On professional leadership' } as const;
const ON_PERSPECTIVE_SHIFT = { da: 'Om perspektivskifte som metode', en: 'On perspective shift as a method' } as const;
const ON_LOW_AROUSAL = { da: 'Om low arousal og tilgangen til konfliktløsning', en: 'On low arousal and the approach to resolving conflict' } as const;
const ON_SYSTEMIC = {
	da: 'Om systemiske og narrative metoder i vejlednings- og konsulentarbejde',
	en: 'On systemic and narrative methods in guidance and consulting work',
} as const;
const QUOTED = { da: 'Citeret i metoden', en: 'Quoted in the method' } as const;

/**
 * "Læs mere": the method's own reading list, item by item and in its order, with the method's
 * headings and the addresses it gives. Every fact (author, year, title, publisher, journal, pages,
 * address) is the method's; where it gives none (no year for the handbooks or for Westmark et al.),
 * none is added. Sørensen et al. is not on the list but quoted in the method; it comes last.
 */
export const REFERENCES: readonly Reference[] = [
	{
		id: 'ljungmann-2023',
		group: ON_LEADERSHIP,
		citation:
			'Ljungmann, I. (2023). "Nærværende ledelse med blikket på borgeren" og "Med blikket på medarbejderen – perspektivskifte og fagligt sprog" i bogen "Ledelse i demensomsorgen" af Tina Risager. Forlaget Samfundslitteratur.',
		address: '',
	},
	{
		id: 'ljungmann-2024',
		group: ON_LEADERSHIP,
		citation: 'Ljungmann, I. (2024). Faglig ledelse i ældreplejen. Akademisk Forlag.',
		address: '',
	},
	{
		id: 'ljungmann-2018',
		group: ON_PERSPECTIVE_SHIFT,
		citation: 'Ljungmann, I. (2018). "En enkel bevægelse med stor effekt – perspektivskifte som metode". Systemisk narrativt forum, nr. 4, s. 11-23.',
		address: 'http://www.inpraxis.dk/',
	},
	{
		id: 'sst-handbooks',
		group: ON_PERSPECTIVE_SHIFT,
		citation:
			'Sundhedsstyrelsens håndbøger i personcentreret omsorg og metoder til forståelse af psykiske og adfærdsmæssige symptomer (med lettilgængelige beskrivelser af perspektivskiftet).',
		address: '',
	},
	{
		id: 'sst-e-learning',
		group: ON_PERSPECTIVE_SHIFT,
		citation: 'E-læringsmoduler i bl.a. ledelse af værdig ældrepleje og perspektivskifte (Sundhedsstyrelsen).',
		address: 'http://www.læringomværdighed.dk/',
	},
	{
		id: 'rosa-podcast',
		group: ON_PERSPECTIVE_SHIFT,
		citation: 'RoSas podcast "Perspektivskifte som metode".',
		address: 'https://rosaspodcasts.podbean.com/',
	},
	{
		id: 'elven-2015',
		group: ON_LOW_AROUSAL,
		citation: 'Elvén, B. H., Agger, C. & Ljungmann, I. (2015). "Adfærdsproblemer i ældreplejen".',
		address: '',
	},
	{
		id: 'westmark',
		group: ON_SYSTEMIC,
		citation: 'Westmark et al. "Konsulent – men hvordan?".',
		address: '',
	},
	{
		id: 'sorensen-2016',
		group: QUOTED,
		citation: 'Sørensen m.fl. (2016), s. 123-126.',
		address: '',
	},
];

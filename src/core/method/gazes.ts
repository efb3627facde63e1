/** The three gazes and their focus points. */
import type { Gaze, SelfFocusPoint } from './types';

/** The self gaze's focus points, each rated 1-5 in a self check-in (`rating-<id>`). */
export const SELF_FOCUS_POINTS: readonly SelfFocusPoint[] = [
	{
		id: 'leadership-effect',
		gaze: 'self',
		name: { da: 'Effekten af min ledelse og organisering', en: 'The effect of my leadership and organisation' },
		description: {
			da: 'Om det, jeg beslutter, prioriterer og organiserer, gør en forskel for borgerne og medarbejderne.',
			en: 'Whether what I decide, prioritise and organise makes a difference for citizens and staff.',
		},
		prompts: {
			da: [
				'Hvad har jeg besluttet eller organiseret for nylig, og hvad kan jeg se, det har ført til?',
				'Hvor ser jeg spor af min ledelse i borgernes hverdag?',
				'Hvad ville medarbejderne sige, at min ledelse betyder for deres arbejde?',
			],
			en: [
				'What have I decided or organised lately, and what can I see it has led to?',
				'Where do I see traces of my leadership in the citizens\' everyday life?',
				'What would the staff say my leadership means for their work?',
			],
		},
	},
	{
		id: 'facilitator-role',
		gaze: 'self',
		name: { da: 'Facilitator tæt på praksis', en: 'Facilitator close to practice' },
		description: {
			da: 'Om jeg er til stede i praksis og hjælper medarbejderne med at tænke sig om, frem for at give svarene.',
			en: 'Whether I am present in practice and help the staff think things through, rather than handing out answers.',
		},
		prompts: {
			da: [
				'Hvornår var jeg sidst med i praksis, og hvad lærte jeg af det?',
				'Hvor stillede jeg spørgsmål i stedet for at give løsningen?',
				'Hvor var jeg for langt væk til at kunne hjælpe?',
			],
			en: [
				'When was I last part of practice, and what did I learn from it?',
				'Where did I ask questions instead of giving the solution?',
				'Where was I too far away to help?',
			],
		},
	},
	{
		id: 'systematic-meetings',
		gaze: 'self',
		name: { da: 'Systematisk arbejde: møder', en: 'Systematic work: meetings' },
		description: {
			da: 'Om møderne har en fast form, bliver til handling og følges op, så fagligheden vokser over tid.',
			en: 'Whether meetings have a steady form, turn into action and are followed up, so professionalism grows over time.',
		},
		prompts: {
			da: [
				'Hvilke møder gjorde en forskel i denne periode, og hvilke blev bare holdt?',
				'Blev aftalerne fulgt op? Hvem gjorde det?',
				'Havde møderne blik for både borgerne og medarbejderne?',
			],
			en: [
				'Which meetings made a difference in this period, and which were merely held?',
				'Were the agreements followed up? By whom?',
				'Did the meetings keep both the citizens and the staff in view?',
			],
		},
	},
	{
		id: 'shared-foundation',
		gaze: 'self',
		name: { da: 'Fælles fagligt grundlag og sprog', en: 'A shared professional foundation and language' },
		description: {
			da: 'Om vi deler en faglig forståelse og har ord for den, så vi kan tale sammen om det svære.',
			en: 'Whether we share a professional understanding and have words for it, so we can talk about what is hard.',
		},
		prompts: {
			da: [
				'Hvor talte vi et fælles fagligt sprog, og hvor talte vi forbi hinanden?',
				'Hvilke begreber eller redskaber bruger vi faktisk sammen?',
				'Hvad mangler vi at blive enige om?',
			],
			en: [
				'Where did we speak a shared professional language, and where did we talk past each other?',
				'Which concepts or tools do we actually use together?',
				'What do we still need to agree on?',
			],
		},
	},
];

/** The three gazes of the method, in the order notes and views show them. */
export const GAZE_CATALOGUE: readonly Gaze[] = [
	{
		id: 'citizen',
		name: { da: 'Blikket på borgeren og miljøet', en: 'The gaze on the citizen and the environment' },
		description: {
			da: 'Kvaliteten i borgernes hverdag og i miljøet omkring dem: hvordan de trives, og om de får lov at bestemme selv.',
			en: 'The quality of the citizens\' everyday life and of the environment around them: how they are doing, and whether they get to decide for themselves.',
		},
		focus: [
			{
				id: 'quality',
				gaze: 'citizen',
				name: { da: 'Kvalitet gennem observation og dokumentation', en: 'Quality through observation and documentation' },
				description: {
					da: 'Kvalitetsarbejde ved selv at se praksis og ved at læse dokumentationen.',
					en: 'Quality work by watching practice yourself and by reading the records.',
				},
				prompts: {
					da: [
						'Hvad så jeg selv i praksis?',
						'Hvad fortæller dokumentationen, og passer den med det, jeg så?',
						'Hvad vil jeg følge op på?',
					],
					en: [
						'What did I see in practice myself?',
						'What do the records say, and do they match what I saw?',
						'What will I follow up on?',
					],
				},
			},
			{
				id: 'wellbeing',
				gaze: 'citizen',
				name: { da: 'Borgernes trivsel', en: 'The citizens\' wellbeing' },
				description: {
					da: 'En vurdering af, hvordan borgerne trives, og hvad der tyder på det.',
					en: 'An assessment of how the citizens are doing, and what suggests it.',
				},
				prompts: {
					da: [
						'Hvem trives, og hvad tyder på det?',
						'Hvem bekymrer mig, og hvad har jeg set?',
						'Hvad fylder borgernes trivselskar op lige nu, og hvad tømmer det?',
					],
					en: [
						'Who is thriving, and what suggests it?',
						'Who worries me, and what have I seen?',
						'What fills the citizens\' wellbeing tub right now, and what drains it?',
					],
				},
			},
			{
				id: 'self-determination',
				gaze: 'citizen',
				name: { da: 'Selvbestemmelse', en: 'Self-determination' },
				description: {
					da: 'Om borgerne får lov at bestemme over deres eget liv og egen hverdag.',
					en: 'Whether citizens get to decide over their own life and day.',
				},
				prompts: {
					da: [
						'Hvor bestemte borgerne selv i dag?',
						'Hvor bestemte vi for dem, og var det nødvendigt?',
						'Hvad kan vi gøre, så borgeren får mere at skulle have sagt?',
					],
					en: [
						'Where did the citizens decide for themselves today?',
						'Where did we decide for them, and was it necessary?',
						'What can we do so the citizen has more say?',
					],
				},
			},
			{
				id: 'environment',
				gaze: 'citizen',
				name: { da: 'Miljøet', en: 'The environment' },
				description: {
					da: 'Rammerne om borgernes hverdag: omgivelserne, stemningen og den måde, vi er sammen med borgerne på.',
					en: 'The setting of the citizens\' everyday life: the surroundings, the atmosphere and the way we are with the citizens.',
				},
				prompts: {
					da: [
						'Hvordan var stemningen, lyden og uroen omkring borgerne i dag?',
						'Hvor støttede rammerne borgernes trivsel, og hvor stod de i vejen?',
						'Hvad kan vi ændre i omgivelserne eller i vores måde at være der på?',
					],
					en: [
						'What were the atmosphere, the noise and the unrest around the citizens like today?',
						'Where did the setting support the citizens\' wellbeing, and where did it get in the way?',
						'What can we change in the surroundings or in the way we are there?',
					],
				},
			},
		],
	},
	{
		id: 'staff',
		name: { da: 'Blikket på medarbejderne', en: 'The gaze on the staff' },
		description: {
			da: 'Medarbejdernes faglighed og trivsel, som skabes i det samme daglige arbejde, der skaber kvalitet for borgeren.',
			en: 'The staff\'s professionalism and wellbeing, made in the same daily work that makes quality for the citizen.',
		},
		focus: [
			{
				id: 'powerlessness-callousness',
				gaze: 'staff',
				name: { da: 'Afmagt og forråelse (obs sprog)', en: 'Powerlessness and callousness (watch the language)' },
				description: {
					da: 'At opdage og tage hånd om afmagt og forråelse, blandt andet ved at lytte til sproget.',
					en: 'Noticing and handling powerlessness and callousness, not least by listening to the language.',
				},
				prompts: {
					da: [
						'Hvad hørte jeg, der kunne være tegn på afmagt ("vi har prøvet alt", "det nytter ikke")?',
						'Hvad hørte jeg om borgerne, der gjorde dem til en opgave eller en diagnose?',
						'Hvilken støtte har medarbejderen brug for, frem for en irettesættelse?',
					],
					en: [
						'What did I hear that could be a sign of powerlessness ("we have tried everything", "it is no use")?',
						'What did I hear about citizens that turned them into a task or a diagnosis?',
						'What support does the employee need, rather than a correction?',
					],
				},
			},
			{
				id: 'professional-judgement',
				gaze: 'staff',
				name: { da: 'Fagligt skøn, perspektivskifte og styret refleksion', en: 'Professional judgement, perspective shift and guided reflection' },
				description: {
					da: 'At hjælpe medarbejderne med at foretage faglige skøn, se situationen fra borgerens side og reflektere på en styret måde.',
					en: 'Helping the staff use professional judgement, see the situation from the citizen\'s side and reflect in a guided way.',
				},
				prompts: {
					da: [
						'Hvor skulle en medarbejder foretage et fagligt skøn, og hvordan hjalp jeg?',
						'Hvor kunne et perspektivskifte have åbnet situationen?',
						'Hvilke spørgsmål åbnede refleksionen, og hvilke lukkede den?',
					],
					en: [
						'Where did an employee face a judgement call, and how did I help?',
						'Where could a perspective shift have opened the situation?',
						'Which questions opened the reflection, and which closed it?',
					],
				},
			},
			{
				id: 'competences',
				gaze: 'staff',
				name: { da: 'Faglige kompetencer', en: 'Professional competences' },
				description: {
					da: 'At vurdere, hvad medarbejderne kan, og hvad de har brug for at lære.',
					en: 'Assessing what the staff can do, and what they need to learn.',
				},
				prompts: {
					da: [
						'Hvad kan, gør og ved medarbejderne allerede?',
						'Hvilken viden eller færdighed mangler vi i gruppen?',
						'Hvem kan lære fra sig?',
					],
					en: [
						'What can the staff already do, and what do they already know?',
						'Which knowledge or skill is missing in the group?',
						'Who could teach the others?',
					],
				},
			},
			{
				id: 'psychological-safety',
				gaze: 'staff',
				name: { da: 'Psykologisk tryghed i gruppen', en: 'Psychological safety in the group' },
				description: {
					da: 'Om det er trygt at sige fra, spørge og indrømme fejl i gruppen.',
					en: 'Whether it is safe in the group to speak up, ask and admit mistakes.',
				},
				prompts: {
					da: [
						'Hvem tog et problem op, og hvem var tavse?',
						'Hvordan reagerede jeg, da noget gik galt?',
						'Hvad gør det lettere at sige noget svært her?',
					],
					en: [
						'Who raised a problem, and who stayed silent?',
						'How did I react when something went wrong?',
						'What makes it easier to say something difficult here?',
					],
				},
			},
			{
				id: 'professional-identity',
				gaze: 'staff',
				name: { da: 'Fagidentitet og arbejdsfællesskab', en: 'Professional identity and the work community' },
				description: {
					da: 'At styrke medarbejdernes oplevelse af at være betydningsfulde fagpersoner i et fællesskab.',
					en: 'Strengthening the staff\'s sense of being significant professionals in a community.',
				},
				prompts: {
					da: [
						'Hvornår var medarbejderne stolte af deres arbejde?',
						'Hvor gjorde nogen en forskel for en borger, og blev det set?',
						'Hvad styrker fællesskabet, og hvad slider på det?',
					],
					en: [
						'When were the staff proud of their work?',
						'Where did someone make a difference for a citizen, and was it noticed?',
						'What strengthens the community, and what wears it down?',
					],
				},
			},
		],
	},
	{
		id: 'self',
		name: { da: 'Blikket på mig selv', en: 'The gaze on myself' },
		description: {
			da: 'Hvordan min ledelse og min organisering virker, og hvilke greb der styrker fagligheden.',
			en: 'How my leadership and my organisation are working, and which moves strengthen professionalism.',
		},
		focus: SELF_FOCUS_POINTS,
	},
];

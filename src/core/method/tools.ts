/**
 * The toolbox: every tool (meeting element) with its purpose, side, steps, parts and guiding questions.
 * The method names the tools; the steps and questions are our own wording. Where a tool carries
 * something the method does not name, `addition` says so with its real source.
 */
import { QUESTION_CATEGORY_CATALOGUE, QUESTION_TYPES } from './questions';
import type { Tool } from './types';

/** Kitwood's flower: love at the centre, five petals. */
const FLOWER: Tool = {
	id: 'flower',
	name: { da: 'Blomsten', en: 'The flower' },
	side: 'citizen',
	purpose: {
		da: 'At se på de psykologiske behov hos en borger med demens og vælge ét behov, vi vil imødekomme bedre.',
		en: 'To look at the psychological needs of a citizen with dementia and pick one need we will meet better.',
	},
	origin: { da: 'Tom Kitwood', en: 'Tom Kitwood' },
	addition: { da: '', en: '' },
	steps: {
		da: [
			'Kærlighed står i midten: behovet for at blive accepteret og holdt af, som man er.',
			'Gå kronbladene igennem ét ad gangen: hvad tyder på, at behovet er dækket eller ikke dækket? Skriv, hvad I har set.',
			'Vælg ét behov, I vil imødekomme bedre i denne uge, og aftal hvordan.',
		],
		en: [
			'Love is at the centre: the need to be accepted and cared for as one is.',
			'Go through the petals one at a time: what suggests the need is met or unmet? Write what you have seen.',
			'Pick one need to meet better this week, and agree how.',
		],
	},
	parts: [
		{ id: 'love', name: { da: 'Kærlighed (i midten)', en: 'Love (at the centre)' }, prompt: { da: 'Hvor mærker borgeren, at hun er holdt af?', en: 'Where does the citizen feel cared for?' } },
		{ id: 'comfort', name: { da: 'Trøst', en: 'Comfort' }, prompt: { da: 'Hvad giver tryghed og ro, og hvad ser vi?', en: 'What gives security and calm, and what do we see?' } },
		{ id: 'identity', name: { da: 'Identitet', en: 'Identity' }, prompt: { da: 'Hvor bliver borgeren mødt som den, hun er og har været?', en: 'Where is the citizen met as who she is and has been?' } },
		{ id: 'attachment', name: { da: 'Tilknytning', en: 'Attachment' }, prompt: { da: 'Hvem føler borgeren sig knyttet til?', en: 'Whom does the citizen feel attached to?' } },
		{ id: 'occupation', name: { da: 'Beskæftigelse', en: 'Occupation' }, prompt: { da: 'Hvad giver borgeren mening at være med til?', en: 'What is meaningful for the citizen to take part in?' } },
		{ id: 'inclusion', name: { da: 'Inklusion', en: 'Inclusion' }, prompt: { da: 'Hvor er borgeren med i fællesskabet, og hvor står hun udenfor?', en: 'Where is the citizen part of the community, and where is she left out?' } },
	],
	questions: {
		da: ['Hvilket behov er mindst dækket lige nu?', 'Hvad har vi set, der viser det?', 'Hvad vil vi gøre i denne uge for at imødekomme det behov?'],
		en: ['Which need is least met right now?', 'What have we seen that shows it?', 'What will we do this week to meet that need?'],
	},
};

/** Kitwood's five factors, with the Danish Health Authority's names. */
const FIVE_FACTORS: Tool = {
	id: 'five-factors',
	name: { da: 'De fem faktorer', en: 'The five factors' },
	side: 'citizen',
	purpose: {
		da: 'At forstå en borger med demens hele vejen rundt, så vi ikke forklarer alt med sygdommen, og at finde det, vi selv kan ændre.',
		en: 'To understand a citizen with dementia all the way round, so we do not explain everything by the disease, and to find what we can change ourselves.',
	},
	origin: { da: 'Tom Kitwood (demensligningen)', en: 'Tom Kitwood (the dementia equation)' },
	addition: { da: '', en: '' },
	steps: {
		da: ['Skriv, hvad I ved under hver faktor. Skeln mellem viden og gæt.', 'Se på, hvordan faktorerne hænger sammen i den situation, I drøfter.', 'Slut altid med: hvad vil vi ændre i vores egen adfærd?'],
		en: ['Write what you know under each factor. Tell knowledge from guesses.', 'Look at how the factors connect in the situation you are discussing.', 'Always end with: what will we change in our own behaviour?'],
	},
	parts: [
		{ id: 'biography', name: { da: 'Biografi', en: 'Biography' }, prompt: { da: 'Livshistorie, vaner, arbejde, familie, vigtige begivenheder.', en: 'Life story, habits, work, family, important events.' } },
		{ id: 'personality', name: { da: 'Personlighed', en: 'Personality' }, prompt: { da: 'Hvordan har borgeren altid mødt verden og andre mennesker?', en: 'How has the citizen always met the world and other people?' } },
		{ id: 'health', name: { da: 'Helbred', en: 'Health' }, prompt: { da: 'Smerter, syn og hørelse, medicin, søvn, andre sygdomme.', en: 'Pain, sight and hearing, medication, sleep, other illnesses.' } },
		{ id: 'cognition', name: { da: 'Kognitive funktioner', en: 'Cognitive functions' }, prompt: { da: 'Hukommelse, sprog, orientering: hvad kan borgeren stadig, og hvad er svært?', en: 'Memory, language, orientation: what can the citizen still do, and what is hard?' } },
		{ id: 'social-psychology', name: { da: 'Socialpsykologi', en: 'Social psychology' }, prompt: { da: 'Hvordan handler og taler vi, der er omkring borgeren?', en: 'How do we around the citizen act and speak?' } },
	],
	questions: {
		da: ['Hvilken faktor ved vi mindst om?', 'Hvad forklarer vi med demensen, som måske har en anden årsag?', 'Hvad vil vi ændre i vores egen adfærd?'],
		en: ['Which factor do we know least about?', 'What do we explain by the dementia that may have another cause?', 'What will we change in our own behaviour?'],
	},
};

const ICEBERG: Tool = {
	id: 'iceberg',
	name: { da: 'Isbjerget', en: 'The iceberg' },
	side: 'citizen',
	purpose: {
		da: 'Al adfærd er kommunikation. Isbjerget skiller det, vi ser, fra vores bud på, hvad der ligger under.',
		en: 'All behaviour is communication. The iceberg separates what we see from our guesses about what lies beneath.',
	},
	origin: { da: '', en: '' },
	addition: { da: '', en: '' },
	steps: {
		da: [
			'Over vandet: beskriv kun den adfærd, I har set. Hvad, hvornår, hvor, hvem var til stede, hvor ofte?',
			'Under vandet: skriv jeres bud på behov og følelser, og marker dem som hypoteser.',
			'Skift perspektiv: hvad prøver borgeren at fortælle os?',
			'Aftal, hvordan I afprøver en hypotese, og hvornår I ser på det igen.',
		],
		en: [
			'Above the water: describe only the behaviour you have seen. What, when, where, who was there, how often?',
			'Below the water: write your guesses about needs and feelings, and mark them as hypotheses.',
			'Shift perspective: what is the citizen trying to tell us?',
			'Agree how you will test a hypothesis, and when you will look at it again.',
		],
	},
	parts: [
		{ id: 'above', name: { da: 'Over vandet (det vi så)', en: 'Above the water (what we saw)' }, prompt: { da: 'Hvad, hvornår, hvor, hvem, hvor ofte?', en: 'What, when, where, who, how often?' } },
		{ id: 'below', name: { da: 'Under vandet (hypoteser)', en: 'Below the water (hypotheses)' }, prompt: { da: 'Hvilke behov og følelser kan ligge bag? Skriv "måske".', en: 'Which needs and feelings may lie behind it? Write "perhaps".' } },
		{ id: 'test', name: { da: 'Sådan afprøver vi det', en: 'How we test it' }, prompt: { da: 'Hvad gør vi, og hvornår følger vi op?', en: 'What will we do, and when do we follow up?' } },
	],
	questions: {
		da: ['Er det, vi har skrevet over vandet, set, eller er det tolket?', 'Hvilken hypotese vil vi afprøve først?', 'Hvordan kan vi se, om vi tog fejl?'],
		en: ['Is what we wrote above the water seen, or is it interpreted?', 'Which hypothesis will we test first?', 'How will we see if we were wrong?'],
	},
};

const PERSPECTIVE_SHIFT: Tool = {
	id: 'perspective-shift',
	name: { da: 'Perspektivskifte', en: 'Perspective shift' },
	side: 'citizen',
	purpose: {
		da: 'At se situationen fra borgerens (eller en pårørendes) side, så vi forstår adfærden som et budskab.',
		en: 'To see the situation from the citizen\'s (or a relative\'s) side, so we understand the behaviour as a message.',
	},
	origin: { da: 'Ljungmann (2018); Sundhedsstyrelsens håndbøger i personcentreret omsorg', en: 'Ljungmann (2018); the Danish Health Authority\'s handbooks on person-centred care' },
	addition: { da: '', en: '' },
	steps: {
		da: ['Beskriv situationen kort.', 'Skriv den igen i jeg-form, som borgeren ville fortælle den ("Jeg …").', 'Aftal, hvad I vil prøve at gøre anderledes.'],
		en: ['Describe the situation briefly.', 'Write it again in the first person, as the citizen would tell it ("I …").', 'Agree what you will try to do differently.'],
	},
	parts: [
		{ id: 'situation', name: { da: 'Situationen', en: 'The situation' }, prompt: { da: 'Hvad skete der?', en: 'What happened?' } },
		{ id: 'first-person', name: { da: 'Som borgeren ville sige det', en: 'As the citizen would put it' }, prompt: { da: 'Jeg …', en: 'I …' } },
		{ id: 'differently', name: { da: 'Det prøver vi anderledes', en: 'What we will try differently' }, prompt: { da: 'Hvad gør vi, og hvem gør det?', en: 'What will we do, and who does it?' } },
	],
	questions: {
		da: ['Hvad prøver borgeren at fortælle os med sin adfærd?', 'Hvad ville borgeren sige, hvis hun kunne?', 'Hvordan ser det ud fra de pårørendes side?'],
		en: ['What is the citizen trying to tell us with the behaviour?', 'What would the citizen say if she could?', 'How does it look from the relatives\' side?'],
	},
};

const AFFECT_OUTBURST: Tool = {
	id: 'affect-outburst',
	name: { da: 'Affektudbrudsmodellen', en: 'The affect outburst model' },
	side: 'citizen',
	purpose: {
		da: 'Et roligt tilbageblik på en episode, fase for fase, for at finde ud af, hvad der kan sænke borgerens affekt næste gang.',
		en: 'A calm look back at an episode, phase by phase, to find what can lower the citizen\'s arousal next time.',
	},
	origin: { da: 'Bo Hejlskov Elvén (low arousal); Elvén, Agger & Ljungmann (2015)', en: 'Bo Hejlskov Elvén (low arousal); Elvén, Agger & Ljungmann (2015)' },
	addition: { da: '', en: '' },
	steps: {
		da: [
			'Gå episoden igennem i tidsorden, fase for fase.',
			'For hver fase: hvad gjorde borgeren, hvad gjorde vi, og hvad kunne have sænket affekten?',
			'Hold fast i principperne: den, der tager ansvaret, kan gøre noget; mennesker, der kan opføre sig ordentligt, gør det.',
			'Spørg til sidst dig selv som leder: hvad har medarbejderne brug for fra mig efter det her?',
		],
		en: [
			'Go through the episode in order, phase by phase.',
			'For each phase: what did the citizen do, what did we do, and what could have lowered the arousal?',
			'Hold on to the principles: whoever takes responsibility can make a difference; people who can behave well, do.',
			'Finally ask yourself as leader: what do the staff need from me after this?',
		],
	},
	parts: [
		{ id: 'ordinary', name: { da: 'Hverdag', en: 'Ordinary day' }, prompt: { da: 'Hvordan var borgeren, før noget skete?', en: 'How was the citizen before anything happened?' } },
		{ id: 'escalation', name: { da: 'Udløsning og optrapning', en: 'Trigger and escalation' }, prompt: { da: 'Hvad udløste det, og hvad gjorde vi, mens det trappede op?', en: 'What set it off, and what did we do as it escalated?' } },
		{ id: 'chaos', name: { da: 'Kaos', en: 'Chaos' }, prompt: { da: 'Borgeren havde mistet kontrollen. Hvad gjorde vi for at skabe sikkerhed?', en: 'The citizen had lost control. What did we do to keep everyone safe?' } },
		{ id: 'de-escalation', name: { da: 'Nedtrapning', en: 'De-escalation' }, prompt: { da: 'Hvad hjalp borgeren ned igen?', en: 'What helped the citizen calm down again?' } },
		{ id: 'ordinary-again', name: { da: 'Hverdag igen', en: 'Ordinary day again' }, prompt: { da: 'Hvordan kom hverdagen tilbage, for borgeren og for os?', en: 'How did the ordinary day return, for the citizen and for us?' } },
	],
	questions: {
		da: ['I hvilken fase kunne vi lettest have gjort noget andet?', 'Hvad krævede vi af borgeren, som hun ikke kunne?', 'Hvad har medarbejderne brug for fra mig efter det her?'],
		en: ['In which phase could we most easily have acted differently?', 'What did we demand of the citizen that she could not do?', 'What do the staff need from me after this?'],
	},
};

const WELLBEING_TUB: Tool = {
	id: 'wellbeing-tub',
	name: { da: 'Trivselskarret', en: 'The wellbeing tub' },
	side: 'both',
	purpose: {
		da: 'Trivsel som et kar, der fyldes og tømmes i løbet af dagen: hvad tømmer det, og hvad kan vi hælde i det? Bruges om en borgers kar og om medarbejdernes.',
		en: 'Wellbeing as a tub that fills and drains through the day: what drains it, and what can we pour into it? Used for a citizen\'s tub and for the staff\'s.',
	},
	origin: { da: '', en: '' },
	addition: { da: '', en: '' },
	steps: {
		da: [
			'Hvilken farve har karret lige nu: grøn, gul eller rød? Hvad viser det?',
			'Gå dagen igennem: hvad tømmer karret, og hvad fylder det?',
			'Aftal, hvad I hælder i karret, og hvem der gør det.',
		],
		en: [
			'What colour is the tub right now: green, yellow or red? What shows it?',
			'Go through the day: what drains the tub, and what fills it?',
			'Agree what you will pour into the tub, and who does it.',
		],
	},
	parts: [
		{ id: 'colour', name: { da: 'Farve nu', en: 'Colour now' }, prompt: { da: 'Grøn, gul eller rød, og hvorfor?', en: 'Green, yellow or red, and why?' } },
		{ id: 'drains', name: { da: 'Det tømmer karret', en: 'What drains the tub' }, prompt: { da: 'Hvornår på dagen, og hvad sker der?', en: 'When in the day, and what happens?' } },
		{ id: 'fills', name: { da: 'Det fylder karret op', en: 'What fills the tub' }, prompt: { da: 'Hvad har virket, bare en lille smule?', en: 'What has worked, even a little?' } },
	],
	questions: {
		da: ['Hvad er det mindste, vi kan hælde i karret i dag?', 'Hvad tømmer karret mest lige nu?', 'Hvad fylder medarbejdernes eget kar op, og hvad tømmer det?'],
		en: ['What is the smallest thing we can pour into the tub today?', 'What drains the tub most right now?', 'What fills the staff\'s own tub, and what drains it?'],
	},
};

const BIG_WHY: Tool = {
	id: 'big-why',
	name: { da: 'Det store hvorfor', en: 'The big why' },
	side: 'staff',
	purpose: {
		da: 'At hjælpe medarbejderne med at genfinde meningen med arbejdet: hvorfor gør vi det her, og for hvem?',
		en: 'To help the staff find the purpose of the work again: why do we do this, and for whom?',
	},
	origin: { da: '', en: '' },
	addition: {
		da: 'Navnet kommer fra metoden. Trinene og spørgsmålene er Tre blikkes egne, ikke en udgivet model.',
		en: 'The name comes from the method. The steps and questions are Three Gazes\' own, not a published model.',
	},
	steps: {
		da: ['Tag en konkret opgave eller rutine.', 'Spørg hvorfor, indtil I når frem til borgeren.', 'Spørg, hvilken faglig viden der begrunder det.'],
		en: ['Take a concrete task or routine.', 'Ask why until you reach the citizen.', 'Ask which professional knowledge justifies it.'],
	},
	parts: [],
	questions: {
		da: ['Hvorfor gør vi det her?', 'For hvem gør vi det?', 'Hvad ville gå tabt, hvis vi holdt op?', 'Hvilken faglig viden begrunder det?'],
		en: ['Why do we do this?', 'For whom do we do it?', 'What would be lost if we stopped?', 'Which professional knowledge justifies it?'],
	},
};

const I_THOU: Tool = {
	id: 'i-thou',
	name: { da: 'Jeg-Du møder', en: 'I–Thou meetings' },
	side: 'both',
	purpose: {
		da: 'At møde den anden som et menneske og ikke som en opgave (Jeg-Det). Borgeren som person, medarbejderen som fagperson.',
		en: 'To meet the other as a person and not as a task (I–It). The citizen as a person, the employee as a professional.',
	},
	origin: { da: 'Martin Buber, som Tom Kitwood bruger ham', en: 'Martin Buber, as used by Tom Kitwood' },
	addition: { da: '', en: '' },
	steps: {
		da: ['Tænk på et konkret møde i dag.', 'Var det et Jeg-Du møde eller et Jeg-Det møde?', 'Hvad gjorde forskellen?'],
		en: ['Think of one concrete encounter today.', 'Was it an I–Thou or an I–It encounter?', 'What made the difference?'],
	},
	parts: [
		{ id: 'citizen', name: { da: 'Med borgeren', en: 'With the citizen' }, prompt: { da: 'Tid, tempo, øjenkontakt, at tale med og ikke om borgeren.', en: 'Time, pace, eye contact, talking with rather than about the citizen.' } },
		{ id: 'staff', name: { da: 'Med medarbejderen', en: 'With the employee' }, prompt: { da: 'Mødte jeg en fagperson med viden og hensigter, eller et navn på vagtplanen?', en: 'Did I meet a professional with knowledge and intentions, or a name on the rota?' } },
	],
	questions: {
		da: ['Var dagens møde med borgeren et Jeg-Du eller et Jeg-Det møde?', 'Hvad gjorde forskellen?', 'Mødte jeg medarbejderen som fagperson eller som en brik på vagtplanen?'],
		en: ['Was today\'s encounter with the citizen I–Thou or I–It?', 'What made the difference?', 'Did I meet the employee as a professional or as a slot in the rota?'],
	},
};

const PSYCHOLOGICAL_SAFETY: Tool = {
	id: 'psychological-safety',
	name: { da: 'Psykologisk tryghed', en: 'Psychological safety' },
	side: 'staff',
	purpose: {
		da: 'Teamets fælles tillid til, at det er trygt at tage en mellemmenneskelig risiko. Her som iagttagelser, ikke som en måling med point.',
		en: 'A team\'s shared belief that it is safe to take interpersonal risks. Used here as observations, not as a scored survey.',
	},
	origin: { da: 'Amy Edmondson', en: 'Amy Edmondson' },
	addition: { da: '', en: '' },
	steps: {
		da: ['Tænk på et møde eller en vagt.', 'Skriv, hvad du så og hørte, ikke hvad du mener om personerne.', 'Skriv, hvad du selv gjorde, og hvad du vil gøre.'],
		en: ['Think of a meeting or a shift.', 'Write what you saw and heard, not what you think of the people.', 'Write what you did yourself, and what you will do.'],
	},
	parts: [],
	questions: {
		da: ['Hvem tog et problem op?', 'Hvem var tavse?', 'Hvordan reagerede jeg, da nogen fortalte om en fejl?', 'Hvad gjorde jeg for at invitere de tavse?'],
		en: ['Who raised a problem?', 'Who stayed silent?', 'How did I react when someone told me about a mistake?', 'What did I do to invite the silent ones in?'],
	},
};

const GUIDED_REFLECTION: Tool = {
	id: 'guided-reflection',
	name: { da: 'Styret refleksion', en: 'Guided reflection' },
	side: 'staff',
	purpose: {
		da: 'Karl Tomms fire spørgsmålstyper hjælper lederen med at variere sine spørgsmål. Cirkulære og refleksive spørgsmål åbner refleksionen; strategiske lukker den.',
		en: 'Karl Tomm\'s four question types help the leader vary her questions. Circular and reflexive questions open reflection; strategic ones close it.',
	},
	origin: { da: '', en: '' },
	addition: {
		da: 'Metoden nævner styret refleksion; de fire spørgsmålstyper er Tre blikkes tilføjelse. Kilde: Tomm, K. (1988). Interventive interviewing: Part III. Intending to ask lineal, circular, strategic, or reflexive questions? Family Process, 27(1), 1-15.',
		en: 'The method names guided reflection; the four question types are Three Gazes\' addition. Source: Tomm, K. (1988). Interventive interviewing: Part III. Intending to ask lineal, circular, strategic, or reflexive questions? Family Process, 27(1), 1-15.',
	},
	steps: {
		da: ['Start med få lineære spørgsmål for at forstå situationen.', 'Åbn med cirkulære og refleksive spørgsmål.', 'Brug strategiske spørgsmål sidst, når I skal beslutte.'],
		en: ['Start with a few linear questions to understand the situation.', 'Open up with circular and reflexive questions.', 'Use strategic questions last, when it is time to decide.'],
	},
	parts: QUESTION_TYPES.map((type) => ({ id: type.id, name: type.name, prompt: { da: type.examples.da[0] ?? '', en: type.examples.en[0] ?? '' } })),
	questions: {
		da: ['Hvilken slags spørgsmål stillede jeg mest?', 'Hvilket spørgsmål åbnede samtalen?', 'Lukkede jeg refleksionen for tidligt?'],
		en: ['Which kind of question did I ask most?', 'Which question opened the conversation?', 'Did I close the reflection too early?'],
	},
};

const STRENGTHS_QUESTIONS: Tool = {
	id: 'strengths-questions',
	name: { da: 'Det, medarbejderen allerede kan, gør og ved', en: 'What the employee already can, does and knows' },
	side: 'staff',
	purpose: {
		da: 'Spørgsmål, der styrker fagidentiteten og tager brodden af belastningen: om handlinger, intentioner, observationer, tanker, viden og erfaringer. Følelser kommer til sidst og bruges som viden om situationen; spørger man kun til dem, bliver medarbejderen let gjort til offer for svære vilkår.',
		en: 'Questions that strengthen professional identity and counter strain: about actions, intentions, observations, thoughts, knowledge and experiences. Feelings come last and are used as information about the situation; asking only about them easily makes the employee a victim of hard conditions.',
	},
	origin: { da: '', en: '' },
	addition: { da: '', en: '' },
	steps: {
		da: ['Spørg til det, medarbejderen gjorde og ville, før du spørger til, hvordan det føltes.', 'Gå gennem kategorierne i rækkefølge; du behøver ikke dem alle.', 'Spørg til følelser til sidst: hvad fortæller reaktionen om situationen?'],
		en: ['Ask about what the employee did and intended before asking how it felt.', 'Go through the categories in order; you do not need all of them.', 'Ask about feelings last: what does the reaction say about the situation?'],
	},
	parts: QUESTION_CATEGORY_CATALOGUE.map((c) => ({ id: c.id, name: c.name, prompt: { da: c.questions.da[0] ?? '', en: c.questions.en[0] ?? '' } })),
	questions: {
		da: ['Hvad kan, gør og ved medarbejderen allerede, som vi kan bygge videre på?', 'Spurgte jeg til handlinger og hensigter, før jeg spurgte til følelser?'],
		en: ['What can the employee already do, and what does she know, that we can build on?', 'Did I ask about actions and intentions before asking about feelings?'],
	},
};

/** Every tool, in toolbox order: citizen tools, tools for both, staff tools. */
export const TOOL_CATALOGUE: readonly Tool[] = [
	FLOWER,
	FIVE_FACTORS,
	ICEBERG,
	PERSPECTIVE_SHIFT,
	AFFECT_OUTBURST,
	WELLBEING_TUB,
	I_THOU,
	BIG_WHY,
	PSYCHOLOGICAL_SAFETY,
	GUIDED_REFLECTION,
	STRENGTHS_QUESTIONS,
];

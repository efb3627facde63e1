/**
 * The shapes of the method catalogue: every concept of the method (docs: ../shared/METHOD.md) as
 * typed, bilingual data. Texts are our own wording, faithful to the method's meaning.
 */
import type { Bilingual, GazeId, Lang, QuestionCategoryId, SelfFocusId, Side, ToolId } from '../domain';

/** A list of texts in both languages; the two lists are translations of each other, item by item. */
export type BilingualList = Readonly<Record<Lang, readonly string[]>>;

/** A focus point of a gaze: a template section and a theme a note can be about. */
export interface FocusPoint {
	/** Stable id; for the self gaze, one of `SELF_FOCUS`. */
	readonly id: string;
	readonly gaze: GazeId;
	/** A short heading: `Trivsel` / `Wellbeing`. */
	readonly name: Bilingual;
	/** One sentence on what the leader looks at. */
	readonly description: Bilingual;
	/** Reflection prompts for a note about this focus point. */
	readonly prompts: BilingualList;
}

/** One of the three gazes with its focus points. */
export interface Gaze {
	readonly id: GazeId;
	/** The method's name: `Blikket på borgeren og miljøet`. */
	readonly name: Bilingual;
	/** What the gaze is for, in one or two sentences. */
	readonly description: Bilingual;
	readonly focus: readonly FocusPoint[];
}

/** A self-gaze focus point, typed by its id (each has a 1-5 rating in a self check-in). */
export interface SelfFocusPoint extends FocusPoint {
	readonly id: SelfFocusId;
}

/** One of the six "already can, does and knows" categories, or feelings (last, as information). */
export interface QuestionCategory {
	readonly id: QuestionCategoryId;
	readonly name: Bilingual;
	/** What the category asks about: `what they did`. */
	readonly asksAbout: Bilingual;
	/** What to say or know before asking (the acknowledging opener, why feelings come last); may be empty. */
	readonly opener: Bilingual;
	/** The question bank. */
	readonly questions: BilingualList;
}

/** A named part of a tool: a petal of the flower, a factor, a phase of an outburst. */
export interface ToolPart {
	readonly id: string;
	readonly name: Bilingual;
	/** What to write for this part. */
	readonly prompt: Bilingual;
}

/** A tool of the toolbox (a meeting element). */
export interface Tool {
	readonly id: ToolId;
	readonly name: Bilingual;
	/** Which wellbeing it serves. */
	readonly side: Side;
	/** What it is for, in one or two sentences. */
	readonly purpose: Bilingual;
	/** Who the idea comes from (an author), plainly; empty when the method names the tool without one. */
	readonly origin: Bilingual;
	/**
	 * What Three Gazes adds to the tool that the method does not name, with its real source; empty
	 * when nothing is added. Shown to her as the plugin's own addition, never as the method's.
	 */
	readonly addition: Bilingual;
	/** How to use it, in order. */
	readonly steps: BilingualList;
	/** Its named parts, when it has any (petals, factors, phases); otherwise empty. */
	readonly parts: readonly ToolPart[];
	/** Guiding questions; every tool has some. */
	readonly questions: BilingualList;
}

/** A point of staff wellbeing: what the leader reflects on, and what she can ask an employee. */
export interface WellbeingPoint {
	readonly id: string;
	readonly name: Bilingual;
	readonly description: Bilingual;
	/** Prompts for the leader's reflection (the staff gaze). */
	readonly prompts: BilingualList;
	/** Questions to ask the employee in a conversation about the work. */
	readonly questions: BilingualList;
}

/** A need of staff wellbeing after self-determination theory. */
export interface WellbeingNeed extends WellbeingPoint {
	readonly id: 'autonomy' | 'competence' | 'relatedness';
}

/** One of Karl Tomm's four question types. */
export interface QuestionType {
	readonly id: 'linear' | 'circular' | 'strategic' | 'reflexive';
	readonly name: Bilingual;
	/** What the type does in a conversation. */
	readonly description: Bilingual;
	/** Whether it tends to open reflection or close it. */
	readonly effect: 'opens' | 'closes' | 'orients';
	readonly examples: BilingualList;
}

/** A stage of a reflection structure, or a section of the supervision preparation. */
export interface Stage {
	readonly id: string;
	readonly name: Bilingual;
	readonly prompt: Bilingual;
}

/** A reflection structure: Gibbs, Schön, What? So what? Now what? */
export interface ReflectionStructure {
	readonly id: 'gibbs' | 'schon' | 'what-so-what-now-what';
	readonly name: Bilingual;
	readonly description: Bilingual;
	readonly stages: readonly Stage[];
}

/** A concept of the method that is explained, not used as a tool (the core task, the double perspective, ...). */
export interface Concept {
	readonly id: string;
	readonly name: Bilingual;
	readonly description: Bilingual;
	/** The why in one line, where she works (`{{why:<id>}}` in a template); empty when it has none. */
	readonly why: Bilingual;
}

/**
 * Something Three Gazes adds that the method does not name (Tomm's question types, Gibbs, ...): shown
 * to her as the plugin's own addition, with its real source.
 */
export interface Addition {
	readonly id: string;
	readonly name: Bilingual;
	/** What it is, and where she meets it in the plugin. */
	readonly description: Bilingual;
	/** The published source, as a citation; empty when it is Three Gazes' own structure. */
	readonly source: string;
}

/** A "read more" reference, exactly as the method's own reading list gives it. */
export interface Reference {
	readonly id: string;
	/** The heading it stands under in the method's reading list (`Om faglig ledelse`). */
	readonly group: Bilingual;
	/** The citation as the method gives it (not translated); no fact is added that the method lacks. */
	readonly citation: string;
	/** The web address the method gives for it, as written there; empty when it gives none. */
	readonly address: string;
}

import { describe, expect, it } from 'vitest';
import type { GazeId } from '../../../src/core/domain';
import { JournalIndex } from '../../../src/core/journal-index';
import { classifyGazes } from '../../../src/core/tagging/classify';
import { GazeLearning } from '../../../src/core/tagging/learning';

const note = (path: string, body: string, gazes: GazeId[], mtime = 10) => ({ path, body, gazes, mtime });

/** Her tagged notes: Karen in her staff notes, Poul (a resident she calls by first name) in her citizen notes. */
const HERS = [
	note('a.md', 'Karen tog nattevagten alene. Karen sagde, at hun var træt.', ['staff']),
	note('b.md', 'Talte med Karen om kurset. Karen vil gerne være tovholder.', ['staff', 'self']),
	note('c.md', 'I dag delte Karen og Lise ruterne uden at spørge.', ['staff']),
	note('d.md', 'Poul sad ved vinduet hele formiddagen. Poul spiste ikke.', ['citizen']),
	note('e.md', 'Poul fik besøg af sin datter. Poul smilede.', ['citizen']),
	note('f.md', 'Poul sov til kl. 11 og var glad. Poul ville ikke i bad.', ['citizen']),
	note('g.md', 'Jeg har lovet for meget i år.', ['self']),
];

const UNTAGGED = 'Kort snak med Karen på gangen om i morgen.';

describe('learning from her own tags', () => {
	it('suggests staff for a colleague she named in her staff notes, saying what taught it', () => {
		expect(classifyGazes({ body: UNTAGGED }).suggested).toEqual([]);
		const learned = GazeLearning.from(HERS);
		const s = classifyGazes({ body: UNTAGGED }, { learned, lang: 'en' });
		expect(s.suggested).toEqual(['staff']);
		expect(s.gazes[1]?.reasons).toContain('"Karen" appears in 3 of your staff notes (learned from your tags)');
		expect(classifyGazes({ body: UNTAGGED }, { learned, lang: 'da' }).gazes[1]?.reasons).toContain('»Karen« står i 3 af dine medarbejdernoter (lært af dine tags)');
	});

	it('stops counting a name as a colleague when she tags the notes with it as citizen notes', () => {
		const body = 'Poul sagde, at han ville hjem. Poul stod ved døren.';
		expect(classifyGazes({ body }).gazes[1]?.reasons.join()).toContain('Poul');
		const s = classifyGazes({ body }, { learned: GazeLearning.from(HERS), lang: 'en' });
		expect(s.gazes[1]?.reasons.join()).not.toContain('Poul');
		expect(s.suggested).toContain('citizen');
	});

	it('does not let a note vouch for itself', () => {
		const learned = GazeLearning.from(HERS.slice(0, 2).concat(HERS.slice(3)));
		// Karen is in only two other staff notes: not enough to have learned her.
		expect(learned.evidence(UNTAGGED)).toEqual([]);
		const all = GazeLearning.from(HERS);
		expect(all.evidence(HERS[0]?.body ?? '', 'a.md')).toEqual([]);
	});

	it('holds nothing when turned off, and forgets: only notes changed afterwards teach again', () => {
		expect(GazeLearning.from(HERS, { enabled: false, forgetBefore: 0 }).notes).toBe(0);
		const learning = GazeLearning.from(HERS);
		expect(learning.notes).toBe(7);
		learning.configure({ enabled: true, forgetBefore: 10 }, HERS);
		expect(learning.notes).toBe(0);
		expect(classifyGazes({ body: UNTAGGED }, { learned: learning }).suggested).toEqual([]);
		learning.upsert({ ...HERS[0]!, mtime: 11 });
		expect(learning.notes).toBe(1);
	});

	it('follows the journal index: learns the moment a note is tagged, forgets it when deleted', () => {
		const index = new JournalIndex({ journalFolders: ['Journal'] });
		const learning = new GazeLearning();
		learning.follow(index);
		const file = (path: string, body: string, tag: string | null) => ({ path, content: tag ? `---\ntags: [${tag}]\n---\n${body}` : body, mtime: 20, ctime: 1 });
		index.upsert(file('Journal/1.md', 'Karen tog vagten.', null));
		expect(learning.notes).toBe(0);
		for (const [i, h] of HERS.slice(3, 6).entries()) index.upsert(file(`Journal/p${i}.md`, h.body, 'blik/borger'));
		for (const [i, h] of HERS.slice(0, 3).entries()) index.upsert(file(`Journal/k${i}.md`, h.body, 'blik/medarbejdere'));
		expect(learning.notes).toBe(6);
		expect(classifyGazes({ body: UNTAGGED }, { learned: learning }).suggested).toEqual(['staff']);
		index.remove('Journal/k0.md');
		expect(learning.notes).toBe(5);
		expect(classifyGazes({ body: UNTAGGED }, { learned: learning }).suggested).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { SCAFFOLD_HISTORY, authorshipOf, createScaffoldSet, readLine, shippedScaffoldTexts } from '../../../src/core/scaffold';
import { TEMPLATES, TOOLBOX_ELEMENTS, LANGS, bodyOf, noteFromInstalledCopy, noteFromTemplate, withElement } from './template-notes';
import { elementBlock } from '../../../src/core/toolbox/elements';

describe('scaffolding versus her writing', () => {
	it('reads every template, rendered and untouched, in both languages and both tag vocabularies, as nothing of hers', () => {
		for (const def of TEMPLATES) {
			for (const lang of LANGS) {
				for (const tagLang of LANGS) {
					const a = authorshipOf(bodyOf(noteFromTemplate(def, lang, tagLang)));
					expect(a.own, `${def.id} ${lang}`).toEqual([]);
					expect(a.untouched, `${def.id} ${lang}`).toBe(true);
				}
			}
		}
	});

	it('reads every toolbox element, inserted alone or into a template, as nothing of hers, and its callout as not filled', () => {
		for (const element of TOOLBOX_ELEMENTS) {
			for (const lang of LANGS) {
				const alone = authorshipOf(elementBlock(element, lang));
				expect(alone.untouched, `${element.id} ${lang}`).toBe(true);
				expect(alone.callouts.map((c) => c.filled)).toEqual([false]);
				const note = withElement(noteFromTemplate(TEMPLATES[5]!, lang, lang), element, lang, 12);
				expect(authorshipOf(bodyOf(note)).own, `${element.id} ${lang} in a staff meeting`).toEqual([]);
			}
		}
	});

	it('finds her words beside scaffolding on the same line, and leaves the scaffolding out', () => {
		expect(readLine('- **Borger:** fru A')).toMatchObject({ kind: 'own', own: 'fru A' });
		expect(readLine('- **Borger:** ')).toMatchObject({ kind: 'scaffold' });
		expect(readLine('- **Kvalitet:** Hvad så jeg i praksis, eller læste jeg i dokumentationen, som siger noget om kvaliteten? Maden kom kold.')).toMatchObject({ kind: 'own', own: 'Maden kom kold.' });
		expect(readLine('**Hvorfor dette tal?** Møderne bar ikke i denne uge.')).toMatchObject({ kind: 'own', own: 'Møderne bar ikke i denne uge.' });
		// A guidance line kept as it is (emphasis, list mark or case changed) is still scaffolding; rewritten, it is hers.
		expect(readLine('*Hvad og hvem handler samtalen om?*').kind).toBe('scaffold');
		expect(readLine('- hvad og hvem handler samtalen om?').kind).toBe('scaffold');
		expect(readLine('*Hvad og hvem handler samtalen om? Om SK og natten.*')).toMatchObject({ kind: 'own' });
		expect(readLine('*Husk at ringe til datteren*')).toMatchObject({ kind: 'own', own: '*Husk at ringe til datteren*' });
		// A rendered date is the template's; a due date she gives a task is hers.
		expect(readLine('*Personalemøde 3. februar 2027 kl. 09:15. Mødet arbejder i dobbeltperspektiv: mindst ét punkt om borgernes trivsel og ét om medarbejdernes.*').kind).toBe('scaffold');
		expect(readLine('- [ ] Se på det igen').kind).toBe('scaffold');
		expect(readLine('- [ ] Se på det igen 📅 2027-01-10').kind).toBe('own');
		// "hr. B" does not end a sentence.
		expect(readLine('Hvad skal en ny kollega helt sikkert ikke gøre med hr. B?').own).toBe('Hvad skal en ny kollega helt sikkert ikke gøre med hr. B?');
		// Structure is neither: empty items, tasks, rules, headings.
		for (const line of ['- ', '- [ ] ', '1. ', '---', '>', '## Borgernes trivsel']) expect(readLine(line).kind, line).toBe('structure');
	});

	it('sees her writing inside a tool: a filled field makes the callout filled', () => {
		const block = elementBlock({ kind: 'tool', id: 'flower' }, 'da').split('\n');
		const i = block.findIndex((l) => l.includes('**Trøst:**'));
		block[i] = `${block[i]} Musik om aftenen hjælper.`;
		const a = authorshipOf(block.join('\n'));
		expect(a.callouts).toEqual([{ line: 0, slug: 'blomsten', filled: true }]);
		expect(a.own).toEqual([{ line: i, text: 'Musik om aftenen hjælper.', headings: [], callout: 'blomsten', quoted: true }]);
		expect(a.untouched).toBe(false);
	});

	it('keeps her own edited copy from "Install templates" apart: structure changed is still template, a line she added is hers', () => {
		const def = TEMPLATES.find((t) => t.id === 'staff-meeting')!;
		// She renamed a heading and deleted a section in her copy: a note from it is still untouched.
		const trimmed = noteFromInstalledCopy(def, 'da', (copy) => copy.replace('## Borgernes trivsel', '## Beboerne').replace(/## Beslutninger\n- \n/, ''));
		expect(authorshipOf(bodyOf(trimmed)).untouched).toBe(true);
		// She added a standing line of her own to her copy: that line is hers in every note made from it.
		const added = noteFromInstalledCopy(def, 'da', (copy) => copy.replace('## Dagsorden\n', '## Dagsorden\nFast punkt: nyt fra natholdet\n'));
		expect(authorshipOf(bodyOf(added)).own.map((l) => l.text)).toEqual(['Fast punkt: nyt fra natholdet']);
	});

	it('recognises a note made by an earlier version of a template through the snapshot, after the wording changed', () => {
		// A note made from the templates as they ship now (the guidance lines as worded today).
		const note = bodyOf(noteFromTemplate(TEMPLATES.find((t) => t.id === 'employee-conversation')!, 'da', 'da'));
		// A later version words every guidance line anew (as another issue may do): the texts shipped then no longer hold today's lines.
		const reworded = shippedScaffoldTexts().map((text) => text.replace(/\*([^*\n]+)\*/g, (_, inner: string) => `*${inner.split(' ').reverse().join(' ')}*`));
		expect(authorshipOf(note, createScaffoldSet(reworded, '')).untouched).toBe(false);
		// With the snapshot of the shipped versions, today's note is still read as template.
		expect(authorshipOf(note, createScaffoldSet(reworded, SCAFFOLD_HISTORY)).untouched).toBe(true);
	});
});

import { describe, expect, test } from 'vitest';
import { LibraryError } from '../../src/library/errors.ts';
import { fixtureLibraryDir, fixtureWith, readLibrary } from '../helpers/fixture-library.ts';

function problems(dir: string): string[] {
	try {
		readLibrary(dir);
	} catch (error) {
		if (error instanceof LibraryError)
			return error.message
				.split('\n')
				.slice(1)
				.map((l) => l.replace(/^ {2}- /, '').replaceAll(`${dir.replace(/\/$/, '')}/`, ''));
		throw error;
	}
	throw new Error('expected the library to be refused');
}

describe('the library model', () => {
	const library = readLibrary(fixtureLibraryDir);

	test('holds every clause with its number path and document', () => {
		expect([...library.clauses.keys()]).toEqual(['al-pre1', 'al-sec1', 'al-sec2', 'be-p001', 'be-p002']);
		expect(library.clauses.get('be-p002')).toMatchObject({ documentSlug: 'beta', numberPath: ['2.'], title: '落实经费。' });
	});

	test('orders documents newest first, unknown dates last', () => {
		expect(library.documents.map((d) => d.slug)).toEqual(['alpha', 'beta']);
	});

	test('shows a declared relation on both clauses', () => {
		expect(library.outgoing.get('be-p002')).toEqual([{ from: 'be-p002', to: 'al-sec2', type: '落实' }]);
		expect(library.incoming.get('al-sec2')).toEqual([{ from: 'be-p002', to: 'al-sec2', type: '落实' }]);
	});

	test('lists every clause under each of its topics', () => {
		expect(library.topicsBySlug.get('funding')!.clauseIds).toEqual(['al-sec2', 'be-p002']);
		expect(library.topicsBySlug.get('funding')!.byDocument).toEqual([
			{ documentSlug: 'alpha', clauseIds: ['al-sec2'] },
			{ documentSlug: 'beta', clauseIds: ['be-p002'] },
		]);
	});

	test('finds clauses of other documents with shared words as similar, unless an editor already related the two', () => {
		// al-sec2 and be-p002 share wording (乡镇共青团工作经费不少于2万元) and a topic.
		const similar = (lib: typeof library, id: string) => lib.similar.get(id)?.map((s) => s.id) ?? [];
		const unrelated = readLibrary(fixtureWith('documents/beta.mdx', (t) => t.replace(' related="落实:al-sec2"', '')));
		expect(similar(unrelated, 'al-sec2')).toEqual(['be-p002']);
		expect(similar(unrelated, 'be-p002')).toEqual(['al-sec2']);
		// An editor related them (be-p002 落实 al-sec2), so neither lists the other as computed.
		expect(similar(library, 'al-sec2')).toEqual([]);
		expect(similar(library, 'be-p002')).toEqual([]);
	});

	test('links a cited title to the library document of that title', () => {
		const work = library.citedWorks.find((w) => w.title === '关于加强基层团建的通知')!;
		expect(work).toMatchObject({ documentSlug: 'alpha', citingClauseIds: ['be-p001'] });
	});

	test('groups variant titles of one cited document', () => {
		const work = library.citedWorks.find((w) => w.id === 'qun-tuan-opinion')!;
		expect(work.citingClauseIds).toEqual(['al-sec2', 'be-p002']);
		expect(work.variants).toEqual(['中共中央关于加强和改进党的群团工作的意见', '中共中央关于加强和改革党的群团工作的意见']);
	});
});

describe('content the library refuses, with file, line, clause and value', () => {
	test('an unknown topic slug', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) => t.replace('topics="funding"', 'topics="fundng"'));
		expect(problems(dir)).toEqual(['documents/alpha.mdx:35 [clause al-sec2] unknown topic "fundng"; topics are listed in content/topics.yaml']);
	});

	test('a relation to a clause that does not exist', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('落实:al-sec2', '落实:al-sec9'));
		expect(problems(dir)).toEqual(['documents/beta.mdx:29 [clause be-p002] relation "落实:al-sec9" points to clause "al-sec9", which does not exist']);
	});

	test('a relation of an unknown type', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('落实:al-sec2', '支持:al-sec2'));
		expect(problems(dir)).toEqual([
			'documents/beta.mdx:29 [clause be-p002] unknown relation type "支持" in "支持:al-sec2"; expected 落实、细化、同题、引用、相关',
		]);
	});

	test('a duplicate clause id, naming both places', () => {
		const dir = fixtureWith('documents/beta.mdx', (t) => t.replace('id="be-p001"', 'id="al-sec1"'));
		expect(problems(dir)).toEqual([
			'documents/beta.mdx:23 [clause al-sec1] duplicate clause id "al-sec1"; already used at documents/alpha.mdx:29',
			// and the published be-p001 is gone without a record
			'content/clause-registry.json [clause be-p001] published clause "be-p001" (beta) is gone: keep its id, list it in the aliases of the clause that replaces it, or record it in content/removed-clauses.yaml',
		]);
	});

	test('a cited-works record naming a document that does not exist', () => {
		const dir = fixtureWith('cited-works.yaml', (t) => `${t}  document: gamma\n`);
		expect(problems(dir)).toEqual(['content/cited-works.yaml cited work qun-tuan-opinion names document "gamma", which does not exist']);
	});

	test('every problem at once, not just the first', () => {
		const dir = fixtureWith('documents/alpha.mdx', (t) =>
			t.replace('topics="funding"', 'topics="fundng"').replace('topics="cadre-staffing"', 'topics="cadres"'),
		);
		expect(problems(dir)).toHaveLength(2);
	});
});

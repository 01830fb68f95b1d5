/**
 * The importer on the library's own sources, with no per-document configuration, measured
 * against the curated documents: the share of curated clauses it drafts with the same printed
 * number, title and parent, and the verbatim check of each draft. Source 003 holds three
 * documents run together; each document's line range (its source.lines) is fed as its own
 * input, as an editor would split the file. BENCHMARKS.md ("Importer") reports these figures.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { treeAgreement, topicSuggestionScore } from '../../src/import/agreement.ts';
import { sourceLines } from '../../src/import/decode.ts';
import { libraryWords } from '../../src/import/pipeline.ts';
import { parseClauses } from '../../src/library/parse-clauses.ts';
import { readLibrary, splitMdx } from '../../src/library/read-data.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { splitMdx as frontmatterOf } from '../helpers/fixture-library.ts';
import { run } from './helpers.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const documents = readdirSync(join(content, 'documents'))
	.filter((f) => f.endsWith('.mdx'))
	.sort()
	.map((f) => {
		const raw = readFileSync(join(content, 'documents', f), 'utf8');
		const meta = documentSchema.parse(frontmatterOf(raw).data);
		const [from, to] = meta.source.lines.split('-').map(Number) as [number, number];
		const lines = sourceLines(meta.source.file, readFileSync(join(content, 'sources', meta.source.file))).slice(from - 1, to);
		const draft = run(meta.source.file, lines.join('\n'));
		const curated = parseClauses(f, splitMdx(raw)!.body).clauses;
		const drafted = parseClauses('draft', splitMdx(draft.mdx)!.body).clauses;
		return { slug: f.replace(/\.mdx$/, ''), draft, agreement: treeAgreement(curated, drafted) };
	});

describe('the importer drafts the seed documents as the editors curated them', () => {
	test('agrees on at least nine in ten curated clauses overall (number, title and parent)', () => {
		const found = documents.reduce((n, d) => n + d.agreement.found, 0);
		const total = documents.reduce((n, d) => n + d.agreement.total, 0);
		console.log(
			[
				'document | curated clauses | found | agreement',
				...documents.map((d) => `${d.slug} | ${d.agreement.total} | ${d.agreement.found} | ${(d.agreement.found / d.agreement.total).toFixed(3)}`),
				`overall | ${total} | ${found} | ${(found / total).toFixed(3)}`,
				...documents.flatMap((d) => d.agreement.missing.map((m) => `  missing in ${d.slug}: ${m}`)),
			].join('\n'),
		);
		expect(found / total).toBeGreaterThanOrEqual(0.9);
	});

	test.each(documents.map((d) => [d.slug, d] as const))('%s: the draft passes the verbatim check with no hand edits', (_, d) => {
		expect(d.draft.check.problems).toEqual([]);
		expect(d.draft.check.verbatim.missing).toEqual([]);
		expect(d.draft.check.verbatim.invented).toEqual([]);
	});

	test('suggests topics that editors chose, for a document it has not seen', () => {
		const library = readLibrary(content);
		const byDocument = new Map(
			library.documents.map((d) => [d.slug, d.allClauseIds.map((id) => ({ text: libraryWords(library, id), topics: library.clauses.get(id)!.topics }))]),
		);
		const descriptions = library.topics.map((t) => ({ text: `${t.name}${t.description}`, topics: [t.slug] }));
		// Each document's clauses classified by what the other documents (and the topic descriptions) teach.
		const score = topicSuggestionScore(byDocument, undefined, descriptions);
		console.log(
			`topic suggestions, leaving each document out: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} over ${score.clauses} tagged clauses`,
		);
		expect(score.precision).toBeGreaterThanOrEqual(0.5);
		expect(score.recall).toBeGreaterThanOrEqual(0.45);
	});
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkVerbatim, pagePolicyText } from '../../src/checks/verbatim.ts';
import { sourceLines as decodedLines } from '../../src/import/decode.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { builtPages } from '../helpers/built-site.ts';
import { splitMdx } from '../helpers/fixture-library.ts';

const content = new URL('../../content/', import.meta.url).pathname;
const pages = builtPages();
const documents = readdirSync(join(content, 'documents'))
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => ({ slug: f.replace(/\.mdx$/, ''), meta: documentSchema.parse(splitMdx(readFileSync(join(content, 'documents', f), 'utf8')).data) }));

describe('every document page reproduces its source verbatim', () => {
	test('the seven seed documents, and any imported since, are in the library', () => {
		expect(documents.length).toBeGreaterThanOrEqual(7);
	});

	test.each(documents)('$slug', ({ slug, meta }) => {
		const [from, to] = meta.source.lines.split('-').map(Number) as [number, number];
		// Read as the importer reads it: any Chinese encoding, a saved web page's text, a Word file's paragraphs.
		const sourceLines = decodedLines(meta.source.file, readFileSync(join(content, 'sources', meta.source.file))).slice(from - 1, to);
		const report = checkVerbatim({
			sourceLines,
			firstLine: from,
			omitted: meta.omitted,
			pageText: pagePolicyText(pages.get(`documents/${slug}.html`)!),
		});
		const leftOut = report.leftOut.map((l) => `  ${meta.source.file}:${l.line} 〔${l.reason}〕 ${l.text.slice(0, 40)}`);
		console.log(
			`${slug}: ${sourceLines.filter((l) => l.trim()).length} source lines checked, ${report.leftOut.length} left out as boilerplate${leftOut.length ? `:\n${leftOut.join('\n')}` : ''}`,
		);
		expect(report.missing).toEqual([]);
		expect(report.invented).toEqual([]);
	});
});

describe('the verbatim check itself', () => {
	const base = { firstLine: 1, omitted: [{ text: '版权声明', reason: '版权声明' }] };

	test('finds a sentence that is missing or changed on the page', () => {
		const report = checkVerbatim({ ...base, sourceLines: ['第一句。第二句，含3个月。'], pageText: ['第一句。第二句，含三个月。'] });
		expect(report.missing).toEqual([{ line: 1, sentence: '第二句，含3个月。' }]);
	});

	test('finds a dropped sentence even when the same words stand elsewhere on the page', () => {
		const report = checkVerbatim({ ...base, sourceLines: ['加强领导。', '其他内容。', '加强领导。'], pageText: ['加强领导。', '其他内容。'] });
		expect(report.missing).toEqual([{ line: 3, sentence: '加强领导。' }]);
	});

	test('finds sentences that are on the page in another order', () => {
		const report = checkVerbatim({ ...base, sourceLines: ['第一句。', '第二句。'], pageText: ['第二句。', '第一句。'] });
		expect(report.missing).toEqual([{ line: 2, sentence: '第二句。' }]);
	});

	test('tells half-width from full-width punctuation', () => {
		const report = checkVerbatim({ ...base, sourceLines: ['团委(党组)要求。'], pageText: ['团委（党组）要求。'] });
		expect(report.missing).toHaveLength(1);
	});

	test('finds page text that is not in the source', () => {
		const report = checkVerbatim({ ...base, sourceLines: ['原文。'], pageText: ['原文。', '编者加的话。'] });
		expect(report.invented).toEqual(['编者加的话。']);
	});

	test('accepts recorded boilerplate as left out, and reports it', () => {
		const report = checkVerbatim({ ...base, sourceLines: ['原文。', '版权声明'], pageText: ['原文。'] });
		expect(report).toEqual({ missing: [], invented: [], leftOut: [{ line: 2, text: '版权声明', reason: '版权声明' }] });
	});
});

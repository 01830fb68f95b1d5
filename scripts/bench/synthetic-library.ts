/**
 * A deterministic synthetic library of N documents in the shape of the real ones, for the scale
 * benchmark: sections of numbered clauses whose words are the real clauses' words, with their
 * topics, declared relations to clauses of earlier documents, 《》 citations (carried by the
 * real text), metadata that passes the schema, and a provenance file. The same N and seed always
 * give the same files.
 *
 * The same corpus is written twice: as this library's content folder, and as the plain MDX a
 * team would otherwise feed stock Astro + Pagefind (a heading per clause).
 *
 *   node scripts/bench/synthetic-library.ts --docs 1000 --out /tmp/lib-1000 [--stock /tmp/stock-1000]
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause, Library } from '../../src/library/types.ts';
import { seededRandom as random } from '../../src/utils/random.ts';

const HAN = '一二三四五六七八九十';
const GENRES = ['通知', '实施方案', '意见', '工作报告'] as const;
const LEVELS = ['省', '市', '县', '企业', '学校'] as const;

/** A number as lower-case letters (0 → a, 25 → z, 26 → ba): clause id prefixes are letters only. */
function letters(n: number): string {
	let out = '';
	do {
		out = String.fromCharCode(97 + (n % 26)) + out;
		n = Math.floor(n / 26);
	} while (n > 0);
	return out;
}

function escapeText(text: string): string {
	return text.replace(/[\\`*_[\]<>{}]/g, (c) => `\\${c}`).replace(/^([#>+-]|\d+[.)] )/, '\\$1');
}

function attr(value: string): string {
	return value.replace(/"/g, '“');
}

interface SyntheticClause {
	id: string;
	n: string;
	title: string;
	topics: string[];
	related: string | null;
	text: string;
}

interface SyntheticSection extends Omit<SyntheticClause, 'text' | 'related'> {
	clauses: SyntheticClause[];
}

/** One synthetic document, as data: both writers render it. */
export interface SyntheticDocument {
	slug: string;
	title: string;
	genre: string;
	level: string;
	year: number;
	sections: SyntheticSection[];
}

/** The corpus, document by document (a generator: 10,000 documents never sit in memory at once). */
export function* syntheticCorpus(docs: number, source: Library, seed = 20261122): Generator<SyntheticDocument> {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const pool: Clause[] = [...source.clauses.values()].filter((c) => c.text.length > 20 && c.topics.length > 0);
	const published: string[] = [];
	for (let d = 0; d < docs; d++) {
		const prefix = `s${letters(d)}`;
		const sectionCount = 3 + Math.floor(next() * 6);
		const sections: SyntheticSection[] = [];
		const ids: string[] = [];
		for (let s = 0; s < sectionCount; s++) {
			const base = pick(pool);
			const section: SyntheticSection = {
				id: `${prefix}-${s.toString(36)}0`,
				n: `${HAN[s % 10]}、`,
				title: base.title ?? base.text.slice(0, 12),
				topics: base.topics,
				clauses: [],
			};
			const count = 2 + Math.floor(next() * 4);
			for (let k = 0; k < count; k++) {
				const c = pick(pool);
				const id = `${prefix}-${s.toString(36)}${(k + 1).toString(36)}`;
				const related = published.length > 0 && next() < 0.15 ? pick(published) : null;
				section.clauses.push({ id, n: String(k + 1).padStart(2, '0'), title: c.title ?? c.text.slice(0, 10), topics: c.topics, related, text: c.text });
				ids.push(id);
			}
			sections.push(section);
		}
		published.push(...ids);
		yield {
			slug: `doc-${String(d).padStart(5, '0')}`,
			title: `合成文件第${d + 1}号：关于加强党建带团建工作的${pick(GENRES)}`,
			genre: pick(GENRES),
			level: pick(LEVELS),
			year: 2010 + (d % 15),
			sections,
		};
	}
}

/** The document as this library's MDX: frontmatter for the schema, a Clause element per clause. */
export function libraryMdx(doc: SyntheticDocument): string {
	const body: string[] = [];
	for (const s of doc.sections) {
		body.push(`<Clause id="${s.id}" n="${s.n}" title="${attr(s.title)}" topics="${s.topics.join(' ')}">`, '');
		for (const c of s.clauses) {
			const related = c.related ? ` related="同题:${c.related}"` : '';
			body.push(
				`<Clause id="${c.id}" n="${c.n}" title="${attr(c.title)}" topics="${c.topics.join(' ')}"${related}>`,
				'',
				escapeText(c.text),
				'',
				'</Clause>',
				'',
			);
		}
		body.push('</Clause>', '');
	}
	const frontmatter = [
		'---',
		`title: ${doc.title}`,
		'titleSource: editorial',
		`genre: ${doc.genre}`,
		'issuer:',
		'  name: 合成发文单位',
		'  basis: stated',
		`level: ${doc.level}`,
		'region: null',
		'date:',
		`  value: "${doc.year}"`,
		'  precision: year',
		'  basis: 合成数据。',
		'source:',
		'  file: synthetic.txt',
		'  lines: 1-1',
		'  site: null',
		'  url: null',
		'docNumber: null',
		'editorialNote: 规模测试用的合成文件，文字取自库中真实条款。',
		'omitted: []',
		'---',
		'',
	];
	return `${frontmatter.join('\n')}${body.join('\n')}`;
}

/** The document as a stock site's plain MDX: title and metadata in frontmatter, a heading per clause. */
export function stockMdx(doc: SyntheticDocument): string {
	const lines = ['---', `title: ${doc.title}`, `genre: ${doc.genre}`, `level: ${doc.level}`, `year: ${doc.year}`, '---', ''];
	for (const s of doc.sections) {
		lines.push(`## ${s.n}${escapeText(s.title)}`, '');
		for (const c of s.clauses) lines.push(`### ${c.n} ${escapeText(c.title)}`, '', escapeText(c.text), '');
	}
	return lines.join('\n');
}

export interface SyntheticOptions {
	docs: number;
	seed?: number;
	/** the real library whose clauses lend their words */
	source: Library;
	/** the real content folder (topics and vocabulary are copied from it) */
	sourceDir: string;
	/** where this library's content folder goes */
	out: string;
	/** where the stock site's MDX files go, if wanted */
	stockOut?: string;
}

/** Writes the synthetic content folder (and the stock copy); returns the number of clauses written. */
export function writeSyntheticLibrary({ docs, seed, source, sourceDir, out, stockOut }: SyntheticOptions): number {
	mkdirSync(join(out, 'documents'), { recursive: true });
	mkdirSync(join(out, 'sources'), { recursive: true });
	if (stockOut) mkdirSync(stockOut, { recursive: true });
	for (const f of ['topics.yaml', 'vocabulary.txt', 'synonyms.yaml']) copyFileSync(join(sourceDir, f), join(out, f));
	// cited-works.yaml names real documents; the synthetic library has none of them.
	writeFileSync(join(out, 'cited-works.yaml'), '[]\n');
	writeFileSync(join(out, 'sources', 'synthetic.txt'), '合成文本：由真实条款的文字拼合而成，仅用于规模测试。\n');
	let clauses = 0;
	for (const doc of syntheticCorpus(docs, source, seed)) {
		writeFileSync(join(out, 'documents', `${doc.slug}.mdx`), libraryMdx(doc));
		if (stockOut) writeFileSync(join(stockOut, `${doc.slug}.mdx`), stockMdx(doc));
		for (const s of doc.sections) clauses += 1 + s.clauses.length;
	}
	return clauses;
}

/** Lists a synthetic folder's documents (for checks). */
export function syntheticDocuments(out: string): string[] {
	return readdirSync(join(out, 'documents')).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { readLibrary } = await import('../../src/library/read-data.ts');
	const { contentDir } = (await import('../../src/config/build-env.ts')).readBuildEnv();
	const arg = (name: string, fallback?: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1]! : fallback;
	};
	const docs = Number(arg('docs', '100'));
	const out = arg('out', `/tmp/synthetic-library-${docs}`)!;
	const stockOut = arg('stock');
	const count = writeSyntheticLibrary({ docs, source: readLibrary(contentDir), sourceDir: contentDir, out, ...(stockOut ? { stockOut } : {}) });
	console.log(`${docs} documents, ${count} clauses written to ${out}${stockOut ? ` and ${stockOut}` : ''}`);
}

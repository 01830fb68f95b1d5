/**
 * A deterministic synthetic library of N documents in the shape of the real ones, for the scale
 * benchmark: sections of numbered clauses whose words are the real clauses' words, with their
 * topics, declared relations to clauses of earlier documents, 《》 citations (carried by the
 * real text), metadata that passes the schema, and a provenance file. The same N and seed always
 * give the same files.
 *
 *   node scripts/bench/synthetic-library.ts --docs 1000 --out /tmp/lib-1000
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clause, Library } from '../../src/library/types.ts';

/** A small, fast, seedable PRNG (mulberry32): the corpus depends only on the seed. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

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

export interface SyntheticOptions {
	docs: number;
	seed?: number;
	/** the real library whose clauses lend their words */
	source: Library;
	/** the real content folder (topics, vocabulary, cited works are copied from it) */
	sourceDir: string;
	out: string;
}

/** Writes the synthetic content folder; returns the number of clauses written. */
export function writeSyntheticLibrary({ docs, seed = 20261122, source, sourceDir, out }: SyntheticOptions): number {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const pool: Clause[] = [...source.clauses.values()].filter((c) => c.text.length > 20 && c.topics.length > 0);
	mkdirSync(join(out, 'documents'), { recursive: true });
	mkdirSync(join(out, 'sources'), { recursive: true });
	for (const f of ['topics.yaml', 'vocabulary.txt', 'cited-works.yaml']) copyFileSync(join(sourceDir, f), join(out, f));
	// cited-works.yaml names real documents; the synthetic library has none of them.
	writeFileSync(join(out, 'cited-works.yaml'), '[]\n');
	writeFileSync(join(out, 'sources', 'synthetic.txt'), '合成文本：由真实条款的文字拼合而成，仅用于规模测试。\n');

	const published: string[] = [];
	let clauses = 0;
	for (let d = 0; d < docs; d++) {
		const slug = `doc-${String(d).padStart(5, '0')}`;
		const prefix = `s${letters(d)}`;
		const sections = 3 + Math.floor(next() * 6);
		const body: string[] = [];
		const ids: string[] = [];
		for (let s = 0; s < sections; s++) {
			const sectionId = `${prefix}-${s.toString(36)}0`;
			const base = pick(pool);
			body.push(`<Clause id="${sectionId}" n="${HAN[s % 10]}、" title="${attr(base.title ?? base.text.slice(0, 12))}" topics="${base.topics.join(' ')}">`, '');
			const count = 2 + Math.floor(next() * 4);
			for (let k = 0; k < count; k++) {
				const c = pick(pool);
				const id = `${prefix}-${s.toString(36)}${(k + 1).toString(36)}`;
				const related = published.length > 0 && next() < 0.15 ? ` related="同题:${pick(published)}"` : '';
				body.push(`<Clause id="${id}" n="${String(k + 1).padStart(2, '0')}" title="${attr(c.title ?? c.text.slice(0, 10))}" topics="${c.topics.join(' ')}"${related}>`, '', escapeText(c.text), '', '</Clause>', '');
				ids.push(id);
				clauses++;
			}
			body.push('</Clause>', '');
			clauses++;
		}
		published.push(...ids);
		const year = 2010 + (d % 15);
		const frontmatter = [
			'---',
			`title: 合成文件第${d + 1}号：关于加强党建带团建工作的${pick(GENRES)}`,
			'titleSource: editorial',
			`genre: ${pick(GENRES)}`,
			'issuer:',
			'  name: 合成发文单位',
			'  basis: stated',
			`level: ${pick(LEVELS)}`,
			'region: null',
			'date:',
			`  value: "${year}"`,
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
		writeFileSync(join(out, 'documents', `${slug}.mdx`), `${frontmatter.join('\n')}${body.join('\n')}`);
	}
	return clauses;
}

/** Lists a synthetic folder's documents (for checks). */
export function syntheticDocuments(out: string): string[] {
	return readdirSync(join(out, 'documents')).sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { readLibrary } = await import('../../src/library/read-data.ts');
	const { contentDir } = await import('../../src/library/content-dir.ts');
	const arg = (name: string, fallback: string) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1]! : fallback;
	};
	const docs = Number(arg('docs', '100'));
	const out = arg('out', `/tmp/synthetic-library-${docs}`);
	const count = writeSyntheticLibrary({ docs, source: readLibrary(contentDir), sourceDir: contentDir, out });
	console.log(`${docs} documents, ${count} clauses written to ${out}`);
}

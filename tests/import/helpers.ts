/**
 * What the importer's tests share: the rules file, a run of the pipeline with reproducible ids
 * and no library (so fixture expectations do not move when the library grows), and the outline
 * flattened to rows that read like the review.
 */
import { readFileSync } from 'node:fs';
import { readRules } from '../../src/import/boilerplate.ts';
import type { DraftClause } from '../../src/import/emit-mdx.ts';
import { seededRandom } from '../../src/utils/random.ts';
import { importSource, type ImportResult } from '../../src/import/pipeline.ts';
import type { Library } from '../../src/library/types.ts';

/** The boilerplate rules the library ships. */
export const rules = readRules(new URL('../../content/boilerplate.yaml', import.meta.url).pathname);

/** The fixture sources' folder. */
export const fixtures = new URL('../fixtures/import/', import.meta.url).pathname;

/** Runs the importer on bytes, as the CLI would, with ids drawn from a fixed seed. */
export function run(sourceFile: string, bytes: Uint8Array | string, options: { library?: Library | null; slug?: string } = {}): ImportResult {
	return importSource({
		sourceFile,
		bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
		rules,
		library: options.library ?? null,
		taken: new Set(),
		slug: options.slug ?? 'draft-doc',
		prefix: 'dd',
		random: seededRandom(11),
		today: '2025-01-01',
	});
}

/** Runs the importer on a fixture case's input file. */
export function runFixture(path: string): ImportResult {
	return run(path.split('/').at(-1)!, readFileSync(`${fixtures}${path}`));
}

/** One row per clause: indented number and title, or its first words. */
export function rows(clauses: DraftClause[]): string[] {
	const out: string[] = [];
	const walk = (c: DraftClause, depth: number) => {
		const text = c.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('');
		out.push(`${'  '.repeat(depth)}${c.role ?? c.n?.trim() ?? '·'} ${c.title ?? `«${text.slice(0, 8)}»`}`);
		for (const b of c.blocks) if (b.kind === 'clause') walk(b.clause, depth + 1);
	};
	for (const c of clauses) walk(c, 0);
	return out;
}

/** The warnings' messages, for matching. */
export function messages(result: ImportResult): string[] {
	return result.warnings.map((w) => `${w.line ?? '-'} ${w.message}`);
}

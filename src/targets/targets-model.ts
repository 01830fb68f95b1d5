/**
 * The targets model the page, the CSV and the clause chips read: the rules' finds with the
 * editors' corrections applied, numbered, in library order, requirements and achieved figures
 * kept apart. Pure, so tests build it from a fixture library without Astro.
 */
import type { Library } from '../library/types.ts';
import { applyCorrections, type LocatedCorrection } from './corrections.ts';
import { extractTargets, numberTargets, textTargets, type FindTextTargets, type Found } from './extract-targets.ts';
import type { Target } from './types.ts';

/** Every target of the library, split by kind, and the requirements of each clause. */
export interface TargetsModel {
	/** quantified requirements, in library order: the table's rows */
	requirements: Target[];
	/** figures reports state as achieved, shown apart as 工作成效 */
	achievements: Target[];
	/** requirements by clause id, for the 指标 chip on each clause */
	byClause: Map<string, Target[]>;
}

/**
 * Builds the model from the library and the corrections read from `file` (named in messages);
 * `find` may take each clause's text targets from an earlier build (kept-targets.ts).
 */
export function buildTargets(
	library: Library,
	corrections: readonly LocatedCorrection[] = [],
	file = 'content/target-corrections.yaml',
	find: FindTextTargets = textTargets,
): TargetsModel {
	const order = new Map(library.documents.flatMap((d) => d.allClauseIds).map((id, i) => [id, i]));
	const corrected = applyCorrections(extractTargets(library, find), corrections, library, file);
	const position = (f: Found) => [order.get(f.clauseId)!, f.offset + f.mark.start] as const;
	corrected.sort((a, b) => {
		const [ca, pa] = position(a);
		const [cb, pb] = position(b);
		return ca - cb || pa - pb;
	});
	const targets = numberTargets(corrected);
	const requirements = targets.filter((t) => t.kind === 'requirement');
	const byClause = new Map<string, Target[]>();
	for (const t of requirements) byClause.set(t.clauseId, [...(byClause.get(t.clauseId) ?? []), t]);
	return { requirements, achievements: targets.filter((t) => t.kind === 'achievement'), byClause };
}

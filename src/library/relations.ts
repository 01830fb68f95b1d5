/**
 * Declared relations between clauses: an editor writes `related="落实:jc-xzjj"` on one clause,
 * and the library shows the relation on both. Each entry is checked here: a known type, a
 * clause that exists, and not the clause itself.
 */
import type { ContentIssue } from './errors.ts';
import { relationTypes, type DeclaredRelation, type RelationType } from './types.ts';

/** A `related` entry as written on a clause, with where it was written. */
export interface WrittenRelation {
	from: string;
	/** the entry as written: TYPE:clause-id, or a bare clause-id for an untyped relation */
	entry: string;
	file: string;
	line: number;
}

/** Relations by the clause they start from, and by the clause they point to. */
export interface RelationIndex {
	outgoing: Map<string, DeclaredRelation[]>;
	incoming: Map<string, DeclaredRelation[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/** Reads every written relation; an entry with an unknown type or target, or pointing to its own clause, becomes an issue instead. */
export function resolveRelations(written: readonly WrittenRelation[], clauseExists: (id: string) => boolean): RelationIndex & { issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const index: RelationIndex = { outgoing: new Map(), incoming: new Map() };
	for (const raw of written) {
		const at = { file: raw.file, line: raw.line, clause: raw.from };
		const m = /^(?:([^:]+):)?(.+)$/.exec(raw.entry)!;
		const type = (m[1] ?? '相关') as RelationType;
		const to = m[2]!;
		if (!relationTypes.includes(type)) {
			issues.push({ ...at, message: `unknown relation type ${JSON.stringify(m[1])} in ${JSON.stringify(raw.entry)}; expected ${relationTypes.join('、')}` });
		} else if (!clauseExists(to)) {
			issues.push({ ...at, message: `relation ${JSON.stringify(raw.entry)} points to clause ${JSON.stringify(to)}, which does not exist` });
		} else if (to === raw.from) {
			issues.push({ ...at, message: `relation ${JSON.stringify(raw.entry)} points to the clause itself` });
		} else {
			const relation: DeclaredRelation = { from: raw.from, to, type };
			pushTo(index.outgoing, raw.from, relation);
			pushTo(index.incoming, to, relation);
		}
	}
	return { ...index, issues };
}

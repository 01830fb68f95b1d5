/** The cited-works page: every work cited in 《》, its wordings, and the clauses that cite it. */
import type { CitedWork, Library } from '../library/types.ts';
import { clauseRef, type ClauseRef } from './clause-view.ts';

/** A cited work as its entry shows it. */
export interface CitedWorkView {
	id: string;
	title: string;
	/** the document, when the library holds it */
	documentSlug: string | null;
	/** every wording it is cited under; empty when it is only ever cited by its title */
	wordings: string[];
	citing: ClauseRef[];
}

/** Every cited work, in the library's order. */
export function citedWorksView(library: Library): CitedWorkView[] {
	return library.citedWorks.map((work: CitedWork) => ({
		id: work.id,
		title: work.title,
		documentSlug: work.documentSlug,
		wordings: work.variants.some((v) => v !== work.title) ? work.variants : [],
		citing: work.citingClauseIds.map((id) => clauseRef(library, id)),
	}));
}

/**
 * The form of a clause id (`jc-xzjj`): a short document prefix, a dash, a few letters or digits.
 * Written once here for every place that reads an id: the clause parser, the removed-clause
 * record, the clause registry and the course pack's share links. No Zod import: the course
 * pack's browser script uses it too.
 */

/** A clause id: 1–8 lower-case letters, a dash, then 2–16 lower-case letters or digits. */
export const CLAUSE_ID = /^[a-z]{1,8}-[a-z0-9]{2,16}$/;

/** An example id for messages that ask for one. */
export const CLAUSE_ID_EXAMPLE = 'jc-4k7p';

/** True when `text` has the form of a clause id. */
export function isClauseId(text: string): boolean {
	return CLAUSE_ID.test(text);
}

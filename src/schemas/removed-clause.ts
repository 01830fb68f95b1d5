/**
 * The stability records' contract: the clause registry (content/clause-registry.json) and
 * removed clauses (content/removed-clauses.yaml). Their types are inferred from these schemas.
 */
import { z } from 'astro/zod';
import { CLAUSE_ID } from './clause-id.ts';

/** One published clause that was taken out (content/removed-clauses.yaml). */
export const removedClauseSchema = z
	.object({
		/** The id that was published. */
		id: z.string().regex(CLAUSE_ID),
		/** The document it was in. */
		document: z.string().min(1),
		/** What it was, e.g. 四、15 配齐配强各领域团干部. */
		label: z.string().min(1),
		/** The clause that takes its place, if any. */
		successor: z.string().nullable().default(null),
		/** Why it was removed. */
		note: z.string().nullable().default(null),
	})
	.strict();

/** A published clause that was taken out, with what replaces it. */
export type RemovedClause = z.infer<typeof removedClauseSchema>;

/** What the registry remembers of a published clause. */
export const registeredClauseSchema = z
	.object({
		/** The document the clause was published in. */
		document: z.string().min(1),
		/** 64-bit simhash of the clause's character pairs, hex. */
		fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
	})
	.strict();

/** What the registry remembers of a published clause. */
export type RegisteredClause = z.infer<typeof registeredClauseSchema>;

/** The clause registry file: published ids with fingerprints of their words. */
export const clauseRegistrySchema = z
	.object({
		clauses: z.record(z.string(), registeredClauseSchema),
	})
	.strict();

/** The clause registry (content/clause-registry.json). */
export type ClauseRegistry = z.infer<typeof clauseRegistrySchema>;

import { z } from 'astro/zod';

/** One published clause that was taken out (content/removed-clauses.yaml). */
export const removedClauseSchema = z
	.object({
		/** The id that was published. */
		id: z.string().regex(/^[a-z]{1,8}-[a-z0-9]{2,16}$/),
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

/** The clause registry file: published ids with fingerprints of their words. */
export const clauseRegistrySchema = z
	.object({
		clauses: z.record(z.string(), z.object({ document: z.string().min(1), fingerprint: z.string().regex(/^[0-9a-f]{16}$/) }).strict()),
	})
	.strict();

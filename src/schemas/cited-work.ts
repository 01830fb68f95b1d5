import { z } from 'astro/zod';

/**
 * An editor's record of a document cited in 《》: its variant titles (grouped under one work),
 * the short forms that stand for it in particular documents (《意见》), and the library
 * document it is, if any. Cited titles not listed here are grouped by their own wording.
 */
export const citedWorkSchema = z
	.object({
		/** Stable id of the work. */
		id: z.string().regex(/^[a-z][a-z0-9-]*$/),
		/** The title shown for the work. */
		title: z.string().min(1),
		/** Other titles that cite the same work (abbreviated, miswritten, with or without issuer). */
		variants: z.array(z.string().min(1)).default([]),
		/** Short forms such as 意见 that mean this work inside the listed documents. */
		abbreviations: z.array(z.object({ text: z.string().min(1), documents: z.array(z.string().min(1)).min(1) })).default([]),
		/** Slug of the library document that is this work. */
		document: z.string().min(1).nullable().default(null),
	})
	.strict();

export type CitedWorkEntry = z.infer<typeof citedWorkSchema>;

import { z } from 'astro/zod';

/** A wording of a concept: a word or phrase as readers or policy texts write it. */
const wording = z
	.string()
	.trim()
	.min(1, 'a wording is empty')
	.regex(
		/^[\p{Script=Han}\p{L}\p{N}“”‘’"'《》·・ ]*$/u,
		'a wording holds only characters, digits, and the quotation marks, title marks or middle dots it is printed with',
	);

/** One group of content/synonyms.yaml: a concept and its wordings, used to expand a reader's query. */
export const synonymGroupSchema = z
	.object({
		/** The concept's name, for editors. */
		concept: z.string().trim().min(1),
		/** Wordings that mean the concept: searching any of them finds the others. */
		words: z.array(wording).min(1, 'a group needs at least one wording in words'),
		/** Near-synonyms: they find the concept too, ranked after its own wordings. */
		near: z.array(wording).default([]),
	})
	.strict()
	.refine((g) => g.words.length + g.near.length >= 2, { message: 'a group needs at least two wordings (words and near together)', path: ['words'] });

export type SynonymGroupEntry = z.infer<typeof synonymGroupSchema>;

import { z } from 'astro/zod';

/** One topic of the taxonomy in content/topics.yaml. */
export const topicSchema = z
	.object({
		/** Stable slug, used in clause `topics` attributes and topic page URLs. */
		slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
		/** Chinese name shown to readers. */
		name: z.string().min(1),
		/** One-line description. */
		description: z.string().min(1),
	})
	.strict();

export type Topic = z.infer<typeof topicSchema>;

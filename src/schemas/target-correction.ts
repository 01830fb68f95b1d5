import { z } from 'astro/zod';
import { bounds, periods, type Period } from '../targets/types.ts';

/** 每两年, 每三个月: a period with a number of its own. */
const EVERY_N = /^每[0-9一二两三四五六七八九十半]+(?:年|个月|周|天|日|学期|季度)$/;

const period = z
	.string()
	.refine((p) => (periods as readonly string[]).includes(p) || EVERY_N.test(p), {
		error: (iss) => `unknown period ${JSON.stringify(iss.input)}; expected one of ${periods.join('、')}, or 每两年, 每三个月…`,
	})
	.transform((p) => p as Period);

const common = {
	/** The clause the phrase stands in. */
	clause: z.string().min(1),
	/** Words of the clause, exactly as printed, that hold the number. */
	phrase: z.string().min(1),
	/** Why the correction is needed, for the next editor. */
	note: z.string({ error: 'a note saying why the correction is needed is required' }).min(1),
};

/** Drops every extracted target whose number lies inside the phrase: a false find. */
const dropSchema = z.object({ action: z.literal('drop'), ...common }).strict();

/** Adds a target the rules missed, or replaces the one they found at the same number. */
const addSchema = z
	.object({
		action: z.literal('add'),
		...common,
		/** The words to mark, inside the phrase: a number with its unit (default: the first one in the phrase). */
		mark: z.string().min(1).optional(),
		/** A requirement, or a figure a report says was achieved. */
		kind: z.enum(['requirement', 'achievement']).default('requirement'),
		/** What the number constrains (团干部配备率、在岗率). */
		measure: z.string().min(1),
		/** How the requirement bounds its value; required for a requirement. */
		bound: z.enum(bounds, { error: (iss) => `unknown bound ${JSON.stringify(iss.input)}; expected one of ${bounds.join(', ')}` }).optional(),
		/** How often it recurs (每年, 一次性, 长期…); default 长期. */
		period: period.optional(),
		/** Who the sentence binds. */
		subject: z.string().min(1).optional(),
	})
	.strict()
	.refine((c) => c.kind === 'achievement' || c.bound !== undefined, {
		error: 'a requirement needs a bound (at-least, at-most, exactly, within or range)',
		path: ['bound'],
	});

/** One editor's correction to the extracted targets (content/target-corrections.yaml). */
export const targetCorrectionSchema = z.discriminatedUnion('action', [dropSchema, addSchema], {
	error: 'action must be add or drop',
});

export type TargetCorrection = z.infer<typeof targetCorrectionSchema>;

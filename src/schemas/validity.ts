/**
 * 时效性: a document's validity as editors record it, never guessed. The one home of the status
 * code list (as 国家法律法规数据库 and pkulaw use them), the field's schema and its default: a
 * document that says nothing about its validity is 不详, basis 来源未载明. What readers see,
 * with 期满失效 worked out against the build date, is src/library/validity.ts's.
 */
import { z } from 'astro/zod';
import { compareDatePrefixes, UNSTATED_BASIS } from '../utils/validity-label.ts';

export { UNSTATED_BASIS };

/** The validity statuses an editor may record. */
export const validityStatuses = ['现行有效', '已修改', '部分失效', '已废止', '失效', '尚未生效', '不详'] as const;
/** A validity status an editor may record. */
export type ValidityStatus = (typeof validityStatuses)[number];

const isoPrefix = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True when an ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD) names a real calendar date. */
export function isCalendarDate(value: string): boolean {
	if (!isoPrefix.test(value)) return false;
	const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dateField(name: string) {
	return z
		.string()
		.refine(isCalendarDate, { error: (iss) => `validity.${name} ${JSON.stringify(iss.input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` })
		.nullable()
		.default(null);
}

/** The validity field of a document's frontmatter. */
export const validitySchema = z
	.object({
		/** the status as the source or a later notice states it, from the code list */
		status: z.enum(validityStatuses, {
			error: (iss) => `unknown validity status ${JSON.stringify(iss.input)}; expected one of ${validityStatuses.join('、')}`,
		}),
		/** the notice or sentence that says so, or 来源未载明 */
		basis: z.string().min(1).default(UNSTATED_BASIS),
		/** the date it took effect, where known */
		effective: dateField('effective'),
		/** the last day it is valid, where the document states a 有效期 */
		validUntil: dateField('validUntil'),
		/** the 有效期 as the document words it (自印发之日起5年), where it does */
		term: z.string().min(1).nullable().default(null),
		/** the slug of the document that repeals or supersedes this one, where one does */
		successor: z.string().min(1).nullable().default(null),
	})
	.strict()
	.refine((v) => v.effective === null || v.validUntil === null || compareDatePrefixes(v.validUntil, v.effective) >= 0, {
		error: (iss) => {
			const v = iss.input as { effective: string; validUntil: string };
			return `validity.validUntil ${JSON.stringify(v.validUntil)} is before validity.effective ${JSON.stringify(v.effective)}`;
		},
	})
	.default({ status: '不详', basis: UNSTATED_BASIS, effective: null, validUntil: null, term: null, successor: null });

/** A document's recorded validity. */
export type Validity = z.infer<typeof validitySchema>;

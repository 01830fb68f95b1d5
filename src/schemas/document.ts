import { z } from 'astro/zod';

/** 文种: the kinds of document the library holds. Add a kind here before using it. */
export const genres = ['通知', '实施方案', '意见', '办法', '讲话', '工作总结', '工作报告', '评论'] as const;
/** Administrative level of the issuer. */
export const levels = ['中央', '省', '市', '县', '企业', '学校', '基层单位', '未知'] as const;

const isoPrefix = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True when an ISO date prefix (YYYY, YYYY-MM or YYYY-MM-DD) names a real calendar date. */
export function isCalendarDate(value: string): boolean {
	if (!isoPrefix.test(value)) return false;
	const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const nullableText = z.string().min(1).nullable();

/** Frontmatter of one document: the contract between editors and the site. */
export const documentSchema = z
	.object({
		/** Title as printed in the source, or an editor's title when the source has none. */
		title: z.string().min(1),
		/** Where the title comes from: printed as the heading, cited in the text, or written by an editor. */
		titleSource: z.enum(['source', 'cited', 'editorial']),
		/** The web page's own headline, where it differs from the title. */
		headline: nullableText.default(null),
		/** 文种 */
		genre: z.enum(genres, { error: (iss) => `unknown 文种 ${JSON.stringify(iss.input)}; expected one of ${genres.join('、')}` }),
		/** Issuing body, and whether the source states it or an editor inferred it. */
		issuer: z.object({
			name: nullableText,
			basis: z.enum(['stated', 'inferred', 'unknown']),
			note: nullableText.default(null),
		}),
		/** Level of the issuer. */
		level: z.enum(levels, { error: (iss) => `unknown level ${JSON.stringify(iss.input)}; expected one of ${levels.join('、')}` }),
		/** Region the document applies to, where known. */
		region: nullableText,
		/** Date with its precision and how it is known; value is null when unknown. */
		date: z
			.object({
				value: z
					.string()
					.refine(isCalendarDate, { error: (iss) => `date.value ${JSON.stringify(iss.input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` })
					.nullable(),
				precision: z.enum(['day', 'month', 'year', 'approximate', 'unknown']),
				basis: z.string().min(1),
			})
			.refine((d) => (d.value === null) === (d.precision === 'unknown'), {
				error: 'date.value must be null exactly when date.precision is unknown',
			}),
		/** Provenance: the raw source file kept in content/sources, and the web source where given. */
		source: z.object({
			file: z.string().min(1),
			lines: z.string().regex(/^\d+-\d+$/),
			site: nullableText,
			url: z.url().nullable(),
		}),
		/** 发文字号, where the document has one. */
		docNumber: nullableText,
		/** Editor's note where the source is damaged, anonymised or restructured. */
		editorialNote: nullableText.default(null),
		/** Web-page boilerplate left out of the body, each line with the reason. */
		omitted: z.array(z.object({ text: z.string().min(1), reason: z.string().min(1) })),
	})
	.strict();

export type DocumentMeta = z.infer<typeof documentSchema>;

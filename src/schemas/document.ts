import { z } from 'astro/zod';
import { isCalendarDate, validitySchema } from './validity.ts';

export { isCalendarDate };

/**
 * 文种: the kinds of document the library holds. Add a kind here before using it. The importer
 * reads a draft's 文种 from its title's last word against this list (longest first), and writes
 * 未知 when the title names none.
 */
export const genres = [
	'通知',
	'实施方案',
	'意见',
	'办法',
	'讲话',
	'工作总结',
	'工作报告',
	'评论',
	'细则',
	'实施细则',
	'规定',
	'决定',
	'决议',
	'方案',
	'工作方案',
	'规划',
	'计划',
	'工作要点',
	'要点',
	'报告',
	'总结',
	'通报',
	'函',
	'纪要',
	'条例',
	'规则',
	'公告',
	'通告',
	'批复',
	'请示',
	'倡议书',
	'未知',
] as const;
/** Administrative level of the issuer. */
export const levels = ['中央', '省', '市', '县', '企业', '学校', '基层单位', '未知'] as const;

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
		issuer: z
			.object({
				name: nullableText,
				basis: z.enum(['stated', 'inferred', 'unknown']),
				note: nullableText.default(null),
			})
			.strict(),
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
			.strict()
			.refine((d) => (d.value === null) === (d.precision === 'unknown'), {
				error: 'date.value must be null exactly when date.precision is unknown',
			}),
		/** Provenance: the raw source file kept in content/sources, and the web source where given. */
		source: z
			.object({
				file: z.string().min(1),
				lines: z.string().regex(/^\d+-\d+$/),
				site: nullableText,
				url: z.url().nullable(),
				/** The web page's own publication date, where the page states one: the page's date, not the document's 成文日期. */
				published: z
					.string()
					.refine(isCalendarDate, { error: (iss) => `source.published ${JSON.stringify(iss.input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` })
					.nullable()
					.default(null),
			})
			.strict(),
		/** 发文字号, where the document has one. */
		docNumber: nullableText,
		/** 主送机关, as the text addresses them, where it does. */
		addressee: nullableText.default(null),
		/** 附件 the document lists, by title. */
		attachments: z.array(z.string().min(1)).default([]),
		/** Editor's note where the source is damaged, anonymised or restructured. */
		editorialNote: nullableText.default(null),
		/** Web-page boilerplate left out of the body, each line with the reason. */
		omitted: z.array(z.object({ text: z.string().min(1), reason: z.string().min(1) }).strict()),
		/**
		 * The date this version's text bears, as its version-pinned links name it (documents/<slug>/<version>.html):
		 * YYYY, YYYY-MM or YYYY-MM-DD. Leave it out and date.value is used; set it once a version is published and
		 * its date.value is corrected, so its pinned links keep working (src/library/versions.ts).
		 */
		version: z
			.string()
			.refine(isCalendarDate, { error: (iss) => `version ${JSON.stringify(iss.input)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)` })
			.nullable()
			.default(null),
		/** 时效性: status, basis, effective and valid-until dates, successor; 不详 (来源未载明) when the source says nothing. */
		validity: validitySchema,
	})
	.strict();

/** A document's checked frontmatter. */
export type DocumentMeta = z.infer<typeof documentSchema>;

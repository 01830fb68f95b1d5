/**
 * Leaves web-page furniture out of a source, by the rules in one data file
 * (content/boilerplate.yaml), and records every line it leaves out with the rule's reason. Two
 * kinds of furniture have no fixed wording and are found by their shape: the page's title
 * repeated further down, and an image caption repeated many times. Everything else is kept as it
 * stands; the later stages never drop a line of text.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { TERMINAL, chars } from './numbering.ts';
import type { MetadataField, OmittedLine, SourceLine } from './types.ts';

const ruleSchema = z
	.object({
		reason: z.string().min(1),
		pattern: z.string().min(1),
		maxLength: z.number().int().positive().optional(),
		rest: z.boolean().optional(),
	})
	.strict();

/** The data file's contract. */
export const boilerplateFileSchema = z
	.object({
		rules: z.array(ruleSchema),
		fields: z.array(z.object({ field: z.enum(['published', 'site', 'url']), pattern: z.string().min(1) }).strict()),
		restGuard: z.number().int().positive(),
		repeated: z.object({ minCount: z.number().int().min(2), maxLength: z.number().int().positive(), reason: z.string().min(1) }).strict(),
		titleRepeat: z.object({ reason: z.string().min(1) }).strict(),
		headline: z.object({ reason: z.string().min(1) }).strict(),
		aboveTitle: z.object({ page: z.string().min(1), document: z.string().min(1) }).strict(),
	})
	.strict();

type File = z.infer<typeof boilerplateFileSchema>;

/** The rules with their patterns compiled. */
export interface BoilerplateRules extends Omit<File, 'rules' | 'fields'> {
	rules: (Omit<File['rules'][number], 'pattern'> & { pattern: RegExp })[];
	fields: { field: MetadataField; pattern: RegExp }[];
}

/** Compiles the rules, naming the file and the rule of any problem. */
export function compileRules(file: string, data: unknown): BoilerplateRules {
	const parsed = boilerplateFileSchema.safeParse(data);
	if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`).join('\n'));
	const compile = (pattern: string, where: string) => {
		try {
			return new RegExp(pattern, 'u');
		} catch (error) {
			throw new Error(`${file}: ${where}: pattern ${JSON.stringify(pattern)} is not a regular expression (${(error as Error).message})`, { cause: error });
		}
	};
	return {
		...parsed.data,
		rules: parsed.data.rules.map((r, i) => ({ ...r, pattern: compile(r.pattern, `rules.${i}`) })),
		fields: parsed.data.fields.map((f, i) => ({ field: f.field, pattern: compile(f.pattern, `fields.${i}`) })),
	};
}

/** Reads and compiles the rules file. */
export function readRules(file: string): BoilerplateRules {
	return compileRules(file, parseYaml(readFileSync(file, 'utf8')));
}

/** The lines kept (non-blank, trimmed, with their numbers) and the lines left out, in source order. */
export interface Stripped {
	kept: SourceLine[];
	omitted: OmittedLine[];
}

/** Leaves out the furniture of `lines` by `rules`; blank lines are neither kept nor recorded. */
export function stripBoilerplate(lines: SourceLine[], rules: BoilerplateRules): Stripped {
	const text = lines.map((l) => ({ line: l.line, text: l.text.trim() })).filter((l) => l.text !== '');
	const reasons = new Map<number, string>();
	for (let i = 0; i < text.length; i++) {
		const t = text[i]!.text;
		const rule = rules.rules.find((r) => (r.maxLength === undefined || chars(t).length <= r.maxLength) && r.pattern.test(t));
		if (!rule) continue;
		if (rule.rest && text.slice(i + 1).every((l) => chars(l.text).length <= rules.restGuard || !TERMINAL.test(l.text))) {
			// A page's tail: each line gets its own rule's reason where one matches (版权所有 is the footer), else the tail's.
			for (let k = i; k < text.length; k++) {
				const own =
					k === i
						? undefined
						: rules.rules.find((r) => !r.rest && (r.maxLength === undefined || chars(text[k]!.text).length <= r.maxLength) && r.pattern.test(text[k]!.text));
				reasons.set(k, own?.reason ?? rule.reason);
			}
			break;
		}
		reasons.set(i, rule.reason);
	}
	// The page's title, repeated: lines equal to the first kept line, or made of it twice or more.
	const first = text.findIndex((_, i) => !reasons.has(i));
	const title = first < 0 ? '' : text[first]!.text;
	if (title !== '' && !/[。！？]/.test(title) && chars(title).length <= 100) {
		text.forEach((l, i) => {
			if (i > first && !reasons.has(i) && l.text.length % title.length === 0 && l.text === title.repeat(l.text.length / title.length))
				reasons.set(i, rules.titleRepeat.reason);
		});
	}
	// Captions: a short line without sentence punctuation, repeated many times.
	const counts = new Map<string, number>();
	text.forEach((l, i) => {
		if (!reasons.has(i)) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
	});
	text.forEach((l, i) => {
		const n = counts.get(l.text) ?? 0;
		if (!reasons.has(i) && n >= rules.repeated.minCount && chars(l.text).length <= rules.repeated.maxLength && !TERMINAL.test(l.text)) {
			reasons.set(i, rules.repeated.reason);
		}
	});
	const out: Stripped = { kept: [], omitted: [] };
	text.forEach((l, i) => {
		const reason = reasons.get(i);
		if (reason === undefined) out.kept.push(l);
		else out.omitted.push({ ...l, reason, ...fieldOf(l.text, rules) });
	});
	return out;
}

/** The fact a left-out line states, if a field rule reads one from it. */
function fieldOf(text: string, rules: BoilerplateRules): Pick<OmittedLine, 'field' | 'value'> {
	for (const f of rules.fields) {
		const m = f.pattern.exec(text);
		if (m?.[1] !== undefined) return { field: f.field, value: m[1].trim() };
	}
	return {};
}

/**
 * The `omitted` list a document records: each text once (the verbatim check matches by text),
 * with how many lines it stood on when more than one.
 */
export function omittedEntries(omitted: OmittedLine[]): { text: string; reason: string }[] {
	const byText = new Map<string, { text: string; reason: string; count: number }>();
	for (const o of omitted) {
		const entry = byText.get(o.text);
		if (entry) entry.count++;
		else byText.set(o.text, { text: o.text, reason: o.reason, count: 1 });
	}
	return [...byText.values()].map((e) => ({ text: e.text, reason: e.count > 1 ? `${e.reason}（共${e.count}处）` : e.reason }));
}

/**
 * What the import command prints for the editor's review: the metadata it drafted, the lines it
 * left out, the outline it found (number, title, first words, suggested topics), and every
 * warning with the file, line and clause it concerns. Reading this, an editor sees at a glance
 * whether the structure is right before building anything. For a revision it also lists which
 * clauses kept their ids (沿用), which are new (新增) and which are gone (删去).
 */
import { roleLabel } from '../library/clause-label.ts';
import { chars } from './numbering.ts';
import type { CarryReport } from './carry-ids.ts';
import type { DraftClause } from './emit-mdx.ts';
import type { ImportResult } from './pipeline.ts';
import type { ImportWarning } from './types.ts';

const width = (text: string) =>
	chars(text).reduce((w, c) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
const pad = (text: string, to: number) => `${text}${' '.repeat(Math.max(1, to - width(text)))}`;
const clip = (text: string, most: number) => (chars(text).length > most ? `${chars(text).slice(0, most).join('')}…` : text);

/** A warning as `file:line [clause id] message`. */
export function formatWarning(file: string, w: ImportWarning): string {
	return `${file}${w.line === undefined ? '' : `:${w.line}`}${w.clause === undefined ? '' : ` [clause ${w.clause}]`} ${w.message}`;
}

/** One outline row per clause: line, number, title or first words, suggested topics. */
export function outlineRows(clauses: DraftClause[]): string[] {
	const rows: string[] = [];
	const walk = (c: DraftClause, depth: number) => {
		const text = c.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('');
		const number = c.n?.trim() ?? roleLabel(c.role) ?? '·';
		const heading = c.title === null ? clip(text, 18) : `${clip(c.title, 22)}${text === '' ? '' : ` │ ${clip(text, 10)}`}`;
		const topics = c.topics.length === 0 ? '' : `  {${c.topics.join(' ')}}`;
		rows.push(`${pad(String(c.line), 6)}${pad(`${'  '.repeat(depth)}${number}`, 14)}${heading}${topics}`);
		for (const b of c.blocks) if (b.kind === 'clause') walk(b.clause, depth + 1);
	};
	for (const c of clauses) walk(c, 0);
	return rows;
}

/** A revision's clauses against the current version's: counts first, then one row per clause. */
export function carryRows(report: CarryReport, current: string): string[] {
	const same = report.matched.filter((m) => m.identical).length;
	const idWidth = Math.max(0, ...[...report.matched, ...report.new, ...report.gone].map((c) => c.id.length)) + 2;
	return [
		`与现行版本 ${current} 对照：沿用 ${report.matched.length} 条（未改 ${same} 条，有改动 ${report.matched.length - same} 条），新增 ${report.new.length} 条，删去 ${report.gone.length} 条`,
		...report.matched.map(
			(m) =>
				`  沿用  ${pad(m.id, idWidth)}${m.before === m.after ? m.after : `${m.before} → ${m.after}`}  ${m.identical ? '未改' : `有改动，相似度 ${m.percent}%`}`,
		),
		...report.new.map((c) => `  新增  ${pad(c.id, idWidth)}${c.label}`),
		...report.gone.map((c) => `  删去  ${pad(c.id, idWidth)}${c.label}`),
	];
}

/** The whole review, as lines to print. */
export function reviewText(result: ImportResult, sourceFile: string, target: string): string[] {
	const { meta, decoded } = result;
	const count = (cs: DraftClause[]): number => cs.reduce((n, c) => n + 1 + count(c.blocks.flatMap((b) => (b.kind === 'clause' ? [b.clause] : []))), 0);
	const reasons = new Map<string, number>();
	for (const o of result.omitted) reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
	const out = [
		`${sourceFile} → ${target}  (${decoded.kind}, ${decoded.encoding}, ${decoded.lines.length} lines)`,
		'',
		`  title       ${meta.title ?? '(none found: write one)'}`,
		...(meta.headline === null ? [] : [`  headline    ${meta.headline}`]),
		`  文种        ${meta.genre}`,
		`  发文字号    ${meta.docNumber ?? '—'}`,
		`  主送机关    ${meta.addressee ?? '—'}`,
		`  issuer      ${meta.issuer.name ?? '—'}${meta.issuer.note === null ? '' : ` (${meta.issuer.note})`} · level ${meta.level}`,
		`  成文日期    ${meta.date.value ?? '—'} (${meta.date.precision}) ${meta.date.basis}`,
		...(meta.published === null ? [] : [`  web page    published ${meta.published} (the page's date, not the 成文日期)`]),
		...(meta.attachments.length === 0 ? [] : [`  附件        ${meta.attachments.map((a, i) => `${i + 1}. ${a}`).join('  ')}`]),
		`  left out    ${result.omitted.length === 0 ? 'nothing' : `${result.omitted.length} line(s): ${[...reasons].map(([r, n]) => `${r} ×${n}`).join('、')}`}`,
		...decoded.notes.map((n) => `  note        ${n}`),
		'',
		`Outline: ${count(result.clauses)} clauses (line, number, title │ first words, {suggested topics, 待审})`,
		...outlineRows(result.clauses).map((r) => `  ${r}`),
		'',
		result.warnings.length === 0 ? 'No warnings.' : `Warnings (${result.warnings.length}):`,
		...result.warnings.map((w) => `  ${formatWarning(sourceFile, w)}`),
	];
	return out;
}

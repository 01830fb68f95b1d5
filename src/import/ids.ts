/**
 * Fresh clause ids for a draft, in the library's one form (src/schemas/clause-id.ts): the
 * document's prefix, a dash, and four random letters or digits. An id is never derived from a
 * clause's number or place, so renumbering a clause can never change its link; and it is never
 * one the library has used, for a clause, an alias or a removed clause. The randomness is passed
 * in, so tests draw the same ids every run.
 */
import { isClauseId } from '../schemas/clause-id.ts';
import type { OutlineClause } from './types.ts';
import type { Random } from '../utils/random.ts';

/** Letters and digits that cannot be misread for one another (no 0/o, 1/l/i). */
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** A document's id prefix from its slug: the initials of its first words (jinchang-plan → jp), lengthened until unused. */
export function prefixFor(slug: string, used: Set<string>): string {
	const words = slug.split('-').filter((w) => /^[a-z]/.test(w));
	const initials =
		words
			.map((w) => w[0]!)
			.join('')
			.slice(0, 4) || 'd';
	const first = words[0] ?? 'doc';
	const options = [initials, ...[2, 3, 4, 5, 6, 7, 8].map((n) => first.replace(/[^a-z]/g, '').slice(0, n))].filter((p) => /^[a-z]{1,8}$/.test(p));
	for (const letter of 'abcdefghijklmnopqrstuvwxyz') options.push(`${options[0] ?? 'd'}${letter}`.slice(-8));
	return options.find((p) => !used.has(p) && /^[a-z]{1,8}$/.test(p)) ?? 'draft';
}

/** One fresh id with the prefix, not in `taken`; it is added to `taken`. */
export function drawId(prefix: string, taken: Set<string>, random: Random): string {
	for (;;) {
		let s = '';
		for (let i = 0; i < 4; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)]!;
		const id = `${prefix}-${s}`;
		if (!taken.has(id) && isClauseId(id)) {
			taken.add(id);
			return id;
		}
	}
}

/** Gives every clause of an outline a fresh id, none in `taken`; returns the ids in reading order. */
export function assignIds(clauses: OutlineClause[], prefix: string, taken: Set<string>, random: Random): string[] {
	const ids: string[] = [];
	const walk = (c: OutlineClause) => {
		ids.push(drawId(prefix, taken, random));
		for (const b of c.blocks) if (b.kind === 'clause') walk(b.clause);
	};
	clauses.forEach(walk);
	return ids;
}

/** Every clause of an outline in reading order (the order ids are given in). */
export function flatten(clauses: OutlineClause[]): OutlineClause[] {
	const out: OutlineClause[] = [];
	const walk = (c: OutlineClause) => {
		out.push(c);
		for (const b of c.blocks) if (b.kind === 'clause') walk(b.clause);
	};
	clauses.forEach(walk);
	return out;
}

/** A document slug as the library writes them: lower-case ASCII words joined by dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from a file's name (Notice_2025.html → notice-2025), or null when the name gives none (a Chinese name). */
export function slugFromFile(name: string): string | null {
	const slug = name
		.replace(/\.[^.]*$/, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return /[a-z]/.test(slug) && slug.length >= 3 && SLUG.test(slug) ? slug : null;
}

import { fnv1a } from '../utils/hash.ts';
import { fold } from './segment.ts';

/**
 * The presence index answers one question cheaply: does a query word occur anywhere in the
 * library? Pagefind silently drops words it lacks, so the search page asks this index and says
 * so instead. It holds every Han character and character pair, and every number with each
 * prefix of its unit, split into small chunks by hash so a query loads only a few of them.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const OTHER = /\d+(?:\.\d+)?(?:[%‰]|\p{Script=Han}{0,2})|[a-z]+/gu;

/** The keys a text puts into the presence index. */
export function presenceKeys(text: string): Set<string> {
	return libraryPresenceKeys([text]);
}

/**
 * The keys of many texts together: the union of their presenceKeys. A Han character or pair is
 * counted as a number (its UTF-16 code unit, or the two units as one number) and made a string
 * once at the end: with a string and a set per clause, this took 3.7 s of a 10,000-document
 * build, on the path every rebuild waits for.
 */
export function libraryPresenceKeys(texts: Iterable<string>): Set<string> {
	// Pairs are first * 65536 + second; no Han code unit is 0, so a pair is never a single's number.
	const han = new Set<number>();
	const keys = new Set<string>();
	for (const text of texts) {
		const folded = fold(text);
		// Code units, not code points: a query's keys (termKeys) are cut the same way.
		for (const run of folded.match(HAN_RUN) ?? []) {
			let previous = run.charCodeAt(0);
			han.add(previous);
			for (let i = 1; i < run.length; i++) {
				const unit = run.charCodeAt(i);
				han.add(unit);
				han.add(previous * 65536 + unit);
				previous = unit;
			}
		}
		for (const m of folded.match(OTHER) ?? []) {
			const number = /^\d+(?:\.\d+)?/.exec(m)?.[0];
			if (number) for (let end = number.length; end <= m.length; end++) keys.add(m.slice(0, end));
			else keys.add(m);
		}
	}
	for (const k of han) keys.add(k < 65536 ? String.fromCharCode(k) : String.fromCharCode(Math.floor(k / 65536), k % 65536));
	return keys;
}

/** The keys that must all be present for a query term to occur in the library. */
export function termKeys(term: string): string[] {
	if (/^\p{Script=Han}+$/u.test(term)) {
		if (term.length === 1) return [term];
		return Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2));
	}
	return [term];
}

/** Which chunk of the presence index holds a key (FNV-1a). */
export function presenceChunk(key: string, chunks: number): number {
	return fnv1a(key) % chunks;
}

/** Splits the keys into chunks of about `target` keys each (a power of two, at least 8). */
export function chunkPresence(keys: Set<string>, target = 600): string[][] {
	let chunks = 8;
	while (keys.size / chunks > target) chunks *= 2;
	const out = Array.from({ length: chunks }, () => [] as string[]);
	for (const k of keys) out[presenceChunk(k, chunks)]!.push(k);
	for (const c of out) c.sort();
	return out;
}

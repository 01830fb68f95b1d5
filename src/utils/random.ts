/**
 * A seedable source of random numbers, so that what is drawn at random (a draft's fresh clause
 * ids, the synthetic benchmark library) can be reproduced exactly in tests and benchmarks.
 */

/** Returns numbers in [0, 1), like Math.random. */
export type Random = () => number;

/** A deterministic Random (mulberry32): the sequence depends only on the seed. */
export function seededRandom(seed: number): Random {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

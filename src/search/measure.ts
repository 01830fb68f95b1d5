/** One golden query: what a cadre types, and the clauses a policy expert accepts. */
export interface GoldenQuery {
	query: string;
	accept: string[];
}

/** The quality the golden set must reach (BENCHMARKS.md): the accepted clause first for 90% of queries, in the top three for 97%. */
export const QUALITY_TARGET = { hitAt1: 0.9, hitAt3: 0.97 } as const;

export interface QualityReport {
	queries: number;
	hitAt1: number;
	hitAt3: number;
	mrr: number;
	/** queries whose first result is not accepted, with the first three results */
	misses: { query: string; got: string[] }[];
}

/** hit@1, hit@3 and mean reciprocal rank of ranked clause ids against the accepted ones. */
export function measureQuality(golden: GoldenQuery[], results: string[][]): QualityReport {
	let h1 = 0;
	let h3 = 0;
	let rr = 0;
	const misses: QualityReport['misses'] = [];
	golden.forEach((g, i) => {
		const got = results[i] ?? [];
		const rank = got.findIndex((id) => g.accept.includes(id));
		if (rank === 0) h1++;
		else misses.push({ query: g.query, got: got.slice(0, 3) });
		if (rank >= 0 && rank < 3) h3++;
		if (rank >= 0) rr += 1 / (rank + 1);
	});
	const n = golden.length;
	return { queries: n, hitAt1: h1 / n, hitAt3: h3 / n, mrr: rr / n, misses };
}

import type { APIRoute } from 'astro';
import { getLibrary } from '../library/load-library.ts';
import { targetsCsv } from '../targets/csv.ts';
import { targetsView } from '../targets/group.ts';
import { getTargets } from '../targets/load-targets.ts';
import { shortLink } from '../utils/links.ts';

/** targets.csv: the rows of 指标一览 for spreadsheets, each with its clause's full short link. */
export const GET: APIRoute = async ({ site }) => {
	const view = targetsView(await getTargets(), await getLibrary());
	return new Response(
		targetsCsv(view.rows, (row) => shortLink(row.clause.id, site)),
		{ headers: { 'content-type': 'text/csv; charset=utf-8' } },
	);
};

/**
 * Records every clause id of the library as published, with a fingerprint of its words, in
 * content/clause-registry.json. Run it when publishing; from then on the build keeps those links
 * working. It adds new ids and refreshes fingerprints of lightly edited clauses; it never
 * forgets an id.
 *
 *   npm run ids:record
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuildEnv } from '../src/config/build-env.ts';
import { readLibrary } from '../src/library/read-data.ts';
import { clauseWords, fingerprint } from '../src/library/stability.ts';
import type { ClauseRegistry } from '../src/schemas/removed-clause.ts';

const { contentDir } = readBuildEnv();
const file = join(contentDir, 'clause-registry.json');
const registry: ClauseRegistry = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ClauseRegistry) : { clauses: {} };
const library = readLibrary(contentDir);
let added = 0;
for (const clause of library.clauses.values()) {
	if (!(clause.id in registry.clauses)) added++;
	registry.clauses[clause.id] = { document: clause.documentSlug, fingerprint: fingerprint(clauseWords(clause)) };
}
const sorted: ClauseRegistry = { clauses: Object.fromEntries(Object.entries(registry.clauses).sort(([a], [b]) => a.localeCompare(b))) };
writeFileSync(file, `${JSON.stringify(sorted, null, '\t')}\n`);
console.log(`${Object.keys(sorted.clauses).length} clause ids recorded as published (${added} new) in ${file}`);

/**
 * Imports one source file into the library as a draft for review:
 *
 *   npm run import -- <file> [--slug <slug>] [--prefix <prefix>] [--dry-run] [--content <dir>]
 *   npm run import -- <file> --revises <slug> [--version YYYY-MM-DD] [--dry-run] [--content <dir>]
 *
 * It reads the file, runs the importer (src/import/pipeline.ts), prints what it found, and
 * writes content/documents/<slug>.mdx with the source copied unchanged into content/sources/,
 * both or neither. It never overwrites a document, and it writes nothing when it refuses a file
 * or with --dry-run. The content folder is --content, else LIBRARY_CONTENT_DIR, else content/.
 * With --revises, the file is a new version of <slug>: its clauses keep the current version's
 * ids where they carry over (src/import/carry-ids.ts), and the current version moves to
 * documents/<slug>/<key>.mdx as the draft takes its place, all or nothing (src/import/revision.ts).
 */
import { randomInt } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readBuildEnv } from '../src/config/build-env.ts';
import { readRules } from '../src/import/boilerplate.ts';
import { commitImport } from '../src/import/commit.ts';
import { SLUG, slugFromFile } from '../src/import/ids.ts';
import { seededRandom, type Random } from '../src/utils/random.ts';
import { importSource } from '../src/import/pipeline.ts';
import { carryRows, reviewText } from '../src/import/review.ts';
import { currentVersion, currentVersionRefusal, revisionRefusal, versionFlagRefusal, type CurrentVersion } from '../src/import/revision.ts';
import { ImportRefusal } from '../src/import/types.ts';
import { LibraryError } from '../src/library/errors.ts';
import { readLibrary, readStabilityRecords } from '../src/library/read-data.ts';
import type { Library } from '../src/library/types.ts';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		slug: { type: 'string' },
		prefix: { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
		content: { type: 'string' },
		revises: { type: 'string' },
		version: { type: 'string' },
		// Reproducible ids, for tests: the same seed draws the same ids.
		seed: { type: 'string' },
	},
});
if (positionals.length !== 1)
	fail(
		'usage: npm run import -- <file> [--slug <slug>] [--prefix <prefix>] [--dry-run] [--content <dir>]\n       npm run import -- <file> --revises <slug> [--version YYYY-MM-DD] [--dry-run] [--content <dir>]',
	);
const path = positionals[0]!;
if (!existsSync(path)) fail(`${path}: no such file`);
const contentDir = values.content ?? readBuildEnv().contentDir;
const sourceFile = basename(path);
const revises = values.revises ?? null;
if (revises !== null && values.slug !== undefined && values.slug !== revises)
	fail(`--revises ${revises}: --slug ${values.slug} differs from it; a revision keeps its document's slug, so leave out --slug`);
const slug = revises ?? values.slug ?? slugFromFile(sourceFile);
if (slug === null)
	fail(`${sourceFile}: its name gives no slug (the document's address, in lower-case ASCII); give one with --slug, e.g. --slug city-league-notice-2025`);
if (values.version !== undefined) {
	const refusal = versionFlagRefusal(values.version);
	if (refusal !== null) fail(refusal);
}
if (!SLUG.test(slug)) fail(`--slug ${JSON.stringify(slug)} must be lower-case letters and digits joined by dashes, e.g. city-league-notice-2025`);
if (values.prefix !== undefined && !/^[a-z]{1,8}$/.test(values.prefix))
	fail(`--prefix ${JSON.stringify(values.prefix)} must be 1–8 lower-case letters, e.g. cl`);
const target = join(contentDir, 'documents', `${slug}.mdx`);
const sourceTarget = join(contentDir, 'sources', sourceFile);
if (revises !== null && !existsSync(target)) fail(`--revises ${revises}: no document ${revises} in ${relative(process.cwd(), join(contentDir, 'documents'))}`);
if (revises === null && existsSync(target))
	fail(`${relative(process.cwd(), target)} already exists: the importer never overwrites a document. Choose another --slug, or remove the old draft first.`);
const bytes = readFileSync(path);
if (existsSync(sourceTarget) && !readFileSync(sourceTarget).equals(bytes)) {
	fail(`${relative(process.cwd(), sourceTarget)} already exists and differs from ${path}: rename the file before importing it, so each source keeps its name.`);
}

let library: Library | null = null;
try {
	library = readLibrary(contentDir);
} catch (error) {
	if (!(error instanceof LibraryError)) throw error;
	console.warn(`The library in ${contentDir} has problems, so nothing is suggested from it:\n${error.message}\n`);
}
// A revision's current version: it must have a key to move to, and keep its id prefix.
const versionDir = join(contentDir, 'documents', slug);
const earlierKeys = existsSync(versionDir) ? readdirSync(versionDir).flatMap((f) => (f.endsWith('.mdx') ? [f.slice(0, -4)] : [])) : [];
let current: (CurrentVersion & { key: string }) | null = null;
if (revises !== null) {
	if (library === null) fail(`--revises ${revises}: the library has problems (above), so its current version cannot be read; fix them first`);
	const found = currentVersion(library, revises)!;
	const refusal = currentVersionRefusal(found, earlierKeys);
	if (refusal !== null) fail(refusal);
	if (values.prefix !== undefined && values.prefix !== found.prefix)
		fail(`--revises ${revises}: --prefix ${values.prefix} differs from its clause ids' prefix ${found.prefix}; a revision keeps it, so leave out --prefix`);
	current = { ...found, key: found.key! };
}
const stability = readStabilityRecords(contentDir);
const taken = new Set([
	...(library?.clauses.keys() ?? []),
	...(library?.aliases.keys() ?? []),
	...(library?.removed.keys() ?? []),
	...Object.keys(stability.registry?.clauses ?? {}),
	...(stability.removed ?? []).map((r) => r.id),
]);
const random: Random = values.seed === undefined ? () => randomInt(0, 2 ** 32) / 2 ** 32 : seededRandom(Number(values.seed));

try {
	const result = importSource({
		sourceFile,
		bytes,
		rules: readRules(join(contentDir, 'boilerplate.yaml')),
		library,
		taken,
		slug,
		prefix: values.prefix ?? null,
		random,
		today: new Date().toISOString().slice(0, 10),
		...(current === null ? {} : { revises: current }),
		...(values.version === undefined ? {} : { version: values.version }),
	});
	const key = values.version ?? result.meta.date.value;
	const refusal = current === null ? null : revisionRefusal(current, earlierKeys, key);
	if (refusal !== null) fail(`${refusal}\nNothing was written.`);
	console.log(reviewText(result, sourceFile, relative(process.cwd(), target)).join('\n'));
	if (library === null) console.log('No topics or related clauses were suggested: the library could not be read (see above).');
	if (current !== null && result.carried !== null) console.log(['', ...carryRows(result.carried, current.key)].join('\n'));
	if (values['dry-run']) {
		console.log('\n--dry-run: nothing written.');
		process.exit(0);
	}
	// All or nothing: each file is written beside its place, then moved there; undone on failure (src/import/commit.ts).
	const copySource = !existsSync(sourceTarget);
	const keptAs = current === null ? null : join(versionDir, `${current.key}.mdx`);
	commitImport({ target, mdx: result.mdx, source: copySource ? { path: sourceTarget, bytes } : null, keptAs }, String(process.pid));
	const shown = (file: string) => relative(process.cwd(), file);
	console.log(`\nWrote ${shown(target)}${copySource ? ` and ${shown(sourceTarget)}` : ` (the source was already in ${shown(join(contentDir, 'sources'))})`}.`);
	if (keptAs !== null) console.log(`The version it revises, ${current!.key}, is now ${shown(keptAs)}.`);
	console.log('Next: review the draft (the outline above, the metadata, each pending="…" suggestion), then npm run ids:record and npm test.');
} catch (error) {
	if (error instanceof ImportRefusal) fail(`Not imported: ${error.message}\nNothing was written.`);
	throw error;
}

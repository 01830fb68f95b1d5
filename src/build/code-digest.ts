/**
 * The digest of the code whose output a build cache keeps (the clause parses, the page facts,
 * the search index parts): its source files, the manifests of the packages it calls, the
 * lockfile (which names every package those depend on), and anything else given, such as
 * runtime versions. Output kept under another digest is made again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';

const LOCKFILE = new URL('../../package-lock.json', import.meta.url);

export function codeDigest({ files, packages = [], also = [] }: { files: URL[]; packages?: string[]; also?: string[] }): string {
	const hash = createHash('sha256');
	for (const file of files) hash.update(readFileSync(file));
	for (const name of packages) hash.update(readFileSync(findPackageJSON(name, import.meta.url)!));
	hash.update(readFileSync(LOCKFILE));
	for (const text of also) hash.update(text);
	return hash.digest('base64url');
}

/**
 * Makes package-lock.json complete for every platform, so that `npm ci` accepts it anywhere.
 *
 * npm writes lock entries only for the optional platform packages it can resolve. When the
 * registry at hand lacks another platform's build of the exact version (a partial mirror, or
 * a release still propagating), npm leaves that entry out, and `npm ci` then refuses the lock
 * on every machine as "not in sync". This script adds each missing entry at the version the
 * parent pins, with the platform fields (`os`, `cpu`, `libc`), licence and engines read from
 * the nearest published version of the same package: those fields only tell npm to skip the
 * package on other platforms, and they do not change between releases of a platform build.
 * No `resolved` or `integrity` is invented: npm fetches by name and version where the package
 * is installed, and records what it got.
 *
 *   npm run lock        (npm install --package-lock-only, then this script)
 *
 * It asks the registry only when run; builds and tests never do.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { missingOptionalEntries, type Lockfile, type LockEntry } from './lockfile.ts';

const file = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8')) as Lockfile;

/** The platform fields of `name` at `version`, or at the newest version the registry has. */
function platformFields(name: string, version: string): Partial<LockEntry> {
	const view = (spec: string): Partial<LockEntry> | null => {
		try {
			const out = execFileSync('npm', ['view', spec, 'os', 'cpu', 'libc', 'license', 'engines', '--json'], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			});
			return out.trim() ? (JSON.parse(out) as Partial<LockEntry>) : null;
		} catch {
			return null;
		}
	};
	const fields = view(`${name}@${version}`) ?? view(name);
	if (!fields) throw new Error(`${name}: the registry has no version of this package, so its platform is unknown`);
	return fields;
}

const missing = missingOptionalEntries(lock);
for (const { path, name, version, dev } of missing) {
	const fields = platformFields(name, version);
	// Keys in the order npm writes them, so that the next `npm install` leaves no diff.
	const ordered = {
		version,
		cpu: fields.cpu,
		dev: dev || undefined,
		libc: fields.libc,
		license: fields.license,
		optional: true,
		os: fields.os,
		engines: fields.engines,
	};
	const entry = Object.fromEntries(Object.entries(ordered).filter(([, value]) => value !== undefined)) as LockEntry;
	lock.packages[path] = entry;
	console.log(`added ${path}@${version} (${[entry.os, entry.cpu, entry.libc].flat().filter(Boolean).join(' ')})`);
}
// npm keeps `packages` sorted by path; so do we, so that the next `npm install` leaves no diff.
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b, 'en')));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(missing.length ? `package-lock.json: ${missing.length} platform entries added` : 'package-lock.json: complete for every platform');

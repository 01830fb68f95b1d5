/**
 * What a complete lockfile is: every optional dependency of a locked package has its own
 * entry, whatever platform wrote the lock. Shared by `npm run lock` and the test that keeps
 * the lock complete.
 */

/** One entry of package-lock.json's `packages`. */
export interface LockEntry {
	version?: string;
	dev?: boolean;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	libc?: string[];
	license?: string;
	engines?: Record<string, string>;
	dependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
}

/** The parts of package-lock.json (lockfileVersion 3) read here. */
export interface Lockfile {
	lockfileVersion: number;
	packages: Record<string, LockEntry>;
}

/** A platform package that a locked package names and the lock has no entry for. */
export interface MissingEntry {
	/** Where npm would install it, e.g. `node_modules/@pagefind/darwin-x64`. */
	path: string;
	name: string;
	version: string;
	dev: boolean;
}

/** The entry node resolves `name` to from the package installed at `from`: the nearest node_modules up the tree. */
function resolvedPath(lock: Lockfile, from: string, name: string): string | undefined {
	let dir = from;
	for (;;) {
		const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
		if (lock.packages[candidate]) return candidate;
		if (!dir) return undefined;
		const at = dir.lastIndexOf('/node_modules/');
		dir = at < 0 ? '' : dir.slice(0, at);
	}
}

/** Every optional dependency that has no entry in the lock, at the version its parent pins. */
export function missingOptionalEntries(lock: Lockfile): MissingEntry[] {
	const missing = new Map<string, MissingEntry>();
	for (const [path, entry] of Object.entries(lock.packages)) {
		for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
			const found = resolvedPath(lock, path, name);
			if (found && lock.packages[found]?.version === range) continue;
			// Platform packages are pinned to their parent's exact version; anything looser is not ours to guess.
			if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) {
				if (found) continue;
				throw new Error(`${path}: optional dependency ${name}@${range} is not an exact version`);
			}
			// Another version already holds the hoisted place: this one goes beside its parent, as npm nests it.
			const at = found ? `${path}/node_modules/${name}` : `node_modules/${name}`;
			missing.set(at, { path: at, name, version: range, dev: entry.dev === true });
		}
	}
	return [...missing.values()].sort((a, b) => a.path.localeCompare(b.path));
}

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { missingOptionalEntries, type Lockfile } from '../../scripts/lock/lockfile.ts';

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Lockfile;

describe('package-lock.json', () => {
	test('has an entry for every platform build its packages name, so npm ci accepts it on any platform', () => {
		expect(missingOptionalEntries(lock).map((m) => `${m.path}@${m.version}`)).toEqual([]);
	});
});

describe('missingOptionalEntries', () => {
	const base: Lockfile = {
		lockfileVersion: 3,
		packages: {
			'': {},
			'node_modules/engine': { version: '1.6.0', optionalDependencies: { '@engine/linux-x64': '1.6.0', '@engine/darwin-arm64': '1.6.0' } },
			'node_modules/@engine/linux-x64': { version: '1.6.0', os: ['linux'], cpu: ['x64'], optional: true },
		},
	};

	test('finds a platform build the lock left out, at the version its parent pins', () => {
		expect(missingOptionalEntries(base)).toEqual([{ path: 'node_modules/@engine/darwin-arm64', name: '@engine/darwin-arm64', version: '1.6.0', dev: false }]);
	});

	test('nests the entry beside its parent when another version holds the hoisted place', () => {
		const older: Lockfile = { ...base, packages: { ...base.packages, 'node_modules/@engine/darwin-arm64': { version: '1.5.2', optional: true } } };
		expect(missingOptionalEntries(older).map((m) => m.path)).toEqual(['node_modules/engine/node_modules/@engine/darwin-arm64']);
	});

	test('refuses to guess a version for a platform package that is not pinned exactly', () => {
		const loose: Lockfile = {
			...base,
			packages: { ...base.packages, 'node_modules/engine': { version: '1.6.0', optionalDependencies: { '@engine/win32-x64': '^1.6.0' } } },
		};
		expect(() => missingOptionalEntries(loose)).toThrow('node_modules/engine: optional dependency @engine/win32-x64@^1.6.0 is not an exact version');
	});
});

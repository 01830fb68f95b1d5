import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ZipReuse } from '../../src/offline/zip-reuse.ts';
import { ZipWriter } from '../../src/offline/zip-writer.ts';

const mtime = new Date('2026-11-23T00:00:00Z');

/** A site of `n` pages, page `i` with the given text. */
const site = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => ({ path: `c/${i}.html`, text: text(i) }));

/** Writes the site's archive into `dir`, reusing (and then keeping) what `kept` holds; returns the bytes and how many files were reused. */
async function archive(
	dir: string,
	kept: string,
	files: { path: string; text: string | Buffer; digest?: string; read?: () => Buffer }[],
	{ level = 6, force = false } = {},
) {
	const path = join(dir, `copy-${Math.random()}.zip`);
	const reuse = new ZipReuse(kept, level, force);
	const zip = new ZipWriter(path, mtime);
	await zip.addAll(
		files.map((f) => ({
			name: `copy/${f.path}`,
			path: f.path,
			read: f.read ?? (() => Buffer.from(f.text)),
			kept: f.digest === undefined ? undefined : () => reuse.findByDigest(f.path, f.digest!),
		})),
		level,
		(f, data) => reuse.find(f.path, data),
	);
	zip.close();
	reuse.keep(path, zip.written(), (name) => name.slice('copy/'.length));
	return { bytes: readFileSync(path), reused: reuse.reused };
}

describe('the offline ZIP reuses the last build’s compressed files', () => {
	const page = (i: number) => `<p>第${i}条 ${'团员发展工作'.repeat(40 + i)}</p>`;

	test('a rebuild compresses only the changed file, and its archive is byte for byte a fresh one', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-reuse-'));
		const kept = join(dir, 'kept');
		const first = await archive(dir, kept, site(20, page));
		expect(first.reused).toBe(0);
		const edited = site(20, (i) => (i === 7 ? page(7).replace('第7条', '第七条') : page(i)));
		const again = await archive(dir, kept, edited);
		expect(again.reused).toBe(19);
		const fresh = await archive(dir, join(dir, 'empty'), edited);
		expect(again.bytes.equals(fresh.bytes)).toBe(true);
		expect(Buffer.from(unzipSync(again.bytes)['copy/c/7.html']!).toString()).toContain('第七条');
	});

	test('a forced build, another level, or a damaged kept archive reuses nothing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-reuse-'));
		const kept = join(dir, 'kept');
		await archive(dir, kept, site(5, page));
		expect((await archive(dir, kept, site(5, page), { force: true })).reused).toBe(0);
		expect((await archive(dir, kept, site(5, page), { level: 1 })).reused).toBe(0);
		await archive(dir, kept, site(5, page));
		truncateSync(join(kept, 'previous.zip'), 100);
		const damaged = await archive(dir, kept, site(5, page));
		expect(damaged.reused).toBe(0);
		expect(Object.keys(unzipSync(damaged.bytes))).toHaveLength(5);
	});

	test('a file moved to another path is compressed again, not taken from the old path', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-reuse-'));
		const kept = join(dir, 'kept');
		await archive(dir, kept, [
			{ path: 'a.html', text: page(1) },
			{ path: 'b.html', text: page(2) },
		]);
		const swapped = await archive(dir, kept, [
			{ path: 'a.html', text: page(2) },
			{ path: 'b.html', text: page(1) },
		]);
		expect(swapped.reused).toBe(0);
		const files = unzipSync(swapped.bytes);
		expect(Buffer.from(files['copy/a.html']!).toString()).toBe(page(2));
	});

	test('files taken from far apart in a large kept archive, in any order, come out whole', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-reuse-'));
		const kept = join(dir, 'kept');
		// Incompressible files of 3 MB, stored: the kept archive is several times what is read of it at once.
		const large = Array.from({ length: 5 }, () => randomBytes(3 << 20));
		const files = large.flatMap((bytes, i) => [
			{ path: `big/${i}.bin`, text: bytes },
			{ path: `c/${i}.html`, text: page(i) },
		]);
		await archive(dir, kept, files);
		// The last files first, one left out, one changed.
		const next = [...files.slice(6).reverse(), ...files.slice(1, 6)].map((f) => (f.path === 'c/3.html' ? { ...f, text: page(33) } : f));
		const again = await archive(dir, kept, next);
		expect(again.reused).toBe(next.length - 1);
		const fresh = await archive(dir, join(dir, 'empty'), next);
		expect(again.bytes.equals(fresh.bytes)).toBe(true);
		expect(Buffer.from(unzipSync(again.bytes)['copy/big/4.bin']!).equals(large[4]!)).toBe(true);
	});

	test('a file whose digest is given is taken from the kept archive without being read; a digest of other bytes is not trusted there', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'zip-reuse-'));
		const kept = join(dir, 'kept');
		await archive(dir, kept, site(6, page));
		const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
		const unread = () => {
			throw new Error('read a file whose digest was given');
		};
		const next = site(6, (i) => (i === 2 ? page(22) : page(i))).map((f) => ({
			...f,
			digest: sha256(f.text),
			...(f.path === 'c/2.html' ? {} : { read: unread }),
		}));
		const again = await archive(dir, kept, next);
		expect(again.reused).toBe(5);
		const fresh = await archive(
			dir,
			join(dir, 'empty'),
			site(6, (i) => (i === 2 ? page(22) : page(i))),
		);
		expect(again.bytes.equals(fresh.bytes)).toBe(true);
		// The digests are recorded too: the next build reuses every file, the changed one included.
		expect(
			(
				await archive(
					dir,
					kept,
					next.map((f) => ({ ...f, read: unread })),
				)
			).reused,
		).toBe(6);
	});
});

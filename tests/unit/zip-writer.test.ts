import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ZipWriter } from '../../src/offline/zip-writer.ts';

const temp = () => join(mkdtempSync(join(tmpdir(), 'zip-')), 'copy.zip');
const mtime = new Date('2026-11-22T00:00:00Z');

/** Reads a ZIP's central directory (ZIP64 end records included) and inflates each entry. */
function readZip(buffer: Buffer): Map<string, Buffer> {
	let end = buffer.length - 22;
	while (buffer.readUInt32LE(end) !== 0x06054b50) end--;
	let count = buffer.readUInt16LE(end + 10);
	let offset = buffer.readUInt32LE(end + 16);
	if (count === 0xffff) {
		const locator = end - 20;
		expect(buffer.readUInt32LE(locator)).toBe(0x07064b50);
		const zip64 = Number(buffer.readBigUInt64LE(locator + 8));
		expect(buffer.readUInt32LE(zip64)).toBe(0x06064b50);
		count = Number(buffer.readBigUInt64LE(zip64 + 32));
		offset = Number(buffer.readBigUInt64LE(zip64 + 48));
	}
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		expect(buffer.readUInt32LE(offset)).toBe(0x02014b50);
		const method = buffer.readUInt16LE(offset + 10);
		const compressed = buffer.readUInt32LE(offset + 20);
		const nameLength = buffer.readUInt16LE(offset + 28);
		const local = buffer.readUInt32LE(offset + 42);
		const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
		const dataAt = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
		const data = buffer.subarray(dataAt, dataAt + compressed);
		files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
		offset += 46 + nameLength;
	}
	return files;
}

describe('the offline copy’s ZIP writer', () => {
	test('writes an archive other tools read, of exactly the size it predicted', async () => {
		const path = temp();
		const zip = new ZipWriter(path, mtime);
		const page = Buffer.from('<p>条款 '.repeat(200));
		await zip.addAll([
			{ name: 'copy/documents/a.html', read: () => page },
			{ name: 'copy/search/empty.js', read: () => Buffer.alloc(0) },
		]);
		const home = Buffer.from('<h1>首页</h1>');
		const predicted = zip.sizeWithStored('copy/index.html', home.length);
		zip.addStored('copy/index.html', home);
		expect(zip.close()).toBe(predicted);
		const bytes = readFileSync(path);
		expect(bytes.length).toBe(predicted);
		const unzipped = unzipSync(bytes);
		expect(Object.keys(unzipped)).toEqual(['copy/documents/a.html', 'copy/search/empty.js', 'copy/index.html']);
		expect(Buffer.from(unzipped['copy/documents/a.html']!).equals(page)).toBe(true);
		expect(Buffer.from(unzipped['copy/index.html']!).toString()).toBe('<h1>首页</h1>');
	});

	test('files larger than what it gathers before writing, between small ones, come out whole', async () => {
		const path = temp();
		const zip = new ZipWriter(path, mtime);
		// 3 MB of random bytes is stored (deflate does not help it); the page around it is deflated.
		const large = randomBytes(3 << 20);
		const page = Buffer.from('<p>条款</p>'.repeat(50_000));
		await zip.addAll([
			{ name: 'copy/a.html', read: () => page },
			{ name: 'copy/big.bin', read: () => large },
			{ name: 'copy/b.html', read: () => Buffer.from('<p>b</p>') },
		]);
		const predicted = zip.sizeWithStored('copy/index.html', 2);
		zip.addStored('copy/index.html', Buffer.from('hi'));
		expect(zip.close()).toBe(predicted);
		const bytes = readFileSync(path);
		expect(bytes.length).toBe(predicted);
		const files = unzipSync(bytes);
		expect(Buffer.from(files['copy/big.bin']!).equals(large)).toBe(true);
		expect(Buffer.from(files['copy/a.html']!).equals(page)).toBe(true);
		expect(Buffer.from(files['copy/b.html']!).toString()).toBe('<p>b</p>');
	});

	test('past 65,535 files (a library of thousands of documents) it writes ZIP64 end records', async () => {
		const path = temp();
		const zip = new ZipWriter(path, mtime);
		const n = 70_000;
		await zip.addAll(Array.from({ length: n }, (_, i) => ({ name: `copy/c/${i}.html`, read: () => Buffer.from(`<a href="../documents/${i}.html">${i}</a>`) })));
		const predicted = zip.sizeWithStored('copy/index.html', 2);
		zip.addStored('copy/index.html', Buffer.from('hi'));
		expect(zip.close()).toBe(predicted);
		const files = readZip(readFileSync(path));
		expect(files.size).toBe(n + 1);
		expect(files.get('copy/c/69999.html')!.toString()).toBe('<a href="../documents/69999.html">69999</a>');
		expect(files.get('copy/index.html')!.toString()).toBe('hi');
	});
});

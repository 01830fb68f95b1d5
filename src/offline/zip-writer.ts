import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRaw } from 'node:zlib';
import { promisify } from 'node:util';

const deflate = promisify(deflateRaw);

/** Files compressed at once: zlib runs them on its thread pool, so every core compresses. */
const IN_FLIGHT = 16;
const UTF8_NAMES = 0x0800;
/**
 * Bytes gathered before one write to the file. Each file took three writes (header, name, body)
 * and the central directory two more: 1.4 million system calls for a 10,000-document site.
 */
const OUTPUT_CHUNK = 1 << 20;
const MAX_U32 = 0xffffffff;

/** A file to add: its name in the archive, and how to read its bytes. */
export interface ZipSource {
	name: string;
	read: () => Buffer;
	/** the file already compressed, where that is known without reading it (see zip-reuse.ts); it is then not read */
	kept?: (() => Compressed | undefined) | undefined;
}

/** A file's bytes as an archive holds them: deflated (method 8) or stored (0), with the CRC and length of the original bytes. */
export interface Compressed {
	crc: number;
	method: 0 | 8;
	body: Buffer;
	size: number;
}

/** Where a file's compressed bytes lie in a finished archive. */
export interface WrittenEntry {
	name: string;
	crc: number;
	method: 0 | 8;
	/** the original bytes' length */
	size: number;
	/** the compressed bytes' length */
	compressed: number;
	/** where the compressed bytes start */
	dataOffset: number;
}

type Pending =
	| { name: string; data: Buffer; compressed: Buffer; kept?: undefined }
	/** compressed bytes given rather than made here; the file itself may not have been read */
	| { name: string; data?: undefined; compressed: Buffer; kept: Compressed };

interface Entry {
	name: Buffer;
	crc: number;
	compressed: number;
	size: number;
	method: 0 | 8;
	offset: number;
}

/**
 * Writes a ZIP archive to disk as it goes, holding only the files being compressed. Hand-written
 * rather than a library: the export of 10,000 documents has over 65,535 files, which needs ZIP64
 * end records (fflate has none), and a per-file streaming deflater in JavaScript allocated its
 * window for each of 200,000 small files; node's zlib deflates natively on its thread pool. The
 * layout (no data descriptors, no extra fields) makes the final size computable in advance,
 * which the home page needs to state it. Archives over 4 GB are refused.
 */
export class ZipWriter {
	readonly #fd: number;
	readonly #dosTime: number;
	readonly #dosDate: number;
	readonly #entries: Entry[] = [];
	#written = 0;
	#central = 0;
	#closed = false;
	/** bytes not yet written to the file: the first `#buffered` of `#buffer` */
	readonly #buffer = Buffer.allocUnsafe(OUTPUT_CHUNK);
	#buffered = 0;

	constructor(path: string, mtime: Date) {
		this.#fd = openSync(path, 'w');
		this.#dosTime = (mtime.getUTCHours() << 11) | (mtime.getUTCMinutes() << 5) | (mtime.getUTCSeconds() >> 1);
		this.#dosDate = ((mtime.getUTCFullYear() - 1980) << 9) | ((mtime.getUTCMonth() + 1) << 5) | mtime.getUTCDate();
	}

	/**
	 * Compresses and writes files in order, several at a time. `reuse` may give a file's bytes
	 * already compressed (by an earlier build, see zip-reuse.ts); those are written as given.
	 */
	async addAll<F extends ZipSource>(files: Iterable<F>, level = 6, reuse?: (file: F, data: Buffer) => Compressed | undefined): Promise<void> {
		const pending: Promise<Pending>[] = [];
		const start = (f: F) => {
			const known = f.kept?.();
			if (known) {
				pending.push(Promise.resolve({ name: f.name, compressed: known.body, kept: known }));
				return;
			}
			const data = f.read();
			const kept = reuse?.(f, data);
			pending.push(
				kept
					? Promise.resolve({ name: f.name, compressed: kept.body, kept })
					: deflate(data, { level }).then((compressed) => ({ name: f.name, data, compressed })),
			);
		};
		for (const f of files) {
			start(f);
			if (pending.length >= IN_FLIGHT) this.#write(await pending.shift()!);
		}
		while (pending.length > 0) this.#write(await pending.shift()!);
	}

	/** Writes one file stored as is (no compression). */
	addStored(name: string, data: Buffer): void {
		this.#write({ name, data, compressed: data }, 0);
	}

	/** The archive's size once one more stored file of these name and content bytes is added and the archive closed. */
	sizeWithStored(name: string, bytes: number): number {
		const nameBytes = Buffer.byteLength(name);
		return this.#written + 30 + nameBytes + bytes + this.#central + 46 + nameBytes + this.#endBytes(this.#entries.length + 1);
	}

	/** Writes the central directory and end records, closes the file, and returns its size. */
	close(): number {
		try {
			const centralOffset = this.#written;
			for (const e of this.#entries) {
				const h = Buffer.alloc(46);
				h.writeUInt32LE(0x02014b50, 0);
				h.writeUInt16LE(20, 4);
				this.#entryFields(h, 6, e);
				h.writeUInt32LE(e.offset, 42);
				this.#out(h);
				this.#out(e.name);
			}
			const centralSize = this.#written - centralOffset;
			const count = this.#entries.length;
			if (count > 0xffff) {
				const zip64End = this.#written;
				const r = Buffer.alloc(56);
				r.writeUInt32LE(0x06064b50, 0);
				r.writeBigUInt64LE(44n, 4);
				r.writeUInt16LE(45, 12);
				r.writeUInt16LE(45, 14);
				r.writeBigUInt64LE(BigInt(count), 24);
				r.writeBigUInt64LE(BigInt(count), 32);
				r.writeBigUInt64LE(BigInt(centralSize), 40);
				r.writeBigUInt64LE(BigInt(centralOffset), 48);
				this.#out(r);
				const locator = Buffer.alloc(20);
				locator.writeUInt32LE(0x07064b50, 0);
				locator.writeBigUInt64LE(BigInt(zip64End), 8);
				locator.writeUInt32LE(1, 16);
				this.#out(locator);
			}
			const end = Buffer.alloc(22);
			end.writeUInt32LE(0x06054b50, 0);
			end.writeUInt16LE(Math.min(count, 0xffff), 8);
			end.writeUInt16LE(Math.min(count, 0xffff), 10);
			end.writeUInt32LE(centralSize, 12);
			end.writeUInt32LE(centralOffset, 16);
			this.#out(end);
			this.#flush();
			return this.#written;
		} finally {
			this.#closed = true;
			closeSync(this.#fd);
		}
	}

	/** Every file written so far, with where its compressed bytes lie. */
	written(): WrittenEntry[] {
		return this.#entries.map((e) => ({
			name: e.name.toString('utf8'),
			crc: e.crc,
			method: e.method,
			size: e.size,
			compressed: e.compressed,
			dataOffset: e.offset + 30 + e.name.length,
		}));
	}

	/** Closes the file without finishing the archive (after a failure). */
	abandon(): void {
		// After close() the file is done with: a failure found later must not close it again (and
		// name a bad file descriptor instead of itself).
		if (this.#closed) return;
		this.#closed = true;
		closeSync(this.#fd);
	}

	/** The fields a local header and a central directory entry share, from version needed to name length. */
	#entryFields(h: Buffer, at: number, e: Entry): void {
		h.writeUInt16LE(20, at);
		h.writeUInt16LE(UTF8_NAMES, at + 2);
		h.writeUInt16LE(e.method, at + 4);
		h.writeUInt16LE(this.#dosTime, at + 6);
		h.writeUInt16LE(this.#dosDate, at + 8);
		h.writeUInt32LE(e.crc, at + 10);
		h.writeUInt32LE(e.compressed, at + 14);
		h.writeUInt32LE(e.size, at + 18);
		h.writeUInt16LE(e.name.length, at + 22);
	}

	#endBytes(count: number): number {
		return 22 + (count > 0xffff ? 56 + 20 : 0);
	}

	#write(file: Pending, method: 0 | 8 = 8): void {
		const nameBytes = Buffer.from(file.name);
		const { kept, data } = file;
		// Stored when deflate does not help (already compressed files).
		const stored = kept ? kept.method === 0 : method === 0 || file.compressed.length >= data.length;
		const body = stored && !kept ? data : file.compressed;
		const entry: Entry = {
			name: nameBytes,
			crc: kept ? kept.crc : crc32(data),
			compressed: body.length,
			size: kept ? kept.size : data.length,
			method: stored ? 0 : 8,
			offset: this.#written,
		};
		if (this.#written + 30 + nameBytes.length + body.length > MAX_U32)
			throw new Error('the offline copy would exceed 4 GB, which this ZIP writer does not support');
		const h = Buffer.alloc(30);
		h.writeUInt32LE(0x04034b50, 0);
		this.#entryFields(h, 4, entry);
		this.#out(h);
		this.#out(nameBytes);
		this.#out(body);
		this.#entries.push(entry);
		this.#central += 46 + nameBytes.length;
	}

	/** Adds bytes to the archive: gathered in the buffer, or written at once when as large as it. */
	#out(buffer: Buffer): void {
		if (this.#buffered + buffer.length > OUTPUT_CHUNK) this.#flush();
		if (buffer.length >= OUTPUT_CHUNK) this.#writeAll(buffer);
		else {
			buffer.copy(this.#buffer, this.#buffered);
			this.#buffered += buffer.length;
		}
		this.#written += buffer.length;
	}

	#flush(): void {
		this.#writeAll(this.#buffer.subarray(0, this.#buffered));
		this.#buffered = 0;
	}

	#writeAll(buffer: Buffer): void {
		let at = 0;
		while (at < buffer.length) at += writeSync(this.#fd, buffer, at);
	}
}

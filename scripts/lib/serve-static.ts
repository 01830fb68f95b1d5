import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json',
};

/**
 * A plain static file server on a free loopback port, like any host the export may land on.
 * Text files are gzipped when the browser accepts it, as static hosts do (Pagefind's index
 * files are compressed already); `gzip: false` serves everything as stored. With `prefix`
 * ('/policy/') the site lives under that sub-path and nothing outside it exists.
 */
export async function serveStatic(dir: string, { gzip = true, prefix = '/' } = {}): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((req, res) => {
		const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!requested.startsWith(prefix)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const path = normalize(`/${requested.slice(prefix.length)}`);
		let file = join(dir, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dir) || !existsSync(file)) {
			// Like static hosts: the site's own 404 page, whatever the depth of the request.
			const notFound = join(dir, '404.html');
			if (existsSync(notFound)) createReadStream(notFound).pipe(res.writeHead(404, { 'content-type': types['.html']! }));
			else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const type = types[extname(file)];
		const compress = gzip && type !== undefined && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
		res.writeHead(200, { 'content-type': type ?? 'application/octet-stream', ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
		const stream = createReadStream(file);
		if (compress) stream.pipe(createGzip()).pipe(res);
		else stream.pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${prefix}`,
		// Pages the caller left open keep their connections alive, and a request still under way
		// would hold close() until it ends: closing the site ends them all.
		close: () =>
			new Promise((resolve) => {
				server.close(() => {
					resolve();
				});
				server.closeAllConnections();
			}),
	};
}

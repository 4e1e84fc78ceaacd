// Serves the built app (dist/) on a free localhost port for the browser benchmark, plus the
// generated exports under /bench-data/, so the page fetches them from its own origin.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.zip': 'application/zip'
};

export interface Served {
	url: string;
	close(): Promise<void>;
}

/** Maps a request path to a file under `root`, or null when it would leave it. */
function fileUnder(root: string, path: string): string | null {
	const file = normalize(join(root, decodeURIComponent(path)));
	return file.startsWith(root) ? file : null;
}

export async function serve(dist: string, data: string): Promise<Served> {
	const roots = { app: resolve(dist), data: resolve(data) };
	const server: Server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://localhost').pathname;
		const file = path.startsWith('/bench-data/')
			? fileUnder(roots.data, path.slice('/bench-data/'.length))
			: fileUnder(roots.app, path === '/' ? 'index.html' : path);
		if (!file || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((done) => server.listen(0, 'localhost', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}/`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}

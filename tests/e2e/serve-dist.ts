// Global setup of the end-to-end suite: serves the built app on a free localhost port and gives
// its address to the tests.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const root = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
	if (!existsSync(resolve(root, 'dist/index.html'))) {
		throw new Error('dist/index.html is missing: build the app first (`npx vite build`).');
	}
	const server = await preview({
		root,
		configFile: false,
		logLevel: 'warn',
		preview: { host: 'localhost', port: 0, strictPort: true, open: false }
	});
	const { port } = server.httpServer.address() as AddressInfo;
	project.provide('baseUrl', `http://localhost:${port}/`);
	return () => server.close();
}

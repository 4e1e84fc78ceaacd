// The offline build: one self-contained HTML file (dist/apr-preflight.html) with the worker and
// sql.js's wasm inlined, which opens from disk (file://) with no server and no network.
// Run after the main build, which empties dist/: `npm run build` does both.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { singleFile } from './src/build/single-file';

const source = (path: string) => fileURLToPath(new URL(`./src/worker/${path}`, import.meta.url));

// The two modules that fetch files of the origin get their inlined twins.
const alias = [
	{ find: /^\.\/start-worker$/, replacement: source('start-worker-inline.ts') },
	{ find: /^\.\/sql-wasm$/, replacement: source('sql-wasm-inline.ts') }
];

export default defineConfig({
	plugins: [svelte(), singleFile('apr-preflight.html')],
	resolve: { alias },
	worker: {
		// NOTE: a classic worker: Chromium does not start a module worker from a blob: URL made by
		// a file:// page (its origin is opaque). One script, so zip.js's lazy reader goes into it.
		format: 'iife',
		rolldownOptions: { output: { codeSplitting: false } }
	},
	build: {
		emptyOutDir: false,
		cssCodeSplit: false,
		modulePreload: false,
		rolldownOptions: { output: { codeSplitting: false } }
	}
});

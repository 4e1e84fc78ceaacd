// End-to-end suite: the built app (dist/, served by `vite preview`) driven in Debian's Chromium.
// Run after `vite build`; `npm test` and `npm run test:e2e` do both.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	root: resolve(import.meta.dirname, '../..'),
	test: {
		name: 'e2e',
		environment: 'node',
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/serve-dist.ts'],
		// One browser at a time: two Chromium instances loading exports would compete for 2 cores.
		fileParallelism: false,
		testTimeout: 0,
		hookTimeout: 0
	}
});

import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
	plugins: [svelte()],
	worker: { format: 'es' },
	test: {
		// The engine tests run in Node: sql.js resolves to its Node build there.
		environment: 'node',
		include: ['tests/**/*.test.ts'],
		testTimeout: 0,
		hookTimeout: 0
	}
});

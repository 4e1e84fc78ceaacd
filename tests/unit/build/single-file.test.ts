// Protects the offline build's last step: the page's one script and stylesheet are folded into
// the HTML, the policy allows that script by its hash and no connection, and anything that
// cannot be inlined safely fails the build instead of writing a broken file.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { offlinePolicy, singleFile } from '../../../src/build/single-file';

const PAGE = `<html><head>
<!-- No connection leaves this origin: scripts, the worker, the wasm and styles are our own. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'" />
<script type="module" crossorigin src="/assets/index-1.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-1.css">
</head><body></body></html>`;

type Item = Record<string, unknown>;

/** Runs the plugin's generateBundle over a fake bundle; returns what it emitted. */
function build(items: Item[]): { bundle: Record<string, Item>; emitted: Item[] } {
	const bundle = Object.fromEntries(items.map((i) => [i.fileName as string, i]));
	const emitted: Item[] = [];
	const hook = singleFile('offline.html').generateBundle as (
		this: unknown,
		options: unknown,
		bundle: unknown
	) => void;
	hook.call({ emitFile: (file: Item) => emitted.push(file) }, {}, bundle);
	return { bundle, emitted };
}

const html = { type: 'asset', fileName: 'index.html', source: PAGE };
const css = { type: 'asset', fileName: 'assets/index-1.css', source: 'body{margin:0}' };
const chunk = (code: string, fileName = 'assets/index-1.js') => ({ type: 'chunk', fileName, code });

describe('singleFile', () => {
	it('inlines the script and the styles under a policy that allows only that script', () => {
		const code = 'console.log("<!---->")';
		const { bundle, emitted } = build([html, css, chunk(code)]);
		expect(Object.keys(bundle)).toEqual([]);
		expect(emitted).toHaveLength(1);
		expect(emitted[0].fileName).toBe('offline.html');
		const page = String(emitted[0].source);
		expect(page).toContain(`<script type="module">${code}</script>`);
		expect(page).toContain('<style>body{margin:0}</style>');
		expect(page).not.toMatch(/src=|href="\/assets/);
		const hash = createHash('sha256').update(code).digest('base64');
		expect(page).toContain(`content="${offlinePolicy(hash)}"`);
		expect(offlinePolicy(hash)).toContain("connect-src 'none'");
		expect(page).not.toContain('No connection leaves this origin');
	});

	it('fails on a script that would close its element early', () => {
		expect(() => build([html, css, chunk('s = "</script>"')])).toThrow(
			'assets/index-1.js contains "</script"'
		);
	});

	it('fails when the page needs another file', () => {
		const wasm = { type: 'asset', fileName: 'assets/sql.wasm', source: new Uint8Array() };
		expect(() => build([html, css, chunk('1'), wasm])).toThrow('assets/sql.wasm');
		expect(() => build([html, css, chunk('1'), chunk('2', 'assets/lazy.js')])).toThrow(
			'assets/lazy.js'
		);
	});
});

// Vite plugin of the offline build: folds the page's one script and one stylesheet into the HTML
// (the worker and the wasm are already inlined into that script) and writes it under a new name,
// with a Content-Security-Policy that allows the inlined script by its hash and no connection.
import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';

type OutputAsset = Rolldown.OutputAsset;
type OutputChunk = Rolldown.OutputChunk;

/**
 * Nothing is fetched: no connection at all (connect-src 'none'); the one script is allowed by
 * its hash; the worker comes from a blob: URL and inherits this policy, wasm included.
 */
export function offlinePolicy(scriptHash: string): string {
	return [
		"default-src 'none'",
		`script-src 'sha256-${scriptHash}' 'wasm-unsafe-eval'`,
		'worker-src blob:',
		"connect-src 'none'",
		"style-src 'unsafe-inline'",
		'img-src data: blob:',
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
}

/**
 * Text that would end an inline element early. Svelte's templates hold `<!---->` markers, which
 * are harmless in a script unless a `<script` follows them (HTML's double-escaped state).
 */
const UNSAFE_INLINE = /<\/?script|<\/style/i;

function inlined(kind: string, name: string, text: string): string {
	const unsafe = UNSAFE_INLINE.exec(text);
	if (unsafe) {
		throw new Error(`${name} contains "${unsafe[0]}", which cannot be inlined in a <${kind}>.`);
	}
	return text;
}

/** Replaces the one tag matching `pattern`, and fails the build when there is not exactly one. */
function replaceTag(html: string, pattern: RegExp, replacement: string, what: string): string {
	const found = html.match(new RegExp(pattern, 'g')) ?? [];
	if (found.length !== 1)
		throw new Error(`Expected one ${what} in the HTML, found ${found.length}.`);
	return html.replace(pattern, () => replacement);
}

export function singleFile(fileName: string): Plugin {
	return {
		name: 'apr-single-file',
		enforce: 'post',
		generateBundle(_options, bundle) {
			const items = Object.values(bundle);
			const html = items.find((i): i is OutputAsset => i.fileName === 'index.html');
			const chunks = items.filter((i): i is OutputChunk => i.type === 'chunk');
			const styles = items.filter(
				(i): i is OutputAsset => i.type === 'asset' && i.fileName.endsWith('.css')
			);
			const others = items.filter((i) => i !== html && i.type === 'asset' && !styles.includes(i));
			if (!html) throw new Error('The build made no index.html.');
			if (chunks.length !== 1 || styles.length > 1 || others.length) {
				const names = [...chunks, ...styles, ...others].map((i) => i.fileName).join(', ');
				throw new Error(`A single file needs one script and one stylesheet, not: ${names}.`);
			}
			const [script] = chunks;
			const code = inlined('script', script.fileName, script.code);
			let page = String(html.source);
			page = replaceTag(
				page,
				/<script type="module" crossorigin src="[^"]*"><\/script>/,
				`<script type="module">${code}</script>`,
				'module script'
			);
			if (styles.length) {
				const css = inlined('style', styles[0].fileName, String(styles[0].source));
				page = replaceTag(
					page,
					/<link rel="stylesheet" crossorigin href="[^"]*">/,
					`<style>${css}</style>`,
					'stylesheet link'
				);
			}
			const hash = createHash('sha256').update(code).digest('base64');
			page = replaceTag(
				page,
				/content="default-src [^"]*"/,
				`content="${offlinePolicy(hash)}"`,
				'Content-Security-Policy'
			);
			page = page.replace(
				/<!-- No connection leaves this origin[^>]*-->/,
				'<!-- The offline file: everything is in it, and it allows no connection at all. -->'
			);
			for (const name of Object.keys(bundle)) delete bundle[name];
			this.emitFile({ type: 'asset', fileName, source: page });
		}
	};
}

// sql.js's WebAssembly inlined into the offline single-file build: handed to sql.js as bytes, so
// nothing is fetched at all (its Content-Security-Policy allows no connection).
import type { SqlJsConfig } from 'sql.js';
import wasmDataUrl from 'sql.js/dist/sql-wasm-browser.wasm?url&inline';

const base64 = wasmDataUrl.slice(wasmDataUrl.indexOf(',') + 1);

export const sqlJsConfig: SqlJsConfig = {
	wasmBinary: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer
};

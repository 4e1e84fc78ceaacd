// sql.js's WebAssembly for the served app: a file of the app's origin, which sql.js fetches and
// compiles while it downloads. The URL is made absolute against this module's own: the worker
// runs from a blob: URL (start-worker.ts), against which a path does not resolve.
// The offline single-file build replaces this module with sql-wasm-inline.ts.
import type { SqlJsConfig } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

const wasm = new URL(wasmUrl, import.meta.url).href;

export const sqlJsConfig: SqlJsConfig = { locateFile: () => wasm };

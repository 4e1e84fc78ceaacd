// sql.js's WebAssembly for the served app: a file of the app's origin, which sql.js fetches and
// compiles while it downloads. The offline single-file build replaces this with sql-wasm-inline.ts.
import type { SqlJsConfig } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

export const sqlJsConfig: SqlJsConfig = { locateFile: () => wasmUrl };

// Module worker entry: starts sql.js (browser build, wasm fetched from our own origin) and
// exposes the engine to the page with comlink, so loading and reports never block the page.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { createEngine } from '../engine/engine';

/** The one message outside comlink: whether the engine is ready to take calls. */
export type EngineStatus = { engine: 'ready' } | { engine: 'failed'; message: string };

function tell(status: EngineStatus): void {
	self.postMessage(status);
}

// NOTE: the page waits for 'ready' before its first call: a module worker still awaiting sql.js
// has no comlink listener yet, and a message arriving then would be lost.
try {
	const sql = await initSqlJs({ locateFile: () => wasmUrl });
	Comlink.expose(createEngine(sql));
	tell({ engine: 'ready' });
} catch (error) {
	tell({ engine: 'failed', message: error instanceof Error ? error.message : String(error) });
}

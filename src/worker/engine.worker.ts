// Worker entry: starts sql.js (browser build; sql-wasm.ts says where its wasm comes from) and
// exposes the engine to the page with comlink, so loading and reports never block the page.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import { createEngine } from '../engine/engine';
import { sqlJsConfig } from './sql-wasm';

/** The one message outside comlink: whether the engine is ready to take calls. */
export type EngineStatus = { engine: 'ready' } | { engine: 'failed'; message: string };

function tell(status: EngineStatus): void {
	self.postMessage(status);
}

// NOTE: the page waits for 'ready' before its first call: a worker still awaiting sql.js has no
// comlink listener yet, and a message arriving then would be lost. No top-level await: the
// offline build runs this as a classic worker (a module worker cannot start from a file:// page).
initSqlJs(sqlJsConfig)
	.then((sql) => {
		Comlink.expose(createEngine(sql));
		tell({ engine: 'ready' });
	})
	.catch((error: unknown) =>
		tell({ engine: 'failed', message: error instanceof Error ? error.message : String(error) })
	);

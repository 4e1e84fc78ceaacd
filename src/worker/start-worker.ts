// Starts the engine's module worker from its own file of the app's origin (the served app).
// The offline single-file build replaces this module with start-worker-inline.ts.
export function startEngineWorker(): Worker {
	return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

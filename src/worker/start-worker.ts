// Starts the engine's worker for the served app. NOTE: a worker loaded from its own URL is not
// under the page's Content-Security-Policy (it would need one in its own response headers, which
// a static host may not send). Started from a blob: URL, it inherits the page's policy; its one
// line imports the real worker module of the origin, whose own imports and wasm work as usual.
// The offline single-file build replaces this module with start-worker-inline.ts.
import workerUrl from './engine.worker.ts?worker&url';

export function startEngineWorker(): Worker {
	const entry = new URL(workerUrl, location.href).href;
	const script = new Blob([`import ${JSON.stringify(entry)};`], { type: 'text/javascript' });
	const url = URL.createObjectURL(script);
	const worker = new Worker(url, { type: 'module' });
	// The worker has read its one line once it says anything (ready, failed) or fails to start.
	const revoke = () => URL.revokeObjectURL(url);
	worker.addEventListener('message', revoke, { once: true });
	worker.addEventListener('error', revoke, { once: true });
	return worker;
}

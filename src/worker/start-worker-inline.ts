// The offline single-file build's worker: its whole code is inlined into the page's script and
// started from a blob: URL, so the HTML file needs no other file and no server.
import EngineWorker from './engine.worker.ts?worker&inline';

export function startEngineWorker(): Worker {
	return new EngineWorker();
}

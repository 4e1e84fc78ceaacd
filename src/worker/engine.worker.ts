// Module worker entry: starts sql.js (browser build, wasm fetched from our own origin) and
// exposes the engine to the page with comlink, so loading and reports never block the page.
import * as Comlink from 'comlink';
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { EngineApi } from '../engine/api';
import { createEngine } from '../engine/engine';

// NOTE: expose at once and let each call wait for sql.js. A worker that awaited sql.js before
// exposing could miss the page's first message.
const engine: Promise<EngineApi> = initSqlJs({ locateFile: () => wasmUrl }).then(createEngine);

const api = {
	async loadExport(...args: Parameters<EngineApi['loadExport']>) {
		return (await engine).loadExport(...args);
	},
	async loadSample(...args: Parameters<EngineApi['loadSample']>) {
		return (await engine).loadSample(...args);
	},
	async projects() {
		return (await engine).projects();
	},
	async findingsCsv() {
		return (await engine).findingsCsv();
	},
	async runReport(...args: Parameters<EngineApi['runReport']>) {
		return (await engine).runReport(...args);
	},
	async cellMembers(...args: Parameters<EngineApi['cellMembers']>) {
		return (await engine).cellMembers(...args);
	},
	async findClient(...args: Parameters<EngineApi['findClient']>) {
		return (await engine).findClient(...args);
	},
	async sageZip() {
		return (await engine).sageZip();
	},
	async validationFiles(...args: Parameters<EngineApi['validationFiles']>) {
		return (await engine).validationFiles(...args);
	},
	async forget() {
		(await engine).forget();
	}
} satisfies Record<keyof EngineApi, unknown>;

/** What the page can call: the engine's methods, each awaiting sql.js first. */
export type WorkerApi = typeof api;

Comlink.expose(api);

// Runs the command line as a user does (tsx src/cli/main.ts ...) from the repository root.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export function cli(...args: string[]): Promise<CliResult> {
	return new Promise((done, fail) => {
		const child = spawn(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', fail);
		child.on('close', (code) => done({ code, stdout, stderr }));
	});
}

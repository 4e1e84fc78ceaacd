// `generate --seed N --clients N --out FILE.zip [--level 0-9]`: writes the seeded sample export,
// streaming the zip to disk as it is generated, and prints a one-line summary.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { generateSample, sampleOptionsError, type SampleOptions } from '../engine/sample';
import { parseArgs, UsageError, type Command } from './command';

const fmt = (n: number) => n.toLocaleString('en-US');

function wholeNumber(
	flags: Record<string, string | true>,
	name: string,
	required: boolean
): number | undefined {
	const value = flags[name];
	if (value === undefined) {
		if (required) throw new UsageError(`--${name} is required`);
		return undefined;
	}
	if (typeof value !== 'string' || !/^\d+$/.test(value))
		throw new UsageError(`--${name} must be a whole number, not "${value}"`);
	return Number(value);
}

/** The options and output path from the arguments; throws UsageError for anything wrong. */
export function generateArgs(args: string[]): { options: SampleOptions; out: string } {
	const { positional, flags } = parseArgs(args, {
		seed: 'string',
		clients: 'string',
		out: 'string',
		level: 'string'
	});
	if (positional.length) throw new UsageError(`unexpected argument "${positional[0]}"`);
	const options: SampleOptions = {
		seed: wholeNumber(flags, 'seed', true) as number,
		clients: wholeNumber(flags, 'clients', true) as number
	};
	const level = wholeNumber(flags, 'level', false);
	if (level !== undefined) options.level = level;
	const problem = sampleOptionsError(options);
	if (problem) throw new UsageError(problem);
	const out = flags.out;
	if (typeof out !== 'string') throw new UsageError('--out is required');
	if (!out.toLowerCase().endsWith('.zip'))
		throw new UsageError(`--out must name a .zip file, not "${out}"`);
	return { options, out };
}

export const generate: Command = {
	name: 'generate',
	usage: 'generate --seed N --clients N --out FILE.zip [--level 0-9]',
	summary: 'Write the seeded sample FY2026 export (same seed and size, same bytes)',
	async run(args) {
		const { options, out } = generateArgs(args);
		const started = performance.now();
		// Written beside the target and renamed at the end, so a failed run leaves no partial zip.
		const partial = `${out}.partial`;
		const fd = openSync(partial, 'w');
		let manifest;
		try {
			manifest = generateSample(options, (chunk) => {
				for (let at = 0; at < chunk.length;) at += writeSync(fd, chunk, at);
			});
		} catch (e) {
			closeSync(fd);
			rmSync(partial, { force: true });
			throw e;
		}
		closeSync(fd);
		renameSync(partial, out);
		const rows = manifest.files.reduce((n, f) => n + f.rows, 0);
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const mb = (manifest.zipBytes / 1e6).toFixed(1);
		process.stdout.write(
			`${out}: ${fmt(manifest.clients)} clients, ${fmt(manifest.enrollments)} enrollments, ` +
				`${fmt(rows)} rows in ${manifest.files.length} files, ${mb} MB ` +
				`(seed ${manifest.seed}, level ${manifest.level}) in ${seconds} s\n`
		);
		return 0;
	}
};

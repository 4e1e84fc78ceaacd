// What every command-line command provides, and the error a command throws for bad arguments.

export interface Command {
	name: string;
	/** Argument synopsis, e.g. "check EXPORT [--json]". */
	usage: string;
	summary: string;
	/** Returns the process exit code; throws UsageError for bad arguments. */
	run(args: string[]): Promise<number>;
}

export class UsageError extends Error {}

/** Splits arguments into positionals and the flags a command knows (`--name` or `--name value`). */
export function parseArgs(
	args: string[],
	known: Record<string, 'boolean' | 'string'>
): { positional: string[]; flags: Record<string, string | true> } {
	const positional: string[] = [];
	const flags: Record<string, string | true> = {};
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (!a.startsWith('--')) {
			positional.push(a);
			continue;
		}
		const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
		const kind = known[name];
		if (!kind) throw new UsageError(`unknown option --${name}`);
		if (kind === 'boolean') {
			if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
			flags[name] = true;
		} else {
			const value = inline ?? args[++i];
			if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
			flags[name] = value;
		}
	}
	return { positional, flags };
}

// Command-line entry (`npm run --silent cli -- COMMAND ...`): a table of commands over the engine.
// Exit codes: 0 done, 1 the command failed (e.g. the export could not be loaded), 2 usage error.
import { check } from './check';
import { UsageError, type Command } from './command';
import { generate } from './generate';
import { report } from './report';

const COMMANDS: Command[] = [check, report, generate];

function usage(): string {
	const width = Math.max(...COMMANDS.map((c) => c.usage.length));
	const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
	return `Usage: npm run --silent cli -- COMMAND [ARGS]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
	const [name, ...args] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		process[name === undefined ? 'stderr' : 'stdout'].write(usage());
		return name === undefined ? 2 : 0;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		process.stderr.write(`Unknown command "${name}".\n\n${usage()}`);
		return 2;
	}
	try {
		return await command.run(args);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		process.stderr.write(`${e.message}\n\nUsage: npm run --silent cli -- ${command.usage}\n`);
		return 2;
	}
}

// Output piped into `head` closes early; that is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code !== 'EPIPE') throw e;
	process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));

/**
 * `node dist/cli.js <command> ...`: the plugin's core over a vault folder on disk, for the same
 * report, checks and benchmarks without Obsidian. Reads the vault's plugin settings
 * (`.obsidian/plugins/three-gazes/data.json`) when present, so it sees what the plugin sees.
 */
import { COMMANDS } from './commands/index';
import { EXIT, type CliIO } from './command';

function help(): string {
	const width = Math.max(...COMMANDS.map((c) => c.name.length));
	return [
		'Three Gazes (Tre blikke): the journal core over a vault folder. Nothing is sent anywhere.',
		'',
		'Usage: node dist/cli.js <command> [arguments] [--help]',
		'',
		'Commands:',
		...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
		'',
		'Common options: --journal-folder F (repeatable; overrides the vault settings), --lang da|en, --json.',
		'Exit codes: 0 done, 1 failed, 2 bad usage, 3 refused (the file was left untouched).',
		'',
	].join('\n');
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
	const [name, ...args] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		io.stdout(help());
		return name === undefined ? EXIT.usage : EXIT.ok;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.stderr(`Unknown command "${name}".\n\n${help()}`);
		return EXIT.usage;
	}
	if (args.includes('--help') || args.includes('-h')) {
		io.stdout(`${command.summary}\n\nUsage: node dist/cli.js ${command.usage}\n`);
		return EXIT.ok;
	}
	try {
		return await command.run(args, io);
	} catch (error) {
		io.stderr(`${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		return EXIT.failure;
	}
}

const isEntryPoint = typeof process !== 'undefined' && process.argv[1] !== undefined && /cli\.(js|mjs|ts)$/.test(process.argv[1]);
if (isEntryPoint) {
	const io: CliIO = {
		stdout: (text) => process.stdout.write(text),
		stderr: (text) => process.stderr.write(text),
		cwd: process.cwd(),
	};
	void main(process.argv.slice(2), io).then((code) => {
		process.exitCode = code;
	});
}

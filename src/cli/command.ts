/** What a subcommand may touch of the outside world; tests pass a fake. */
export interface CliIO {
	/** Writes to standard output (the text is written as given; add your own newline). */
	readonly stdout: (text: string) => void;
	/** Writes to standard error. */
	readonly stderr: (text: string) => void;
	/** The working directory that relative paths are read against. */
	readonly cwd: string;
}

/** One subcommand of `node dist/cli.js`: `report`, `search`, `tag`, ... */
export interface CliCommand {
	/** The word after `cli.js`. */
	readonly name: string;
	/** One line for `--help`. */
	readonly summary: string;
	/** The usage line(s) for `<name> --help`. */
	readonly usage: string;
	/** Runs the command; resolves to the process exit code (0 ok, 2 bad usage, 3 refused, 1 failure). */
	readonly run: (args: readonly string[], io: CliIO) => Promise<number>;
}

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, failure: 1, usage: 2, refused: 3 } as const;

/** Prints a usage mistake (and the usage line) on stderr; returns the usage exit code. */
export function usageError(io: CliIO, command: Pick<CliCommand, 'name' | 'usage'>, message: string): number {
	io.stderr(`${command.name}: ${message}\nUsage: node dist/cli.js ${command.usage}\n`);
	return EXIT.usage;
}

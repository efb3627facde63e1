/** Runs the command line in-process with a working directory, collecting what it prints. */
import type { CliIO } from '../../src/cli/command';
import { main } from '../../src/cli/main';

export async function runCli(cwd: string, argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd };
	const code = await main(argv, io);
	return { code, stdout, stderr };
}

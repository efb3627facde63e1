import type { CliCommand } from '../command';
import { command as overview } from './overview';

/** Every subcommand of `node dist/cli.js`, in the order `--help` lists them. Add yours here (one line). */
export const COMMANDS: readonly CliCommand[] = [overview];

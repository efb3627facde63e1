import type { CliCommand } from '../command';
import { command as check } from './check';
import { command as lookback } from './lookback';
import { command as overview } from './overview';
import { command as render } from './render';
import { command as report } from './report';
import { command as search } from './search';
import { command as suggest } from './suggest';
import { command as supervision } from './supervision';
import { command as tag } from './tag';
import { command as templates } from './templates';

/** Every subcommand of `node dist/cli.js`, in the order `--help` lists them. Add yours here (one line). */
export const COMMANDS: readonly CliCommand[] = [overview, report, suggest, tag, supervision, templates, render, check, search, lookback];

// `npm start`: after the build (which also installs the plugin into demo-vault/.obsidian/plugins),
// print the demo vault's reflection report (the mirror, as text) and say where the vault is.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const vault = resolve('demo-vault');
const report = spawnSync(process.execPath, ['dist/cli.js', 'report', vault], { stdio: 'inherit' });
process.stdout.write(
	`\nThe demo vault is at ${vault}\n` +
		'Open it in Obsidian ("Open folder as vault") to try the plugin; it is installed there already.\n' +
		'Its notes are invented; nothing in them is about real people.\n',
);
process.exitCode = report.status ?? 1;

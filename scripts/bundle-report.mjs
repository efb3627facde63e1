// Prints what main.js is made of: `npm run bundle-report` builds the plugin exactly as `npm run build`
// does (minified), but in memory with esbuild's metafile, and lists the bytes each input contributes
// to the output, grouped by npm package and by src/ folder, largest first.
// `npm run bundle-report -- --files 30` also lists the 30 largest single inputs.
import esbuild from 'esbuild';
import { plugin } from '../esbuild.config.mjs';

const filesArg = process.argv.indexOf('--files');
const topFiles = filesArg >= 0 ? Number(process.argv[filesArg + 1] ?? 20) : 0;

const result = await esbuild.build({
	...plugin,
	minify: true,
	sourcemap: false,
	write: false,
	metafile: true,
	logLevel: 'warning',
	plugins: plugin.plugins.filter((p) => p.name !== 'copy-to-demo-vault'),
});
const output = Object.values(result.metafile.outputs)[0];
const total = output.bytes;
const inputs = Object.entries(output.inputs).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }));

/** `node_modules/date-fns/x.js` -> `date-fns`; `src/core/i18n/x.ts` -> `src/core/i18n`; `templates/da/x.md` -> `templates/da`. */
function groupOf(path) {
	// A module a build plugin makes up (`js-yaml-reader-only:js-yaml`) counts as the package it stands for.
	if (/^[\w-]+:(?!\/)/.test(path)) return groupOf(`node_modules/${path.slice(path.indexOf(':') + 1)}`);
	const nm = path.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const parts = path.slice(nm + 'node_modules/'.length).split('/');
		return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
	}
	const parts = path.split('/');
	return parts.length > 1 ? parts.slice(0, -1).join('/') : path;
}

function sumBy(key) {
	const sums = new Map();
	for (const input of inputs) sums.set(key(input.path), (sums.get(key(input.path)) ?? 0) + input.bytes);
	return [...sums].sort((a, b) => b[1] - a[1]);
}

const print = (line) => process.stdout.write(`${line}\n`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
const pct = (bytes) => `${((100 * bytes) / total).toFixed(1).padStart(5)} %`;
function table(title, rows) {
	print(`\n${title}`);
	for (const [name, bytes] of rows) if (bytes > 0) print(`${kb(bytes)} ${pct(bytes)}  ${name}`);
}

const inputsTotal = inputs.reduce((sum, input) => sum + input.bytes, 0);
print(`main.js: ${kb(total).trim()} (${total} bytes); inputs ${kb(inputsTotal).trim()}, esbuild's wrapper and glue ${kb(total - inputsTotal).trim()}`);
table('By package and src/ folder', sumBy(groupOf));
table('By top level (node_modules, src/core, src/obsidian, templates, ...)', sumBy((path) => {
	const group = groupOf(path);
	if (!group.startsWith('src/')) return path.includes('node_modules/') || /^[\w-]+:(?!\/)/.test(path) ? 'node_modules' : group.split('/')[0];
	return group.split('/').slice(0, 2).join('/');
}));
if (topFiles > 0) table(`The ${topFiles} largest inputs`, inputs.map((i) => [i.path, i.bytes]).sort((a, b) => b[1] - a[1]).slice(0, topFiles));

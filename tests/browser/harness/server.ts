/**
 * The node side of the browser harness: bundles the page (esbuild, `obsidian` aliased to the
 * browser stand-in), reads the demo vault, and serves both with styles.css, the theme stand-in and
 * axe-core from localhost on a random port. Nothing is fetched from the network.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(HERE, '../../..');

/** Every Markdown note of a vault folder, by vault path (the `.obsidian` folder is not notes). */
export function readVaultNotes(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const name of readdirSync(folder).sort()) {
			if (name.startsWith('.')) continue;
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.md')) files[relative(dir, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return files;
}

/** Bundles tests/browser/harness/entry.ts (and with it the real plugin) for the page. */
export async function bundleHarness(): Promise<string> {
	const result = await build({
		entryPoints: [join(HERE, 'entry.ts')],
		bundle: true,
		write: false,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		alias: { obsidian: join(HERE, 'obsidian.ts') },
		loader: { '.md': 'text' },
		sourcemap: false,
		keepNames: true,
		logLevel: 'silent',
	});
	const output = result.outputFiles[0];
	if (!output) throw new Error('Browser harness: esbuild wrote no bundle');
	return output.text;
}

const PAGE = `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Three Gazes</title>
<link rel="stylesheet" href="/obsidian-theme.css">
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<script src="/vault.js"></script>
<script src="/harness.js"></script>
</body>
</html>`;

/** A running harness server. */
export interface HarnessServer {
	readonly url: string;
	close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startHarnessServer(): Promise<HarnessServer> {
	const bundle = await bundleHarness();
	const vaultDir = join(ROOT, 'demo-vault');
	const vaultJson = JSON.stringify({
		files: readVaultNotes(vaultDir),
		data: JSON.parse(readFileSync(join(vaultDir, '.obsidian/plugins/three-gazes/data.json'), 'utf8')) as unknown,
	});
	const vault = `window.threeGazesVault = ${vaultJson};`;
	// styles.css and the theme are read per request, so a fix shows on the next page load.
	const routes: Record<string, { type: string; body: () => string }> = {
		'/': { type: 'text/html', body: () => PAGE },
		'/harness.js': { type: 'text/javascript', body: () => bundle },
		'/vault.js': { type: 'text/javascript', body: () => vault },
		'/styles.css': { type: 'text/css', body: () => readFileSync(join(ROOT, 'styles.css'), 'utf8') },
		'/obsidian-theme.css': { type: 'text/css', body: () => readFileSync(join(HERE, 'obsidian-theme.css'), 'utf8') },
		'/axe.js': { type: 'text/javascript', body: () => readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8') },
	};
	const server: Server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		const route = routes[path];
		if (!route) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': `${route.type}; charset=utf-8`, 'cache-control': 'no-store' });
		response.end(route.body());
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('Browser harness: the server has no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((done) => server.close(() => done())),
	};
}

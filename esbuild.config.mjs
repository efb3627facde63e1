// Builds the plugin (main.js, the only code Obsidian loads) and the Node command line (dist/cli.js).
// `node esbuild.config.mjs production` builds once, minified; without an argument it watches and
// copies the plugin into the demo vault after every rebuild.
import esbuild from 'esbuild';
import { builtinModules, createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const production = process.argv[2] === 'production';
const DEMO_PLUGIN_DIR = 'demo-vault/.obsidian/plugins/three-gazes';

/** Copies the three release files into the demo vault, so `npm run dev` and `npm start` load the fresh build. */
const copyToDemoVault = {
	name: 'copy-to-demo-vault',
	setup(build) {
		build.onEnd((result) => {
			if (result.errors.length > 0) return;
			mkdirSync(DEMO_PLUGIN_DIR, { recursive: true });
			for (const file of ['main.js', 'manifest.json', 'styles.css']) {
				copyFileSync(file, `${DEMO_PLUGIN_DIR}/${file}`);
			}
		});
	},
};

/**
 * js-yaml's reader without its writer, for the plugin. js-yaml 4 ships one prebuilt ES module that
 * cannot be tree-shaken, so `import { load } from 'js-yaml'` would bundle its dumper too. The core
 * only reads, always with `CORE_SCHEMA` (src/core/frontmatter.ts and the tag writer's check), so here
 * `js-yaml` resolves to the package's own CommonJS loader and core schema: the same package and
 * version, the same functions. The loader's fallback schema (with timestamps, merge keys, sets...)
 * becomes the core schema too, and `load` refuses to run without `CORE_SCHEMA`, so the plugin can
 * never read YAML differently from the command line and the tests. About 13 KB less
 * (docs/DESIGN.md, "Bundle size"); tests/build/bundle-libraries.test.ts and
 * tests/obsidian/release-bundle.test.ts hold it to the source.
 */
export const jsYamlReaderOnly = {
	name: 'js-yaml-reader-only',
	setup(build) {
		const packageDir = dirname(createRequire(import.meta.url).resolve('js-yaml/package.json'));
		const loaderPath = join(packageDir, 'lib', 'loader.js');
		build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'js-yaml-reader-only' }));
		build.onResolve({ filter: /^\.\/schema\/default$/ }, (args) =>
			args.importer === loaderPath ? { path: join(packageDir, 'lib', 'schema', 'core.js') } : undefined,
		);
		build.onLoad({ filter: /.*/, namespace: 'js-yaml-reader-only' }, () => ({
			contents: [
				"import loader from './lib/loader.js';",
				"import coreSchema from './lib/schema/core.js';",
				'export const CORE_SCHEMA = coreSchema;',
				'export function load(input, options) {',
				'\tif (options?.schema !== coreSchema) {',
				"\t\tthrow new Error('js-yaml-reader-only: the plugin bundles the core schema alone; call load(text, { schema: CORE_SCHEMA })');",
				'\t}',
				'\treturn loader.load(input, options);',
				'}',
			].join('\n'),
			resolveDir: packageDir,
			loader: 'js',
		}));
	},
};

/**
 * date-fns locales holding only what `format` reads, for the plugin. A date-fns locale object also
 * carries its parser (`match`) and the wording of `formatDistance` and `formatRelative`, and an
 * object's properties are never tree-shaken. The core formats with `format` alone (the mirror's
 * days and months, `{{date:...}}` in templates: src/core/reflection/period.ts,
 * src/core/templates/moment-format.ts), which reads `localize`, `formatLong` and `options`; so the
 * three locales the core imports lose the other three properties here (about 7 KB).
 * tests/build/bundle.test.ts refuses a core import of a date-fns function that would need them.
 */
const UNUSED_LOCALE_PARTS = ['formatDistance', 'formatRelative', 'match'];
export const dateFnsFormattingLocales = {
	name: 'date-fns-formatting-locales',
	setup(build) {
		build.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/](da|en-GB|en-US)\.js$/ }, (args) => {
			let contents = readFileSync(args.path, 'utf8');
			for (const part of UNUSED_LOCALE_PARTS) {
				const importLine = new RegExp(`^import \\{ ${part} \\} from "[^"]+";\\r?\\n`, 'm');
				const property = new RegExp(`^\\s+${part}: ${part},\\r?\\n`, 'm');
				if (!importLine.test(contents) || !property.test(contents)) {
					throw new Error(`date-fns-formatting-locales: ${args.path} no longer imports and sets ${part} as expected; check the new date-fns locale layout`);
				}
				contents = contents.replace(importLine, '').replace(property, '');
			}
			return { contents, loader: 'js' };
		});
	},
};

/**
 * The plugin bundle. Exported for scripts/bundle-report.mjs, which builds it again with a metafile.
 * @type {import('esbuild').BuildOptions}
 */
export const plugin = {
	entryPoints: ['src/main.ts'],
	outfile: 'main.js',
	bundle: true,
	format: 'cjs',
	platform: 'browser',
	target: 'es2021',
	external: [
		'obsidian',
		'electron',
		'@codemirror/*',
		'@lezer/*',
		...builtinModules,
		...builtinModules.map((m) => `node:${m}`),
	],
	loader: { '.md': 'text' },
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	minify: production,
	treeShaking: true,
	legalComments: 'none',
	// Danish letters as themselves (2 bytes in UTF-8) rather than escaped (`\xE6`, 4 bytes; `\u2026`, 6):
	// about 3 KB. main.js already had to be read as UTF-8 before this: esbuild never escapes inside
	// regular expressions, and the privacy and task patterns carry Æ, Ø, Å, dashes and 📅 as written.
	charset: 'utf8',
	plugins: [jsYamlReaderOnly, dateFnsFormattingLocales, copyToDemoVault],
};

/** Node programs over a vault folder: the command line and the benchmark. */
const node = {
	entryPoints: { cli: 'src/cli/main.ts' },
	outdir: 'dist',
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	loader: { '.md': 'text' },
	logLevel: 'info',
	sourcemap: production ? false : 'inline',
	// CommonJS dependencies (gray-matter) call require() for Node builtins.
	banner: { js: "import { createRequire as __tgCreateRequire } from 'node:module'; const require = __tgCreateRequire(import.meta.url);" },
};

/**
 * The benchmark (`npm run bench`): a Node program like the command line, but it also loads the plugin
 * into the Obsidian fake to time its onload, so here alone 'obsidian' resolves to obsidian-test-mocks.
 */
const bench = {
	...node,
	entryPoints: { bench: 'src/cli/bench/main.ts' },
	alias: { obsidian: 'obsidian-test-mocks/obsidian' },
};

// Imported by the bundle report: define the options, build nothing.
const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly && production) {
	await Promise.all([esbuild.build(plugin), esbuild.build(node), esbuild.build(bench)]);
} else if (invokedDirectly) {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(node), esbuild.context(bench)]);
	await Promise.all(contexts.map((ctx) => ctx.watch()));
}

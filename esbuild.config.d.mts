// Types of what esbuild.config.mjs exports, for the tests that build with the plugin's own options.
import type { BuildOptions, Plugin } from 'esbuild';

/** The plugin bundle's options (main.js). */
export declare const plugin: BuildOptions;
/** Resolves `js-yaml` to its reader alone in the plugin bundle. */
export declare const jsYamlReaderOnly: Plugin;
/** Gives the date-fns locales only what `format` reads, in the plugin bundle. */
export declare const dateFnsFormattingLocales: Plugin;

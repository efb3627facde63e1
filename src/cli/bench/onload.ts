/**
 * Times the plugin's own `onload` (everything before layout ready) in the Obsidian fake, over a vault
 * of the given notes. The fake is bundled in place of 'obsidian' in the benchmark's build only.
 */
import './dom-globals';
import { App } from 'obsidian-test-mocks/obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import ThreeGazesPlugin from '../../main';

const MANIFEST: ConstructorParameters<typeof ThreeGazesPlugin>[1] = { id: 'three-gazes', name: 'Three Gazes', version: '0.0.0-bench', minAppVersion: '1.8.7', author: 'bench', description: 'bench' };

setup();

/** One `onload` on a fresh fake app holding `files`, in milliseconds (layout not ready yet). */
export async function timeOnload(files: Record<string, string>): Promise<number> {
	const app = App.createConfigured__({ files });
	const plugin = new ThreeGazesPlugin(app.asOriginalType__(), MANIFEST);
	const start = performance.now();
	await plugin.onload();
	const ms = performance.now() - start;
	plugin.unload();
	return ms;
}

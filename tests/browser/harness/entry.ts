/**
 * The page side of the browser harness: an Obsidian-like shell (theme and phone classes, a settings
 * window, a right sidebar, a command palette on Ctrl+P) around the REAL plugin (src/main.ts) loaded
 * into obsidian-test-mocks over the demo vault. Bundled by esbuild (./bundle.ts) with `obsidian`
 * aliased to ./obsidian.ts. The tests drive it through `window.threeGazesHarness`.
 */
import type { Command, PluginManifest, View, WorkspaceLeaf as ObsidianLeaf } from 'obsidian';
import { setup } from 'obsidian-test-mocks/setup';
import { App, MarkdownView, TFile, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import ThreeGazesPlugin from '../../../src/main';
import { SCENES, type Scene } from './scenes';
import { SuggestModal } from './obsidian-ui';

/** What the node side sends: the vault's files and the plugin's data.json. */
interface Boot {
	readonly files: Record<string, string>;
	readonly data: Record<string, unknown>;
}

/** The outcome of opening a scene. */
export type OpenOutcome = { readonly ok: true } | { readonly ok: false; readonly missing: string };

/** What the tests call in the page. */
export interface HarnessApi {
	/** Scene ids whose command or view the plugin registers. */
	available(): string[];
	/** Opens a scene as its user would (settings window, command, view). */
	open(sceneId: string): Promise<OpenOutcome>;
	/** Commands as the command palette lists them. */
	commands(): { id: string; name: string }[];
	/** The text of a vault file now (to see what a UI wrote), or null. */
	read(path: string): Promise<string | null>;
	/** Every vault path. */
	paths(): string[];
	/** Notices shown so far (visible or not). */
	notices(): string[];
	/** The plugin's settings in force. */
	settings(): unknown;
	/** The text in the editor of the open note, or null when no note is open. */
	editorText(): string | null;
	/** Opens a note in the editor (cursor at its end); false when there is no such note. */
	openNote(path: string): Promise<boolean>;
	/** The path of the note open in the active leaf, or null. */
	activePath(): string | null;
}

declare global {
	interface Window {
		/** The vault, from /vault.js (loaded before the bundle). */
		threeGazesVault?: Boot;
		threeGazesHarness?: HarnessApi;
		threeGazesHarnessError?: string;
	}
}

const MANIFEST = {
	id: 'three-gazes',
	name: 'Three Gazes',
	version: '0.0.0',
	minAppVersion: '1.8.7',
	author: 'Three Gazes contributors',
	description: 'Browser harness',
} as PluginManifest;

type RegisteredCommand = Command & { id: string };
type ViewCreator = (leaf: ObsidianLeaf) => View;

function wait(ms = 0): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, ms));
}

async function settle(): Promise<void> {
	for (let i = 0; i < 10; i++) await wait();
}

/** The body classes Obsidian sets: theme, and phone/mobile for small windows. */
function applyShellClasses(params: URLSearchParams): void {
	const theme = params.get('theme') === 'dark' ? 'theme-dark' : 'theme-light';
	document.body.addClass(theme);
	if (params.get('phone') === '1') document.body.addClasses(['is-mobile', 'is-phone']);
	document.documentElement.lang = params.get('lang') === 'en' ? 'en' : 'da';
}

/** The workspace around views: a note area (the open note's text) and the right sidebar. */
function buildWorkspace(): { noteArea: HTMLElement; sidebar: HTMLElement } {
	const app = document.body.createDiv({ cls: 'app-container' });
	const noteArea = app.createEl('main', { cls: 'workspace-note-stand-in' });
	return { noteArea, sidebar: app.createDiv({ cls: 'mod-right-split' }) };
}

/** Obsidian's command palette, from the keyboard: Ctrl+P lists the plugin's commands by name. */
class CommandPalette extends SuggestModal<RegisteredCommand> {
	constructor(
		app: App,
		private readonly list: () => RegisteredCommand[],
		private readonly run: (command: RegisteredCommand) => Promise<void>,
	) {
		super(app as never);
		this.setPlaceholder('Select a command...');
	}
	override getSuggestions(query: string): RegisteredCommand[] {
		const q = query.toLowerCase();
		return this.list().filter((c) => `${MANIFEST.name}: ${c.name}`.toLowerCase().includes(q));
	}
	override renderSuggestion(command: RegisteredCommand, el: HTMLElement): void {
		el.setText(`${MANIFEST.name}: ${command.name}`);
	}
	override onChooseSuggestion(command: RegisteredCommand): void {
		void this.run(command);
	}
}

/**
 * The fake app over the vault's notes. The fake's metadata cache throws on a note whose YAML does
 * not parse (the demo vault has one on purpose); Obsidian keeps such a note without frontmatter, so
 * each note is added on its own and the error is dropped.
 */
function createApp(files: Record<string, string>): App {
	const folders: Record<string, string> = {};
	for (const path of Object.keys(files)) {
		const slash = path.lastIndexOf('/');
		if (slash > 0) folders[`${path.slice(0, slash)}/`] = '';
	}
	const app = App.createConfigured__({ files: folders });
	for (const [path, content] of Object.entries(files)) {
		try {
			app.vault.createSync__(path, content);
		} catch {
			// Metadata only: the file is in the vault already.
		}
	}
	return app;
}

async function boot(): Promise<HarnessApi> {
	setup();
	const params = new URLSearchParams(window.location.search);
	applyShellClasses(params);
	const { noteArea, sidebar } = buildWorkspace();
	const vault = window.threeGazesVault;
	if (!vault) throw new Error('Browser harness: /vault.js did not load');
	const lang = params.get('lang') === 'en' ? 'en' : 'da';

	const app = createApp(vault.files);
	const plugin = new ThreeGazesPlugin(app.asOriginalType__(), MANIFEST);
	const internals = plugin as unknown as {
		commands__: Map<string, RegisteredCommand>;
		views__: Map<string, ViewCreator>;
		settingTabs__: { containerEl: HTMLElement; display(): void }[];
	};
	plugin.loadData = () => Promise.resolve({ ...vault.data, language: lang });

	const mountedViews = new Map<string, View>();
	const mountView = async (leaf: WorkspaceLeaf, type: string): Promise<void> => {
		const create = internals.views__.get(type);
		if (!create || mountedViews.has(type)) return;
		const view = create(leaf as unknown as ObsidianLeaf);
		mountedViews.set(type, view);
		const leafEl = sidebar.createDiv({ cls: 'workspace-leaf' });
		view.containerEl.addClass('workspace-leaf-content');
		view.containerEl.setAttr('data-type', type);
		const header = createDiv({ cls: 'view-header' });
		header.createDiv({ cls: 'view-header-title', text: view.getDisplayText() });
		view.containerEl.prepend(header);
		const contentEl = (view as View & { contentEl?: HTMLElement }).contentEl;
		contentEl?.addClass('view-content');
		leafEl.appendChild(view.containerEl);
		await leaf.open(view);
		view.load();
		await (view as View & { onOpen(): Promise<void> }).onOpen();
	};
	// Obsidian creates the view when a leaf is given its type; the fake only records the type.
	// eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this, ...)
	const setViewState = WorkspaceLeaf.prototype.setViewState;
	WorkspaceLeaf.prototype.setViewState = async function (this: WorkspaceLeaf, state, eState) {
		await setViewState.call(this, state, eState);
		await mountView(this, state.type);
	};

	plugin.load();
	await settle();
	app.workspace.setLayoutReady__();
	await plugin.context?.bridge.whenBuilt();
	await settle();

	const commandList = (): RegisteredCommand[] => [...internals.commands__.values()];
	// The note open in the editor (the fake's MarkdownView and Editor), cursor at its end.
	let editorView: MarkdownView | null = null;
	const openNote = async (path: string): Promise<boolean> => {
		const file = app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return false;
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file);
		app.workspace.setActiveLeaf(leaf);
		const view = MarkdownView.create2__(leaf);
		view.file = file;
		const text = await app.vault.read(file);
		view.setViewData(text, true);
		view.editor.setCursor(view.editor.offsetToPos(text.length));
		editorView = view;
		noteArea.setText(text);
		return true;
	};
	// Obsidian answers with the active view of that type; the fake always answers null.
	app.workspace.getActiveViewOfType = ((type: abstract new (...args: never[]) => unknown) =>
		editorView instanceof type ? editorView : null) as typeof app.workspace.getActiveViewOfType;
	const runCommand = async (command: RegisteredCommand): Promise<void> => {
		if (command.callback) await command.callback();
		else if (command.checkCallback) command.checkCallback(false);
		else if (command.editorCallback) {
			if (!editorView) throw new Error(`Browser harness: ${command.id} needs a note open (scene.open.note)`);
			await command.editorCallback(editorView.editor, editorView as never);
		} else if (command.editorCheckCallback) {
			if (!editorView) throw new Error(`Browser harness: ${command.id} needs a note open (scene.open.note)`);
			command.editorCheckCallback(false, editorView.editor, editorView as never);
		}
		await settle();
	};

	const openSettings = (): void => {
		const tab = internals.settingTabs__[0];
		if (!tab) throw new Error('Browser harness: the plugin registers no settings tab');
		const container = document.body.createDiv({ cls: 'modal-container mod-dim' });
		container.createDiv({ cls: 'modal-bg' });
		const modal = container.createDiv({ cls: 'modal mod-settings mod-sidebar-layout' });
		const header = modal.createDiv({ cls: 'vertical-tab-header' });
		header.createDiv({ cls: 'vertical-tab-header-group-title', text: 'Community plugins' });
		header.createDiv({ cls: 'vertical-tab-nav-item is-active', text: MANIFEST.name });
		const content = modal.createDiv({ cls: 'vertical-tab-content-container' });
		tab.containerEl.addClass('vertical-tab-content');
		content.appendChild(tab.containerEl);
		tab.display();
		const close = (evt: KeyboardEvent): void => {
			if (evt.key !== 'Escape' || document.body.lastElementChild !== container) return;
			evt.preventDefault();
			document.removeEventListener('keydown', close);
			container.detach();
		};
		document.addEventListener('keydown', close);
	};

	const palette = (): CommandPalette => new CommandPalette(app, commandList, runCommand);
	// Obsidian's default keys: Ctrl+P for the command palette, Ctrl+, for the settings window.
	document.addEventListener('keydown', (evt) => {
		if (!(evt.ctrlKey || evt.metaKey) || document.querySelector('.modal-container')) return;
		if (evt.key.toLowerCase() === 'p') {
			evt.preventDefault();
			palette().open();
		} else if (evt.key === ',') {
			evt.preventDefault();
			openSettings();
		}
	});

	const missing = (scene: Scene): string | null => {
		const open = scene.open;
		if (open.kind === 'settings') return internals.settingTabs__.length > 0 ? null : 'settings tab';
		if (open.kind === 'command') return internals.commands__.has(open.command) ? null : `command ${open.command}`;
		return internals.views__.has(open.viewType) ? null : `view ${open.viewType}`;
	};

	const notices: string[] = [];
	new MutationObserver(() => {
		for (const el of Array.from(document.querySelectorAll<HTMLElement>('.notice:not([data-seen])'))) {
			el.dataset.seen = '1';
			notices.push(el.textContent ?? '');
		}
	}).observe(document.body, { childList: true, subtree: true });

	return {
		available: () => SCENES.filter((scene) => missing(scene) === null).map((scene) => scene.id),
		commands: () => commandList().map((c) => ({ id: c.id, name: `${MANIFEST.name}: ${c.name}` })),
		paths: () => app.vault.getFiles().map((f) => f.path),
		notices: () => [...notices],
		settings: () => plugin.context?.settings() ?? null,
		editorText: () => editorView?.editor.getValue() ?? null,
		openNote,
		activePath: () => app.workspace.getActiveFile()?.path ?? null,
		read: async (path) => {
			const file = app.vault.getAbstractFileByPath(path);
			return file instanceof TFile ? app.vault.read(file) : null;
		},
		open: async (sceneId) => {
			const scene = SCENES.find((s) => s.id === sceneId);
			if (!scene) return { ok: false, missing: `scene ${sceneId}` };
			const absent = missing(scene);
			if (absent) return { ok: false, missing: absent };
			const open = scene.open;
			if (open.kind === 'settings') openSettings();
			else if (open.kind === 'view') {
				if (open.note && !(await openNote(open.note))) return { ok: false, missing: `note ${open.note}` };
				const command = open.command ? internals.commands__.get(open.command) : undefined;
				if (command) await runCommand(command);
				else await app.workspace.getRightLeaf(false)?.setViewState({ type: open.viewType, active: true });
			} else {
				if (open.note && !(await openNote(open.note))) return { ok: false, missing: `note ${open.note}` };
				const command = internals.commands__.get(open.command);
				if (command) await runCommand(command);
			}
			await settle();
			return { ok: true };
		},
	};
}

boot().then(
	(api) => {
		window.threeGazesHarness = api;
	},
	(error: unknown) => {
		window.threeGazesHarnessError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
	},
);

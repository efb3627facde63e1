// Obsidian's DOM helpers (createEl, createDiv, setText, ...) and globals, as the app provides them.
import { setup } from 'obsidian-test-mocks/setup';

setup();

/**
 * The `obsidian` module inside the browser harness bundle (esbuild aliases `obsidian` to this file):
 * obsidian-test-mocks for the API, with Obsidian's UI classes replaced by the browser stand-ins of
 * ./obsidian-ui.ts. A local export wins over the same name from `export *`.
 */
export * from 'obsidian-test-mocks/obsidian';
export {
	AbstractTextComponent,
	BaseComponent,
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	FuzzySuggestModal,
	Modal,
	Notice,
	SearchComponent,
	Setting,
	SuggestModal,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
	ValueComponent,
	renderResults,
	setIcon,
	setTooltip,
} from './obsidian-ui';

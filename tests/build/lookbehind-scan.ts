/**
 * Finds regex lookbehind in a built bundle. Safari before iOS 16.4 (Obsidian on older iPhones and
 * iPads) cannot parse `(?<=…)` or `(?<!…)`: one regex literal with it makes the whole main.js fail to
 * load, and one pattern string that reaches `new RegExp` throws when it is built. Two looks:
 *
 * - the text: every regex literal, string and template piece of the bundle, parsed with TypeScript
 *   (so escapes such as `\u003c` are read as the characters they stand for), and
 * - the run: the bundle evaluated with a `RegExp` that records every pattern it is asked to build,
 *   which catches patterns put together from pieces that hold no lookbehind on their own.
 */
import { createRequire } from 'node:module';
import { runInThisContext } from 'node:vm';
import ts from 'typescript';

/** One lookbehind found: where (kind) and a short excerpt. */
export interface LookbehindHit {
	readonly kind: 'regex literal' | 'string' | 'template' | 'built pattern';
	readonly excerpt: string;
}

/** True when a pattern source holds a lookbehind: `(?<=` or `(?<!` whose `(` is not escaped. */
export function hasLookbehind(source: string): boolean {
	return /(?:^|[^\\]|\\\\)\(\?<[=!]/.test(source.replace(/\\\\/g, ''));
}

/** Lookbehinds in the bundle's regex literals, strings and template pieces. */
export function lookbehindsInText(code: string): LookbehindHit[] {
	const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
	const hits: LookbehindHit[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isRegularExpressionLiteral(node)) {
			if (hasLookbehind(node.text)) hits.push({ kind: 'regex literal', excerpt: node.text.slice(0, 80) });
		} else if (ts.isStringLiteral(node)) {
			if (hasLookbehind(node.text)) hits.push({ kind: 'string', excerpt: node.text.slice(0, 80) });
		} else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
			if (hasLookbehind(node.text)) hits.push({ kind: 'template', excerpt: node.text.slice(0, 80) });
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return hits;
}

/** A module that answers every property, call and `new` with itself: enough for a bundle's top level. */
function anything(): unknown {
	const stub: object = new Proxy(function stub() {}, {
		get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? {} : stub),
		apply: () => stub,
		construct: () => stub,
	});
	return stub;
}

/**
 * Every pattern the bundle builds with `RegExp(…)` while it loads (the module's top level: the
 * tagging rules, the language watch, the privacy patterns), its `require` answered by stubs. Extra
 * steps may be run with the module's exports (`exercise`).
 */
export function patternsBuiltBy(code: string, exercise?: (exports: unknown) => void): string[] {
	const built: string[] = [];
	const record = (args: unknown[]): void => {
		const [pattern] = args;
		built.push(pattern instanceof RegExp ? pattern.source : String(pattern));
	};
	const Recording: RegExpConstructor = new Proxy(RegExp, {
		construct: (target, args: unknown[], newTarget: unknown): object => {
			record(args);
			return Reflect.construct(target, args, newTarget === Recording ? target : (newTarget as typeof RegExp)) as object;
		},
		apply: (target, thisArg, args: unknown[]) => {
			record(args);
			return Reflect.apply(target, thisArg, args) as unknown;
		},
	});
	const nodeRequire = createRequire(import.meta.url);
	const requireForBundle = (id: string): unknown => (id === 'obsidian' || id.startsWith('@codemirror/') ? anything() : nodeRequire(id));
	const module = { exports: {} as unknown };
	const wrapped = `(function (require, module, exports, RegExp) {${code}\n})`;
	const run = runInThisContext(wrapped) as (r: typeof requireForBundle, m: typeof module, e: unknown, R: RegExpConstructor) => void;
	run(requireForBundle, module, module.exports, Recording);
	exercise?.(module.exports);
	return built;
}

/** Lookbehinds among the patterns the bundle builds while it loads. */
export function lookbehindsBuilt(code: string): LookbehindHit[] {
	return patternsBuiltBy(code)
		.filter(hasLookbehind)
		.map((source) => ({ kind: 'built pattern' as const, excerpt: source.slice(0, 80) }));
}

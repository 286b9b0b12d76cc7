#!/usr/bin/env node
// dfcheck 0.1.0, bundled from src/cli/dfcheck.ts by scripts/pack-cli.ts (npm run pack:cli): do not edit. MIT licensed.
// It includes the `yaml` package:
// Copyright Eemeli Aro <eemeli@gmail.com>
//
// Permission to use, copy, modify, and/or distribute this software for any purpose
// with or without fee is hereby granted, provided that the above copyright notice
// and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
// REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND
// FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
// INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS
// OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER
// TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF
// THIS SOFTWARE.
import { createRequire } from "node:module";
import { constants, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __esmMin = (fn, res, err) => () => {
	if (err) throw err[0];
	try {
		return fn && (res = fn(fn = 0)), res;
	} catch (e) {
		throw err = [e], e;
	}
};
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __require = /* #__PURE__ */ (() => createRequire(import.meta.url))();
// src/checker/define-rule.ts
function defineRule(rule) {
	return rule;
}
/** All aliases of a rule, flattened (hadolint, then BuildKit, then Trivy). */
function flattenAliases(aliases) {
	return [
		...aliases.hadolint ?? [],
		...aliases.buildkit ?? [],
		...aliases.trivy ?? []
	];
}
// src/checker/aliases.ts
/** Normalises an id or alias: case-insensitive, and Trivy's `DS-0005`, `DS005`, `AVD-DS-0005` are one id. */
function normalizeAlias(alias) {
	const trimmed = alias.trim().toLowerCase();
	const trivy = /^(?:avd-)?ds-?0*(\d+)$/.exec(trimmed);
	return trivy ? `ds${trivy[1]}` : trimmed;
}
function buildAliasIndex(rules) {
	const index = /* @__PURE__ */ new Map();
	for (const rule of rules) {
		index.set(normalizeAlias(rule.meta.id), rule);
		for (const alias of flattenAliases(rule.meta.aliases)) index.set(normalizeAlias(alias), rule);
	}
	return index;
}
// src/checker/docs-path.ts
/** The one place that maps a rule to its page on the site. */
function ruleDocsPath(id, lang) {
	return lang === "pt-BR" ? `/pt-br/rules/${id}/` : `/en/rules/${id}/`;
}
// src/checker/messages.ts
/** Fills `{name}` placeholders; unknown placeholders stay as written. */
function formatMessage(template, data = {}) {
	return template.replace(/\{(\w+)\}/g, (whole, name) => name in data ? String(data[name]) : whole);
}
// src/checker/model/heredocs.ts
const MARKER = /^<<(-?)(["']?)([A-Za-z0-9_.\-]+)\2$/;
/** Finds `<<EOF`, `<<-EOF`, `<<"EOF"` markers among an instruction's words. */
function findHeredocMarkers(words) {
	const markers = [];
	for (const word of words) {
		if (!word.raw.startsWith("<<") || word.raw.startsWith("<<<")) continue;
		const match = MARKER.exec(word.raw);
		if (match) markers.push({
			word,
			name: match[3],
			stripTabs: match[1] === "-",
			quoted: match[2] !== ""
		});
	}
	return markers;
}
/** Reads here-document bodies that follow an instruction's line; returns them and where reading stopped. */
function readHeredocBodies(text, map, startOffset, markers) {
	const heredocs = [];
	let offset = startOffset;
	let lastLineEnd = startOffset;
	for (const marker of markers) {
		const bodyOffset = offset;
		let terminated = false;
		let bodyEnd = text.length;
		while (offset < text.length) {
			let lineEnd = text.indexOf("\n", offset);
			if (lineEnd === -1) lineEnd = text.length;
			let line = text.slice(offset, lineEnd);
			if (line.endsWith("\r")) line = line.slice(0, -1);
			if (marker.stripTabs) line = line.replace(/^\t+/, "");
			if (line === marker.name) {
				terminated = true;
				bodyEnd = offset;
				lastLineEnd = lineEnd;
				offset = Math.min(lineEnd + 1, text.length);
				break;
			}
			offset = Math.min(lineEnd + 1, text.length);
			if (lineEnd === text.length) break;
		}
		if (!terminated) {
			bodyEnd = text.length;
			lastLineEnd = text.length;
			offset = text.length;
		}
		let body = text.slice(bodyOffset, bodyEnd);
		if (marker.stripTabs) body = body.replace(/^\t+/gm, "");
		heredocs.push({
			name: marker.name,
			stripTabs: marker.stripTabs,
			quoted: marker.quoted,
			body,
			bodyOffset,
			bodyEnd,
			range: map.range(marker.word.range ? map.offsetOf(marker.word.range.line, marker.word.range.column) : bodyOffset, lastLineEnd),
			terminated
		});
	}
	return {
		heredocs,
		endOffset: offset,
		lastLineEnd
	};
}
// src/checker/model/instruction-syntax.ts
/** Instructions BuildKit knows, with the flags each accepts. */
const KNOWN_FLAGS = {
	ADD: [
		"chown",
		"chmod",
		"link",
		"keep-git-dir",
		"checksum",
		"unpack",
		"exclude"
	],
	ARG: [],
	CMD: [],
	COPY: [
		"from",
		"chown",
		"chmod",
		"link",
		"parents",
		"exclude"
	],
	ENTRYPOINT: [],
	ENV: [],
	EXPOSE: [],
	FROM: ["platform"],
	HEALTHCHECK: [
		"interval",
		"timeout",
		"start-period",
		"start-interval",
		"retries"
	],
	LABEL: [],
	MAINTAINER: [],
	ONBUILD: [],
	RUN: [
		"mount",
		"network",
		"security",
		"device"
	],
	SHELL: [],
	STOPSIGNAL: [],
	USER: [],
	VOLUME: [],
	WORKDIR: []
};
/** Flags that take no value (`--link`, `--parents`), or `=true` / `=false`. */
const BOOLEAN_FLAGS = /* @__PURE__ */ new Set([
	"link",
	"parents",
	"keep-git-dir",
	"unpack"
]);
/** Flags BuildKit accepts more than once; any other repeated flag is an error. */
const REPEATABLE_FLAGS = /* @__PURE__ */ new Set([
	"mount",
	"device",
	"exclude"
]);
/** Instructions whose arguments may be a JSON array. */
const JSON_CAPABLE = /* @__PURE__ */ new Set([
	"RUN",
	"CMD",
	"ENTRYPOINT",
	"SHELL",
	"COPY",
	"ADD",
	"VOLUME"
]);
/** Instructions whose arguments may open here-documents. */
const HEREDOC_CAPABLE = /* @__PURE__ */ new Set([
	"RUN",
	"COPY",
	"ADD"
]);
/** Instructions that must have at least one argument. */
const NEEDS_ARGUMENTS = /* @__PURE__ */ new Set([
	"ADD",
	"ARG",
	"COPY",
	"ENV",
	"EXPOSE",
	"FROM",
	"LABEL",
	"MAINTAINER",
	"ONBUILD",
	"RUN",
	"SHELL",
	"STOPSIGNAL",
	"USER",
	"VOLUME",
	"WORKDIR",
	"CMD",
	"ENTRYPOINT"
]);
const GO_BOOLEANS = {
	"1": true,
	t: true,
	T: true,
	TRUE: true,
	true: true,
	True: true,
	"0": false,
	f: false,
	F: false,
	FALSE: false,
	false: false,
	False: false
};
/**
* Reads a `check` value as BuildKit does: the text up to the first space, at most three `;`-separated
* `key=value` parts. Null when BuildKit rejects it (unknown key, missing `=`, `error` not a boolean).
*/
function parseCheckOptions(value) {
	const space = value.indexOf(" ");
	const text = (space === -1 ? value : value.slice(0, space)).trim();
	const options = {
		skip: [],
		skipAll: false,
		errorOnWarn: false
	};
	if (text === "") return options;
	const parts = text.split(";");
	if (parts.length > 3) parts.splice(2, parts.length, parts.slice(2).join(";"));
	for (const part of parts) {
		const equals = part.indexOf("=");
		if (equals === -1) return null;
		const key = part.slice(0, equals).trim();
		const setting = part.slice(equals + 1).trim();
		if (key === "skip") {
			if (setting === "all") options.skipAll = true;
			else options.skip = setting.split(",").map((name) => name.trim()).filter(Boolean);
		} else if (key === "error") {
			if (!Object.hasOwn(GO_BOOLEANS, setting)) return null;
			options.errorOnWarn = GO_BOOLEANS[setting];
		} else if (key !== "experimental") return null;
	}
	return options;
}
// src/checker/model/image-reference.ts
/** Splits `registry/repository:tag@digest`; Docker Hub's `library/` prefix is dropped. */
function parseImageReference(raw) {
	let rest = raw;
	let digest = null;
	const at = rest.indexOf("@");
	if (at !== -1) {
		digest = rest.slice(at + 1);
		rest = rest.slice(0, at);
	}
	let tag = null;
	const colon = rest.lastIndexOf(":");
	if (colon > rest.lastIndexOf("/")) {
		tag = rest.slice(colon + 1);
		rest = rest.slice(0, colon);
	}
	let registry = null;
	const slash = rest.indexOf("/");
	if (slash !== -1) {
		const first = rest.slice(0, slash);
		if (first.includes(".") || first.includes(":") || first === "localhost") {
			registry = first;
			rest = rest.slice(slash + 1);
		}
	}
	if ((registry === null || registry === "docker.io" || registry === "index.docker.io") && rest.startsWith("library/")) rest = rest.slice(8);
	return {
		raw,
		registry,
		repository: rest,
		tag,
		digest
	};
}
/** Official Docker Hub images have no namespace (`node`, not `someone/node`). */
function isDockerHubOfficial(image) {
	return (image.registry === null || image.registry === "docker.io" || image.registry === "index.docker.io") && !image.repository.includes("/");
}
/** Images with no shell and no package manager (their `:debug` / `-dev` variants do have a shell). */
function isDistroless(image) {
	const tag = image.tag ?? "";
	if (image.registry === "gcr.io" && image.repository.startsWith("distroless/")) return !tag.includes("debug");
	if (image.registry === "cgr.dev" && image.repository.startsWith("chainguard/")) {
		const name = image.repository.slice(11);
		if ([
			"wolfi-base",
			"busybox",
			"chainguard-base",
			"alpine-base"
		].includes(name)) return false;
		return !tag.includes("dev");
	}
	return false;
}
/** Whether Docker would accept this as an image reference. */
function isValidImageReference(raw) {
	return REFERENCE$2.test(raw);
}
var REFERENCE$2;
var init_image_reference = __esmMin((() => {
	REFERENCE$2 = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+|__)*(?:\.[a-z0-9-]+)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;
}));
// src/checker/model/json-args.ts
init_image_reference();
/** Reads `["a", "b"]` as BuildKit does: anything that is not a JSON array of strings is shell form. */
function readJsonArgs(text) {
	const trimmed = text.trim();
	if (!trimmed.startsWith("[") || !trimmed.endsWith("]")) return {
		values: null,
		notStrings: false
	};
	let parsed;
	try {
		parsed = JSON.parse(trimmed);
	} catch {
		return {
			values: null,
			notStrings: false
		};
	}
	if (!Array.isArray(parsed)) return {
		values: null,
		notStrings: false
	};
	if (parsed.some((item) => typeof item !== "string")) return {
		values: null,
		notStrings: true
	};
	return {
		values: parsed,
		notStrings: false
	};
}
// src/checker/model/scope.ts
var Leaf = class {
	hash;
	key;
	value;
	/** When the key was first set in this line of scopes: orders keys as they were inserted. */
	order;
	constructor(hash, key, value, order) {
		this.hash = hash;
		this.key = key;
		this.value = value;
		this.order = order;
	}
};
/** Keys whose 32-bit hashes are equal. */
var Collision = class {
	hash;
	leaves;
	constructor(hash, leaves) {
		this.hash = hash;
		this.leaves = leaves;
	}
};
var Branch = class {
	bitmap;
	children;
	constructor(bitmap, children) {
		this.bitmap = bitmap;
		this.children = children;
	}
};
const EMPTY_BRANCH = new Branch(0, []);
/** Bits of the hash per level: 32-way nodes keep the trie shallow (at most 7 levels). */
const BITS = 5;
const MASK = 31;
function hashOf(key) {
	let hash = 2166136261;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
	return hash >>> 0;
}
function popcount(x) {
	x -= x >>> 1 & 1431655765;
	x = (x & 858993459) + (x >>> 2 & 858993459);
	return Math.imul(x + (x >>> 4) & 252645135, 16843009) >>> 24;
}
function find(node, hash, key) {
	let shift = 0;
	for (;;) if (node instanceof Branch) {
		const bit = 1 << (hash >>> shift & MASK);
		if ((node.bitmap & bit) === 0) return void 0;
		node = node.children[popcount(node.bitmap & bit - 1)];
		shift += BITS;
	} else if (node instanceof Leaf) return node.key === key ? node : void 0;
	else return node.hash === hash ? node.leaves.find((leaf) => leaf.key === key) : void 0;
}
/** Returns a new entry with `leaf` set; `added` says whether the key is new. */
function insert(node, shift, leaf, added) {
	if (node instanceof Branch) {
		const bit = 1 << (leaf.hash >>> shift & MASK);
		const index = popcount(node.bitmap & bit - 1);
		const children = node.children.slice();
		if ((node.bitmap & bit) === 0) {
			added.value = true;
			children.splice(index, 0, leaf);
			return new Branch(node.bitmap | bit, children);
		}
		children[index] = insert(children[index], shift + BITS, leaf, added);
		return new Branch(node.bitmap, children);
	}
	if (node instanceof Leaf) {
		if (node.key === leaf.key) return new Leaf(leaf.hash, leaf.key, leaf.value, node.order);
		added.value = true;
		if (node.hash === leaf.hash) return new Collision(leaf.hash, [node, leaf]);
		return merge$1(node, node.hash, leaf, shift);
	}
	if (node.hash === leaf.hash) {
		const at = node.leaves.findIndex((other) => other.key === leaf.key);
		const leaves = node.leaves.slice();
		if (at === -1) {
			added.value = true;
			leaves.push(leaf);
		} else leaves[at] = new Leaf(leaf.hash, leaf.key, leaf.value, leaves[at].order);
		return new Collision(node.hash, leaves);
	}
	added.value = true;
	return merge$1(node, node.hash, leaf, shift);
}
/** A branch holding two entries with different hashes, split at the first BITS-bit chunk where they differ. */
function merge$1(existing, existingHash, leaf, shift) {
	const a = existingHash >>> shift & MASK;
	const b = leaf.hash >>> shift & MASK;
	if (a === b) return new Branch(1 << a, [merge$1(existing, existingHash, leaf, shift + BITS)]);
	return new Branch(1 << a | 1 << b, a < b ? [existing, leaf] : [leaf, existing]);
}
let nextOrder = 0;
/** The scope with no variables. */
const EMPTY_SCOPE = new class Scope {
	size;
	#root;
	#order;
	constructor(root, size, order) {
		this.#root = root;
		this.size = size;
		this.#order = order;
	}
	get(name) {
		return this.size === 0 ? void 0 : find(this.#root, hashOf(name), name)?.value;
	}
	has(name) {
		return this.size !== 0 && find(this.#root, hashOf(name), name) !== void 0;
	}
	orderOf(name) {
		return this.size === 0 ? -1 : find(this.#root, hashOf(name), name)?.order ?? -1;
	}
	/** A new scope with `name` set; this one is unchanged. */
	set(name, value) {
		const added = { value: false };
		const root = insert(this.#root, 0, new Leaf(hashOf(name), name, value, nextOrder++), added);
		return added.value ? new Scope(root, this.size + 1, {
			key: name,
			previous: this.#order
		}) : new Scope(root, this.size, this.#order);
	}
	*keys() {
		const keys = [];
		for (let link = this.#order; link; link = link.previous) keys.push(link.key);
		for (let i = keys.length - 1; i >= 0; i--) yield keys[i];
	}
	*values() {
		for (const key of this.keys()) yield this.get(key);
	}
	*entries() {
		for (const key of this.keys()) yield [key, this.get(key)];
	}
	[Symbol.iterator]() {
		return this.entries();
	}
	forEach(callback) {
		for (const [key, value] of this.entries()) callback(value, key, this);
	}
}(EMPTY_BRANCH, 0, null);
// src/checker/model/source-map.ts
function createSourceMap(text) {
	const lineStarts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
	function position(offset) {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = low + high + 1 >> 1;
			if (lineStarts[mid] <= offset) low = mid;
			else high = mid - 1;
		}
		return {
			line: low + 1,
			column: offset - lineStarts[low] + 1
		};
	}
	function range(start, end) {
		const from = position(start);
		const to = position(Math.max(start, end));
		return {
			line: from.line,
			column: from.column,
			endLine: to.line,
			endColumn: to.column
		};
	}
	function offsetOf(line, column) {
		const start = lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)];
		return Math.min(start + column - 1, text.length);
	}
	return {
		lineStarts,
		position,
		range,
		offsetOf
	};
}
/** Document offset of character `index` of the mapped text. */
function documentOffset(source, index) {
	const starts = source.segmentStarts;
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = low + high + 1 >> 1;
		if (starts[mid] <= index) low = mid;
		else high = mid - 1;
	}
	return source.segmentDocStarts[low] + (index - starts[low]);
}
function mappedRange(source, map, start, end) {
	const docStart = documentOffset(source, start);
	const docEnd = end > start ? documentOffset(source, end - 1) + 1 : docStart;
	return map.range(docStart, docEnd);
}
/** A contiguous slice of the document. */
function sliceOfDocument(text, start, end) {
	return {
		text: text.slice(start, end),
		segmentStarts: [0],
		segmentDocStarts: [start]
	};
}
// src/checker/model/mapped-word.ts
/**
* A word whose line/column range is computed on first use: most words are never reported,
* and skipping their position lookups keeps large files fast and light on memory.
*/
var MappedWord = class {
	value;
	raw;
	start;
	end;
	hasExpansion;
	#source;
	#map;
	#range = null;
	constructor(source, map, start, end, value, raw, hasExpansion) {
		this.#source = source;
		this.#map = map;
		this.start = start;
		this.end = end;
		this.value = value;
		this.raw = raw;
		this.hasExpansion = hasExpansion;
	}
	get range() {
		this.#range ??= mappedRange(this.#source, this.#map, this.start, this.end);
		return this.#range;
	}
	toJSON() {
		return {
			value: this.value,
			raw: this.raw,
			start: this.start,
			end: this.end,
			hasExpansion: this.hasExpansion,
			range: this.range
		};
	}
};
// src/checker/model/shell/decoded-text.ts
/**
* The text a quoted word stands for (`'apt-get install x'`, `"a && b"`, a JSON string), as a MappedText
* whose every character still maps to where it is written in the document, so a script read from it
* reports exact positions and its fixes land inside the quotes.
*/
function decodedText(source, start, end, quoting) {
	const builder = new MappedTextBuilder(source);
	if (quoting === "json") decodeJson(source.text, start, end, builder);
	else decodeShellWord(source.text, start, end, builder);
	return builder.build();
}
var MappedTextBuilder = class {
	#source;
	#text = "";
	#segmentStarts = [];
	#segmentDocStarts = [];
	#nextDoc = -1;
	constructor(source) {
		this.#source = source;
	}
	/** Adds text read at `at` in the source (an escape such as `\n` maps to its backslash). */
	add(text, at) {
		for (let k = 0; k < text.length; k++) {
			const doc = documentOffset(this.#source, at + (text.length > 1 ? k : 0));
			if (doc !== this.#nextDoc) {
				this.#segmentStarts.push(this.#text.length + k);
				this.#segmentDocStarts.push(doc);
			}
			this.#nextDoc = doc + 1;
		}
		this.#text += text;
	}
	build() {
		if (this.#segmentStarts.length === 0) return {
			text: "",
			segmentStarts: [0],
			segmentDocStarts: [documentOffset(this.#source, 0)]
		};
		return {
			text: this.#text,
			segmentStarts: this.#segmentStarts,
			segmentDocStarts: this.#segmentDocStarts
		};
	}
};
/** Removes shell quoting as the shell does before running `sh -c WORD` (`$…` stays as written). */
function decodeShellWord(text, start, end, out) {
	let i = start;
	while (i < end) {
		const ch = text[i];
		if (ch === "'") {
			const close = text.indexOf("'", i + 1);
			const stop = close === -1 || close >= end ? end : close;
			out.add(text.slice(i + 1, stop), i + 1);
			i = stop + 1;
		} else if (ch === "\"") {
			i++;
			while (i < end && text[i] !== "\"") if (text[i] === "\\" && i + 1 < end && "\"\\$`\n".includes(text[i + 1])) {
				if (text[i + 1] !== "\n") out.add(text[i + 1], i + 1);
				i += 2;
			} else {
				out.add(text[i], i);
				i++;
			}
			i++;
		} else if (ch === "\\" && i + 1 < end) {
			if (text[i + 1] !== "\n") out.add(text[i + 1], i + 1);
			i += 2;
		} else {
			out.add(ch, i);
			i++;
		}
	}
}
const JSON_ESCAPES = {
	"\"": "\"",
	"\\": "\\",
	"/": "/",
	b: "\b",
	f: "\f",
	n: "\n",
	r: "\r",
	t: "	"
};
/** Decodes a JSON string token (`"…"`, quotes included in `start…end`). */
function decodeJson(text, start, end, out) {
	for (let i = start + 1; i < end - 1; i++) {
		if (text[i] !== "\\") {
			out.add(text[i], i);
			continue;
		}
		const escape = text[i + 1];
		if (escape === "u") {
			out.add(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0), i);
			i += 5;
		} else {
			out.add(JSON_ESCAPES[escape] ?? escape ?? "", i);
			i += 1;
		}
	}
}
// src/checker/model/shell/wrappers.ts
/** Where the command starts behind wrappers: `sudo -u app`, `env -i A=1`, `timeout 60`, `xargs -r`, `gosu app` … */
function commandStart(words) {
	const assignments = [];
	let clearsEnvironment = false;
	let index = 0;
	while (index < words.length) {
		const spec = WRAPPERS[baseName$3(words[index].value)];
		if (!spec) break;
		let operands = spec.operands ?? 0;
		let runsNothing = false;
		let optionsEnded = false;
		let next = index + 1;
		for (; next < words.length; next++) {
			const value = words[next].value;
			if (!optionsEnded && value === "--") {
				optionsEnded = true;
				continue;
			}
			if (!optionsEnded && value.startsWith("-") && (value.length > 1 || spec.clearOptions?.has(value))) {
				if (spec.noRunOptions?.has(value)) runsNothing = true;
				if (spec.clearOptions?.has(value)) clearsEnvironment = true;
				if (takesValue(spec, value)) next++;
				continue;
			}
			if (spec.takesAssignments && ASSIGNMENT$1.test(value)) {
				assignments.push(words[next]);
				continue;
			}
			if (operands > 0) {
				operands--;
				continue;
			}
			break;
		}
		if (runsNothing || next >= words.length) break;
		index = next;
	}
	return {
		index,
		assignments,
		clearsEnvironment
	};
}
/** `-u USER`, or a cluster such as `-iu USER` whose last letter takes a value. */
function takesValue(spec, option) {
	if (!spec.valueOptions) return false;
	if (spec.valueOptions.has(option)) return true;
	return /^-[A-Za-z]{2,}$/.test(option) && spec.valueOptions.has(`-${option[option.length - 1]}`);
}
function baseName$3(value) {
	const slash = value.lastIndexOf("/");
	return slash === -1 ? value : value.slice(slash + 1);
}
var WRAPPERS, ASSIGNMENT$1;
var init_wrappers = __esmMin((() => {
	WRAPPERS = {
		sudo: {
			valueOptions: /* @__PURE__ */ new Set([
				"-u",
				"-g",
				"-C",
				"-h",
				"-p",
				"-U",
				"-r",
				"-t",
				"-D",
				"-R",
				"-T",
				"--user",
				"--group",
				"--close-from",
				"--host",
				"--prompt",
				"--other-user",
				"--role",
				"--type",
				"--chdir",
				"--chroot",
				"--command-timeout"
			]),
			takesAssignments: true,
			noRunOptions: /* @__PURE__ */ new Set([
				"-l",
				"--list",
				"-v",
				"--validate",
				"-e",
				"--edit",
				"-V",
				"--version",
				"-K",
				"--remove-timestamp"
			])
		},
		doas: {
			valueOptions: /* @__PURE__ */ new Set(["-u", "-C"]),
			noRunOptions: /* @__PURE__ */ new Set(["-C"])
		},
		env: {
			valueOptions: /* @__PURE__ */ new Set([
				"-u",
				"--unset",
				"-C",
				"--chdir"
			]),
			takesAssignments: true,
			clearOptions: /* @__PURE__ */ new Set([
				"-i",
				"--ignore-environment",
				"-"
			]),
			noRunOptions: /* @__PURE__ */ new Set(["-S", "--split-string"])
		},
		nice: { valueOptions: /* @__PURE__ */ new Set(["-n", "--adjustment"]) },
		nohup: {},
		time: { valueOptions: /* @__PURE__ */ new Set([
			"-f",
			"--format",
			"-o",
			"--output"
		]) },
		command: { noRunOptions: /* @__PURE__ */ new Set(["-v", "-V"]) },
		exec: { valueOptions: /* @__PURE__ */ new Set(["-a"]) },
		gosu: { operands: 1 },
		"su-exec": { operands: 1 },
		tini: { valueOptions: /* @__PURE__ */ new Set(["-p", "-e"]) },
		"dumb-init": { valueOptions: /* @__PURE__ */ new Set(["-r", "--rewrite"]) },
		timeout: {
			valueOptions: /* @__PURE__ */ new Set([
				"-k",
				"--kill-after",
				"-s",
				"--signal"
			]),
			operands: 1
		},
		xargs: { valueOptions: /* @__PURE__ */ new Set([
			"-a",
			"--arg-file",
			"-d",
			"--delimiter",
			"-E",
			"-I",
			"-L",
			"-n",
			"--max-args",
			"-P",
			"--max-procs",
			"-s",
			"--max-chars",
			"--process-slot-var"
		]) },
		chroot: {
			valueOptions: /* @__PURE__ */ new Set(["--userspec", "--groups"]),
			operands: 1
		}
	};
	ASSIGNMENT$1 = /^[A-Za-z_][A-Za-z0-9_]*=/;
}));
// src/checker/model/shell/nested-script.ts
init_wrappers();
const SHELLS$2 = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh",
	"ksh",
	"mksh"
]);
/** Shell options whose value is the next word (`bash -o pipefail -c …`). */
const SHELL_VALUE_OPTIONS = /* @__PURE__ */ new Set([
	"-o",
	"+o",
	"-O",
	"+O",
	"--rcfile",
	"--init-file"
]);
/** The word a shell runs as a script: `sh -c '…'`, `bash -lc "…"`, `/bin/sh -ec '…'`, behind wrappers too; else null. */
function scriptWord(command) {
	const words = command.words;
	const start = commandStart(words).index;
	if (!SHELLS$2.has(baseName$3(words[start]?.value ?? ""))) return null;
	let readsScript = false;
	for (let i = start + 1; i < words.length; i++) {
		const value = words[i].value;
		if (SHELL_VALUE_OPTIONS.has(value)) {
			i++;
			continue;
		}
		if (/^[-+][A-Za-z]+$/.test(value)) {
			if (value.startsWith("-") && value.includes("c")) readsScript = true;
			continue;
		}
		if (value.startsWith("--")) continue;
		return readsScript ? words[i] : null;
	}
	return null;
}
// src/checker/model/shell/reach.ts
const fromStatus = (status) => status === "ok" ? 2 : status === "fail" ? 0 : 1;
const invert = (status) => status === "ok" ? "fail" : status === "fail" ? "ok" : "unknown";
const min = (a, b) => a < b ? a : b;
function statusOf(name) {
	if (name === "true" || name === ":") return "ok";
	if (name === "false") return "fail";
	if (name === "[" || name === "[[" || name === "test") return "unknown";
	return "ok";
}
var ReachTracker = class {
	#frames;
	/** `mayNotRun`: the whole script may not run (a nested `sh -c` script of a command that may not). */
	constructor(mayNotRun = false) {
		this.#frames = [frame("script", mayNotRun ? 1 : 2)];
	}
	/** A simple command (its words); returns whether it may not run. */
	command(words) {
		const top = this.#top();
		const reach = this.#startMember(top);
		this.#endMember(top, reach, statusOf(words[0]?.value ?? ""));
		if (words[0]?.value === "exit" && (words.length === 1 || words[1].value === "0") && reach > 0) {
			top.exited = true;
			top.reach = min(top.reach, reach === 2 ? 0 : 1);
		}
		return reach < 2;
	}
	operator(op) {
		const top = this.#top();
		if (op === "&&" || op === "||") top.operator = op;
		else if (op === "|" || op === "|&") top.operator = "|";
		else top.operator = null;
	}
	/** A reserved word at the start of a command (`if`, `then`, `do`, `{`, `!` …), or `(` / `)`. */
	keyword(word) {
		const top = this.#top();
		switch (word) {
			case "!":
				top.negateNext = true;
				return;
			case "if": return this.#open("if");
			case "while": return this.#open("loop");
			case "until": return this.#open("until");
			case "for": return this.#open("for");
			case "case": return this.#open("case");
			case "{": return this.#open("group");
			case "(": return this.#open("subshell");
			case "then":
				if (top.kind !== "if" || top.inBody) return;
				top.remaining = min(top.reach, fromStatus(invert(top.status)));
				return this.#enterBody(top, min(top.reach, fromStatus(top.status)));
			case "elif":
				if (top.kind !== "if") return;
				top.inBody = false;
				top.reach = top.remaining;
				top.status = "ok";
				top.operator = null;
				return;
			case "else":
				if (top.kind !== "if") return;
				this.#enterBody(top, top.remaining);
				top.remaining = 0;
				return;
			case "do":
				if (top.kind === "for") return this.#enterBody(top, top.reach);
				if (top.kind === "loop" || top.kind === "until") return this.#enterBody(top, min(top.reach, fromStatus(top.kind === "until" ? invert(top.status) : top.status)));
				return;
			case "fi": return this.#close("if");
			case "done":
				if (top.kind === "loop" || top.kind === "until" || top.kind === "for") this.#close(top.kind);
				return;
			case "esac": return this.#close("case");
			case "}": return this.#close("group");
			case ")": return this.#close("subshell");
		}
	}
	/** `name() { … }`: the body runs only if something calls it. */
	functionDefinition() {
		this.#open("function");
		this.#enterBody(this.#top(), min(this.#top().entry, 1));
	}
	/** The `)` that ends a `case` pattern: its commands may not run. */
	caseArm() {
		const top = this.#top();
		if (top.kind === "case") this.#enterBody(top, min(top.entry, 1));
	}
	#top() {
		return this.#frames[this.#frames.length - 1];
	}
	#enterBody(top, reach) {
		top.inBody = true;
		top.reach = reach;
		top.status = "ok";
		top.operator = null;
	}
	#startMember(top) {
		if (top.operator === "|") return top.pipelineReach;
		const gate = top.operator === "&&" ? fromStatus(top.status) : top.operator === "||" ? fromStatus(invert(top.status)) : 2;
		const reach = min(top.reach, gate);
		top.pipelineReach = reach;
		top.statusBeforePipeline = top.status;
		top.negated = top.negateNext;
		top.negateNext = false;
		return reach;
	}
	#endMember(top, reach, own) {
		const status = top.negated ? invert(own) : own;
		if (reach === 2) top.status = status;
		else if (reach === 1 && status !== top.statusBeforePipeline) top.status = "unknown";
		top.operator = null;
	}
	#open(kind) {
		const outer = this.#top();
		const inner = frame(kind, this.#startMember(outer));
		inner.inBody = kind === "group" || kind === "subshell";
		this.#frames.push(inner);
	}
	#close(kind) {
		const top = this.#top();
		if (top.kind !== kind || this.#frames.length === 1) return;
		this.#frames.pop();
		const outer = this.#top();
		this.#endMember(outer, top.entry, kind === "group" || kind === "subshell" ? top.status : "ok");
		if (top.exited && kind !== "subshell") {
			outer.exited = true;
			outer.reach = min(outer.reach, kind === "group" ? top.reach : 1);
		}
		if (kind === "group" && outer.kind === "function") {
			this.#frames.pop();
			this.#endMember(this.#top(), outer.entry, "ok");
		}
	}
};
function frame(kind, reach) {
	return {
		kind,
		entry: reach,
		reach,
		status: "ok",
		operator: null,
		pipelineReach: reach,
		statusBeforePipeline: "ok",
		negated: false,
		negateNext: false,
		exited: false,
		remaining: reach,
		inBody: false
	};
}
// src/checker/model/shell/tokenize.ts
const OPERATORS = [
	"&&",
	"||",
	";;",
	"|&",
	";",
	"|",
	"&",
	"(",
	")",
	"\n"
];
const REDIRECTS = [
	"<<<",
	"<<-",
	"<<",
	">>",
	">&",
	"<&",
	"&>>",
	"&>",
	">|",
	"<>",
	">",
	"<"
];
const isBlank$2 = (ch) => ch === " " || ch === "	" || ch === "\r";
const isDigit = (ch) => ch >= "0" && ch <= "9";
/**
* Reads shell text into words and operators, in one pass. Quotes, escapes, `$(…)`, `${…}`,
* backticks, comments, backslash-newline continuations and here-document bodies are handled;
* it never throws, whatever the input.
*/
function tokenizeShell(text, from = 0, to = text.length) {
	const tokens = [];
	const pendingHeredocs = [];
	let i = from;
	while (i < to) {
		const ch = text[i];
		if (isBlank$2(ch)) {
			i++;
			continue;
		}
		if (ch === "\\" && text[i + 1] === "\n") {
			i += 2;
			continue;
		}
		if (ch === "#") {
			while (i < to && text[i] !== "\n") i++;
			continue;
		}
		if (ch === "\n") {
			tokens.push({
				kind: "operator",
				value: "\n",
				raw: "\n",
				start: i,
				end: i + 1,
				hasExpansion: false
			});
			i++;
			if (pendingHeredocs.length > 0) i = skipHeredocBodies(text, i, to, pendingHeredocs.splice(0));
			continue;
		}
		const redirect = matchRedirect(text, i, to);
		if (redirect) {
			tokens.push({
				kind: "redirect",
				value: redirect.op,
				raw: text.slice(i, redirect.end),
				start: i,
				end: redirect.end,
				hasExpansion: false
			});
			i = redirect.end;
			if (redirect.op === "<<" || redirect.op === "<<-") {
				while (i < to && isBlank$2(text[i])) i++;
				const word = readWord(text, i, to);
				if (word.end > i) {
					tokens.push({
						kind: "word",
						value: word.value,
						raw: text.slice(i, word.end),
						start: i,
						end: word.end,
						hasExpansion: false
					});
					pendingHeredocs.push({
						delimiter: word.value,
						stripTabs: redirect.op === "<<-"
					});
					i = word.end;
				}
			}
			continue;
		}
		const operator = OPERATORS.find((op) => text.startsWith(op, i));
		if (operator) {
			tokens.push({
				kind: "operator",
				value: operator,
				raw: operator,
				start: i,
				end: i + operator.length,
				hasExpansion: false
			});
			i += operator.length;
			continue;
		}
		const word = readWord(text, i, to);
		tokens.push({
			kind: "word",
			value: word.value,
			raw: text.slice(i, word.end),
			start: i,
			end: word.end,
			hasExpansion: word.hasExpansion
		});
		i = word.end > i ? word.end : i + 1;
	}
	return tokens;
}
function matchRedirect(text, i, to) {
	let j = i;
	while (j < to && isDigit(text[j])) j++;
	if (j > i && text[j] !== ">" && text[j] !== "<") return null;
	const op = REDIRECTS.find((candidate) => text.startsWith(candidate, j));
	if (!op) return null;
	return {
		op,
		end: j + op.length
	};
}
const WORD_END = /* @__PURE__ */ new Set([
	" ",
	"	",
	"\r",
	"\n",
	";",
	"&",
	"|",
	"(",
	")",
	"<",
	">"
]);
const SPECIAL = /* @__PURE__ */ new Set([
	"\\",
	"'",
	"\"",
	"$",
	"`"
]);
function readWord(text, start, to) {
	let i = start;
	while (i < to && !WORD_END.has(text[i]) && !SPECIAL.has(text[i])) i++;
	if (i >= to || WORD_END.has(text[i])) return {
		value: text.slice(start, i),
		end: i,
		hasExpansion: false
	};
	let value = text.slice(start, i);
	let hasExpansion = false;
	while (i < to) {
		const ch = text[i];
		if (isBlank$2(ch) || ch === "\n") break;
		if (ch === ";" || ch === "&" || ch === "|" || ch === "(" || ch === ")" || ch === "<" || ch === ">") break;
		if (ch === "\\") {
			if (text[i + 1] === "\n") {
				i += 2;
				continue;
			}
			if (i + 1 < to) value += text[i + 1];
			i += 2;
			continue;
		}
		if (ch === "'") {
			const close = text.indexOf("'", i + 1);
			const end = close === -1 || close >= to ? to : close;
			value += text.slice(i + 1, end);
			i = end + 1;
			continue;
		}
		if (ch === "\"") {
			i++;
			while (i < to && text[i] !== "\"") {
				if (text[i] === "\\" && i + 1 < to) {
					const next = text[i + 1];
					if (next === "\n") {
						i += 2;
						continue;
					}
					value += next === "\"" || next === "\\" || next === "$" || next === "`" ? next : "\\" + next;
					i += 2;
					continue;
				}
				if (text[i] === "$" || text[i] === "`") {
					hasExpansion = true;
					const end = skipExpansion(text, i, to);
					value += text.slice(i, end);
					i = end;
					continue;
				}
				value += text[i];
				i++;
			}
			i++;
			continue;
		}
		if (ch === "$" || ch === "`") {
			hasExpansion = true;
			const end = skipExpansion(text, i, to);
			value += text.slice(i, end);
			i = end;
			continue;
		}
		value += ch;
		i++;
	}
	return {
		value,
		end: Math.min(i, to),
		hasExpansion
	};
}
/** Returns the end of `$(…)`, `$((…))`, `${…}`, `` `…` `` or `$NAME` starting at `i`. */
function skipExpansion(text, i, to) {
	if (text[i] === "`") {
		let j = i + 1;
		while (j < to && text[j] !== "`") j += text[j] === "\\" ? 2 : 1;
		return Math.min(j + 1, to);
	}
	const next = text[i + 1];
	if (next === "(" || next === "{") {
		const open = next;
		const close = open === "(" ? ")" : "}";
		let depth = 0;
		let j = i + 1;
		let quote = null;
		while (j < to) {
			const c = text[j];
			if (quote) {
				if (c === "\\" && quote === "\"") j++;
				else if (c === quote) quote = null;
			} else if (c === "'" || c === "\"") quote = c;
			else if (c === "\\") j++;
			else if (c === open) depth++;
			else if (c === close) {
				depth--;
				if (depth === 0) return j + 1;
			}
			j++;
		}
		return to;
	}
	let j = i + 1;
	if (j < to && /[A-Za-z_]/.test(text[j])) while (j < to && /[A-Za-z0-9_]/.test(text[j])) j++;
	else if (j < to && /[0-9@*#?$!-]/.test(text[j])) j++;
	return j;
}
function skipHeredocBodies(text, i, to, heredocs) {
	for (const heredoc of heredocs) while (i < to) {
		let lineEnd = text.indexOf("\n", i);
		if (lineEnd === -1 || lineEnd > to) lineEnd = to;
		let line = text.slice(i, lineEnd).replace(/\r$/, "");
		if (heredoc.stripTabs) line = line.replace(/^\t+/, "");
		i = lineEnd + 1;
		if (line === heredoc.delimiter) break;
	}
	return Math.min(i, to);
}
// src/checker/model/shell/read-script.ts
init_wrappers();
/** Reserved words that open or continue a compound command; the command starts after them. */
const LEADING_KEYWORDS = /* @__PURE__ */ new Set([
	"if",
	"then",
	"elif",
	"else",
	"do",
	"while",
	"until",
	"!",
	"{",
	"time"
]);
/** Reserved words that close a compound command; skipped where a command would start. */
const CLOSING_KEYWORDS = /* @__PURE__ */ new Set([
	"fi",
	"done",
	"esac",
	"}"
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** `sh -c "sh -c '…'"` nests; deeper than this is not read. */
const MAX_NESTING = 8;
/**
* Reads shell text into a flat list of simple commands, each word mapped back to the document. The words of
* `for` and `case` headers and `case` patterns are left out; a shell run with `-c` gets its script read too.
*/
function readShellScript(source, map, from = 0, to = source.text.length, context = {}) {
	const tokens = tokenizeShell(source.text, from, to);
	const depth = context.depth ?? 0;
	const reach = new ReachTracker(context.mayNotRun);
	const commands = [];
	let pipes = 0;
	let current = {
		words: [],
		assignments: [],
		joinedBy: null
	};
	/** Inside a `for` header (until `do`), a `case` header (until `in`) or a `case` pattern (until `)`). */
	let skipping = null;
	let openCases = 0;
	const toWord = (token) => new MappedWord(source, map, token.start, token.end, token.value, token.raw, token.hasExpansion);
	const finish = (pipesInto) => {
		if (current.words.length === 0 && current.assignments.length === 0) return;
		const first = current.assignments[0] ?? current.words[0];
		const last = current.words[current.words.length - 1] ?? current.assignments[current.assignments.length - 1];
		const command = {
			words: current.words,
			assignments: current.assignments,
			name: current.words.length > 0 ? baseName$3(current.words[0].value) : "",
			joinedBy: commands.length === 0 ? null : current.joinedBy,
			pipesInto,
			range: mappedRange(source, map, first.start, last.end),
			mayNotRun: reach.command(current.words),
			script: null
		};
		command.script = readCommandScript(command, source, map, depth);
		commands.push(command);
		current = {
			words: [],
			assignments: [],
			joinedBy: null
		};
	};
	const separate = (joiner, pipesInto) => {
		finish(pipesInto);
		if (joiner !== "newline" || current.joinedBy === null) current.joinedBy = joiner;
	};
	for (let t = 0; t < tokens.length; t++) {
		const token = tokens[t];
		const plainWord = token.kind === "word" && token.raw === token.value;
		if (skipping === "for" || skipping === "case") {
			if (plainWord && token.value === (skipping === "for" ? "do" : "in")) {
				if (skipping === "for") reach.keyword("do");
				skipping = skipping === "case" ? "pattern" : null;
			}
			continue;
		}
		if (skipping === "pattern") {
			if (plainWord && token.value === "esac") {
				skipping = null;
				openCases--;
				reach.keyword("esac");
			} else if (token.kind === "operator" && token.value === ")") {
				skipping = null;
				reach.caseArm();
			}
			continue;
		}
		if (token.kind === "redirect") {
			if (tokens[t + 1]?.kind === "word") t++;
			continue;
		}
		if (token.kind === "operator") {
			if (token.value === "(" && tokens[t + 1]?.value === ")" && current.words.length === 1) {
				current.words = [];
				reach.functionDefinition();
				t++;
				continue;
			}
			if (token.value === "|" || token.value === "|&") {
				pipes++;
				separate("|", true);
				reach.operator(token.value);
				continue;
			}
			separate(token.value === "&&" ? "&&" : token.value === "||" ? "||" : token.value === "&" ? "&" : token.value === "\n" ? "newline" : ";", false);
			if (token.value === "(" || token.value === ")") reach.keyword(token.value);
			else reach.operator(token.value);
			if (token.value === ";;" && openCases > 0) skipping = "pattern";
			continue;
		}
		const atStart = current.words.length === 0;
		if (atStart && current.assignments.length === 0 && plainWord) {
			if (LEADING_KEYWORDS.has(token.value) || CLOSING_KEYWORDS.has(token.value)) {
				reach.keyword(token.value);
				if (token.value === "esac") openCases--;
				continue;
			}
			if (token.value === "for" || token.value === "case") {
				reach.keyword(token.value);
				if (token.value === "case") openCases++;
				skipping = token.value;
				continue;
			}
		}
		if (atStart && ASSIGNMENT.test(token.raw)) {
			current.assignments.push(toWord(token));
			continue;
		}
		current.words.push(toWord(token));
	}
	finish(false);
	return {
		commands,
		pipes
	};
}
/** The script of `sh -c '…'` (behind wrappers too), read with exact positions; null for any other command. */
function readCommandScript(command, source, map, depth) {
	if (depth >= MAX_NESTING) return null;
	const word = scriptWord(command);
	if (!word) return null;
	const text = decodedText(source, word.start, word.end, word.json ? "json" : "shell");
	return readShellScript(text, map, 0, text.text.length, {
		mayNotRun: command.mayNotRun,
		depth: depth + 1
	});
}
// src/checker/model/words.ts
const isSpace$1 = (ch) => ch === " " || ch === "	" || ch === "\r" || ch === "\n";
/**
* Splits instruction arguments on whitespace, honouring quotes and the escape character
* (as BuildKit's word lexer does for COPY, EXPOSE, USER …).
*/
function splitWords(source, map, from, to, escapeChar) {
	const words = [];
	const text = source.text;
	let i = from;
	while (i < to) {
		while (i < to && isSpace$1(text[i])) i++;
		if (i >= to) break;
		const start = i;
		let value = null;
		let hasExpansion = false;
		let quote = null;
		while (i < to) {
			const ch = text[i];
			if (quote === null && isSpace$1(ch)) break;
			if (ch === escapeChar && quote !== "'" && i + 1 < to) {
				value = (value ?? text.slice(start, i)) + text[i + 1];
				i += 2;
				continue;
			}
			if (quote === null && (ch === "\"" || ch === "'")) {
				value = value ?? text.slice(start, i);
				quote = ch;
			} else if (quote !== null && ch === quote) quote = null;
			else {
				if (ch === "$" && quote !== "'") hasExpansion = true;
				if (value !== null) value += ch;
			}
			i++;
		}
		if (value === null) value = text.slice(start, i);
		words.push(new MappedWord(source, map, start, i, value, text.slice(start, i), hasExpansion));
	}
	return words;
}
// src/checker/model/read-instruction.ts
const isSpace = (ch) => ch === " " || ch === "	" || ch === "\r";
const SHELLS$1 = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh"
]);
/** Reads one instruction from its logical line, starting at `from` (the keyword). */
function readInstruction(context, source, from, index) {
	const { map, escapeChar, problems } = context;
	const text = source.text;
	let i = from;
	while (isSpace(text[i])) i++;
	const keywordStart = i;
	while (i < text.length && !isSpace(text[i])) i++;
	const keywordAsWritten = text.slice(keywordStart, i);
	const keyword = keywordAsWritten.toUpperCase();
	const keywordRange = mappedRange(source, map, keywordStart, i);
	let textEnd = text.length;
	while (textEnd > i && isSpace(text[textEnd - 1])) textEnd--;
	const flags = [];
	while (isSpace(text[i])) i++;
	while (keyword !== "ONBUILD" && text.startsWith("--", i)) {
		let end = i;
		while (end < textEnd && !isSpace(text[end])) end++;
		const raw = text.slice(i, end);
		i = end;
		while (isSpace(text[i])) i++;
		if (raw === "--") break;
		const equals = raw.indexOf("=");
		const nameEnd = equals === -1 ? end : end - raw.length + equals;
		const flagStart = end - raw.length;
		flags.push({
			name: raw.slice(2, equals === -1 ? void 0 : equals),
			value: equals === -1 ? null : stripQuotes(raw.slice(equals + 1)),
			range: mappedRange(source, map, flagStart, end),
			nameRange: mappedRange(source, map, flagStart, nameEnd),
			valueRange: equals === -1 ? null : mappedRange(source, map, nameEnd + 1, end)
		});
	}
	const argsStart = Math.min(i, textEnd);
	const argsText = text.slice(argsStart, textEnd);
	const args = splitWords(source, map, argsStart, textEnd, escapeChar);
	const instruction = {
		keyword,
		keywordAsWritten,
		keywordRange,
		range: mappedRange(source, map, keywordStart, textEnd),
		text: text.slice(keywordStart, textEnd),
		flags,
		args,
		argsText,
		argsRange: argsText ? mappedRange(source, map, argsStart, textEnd) : null,
		json: null,
		heredocs: [],
		pairs: [],
		shell: null,
		exec: null,
		trigger: null,
		fromStage: null,
		variables: EMPTY_SCOPE,
		stageIndex: -1,
		index,
		commentsAbove: [],
		offset: documentOffset(source, keywordStart),
		source
	};
	if (!(keyword in KNOWN_FLAGS)) {
		problems.push({
			messageId: "unknownInstruction",
			data: { instruction: keywordAsWritten },
			range: keywordRange
		});
		return instruction;
	}
	checkFlags(instruction, problems);
	if (argsText === "" && (NEEDS_ARGUMENTS.has(keyword) || keyword === "HEALTHCHECK")) problems.push({
		messageId: "missingArguments",
		data: { instruction: keywordAsWritten },
		range: keywordRange
	});
	if (JSON_CAPABLE.has(keyword)) readExecForm(instruction, argsText, problems);
	if (keyword === "ENV" || keyword === "LABEL") instruction.pairs = readKeyValues(instruction, source, map, escapeChar, problems);
	if (keyword === "ARG") instruction.pairs = args.map((word) => argPair(word, source, map));
	if (keyword === "HEALTHCHECK") readHealthcheck(instruction, source, map, problems);
	if ((keyword === "RUN" || keyword === "CMD" || keyword === "ENTRYPOINT") && instruction.json === null && argsText !== "") instruction.shell = readShellScript(source, map, argsStart, textEnd);
	if (keyword === "ONBUILD" && argsText !== "") instruction.trigger = readInstruction(context, source, argsStart, index);
	checkArguments(instruction, problems);
	if ((keyword === "COPY" || keyword === "ADD") && instruction.json === null && args.length < 2 && argsText !== "") problems.push({
		messageId: "copyNeedsTwoArguments",
		data: { instruction: keywordAsWritten },
		range: instruction.argsRange ?? keywordRange
	});
	return instruction;
}
/** Parses a RUN here-document body as shell when it is the script itself (`RUN <<EOF`, `RUN bash <<EOF`). */
function attachHeredocShell(context, instruction) {
	if (instruction.keyword !== "RUN") return;
	const firstLine = instruction.shell?.commands ?? [];
	if (!(firstLine.length === 0 || firstLine.length === 1 && SHELLS$1.has(firstLine[0].name) && !firstLine[0].words.some((word) => word.value === "-c"))) return;
	const heredoc = instruction.heredocs[0];
	if (!heredoc) return;
	const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(heredoc.body);
	if (shebang) {
		const interpreter = (shebang[1].endsWith("/env") ? shebang[2] ?? "" : shebang[1]).split("/").pop() ?? "";
		if (!SHELLS$1.has(interpreter)) return;
	}
	const script = readShellScript(sliceOfDocument(context.text, heredoc.bodyOffset, heredoc.bodyEnd), context.map);
	instruction.shell = {
		commands: [...firstLine, ...script.commands],
		pipes: (instruction.shell?.pipes ?? 0) + script.pipes
	};
}
function checkFlags(instruction, problems) {
	const allowed = KNOWN_FLAGS[instruction.keyword] ?? [];
	const seen = /* @__PURE__ */ new Set();
	for (const flag of instruction.flags) {
		if (!allowed.includes(flag.name)) problems.push({
			messageId: "unknownFlag",
			data: {
				flag: flag.name,
				instruction: instruction.keywordAsWritten
			},
			range: flag.range
		});
		else if (seen.has(flag.name) && !REPEATABLE_FLAGS.has(flag.name)) problems.push({
			messageId: "duplicateFlag",
			data: { flag: flag.name },
			range: flag.range
		});
		else if (BOOLEAN_FLAGS.has(flag.name) ? flag.value !== null && !/^(?:true|false)$/i.test(flag.value) : flag.value === null) problems.push({
			messageId: flag.value === null || flag.value === "" ? "flagNeedsValue" : "flagNotBoolean",
			data: {
				flag: flag.name,
				value: flag.value ?? ""
			},
			range: flag.range
		});
		seen.add(flag.name);
	}
}
/** Argument shapes BuildKit refuses when it parses the instruction. */
function checkArguments(instruction, problems) {
	const { keyword, args } = instruction;
	const range = instruction.argsRange ?? instruction.keywordRange;
	if (keyword === "SHELL" && instruction.argsText !== "" && (instruction.json === null || instruction.json.length === 0)) {
		if (!problems.some((problem) => problem.range === range)) problems.push({
			messageId: "shellNotJson",
			range
		});
	} else if (keyword === "VOLUME" && (instruction.json ?? args.map((word) => word.value)).some((path) => path.trim() === "")) problems.push({
		messageId: "emptyVolume",
		range
	});
	else if (keyword === "ARG") {
		for (const word of args) if (word.raw.startsWith("=")) problems.push({
			messageId: "blankArgName",
			range: word.range
		});
	} else if (keyword === "STOPSIGNAL" && args.length > 0 && !instruction.argsText.includes("$") && !isSignal(instruction.argsText)) problems.push({
		messageId: "invalidStopSignal",
		data: { signal: instruction.argsText },
		range
	});
	else if (keyword === "FROM" && args.length === 3 && args[1].value.toLowerCase() === "as" && !VALID_STAGE_NAME.test(args[2].value)) problems.push({
		messageId: "invalidStageName",
		data: { name: args[2].value },
		range: args[2].range
	});
}
/** A signal BuildKit accepts for STOPSIGNAL: a non-zero number, or a Linux signal name with or without SIG, in any case. */
function isSignal(text) {
	if (/^[-+]?\d+$/.test(text)) return Number(text) !== 0;
	return LINUX_SIGNALS.has(text.toUpperCase().replace(/^SIG/, ""));
}
const LINUX_SIGNALS = /* @__PURE__ */ new Set([
	"ABRT",
	"ALRM",
	"BUS",
	"CHLD",
	"CLD",
	"CONT",
	"FPE",
	"HUP",
	"ILL",
	"INT",
	"IO",
	"IOT",
	"KILL",
	"PIPE",
	"POLL",
	"PROF",
	"PWR",
	"QUIT",
	"SEGV",
	"STKFLT",
	"STOP",
	"SYS",
	"TERM",
	"TRAP",
	"TSTP",
	"TTIN",
	"TTOU",
	"URG",
	"USR1",
	"USR2",
	"VTALRM",
	"WINCH",
	"XCPU",
	"XFSZ",
	"RTMIN",
	"RTMAX",
	...Array.from({ length: 15 }, (_, n) => `RTMIN+${n + 1}`),
	...Array.from({ length: 14 }, (_, n) => `RTMAX-${n + 1}`)
]);
/** BuildKit's rule for stage names (compared in lower case). */
const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/i;
function readExecForm(instruction, argsText, problems) {
	if (!argsText.startsWith("[")) return;
	const json = readJsonArgs(argsText);
	if (json.notStrings) {
		problems.push({
			messageId: "jsonNotStringArray",
			data: { instruction: instruction.keywordAsWritten },
			range: instruction.argsRange ?? instruction.keywordRange
		});
		instruction.json = [];
		return;
	}
	instruction.json = json.values;
	if (json.values === null && looksLikeBrokenJson(argsText)) problems.push({
		messageId: "invalidJson",
		data: { instruction: instruction.keywordAsWritten },
		range: instruction.argsRange ?? instruction.keywordRange
	});
}
/** `["a", "b"` or `["a" "b"]`, but not a shell test such as `[ "$x" = y ]`. */
function looksLikeBrokenJson(text) {
	if (!/^\[\s*"/.test(text)) return false;
	if (!text.includes("]")) return true;
	return /"\s*,\s*["']/.test(text) && !/\]\s*(&&|\|\||;)/.test(text);
}
function readHealthcheck(instruction, source, map, problems) {
	const type = instruction.args[0];
	if (!type) return;
	const upper = type.value.toUpperCase();
	if (upper === "NONE") {
		if (instruction.args.length > 1) problems.push({
			messageId: "healthcheckNoneArguments",
			range: instruction.argsRange ?? type.range
		});
		return;
	}
	if (upper !== "CMD") {
		problems.push({
			messageId: "healthcheckType",
			data: { type: type.value },
			range: type.range
		});
		return;
	}
	let start = type.end;
	while (isSpace(source.text[start])) start++;
	const rest = source.text.slice(start, instruction.argsText.length + instruction.args[0].start);
	if (rest.startsWith("[")) {
		const json = readJsonArgs(rest);
		instruction.json = json.values;
		if (json.notStrings) problems.push({
			messageId: "jsonNotStringArray",
			data: { instruction: instruction.keywordAsWritten },
			range: instruction.argsRange ?? type.range
		});
		else if (json.values === null && looksLikeBrokenJson(rest)) problems.push({
			messageId: "invalidJson",
			data: { instruction: instruction.keywordAsWritten },
			range: instruction.argsRange ?? type.range
		});
	}
	if (instruction.json === null && rest !== "") instruction.shell = readShellScript(source, map, start, start + rest.length);
	if (rest === "" || instruction.json?.length === 0) problems.push({
		messageId: "healthcheckMissingCommand",
		range: type.range
	});
}
function readKeyValues(instruction, source, map, escapeChar, problems) {
	const words = instruction.args;
	if (words.length === 0) return [];
	const first = words[0];
	if (!first.raw.includes("=")) {
		if (words.length === 1) {
			problems.push({
				messageId: "keyValueMissingValue",
				data: {
					instruction: instruction.keywordAsWritten,
					key: first.value
				},
				range: first.range
			});
			return [{
				key: first.value,
				value: "",
				rawValue: "",
				legacy: true,
				hasValue: false,
				range: first.range,
				keyRange: first.range,
				valueRange: null
			}];
		}
		const second = words[1];
		const last = words[words.length - 1];
		const rawValue = source.text.slice(second.start, last.end);
		const value = splitWords(source, map, second.start, last.end, escapeChar).map((word) => word.value).join(" ");
		return [{
			key: first.value,
			value,
			rawValue,
			legacy: true,
			hasValue: true,
			range: mappedRange(source, map, first.start, last.end),
			keyRange: first.range,
			valueRange: mappedRange(source, map, second.start, last.end)
		}];
	}
	const pairs = [];
	for (const word of words) {
		const equals = word.raw.indexOf("=");
		if (equals <= 0) {
			problems.push({
				messageId: "keyValueMissingEquals",
				data: {
					instruction: instruction.keywordAsWritten,
					word: word.raw
				},
				range: word.range
			});
			continue;
		}
		pairs.push(splitPair(word, equals, source, map));
	}
	return pairs;
}
function argPair(word, source, map) {
	const equals = word.raw.indexOf("=");
	if (equals <= 0) return {
		key: word.value,
		value: "",
		rawValue: "",
		legacy: false,
		hasValue: false,
		range: word.range,
		keyRange: word.range,
		valueRange: null
	};
	return splitPair(word, equals, source, map);
}
function splitPair(word, equals, source, map) {
	const rawValue = word.raw.slice(equals + 1);
	const valueEquals = word.value.indexOf("=");
	return {
		key: word.raw.slice(0, equals),
		value: valueEquals === -1 ? "" : word.value.slice(valueEquals + 1),
		rawValue,
		legacy: false,
		hasValue: true,
		range: word.range,
		keyRange: mappedRange(source, map, word.start, word.start + equals),
		valueRange: mappedRange(source, map, word.start + equals + 1, word.end)
	};
}
function stripQuotes(value) {
	if (value.length >= 2 && (value[0] === "\"" || value[0] === "'") && value[value.length - 1] === value[0]) return value.slice(1, -1);
	return value;
}
// src/checker/model/logical-line.ts
const isBlank$1 = (ch) => ch === " " || ch === "	" || ch === "\r";
/**
* Folds an instruction's physical lines into one logical line, as BuildKit does: the escape
* character at the end of a line joins the next one, and comment or empty lines inside a
* continuation are dropped. Built from slices of the document, so long files stay linear.
*/
function readLogicalLine(text, start, escapeChar) {
	const segments = [];
	const length = text.length;
	let segmentStart = start;
	let i = start;
	let nextOffset = length;
	while (i < length) {
		const ch = text[i];
		if (ch === "\n") {
			segments.push(segmentStart, i);
			nextOffset = i + 1;
			break;
		}
		if (ch === escapeChar) {
			if (text[i + 1] === escapeChar) {
				i += 2;
				continue;
			}
			let j = i + 1;
			while (j < length && isBlank$1(text[j])) j++;
			if (j >= length || text[j] === "\n") {
				segments.push(segmentStart, i);
				i = j < length ? skipContinuationFillers(text, j + 1) : j;
				segmentStart = i;
				continue;
			}
		}
		i++;
	}
	if (i >= length) segments.push(segmentStart, Math.min(i, length));
	const last = segments.length - 1;
	while (segments[last] > segments[last - 1] && text[segments[last] - 1] === "\r") segments[last]--;
	const parts = [];
	const segmentStarts = [];
	const segmentDocStarts = [];
	let foldedLength = 0;
	for (let s = 0; s < segments.length; s += 2) {
		const from = segments[s];
		const to = segments[s + 1];
		if (to <= from) continue;
		parts.push(text.slice(from, to));
		segmentStarts.push(foldedLength);
		segmentDocStarts.push(from);
		foldedLength += to - from;
	}
	if (segmentStarts.length === 0) {
		segmentStarts.push(0);
		segmentDocStarts.push(start);
	}
	return {
		text: parts.length === 1 ? parts[0] : parts.join(""),
		segmentStarts,
		segmentDocStarts,
		nextOffset
	};
}
/** Skips comment lines and empty lines that sit inside a continuation. */
function skipContinuationFillers(text, lineStart) {
	let i = lineStart;
	while (i < text.length) {
		let j = i;
		while (j < text.length && isBlank$1(text[j])) j++;
		if (j < text.length && text[j] === "#") {
			const newline = text.indexOf("\n", j);
			if (newline === -1) return text.length;
			i = newline + 1;
			continue;
		}
		if (j < text.length && text[j] === "\n") {
			i = j + 1;
			continue;
		}
		return i;
	}
	return i;
}
// src/checker/model/shell/exec-form.ts
init_wrappers();
/** A string of an exec-form (JSON) array: `value` is the decoded string, `raw` the JSON token with its quotes. */
var JsonStringWord = class extends MappedWord {
	json = true;
};
/**
* Reads an exec-form array (`["apt-get", "install", "-y", "curl"]`, starting at `from`) as the one
* command it runs, each string a word mapped to the document; `["sh", "-c", "…"]` also reads the script.
*/
function readExecCommand(source, map, from) {
	const text = source.text;
	const open = text.indexOf("[", from);
	if (open === -1) return null;
	const words = [];
	let i = open + 1;
	while (i < text.length && text[i] !== "]") {
		if (text[i] !== "\"") {
			i++;
			continue;
		}
		const start = i;
		for (i++; i < text.length && text[i] !== "\""; i++) if (text[i] === "\\") i++;
		const end = Math.min(i + 1, text.length);
		const raw = text.slice(start, end);
		let value;
		try {
			value = JSON.parse(raw);
		} catch {
			return null;
		}
		words.push(new JsonStringWord(source, map, start, end, value, raw, false));
		i = end;
	}
	if (words.length === 0) return null;
	const command = {
		words,
		assignments: [],
		name: baseName$3(words[0].value),
		joinedBy: null,
		pipesInto: false,
		range: mappedRange(source, map, words[0].start, words[words.length - 1].end),
		mayNotRun: false,
		script: null
	};
	command.script = readCommandScript(command, source, map, 0);
	return command;
}
const EXEC_FORM_KEYWORDS = /* @__PURE__ */ new Set([
	"RUN",
	"CMD",
	"ENTRYPOINT",
	"HEALTHCHECK"
]);
/** Gives an exec-form RUN, CMD, ENTRYPOINT or HEALTHCHECK (and an ONBUILD's trigger) its `exec` command. */
function attachExecCommand(instruction, map) {
	for (const target of [instruction, instruction.trigger]) {
		if (!target || target.json === null || !EXEC_FORM_KEYWORDS.has(target.keyword)) continue;
		const first = target.args[target.keyword === "HEALTHCHECK" ? 1 : 0];
		if (first) target.exec = readExecCommand(target.source, map, first.start);
	}
}
// src/checker/model/variables.ts
/**
* Expands variables the way Dockerfile instructions do (not RUN: the shell does that):
* `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?err}`.
* Unknown variables expand to the empty string. Single quotes and the escape character protect `$`
* (`startInSingleQuotes`: the text follows an opening `'` that was cut off).
*/
function expandVariables(text, lookup, escapeChar = "\\", startInSingleQuotes = false) {
	const references = [];
	let value = "";
	let inSingle = startInSingleQuotes;
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (ch === escapeChar && text[i + 1] === "$") {
			value += "$";
			i += 2;
			continue;
		}
		if (ch === "'") inSingle = !inSingle;
		if (ch !== "$" || inSingle) {
			value += ch;
			i++;
			continue;
		}
		if (text[i + 1] === "{") {
			const close = text.indexOf("}", i + 2);
			if (close === -1) {
				value += text.slice(i);
				break;
			}
			const body = text.slice(i + 2, close);
			const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])(.*))?$/s.exec(body);
			if (match) {
				const [, name, operator, word = ""] = match;
				const current = lookup(name);
				const isSet = current !== void 0;
				const nonEmpty = isSet && current !== null && current !== "";
				const hasFallback = operator === ":-" || operator === "-" || operator === ":+" || operator === "+";
				references.push({
					name,
					start: i,
					end: close + 1,
					hasFallback
				});
				if (operator === ":-") value += nonEmpty ? current : expandVariables(word, lookup, escapeChar).value;
				else if (operator === "-") value += isSet ? current ?? "" : expandVariables(word, lookup, escapeChar).value;
				else if (operator === ":+") value += nonEmpty ? expandVariables(word, lookup, escapeChar).value : "";
				else if (operator === "+") value += isSet ? expandVariables(word, lookup, escapeChar).value : "";
				else value += current ?? "";
			} else value += text.slice(i, close + 1);
			i = close + 1;
			continue;
		}
		const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1, i + 200));
		if (match) {
			const name = match[0];
			references.push({
				name,
				start: i,
				end: i + 1 + name.length,
				hasFallback: false
			});
			value += lookup(name) ?? "";
			i += 1 + name.length;
			continue;
		}
		value += ch;
		i++;
	}
	return {
		value,
		references
	};
}
var AUTOMATIC_ARGS;
var init_variables$1 = __esmMin((() => {
	AUTOMATIC_ARGS = /* @__PURE__ */ new Set([
		"TARGETPLATFORM",
		"TARGETOS",
		"TARGETARCH",
		"TARGETVARIANT",
		"BUILDPLATFORM",
		"BUILDOS",
		"BUILDARCH",
		"BUILDVARIANT",
		"HTTP_PROXY",
		"http_proxy",
		"HTTPS_PROXY",
		"https_proxy",
		"FTP_PROXY",
		"ftp_proxy",
		"NO_PROXY",
		"no_proxy",
		"ALL_PROXY",
		"all_proxy",
		"BUILDKIT_SYNTAX",
		"BUILDKIT_INLINE_CACHE",
		"BUILDKIT_CONTEXT_KEEP_GIT_DIR",
		"SOURCE_DATE_EPOCH"
	]);
}));
// src/checker/model/parse.ts
init_variables$1();
/** Parses Dockerfile text into the checker's model. Never throws: problems become `syntaxProblems`. */
function parseDockerfile(text) {
	const source = typeof text === "string" ? text : String(text ?? "");
	try {
		return parseModel(source);
	} catch (error) {
		const map = createSourceMap(source);
		return {
			text: source,
			lines: source.split("\n"),
			directives: [],
			escapeChar: "\\",
			instructions: [],
			globalArgs: [],
			stages: [],
			comments: [],
			syntaxProblems: [{
				messageId: "unreadable",
				data: { reason: String(error?.message ?? error) },
				range: map.range(0, 0)
			}],
			position: map.position
		};
	}
}
function parseModel(text) {
	const map = createSourceMap(text);
	const problems = [];
	const { directives, bodyStart } = readDirectives(text, map);
	const escapeDirective = directives.find((directive) => directive.name === "escape");
	if (escapeDirective && escapeDirective.value !== "\\" && escapeDirective.value !== "`") problems.push({
		messageId: "invalidEscape",
		data: { value: escapeDirective.value },
		range: escapeDirective.range
	});
	const escapeChar = escapeDirective?.value === "`" ? "`" : "\\";
	const context = {
		text,
		map,
		escapeChar,
		problems
	};
	const comments = [];
	const instructions = [];
	let offset = bodyStart;
	while (offset < text.length) {
		let lineEnd = text.indexOf("\n", offset);
		if (lineEnd === -1) lineEnd = text.length;
		let first = offset;
		while (first < lineEnd && isBlank(text[first])) first++;
		if (first === lineEnd) {
			offset = lineEnd + 1;
			continue;
		}
		if (text[first] === "#") {
			let end = lineEnd;
			while (end > first && isBlank(text[end - 1])) end--;
			comments.push({
				text: text.slice(first, end),
				range: map.range(first, end)
			});
			offset = lineEnd + 1;
			continue;
		}
		const logical = readLogicalLine(text, first, escapeChar);
		const instruction = readInstruction(context, logical, 0, instructions.length);
		offset = logical.nextOffset;
		if (instruction.json === null && instruction.argsText.includes("<<")) {
			const markers = findHeredocMarkers(instruction.args);
			if (markers.length > 0 && HEREDOC_CAPABLE.has(instruction.keyword)) {
				const read = readHeredocBodies(text, map, logical.nextOffset, markers);
				instruction.heredocs = read.heredocs;
				offset = read.endOffset;
				instruction.range = map.range(instruction.offset, read.lastLineEnd);
				for (const heredoc of read.heredocs) if (!heredoc.terminated) {
					const marker = markers.find((m) => m.name === heredoc.name);
					problems.push({
						messageId: "unterminatedHeredoc",
						data: { name: heredoc.name },
						range: marker?.word.range ?? instruction.keywordRange
					});
				}
				attachHeredocShell(context, instruction);
			}
		}
		attachExecCommand(instruction, map);
		instructions.push(instruction);
		if (offset <= first) offset = lineEnd + 1;
	}
	const model = {
		text,
		lines: text.split("\n"),
		directives,
		escapeChar,
		instructions,
		globalArgs: [],
		stages: [],
		comments: attachComments(comments, instructions),
		syntaxProblems: problems,
		position: map.position
	};
	buildStages$1(model, problems);
	if (instructions.length === 0) problems.push({
		messageId: "noInstructions",
		range: map.range(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"))
	});
	return model;
}
/** Records the comment lines directly above each instruction (for suppression comments). */
function attachComments(comments, instructions) {
	let c = 0;
	for (const instruction of instructions) {
		const above = [];
		while (c < comments.length && comments[c].range.line < instruction.range.line) {
			above.push(comments[c]);
			c++;
		}
		let expected = instruction.range.line - 1;
		let k = above.length - 1;
		while (k >= 0 && above[k].range.line === expected) {
			k--;
			expected--;
		}
		for (let j = k + 1; j < above.length; j++) instruction.commentsAbove.push(above[j]);
	}
	return comments;
}
function buildStages$1(model, problems) {
	let globalScope = EMPTY_SCOPE;
	const beforeFirstFrom = [];
	let scope = EMPTY_SCOPE;
	let envOnly = EMPTY_SCOPE;
	const stageEnv = [];
	const stagesByName = /* @__PURE__ */ new Map();
	let stage = null;
	for (const instruction of model.instructions) {
		if (instruction.keyword === "FROM") {
			if (stage) stageEnv[stage.index] = envOnly;
			else for (const early of beforeFirstFrom) early.variables = globalScope;
			instruction.variables = globalScope;
			stage = createStage(model, instruction, globalScope, stagesByName, problems);
			if (stage.name && !stagesByName.has(stage.name.toLowerCase())) stagesByName.set(stage.name.toLowerCase(), stage);
			instruction.stageIndex = stage.index;
			model.stages.push(stage);
			envOnly = stage.baseStage ? stageEnv[stage.baseStage.index] ?? EMPTY_SCOPE : EMPTY_SCOPE;
			scope = envOnly;
			continue;
		}
		instruction.stageIndex = stage ? stage.index : -1;
		if (stage) {
			instruction.variables = scope;
			stage.instructions.push(instruction);
			if (instruction.keyword === "COPY") instruction.fromStage = copySourceStage(model, instruction, stage, stagesByName);
		} else {
			beforeFirstFrom.push(instruction);
			if (instruction.keyword === "ARG") model.globalArgs.push(instruction);
			else problems.push({
				messageId: "noStage",
				data: { instruction: instruction.keywordAsWritten },
				range: instruction.keywordRange
			});
		}
		if (instruction.keyword === "ARG" || instruction.keyword === "ENV") {
			if (!stage) {
				for (const pair of instruction.pairs) {
					const current = globalScope;
					const value = pair.hasValue ? expandValue(pair.rawValue, (name) => current.get(name), model.escapeChar) : null;
					globalScope = globalScope.set(pair.key, instruction.keyword === "ENV" ? value ?? "" : value);
				}
				continue;
			}
			const before = scope;
			const lookup = (name) => before.get(name);
			for (const pair of instruction.pairs) {
				let value = pair.hasValue ? expandValue(pair.rawValue, lookup, model.escapeChar) : null;
				if (instruction.keyword === "ARG") {
					if (!pair.hasValue) value = globalScope.get(pair.key) ?? null;
					if (envOnly.has(pair.key)) continue;
				} else {
					value = value ?? "";
					const sameAsScope = envOnly === scope;
					envOnly = envOnly.set(pair.key, value);
					if (sameAsScope) {
						scope = envOnly;
						continue;
					}
				}
				scope = scope.set(pair.key, value);
			}
		}
	}
	if (stage) stageEnv[stage.index] = envOnly;
	else for (const early of beforeFirstFrom) early.variables = globalScope;
}
/** The stage a `COPY --from=` names, by index or (case-insensitive) name, among the stages so far. */
function copySourceStage(model, copy, stage, stagesByName) {
	const written = copy.flags.find((flag) => flag.name === "from")?.value;
	if (!written) return null;
	const value = written.includes("$") ? expandVariables(written, (name) => copy.variables.get(name), model.escapeChar).value : written;
	if (/^\d+$/.test(value)) return Number(value) <= stage.index ? model.stages[Number(value)] : null;
	return stagesByName.get(value.toLowerCase()) ?? null;
}
/**
* An ARG / ENV value with variables expanded and outer quotes removed. The quotes are taken off the
* raw text, not the result: reading or slicing the result would flatten it, and `ENV PATH=/x:$PATH`
* repeated thousands of times would then copy every longer PATH (quadratic time and memory).
*/
function expandValue(raw, lookup, escapeChar) {
	return raw.length >= 2 && (raw[0] === "\"" || raw[0] === "'") && raw[raw.length - 1] === raw[0] ? expandVariables(raw.slice(1, -1), lookup, escapeChar, raw[0] === "'").value : expandVariables(raw, lookup, escapeChar).value;
}
function createStage(model, from, globalScope, stagesByName, problems) {
	const [imageWord, asWord, nameWord] = from.args;
	if (imageWord && (from.args.length === 2 || from.args.length > 3 || asWord && asWord.value.toLowerCase() !== "as")) problems.push({
		messageId: "fromInvalidAs",
		range: from.argsRange ?? from.keywordRange
	});
	const expanded = expandVariables(imageWord?.value ?? "", (name) => globalScope.get(name), model.escapeChar).value;
	const baseImage = parseImageReference(expanded);
	const lowered = expanded.toLowerCase();
	const baseStage = stagesByName.get(lowered) ?? null;
	const platformFlag = from.flags.find((flag) => flag.name === "platform");
	const hasName = asWord && asWord.value.toLowerCase() === "as" && nameWord;
	return {
		index: model.stages.length,
		name: hasName ? nameWord.value : null,
		nameRange: hasName ? nameWord.range : null,
		asKeyword: asWord ? asWord.raw : null,
		asRange: asWord ? asWord.range : null,
		from,
		baseImage,
		baseImageRange: imageWord?.range ?? null,
		baseStage,
		platform: platformFlag?.value ?? null,
		scratch: baseStage ? baseStage.scratch : lowered === "scratch",
		distroless: baseStage ? baseStage.distroless : isDistroless(baseImage),
		instructions: []
	};
}
const isBlank = (ch) => ch === " " || ch === "	" || ch === "\r";
const DIRECTIVE = /^#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(.*?)[ \t\r]*$/;
const KNOWN_DIRECTIVES = /* @__PURE__ */ new Set([
	"syntax",
	"escape",
	"check"
]);
/** Parser directives (`# syntax=`, `# escape=`, `# check=`) are only read at the very top of the file. */
function readDirectives(text, map) {
	const directives = [];
	let offset = text.charCodeAt(0) === 65279 ? 1 : 0;
	while (offset < text.length) {
		let lineEnd = text.indexOf("\n", offset);
		if (lineEnd === -1) lineEnd = text.length;
		const match = DIRECTIVE.exec(text.slice(offset, lineEnd));
		if (!match) break;
		const name = match[1].toLowerCase();
		if (!KNOWN_DIRECTIVES.has(name) || directives.some((directive) => directive.name === name)) break;
		directives.push({
			name,
			value: match[2],
			range: map.range(offset, lineEnd - (text[lineEnd - 1] === "\r" ? 1 : 0))
		});
		offset = lineEnd + 1;
	}
	return {
		directives,
		bodyStart: Math.min(offset, text.length)
	};
}
// src/checker/query/flags.ts
/** The value of an instruction's `--name=value` flag: `''` for a bare `--name`, null when absent. */
function flagValue(instruction, name) {
	const flag = instruction.flags.find((candidate) => candidate.name === name);
	return flag ? flag.value ?? "" : null;
}
var init_flags = __esmMin((() => {}));
// src/checker/query/stages.ts
/** A stage followed by the stages it is built on (`FROM builder` …), nearest first. O(length of the chain). */
function stageChain(stage) {
	const chain = [];
	const seen = /* @__PURE__ */ new Set();
	for (let current = stage; current && !seen.has(current); current = current.baseStage) {
		seen.add(current);
		chain.push(current);
	}
	return chain;
}
/** Instructions of a stage and of the stages it is built on, oldest first. */
function inheritedInstructions(stage) {
	const chain = stageChain(stage);
	const instructions = [];
	for (let k = chain.length - 1; k >= 0; k--) for (const instruction of chain[k].instructions) instructions.push(instruction);
	return instructions;
}
/** The first stage of a stage's chain: the one built on an image, not on another stage. Memoised, so asking for every stage is linear. */
function rootStage(stage) {
	const path = [];
	const seen = /* @__PURE__ */ new Set();
	let root = stage;
	for (let current = stage; current; current = current.baseStage) {
		const known = roots.get(current);
		if (known) {
			root = known;
			break;
		}
		if (seen.has(current)) break;
		seen.add(current);
		path.push(current);
		root = current;
	}
	for (const link of path) roots.set(link, root);
	return root;
}
/**
* `(stage) => test holds for the stage or for a stage it is built on`, memoised along the chains so
* asking for every stage of a 5,000-stage chain tests each stage once instead of once per descendant.
*/
function holdsInChain(test) {
	return foldInChain(test, (inherited, own) => inherited || own, false);
}
/** The final stage: the image `docker build` produces by default. */
function finalStage(model) {
	return model.stages[model.stages.length - 1] ?? null;
}
/**
* `(stage) => combine(…combine(combine(empty, value(root)), …), value(stage))`: a value folded along a stage's
* chain, root first, memoised so asking for every stage of a long chain computes each stage's value once.
* Call it only for stages whose own value no longer changes (earlier stages, when walking the file in order).
*/
function foldInChain(value, combine, empty) {
	const memo = /* @__PURE__ */ new Map();
	return (stage) => {
		const path = [];
		const seen = /* @__PURE__ */ new Set();
		let result = empty;
		for (let current = stage; current; current = current.baseStage) {
			if (memo.has(current)) {
				result = memo.get(current);
				break;
			}
			if (seen.has(current)) break;
			seen.add(current);
			path.push(current);
		}
		for (let k = path.length - 1; k >= 0; k--) {
			result = combine(result, value(path[k]));
			memo.set(path[k], result);
		}
		return result;
	};
}
/** Stages whose files end up in the final image: the final stage and the stages it is built on. */
function shippedStages(model) {
	const last = model.stages[model.stages.length - 1];
	return new Set(last ? stageChain(last) : []);
}
var roots;
var init_stages = __esmMin((() => {
	roots = /* @__PURE__ */ new WeakMap();
}));
// src/checker/query/variables.ts
/**
* Expands `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` in a value whose quotes are
* already removed (a word's `value`); unknown variables become empty. Takes the ARG/ENV values an
* instruction sees, or any lookup.
*/
function expand(value, variables) {
	if (!value.includes("$")) return value;
	const lookup = typeof variables === "function" ? variables : (name) => variables.variables.get(name);
	return value.replace(REFERENCE$1, (_, braced, operator, word, bare) => {
		const current = lookup(braced ?? bare);
		const set = current !== void 0 && current !== null;
		const nonEmpty = set && current !== "";
		if (operator === ":-" || operator === ":=") return nonEmpty ? current : expand(word, lookup);
		if (operator === "-" || operator === "=") return set ? current : expand(word, lookup);
		if (operator === ":+") return nonEmpty ? expand(word, lookup) : "";
		if (operator === "+") return set ? expand(word, lookup) : "";
		return current ?? "";
	});
}
/** `NAME=value` split at the first `=` (null when the word is not an assignment). */
function assignmentOf(word) {
	const text = typeof word === "string" ? word : word.value;
	const equals = text.indexOf("=");
	if (equals <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(text.slice(0, equals))) return null;
	return {
		name: text.slice(0, equals),
		value: text.slice(equals + 1)
	};
}
/**
* The shell variables after a command that changes them: `A=1` alone, `export A=1 B`, `declare -x A=1`,
* `readonly A=1`, `unset A`. `isExported` says whether a name already reaches child processes.
*/
function variablesAfter(variables, words, assignments, lookup, isExported) {
	const name = words[0]?.value;
	if (words.length === 0) return withValues(variables, assignments, lookup, isExported, false);
	if (name === "unset") {
		const next = new Map(variables);
		for (const word of words.slice(1)) if (!word.value.startsWith("-")) next.set(word.value, {
			value: null,
			exported: true
		});
		return next;
	}
	if (!(name === "export" || name === "readonly" || name === "declare" || name === "typeset" || name === "local")) return variables;
	const options = words.slice(1).filter((word) => word.value.startsWith("-"));
	const exports = name === "export" || options.some((word) => /^-[A-Za-z]*x/.test(word.value));
	if (exports && options.some((word) => word.value === "-n")) return variables;
	const operands = words.slice(1).filter((word) => !word.value.startsWith("-"));
	const next = withValues(variables, operands.filter((word) => assignmentOf(word)), lookup, isExported, exports);
	if (!exports) return next;
	const marked = new Map(next);
	for (const word of operands) {
		if (assignmentOf(word) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(word.value)) continue;
		marked.set(word.value, {
			value: lookup(word.value) ?? null,
			exported: true
		});
	}
	return marked;
}
function withValues(variables, words, lookup, isExported, exported) {
	if (words.length === 0) return variables;
	const next = new Map(variables);
	for (const word of words) {
		const assignment = assignmentOf(word);
		if (!assignment) continue;
		const value = word.hasExpansion ? expand(assignment.value, (name) => next.has(name) ? next.get(name).value : lookup(name)) : assignment.value;
		next.set(assignment.name, {
			value,
			exported: exported || isExported(assignment.name)
		});
	}
	return next;
}
var REFERENCE$1, NO_SHELL_VARIABLES;
var init_variables = __esmMin((() => {
	REFERENCE$1 = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+=?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
	NO_SHELL_VARIABLES = /* @__PURE__ */ new Map();
}));
// src/checker/query/paths.ts
/** Joins and normalises POSIX paths (`/app` + `./x/../y` → `/app/y`). */
function resolvePath(base, path) {
	const parts = [];
	for (const part of (path.startsWith("/") ? path : `${base}/${path}`).split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") parts.pop();
		else parts.push(part);
	}
	return `/${parts.join("/")}`;
}
/** The working directory an instruction runs in (the WORKDIRs of its stage chain before it); null: after the last one. */
function workdirAt(stage, instruction) {
	let workdir = "/";
	for (const candidate of inheritedInstructions(stage)) {
		if (candidate === instruction) break;
		if (candidate.keyword === "WORKDIR" && candidate.args.length > 0) workdir = resolvePath(workdir, expand(candidate.args.map((word) => word.value).join(" "), candidate));
	}
	return workdir;
}
/** The directory a command runs in: its instruction's WORKDIR, moved by any `cd` before it in the same script. */
function workdirOfCall(stage, call) {
	const workdir = workdirAt(stage, call.instruction);
	return call.directory === null ? workdir : resolvePath(workdir, call.directory);
}
/** Every source of the COPY/ADD instructions of a stage chain, with where it lands in the image. */
function copiedPaths(stage) {
	const result = [];
	for (const instruction of inheritedInstructions(stage)) {
		if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
		const words = (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction));
		if (words.length < 2) continue;
		const sources = words.slice(0, -1);
		const dest = words[words.length - 1];
		const workdir = workdirAt(stage, instruction);
		const destFolder = dest.endsWith("/") || dest === "." || dest === ".." || sources.length > 1;
		const resolvedDest = resolvePath(workdir, dest);
		for (const source of sources) {
			const folder = source === "." || source.endsWith("/") || source.endsWith("/.") || source.endsWith("*");
			const target = folder || !destFolder ? resolvedDest : resolvePath(resolvedDest, baseName$3(source.replace(/\/+$/, "")));
			const maybeFolder = !folder && !baseName$3(source).includes(".") && !source.startsWith("<<");
			result.push({
				instruction,
				source,
				target,
				folder,
				contentsTarget: maybeFolder ? resolvedDest : null,
				from: flagValue(instruction, "from"),
				fromStage: instruction.fromStage,
				chown: flagValue(instruction, "chown")
			});
		}
	}
	return result;
}
/** The COPY/ADD of a stage chain that put a path into the image (a file, or a folder copied whole), or null. */
function copiedTo(stage, path) {
	const under = (folder) => path.startsWith(`${folder.replace(/\/$/, "")}/`);
	return copiedPaths(stage).find((copy) => copy.target === path || copy.folder && under(copy.target) || copy.contentsTarget !== null && under(copy.contentsTarget)) ?? null;
}
/** Whether a copy brings the whole build context (or a source folder) rather than named files. */
function copiesWholeContext$1(copy) {
	return copy.from === null && (copy.source === "." || copy.source === "./" || copy.source === "*" || copy.source === "./*");
}
/** The COPY that put an executable into the image, for a path or a bare name run in exec form. */
function copiedExecutable(stage, command, instruction) {
	if (command.includes("/")) return copiedTo(stage, resolvePath(workdirAt(stage, instruction), command));
	for (const folder of DEFAULT_PATH) {
		const copy = copiedTo(stage, `${folder}/${command}`);
		if (copy) return copy;
	}
	return null;
}
/** Whether a WORKDIR or COPY path is independent of the working directory: absolute (POSIX or Windows) or a `$VAR`. */
function isAbsolutePath(path) {
	return path.startsWith("/") || path.startsWith("$") || path.startsWith("\\") || /^[A-Za-z]:/.test(path);
}
/**
* Each instruction in file order, with whether a WORKDIR came before it: any WORKDIR in a stage its stage is built on
* (`FROM base`), or one earlier in its own stage that `sets` counts. Until then relative paths follow the base image.
*/
function* withWorkdirBefore(model, sets = (instruction) => instruction.keyword === "WORKDIR") {
	const workdirInChain = holdsInChain((link) => link.instructions.some((instruction) => instruction.keyword === "WORKDIR"));
	let stageIndex = -2;
	let workdirSet = false;
	for (const instruction of model.instructions) {
		if (instruction.stageIndex !== stageIndex) {
			stageIndex = instruction.stageIndex;
			const base = model.stages[stageIndex]?.baseStage;
			workdirSet = !!base && base.index !== stageIndex && workdirInChain(base);
		}
		yield {
			instruction,
			workdirBefore: workdirSet
		};
		if (sets(instruction)) workdirSet = true;
	}
}
var DEFAULT_PATH;
var init_paths = __esmMin((() => {
	init_wrappers();
	init_flags();
	init_stages();
	init_variables();
	DEFAULT_PATH = [
		"/usr/local/sbin",
		"/usr/local/bin",
		"/usr/sbin",
		"/usr/bin",
		"/sbin",
		"/bin"
	];
}));
// src/checker/rules/absolute-workdir.ts
init_paths();
var absolute_workdir_default = defineRule({
	meta: {
		id: "absolute-workdir",
		aliases: {
			hadolint: ["DL3000"],
			buildkit: ["WorkdirRelativePath"],
			trivy: ["DS-0009"]
		},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Use an absolute WORKDIR",
			"pt-BR": "Use um WORKDIR absoluto"
		},
		description: {
			en: "A relative WORKDIR is resolved against whatever directory the base image left, so it changes meaning when the base image changes. An absolute path says exactly where files go. Only the first WORKDIR of a stage (and of the stages it is built on) is checked: later relative ones build on it.",
			"pt-BR": "Um WORKDIR relativo é resolvido a partir do diretório que a imagem base deixou, então muda de significado quando a imagem base muda. Um caminho absoluto diz exatamente para onde os arquivos vão. Só o primeiro WORKDIR do estágio (e dos estágios em que ele se baseia) é verificado: os relativos seguintes partem dele."
		},
		examples: {
			bad: "WORKDIR app",
			good: "WORKDIR /app"
		},
		messages: { relative: {
			en: "WORKDIR \"{path}\" is relative: use an absolute path such as \"/{path}\".",
			"pt-BR": "O WORKDIR \"{path}\" é relativo: use um caminho absoluto, como \"/{path}\"."
		} }
	},
	check(model, report) {
		const setsWorkdir = (instruction) => instruction.keyword === "WORKDIR" && instruction.args.length > 0;
		for (const { instruction, workdirBefore } of withWorkdirBefore(model, setsWorkdir)) {
			const word = setsWorkdir(instruction) ? instruction.args[0] : null;
			if (word && !workdirBefore && !isAbsolutePath(word.value)) report({
				messageId: "relative",
				data: { path: word.value },
				range: word.range
			});
		}
	}
});
// src/checker/query/command-values.ts
/** The value of an environment variable the command sees: its assignments, the script's exports, then ARG/ENV. */
function variableFor(call, name) {
	const own = call.assignments.get(name);
	if (own !== void 0) return own;
	if (call.clearsEnvironment) return null;
	const shell = call.shellVariables.get(name);
	if (shell) return shell.exported ? shell.value : call.buildVariables ? call.instruction.variables.get(name) ?? null : null;
	return call.buildVariables ? call.instruction.variables.get(name) ?? null : null;
}
/** A word's value with `$VAR` expanded as the shell would (the script's variables, then ARG/ENV). */
function expandWord(call, word) {
	if (!word.hasExpansion) return word.value;
	return expand(word.value, (name) => call.shellVariables.has(name) ? call.shellVariables.get(name).value : call.buildVariables ? call.instruction.variables.get(name) : void 0);
}
/** The arguments' values with `$VAR` expanded (`go build -o $OUT` → `go build -o /out/app`). */
function argValues(call) {
	let values = argValuesCache.get(call);
	if (!values) {
		values = call.args.map((word) => expandWord(call, word));
		argValuesCache.set(call, values);
	}
	return values;
}
var argValuesCache;
var init_command_values = __esmMin((() => {
	init_variables();
	argValuesCache = /* @__PURE__ */ new WeakMap();
}));
// src/checker/query/options.ts
/** Whether an option is present: `-y`, combined `-qy`, `--yes`, `--assume-yes=true`. */
function hasOption(args, spec) {
	for (const arg of args) {
		const value = valueOf(arg);
		if (value === "--") return false;
		if (value.startsWith("--")) {
			const name = value.slice(2).split("=")[0];
			if (spec.long?.includes(name)) return true;
		} else if (spec.short && /^-[A-Za-z]+$/.test(value) && value.includes(spec.short)) return true;
	}
	return false;
}
/** Positional arguments (not options), skipping the values of options listed in `takesValue`. */
function positionals(args, takesValue = []) {
	const hasValue = (option) => "has" in takesValue ? takesValue.has(option) : takesValue.includes(option);
	const result = [];
	for (let i = 0; i < args.length; i++) {
		const value = valueOf(args[i]);
		if (value === "--") return result.concat(args.slice(i + 1));
		if (value.startsWith("-") && value.length > 1) {
			if (hasValue(value)) i++;
			continue;
		}
		result.push(args[i]);
	}
	return result;
}
var valueOf;
var init_options = __esmMin((() => {
	valueOf = (arg) => typeof arg === "string" ? arg : arg.value;
}));
// src/checker/query/commands.ts
/** The commands an instruction runs, in order, nested `sh -c` scripts included (computed once per instruction). */
function callsOf(instruction) {
	let calls = callsCache.get(instruction);
	if (!calls) {
		calls = [];
		readCalls(instruction.exec ? [instruction.exec] : instruction.shell?.commands ?? [], instruction, {
			variables: NO_SHELL_VARIABLES,
			buildVariables: true,
			directory: null
		}, calls);
		callsCache.set(instruction, calls);
	}
	return calls;
}
/**
* The first program of `tools` an instruction runs, by name, with where it is written: the exec form's program
* (`["/usr/bin/curl", …]` → curl) or a command of its shell form.
*/
function toolCalled(instruction, tools) {
	if (instruction.json) {
		const tool = (instruction.json[0] ?? "").split("/").pop() ?? "";
		return tools.has(tool) ? {
			tool,
			range: instruction.argsRange ?? instruction.keywordRange
		} : null;
	}
	const call = callsOf(instruction).find((candidate) => tools.has(candidate.name));
	return call ? {
		tool: call.name,
		range: call.nameWord.range
	} : null;
}
/** The commands of the RUN instructions among these, in order (a stage's own, or its whole chain's). */
function callsOfRuns(instructions) {
	return instructions.filter((instruction) => instruction.keyword === "RUN").flatMap(callsOf);
}
/**
* Only the calls that run in every build that succeeds: what "was it cleaned / created?" checks may count.
* "Is it installed / used?" checks keep all calls.
*/
function surelyRun(calls) {
	return calls.filter((call) => !call.mayNotRun);
}
function readCalls(commands, instruction, start, calls) {
	const { buildVariables } = start;
	let variables = start.variables;
	let directory = start.directory;
	for (const command of commands) {
		const current = variables;
		const lookup = (name) => current.has(name) ? current.get(name).value : buildVariables ? instruction.variables.get(name) : void 0;
		const isExported = (name) => current.get(name)?.exported ?? (buildVariables && instruction.variables.has(name));
		if (command.words.length > 0) {
			const wrapped = commandStart(command.words);
			const nameWord = command.words[wrapped.index];
			const assignments = /* @__PURE__ */ new Map();
			for (const word of [...command.assignments, ...wrapped.assignments]) {
				const assignment = assignmentOf(word);
				if (assignment) assignments.set(assignment.name, word.hasExpansion ? expand(assignment.value, lookup) : assignment.value);
			}
			const call = {
				name: baseName$3(nameWord.value),
				nameWord,
				args: command.words.slice(wrapped.index + 1),
				command,
				instruction,
				assignments,
				shellVariables: current,
				buildVariables,
				clearsEnvironment: wrapped.clearsEnvironment,
				mayNotRun: command.mayNotRun,
				directory
			};
			calls.push(call);
			if (command.script) readCalls(command.script.commands, instruction, {
				variables: environmentOf(call),
				buildVariables: buildVariables && !call.clearsEnvironment,
				directory
			}, calls);
			if (call.name === "cd" && wrapped.index === 0) directory = directoryAfterCd(directory, call.args.map((word) => word.hasExpansion ? expand(word.value, lookup) : word.value));
		}
		variables = variablesAfter(current, command.words, command.assignments, lookup, isExported);
	}
}
/** `cd DIR` joined onto where the script already is (`cd` alone goes to root's home; `cd -` is not followed). */
function directoryAfterCd(directory, args) {
	const target = args.find((arg) => !arg.startsWith("-") || arg === "-") ?? "/root";
	if (target === "-") return directory;
	if (target.startsWith("/") || directory === null) return target;
	return `${directory}/${target}`;
}
/**
* What a nested `sh -c` script starts with: the command's own assignments, and the script's variables (only the
* exported ones reach its environment, but a double-quoted script has the others expanded by the outer shell).
*/
function environmentOf(call) {
	const environment = /* @__PURE__ */ new Map();
	if (!call.clearsEnvironment) for (const [name, variable] of call.shellVariables) environment.set(name, variable);
	for (const [name, value] of call.assignments) environment.set(name, {
		value,
		exported: true
	});
	return environment;
}
/** Inserts arguments right after a word (`, "-y"` in exec form): an edit usable as a fix. */
function insertAfter(word, text) {
	const insert = word.json ? text.trim().split(/\s+/).map((arg) => `, ${JSON.stringify(arg)}`).join("") : text;
	return {
		line: word.range.endLine,
		column: word.range.endColumn,
		endLine: word.range.endLine,
		endColumn: word.range.endColumn,
		text: insert
	};
}
/** Replaces a word (with a JSON string in exec form). */
function replaceWord(word, text) {
	return {
		...word.range,
		text: word.json ? JSON.stringify(text) : text
	};
}
var callsCache;
var init_commands = __esmMin((() => {
	init_wrappers();
	init_variables();
	init_command_values();
	init_stages();
	init_options();
	callsCache = /* @__PURE__ */ new WeakMap();
}));
// src/checker/query/package-managers.ts
/** The package manager a command belongs to (`apt-get`, `apt`, `aptitude` → apt; `dnf5` → dnf), or null. */
function managerOf(call) {
	return MANAGER_BY_COMMAND.get(call.name) ?? null;
}
function valueOptionsOf(call) {
	const manager = managerOf(call);
	return manager ? MANAGERS[manager].valueOptions : MANAGERS.yum.valueOptions;
}
/** The subcommand of a package manager call (`apt-get -q install x` → `install`), or null. */
function subcommandOf(call) {
	let cached = subcommandCache.get(call);
	if (cached === void 0) {
		cached = findSubcommand(call);
		subcommandCache.set(call, cached);
	}
	return cached;
}
function findSubcommand(call) {
	const words = positionals(call.args, valueOptionsOf(call));
	if (words.length === 0) return null;
	const index = call.args.indexOf(words[0]);
	return {
		word: words[0],
		rest: call.args.slice(index + 1)
	};
}
/** What a package-manager call does, as its subcommand (`group install` for the two-word ones), or null. */
function actionOf(call) {
	const sub = subcommandOf(call);
	if (!sub) return null;
	if (!TWO_WORD_SUBCOMMANDS.has(sub.word.value)) return sub.word.value;
	const [second] = positionals(sub.rest, valueOptionsOf(call));
	return second ? `${sub.word.value} ${second.value}` : sub.word.value;
}
/** Whether a call downloads and installs or upgrades packages (`apt-get install`, `apk add`, `dnf up`, `zypper in` …). */
function installsPackages(call) {
	const manager = managerOf(call);
	return manager !== null && MANAGERS[manager].install.has(actionOf(call) ?? "");
}
/** Whether a call downloads the package index without installing anything (`apt-get update`, `apk update`, `zypper refresh`, `dnf makecache`). */
function refreshesIndex(call) {
	const manager = managerOf(call);
	return manager !== null && MANAGERS[manager].refresh.has(actionOf(call) ?? "");
}
/** Whether a call upgrades every installed package (`yum update`, `dnf upgrade`, `zypper up` without package names). */
function upgradesAll(call) {
	const manager = managerOf(call);
	return manager !== null && MANAGERS[manager].upgradeAll.has(actionOf(call) ?? "") && packagesOf(call).length === 0;
}
/** Package names given to an install/remove subcommand. */
function packagesOf(call) {
	const sub = subcommandOf(call);
	if (!sub) return [];
	const words = positionals(sub.rest, valueOptionsOf(call));
	return TWO_WORD_SUBCOMMANDS.has(sub.word.value) ? words.slice(1) : words;
}
function isAptInstall(call) {
	return (call.name === "apt-get" || call.name === "apt") && subcommandOf(call)?.word.value === "install";
}
/** Strips a version or architecture from a package name (`curl=7.88*` → `curl`). */
function packageName(value) {
	return value.split(/[=:<>]/)[0];
}
var RPM_VALUE_OPTIONS, MANAGERS, MANAGER_BY_COMMAND, TWO_WORD_SUBCOMMANDS, subcommandCache;
var init_package_managers = __esmMin((() => {
	init_commands();
	RPM_VALUE_OPTIONS = [
		"-c",
		"-d",
		"-e",
		"-x",
		"--config",
		"--exclude",
		"--enablerepo",
		"--disablerepo",
		"--setopt",
		"--installroot",
		"--releasever",
		"--repo",
		"--repoid",
		"--forcearch",
		"--disableplugin",
		"--enableplugin",
		"--debuglevel",
		"--errorlevel",
		"--rpmverbosity",
		"--downloaddir",
		"--destdir",
		"--comment"
	];
	MANAGERS = {
		apt: {
			commands: [
				"apt-get",
				"apt",
				"aptitude"
			],
			valueOptions: /* @__PURE__ */ new Set([
				"-o",
				"-c",
				"-t",
				"--option",
				"--config-file",
				"--target-release",
				"--default-release"
			]),
			install: /* @__PURE__ */ new Set([
				"install",
				"reinstall",
				"build-dep",
				"upgrade",
				"dist-upgrade",
				"full-upgrade",
				"safe-upgrade"
			]),
			refresh: /* @__PURE__ */ new Set(["update"]),
			upgradeAll: /* @__PURE__ */ new Set()
		},
		apk: {
			commands: ["apk"],
			valueOptions: /* @__PURE__ */ new Set([
				"-X",
				"--repository",
				"-p",
				"--root",
				"--arch",
				"--cache-dir",
				"--keys-dir",
				"--repositories-file",
				"-t",
				"--virtual",
				"--timeout",
				"--wait"
			]),
			install: /* @__PURE__ */ new Set([
				"add",
				"upgrade",
				"fix"
			]),
			refresh: /* @__PURE__ */ new Set(["update"]),
			upgradeAll: /* @__PURE__ */ new Set()
		},
		dnf: {
			commands: [
				"dnf",
				"dnf5",
				"dnf-3"
			],
			valueOptions: new Set(RPM_VALUE_OPTIONS),
			install: /* @__PURE__ */ new Set([
				"install",
				"in",
				"reinstall",
				"rei",
				"localinstall",
				"groupinstall",
				"groupupdate",
				"upgrade",
				"up",
				"update",
				"upgrade-minimal",
				"up-min",
				"update-minimal",
				"distro-sync",
				"distrosync",
				"dsync",
				"downgrade",
				"dg",
				"swap",
				"group install",
				"group upgrade",
				"groups install",
				"module install",
				"module update"
			]),
			refresh: /* @__PURE__ */ new Set(["makecache", "mc"]),
			upgradeAll: /* @__PURE__ */ new Set([
				"update",
				"up",
				"upgrade",
				"upgrade-minimal",
				"up-min",
				"update-minimal",
				"distro-sync",
				"dsync"
			])
		},
		microdnf: {
			commands: ["microdnf"],
			valueOptions: new Set(RPM_VALUE_OPTIONS),
			install: /* @__PURE__ */ new Set([
				"install",
				"reinstall",
				"upgrade",
				"update",
				"distro-sync",
				"downgrade",
				"swap",
				"module install"
			]),
			refresh: /* @__PURE__ */ new Set(["makecache"]),
			upgradeAll: /* @__PURE__ */ new Set([
				"update",
				"upgrade",
				"distro-sync"
			])
		},
		yum: {
			commands: ["yum"],
			valueOptions: new Set(RPM_VALUE_OPTIONS),
			install: /* @__PURE__ */ new Set([
				"install",
				"localinstall",
				"groupinstall",
				"groupupdate",
				"reinstall",
				"update",
				"upgrade",
				"update-minimal",
				"upgrade-minimal",
				"downgrade",
				"distro-sync",
				"swap",
				"group install",
				"groups install",
				"group update"
			]),
			refresh: /* @__PURE__ */ new Set(["makecache"]),
			upgradeAll: /* @__PURE__ */ new Set([
				"update",
				"upgrade",
				"update-minimal",
				"upgrade-minimal",
				"distro-sync"
			])
		},
		zypper: {
			commands: ["zypper"],
			valueOptions: /* @__PURE__ */ new Set([
				"-c",
				"--config",
				"-R",
				"--root",
				"-D",
				"--reposd-dir",
				"-C",
				"--cache-dir",
				"--raw-cache-dir",
				"--solv-cache-dir",
				"--pkg-cache-dir",
				"-r",
				"--repo",
				"--from"
			]),
			install: /* @__PURE__ */ new Set([
				"install",
				"in",
				"update",
				"up",
				"dist-upgrade",
				"dup",
				"patch",
				"source-install",
				"si",
				"install-new-recommends",
				"inr"
			]),
			refresh: /* @__PURE__ */ new Set(["refresh", "ref"]),
			upgradeAll: /* @__PURE__ */ new Set([
				"update",
				"up",
				"dist-upgrade",
				"dup",
				"patch"
			])
		}
	};
	MANAGER_BY_COMMAND = new Map(Object.keys(MANAGERS).flatMap((manager) => MANAGERS[manager].commands.map((command) => [command, manager])));
	TWO_WORD_SUBCOMMANDS = /* @__PURE__ */ new Set([
		"group",
		"groups",
		"module"
	]);
	subcommandCache = /* @__PURE__ */ new WeakMap();
}));
// src/checker/query/run-instructions.ts
/**
* Every RUN, shell or exec form, including the RUN triggers of ONBUILD, which run in the builds of child images:
* like hadolint, rules about how a command is written check triggers too (computed once per model).
*/
function runInstructions(model) {
	let cached = runInstructionsCache.get(model);
	if (!cached) {
		cached = [];
		for (const instruction of model.instructions) {
			if (instruction.keyword === "RUN" && runsSomething(instruction)) cached.push({
				run: instruction,
				host: instruction
			});
			const trigger = instruction.keyword === "ONBUILD" ? instruction.trigger : null;
			if (trigger?.keyword === "RUN" && runsSomething(trigger)) cached.push({
				run: trigger,
				host: instruction
			});
		}
		runInstructionsCache.set(model, cached);
	}
	return cached;
}
/** Every command those RUNs run, in order, with wrappers unwrapped and `sh -c` scripts read (computed once per model). */
function runCommands(model) {
	let cached = runCommandsCache.get(model);
	if (!cached) {
		cached = runInstructions(model).flatMap(({ run, host }) => callsOf(run).map((call) => ({
			instruction: run,
			host,
			stage: model.stages[host.stageIndex] ?? null,
			call,
			onbuild: host === run ? null : host
		})));
		runCommandsCache.set(model, cached);
	}
	return cached;
}
function runsSomething(instruction) {
	return instruction.shell !== null || instruction.exec !== null;
}
var runInstructionsCache, runCommandsCache;
var init_run_instructions = __esmMin((() => {
	init_commands();
	runInstructionsCache = /* @__PURE__ */ new WeakMap();
	runCommandsCache = /* @__PURE__ */ new WeakMap();
}));
// src/checker/query/cache-cleanup.ts
/** A path as written in `rm` or `--mount`, without quotes, trailing `/`, `/*` or `/.`, and with `$HOME` spelt `~`. */
function normalizePath(path) {
	let result = path.replace(/^["']|["']$/g, "");
	for (const prefix of HOME_PREFIXES) result = result.replace(prefix, "~");
	for (let previous = ""; previous !== result;) {
		previous = result;
		result = result.replace(/\/\*$|\/\.$|\/+$/, "");
	}
	return result;
}
/** Whether a path is the directory or a directory that contains it (`/var/cache` covers /var/cache/apk). */
function pathCovers(path, dir) {
	const written = normalizePath(path);
	if (written === "") return false;
	if (!dir.startsWith("~/")) return dir === written || dir.startsWith(`${written}/`);
	const inHome = dir.slice(1);
	if (written.endsWith(inHome)) return true;
	const home = HOME_DIR.exec(written);
	if (!home) return false;
	const rest = written.slice(home[0].length);
	return inHome === rest || inHome.startsWith(`${rest}/`);
}
/** `rm <dir>…` (or a directory above it, or `<dir>/*`) of one of the cache directories. */
function removesPath(call, dirs) {
	return call.name === "rm" && call.args.some((word) => !word.value.startsWith("-") && dirs.some((dir) => pathCovers(word.value, dir)));
}
/** Targets of the `--mount=type=cache` and `--mount=type=tmpfs` of a RUN: what is written there never reaches the layer. */
function scratchMountTargets(run) {
	const targets = [];
	for (const flag of run.flags) {
		if (flag.name !== "mount" || !flag.value) continue;
		const options = new Map(flag.value.split(",").map((option) => {
			const equals = option.indexOf("=");
			return equals === -1 ? [option.trim(), ""] : [option.slice(0, equals).trim(), option.slice(equals + 1).trim()];
		}));
		const type = options.get("type");
		const target = options.get("target") ?? options.get("dst") ?? options.get("destination");
		if ((type === "cache" || type === "tmpfs") && target) targets.push(target);
	}
	return targets;
}
/** Whether a RUN mounts a cache or tmpfs over one of these directories (or a directory above it). */
function mountsOver(run, dirs) {
	return scratchMountTargets(run).some((target) => dirs.some((dir) => pathCovers(target, dir)));
}
/**
* The first call that writes the cache and is not followed by a cleanup: cleaning before installing does
* not help, so only a cleanup after the last write counts.
*/
function uncleanedWrite(calls, writes, cleans) {
	let pending = null;
	for (const call of calls) if (writes(call)) pending ??= call;
	else if (pending && cleanupRunsAfter(pending, call) && cleans(call)) pending = null;
	return pending;
}
/**
* A cleanup that may not run (`true || rm …`, inside `if false`) leaves the cache behind, unless the write may not
* run either: `if …; then yum install … && yum clean all; fi` cleans whenever it installs.
*/
function cleanupRunsAfter(write, cleanup) {
	return !cleanup.mayNotRun || write.mayNotRun;
}
/** Whether a cleanup that runs whenever the call at `index` runs comes after it. */
function cleanedAfter(calls, index, cleans) {
	return calls.slice(index + 1).some((call) => cleanupRunsAfter(calls[index], call) && cleans(call));
}
/** `<manager> clean all` (`yum clean -y all` too); `clean packages` or `clean metadata` alone leave the rest behind. */
function cleansAll(call) {
	const sub = subcommandOf(call);
	return sub?.word.value === "clean" && positionals(sub.rest).some((word) => word.value === "all");
}
/** Reports package installs whose RUN (or ONBUILD RUN) leaves the package manager's cache in the layer. */
function checkCacheCleanup(model, report, spec, messageId = "missingClean") {
	const writes = spec.writes ?? installsPackages;
	for (const { run } of runInstructions(model)) {
		if (mountsOver(run, spec.cacheDirs)) continue;
		const calls = callsOf(run);
		for (const manager of spec.managers) {
			const write = uncleanedWrite(calls, (call) => managerOf(call) === manager && writes(call), (call) => managerOf(call) === manager && spec.cleans(call) || removesPath(call, spec.cacheDirs));
			if (write) report({
				messageId,
				data: { manager: write.name },
				range: write.command.range
			});
		}
	}
}
var HOME_PREFIXES, HOME_DIR;
var init_cache_cleanup = __esmMin((() => {
	init_commands();
	init_package_managers();
	init_run_instructions();
	HOME_PREFIXES = [
		/^~(?=\/|$)/,
		/^\$HOME(?=\/|$)/,
		/^\$\{HOME\}(?=\/|$)/
	];
	HOME_DIR = /^(?:~|\/root|\/home\/[^/]+)(?=\/|$)/;
}));
// src/checker/rules/apk-no-cache.ts
init_commands();
init_cache_cleanup();
init_package_managers();
init_run_instructions();
const CACHE_DIRS$3 = ["/var/cache/apk"];
var apk_no_cache_default = defineRule({
	meta: {
		id: "apk-no-cache",
		aliases: {
			hadolint: ["DL3019"],
			trivy: ["DS-0025"]
		},
		severity: "info",
		fixable: true,
		lesson: "small-images",
		title: {
			en: "Use apk add --no-cache",
			"pt-BR": "Use apk add --no-cache"
		},
		description: {
			en: "Without `--no-cache`, apk stores the package index in /var/cache/apk and it stays in the layer. `apk add --no-cache` fetches a fresh index, installs, and leaves nothing behind; no separate `apk update` is needed (it would write the index again). Otherwise remove /var/cache/apk/* after the last apk command, or mount a cache there.",
			"pt-BR": "Sem `--no-cache`, o apk guarda o índice de pacotes em /var/cache/apk e ele fica na camada. O `apk add --no-cache` baixa um índice novo, instala e não deixa nada para trás; nem precisa de `apk update` separado (ele gravaria o índice de novo). Se não, apague /var/cache/apk/* depois do último comando apk ou monte um cache ali."
		},
		examples: {
			bad: "RUN apk update && apk add curl",
			good: "RUN apk add --no-cache curl"
		},
		messages: {
			missingNoCache: {
				en: "Use \"apk add --no-cache\" so the package index does not stay in the layer.",
				"pt-BR": "Use \"apk add --no-cache\" para o índice de pacotes não ficar na camada."
			},
			indexLeft: {
				en: "\"apk update\" saves the package index in /var/cache/apk, where it stays in the layer; \"apk add --no-cache\" does not need it.",
				"pt-BR": "\"apk update\" salva o índice de pacotes em /var/cache/apk, onde ele fica na camada; o \"apk add --no-cache\" não precisa dele."
			}
		}
	},
	check(model, report) {
		for (const { run } of runInstructions(model)) {
			if (mountsOver(run, CACHE_DIRS$3)) continue;
			const calls = callsOf(run);
			const uncleaned = calls.filter((call, index) => managerOf(call) === "apk" && !cleanedAfter(calls, index, (later) => removesPath(later, CACHE_DIRS$3)));
			const keepsIndex = (call) => !call.args.some((word) => word.value === "--no-cache" || word.value === "--no-network");
			const addsWithCache = uncleaned.filter((call) => subcommandOf(call)?.word.value === "add" && keepsIndex(call));
			for (const call of addsWithCache) report({
				messageId: "missingNoCache",
				range: call.command.range,
				fix: [insertAfter(subcommandOf(call).word, " --no-cache")]
			});
			if (addsWithCache.length === 0) for (const call of uncleaned.filter((call) => refreshesIndex(call) && keepsIndex(call))) report({
				messageId: "indexLeft",
				range: call.command.range
			});
		}
	}
});
// src/checker/query/apt-answers.ts
/** `-qq`, `-q -q`, `-q=2`, `--quiet --quiet`: apt-get's quiet level 2 implies -y (apt-get(8)). */
function quietLevel(args) {
	let level = 0;
	for (const value of args) {
		if (value === "--") break;
		const numeric = /^(?:-q|--quiet)=(\d+)$/.exec(value);
		if (numeric) level += Number(numeric[1]);
		else if (value === "--quiet") level++;
		else if (/^-[A-Za-z]+$/.test(value)) level += value.split("q").length - 1;
	}
	return level;
}
/** Whether an apt-get/apt call answers its own "Do you want to continue? [Y/n]": -y, -qq, Assume-Yes, or a simulation. */
function aptAssumesYes(call) {
	const args = argValues(call);
	return hasOption(args, {
		short: "y",
		long: ["yes", "assume-yes"]
	}) || hasOption(args, {
		short: "s",
		long: [
			"simulate",
			"just-print",
			"dry-run",
			"recon",
			"no-act"
		]
	}) || quietLevel(args) >= 2 || args.some((value) => /^APT::Get::Assume-Yes=(?:1|true|yes)$/i.test(value));
}
/** `yes | apt-get install …`: the command reads its answers from `yes`. */
function pipedFromYes(call) {
	const commands = call.instruction.shell?.commands ?? [];
	const previous = commands[commands.indexOf(call.command) - 1];
	return previous !== void 0 && previous.name === "yes" && previous.pipesInto;
}
var init_apt_answers = __esmMin((() => {
	init_command_values();
	init_options();
}));
// src/checker/rules/apt-assume-yes.ts
init_apt_answers();
init_commands();
init_run_instructions();
init_package_managers();
/** apt-get and apt subcommands that ask "Do you want to continue? [Y/n]" before changing packages. */
const ASKS = /* @__PURE__ */ new Set([
	"install",
	"reinstall",
	"remove",
	"purge",
	"autoremove",
	"autopurge",
	"upgrade",
	"dist-upgrade",
	"full-upgrade",
	"build-dep"
]);
var apt_assume_yes_default = defineRule({
	meta: {
		id: "apt-assume-yes",
		aliases: {
			hadolint: ["DL3014"],
			trivy: ["DS-0021"]
		},
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Answer yes to apt-get",
			"pt-BR": "Responda sim ao apt-get"
		},
		description: {
			en: "A build has no one to answer \"Do you want to continue? [Y/n]\", so apt-get install (or upgrade, remove…) without `-y` aborts as soon as it needs confirmation. Pass `-y` (`-qq` implies it) so the command runs unattended.",
			"pt-BR": "No build não há ninguém para responder \"Deseja continuar? [S/n]\", então um apt-get install (ou upgrade, remove…) sem `-y` aborta assim que precisa de confirmação. Passe `-y` (o `-qq` já o inclui) para o comando rodar sozinho."
		},
		examples: {
			bad: "RUN apt-get install curl",
			good: "RUN apt-get install -y curl"
		},
		messages: { missingYes: {
			en: "\"{command}\" without -y waits for a confirmation no one can give during a build.",
			"pt-BR": "\"{command}\" sem -y espera uma confirmação que ninguém pode dar durante o build."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (call.name !== "apt-get" && call.name !== "apt") continue;
			const sub = subcommandOf(call);
			if (!sub || !ASKS.has(sub.word.value) || aptAssumesYes(call)) continue;
			report({
				messageId: "missingYes",
				data: { command: `${call.name} ${sub.word.value}` },
				range: call.command.range,
				fix: [insertAfter(sub.word, " -y")]
			});
		}
	}
});
// src/checker/rules/apt-clean-lists.ts
init_commands();
init_cache_cleanup();
init_package_managers();
init_run_instructions();
init_stages();
const LISTS = ["/var/lib/apt/lists"];
const ARCHIVES = ["/var/cache/apt/archives"];
/** Debian and Ubuntu images delete downloaded .deb files through this apt hook; removing it keeps them. */
const DOCKER_CLEAN = ["/etc/apt/apt.conf.d/docker-clean"];
const isApt = (call) => managerOf(call) === "apt";
/** `apt-get dist-clean` (apt 2.7+) removes the lists too. */
const cleansLists = (call) => removesPath(call, LISTS) || isApt(call) && subcommandOf(call)?.word.value === "dist-clean";
const cleansArchives = (call) => removesPath(call, ARCHIVES) || isApt(call) && ["clean", "dist-clean"].includes(subcommandOf(call)?.word.value ?? "");
/** `apt` (not apt-get) deletes what it downloaded unless Keep-Downloaded-Packages is set. */
const keepsDownloads = (call) => call.args.some((word) => /Keep-Downloaded-Packages\W*(?:true|1|yes)\b/i.test(word.value));
const NO_CHANGES = {
	dockerCleanRemoved: false,
	keepsDownloads: false
};
const merge = (a, b) => b ? {
	dockerCleanRemoved: a.dockerCleanRemoved || b.dockerCleanRemoved,
	keepsDownloads: a.keepsDownloads || b.keepsDownloads
} : a;
var apt_clean_lists_default = defineRule({
	meta: {
		id: "apt-clean-lists",
		aliases: { hadolint: ["DL3009"] },
		severity: "info",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Delete the apt lists after installing",
			"pt-BR": "Apague as listas do apt depois de instalar"
		},
		description: {
			en: "`apt-get update` downloads package lists into /var/lib/apt/lists (tens of MB). Remove them with `rm -rf /var/lib/apt/lists/*` at the end of the same RUN, or mount a cache there; a later RUN cannot shrink a layer that is already written. Where /etc/apt/apt.conf.d/docker-clean was removed (to use cache mounts), the downloaded .deb files stay in /var/cache/apt too: mount a cache there as well, or run `apt-get clean`. Stages that do not end up in the image are not reported.",
			"pt-BR": "O `apt-get update` baixa as listas de pacotes para /var/lib/apt/lists (dezenas de MB). Apague com `rm -rf /var/lib/apt/lists/*` no fim do mesmo RUN ou monte um cache ali; um RUN posterior não consegue diminuir uma camada que já foi gravada. Onde o /etc/apt/apt.conf.d/docker-clean foi removido (para usar cache mounts), os .deb baixados também ficam em /var/cache/apt: monte um cache ali também ou rode `apt-get clean`. Estágios que não chegam à imagem não são apontados."
		},
		examples: {
			bad: "RUN apt-get update && apt-get install -y --no-install-recommends curl",
			good: "RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*"
		},
		messages: {
			missingCleanup: {
				en: "Remove /var/lib/apt/lists/* at the end of the RUN that runs apt-get update, to keep the lists out of the image.",
				"pt-BR": "Remova /var/lib/apt/lists/* no fim do RUN que roda o apt-get update, para as listas não irem para a imagem."
			},
			archivesKept: {
				en: "docker-clean was removed, so the .deb files this install downloads stay in /var/cache/apt: mount a cache there too, or run apt-get clean after it.",
				"pt-BR": "O docker-clean foi removido, então os .deb que esta instalação baixa ficam em /var/cache/apt: monte um cache ali também ou rode apt-get clean depois dela."
			}
		}
	},
	check(model, report) {
		const shipped = shippedStages(model);
		const byRuns = /* @__PURE__ */ new Map();
		const byTriggers = /* @__PURE__ */ new Map();
		const inheritedSetup = foldInChain((link) => byRuns.get(link) ?? NO_CHANGES, merge, NO_CHANGES);
		for (const { run, host } of runInstructions(model)) {
			const stage = model.stages[host.stageIndex] ?? null;
			const trigger = run !== host;
			const setup = [byRuns.get(stage), stage?.baseStage ? inheritedSetup(stage.baseStage) : void 0].concat(trigger ? [byTriggers.get(stage)] : []).reduce(merge, NO_CHANGES);
			const calls = callsOf(run);
			const keepingArchives = /* @__PURE__ */ new Set();
			let current = setup;
			for (const call of calls) {
				current = merge(current, {
					dockerCleanRemoved: removesPath(call, DOCKER_CLEAN),
					keepsDownloads: keepsDownloads(call)
				});
				if (isApt(call) && installsPackages(call) && current.dockerCleanRemoved && (call.name !== "apt" || current.keepsDownloads)) keepingArchives.add(call);
			}
			(trigger ? byTriggers : byRuns).set(stage, merge((trigger ? byTriggers : byRuns).get(stage) ?? NO_CHANGES, current));
			if (!trigger && stage && !shipped.has(stage)) continue;
			const update = mountsOver(run, LISTS) ? null : uncleanedWrite(calls, (call) => isApt(call) && refreshesIndex(call), cleansLists);
			if (update) report({
				messageId: "missingCleanup",
				range: update.command.range
			});
			const install = mountsOver(run, ARCHIVES) ? null : uncleanedWrite(calls, (call) => keepingArchives.has(call), cleansArchives);
			if (install) report({
				messageId: "archivesKept",
				range: install.command.range
			});
		}
	}
});
// src/checker/rules/apt-dist-upgrade.ts
init_run_instructions();
init_package_managers();
var apt_dist_upgrade_default = defineRule({
	meta: {
		id: "apt-dist-upgrade",
		aliases: { trivy: ["DS-0024"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Avoid apt-get dist-upgrade",
			"pt-BR": "Evite apt-get dist-upgrade"
		},
		description: {
			en: "`dist-upgrade` may install or remove packages to move the system forward, changing the base image under you in ways its maintainers did not test. Prefer a newer base image tag; `apt-get upgrade` is enough for security fixes.",
			"pt-BR": "O `dist-upgrade` pode instalar ou remover pacotes para avançar o sistema, mudando a imagem base de um jeito que quem a mantém não testou. Prefira uma tag mais nova da imagem base; para correções de segurança, `apt-get upgrade` basta."
		},
		examples: {
			bad: "RUN apt-get update && apt-get dist-upgrade -y",
			good: "FROM debian:12.8-slim"
		},
		messages: { distUpgrade: {
			en: "Avoid \"{command}\": use a newer base image instead.",
			"pt-BR": "Evite \"{command}\": use uma imagem base mais nova."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (call.name !== "apt-get" && call.name !== "apt") continue;
			const sub = subcommandOf(call);
			if (sub && (sub.word.value === "dist-upgrade" || sub.word.value === "full-upgrade")) report({
				messageId: "distUpgrade",
				data: { command: `${call.name} ${sub.word.value}` },
				range: call.command.range
			});
		}
	}
});
// src/checker/rules/apt-get-update-alone.ts
init_commands();
init_package_managers();
init_run_instructions();
/** `apt-get update`, `apk update`, `zypper refresh`, or an rpm manager's upgrade of everything (`yum update`, `dnf up`). */
function isUpdate(call) {
	const manager = managerOf(call);
	return refreshesIndex(call) || manager !== null && manager !== "apt" && manager !== "apk" && upgradesAll(call);
}
var apt_get_update_alone_default = defineRule({
	meta: {
		id: "apt-get-update-alone",
		aliases: { trivy: ["DS-0017"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Update and install in the same RUN",
			"pt-BR": "Atualize e instale no mesmo RUN"
		},
		description: {
			en: "A RUN with only `apt-get update` (or `apk update`, `zypper refresh`, `dnf makecache`) is cached on its own: later builds reuse the old package lists while a changed install line asks for versions that no longer exist. A RUN that only upgrades everything (`yum update`, `dnf upgrade`, `zypper up`) is cached the same way: rebuilds keep the upgrades of the first build. Run update and install together in one RUN, in that order, so they are always cached together.",
			"pt-BR": "Um RUN só com `apt-get update` (ou `apk update`, `zypper refresh`, `dnf makecache`) entra no cache sozinho: builds seguintes reaproveitam as listas antigas enquanto uma linha de instalação alterada pede versões que já não existem. Um RUN que só atualiza tudo (`yum update`, `dnf upgrade`, `zypper up`) entra no cache do mesmo jeito: os rebuilds mantêm as atualizações do primeiro build. Rode update e install juntos num único RUN, nessa ordem, para o cache valer para os dois."
		},
		examples: {
			bad: "RUN apt-get update\nRUN apt-get install -y curl",
			good: "RUN apt-get update && apt-get install -y curl"
		},
		messages: {
			updateAlone: {
				en: "\"{command}\" is in a RUN without an install after it: the cached package lists go stale.",
				"pt-BR": "\"{command}\" está num RUN sem instalação depois dele: as listas de pacotes em cache ficam velhas."
			},
			upgradeAlone: {
				en: "\"{command}\" in a RUN of its own is cached like any layer: rebuilds keep the upgrades of the first build, and a changed install step does not refresh them. Upgrade in the RUN that installs, or use a newer base image.",
				"pt-BR": "\"{command}\" num RUN só dele entra no cache como qualquer camada: os rebuilds mantêm as atualizações do primeiro build, e uma instalação alterada não as renova. Atualize no RUN que instala ou use uma imagem base mais nova."
			}
		}
	},
	check(model, report) {
		for (const { run } of runInstructions(model)) {
			const calls = callsOf(run);
			const alone = calls.filter((update, index) => isUpdate(update) && !calls.slice(index + 1).some((call) => managerOf(call) === managerOf(update) && installsPackages(call) && !isUpdate(call)));
			const update = alone[alone.length - 1];
			if (!update) continue;
			report({
				messageId: refreshesIndex(update) ? "updateAlone" : "upgradeAlone",
				data: { command: `${update.name} ${actionOf(update)}` },
				range: update.command.range
			});
		}
	}
});
// src/checker/rules/apt-no-install-recommends.ts
init_commands();
init_run_instructions();
init_package_managers();
var apt_no_install_recommends_default = defineRule({
	meta: {
		id: "apt-no-install-recommends",
		aliases: {
			hadolint: ["DL3015"],
			trivy: ["DS-0029"]
		},
		severity: "info",
		fixable: true,
		lesson: "small-images",
		title: {
			en: "Skip recommended packages",
			"pt-BR": "Não instale os pacotes recomendados"
		},
		description: {
			en: "By default apt-get also installs \"recommended\" packages, which often doubles what lands in the layer without the image needing it. `--no-install-recommends` installs only what you asked for and its real dependencies.",
			"pt-BR": "Por padrão o apt-get também instala os pacotes \"recomendados\", o que muitas vezes dobra o que vai para a camada sem a imagem precisar disso. Com `--no-install-recommends` só entra o que você pediu e as dependências de verdade."
		},
		examples: {
			bad: "RUN apt-get install -y curl",
			good: "RUN apt-get install -y --no-install-recommends curl"
		},
		messages: { missingFlag: {
			en: "Add --no-install-recommends to avoid installing packages the image does not need.",
			"pt-BR": "Adicione --no-install-recommends para não instalar pacotes de que a imagem não precisa."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (!isAptInstall(call)) continue;
			if (call.args.some((word) => word.value === "--no-install-recommends" || /Install-Recommends=(?:false|0|no)/i.test(word.value))) continue;
			const sub = subcommandOf(call);
			report({
				messageId: "missingFlag",
				range: call.command.range,
				fix: [insertAfter(sub.word, " --no-install-recommends")]
			});
		}
	}
});
// src/checker/rules/combine-consecutive-runs.ts
/** Commands a RUN runs: exec form is one, shell form counts every command (pipes and `&&` included). */
function commandCount(run) {
	return run.json ? 1 : run.shell?.commands.length ?? 0;
}
/** `--mount`, `--network`, `--security` as written, order aside: RUNs with different flags cannot be merged as they are. */
function flagsKey(run) {
	return run.flags.map((flag) => `${flag.name}=${flag.value ?? ""}`).sort().join("\n");
}
var combine_consecutive_runs_default = defineRule({
	meta: {
		id: "combine-consecutive-runs",
		aliases: { hadolint: ["DL3059"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Consider joining consecutive RUN instructions",
			"pt-BR": "Considere juntar instruções RUN seguidas"
		},
		description: {
			en: "Every RUN adds a layer and a step to the build cache. Two RUNs in a row that each run a single command with the same flags can often be one RUN joined with `&&`: one layer instead of two, and files created by the first command can be cleaned up by a later one before the layer is saved. Keep them apart when you want the cache to split them, for example a slow download that rarely changes followed by a step that changes often.",
			"pt-BR": "Cada RUN acrescenta uma camada e um passo ao cache de build. Dois RUNs seguidos que rodam um único comando cada, com as mesmas flags, muitas vezes podem virar um RUN só, ligado com `&&`: uma camada em vez de duas, e o que o primeiro comando criar pode ser limpo por um comando seguinte antes de a camada ser gravada. Mantenha separados quando quiser que o cache os divida, por exemplo um download lento que quase nunca muda seguido de um passo que muda sempre."
		},
		examples: {
			bad: "RUN apt-get update\nRUN apt-get install -y --no-install-recommends curl",
			good: "RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl"
		},
		messages: { consecutive: {
			en: "This RUN and the one on line {line} each run one command: consider joining them with && into one layer.",
			"pt-BR": "Este RUN e o da linha {line} rodam um comando cada: considere juntá-los com && numa camada só."
		} }
	},
	check(model, report) {
		let previous = null;
		for (const instruction of model.instructions) {
			const isRun = instruction.keyword === "RUN";
			if (isRun && previous && flagsKey(previous) === flagsKey(instruction) && commandCount(previous) <= 1 && commandCount(instruction) <= 1) report({
				messageId: "consecutive",
				data: { line: previous.range.line },
				range: instruction.keywordRange
			});
			previous = isRun ? instruction : null;
		}
	}
});
// src/checker/rules/consistent-download-tool.ts
init_run_instructions();
var consistent_download_tool_default = defineRule({
	meta: {
		id: "consistent-download-tool",
		aliases: {
			hadolint: ["DL4001"],
			trivy: ["DS-0014"]
		},
		severity: "style",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Use either curl or wget, not both",
			"pt-BR": "Use curl ou wget, não os dois"
		},
		description: {
			en: "Using both curl and wget means both must be installed, which adds packages (and their vulnerabilities) to the image for no gain. Pick one download tool.",
			"pt-BR": "Usar curl e wget ao mesmo tempo obriga a instalar os dois, o que põe pacotes (e suas vulnerabilidades) na imagem sem ganho nenhum. Escolha uma ferramenta de download."
		},
		examples: {
			bad: "RUN wget https://a/x\nRUN curl -fsSLO https://b/y",
			good: "RUN curl -fsSLO https://a/x\nRUN curl -fsSLO https://b/y"
		},
		messages: { both: {
			en: "This stage uses {tool} here and {other} on line {line}: pick one download tool.",
			"pt-BR": "Este estágio usa {tool} aqui e {other} na linha {line}: escolha uma ferramenta de download."
		} }
	},
	check(model, report) {
		const firstUse = /* @__PURE__ */ new Map();
		for (const { call, stage } of runCommands(model)) {
			const stageIndex = stage?.index ?? -1;
			if (call.name !== "curl" && call.name !== "wget") continue;
			const other = call.name === "curl" ? "wget" : "curl";
			const otherUse = firstUse.get(`${stageIndex}:${other}`);
			if (otherUse && !firstUse.has(`${stageIndex}:${call.name}`)) report({
				messageId: "both",
				data: {
					tool: call.name,
					other,
					line: otherUse.line
				},
				range: call.nameWord.range
			});
			if (!firstUse.has(`${stageIndex}:${call.name}`)) firstUse.set(`${stageIndex}:${call.name}`, {
				line: call.nameWord.range.line,
				stage: stageIndex
			});
		}
	}
});
// src/checker/query/text.ts
/** Levenshtein distance with adjacent transpositions, capped at `limit + 1` for speed. */
function editDistance(a, b, limit = 2) {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d = Array.from({ length: rows }, (_, i) => {
		const row = new Array(cols).fill(0);
		row[0] = i;
		return row;
	});
	for (let j = 0; j < cols; j++) d[0][j] = j;
	for (let i = 1; i < rows; i++) for (let j = 1; j < cols; j++) {
		const cost = a[i - 1] === b[j - 1] ? 0 : 1;
		d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
		if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
	}
	return d[rows - 1][cols - 1];
}
/** Keyword casing as written: all upper, all lower, or mixed. */
function casingOf(word) {
	if (word === word.toUpperCase()) return "upper";
	if (word === word.toLowerCase()) return "lower";
	return "mixed";
}
// src/checker/rules/consistent-instruction-casing.ts
var consistent_instruction_casing_default = defineRule({
	meta: {
		id: "consistent-instruction-casing",
		aliases: { buildkit: ["ConsistentInstructionCasing"] },
		severity: "style",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Write instructions in one casing",
			"pt-BR": "Escreva as instruções com a mesma caixa"
		},
		description: {
			en: "Docker accepts `run` and `RUN` alike, but mixing them makes a Dockerfile harder to scan, and instructions are easier to tell apart from their arguments in upper case. Pick one casing (upper case is the convention) and stick to it.",
			"pt-BR": "O Docker aceita `run` e `RUN` do mesmo jeito, mas misturar os dois deixa o Dockerfile mais difícil de ler, e em maiúsculas fica mais fácil separar a instrução dos argumentos. Escolha uma caixa (maiúsculas é a convenção) e mantenha."
		},
		examples: {
			bad: "FROM alpine:3.24\nrun echo hi",
			good: "FROM alpine:3.24\nRUN echo hi"
		},
		messages: { inconsistent: {
			en: "\"{written}\" should be written \"{expected}\" like the other instructions.",
			"pt-BR": "\"{written}\" deveria estar escrito \"{expected}\", como as outras instruções."
		} }
	},
	check(model, report) {
		const known = model.instructions.filter((instruction) => /^[A-Za-z]+$/.test(instruction.keywordAsWritten));
		const majority = known.filter((instruction) => casingOf(instruction.keywordAsWritten) === "lower").length > known.filter((instruction) => casingOf(instruction.keywordAsWritten) === "upper").length ? "lower" : "upper";
		for (const instruction of known) {
			if (casingOf(instruction.keywordAsWritten) === majority) continue;
			const expected = majority === "lower" ? instruction.keyword.toLowerCase() : instruction.keyword;
			report({
				messageId: "inconsistent",
				data: {
					written: instruction.keywordAsWritten,
					expected
				},
				range: instruction.keywordRange,
				fix: [{
					...instruction.keywordRange,
					text: expected
				}]
			});
		}
	}
});
// src/checker/query/copy-from.ts
/** Every `COPY --from=…` with a literal value. */
function copyFromFlags(model) {
	const result = [];
	for (const instruction of model.instructions) {
		if (instruction.keyword !== "COPY") continue;
		for (const flag of instruction.flags) if (flag.name === "from" && flag.value && !flag.value.includes("$")) result.push({
			instruction,
			flag,
			stage: instruction.fromStage
		});
	}
	return result;
}
/** `nginx:1.30`, `ghcr.io/x/y`, `alpine@sha256:…` name images, not stages. */
function looksLikeImage(value) {
	return /[:/@.]/.test(value);
}
var init_copy_from = __esmMin((() => {}));
// src/checker/rules/copy-from-own-stage.ts
init_copy_from();
var copy_from_own_stage_default = defineRule({
	meta: {
		id: "copy-from-own-stage",
		aliases: {
			hadolint: ["DL3023"],
			trivy: ["DS-0006"]
		},
		severity: "error",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "COPY --from cannot name its own stage",
			"pt-BR": "COPY --from não pode citar o próprio estágio"
		},
		description: {
			en: "A stage cannot copy from itself: its files do not exist yet while it is being built, and the build fails. Copy from an earlier stage, or use a plain COPY from the build context.",
			"pt-BR": "Um estágio não pode copiar de si mesmo: os arquivos dele ainda não existem enquanto ele está sendo construído, e o build falha. Copie de um estágio anterior ou use um COPY normal a partir do contexto de build."
		},
		examples: {
			bad: "FROM golang:1.27 AS build\nCOPY --from=build /src /src",
			good: "FROM golang:1.27 AS build\nCOPY . /src"
		},
		messages: { ownStage: {
			en: "COPY --from={name} refers to the stage it is in.",
			"pt-BR": "COPY --from={name} aponta para o próprio estágio em que está."
		} }
	},
	check(model, report) {
		for (const { instruction, flag } of copyFromFlags(model)) {
			const stage = model.stages[instruction.stageIndex];
			if (!stage) continue;
			if (stage.name?.toLowerCase() === flag.value.toLowerCase() || flag.value === String(stage.index)) report({
				messageId: "ownStage",
				data: { name: flag.value },
				range: flag.valueRange ?? flag.range
			});
		}
	}
});
// src/checker/rules/copy-from-unknown-stage.ts
init_copy_from();
var copy_from_unknown_stage_default = defineRule({
	meta: {
		id: "copy-from-unknown-stage",
		aliases: { hadolint: ["DL3022"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "COPY --from must name an earlier stage",
			"pt-BR": "COPY --from precisa citar um estágio anterior"
		},
		description: {
			en: "When `--from` does not match a stage defined above, Docker treats it as an image name and tries to pull it from a registry, which usually fails with a confusing error or, worse, pulls someone else's image. Check the stage name, or write a full image reference with a tag.",
			"pt-BR": "Quando o `--from` não bate com um estágio definido antes, o Docker trata o valor como nome de imagem e tenta baixá-la de um registry, o que costuma falhar com um erro confuso ou, pior, baixar a imagem de outra pessoa. Confira o nome do estágio ou escreva a referência completa da imagem, com tag."
		},
		examples: {
			bad: "FROM golang:1.27 AS build\nFROM alpine:3.24\nCOPY --from=biuld /out/app /app",
			good: "FROM golang:1.27 AS build\nFROM alpine:3.24\nCOPY --from=build /out/app /app"
		},
		messages: {
			unknownStage: {
				en: "No stage named \"{name}\" is defined before this COPY: Docker would pull an image called \"{name}\".",
				"pt-BR": "Nenhum estágio chamado \"{name}\" foi definido antes deste COPY: o Docker tentaria baixar uma imagem chamada \"{name}\"."
			},
			laterStage: {
				en: "Stage \"{name}\" is defined after this COPY: a stage can only copy from earlier stages.",
				"pt-BR": "O estágio \"{name}\" é definido depois deste COPY: um estágio só pode copiar de estágios anteriores."
			}
		}
	},
	check(model, report) {
		const firstByName = /* @__PURE__ */ new Map();
		for (const stage of model.stages) if (stage.name && !firstByName.has(stage.name.toLowerCase())) firstByName.set(stage.name.toLowerCase(), stage.index);
		for (const { instruction, flag } of copyFromFlags(model)) {
			const name = flag.value.toLowerCase();
			if (looksLikeImage(name)) continue;
			const range = flag.valueRange ?? flag.range;
			if (/^\d+$/.test(name)) {
				const index = Number(name);
				if (index > instruction.stageIndex && index < model.stages.length) report({
					messageId: "laterStage",
					data: { name: flag.value },
					range
				});
				else if (index >= model.stages.length) report({
					messageId: "unknownStage",
					data: { name: flag.value },
					range
				});
				continue;
			}
			const stageIndex = firstByName.get(name);
			if (stageIndex !== void 0 && stageIndex <= instruction.stageIndex) continue;
			report({
				messageId: stageIndex === void 0 ? "unknownStage" : "laterStage",
				data: { name: flag.value },
				range
			});
		}
	}
});
// src/checker/rules/copy-manifests-before-sources.ts
init_commands();
/** Dependency installs and the manifest files they read. */
function dependencyInstall(call) {
	const [first, second] = call.args.map((word) => word.value);
	if (call.name === "npm" && [
		"ci",
		"install",
		"i"
	].includes(first ?? "") && !call.args.slice(1).some((w) => !w.value.startsWith("-"))) return "package.json";
	if (call.name === "yarn" && (first === void 0 || first === "install") || call.name === "pnpm" && first === "install") return "package.json";
	if (/^pip[0-9.]*$/.test(call.name) && first === "install" && call.args.some((word) => word.value === "-r" || word.value === "--requirement")) return "requirements.txt";
	if (call.name === "go" && first === "mod" && second === "download") return "go.mod";
	if (call.name === "bundle" && (first === void 0 || first === "install")) return "Gemfile";
	if (call.name === "composer" && first === "install") return "composer.json";
	if ((call.name === "poetry" || call.name === "uv") && (first === "install" || first === "sync")) return "pyproject.toml";
	return null;
}
/** `COPY . .`, `COPY . /app`, `COPY ./ ./`: the whole build context. */
function copiesWholeContext(instruction) {
	if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD") return false;
	if (instruction.flags.some((flag) => flag.name === "from")) return false;
	return (instruction.json ?? instruction.args.map((word) => word.value)).slice(0, -1).some((source) => source === "." || source === "./");
}
var copy_manifests_before_sources_default = defineRule({
	meta: {
		id: "copy-manifests-before-sources",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Copy dependency manifests before the source code",
			"pt-BR": "Copie os manifestos de dependências antes do código"
		},
		description: {
			en: "Docker reuses a cached layer only while everything before it is unchanged. After `COPY . .`, any edit to any file invalidates the dependency install, so every build downloads everything again. Copy the manifest (package.json and lockfile, requirements.txt, go.mod/go.sum …), install, then copy the rest.",
			"pt-BR": "O Docker só reaproveita uma camada do cache enquanto tudo antes dela continua igual. Depois de um `COPY . .`, qualquer mudança em qualquer arquivo invalida a instalação das dependências, e todo build baixa tudo de novo. Copie o manifesto (package.json e lockfile, requirements.txt, go.mod/go.sum …), instale e só depois copie o resto."
		},
		examples: {
			bad: "WORKDIR /app\nCOPY . .\nRUN npm ci",
			good: "WORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . ."
		},
		messages: { installAfterCopyAll: {
			en: "Dependencies are installed after COPY on line {line} copied everything: copy {manifest} first and install before copying the sources.",
			"pt-BR": "As dependências são instaladas depois que o COPY da linha {line} copiou tudo: copie {manifest} antes e instale antes de copiar o código."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			let copyAll = null;
			let manifestCopiedFirst = false;
			for (const instruction of stage.instructions) {
				if (copiesWholeContext(instruction)) {
					copyAll ??= instruction;
					continue;
				}
				if ((instruction.keyword === "COPY" || instruction.keyword === "ADD") && !copyAll) manifestCopiedFirst = true;
				if (instruction.keyword !== "RUN" || !copyAll || manifestCopiedFirst) continue;
				for (const call of callsOf(instruction)) {
					const manifest = dependencyInstall(call);
					if (!manifest) continue;
					report({
						messageId: "installAfterCopyAll",
						data: {
							line: copyAll.range.line,
							manifest
						},
						range: call.command.range
					});
					copyAll = null;
					break;
				}
			}
		}
	}
});
// src/checker/query/instructions.ts
/** The instructions with one of these keywords, in file order (ONBUILD triggers are not among them). */
function instructionsOf(model, ...keywords) {
	return model.instructions.filter((instruction) => keywords.includes(instruction.keyword));
}
/** What an instruction's arguments say: the JSON array of the exec form, or else the words' values. */
function argumentValues(instruction) {
	return instruction.json ?? instruction.args.map((word) => word.value);
}
/** Every word of every EXPOSE (`80`, `8080/tcp`, `80:80`, `$PORT`), in file order. */
function exposedPorts(model) {
	return instructionsOf(model, "EXPOSE").flatMap((instruction) => instruction.args);
}
var init_instructions = __esmMin((() => {}));
// src/checker/rules/copy-multiple-sources-dest-slash.ts
init_instructions();
/** How `docker history` shows a COPY (`file:<sha256> in /dst`): one source, not two. */
const HISTORY_SOURCE$1 = /^(?:file|multi|dir):[0-9a-f]{64}$/;
var copy_multiple_sources_dest_slash_default = defineRule({
	meta: {
		id: "copy-multiple-sources-dest-slash",
		aliases: {
			hadolint: ["DL3021"],
			trivy: ["DS-0011"]
		},
		severity: "error",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "End the destination with / when copying several files",
			"pt-BR": "Termine o destino com / ao copiar vários arquivos"
		},
		description: {
			en: "With more than one source, the destination of COPY or ADD must be a directory, written with a trailing slash; otherwise the build fails. The slash also makes the intent clear to readers.",
			"pt-BR": "Com mais de uma origem, o destino do COPY ou do ADD precisa ser um diretório, escrito com barra no final; senão o build falha. A barra também deixa a intenção clara para quem lê."
		},
		examples: {
			bad: "COPY package.json package-lock.json /app",
			good: "COPY package.json package-lock.json /app/"
		},
		messages: { needsSlash: {
			en: "With several sources the destination \"{dest}\" must end with \"/\".",
			"pt-BR": "Com várias origens, o destino \"{dest}\" precisa terminar com \"/\"."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "COPY", "ADD")) {
			if (instruction.heredocs.length > 0) continue;
			const values = argumentValues(instruction);
			if (values.length <= 2 || values.length === 3 && HISTORY_SOURCE$1.test(values[0]) && values[1] === "in") continue;
			const dest = values[values.length - 1];
			if (dest.endsWith("/") || dest.endsWith("\\") || dest.includes("$")) continue;
			const last = instruction.args[instruction.args.length - 1];
			const fix = instruction.json === null && last ? [{
				line: last.range.endLine,
				column: last.range.endColumn,
				endLine: last.range.endLine,
				endColumn: last.range.endColumn,
				text: "/"
			}] : void 0;
			report({
				messageId: "needsSlash",
				data: { dest },
				range: instruction.json === null && last ? last.range : instruction.argsRange ?? instruction.keywordRange,
				fix
			});
		}
	}
});
// src/checker/rules/copy-path-mismatch.ts
init_commands();
init_paths();
const MOVES_FILES = /* @__PURE__ */ new Set([
	"mv",
	"cp",
	"ln",
	"install",
	"cd",
	"curl",
	"wget",
	"tar",
	"unzip",
	"git",
	"rsync"
]);
const baseName$2 = (path) => path.split("/").filter(Boolean).pop() ?? "";
/** Files a command reads by path: `pip install -r X`, `cat X`, `sh X`, `npm ci --prefix X`. */
function readPaths(name, args) {
	if (/^pip[0-9.]*$/.test(name)) return args.filter((_, i) => i > 0 && [
		"-r",
		"--requirement",
		"-c",
		"--constraint"
	].includes(args[i - 1].value));
	if ([
		"cat",
		"sh",
		"bash",
		"source",
		"."
	].includes(name)) return args.filter((word) => !word.value.startsWith("-"));
	if (name === "npm") return args.filter((_, i) => i > 0 && args[i - 1].value === "--prefix");
	return [];
}
var copy_path_mismatch_default = defineRule({
	meta: {
		id: "copy-path-mismatch",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "RUN reads a file where COPY did not put it",
			"pt-BR": "O RUN lê um arquivo onde o COPY não o colocou"
		},
		description: {
			en: "`COPY requirements.txt .` puts the file in the current WORKDIR, so `pip install -r /requirements.txt` looks in the wrong place and the build fails with \"No such file\". Use the same path in both, relative to WORKDIR.",
			"pt-BR": "`COPY requirements.txt .` coloca o arquivo no WORKDIR atual, então `pip install -r /requirements.txt` procura no lugar errado e o build falha com \"No such file\". Use o mesmo caminho nos dois, relativo ao WORKDIR."
		},
		examples: {
			bad: "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r /requirements.txt",
			good: "WORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt"
		},
		messages: { wrongPath: {
			en: "\"{path}\" was not copied there: COPY on line {line} put {file} at \"{copied}\".",
			"pt-BR": "\"{path}\" não foi copiado para lá: o COPY da linha {line} colocou {file} em \"{copied}\"."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			if (stage.baseStage) continue;
			let workdir = "/";
			const copied = /* @__PURE__ */ new Map();
			const copiedPaths = /* @__PURE__ */ new Set();
			for (const instruction of stage.instructions) if (instruction.keyword === "WORKDIR" && instruction.args[0]) {
				if (instruction.args[0].hasExpansion) return;
				workdir = resolvePath(workdir, instruction.args[0].value);
			} else if (instruction.keyword === "COPY" && instruction.heredocs.length === 0 && !instruction.flags.some((flag) => flag.name === "from")) {
				const values = instruction.json ?? instruction.args.map((word) => word.value);
				if (values.length < 2 || values.some((value) => value.includes("$") || /[*?[]/.test(value))) continue;
				const dest = values[values.length - 1];
				for (const source of values.slice(0, -1)) {
					const file = baseName$2(source);
					if (!file) continue;
					const intoDirectory = resolvePath(workdir, `${dest}/${file}`);
					copied.set(file, {
						path: intoDirectory,
						line: instruction.range.line
					});
					copiedPaths.add(intoDirectory);
					if (!dest.endsWith("/") && dest !== "." && values.length === 2) copiedPaths.add(resolvePath(workdir, dest));
				}
			} else if (instruction.keyword === "RUN") {
				const calls = callsOf(instruction);
				if (calls.some((call) => MOVES_FILES.has(call.name))) continue;
				for (const call of calls) for (const word of readPaths(call.name, call.args)) {
					if (word.hasExpansion) continue;
					const wanted = resolvePath(workdir, word.value);
					const copy = copied.get(baseName$2(word.value));
					if (!copy || copiedPaths.has(wanted) || copy.path === wanted) continue;
					report({
						messageId: "wrongPath",
						data: {
							path: word.value,
							line: copy.line,
							file: baseName$2(word.value),
							copied: copy.path
						},
						range: word.range
					});
				}
			}
		}
	}
});
// src/checker/rules/copy-relative-dest-without-workdir.ts
init_instructions();
init_paths();
var copy_relative_dest_without_workdir_default = defineRule({
	meta: {
		id: "copy-relative-dest-without-workdir",
		aliases: { hadolint: ["DL3045"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Set WORKDIR before copying to a relative path",
			"pt-BR": "Defina o WORKDIR antes de copiar para um caminho relativo"
		},
		description: {
			en: "A relative COPY destination is resolved against the working directory, which, without a WORKDIR in your stage, is whatever the base image chose (often `/`). Set WORKDIR first or use an absolute destination.",
			"pt-BR": "Um destino relativo no COPY é resolvido a partir do diretório de trabalho, que, sem WORKDIR no seu estágio, é o que a imagem base escolheu (muitas vezes `/`). Defina o WORKDIR antes ou use um destino absoluto."
		},
		examples: {
			bad: "FROM node:24-slim\nCOPY package.json .",
			good: "FROM node:24-slim\nWORKDIR /app\nCOPY package.json ."
		},
		messages: { noWorkdir: {
			en: "COPY to \"{dest}\" depends on the base image's working directory: set WORKDIR first.",
			"pt-BR": "O COPY para \"{dest}\" depende do diretório de trabalho da imagem base: defina o WORKDIR antes."
		} }
	},
	check(model, report) {
		for (const { instruction, workdirBefore } of withWorkdirBefore(model)) {
			if (workdirBefore || instruction.keyword !== "COPY" && instruction.keyword !== "ADD") continue;
			const values = argumentValues(instruction);
			const dest = values[values.length - 1];
			if (values.length < 2 || !dest || isAbsolutePath(dest)) continue;
			const word = instruction.json === null ? instruction.args[instruction.args.length - 1] : null;
			report({
				messageId: "noWorkdir",
				data: { dest },
				range: word?.range ?? instruction.argsRange ?? instruction.keywordRange
			});
		}
	}
});
// src/checker/rules/copy-whole-filesystem.ts
init_instructions();
init_copy_from();
/** `/` as written, with or without quotes (exec form values are already unquoted). */
const isRoot = (path) => path.replace(/^(["'])(.*)\1$/, "$2") === "/";
var copy_whole_filesystem_default = defineRule({
	meta: {
		id: "copy-whole-filesystem",
		aliases: { hadolint: ["DL3067"] },
		severity: "warning",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Do not copy a whole filesystem from another stage",
			"pt-BR": "Não copie o sistema de arquivos inteiro de outro estágio"
		},
		description: {
			en: "`COPY --from=build / /` copies everything in the other stage: its shell, package manager, compilers, caches and sources. That undoes what a multi-stage build is for, a final image with only what the app needs. Copy the build output instead (`COPY --from=build /app/dist /app/dist`). If you really mean to flatten an image into a single layer, say so in a comment and ignore this rule on that line.",
			"pt-BR": "`COPY --from=build / /` copia tudo o que existe no outro estágio: shell, gerenciador de pacotes, compiladores, caches e código-fonte. Isso desfaz o propósito de um build multi-stage, que é uma imagem final só com o que a aplicação precisa. Copie o resultado do build (`COPY --from=build /app/dist /app/dist`). Se a intenção é mesmo achatar uma imagem numa única camada, diga isso num comentário e ignore esta regra nessa linha."
		},
		examples: {
			bad: "FROM node:24 AS build\nRUN npm ci && npm run build\n\nFROM node:24-slim\nCOPY --from=build / /",
			good: "FROM node:24 AS build\nRUN npm ci && npm run build\n\nFROM node:24-slim\nCOPY --from=build /app/dist /app/dist"
		},
		messages: { wholeFilesystem: {
			en: "This copies the whole filesystem of \"{from}\" into the image: copy only the files the app needs.",
			"pt-BR": "Isto copia o sistema de arquivos inteiro de \"{from}\" para a imagem: copie só os arquivos de que a aplicação precisa."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "COPY")) {
			const from = instruction.flags.find((flag) => flag.name === "from");
			if (!from || looksLikeImage(from.value ?? "")) continue;
			const paths = argumentValues(instruction);
			if (paths.length < 2) continue;
			if (paths.slice(0, -1).some(isRoot) && isRoot(paths[paths.length - 1])) report({
				messageId: "wholeFilesystem",
				data: { from: from.value ?? "" },
				range: instruction.argsRange ?? instruction.keywordRange
			});
		}
	}
});
// src/checker/rules/dnf-clean-cache.ts
init_cache_cleanup();
var dnf_clean_cache_default = defineRule({
	meta: {
		id: "dnf-clean-cache",
		aliases: {
			hadolint: ["DL3040"],
			trivy: ["DS-0019", "DS-0027"]
		},
		severity: "warning",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Clean the dnf cache in the same RUN",
			"pt-BR": "Limpe o cache do dnf no mesmo RUN"
		},
		description: {
			en: "dnf and microdnf keep package metadata and downloads under /var/cache (dnf, yum, or libdnf5 for dnf5). Removing them in a later RUN does not shrink the image, because the earlier layer still holds them, and cleaning before installing leaves the new downloads behind. End the installing RUN with `dnf clean all` (`microdnf clean all`), or mount a cache there.",
			"pt-BR": "O dnf e o microdnf guardam metadados e downloads de pacotes em /var/cache (dnf, yum, ou libdnf5 no dnf5). Apagar isso num RUN posterior não diminui a imagem, porque a camada anterior continua com os arquivos, e limpar antes de instalar deixa para trás o que foi baixado depois. Termine o RUN da instalação com `dnf clean all` (`microdnf clean all`) ou monte um cache ali."
		},
		examples: {
			bad: "RUN dnf install -y nginx",
			good: "RUN dnf install -y nginx && dnf clean all"
		},
		messages: { missingClean: {
			en: "No \"{manager} clean all\" after this {manager} command in the same RUN: its cache stays in the layer.",
			"pt-BR": "Falta \"{manager} clean all\" depois deste comando {manager} no mesmo RUN: o cache dele fica na camada."
		} }
	},
	check(model, report) {
		checkCacheCleanup(model, report, {
			managers: ["dnf", "microdnf"],
			cleans: cleansAll,
			cacheDirs: [
				"/var/cache/dnf",
				"/var/cache/yum",
				"/var/cache/libdnf5",
				"~/.cache/libdnf5"
			]
		});
	}
});
// src/checker/rules/duplicate-stage-name.ts
var duplicate_stage_name_default = defineRule({
	meta: {
		id: "duplicate-stage-name",
		aliases: {
			hadolint: ["DL3024"],
			buildkit: ["DuplicateStageName"],
			trivy: ["DS-0012"]
		},
		severity: "error",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Stage names must be unique",
			"pt-BR": "Nomes de estágio precisam ser únicos"
		},
		description: {
			en: "Two stages with the same name (names are case-insensitive) make `COPY --from` and `--target` ambiguous, and BuildKit refuses the Dockerfile. Give every stage its own name.",
			"pt-BR": "Dois estágios com o mesmo nome (sem diferenciar maiúsculas) deixam `COPY --from` e `--target` ambíguos, e o BuildKit recusa o Dockerfile. Dê um nome diferente para cada estágio."
		},
		examples: {
			bad: "FROM node:24 AS build\nFROM golang:1.27 AS build",
			good: "FROM node:24 AS web-build\nFROM golang:1.27 AS api-build"
		},
		messages: { duplicate: {
			en: "Stage name \"{name}\" is already used on line {line}.",
			"pt-BR": "O nome de estágio \"{name}\" já foi usado na linha {line}."
		} }
	},
	check(model, report) {
		const seen = /* @__PURE__ */ new Map();
		for (const stage of model.stages) {
			if (!stage.name || !stage.nameRange) continue;
			const key = stage.name.toLowerCase();
			const line = seen.get(key);
			if (line !== void 0) report({
				messageId: "duplicate",
				data: {
					name: stage.name,
					line
				},
				range: stage.nameRange
			});
			else seen.set(key, stage.from.range.line);
		}
	}
});
// src/checker/rules/env-self-reference.ts
init_instructions();
init_variables$1();
var env_self_reference_default = defineRule({
	meta: {
		id: "env-self-reference",
		aliases: { hadolint: ["DL3044"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Do not use a variable in the ENV that defines it",
			"pt-BR": "Não use uma variável no mesmo ENV que a define"
		},
		description: {
			en: "All pairs of one ENV are expanded with the values from before that ENV, so in `ENV DIR=/app BIN=$DIR/bin` the `$DIR` is still empty (or the old value). Split it into two ENV instructions.",
			"pt-BR": "Todos os pares de um mesmo ENV são expandidos com os valores de antes desse ENV, então em `ENV DIR=/app BIN=$DIR/bin` o `$DIR` ainda está vazio (ou com o valor antigo). Separe em duas instruções ENV."
		},
		examples: {
			bad: "ENV DIR=/app BIN=$DIR/bin",
			good: "ENV DIR=/app\nENV BIN=$DIR/bin"
		},
		messages: { sameStatement: {
			en: "${name} is defined in this same ENV, so here it still has its previous value.",
			"pt-BR": "${name} é definida neste mesmo ENV, então aqui ela ainda tem o valor anterior."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "ENV")) {
			if (instruction.pairs.length < 2) continue;
			const definedHere = /* @__PURE__ */ new Set();
			for (const pair of instruction.pairs) {
				for (const reference of expandVariables(pair.rawValue, () => void 0, model.escapeChar).references) if (definedHere.has(reference.name)) report({
					messageId: "sameStatement",
					data: { name: reference.name },
					range: pair.valueRange ?? pair.range
				});
				definedHere.add(pair.key);
			}
		}
	}
});
// src/checker/rules/exec-form-cmd.ts
init_instructions();
init_stages();
const PLAIN_WORD = /^[A-Za-z0-9_./:@%+=,-]+$/;
var exec_form_cmd_default = defineRule({
	meta: {
		id: "exec-form-cmd",
		aliases: {
			hadolint: ["DL3025"],
			buildkit: ["JSONArgsRecommended"]
		},
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Use the exec form for CMD and ENTRYPOINT",
			"pt-BR": "Use a forma exec no CMD e no ENTRYPOINT"
		},
		description: {
			en: "In shell form the command runs under `/bin/sh -c`, so the shell is PID 1 and does not forward SIGTERM: `docker stop` waits and then kills the process without a clean shutdown. The JSON (exec) form runs your program directly as PID 1.",
			"pt-BR": "Na forma shell o comando roda dentro de `/bin/sh -c`, então o shell vira o PID 1 e não repassa o SIGTERM: o `docker stop` espera e depois mata o processo sem um desligamento limpo. A forma JSON (exec) roda o seu programa direto como PID 1."
		},
		examples: {
			bad: "CMD node server.js",
			good: "CMD [\"node\", \"server.js\"]"
		},
		messages: { useExecForm: {
			en: "{instruction} in shell form runs under /bin/sh, which does not pass signals on: use the JSON form.",
			"pt-BR": "{instruction} na forma shell roda dentro do /bin/sh, que não repassa sinais: use a forma JSON."
		} }
	},
	check(model, report) {
		const shellInChain = holdsInChain((link) => link.instructions.some((instruction) => instruction.keyword === "SHELL"));
		for (const instruction of instructionsOf(model, "CMD", "ENTRYPOINT")) {
			if (instruction.json !== null || instruction.argsText === "") continue;
			const stage = model.stages[instruction.stageIndex];
			if (stage?.baseStage && stage.baseStage !== stage && shellInChain(stage.baseStage)) continue;
			if (stage?.instructions.some((other) => other.keyword === "SHELL" && other.index < instruction.index)) continue;
			const words = instruction.args;
			const fix = instruction.range.line === instruction.range.endLine && words.every((word) => PLAIN_WORD.test(word.raw)) && instruction.argsRange ? [{
				...instruction.argsRange,
				text: JSON.stringify(words.map((word) => word.value)).replace(/","/g, "\", \"")
			}] : void 0;
			report({
				messageId: "useExecForm",
				data: { instruction: instruction.keyword },
				range: instruction.argsRange ?? instruction.keywordRange,
				fix
			});
		}
	}
});
// src/checker/rules/expose-port-only.ts
init_instructions();
var expose_port_only_default = defineRule({
	meta: {
		id: "expose-port-only",
		aliases: { buildkit: ["ExposeInvalidFormat"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "EXPOSE takes container ports only",
			"pt-BR": "EXPOSE recebe só portas do container"
		},
		description: {
			en: "EXPOSE documents which ports the container listens on; it cannot publish a port on the host or bind an IP address. Mappings such as `8080:80` belong to `docker run -p` or Compose `ports:`; BuildKit plans to reject them.",
			"pt-BR": "O EXPOSE documenta em quais portas o container escuta; ele não publica porta no host nem associa um IP. Mapeamentos como `8080:80` ficam no `docker run -p` ou no `ports:` do Compose; o BuildKit vai passar a rejeitá-los."
		},
		examples: {
			bad: "EXPOSE 8080:80",
			good: "EXPOSE 80"
		},
		messages: { mapping: {
			en: "\"{value}\" is a host mapping: EXPOSE only takes the container port (publish it with docker run -p).",
			"pt-BR": "\"{value}\" é um mapeamento para o host: o EXPOSE só recebe a porta do container (publique com docker run -p)."
		} }
	},
	check(model, report) {
		for (const word of exposedPorts(model)) if (word.value.includes(":") && !word.hasExpansion) report({
			messageId: "mapping",
			data: { value: word.value },
			range: word.range
		});
	}
});
// src/checker/rules/expose-protocol-casing.ts
init_instructions();
var expose_protocol_casing_default = defineRule({
	meta: {
		id: "expose-protocol-casing",
		aliases: { buildkit: ["ExposeProtoCasing"] },
		severity: "style",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Write EXPOSE protocols in lower case",
			"pt-BR": "Escreva o protocolo do EXPOSE em minúsculas"
		},
		description: {
			en: "Docker accepts `80/TCP`, but the documented and displayed form is lower case (`80/tcp`); mixed spellings make images and docs harder to compare.",
			"pt-BR": "O Docker aceita `80/TCP`, mas a forma documentada e exibida é em minúsculas (`80/tcp`); grafias misturadas dificultam comparar imagens e documentação."
		},
		examples: {
			bad: "EXPOSE 80/TCP",
			good: "EXPOSE 80/tcp"
		},
		messages: { upperCase: {
			en: "Write the protocol of \"{value}\" in lower case.",
			"pt-BR": "Escreva o protocolo de \"{value}\" em minúsculas."
		} }
	},
	check(model, report) {
		for (const word of exposedPorts(model)) {
			const slash = word.raw.lastIndexOf("/");
			if (slash === -1 || word.hasExpansion) continue;
			const protocol = word.raw.slice(slash + 1);
			if (protocol === protocol.toLowerCase()) continue;
			const fix = word.range.line === word.range.endLine ? [{
				...word.range,
				text: word.raw.slice(0, slash + 1) + protocol.toLowerCase()
			}] : void 0;
			report({
				messageId: "upperCase",
				data: { value: word.value },
				range: word.range,
				fix
			});
		}
	}
});
// src/checker/rules/expose-valid-port.ts
init_instructions();
const PORT_SPEC = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i;
var expose_valid_port_default = defineRule({
	meta: {
		id: "expose-valid-port",
		aliases: {
			hadolint: ["DL3011"],
			trivy: ["DS-0008"]
		},
		severity: "error",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "EXPOSE valid ports",
			"pt-BR": "Use portas válidas no EXPOSE"
		},
		description: {
			en: "TCP and UDP ports go from 0 to 65535, and a protocol can only be tcp, udp or sctp. Anything else is a typo that makes the image metadata wrong or the build fail.",
			"pt-BR": "Portas TCP e UDP vão de 0 a 65535, e o protocolo só pode ser tcp, udp ou sctp. Qualquer outra coisa é erro de digitação que deixa os metadados da imagem errados ou quebra o build."
		},
		examples: {
			bad: "EXPOSE 80800",
			good: "EXPOSE 8080"
		},
		messages: {
			outOfRange: {
				en: "Port {port} is out of range: ports go from 0 to 65535.",
				"pt-BR": "A porta {port} está fora do intervalo: as portas vão de 0 a 65535."
			},
			reversedRange: {
				en: "The range \"{value}\" ends before it starts: write START-END with START ≤ END.",
				"pt-BR": "O intervalo \"{value}\" termina antes de começar: escreva INÍCIO-FIM com INÍCIO ≤ FIM."
			},
			invalid: {
				en: "\"{value}\" is not a port: use PORT, PORT/tcp, PORT/udp or a range START-END.",
				"pt-BR": "\"{value}\" não é uma porta: use PORTA, PORTA/tcp, PORTA/udp ou um intervalo INÍCIO-FIM."
			}
		}
	},
	check(model, report) {
		for (const word of exposedPorts(model)) {
			if (word.hasExpansion || word.value.includes(":")) continue;
			const match = PORT_SPEC.exec(word.value);
			if (!match) {
				report({
					messageId: "invalid",
					data: { value: word.value },
					range: word.range
				});
				continue;
			}
			const tooBig = [match[1], match[2]].find((port) => port !== void 0 && Number(port) > 65535);
			if (tooBig) report({
				messageId: "outOfRange",
				data: { port: tooBig },
				range: word.range
			});
			else if (match[2] !== void 0 && Number(match[2]) < Number(match[1])) report({
				messageId: "reversedRange",
				data: { value: word.value },
				range: word.range
			});
		}
	}
});
// src/checker/rules/from-as-casing.ts
var from_as_casing_default = defineRule({
	meta: {
		id: "from-as-casing",
		aliases: { buildkit: ["FromAsCasing"] },
		severity: "style",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Match the casing of FROM and AS",
			"pt-BR": "Use a mesma caixa em FROM e AS"
		},
		description: {
			en: "`FROM image as build` works, but the lower-case `as` reads like part of the image name. Write the keyword in the same casing as FROM.",
			"pt-BR": "`FROM imagem as build` funciona, mas o `as` em minúsculas parece parte do nome da imagem. Escreva a palavra-chave com a mesma caixa do FROM."
		},
		examples: {
			bad: "FROM golang:1.27 as build",
			good: "FROM golang:1.27 AS build"
		},
		messages: { mismatch: {
			en: "\"{as}\" should be written \"{expected}\" to match \"{from}\".",
			"pt-BR": "\"{as}\" deveria estar escrito \"{expected}\" para combinar com \"{from}\"."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			if (!stage.asKeyword || !stage.asRange || stage.asKeyword.toLowerCase() !== "as") continue;
			const fromCasing = casingOf(stage.from.keywordAsWritten);
			if (fromCasing === "mixed" || casingOf(stage.asKeyword) === fromCasing) continue;
			const expected = fromCasing === "upper" ? "AS" : "as";
			report({
				messageId: "mismatch",
				data: {
					as: stage.asKeyword,
					expected,
					from: stage.from.keywordAsWritten
				},
				range: stage.asRange,
				fix: [{
					...stage.asRange,
					text: expected
				}]
			});
		}
	}
});
// src/checker/rules/from-platform-constant.ts
var from_platform_constant_default = defineRule({
	meta: {
		id: "from-platform-constant",
		aliases: {
			hadolint: ["DL3029"],
			buildkit: ["FromPlatformFlagConstDisallowed"]
		},
		severity: "warning",
		fixable: false,
		lesson: "docker-and-oci",
		title: {
			en: "Do not hard-code the platform in FROM",
			"pt-BR": "Não fixe a plataforma no FROM"
		},
		description: {
			en: "A constant `FROM --platform=linux/amd64` forces that stage onto one platform, so the Dockerfile can no longer build multi-platform images and runs under emulation elsewhere. Leave the platform to `docker build --platform`, use `$BUILDPLATFORM`, or name the stage after its platform (`build_amd64`) when it is platform-specific on purpose.",
			"pt-BR": "Um `FROM --platform=linux/amd64` constante prende o estágio a uma plataforma só, então o Dockerfile deixa de gerar imagens multiplataforma e roda emulado nas outras. Deixe a plataforma para o `docker build --platform`, use `$BUILDPLATFORM` ou dê ao estágio o nome da plataforma (`build_amd64`) quando ele for específico de propósito."
		},
		examples: {
			bad: "FROM --platform=linux/amd64 alpine:3.24 AS base",
			good: "FROM --platform=$BUILDPLATFORM golang:1.27 AS build"
		},
		messages: { constant: {
			en: "FROM --platform={value} pins this stage to one platform.",
			"pt-BR": "FROM --platform={value} prende este estágio a uma plataforma."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			const flag = stage.from.flags.find((candidate) => candidate.name === "platform");
			if (!flag?.value || flag.value.includes("$")) continue;
			const parts = flag.value.toLowerCase().split(/[/,]/).filter(Boolean);
			const name = stage.name?.toLowerCase() ?? "";
			if (name && parts.some((part) => name.includes(part))) continue;
			report({
				messageId: "constant",
				data: { value: flag.value },
				range: flag.range
			});
		}
	}
});
// src/checker/rules/healthcheck-missing.ts
init_commands();
init_stages();
var healthcheck_missing_default = defineRule({
	meta: {
		id: "healthcheck-missing",
		aliases: {
			hadolint: ["DL3057"],
			trivy: ["DS-0026"]
		},
		severity: "info",
		fixable: false,
		lesson: "healthchecks-and-probes",
		title: {
			en: "Add a HEALTHCHECK to the final image",
			"pt-BR": "Adicione um HEALTHCHECK à imagem final"
		},
		description: {
			en: "Without a health check, Docker only knows whether the process is running, not whether it answers. A HEALTHCHECK lets `docker ps`, Compose `depends_on: condition: service_healthy` and Swarm notice a stuck service. On Kubernetes, probes replace it, so this is informational.",
			"pt-BR": "Sem health check, o Docker só sabe se o processo está rodando, não se ele responde. Um HEALTHCHECK permite que o `docker ps`, o `depends_on: condition: service_healthy` do Compose e o Swarm percebam um serviço travado. No Kubernetes as probes fazem esse papel, por isso é só um aviso informativo."
		},
		examples: {
			bad: "FROM nginx:1.30\nCOPY site /usr/share/nginx/html",
			good: "FROM nginx:1.30\nCOPY site /usr/share/nginx/html\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fs http://localhost/ || exit 1"
		},
		messages: { missing: {
			en: "The final stage has no HEALTHCHECK: Docker cannot tell whether the service answers.",
			"pt-BR": "O estágio final não tem HEALTHCHECK: o Docker não consegue saber se o serviço responde."
		} }
	},
	check(model, report) {
		const stage = finalStage(model);
		if (!stage) return;
		if (inheritedInstructions(stage).some((instruction) => instruction.keyword === "HEALTHCHECK")) return;
		report({
			messageId: "missing",
			range: stage.from.keywordRange
		});
	}
});
// src/checker/rules/healthcheck-options-valid.ts
init_instructions();
const DURATION_FLAGS = [
	"interval",
	"timeout",
	"start-period",
	"start-interval"
];
const UNIT_NS = {
	ns: 1,
	us: 1e3,
	"µs": 1e3,
	"μs": 1e3,
	ms: 1e6,
	s: 1e9,
	m: 6e10,
	h: 36e11
};
const MAX_DURATION_NS = 2 ** 63 - 1;
const MAX_RETRIES = 2 ** 31 - 1;
/** Nanoseconds of a Go duration (`1h30m`, `.5s`, `-2ms`, `0`), or null where Go's time.ParseDuration fails. */
function parseGoDuration(text) {
	const sign = text.startsWith("-") ? -1 : 1;
	const body = /^[-+]/.test(text) ? text.slice(1) : text;
	if (body === "0") return 0;
	if (body === "" || !/^(?:(?:\d+(?:\.\d*)?|\.\d+)[^\d.]+)+$/.test(body)) return null;
	let total = 0;
	for (const [, number, unit] of body.matchAll(/(\d*\.?\d*)([^\d.]+)/g)) {
		if (!Object.hasOwn(UNIT_NS, unit)) return null;
		total += Number(number) * UNIT_NS[unit];
	}
	return total > MAX_DURATION_NS ? null : sign * total;
}
/** `--retries` as Go's strconv.ParseInt(value, 10, 32) reads it: an optional sign and decimal digits. */
function parseRetries(text) {
	if (!/^[-+]?\d+$/.test(text)) return null;
	const value = Number(text);
	return Math.abs(value) > MAX_RETRIES + (value < 0 ? 1 : 0) ? null : value;
}
var healthcheck_options_valid_default = defineRule({
	meta: {
		id: "healthcheck-options-valid",
		aliases: {},
		severity: "error",
		fixable: false,
		lesson: "healthchecks-and-probes",
		title: {
			en: "Use valid HEALTHCHECK durations and retries",
			"pt-BR": "Use durações e retries válidos no HEALTHCHECK"
		},
		description: {
			en: "HEALTHCHECK durations are Go durations with a unit (`30s`, `1m30s`, `500ms`), at least 1ms unless 0, and `--retries` is a whole number that fits in 32 bits. Docker rejects anything else when building.",
			"pt-BR": "As durações do HEALTHCHECK seguem o formato do Go, com unidade (`30s`, `1m30s`, `500ms`), no mínimo 1ms quando não são 0, e o `--retries` é um número inteiro que cabe em 32 bits. O Docker rejeita qualquer outra coisa no build."
		},
		examples: {
			bad: "HEALTHCHECK --interval=30 --retries=three CMD /health",
			good: "HEALTHCHECK --interval=30s --retries=3 CMD /health"
		},
		messages: {
			invalidDuration: {
				en: "--{flag}={value} is not a duration: write it with a unit, e.g. 30s or 1m30s.",
				"pt-BR": "--{flag}={value} não é uma duração: escreva com unidade, por exemplo 30s ou 1m30s."
			},
			tooShort: {
				en: "--{flag}={value} is shorter than the 1ms minimum (use 0 for the default).",
				"pt-BR": "--{flag}={value} é menor que o mínimo de 1ms (use 0 para o padrão)."
			},
			invalidRetries: {
				en: "--retries={value} must be a whole number from 0 to 2147483647.",
				"pt-BR": "--retries={value} precisa ser um número inteiro de 0 a 2147483647."
			}
		}
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "HEALTHCHECK")) for (const flag of instruction.flags) {
			const value = flag.value ?? "";
			const range = flag.valueRange ?? flag.range;
			if (value.includes("$")) continue;
			if (DURATION_FLAGS.includes(flag.name)) {
				if (value === "") continue;
				const nanoseconds = parseGoDuration(value);
				if (nanoseconds === null) report({
					messageId: "invalidDuration",
					data: {
						flag: flag.name,
						value
					},
					range
				});
				else if (nanoseconds !== 0 && nanoseconds < 1e6) report({
					messageId: "tooShort",
					data: {
						flag: flag.name,
						value
					},
					range
				});
			} else if (flag.name === "retries" && value !== "") {
				const retries = parseRetries(value);
				if (retries === null || retries < 0) report({
					messageId: "invalidRetries",
					data: { value },
					range
				});
			}
		}
	}
});
// src/checker/query/images.ts
function isOfficial(image) {
	return isDockerHubOfficial(image);
}
/** Which download tools an image family is known to lack (empty when unknown or present). */
function missingDownloaders(stage) {
	if (stage.scratch || stage.distroless) return /* @__PURE__ */ new Set(["curl", "wget"]);
	const image = stage.baseImage;
	if (stage.baseStage || !isOfficial(image)) return /* @__PURE__ */ new Set();
	const tag = image.tag ?? "";
	if (image.repository === "alpine" || /(?:^|-)alpine/.test(tag)) return /* @__PURE__ */ new Set(["curl"]);
	if ((image.repository === "debian" || image.repository === "ubuntu") && !tag.includes("curl")) return /* @__PURE__ */ new Set(["curl", "wget"]);
	if (NO_DOWNLOADER_SLIM.has(image.repository) && /(?:^|-)slim(?:-|$)/.test(tag)) return /* @__PURE__ */ new Set(["curl", "wget"]);
	return /* @__PURE__ */ new Set();
}
/** `scratch`, or the image a stage chain starts from as written after ARG substitution (for messages). */
function imageLabel(stage) {
	const root = rootStage(stage);
	return root.scratch ? "scratch" : root.baseImage.raw || "(no image)";
}
/** The stages whose FROM names an image (not an earlier stage), in file order. */
function imageBases(model) {
	return model.stages.flatMap((stage) => {
		const word = stage.from.args[0];
		return word && !stage.baseStage ? [{
			stage,
			image: stage.baseImage,
			word
		}] : [];
	});
}
var WELL_KNOWN_IMAGES, OTHER_OFFICIAL_IMAGES, TAG_WORDS, OTHER_TAG_WORDS, NO_DOWNLOADER_SLIM;
var init_images = __esmMin((() => {
	init_image_reference();
	init_stages();
	WELL_KNOWN_IMAGES = [
		"alpine",
		"debian",
		"ubuntu",
		"busybox",
		"fedora",
		"centos",
		"rockylinux",
		"almalinux",
		"amazonlinux",
		"archlinux",
		"opensuse",
		"node",
		"python",
		"golang",
		"rust",
		"ruby",
		"php",
		"perl",
		"openjdk",
		"eclipse-temurin",
		"amazoncorretto",
		"maven",
		"gradle",
		"nginx",
		"httpd",
		"caddy",
		"traefik",
		"haproxy",
		"postgres",
		"mysql",
		"mariadb",
		"mongo",
		"redis",
		"memcached",
		"rabbitmq",
		"elasticsearch",
		"wordpress",
		"tomcat",
		"gcc",
		"buildpack-deps",
		"docker",
		"registry",
		"bash",
		"composer",
		"elixir",
		"erlang",
		"haskell",
		"julia",
		"swift",
		"clojure",
		"groovy",
		"sonarqube",
		"jenkins",
		"nextcloud",
		"ghost",
		"drupal",
		"influxdb",
		"telegraf",
		"consul",
		"vault",
		"zookeeper",
		"cassandra",
		"neo4j",
		"couchdb",
		"solr",
		"kibana",
		"logstash",
		"hello-world",
		"scratch"
	];
	OTHER_OFFICIAL_IMAGES = [
		"mono",
		"kong",
		"nats",
		"pypy",
		"odoo",
		"hylang",
		"photon",
		"swipl",
		"spiped",
		"irssi",
		"eggdrop",
		"flink",
		"storm",
		"tomee",
		"jetty",
		"kapacitor",
		"chronograf",
		"orientdb",
		"arangodb",
		"couchbase",
		"aerospike",
		"percona",
		"adminer",
		"matomo",
		"joomla",
		"phpmyadmin",
		"friendica",
		"monica",
		"mediawiki",
		"plone",
		"emqx",
		"varnish",
		"postfixadmin",
		"nextcloud",
		"unit",
		"dart",
		"gazebo",
		"ros",
		"rabbitmq",
		"crate",
		"bonita",
		"xwiki",
		"yourls",
		"znc",
		"satosa",
		"silverpeas",
		"sapmachine",
		"ibmjava",
		"ibm-semeru-runtimes",
		"open-liberty",
		"websphere-liberty",
		"mongo-express",
		"geonetwork",
		"archlinux",
		"oraclelinux",
		"clearlinux",
		"mageia",
		"sl",
		"cirros",
		"alt",
		"euleros",
		"kibana",
		"logstash",
		"elasticsearch",
		"neo4j",
		"lightstreamer"
	];
	TAG_WORDS = [
		"alpine",
		"slim",
		"bookworm",
		"bullseye",
		"buster",
		"trixie",
		"stretch",
		"jammy",
		"focal",
		"noble",
		"bionic",
		"windowsservercore",
		"nanoserver",
		"jdk",
		"jre",
		"lts",
		"latest",
		"stable",
		"mainline",
		"perl",
		"fpm",
		"apache",
		"cli",
		"zts",
		"musl",
		"glibc",
		"uclibc"
	];
	OTHER_TAG_WORDS = [
		"edge",
		"beta",
		"testing",
		"unstable",
		"current",
		"rootless",
		"dind",
		"community",
		"enterprise",
		"minimal",
		"otel",
		"graalvm",
		"temurin",
		"semeru",
		"openj9",
		"corretto",
		"lunar",
		"mantic",
		"plucky",
		"oracular",
		"sid",
		"management",
		"experimental",
		"git"
	];
	NO_DOWNLOADER_SLIM = /* @__PURE__ */ new Set([
		"python",
		"node",
		"ruby",
		"debian"
	]);
}));
// src/checker/rules/healthcheck-tool-missing.ts
init_commands();
init_images();
init_stages();
var healthcheck_tool_missing_default = defineRule({
	meta: {
		id: "healthcheck-tool-missing",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "healthchecks-and-probes",
		title: {
			en: "HEALTHCHECK uses a tool the image lacks",
			"pt-BR": "O HEALTHCHECK usa uma ferramenta que a imagem não tem"
		},
		description: {
			en: "Slim, Alpine, distroless and scratch images leave out curl (and often wget). A HEALTHCHECK that calls a missing tool fails every time, so the container is marked unhealthy even though the service is fine. Install the tool, use what the image has (busybox wget on Alpine), or ship a tiny health-check binary.",
			"pt-BR": "Imagens slim, Alpine, distroless e scratch deixam o curl de fora (e muitas vezes o wget também). Um HEALTHCHECK que chama uma ferramenta ausente falha sempre, e o container fica unhealthy mesmo com o serviço funcionando. Instale a ferramenta, use o que a imagem tem (o wget do busybox no Alpine) ou inclua um binário pequeno de health check."
		},
		examples: {
			bad: "FROM python:3.13-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1",
			good: "FROM python:3.13-slim\nHEALTHCHECK CMD [\"python\", \"-c\", \"import urllib.request; urllib.request.urlopen('http://localhost:8000/health')\"]"
		},
		messages: { missingTool: {
			en: "{tool} is not installed in {image}: this HEALTHCHECK will always fail.",
			"pt-BR": "{tool} não vem instalado em {image}: este HEALTHCHECK vai falhar sempre."
		} }
	},
	check(model, report) {
		const missingByRoot = /* @__PURE__ */ new Map();
		const missingFor = (root) => missingByRoot.get(root) ?? missingByRoot.set(root, missingDownloaders(root)).get(root);
		const installedIn = holdsInChain((link) => {
			const missing = missingFor(rootStage(link));
			return link.instructions.some((instruction) => instruction.keyword === "RUN" && callsOf(instruction).some((call) => call.args.some((word) => missing.has(word.value)))) || link.instructions.some((instruction) => (instruction.keyword === "COPY" || instruction.keyword === "ADD") && instruction.args.some((word) => /(?:^|\/)(?:curl|wget)$/.test(word.value)));
		});
		for (const stage of model.stages) {
			if (!stage.instructions.some((instruction) => instruction.keyword === "HEALTHCHECK")) continue;
			const root = rootStage(stage);
			const missing = missingFor(root);
			if (missing.size === 0) continue;
			if (installedIn(stage)) continue;
			for (const instruction of stage.instructions) {
				if (instruction.keyword !== "HEALTHCHECK") continue;
				const image = root.scratch ? "scratch" : root.baseImage.raw;
				const found = toolCalled(instruction, missing);
				if (found) report({
					messageId: "missingTool",
					data: {
						tool: found.tool,
						image
					},
					range: found.range
				});
			}
		}
	}
});
// src/checker/rules/image-name-typo.ts
init_images();
/** The well-known word one edit away from `word`, if exactly that. */
function closest(word, candidates, alsoValid) {
	if (word.length < 4 || candidates.includes(word) || alsoValid.includes(word)) return null;
	const near = candidates.filter((candidate) => candidate.length >= 4 && editDistance(word, candidate, 1) === 1);
	return near.length === 1 ? near[0] : null;
}
var image_name_typo_default = defineRule({
	meta: {
		id: "image-name-typo",
		aliases: {},
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Possible typo in the image name or tag",
			"pt-BR": "Possível erro de digitação no nome ou na tag da imagem"
		},
		description: {
			en: "An image name one letter away from a well-known one (`apline`, `ubunut`, `nginix`) either fails to pull or, worse, pulls an image somebody registered to catch exactly that typo. Tag variants (`slim-bookwrom`, `alipne`) fail with \"manifest unknown\".",
			"pt-BR": "Um nome de imagem a uma letra de distância de um nome conhecido (`apline`, `ubunut`, `nginix`) ou falha no pull ou, pior, baixa uma imagem que alguém registrou justamente para pegar esse erro. Variantes de tag erradas (`slim-bookwrom`, `alipne`) falham com \"manifest unknown\"."
		},
		examples: {
			bad: "FROM apline:3.24\nFROM python:3.13-slim-trixei",
			good: "FROM alpine:3.24\nFROM python:3.13-slim-trixie"
		},
		messages: {
			imageTypo: {
				en: "\"{written}\" looks like a typo of the official image \"{suggestion}\".",
				"pt-BR": "\"{written}\" parece erro de digitação da imagem oficial \"{suggestion}\"."
			},
			tagTypo: {
				en: "The tag part \"{written}\" looks like a typo of \"{suggestion}\".",
				"pt-BR": "O trecho \"{written}\" da tag parece erro de digitação de \"{suggestion}\"."
			}
		}
	},
	check(model, report) {
		for (const { stage, image, word } of imageBases(model)) {
			if (stage.scratch || word.hasExpansion || !isOfficial(image)) continue;
			const nameStart = word.raw.indexOf(image.repository);
			const suggestion = closest(image.repository, WELL_KNOWN_IMAGES, OTHER_OFFICIAL_IMAGES);
			if (suggestion && nameStart !== -1) {
				const range = {
					line: word.range.line,
					column: word.range.column + nameStart,
					endLine: word.range.line,
					endColumn: word.range.column + nameStart + image.repository.length
				};
				const fix = word.range.line === word.range.endLine ? [{
					...range,
					text: suggestion
				}] : [];
				report({
					messageId: "imageTypo",
					data: {
						written: image.repository,
						suggestion
					},
					range,
					fix
				});
			}
			if (!image.tag || word.range.line !== word.range.endLine) continue;
			const tagStart = word.raw.lastIndexOf(":" + image.tag) + 1;
			let offset = 0;
			for (const part of image.tag.split(/([-_.])/)) {
				const partSuggestion = /^[a-z]+$/.test(part) ? closest(part, TAG_WORDS, OTHER_TAG_WORDS) : null;
				if (partSuggestion && tagStart > 0) {
					const column = word.range.column + tagStart + offset;
					const range = {
						line: word.range.line,
						column,
						endLine: word.range.line,
						endColumn: column + part.length
					};
					report({
						messageId: "tagTypo",
						data: {
							written: part,
							suggestion: partSuggestion
						},
						range,
						fix: [{
							...range,
							text: partSuggestion
						}]
					});
				}
				offset += part.length;
			}
		}
	}
});
// src/checker/rules/install-and-remove-separate-layers.ts
init_commands();
init_cache_cleanup();
init_package_managers();
const INSTALL = {
	"apt-get": ["install"],
	apt: ["install"],
	apk: ["add"],
	yum: ["install"],
	dnf: ["install"],
	zypper: ["install", "in"]
};
const REMOVE = {
	"apt-get": ["remove", "purge"],
	apt: ["remove", "purge"],
	apk: ["del"],
	yum: ["remove", "erase"],
	dnf: ["remove", "erase"],
	zypper: ["remove", "rm"]
};
const CACHE_DIRS$2 = [
	"/var/lib/apt/lists",
	"/var/cache/apt",
	"/var/cache/apk",
	"/var/cache/yum",
	"/var/cache/dnf",
	"/var/cache/libdnf5",
	"/var/cache/zypp",
	"/root/.cache"
];
/** The word of an `rm` that removes a cache directory, something in it, or a directory above it (`/var/cache/*`). */
const cacheWord = (call) => call.name === "rm" ? call.args.find((word) => !word.value.startsWith("-") && CACHE_DIRS$2.some((dir) => word.value.startsWith(dir) || pathCovers(word.value, dir))) : void 0;
var install_and_remove_separate_layers_default = defineRule({
	meta: {
		id: "install-and-remove-separate-layers",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Remove files in the RUN that created them",
			"pt-BR": "Remova arquivos no mesmo RUN que os criou"
		},
		description: {
			en: "Each RUN is a layer, and a later layer can only hide files, never take them out of the image. Installing build tools in one RUN and removing them (or cleaning caches) in another leaves the full size in the image. Install, use and remove within a single RUN, or use a multi-stage build.",
			"pt-BR": "Cada RUN é uma camada, e uma camada posterior só consegue esconder arquivos, nunca tirá-los da imagem. Instalar ferramentas de build num RUN e removê-las (ou limpar caches) em outro deixa o tamanho inteiro na imagem. Instale, use e remova dentro de um único RUN, ou use um build multi-stage."
		},
		examples: {
			bad: "RUN apt-get update && apt-get install -y gcc\nRUN make\nRUN apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*",
			good: "RUN apt-get update && apt-get install -y gcc \\\n && make \\\n && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*"
		},
		messages: { removedLater: {
			en: "{item} was added by the RUN on line {line}: removing it in a later RUN does not make the image smaller.",
			"pt-BR": "{item} foi adicionado pelo RUN da linha {line}: remover num RUN posterior não diminui a imagem."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			const installedBy = /* @__PURE__ */ new Map();
			let cacheWrittenBy = null;
			for (const instruction of stage.instructions) {
				if (instruction.keyword !== "RUN") continue;
				const calls = callsOf(instruction);
				const installsHere = calls.some((call) => installsPackages(call) || refreshesIndex(call));
				for (const call of calls) {
					const sub = subcommandOf(call)?.word.value ?? "";
					if (REMOVE[call.name]?.includes(sub)) for (const word of packagesOf(call)) {
						const earlier = installedBy.get(packageName(word.value));
						if (earlier && earlier !== instruction) report({
							messageId: "removedLater",
							data: {
								item: word.value,
								line: earlier.range.line
							},
							range: word.range
						});
					}
					if (!installsHere && cacheWrittenBy) {
						const cache = cacheWord(call);
						if (cache) report({
							messageId: "removedLater",
							data: {
								item: cache.value,
								line: cacheWrittenBy.range.line
							},
							range: cache.range
						});
					}
				}
				for (const call of calls) if (INSTALL[call.name]?.includes(subcommandOf(call)?.word.value ?? "")) for (const word of packagesOf(call)) installedBy.set(packageName(word.value), instruction);
				const cleansHere = calls.some((call) => cacheWord(call) !== void 0);
				if (installsHere && !cleansHere && !calls.some((call) => call.args.some((word) => word.value === "--no-cache"))) cacheWrittenBy = instruction;
				else if (cleansHere) cacheWrittenBy = null;
			}
		}
	}
});
// src/checker/rules/invalid-default-arg-in-from.ts
init_image_reference();
init_images();
var invalid_default_arg_in_from_default = defineRule({
	meta: {
		id: "invalid-default-arg-in-from",
		aliases: { buildkit: ["InvalidDefaultArgInFrom"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Give FROM ARGs a usable default",
			"pt-BR": "Dê aos ARGs do FROM um valor padrão utilizável"
		},
		description: {
			en: "When an ARG used in FROM has no default (or an empty one), a plain `docker build` without `--build-arg` produces an invalid image name such as `node:` and fails. Give the ARG a default that makes a valid reference.",
			"pt-BR": "Quando um ARG usado no FROM não tem valor padrão (ou tem um vazio), um `docker build` sem `--build-arg` gera um nome de imagem inválido, como `node:`, e falha. Dê ao ARG um padrão que forme uma referência válida."
		},
		examples: {
			bad: "ARG TAG\nFROM node:${TAG}",
			good: "ARG TAG=22-slim\nFROM node:${TAG}"
		},
		messages: { invalidDefault: {
			en: "With the default ARG values this FROM becomes \"{image}\", which is not a valid image reference.",
			"pt-BR": "Com os valores padrão dos ARGs, este FROM vira \"{image}\", que não é uma referência de imagem válida."
		} }
	},
	check(model, report) {
		for (const { stage, image, word } of imageBases(model)) {
			if (!word.hasExpansion || stage.scratch || isValidImageReference(image.raw)) continue;
			report({
				messageId: "invalidDefault",
				data: { image: image.raw },
				range: word.range
			});
		}
	}
});
// src/checker/rules/label-key-format.ts
const RESERVED$1 = [
	"com.docker.",
	"io.docker.",
	"org.dockerproject."
];
/** The key as Docker stores it: `LABEL "com.example.vendor"=ACME` names `com.example.vendor`. */
const unquoted = (key) => key.replace(/^(["'])(.*)\1$/, "$2");
/** Lower-case letters, digits, `.`, `-` (and `_`, `/`, which tools accept); a letter first, a letter or digit last; no `..` or `--`. */
function isWellFormed(key) {
	return /^[a-z](?:[a-z0-9._/-]*[a-z0-9])?$/.test(key) && !key.includes("..") && !key.includes("--");
}
var label_key_format_default = defineRule({
	meta: {
		id: "label-key-format",
		aliases: { hadolint: ["DL3048"] },
		severity: "style",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Write label keys in the recommended format",
			"pt-BR": "Escreva as chaves de label no formato recomendado"
		},
		description: {
			en: "Tools read labels by their exact key, so Docker's guidelines ask for one style: lower-case letters, digits, dots and hyphens, beginning and ending with a letter (a final digit is tolerated here), no consecutive dots or hyphens, and a reverse-DNS prefix such as `org.opencontainers.image.` or `com.example.`. The `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved for Docker's own use.",
			"pt-BR": "As ferramentas leem labels pela chave exata, por isso as orientações do Docker pedem um estilo só: letras minúsculas, dígitos, pontos e hífens, começando e terminando com letra (aqui um dígito no final também é aceito), sem pontos ou hífens seguidos, e com um prefixo DNS invertido como `org.opencontainers.image.` ou `com.example.`. Os namespaces `com.docker.*`, `io.docker.*` e `org.dockerproject.*` são reservados para uso do próprio Docker."
		},
		examples: {
			bad: "LABEL Maintainer=\"Ana <ana@example.com>\"",
			good: "LABEL org.opencontainers.image.authors=\"Ana <ana@example.com>\""
		},
		messages: {
			reserved: {
				en: "The label key \"{key}\" uses the {namespace}* namespace, which is reserved for Docker: use your own reverse-DNS prefix.",
				"pt-BR": "A chave de label \"{key}\" usa o namespace {namespace}*, que é reservado para o Docker: use o seu próprio prefixo DNS invertido."
			},
			format: {
				en: "The label key \"{key}\" should use only lower-case letters, digits, dots and hyphens, start with a letter and end with a letter or digit.",
				"pt-BR": "A chave de label \"{key}\" deve usar só letras minúsculas, dígitos, pontos e hífens, começar com letra e terminar com letra ou dígito."
			}
		}
	},
	check(model, report) {
		const labels = [];
		for (const instruction of model.instructions) {
			if (instruction.keyword === "LABEL") labels.push(instruction);
			if (instruction.keyword === "ONBUILD" && instruction.trigger?.keyword === "LABEL") labels.push(instruction.trigger);
		}
		for (const label of labels) for (const pair of label.pairs) {
			const key = unquoted(pair.key);
			const namespace = RESERVED$1.find((prefix) => key.startsWith(prefix));
			if (namespace) report({
				messageId: "reserved",
				data: {
					key,
					namespace
				},
				range: pair.keyRange
			});
			else if (!isWellFormed(key)) report({
				messageId: "format",
				data: { key },
				range: pair.keyRange
			});
		}
	}
});
// src/checker/rules/legacy-key-value-format.ts
init_instructions();
var legacy_key_value_format_default = defineRule({
	meta: {
		id: "legacy-key-value-format",
		aliases: { buildkit: ["LegacyKeyValueFormat"] },
		severity: "style",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Write ENV and LABEL as key=value",
			"pt-BR": "Escreva ENV e LABEL como chave=valor"
		},
		description: {
			en: "The old `ENV key value` form takes the whole rest of the line as the value, so it cannot set several variables and is easy to misread. `ENV key=value` is explicit, supports several pairs, and is the documented form.",
			"pt-BR": "A forma antiga `ENV chave valor` pega todo o resto da linha como valor, então não define várias variáveis e é fácil de ler errado. `ENV chave=valor` é explícita, aceita vários pares e é a forma documentada."
		},
		examples: {
			bad: "ENV NODE_ENV production",
			good: "ENV NODE_ENV=production"
		},
		messages: { legacy: {
			en: "Use \"{instruction} {key}=<value>\" instead of the legacy \"{instruction} {key} <value>\" form.",
			"pt-BR": "Use \"{instruction} {key}=<valor>\" em vez da forma antiga \"{instruction} {key} <valor>\"."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "ENV", "LABEL")) {
			const pair = instruction.pairs[0];
			if (!pair || !pair.legacy || !pair.hasValue || !pair.valueRange) continue;
			const singleLine = pair.range.line === pair.range.endLine;
			const value = /^(["']).*\1$/.test(pair.rawValue) || !/[\s"']/.test(pair.rawValue) ? pair.rawValue : /["\\]/.test(pair.rawValue) ? null : `"${pair.rawValue}"`;
			const fix = singleLine && value !== null ? [{
				...pair.range,
				text: `${pair.key}=${value}`
			}] : void 0;
			report({
				messageId: "legacy",
				data: {
					instruction: instruction.keyword,
					key: pair.key
				},
				range: pair.range,
				fix
			});
		}
	}
});
// src/checker/rules/maintainer-deprecated.ts
init_instructions();
var maintainer_deprecated_default = defineRule({
	meta: {
		id: "maintainer-deprecated",
		aliases: {
			hadolint: ["DL4000"],
			buildkit: ["MaintainerDeprecated"],
			trivy: ["DS-0022"]
		},
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "MAINTAINER is deprecated",
			"pt-BR": "MAINTAINER está obsoleto"
		},
		description: {
			en: "MAINTAINER was deprecated in favour of labels, which tools can read in a standard way. Write the author in the OCI label `org.opencontainers.image.authors`.",
			"pt-BR": "O MAINTAINER foi descontinuado em favor de labels, que as ferramentas leem de forma padronizada. Coloque o autor na label OCI `org.opencontainers.image.authors`."
		},
		examples: {
			bad: "MAINTAINER Ana <ana@example.com>",
			good: "LABEL org.opencontainers.image.authors=\"Ana <ana@example.com>\""
		},
		messages: { deprecated: {
			en: "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.",
			"pt-BR": "MAINTAINER está obsoleto: use LABEL org.opencontainers.image.authors no lugar."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "MAINTAINER")) {
			const fix = [];
			if (instruction.range.line === instruction.range.endLine && instruction.argsText !== "") {
				const author = instruction.argsText.replace(/^"(.*)"$/, "$1").replace(/(["\\])/g, "\\$1");
				fix.push({
					...instruction.range,
					text: `LABEL org.opencontainers.image.authors="${author}"`
				});
			}
			report({
				messageId: "deprecated",
				range: instruction.keywordRange,
				fix
			});
		}
	}
});
// src/checker/rules/multi-stage-build-toolchain.ts
init_commands();
init_stages();
/** Images that hold a compiler or build tool, not a runtime. */
const TOOLCHAINS = {
	golang: "a static binary on scratch or gcr.io/distroless/static",
	rust: "the binary on debian:slim or distroless/cc",
	gcc: "the binary on debian:slim or distroless/cc",
	maven: "the jar on eclipse-temurin:<version>-jre",
	gradle: "the jar on eclipse-temurin:<version>-jre",
	"mcr.microsoft.com/dotnet/sdk": "mcr.microsoft.com/dotnet/aspnet or runtime"
};
var multi_stage_build_toolchain_default = defineRule({
	meta: {
		id: "multi-stage-build-toolchain",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Do not ship the build toolchain",
			"pt-BR": "Não entregue o toolchain de build"
		},
		description: {
			en: "Compiler images (golang, rust, gcc, maven, gradle, .NET SDK) weigh hundreds of MB and carry tools an attacker would love to find. Build in a first stage and copy only the result into a small runtime image in the final stage.",
			"pt-BR": "Imagens de compilador (golang, rust, gcc, maven, gradle, .NET SDK) pesam centenas de MB e trazem ferramentas que um atacante adoraria encontrar. Compile num primeiro estágio e copie só o resultado para uma imagem de runtime pequena no estágio final."
		},
		examples: {
			bad: "FROM golang:1.27\nCOPY . .\nRUN go build -o /app\nCMD [\"/app\"]",
			good: "FROM golang:1.27 AS build\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app\nFROM gcr.io/distroless/static-debian13:nonroot\nCOPY --from=build /app /app\nCMD [\"/app\"]"
		},
		messages: {
			toolchainInFinal: {
				en: "The final stage is based on the \"{image}\" build image: build in an earlier stage and ship {runtime}.",
				"pt-BR": "O estágio final usa a imagem de build \"{image}\": compile num estágio anterior e entregue {runtime}."
			},
			nodeBuildInFinal: {
				en: "The final stage builds the app on the full \"{image}\" image: build in an earlier stage and copy the output onto a slim image.",
				"pt-BR": "O estágio final faz o build da aplicação na imagem completa \"{image}\": faça o build num estágio anterior e copie o resultado para uma imagem slim."
			}
		}
	},
	check(model, report) {
		const stage = finalStage(model);
		if (!stage) return;
		const root = rootStage(stage);
		const image = root.baseImage;
		if (!root.baseImageRange || image.raw.includes("$")) return;
		const name = image.registry ? `${image.registry}/${image.repository}` : image.repository;
		const range = stage.baseImageRange ?? stage.from.keywordRange;
		if (TOOLCHAINS[name] && !/(?:^|-)(?:runtime|jre)/.test(image.tag ?? "")) {
			report({
				messageId: "toolchainInFinal",
				data: {
					image: image.raw,
					runtime: TOOLCHAINS[name]
				},
				range
			});
			return;
		}
		if (name === "node" && !/(?:slim|alpine)/.test(image.tag ?? "")) {
			if (stage.instructions.some((instruction) => instruction.keyword === "RUN" && callsOf(instruction).some((call) => [
				"npm",
				"yarn",
				"pnpm"
			].includes(call.name) && call.args.some((word, i) => word.value === "build" && (i === 0 || call.args[i - 1].value === "run"))))) report({
				messageId: "nodeBuildInFinal",
				data: { image: image.raw },
				range
			});
		}
	}
});
// src/checker/rules/no-credential-files.ts
init_instructions();
/** Files that hold registry, cloud or Git credentials, or private keys, by their usual path. */
const CREDENTIAL_FILES = [
	".aws/credentials",
	".docker/config.json",
	".kube/config",
	".git-credentials",
	".netrc",
	"_netrc",
	".npmrc",
	".pypirc",
	".vault-token",
	"application_default_credentials.json",
	"id_rsa",
	"id_dsa",
	"id_ecdsa",
	"id_ed25519"
];
/** Directories whose usual content is credentials: copying the folder copies them. */
const CREDENTIAL_DIRS = [
	".ssh",
	".aws",
	".kube",
	".docker",
	".gnupg"
];
const clean = (path) => path.replace(/^\.\//, "").replace(/(.)\/+$/, "$1");
const endsWithPath = (path, suffix) => path === suffix || path.endsWith(`/${suffix}`);
const baseName$1 = (path) => path.slice(path.lastIndexOf("/") + 1);
function credentialIn(source, destination, destinationIsDir) {
	const from = clean(source);
	if (CREDENTIAL_FILES.some((file) => endsWithPath(from, file)) || CREDENTIAL_DIRS.some((dir) => endsWithPath(from, dir))) return source;
	const to = destinationIsDir ? `${clean(destination)}/${baseName$1(from)}` : clean(destination);
	return CREDENTIAL_FILES.some((file) => endsWithPath(to, file)) ? to : null;
}
var no_credential_files_default = defineRule({
	meta: {
		id: "no-credential-files",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Do not copy credential files into the image",
			"pt-BR": "Não copie arquivos de credenciais para a imagem"
		},
		description: {
			en: "Files such as `.npmrc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json` or an SSH private key usually hold tokens and passwords. COPY writes them into a layer, and anyone who can pull the image can extract them, even if a later RUN deletes the file. Give the build a secret mount instead (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or `--mount=type=ssh` for Git over SSH) and keep these files out of the context with `.dockerignore`.",
			"pt-BR": "Arquivos como `.npmrc`, `.netrc`, `.git-credentials`, `.aws/credentials`, `.docker/config.json` ou uma chave SSH privada costumam guardar tokens e senhas. O COPY grava esses arquivos numa camada, e qualquer pessoa que consiga baixar a imagem consegue extraí-los, mesmo que um RUN posterior apague o arquivo. Use um secret mount no build (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, ou `--mount=type=ssh` para Git via SSH) e deixe esses arquivos fora do contexto com o `.dockerignore`."
		},
		examples: {
			bad: "COPY .npmrc package.json package-lock.json ./\nRUN npm ci && rm .npmrc",
			good: "COPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci"
		},
		messages: { credentials: {
			en: "\"{path}\" looks like a credentials file: {instruction} stores it in a layer. Use a secret mount (RUN --mount=type=secret) instead.",
			"pt-BR": "\"{path}\" parece um arquivo de credenciais: o {instruction} o grava numa camada. Use um secret mount (RUN --mount=type=secret) no lugar."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "COPY", "ADD")) {
			const words = instruction.json ? null : instruction.args;
			const paths = argumentValues(instruction);
			if (paths.length < 2) continue;
			const destination = paths[paths.length - 1];
			const destinationIsDir = destination.endsWith("/") || paths.length > 2;
			for (let i = 0; i < paths.length - 1; i++) {
				if (paths[i].includes("://") || paths[i].includes("$")) continue;
				const path = credentialIn(paths[i], destination, destinationIsDir);
				if (!path) continue;
				const range = words?.[i].range ?? instruction.argsRange ?? instruction.keywordRange;
				report({
					messageId: "credentials",
					data: {
						path,
						instruction: instruction.keyword
					},
					range
				});
				break;
			}
		}
	}
});
// src/checker/rules/no-curl-pipe-shell.ts
init_instructions();
init_commands();
const DOWNLOADERS = /* @__PURE__ */ new Set(["curl", "wget"]);
const SHELLS = /* @__PURE__ */ new Set([
	"sh",
	"bash",
	"ash",
	"dash",
	"zsh",
	"ksh"
]);
var no_curl_pipe_shell_default = defineRule({
	meta: {
		id: "no-curl-pipe-shell",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "security-layers",
		title: {
			en: "Do not pipe a download into a shell",
			"pt-BR": "Não mande um download direto para o shell"
		},
		description: {
			en: "`curl … | sh` runs whatever the server sends at build time, unverified and different from one build to the next. Download the script or binary to a file, check its checksum or signature, then run it.",
			"pt-BR": "`curl … | sh` executa o que o servidor mandar na hora do build, sem verificação e podendo mudar de um build para o outro. Baixe o script ou binário para um arquivo, confira o checksum ou a assinatura e só então execute."
		},
		examples: {
			bad: "RUN curl -fsSL https://example.com/install.sh | sh",
			good: "RUN curl -fsSLo install.sh https://example.com/install.sh \\\n && echo \"<sha256>  install.sh\" | sha256sum -c - \\\n && sh install.sh"
		},
		messages: { pipeToShell: {
			en: "{downloader} output is piped into {shell}: download to a file and verify it first.",
			"pt-BR": "A saída do {downloader} vai direto para o {shell}: baixe para um arquivo e verifique antes."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "RUN")) {
			const calls = callsOf(instruction);
			for (let i = 0; i + 1 < calls.length; i++) {
				const download = calls[i];
				const next = calls[i + 1];
				if (!download.command.pipesInto || next.command.joinedBy !== "|") continue;
				if (!DOWNLOADERS.has(download.name) || !SHELLS.has(next.name) || next.args.some((word) => word.value === "-c")) continue;
				const range = {
					...download.command.range,
					endLine: next.command.range.endLine,
					endColumn: next.command.range.endColumn
				};
				report({
					messageId: "pipeToShell",
					data: {
						downloader: download.name,
						shell: next.name
					},
					range
				});
			}
		}
	}
});
// src/checker/rules/no-empty-continuation.ts
var no_empty_continuation_default = defineRule({
	meta: {
		id: "no-empty-continuation",
		aliases: { buildkit: ["NoEmptyContinuation"] },
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "No empty lines inside a continued instruction",
			"pt-BR": "Sem linhas vazias dentro de uma instrução continuada"
		},
		description: {
			en: "An empty line after a trailing backslash is silently skipped today, but BuildKit has announced it will become an error. It also makes the instruction look finished when it is not. Remove the empty line (a comment line is fine).",
			"pt-BR": "Uma linha vazia depois de uma barra invertida no fim da linha hoje é ignorada sem aviso, mas o BuildKit já anunciou que isso vai virar erro. Ela também faz a instrução parecer terminada quando não está. Remova a linha vazia (uma linha de comentário pode)."
		},
		examples: {
			bad: "RUN apt-get update && \\\n\n    apt-get install -y curl",
			good: "RUN apt-get update && \\\n    apt-get install -y curl"
		},
		messages: { emptyLine: {
			en: "Empty line inside a continued instruction: remove it.",
			"pt-BR": "Linha vazia dentro de uma instrução continuada: remova."
		} }
	},
	check(model, report) {
		for (const instruction of model.instructions) {
			const { line, endLine } = instruction.range;
			if (endLine === line || instruction.heredocs.length > 0) continue;
			for (let n = line + 1; n < endLine; n++) {
				if ((model.lines[n - 1] ?? "").trim() !== "") continue;
				report({
					messageId: "emptyLine",
					range: {
						line: n,
						column: 1,
						endLine: n,
						endColumn: (model.lines[n - 1] ?? "").length + 1
					},
					fix: [{
						line: n,
						column: 1,
						endLine: n + 1,
						endColumn: 1,
						text: ""
					}]
				});
			}
		}
	}
});
// src/checker/rules/no-package-manager-in-shell-less-image.ts
init_commands();
const TOOLS = /* @__PURE__ */ new Set([
	"apt-get",
	"apt",
	"apk",
	"yum",
	"dnf",
	"microdnf",
	"zypper",
	"pip",
	"pip3",
	"npm",
	"curl",
	"wget"
]);
var no_package_manager_in_shell_less_image_default = defineRule({
	meta: {
		id: "no-package-manager-in-shell-less-image",
		aliases: {},
		severity: "error",
		fixable: false,
		lesson: "distroless",
		title: {
			en: "No package managers or downloads in scratch or distroless stages",
			"pt-BR": "Sem gerenciador de pacotes ou downloads em estágios scratch ou distroless"
		},
		description: {
			en: "scratch and distroless images ship no package manager, no curl and no wget: that is the point of them. Install and download in a build stage, then `COPY --from` only the files you need into the final stage.",
			"pt-BR": "Imagens scratch e distroless não trazem gerenciador de pacotes, curl nem wget: esse é justamente o objetivo delas. Instale e baixe o que precisar num estágio de build e depois traga com `COPY --from` só os arquivos necessários para o estágio final."
		},
		examples: {
			bad: "FROM gcr.io/distroless/base-debian13\nRUN [\"apt-get\", \"install\", \"-y\", \"ca-certificates\"]",
			good: "FROM debian:13-slim AS certs\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates\nFROM gcr.io/distroless/base-debian13\nCOPY --from=certs /etc/ssl/certs /etc/ssl/certs"
		},
		messages: { missingTool: {
			en: "{tool} does not exist in a {kind} image: do this in a build stage and COPY --from the result.",
			"pt-BR": "{tool} não existe numa imagem {kind}: faça isso num estágio de build e traga o resultado com COPY --from."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			if (!stage.scratch && !stage.distroless) continue;
			const kind = stage.scratch ? "scratch" : "distroless";
			for (const instruction of stage.instructions) {
				if (instruction.keyword !== "RUN") continue;
				const found = toolCalled(instruction, TOOLS);
				if (found) report({
					messageId: "missingTool",
					data: {
						tool: found.tool,
						kind
					},
					range: found.range
				});
			}
		}
	}
});
// src/checker/rules/no-shell-in-shell-less-image.ts
const SHELL_FORM = /* @__PURE__ */ new Set([
	"RUN",
	"CMD",
	"ENTRYPOINT",
	"HEALTHCHECK"
]);
var no_shell_in_shell_less_image_default = defineRule({
	meta: {
		id: "no-shell-in-shell-less-image",
		aliases: {},
		severity: "error",
		fixable: false,
		lesson: "distroless",
		title: {
			en: "No shell form in scratch or distroless stages",
			"pt-BR": "Nada de forma shell em estágios scratch ou distroless"
		},
		description: {
			en: "Shell form (`RUN make`, `CMD node app.js`) runs through `/bin/sh -c`, and scratch and distroless images have no /bin/sh: RUN fails at build time and CMD, ENTRYPOINT or HEALTHCHECK fail when the container starts. Use the JSON form, and do build work in an earlier stage.",
			"pt-BR": "A forma shell (`RUN make`, `CMD node app.js`) roda via `/bin/sh -c`, e imagens scratch e distroless não têm /bin/sh: o RUN falha no build e o CMD, o ENTRYPOINT ou o HEALTHCHECK falham quando o container sobe. Use a forma JSON e faça o trabalho de build num estágio anterior."
		},
		examples: {
			bad: "FROM gcr.io/distroless/nodejs24-debian13\nCMD node server.js",
			good: "FROM gcr.io/distroless/nodejs24-debian13\nCMD [\"server.js\"]"
		},
		messages: { noShell: {
			en: "{instruction} in shell form needs /bin/sh, which the {kind} base image does not have: use the JSON form.",
			"pt-BR": "{instruction} na forma shell precisa de /bin/sh, que a imagem base {kind} não tem: use a forma JSON."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			if (!stage.scratch && !stage.distroless) continue;
			if (stage.instructions.some((instruction) => instruction.keyword === "SHELL")) continue;
			const kind = stage.scratch ? "scratch" : "distroless";
			for (const instruction of stage.instructions) {
				if (!SHELL_FORM.has(instruction.keyword) || instruction.json !== null || instruction.argsText === "") continue;
				if (instruction.keyword === "HEALTHCHECK" && instruction.args[0]?.value.toUpperCase() !== "CMD") continue;
				if (instruction.keyword === "HEALTHCHECK" && instruction.args.length < 2) continue;
				report({
					messageId: "noShell",
					data: {
						instruction: instruction.keyword,
						kind
					},
					range: instruction.argsRange ?? instruction.keywordRange
				});
			}
		}
	}
});
// src/checker/rules/no-ssh-port.ts
init_instructions();
var no_ssh_port_default = defineRule({
	meta: {
		id: "no-ssh-port",
		aliases: { trivy: ["DS-0004"] },
		severity: "warning",
		fixable: false,
		lesson: "security-layers",
		title: {
			en: "Do not expose SSH",
			"pt-BR": "Não exponha o SSH"
		},
		description: {
			en: "A container runs one process; an SSH server inside it is one more daemon to patch and a door for attackers. Use `docker exec` or `kubectl exec` to get a shell when you need one.",
			"pt-BR": "Um container roda um processo; um servidor SSH lá dentro é mais um daemon para atualizar e uma porta de entrada para atacantes. Use `docker exec` ou `kubectl exec` quando precisar de um shell."
		},
		examples: {
			bad: "EXPOSE 22",
			good: "EXPOSE 8080"
		},
		messages: { sshPort: {
			en: "Port 22 (SSH) is exposed: use docker exec instead of an SSH server.",
			"pt-BR": "A porta 22 (SSH) está exposta: use docker exec em vez de um servidor SSH."
		} }
	},
	check(model, report) {
		for (const word of exposedPorts(model)) if (/^22(?:\/(?:tcp|udp))?$/i.test(word.value)) report({
			messageId: "sshPort",
			range: word.range
		});
	}
});
// src/checker/rules/no-sudo.ts
var no_sudo_default = defineRule({
	meta: {
		id: "no-sudo",
		aliases: {
			hadolint: ["DL3004"],
			trivy: ["DS-0010"]
		},
		severity: "warning",
		fixable: false,
		lesson: "security-layers",
		title: {
			en: "Do not use sudo",
			"pt-BR": "Não use sudo"
		},
		description: {
			en: "RUN already runs as the current USER; sudo adds a setuid binary to the image, behaves unpredictably without a TTY, and invites privilege escalation. Switch users with USER around the commands that need root instead.",
			"pt-BR": "O RUN já roda como o USER atual; o sudo coloca um binário setuid na imagem, se comporta de forma imprevisível sem TTY e abre caminho para escalar privilégios. Troque de usuário com USER em volta dos comandos que precisam de root."
		},
		examples: {
			bad: "USER app\nRUN sudo apt-get install -y curl",
			good: "USER root\nRUN apt-get install -y curl\nUSER app"
		},
		messages: { noSudo: {
			en: "Do not use sudo in RUN: use USER to switch to root and back.",
			"pt-BR": "Não use sudo no RUN: use USER para trocar para root e voltar."
		} }
	},
	check(model, report) {
		for (const instruction of model.instructions) {
			const run = instruction.keyword === "ONBUILD" ? instruction.trigger : instruction;
			if (run?.keyword !== "RUN") continue;
			for (const command of run.shell?.commands ?? []) if (command.name === "sudo") report({
				messageId: "noSudo",
				range: command.words[0].range
			});
			if (run.json && run.json[0]?.split("/").pop() === "sudo") report({
				messageId: "noSudo",
				range: run.argsRange ?? run.keywordRange
			});
		}
	}
});
// src/checker/query/users.ts
/** `root`, `0`, `root:root`, `0:0`, `root:1000` … */
function isRootUser(user) {
	return /^(?:root|0+)(?::.*)?$/.test(user.trim());
}
/** The last USER of a stage chain, with variables expanded. */
function lastUser(stage) {
	const users = inheritedInstructions(stage).filter((instruction) => instruction.keyword === "USER" && instruction.args.length > 0);
	const last = users[users.length - 1];
	return last ? {
		user: expand(last.args[0].value, last),
		instruction: last
	} : null;
}
/** Base images that already run as a non-root user without a USER line (`…:nonroot`, Chainguard's non-dev images). */
function baseRunsAsNonRoot(stage) {
	const root = rootStage(stage);
	const image = root.baseImage;
	return !root.scratch && ((image.tag ?? "").includes("nonroot") || image.registry === "cgr.dev" && !(image.tag ?? "").includes("dev"));
}
var init_users = __esmMin((() => {
	init_stages();
	init_variables();
}));
// src/checker/rules/non-root-user.ts
init_commands();
init_stages();
init_users();
const ACCOUNT_TOOLS = /* @__PURE__ */ new Set([
	"useradd",
	"adduser",
	"usermod"
]);
/** Options of useradd and adduser (shadow, Debian and BusyBox) that take a value. */
const ADD_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
	"-b",
	"-c",
	"-d",
	"-e",
	"-f",
	"-g",
	"-G",
	"-h",
	"-k",
	"-K",
	"-p",
	"-P",
	"-R",
	"-s",
	"-u",
	"--base-dir",
	"--comment",
	"--home-dir",
	"--home",
	"--expiredate",
	"--inactive",
	"--gid",
	"--groups",
	"--ingroup",
	"--skel",
	"--key",
	"--password",
	"--shell",
	"--uid",
	"--root",
	"--prefix",
	"--gecos",
	"--firstuid",
	"--lastuid",
	"--conf"
]);
const USERMOD_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
	...ADD_OPTIONS_WITH_VALUE,
	"-l",
	"--login"
]);
/** Users given uid 0 by `useradd -o -u 0 name`, `adduser --uid 0 name` or `usermod -u 0 name`, with the line that did it. */
function uidZeroUsers(instructions) {
	const users = /* @__PURE__ */ new Map();
	for (const instruction of instructions) {
		if (instruction.keyword !== "RUN") continue;
		for (const call of callsOf(instruction)) {
			if (!ACCOUNT_TOOLS.has(call.name)) continue;
			const args = call.args.map((word) => word.value);
			const uid = args.flatMap((arg, i) => arg === "-u" || arg === "--uid" ? [args[i + 1] ?? ""] : /^(?:-u|--uid=)(\d+)$/.exec(arg)?.slice(1) ?? []);
			const name = positionals(call.args, call.name === "usermod" ? USERMOD_OPTIONS_WITH_VALUE : ADD_OPTIONS_WITH_VALUE).at(-1)?.value;
			if (name && uid.some((value) => /^0+$/.test(value))) users.set(name, call.nameWord.range.line);
		}
	}
	return users;
}
var non_root_user_default = defineRule({
	meta: {
		id: "non-root-user",
		aliases: {
			hadolint: ["DL3002"],
			trivy: ["DS-0002"]
		},
		severity: "warning",
		fixable: false,
		lesson: "security-layers",
		title: {
			en: "Run the final image as a non-root user",
			"pt-BR": "Rode a imagem final com um usuário que não seja root"
		},
		description: {
			en: "Root in a container is the same uid 0 as root on the host, held back only by namespaces, capabilities and seccomp. If the process is compromised or a volume is mounted, root makes the damage much larger. End the final stage with `USER` set to an unprivileged user.",
			"pt-BR": "O root no container é o mesmo uid 0 do root no host, contido só por namespaces, capabilities e seccomp. Se o processo for comprometido ou um volume for montado, ser root aumenta muito o estrago. Termine o estágio final com `USER` apontando para um usuário sem privilégios."
		},
		examples: {
			bad: "FROM node:24-slim\nCOPY . .\nCMD [\"node\", \"server.js\"]",
			good: "FROM node:24-slim\nCOPY . .\nUSER node\nCMD [\"node\", \"server.js\"]"
		},
		messages: {
			rootUser: {
				en: "The final stage runs as \"{user}\": switch to an unprivileged user with USER.",
				"pt-BR": "O estágio final roda como \"{user}\": troque para um usuário sem privilégios com USER."
			},
			uidZeroUser: {
				en: "\"{user}\" was given uid 0 on line {line}, so the final stage still runs as root: give it its own uid.",
				"pt-BR": "\"{user}\" recebeu o uid 0 na linha {line}, então o estágio final continua rodando como root: dê a ele um uid próprio."
			},
			noUser: {
				en: "The final stage never sets USER, so the container runs as root.",
				"pt-BR": "O estágio final nunca define USER, então o container roda como root."
			}
		}
	},
	check(model, report) {
		const stage = finalStage(model);
		if (!stage) return;
		const last = lastUser(stage);
		if (last) {
			const { user, instruction } = last;
			const range = instruction.args[0].range;
			const uidZeroLine = uidZeroUsers(inheritedInstructions(stage)).get(user.split(":")[0]);
			if (isRootUser(user)) report({
				messageId: "rootUser",
				data: { user },
				range
			});
			else if (uidZeroLine !== void 0) report({
				messageId: "uidZeroUser",
				data: {
					user,
					line: uidZeroLine
				},
				range
			});
			return;
		}
		if (!baseRunsAsNonRoot(stage)) report({
			messageId: "noUser",
			range: stage.from.range
		});
	}
});
// src/checker/rules/npm-ci-over-install.ts
init_commands();
init_run_instructions();
const VALUE_OPTIONS$1 = /* @__PURE__ */ new Set([
	"--prefix",
	"--registry",
	"--cache",
	"--workspace",
	"-w",
	"--omit",
	"--include",
	"--loglevel"
]);
var npm_ci_over_install_default = defineRule({
	meta: {
		id: "npm-ci-over-install",
		aliases: {},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Use npm ci to install dependencies",
			"pt-BR": "Use npm ci para instalar as dependências"
		},
		description: {
			en: "`npm install` may resolve newer versions than the lockfile and rewrite it, so two builds of the same commit can ship different code. `npm ci` installs exactly what package-lock.json says and fails if it is out of date.",
			"pt-BR": "O `npm install` pode resolver versões mais novas que as do lockfile e reescrevê-lo, então dois builds do mesmo commit podem levar código diferente. O `npm ci` instala exatamente o que está no package-lock.json e falha se ele estiver desatualizado."
		},
		examples: {
			bad: "COPY package*.json ./\nRUN npm install",
			good: "COPY package*.json ./\nRUN npm ci --omit=dev"
		},
		messages: { useNpmCi: {
			en: "Use \"npm ci\" to install exactly the versions in package-lock.json.",
			"pt-BR": "Use \"npm ci\" para instalar exatamente as versões do package-lock.json."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (call.name !== "npm") continue;
			const [sub, ...rest] = positionals(call.args, VALUE_OPTIONS$1);
			if (!sub || !["install", "i"].includes(sub.value)) continue;
			if (call.args.slice(call.args.indexOf(sub) + 1).some((word) => [
				"-g",
				"--global",
				"--location=global"
			].includes(word.value))) continue;
			if (rest.length > 0) continue;
			report({
				messageId: "useNpmCi",
				range: call.command.range
			});
		}
	}
});
// src/checker/rules/onbuild-trigger-allowed.ts
const NOT_ALLOWED = /* @__PURE__ */ new Set([
	"ONBUILD",
	"FROM",
	"MAINTAINER"
]);
var onbuild_trigger_allowed_default = defineRule({
	meta: {
		id: "onbuild-trigger-allowed",
		aliases: { hadolint: ["DL3043"] },
		severity: "error",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER",
			"pt-BR": "ONBUILD não pode disparar ONBUILD, FROM nem MAINTAINER"
		},
		description: {
			en: "ONBUILD stores an instruction that runs later, at the start of a build that uses this image as its base. Docker refuses three triggers: ONBUILD (triggers cannot be chained), FROM (the child build already chose its base image) and MAINTAINER (deprecated, it only sets metadata). Write the instruction directly in the child Dockerfile, or use a LABEL for the author.",
			"pt-BR": "O ONBUILD guarda uma instrução que roda depois, no início de um build que usa esta imagem como base. O Docker recusa três gatilhos: ONBUILD (gatilhos não podem ser encadeados), FROM (o build filho já escolheu a sua imagem base) e MAINTAINER (obsoleto, só define metadados). Escreva a instrução direto no Dockerfile filho, ou use uma LABEL para o autor."
		},
		examples: {
			bad: "ONBUILD FROM alpine:3.24",
			good: "ONBUILD COPY . /app/src"
		},
		messages: { notAllowed: {
			en: "{instruction} cannot be an ONBUILD trigger: Docker refuses to build this.",
			"pt-BR": "{instruction} não pode ser gatilho de ONBUILD: o Docker se recusa a fazer este build."
		} }
	},
	check(model, report) {
		for (const instruction of model.instructions) {
			const trigger = instruction.keyword === "ONBUILD" ? instruction.trigger : null;
			if (trigger && NOT_ALLOWED.has(trigger.keyword)) report({
				messageId: "notAllowed",
				data: { instruction: trigger.keywordAsWritten },
				range: trigger.keywordRange
			});
		}
	}
});
// src/checker/query/pinning.ts
init_commands();
init_package_managers();
init_run_instructions();
/** Reports each install command that names at least one package without a version (one finding per command). */
function checkPinning(model, report, read, messageId = "unpinned") {
	for (const { host, call } of runCommands(model)) {
		const unpinned = read(call, {
			model,
			host
		});
		if (!unpinned || unpinned.length === 0) continue;
		report({
			messageId,
			data: {
				manager: call.name,
				packages: listOf(unpinned)
			},
			range: call.command.range
		});
	}
}
/** `curl, git, vim …`: the first three names, enough to find the line. */
function listOf(words) {
	const names = words.slice(0, 3).map((word) => word.value);
	return words.length > 3 ? `${names.join(", ")} …` : names.join(", ");
}
/** A word that is one expansion and nothing else (`$PACKAGES`, `${deps}`, `$(cat list)`): its packages are unknown here. */
function isOpaque(word) {
	return word.hasExpansion && /^\$(?:\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|\(.*\))$/s.test(word.value);
}
function unpinnedOf(words, pinned) {
	return words.filter((word) => !isOpaque(word) && !pinned(word.value));
}
/** Whether one of these options is present, alone or as `--name=value`, before any `--`. */
function hasAnyOption(args, names) {
	for (const arg of args) {
		if (arg.value === "--") return false;
		if (names.some((name) => arg.value === name || name.startsWith("--") && arg.value.startsWith(`${name}=`))) return true;
	}
	return false;
}
/** The packages of an install of one of these managers (`apt-get install`, `apk add`, `dnf install` …), or null. */
function installedPackages(call, managers, action) {
	const manager = managerOf(call);
	return manager && managers.includes(manager) && actionOf(call) === action ? packagesOf(call) : null;
}
/** `curl=7.88.1-10+deb12u5`, `curl=7.88*`, a target release `curl/bookworm-backports`, a local `./tool.deb`. */
function aptPinned(value) {
	return value.includes("=") || value.includes("/") || value.endsWith(".deb");
}
const unpinnedAptPackages = (call) => {
	const packages = installedPackages(call, ["apt"], "install");
	return packages && unpinnedOf(packages, aptPinned);
};
/** `flex=2.6.4-r1`, `git~2.45`, `python3<3.13`, a local `tool-1.0.apk`. */
function apkPinned(value) {
	return /[=~<>]/.test(value) || value.endsWith(".apk");
}
const unpinnedApkPackages = (call) => {
	const packages = installedPackages(call, ["apk"], "add");
	return packages && unpinnedOf(packages, apkPinned);
};
/** Variables referenced by a word (`git-core-${version}` → `version`). */
function variablesIn(value) {
	return [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
}
/** A variable visible here, or declared by an ARG anywhere (a build argument set from outside, e.g. by Renovate). */
function isDeclared(name, { model, host }) {
	return host.variables.has(name) || model.instructions.some((instruction) => instruction.keyword === "ARG" && instruction.pairs.some((pair) => pair.key === name));
}
/**
* `tomcat-9.0.39`, `openssl-1:1.1.1k`, `gcc-c++-12.2*`, a local or remote `.rpm`, or a version held in a declared
* variable (`git-core-${version}`): a name followed by dash-separated parts of which at least one starts with a digit.
*/
function rpmPinned(value, context) {
	const parts = value.split("-");
	if (parts.length <= 1) return false;
	if (value.endsWith(".rpm")) return true;
	if (value.includes("$")) return variablesIn(value).some((name) => isDeclared(name, context));
	const tail = parts.slice(1);
	return tail.every((part) => /^[0-9A-Za-z.~^_:+*]+$/.test(part)) && tail.some((part) => /^[0-9]/.test(part));
}
function unpinnedRpmPackages(managers) {
	return (call, context) => {
		const packages = installedPackages(call, managers, "install");
		if (packages) return unpinnedOf(packages, (value) => rpmPinned(value, context));
		const modules = installedPackages(call, managers, "module install");
		return modules && unpinnedOf(modules, (value) => value.includes(":"));
	};
}
const unpinnedYumPackages = unpinnedRpmPackages(["yum"]);
const unpinnedDnfPackages = unpinnedRpmPackages(["dnf", "microdnf"]);
/** `tomcat=9.0.39`, `tomcat>=9.0`, `tomcat<10`, a local `.rpm`. */
function zypperPinned(value) {
	return /[=<>]/.test(value) || value.endsWith(".rpm");
}
/** The value of zypper's `-t`/`--type` (`package` when absent). */
function zypperType(args) {
	const at = args.findIndex((word) => word.value === "-t" || word.value === "--type" || word.value.startsWith("--type="));
	if (at === -1) return {
		type: "package",
		word: null
	};
	if (args[at].value.startsWith("--type=")) return {
		type: args[at].value.slice(7),
		word: null
	};
	return {
		type: args[at + 1]?.value ?? "",
		word: args[at + 1] ?? null
	};
}
const unpinnedZypperPackages = (call) => {
	const packages = installedPackages(call, ["zypper"], "install") ?? installedPackages(call, ["zypper"], "in");
	if (!packages) return null;
	const { type, word } = zypperType(call.args);
	if (type !== "package") return null;
	return unpinnedOf(packages.filter((pkg) => pkg !== word), zypperPinned);
};
const PIP_VALUE_OPTIONS$1 = /* @__PURE__ */ new Set([
	"-i",
	"--index-url",
	"--extra-index-url",
	"-f",
	"--find-links",
	"-t",
	"--target",
	"--prefix",
	"--root",
	"--src",
	"-e",
	"--editable",
	"--platform",
	"--python-version",
	"--implementation",
	"--abi",
	"--no-binary",
	"--only-binary",
	"--progress-bar",
	"--proxy",
	"--python",
	"--root-user-action",
	"--trusted-host",
	"--upgrade-strategy",
	"--cache-dir",
	"--log",
	"--timeout",
	"--retries",
	"--exists-action",
	"--cert",
	"--client-cert",
	"-b",
	"--build",
	"--global-option",
	"--install-option",
	"-C",
	"--config-settings",
	"--report",
	"--suffix",
	"--pip-args"
]);
const VCS_SCHEME = /^(?:git|hg|svn|bzr)(?:\+[a-z-]+)?:/;
/**
* `flask==3.0.3`, `flask~=3.0`, `flask>=3,<4`, a VCS URL with a ref after the path (`git+https://…/repo.git@v1.2`),
* a local wheel or sdist, or any other path or URL.
*/
function pipPinned(value) {
	if (/[<>]|[=!~]=/.test(value)) return true;
	if (VCS_SCHEME.test(value)) return value.slice(value.lastIndexOf("/") + 1).includes("@");
	return value.endsWith(".whl") || value.endsWith(".tar.gz") || value.includes("/");
}
/** The arguments after `pip`, `pip3`, `pipx`, `python -m pip` … or null for other commands. */
function pipArgs(call) {
	if (/^pip(?:x|[0-9.]*)$/.test(call.name)) return call.args;
	if (!/^python[0-9.]*$/.test(call.name)) return null;
	const module = call.args.findIndex((word, n) => word.value === "-m" && /^pip[0-9.]*$/.test(call.args[n + 1]?.value ?? ""));
	return module === -1 ? null : call.args.slice(module + 2);
}
const unpinnedPipPackages = (call) => {
	const args = pipArgs(call);
	if (!args) return null;
	const [sub, ...packages] = positionals(args, PIP_VALUE_OPTIONS$1);
	if (sub?.value !== "install") return null;
	if (hasAnyOption(args, [
		"-r",
		"--requirement",
		"-c",
		"--constraint"
	]) || args.some((word) => /^-[rc]./.test(word.value))) return [];
	if (packages.some((word) => word.value === ".")) return [];
	return unpinnedOf(packages, pipPinned);
};
const NPM_VALUE_OPTIONS = /* @__PURE__ */ new Set([
	"--loglevel",
	"--registry",
	"--prefix",
	"--cache",
	"--userconfig",
	"--omit",
	"--include",
	"-w",
	"--workspace",
	"--install-strategy"
]);
/**
* `express@4.19.2`, `@scope/name@^1.2` (any version or range but `latest`), a git URL or GitHub shorthand with a
* `#commit` or `#semver:` ref, a tarball, or a local folder.
*/
function npmPinned(value) {
	if (/^(?:git(?:\+[a-z]+)?:\/\/|https?:\/\/|(?:github|gitlab|bitbucket|gist):)/.test(value)) return value.includes("#") || /\.(?:tar|tar\.gz|tgz)$/.test(value);
	if (/\.(?:tar|tar\.gz|tgz)$/.test(value) || /^(?:\/|\.\.?\/|~\/|file:)/.test(value)) return true;
	const scoped = value.startsWith("@");
	const name = scoped ? value.slice(value.indexOf("/") + 1) : value;
	if (!scoped && /^[\w.-]+\/[\w.-]+/.test(value)) return value.includes("#");
	const at = name.indexOf("@");
	if (at <= 0) return false;
	const version = name.slice(at + 1);
	return version !== "" && version !== "latest";
}
const unpinnedNpmPackages = (call) => {
	if (call.name !== "npm") return null;
	const [sub, ...packages] = positionals(call.args, NPM_VALUE_OPTIONS);
	if (!sub || ![
		"install",
		"i",
		"add"
	].includes(sub.value)) return null;
	return unpinnedOf(packages, npmPinned);
};
/** gem install options that take no value; any other option is read as taking the next word. */
const GEM_FLAGS = /* @__PURE__ */ new Set([
	"-N",
	"--no-document",
	"--no-ri",
	"--no-rdoc",
	"--user-install",
	"--no-user-install",
	"--conservative",
	"--minimal-deps",
	"-f",
	"--force",
	"--no-force",
	"--ignore-dependencies",
	"--prerelease",
	"--no-prerelease",
	"--pre",
	"--development",
	"--development-all",
	"-E",
	"--env-shebang",
	"--no-env-shebang",
	"-V",
	"--verbose",
	"--no-verbose",
	"-q",
	"--quiet",
	"--silent",
	"--norc",
	"-l",
	"--local",
	"-r",
	"--remote",
	"-b",
	"--both",
	"--clear-sources",
	"--default",
	"--explain",
	"--lock",
	"--no-lock",
	"--suggestions",
	"--no-suggestions",
	"-w",
	"--wrappers",
	"--no-wrappers",
	"--format-executable",
	"--no-format-executable",
	"--vendor",
	"--post-install-message",
	"--no-post-install-message",
	"-u",
	"--update-sources",
	"--no-update-sources",
	"--backtrace",
	"--debug",
	"--document"
]);
/** `bundler:2.5.6`, `rails:'~> 7.1'`, or a local `.gem` file. */
function gemPinned(value) {
	return value.includes(":") || value.endsWith(".gem");
}
const unpinnedGemPackages = (call) => {
	if (call.name !== "gem") return null;
	const end = call.args.findIndex((word) => word.value === "--");
	const args = end === -1 ? call.args : call.args.slice(0, end);
	const sub = args.findIndex((word) => !word.value.startsWith("-"));
	if (sub === -1 || !["install", "i"].includes(args[sub].value)) return null;
	if (args.some((word) => word.value === "-v" || word.value === "--version" || word.value.startsWith("--version="))) return [];
	const gems = [];
	for (let i = sub + 1; i < args.length; i++) {
		const value = args[i].value;
		if (!value.startsWith("-")) gems.push(args[i]);
		else if (!GEM_FLAGS.has(value) && !value.includes("=")) i++;
	}
	return unpinnedOf(gems, gemPinned);
};
// src/checker/rules/pin-apk-packages.ts
var pin_apk_packages_default = defineRule({
	meta: {
		id: "pin-apk-packages",
		aliases: { hadolint: ["DL3018"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in apk add",
			"pt-BR": "Fixe as versões no apk add"
		},
		description: {
			en: "Without a version, `apk add curl` installs the newest curl of the Alpine branch on the day of the build, so rebuilding can change the image. An exact pin (`curl=8.9.1-r1`) makes the build repeatable, but an Alpine branch keeps only the latest build of each package, so the pin breaks the build as soon as a fix is published. `curl=~8.9` (any 8.9 release) is a softer pin that still receives patch releases.",
			"pt-BR": "Sem versão, `apk add curl` instala o curl mais novo do branch do Alpine no dia do build, então refazer o build pode mudar a imagem. Uma versão exata (`curl=8.9.1-r1`) deixa o build repetível, mas um branch do Alpine só guarda o build mais recente de cada pacote, então a versão fixada quebra o build assim que sai uma correção. `curl=~8.9` (qualquer versão 8.9) é uma fixação mais flexível, que continua recebendo as versões de correção."
		},
		examples: {
			bad: "RUN apk add --no-cache curl",
			good: "RUN apk add --no-cache curl=~8.9"
		},
		messages: { unpinned: {
			en: "No version for {packages} in apk add: pin it with name=version or name=~version (e.g. curl=~8.9) if this image must be reproducible.",
			"pt-BR": "Sem versão para {packages} no apk add: fixe com nome=versão ou nome=~versão (por exemplo curl=~8.9) se esta imagem precisa ser reproduzível."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedApkPackages);
	}
});
// src/checker/rules/pin-apt-packages.ts
var pin_apt_packages_default = defineRule({
	meta: {
		id: "pin-apt-packages",
		aliases: { hadolint: ["DL3008"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in apt-get install",
			"pt-BR": "Fixe as versões no apt-get install"
		},
		description: {
			en: "Without a version, `apt-get install curl` installs whatever the mirror offers on the day of the build, so the same Dockerfile can produce different images. Pinning (`curl=7.88.1-10+deb12u8`, or `curl=7.88.*`) makes the build repeatable and busts the cache when you change it, but Debian and Ubuntu mirrors drop superseded versions: a pinned build can break after a security update, and the updates become your job. Pin the packages whose version matters to you, and rebuild regularly for the rest.",
			"pt-BR": "Sem versão, `apt-get install curl` instala o que o mirror tiver no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Fixar a versão (`curl=7.88.1-10+deb12u8`, ou `curl=7.88.*`) deixa o build repetível e invalida o cache quando você a muda, mas os mirrors do Debian e do Ubuntu removem as versões substituídas: um build fixado pode quebrar depois de uma atualização de segurança, e atualizar passa a ser trabalho seu. Fixe os pacotes cuja versão importa para você e refaça o build com frequência para o resto."
		},
		examples: {
			bad: "RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*",
			good: "RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*"
		},
		messages: { unpinned: {
			en: "No version for {packages} in {manager} install: pin it with name=version (e.g. curl=7.88.*) if this image must be reproducible.",
			"pt-BR": "Sem versão para {packages} no {manager} install: fixe com nome=versão (por exemplo curl=7.88.*) se esta imagem precisa ser reproduzível."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedAptPackages);
	}
});
// src/checker/rules/pin-base-image-tag.ts
init_images();
var pin_base_image_tag_default = defineRule({
	meta: {
		id: "pin-base-image-tag",
		aliases: {
			hadolint: ["DL3006", "DL3007"],
			trivy: ["DS-0001"]
		},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin the base image tag",
			"pt-BR": "Fixe a tag da imagem base"
		},
		description: {
			en: "Without a tag, or with `latest`, the base image changes whenever its publisher pushes a new version, so the same Dockerfile builds a different image next week. Pin a version tag (or a digest) to get repeatable builds and deliberate upgrades.",
			"pt-BR": "Sem tag, ou com `latest`, a imagem base muda sempre que quem a publica envia uma versão nova, e o mesmo Dockerfile gera outra imagem na semana seguinte. Fixe a tag de uma versão (ou um digest) para ter builds reproduzíveis e atualizações feitas de propósito."
		},
		examples: {
			bad: "FROM node\nFROM python:latest",
			good: "FROM node:24.11-trixie-slim\nFROM python:3.13-slim"
		},
		messages: {
			missingTag: {
				en: "The base image \"{image}\" has no tag: pin a version, e.g. \"{image}:<version>\".",
				"pt-BR": "A imagem base \"{image}\" está sem tag: fixe uma versão, por exemplo \"{image}:<versão>\"."
			},
			latestTag: {
				en: "The base image \"{image}\" uses the \"latest\" tag: pin a version instead.",
				"pt-BR": "A imagem base \"{image}\" usa a tag \"latest\": fixe uma versão no lugar dela."
			}
		}
	},
	check(model, report) {
		for (const { stage, image, word } of imageBases(model)) {
			if (stage.scratch || image.raw === "" || image.digest || image.raw.includes("$")) continue;
			if (image.tag === null) report({
				messageId: "missingTag",
				data: { image: image.raw },
				range: word.range
			});
			else if (image.tag === "latest") report({
				messageId: "latestTag",
				data: { image: image.raw },
				range: word.range
			});
		}
	}
});
// src/checker/rules/pin-dnf-packages.ts
var pin_dnf_packages_default = defineRule({
	meta: {
		id: "pin-dnf-packages",
		aliases: { hadolint: ["DL3041"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in dnf install",
			"pt-BR": "Fixe as versões no dnf install"
		},
		description: {
			en: "Without a version, `dnf install nginx` (or `microdnf install nginx`) installs the newest build in the enabled repositories on the day of the build, so the same Dockerfile can produce different images. Naming the version (`nginx-1.24.0`, or `nodejs:20` for a module stream) makes the build repeatable, at the price of updating the pin yourself when security fixes arrive. Pin what must not change, and rebuild regularly for the rest.",
			"pt-BR": "Sem versão, `dnf install nginx` (ou `microdnf install nginx`) instala o build mais novo dos repositórios habilitados no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indicar a versão (`nginx-1.24.0`, ou `nodejs:20` para um stream de módulo) deixa o build repetível, com o custo de você mesmo atualizar a versão fixada quando saem correções de segurança. Fixe o que não pode mudar e refaça o build com frequência para o resto."
		},
		examples: {
			bad: "RUN dnf install -y nginx && dnf clean all",
			good: "RUN dnf install -y nginx-1.24.0 && dnf clean all"
		},
		messages: { unpinned: {
			en: "No version for {packages} in {manager} install: pin it with name-version (e.g. nginx-1.24.0) if this image must be reproducible.",
			"pt-BR": "Sem versão para {packages} no {manager} install: fixe com nome-versão (por exemplo nginx-1.24.0) se esta imagem precisa ser reproduzível."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedDnfPackages);
	}
});
// src/checker/rules/pin-gem-packages.ts
var pin_gem_packages_default = defineRule({
	meta: {
		id: "pin-gem-packages",
		aliases: { hadolint: ["DL3028"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in gem install",
			"pt-BR": "Fixe as versões no gem install"
		},
		description: {
			en: "Without a version, `gem install bundler` installs the newest release on RubyGems on the day of the build, so the same Dockerfile can produce different images. Name the version (`gem install bundler:2.5.6` or `gem install bundler -v 2.5.6`) for tools you install by name; for the app's own gems, copy `Gemfile` with `Gemfile.lock` and run `bundle install`, which installs what the lockfile says. Pins do not update themselves: bump them on purpose.",
			"pt-BR": "Sem versão, `gem install bundler` instala a versão mais nova do RubyGems no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indique a versão (`gem install bundler:2.5.6` ou `gem install bundler -v 2.5.6`) das ferramentas que você instala pelo nome; para as gems da própria aplicação, copie o `Gemfile` junto com o `Gemfile.lock` e rode `bundle install`, que instala o que o lockfile diz. Versões fixadas não se atualizam sozinhas: atualize de propósito."
		},
		examples: {
			bad: "RUN gem install bundler",
			good: "RUN gem install bundler:2.5.6"
		},
		messages: { unpinned: {
			en: "No version for {packages} in gem install: pin it with name:version or -v version.",
			"pt-BR": "Sem versão para {packages} no gem install: fixe com nome:versão ou -v versão."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedGemPackages);
	}
});
// src/checker/rules/pin-npm-packages.ts
var pin_npm_packages_default = defineRule({
	meta: {
		id: "pin-npm-packages",
		aliases: { hadolint: ["DL3016"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in npm install",
			"pt-BR": "Fixe as versões no npm install"
		},
		description: {
			en: "Without a version, `npm install -g typescript` installs whatever is tagged `latest` on the day of the build, so the same Dockerfile can produce different images. Name the version (`typescript@5.6.3`) for tools you install by name; for the app's own dependencies, copy `package.json` with `package-lock.json` and run `npm ci`, which installs exactly what the lockfile says. Pins do not update themselves: bump them on purpose, for example with a dependency bot.",
			"pt-BR": "Sem versão, `npm install -g typescript` instala o que estiver marcado como `latest` no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indique a versão (`typescript@5.6.3`) das ferramentas que você instala pelo nome; para as dependências da própria aplicação, copie o `package.json` junto com o `package-lock.json` e rode `npm ci`, que instala exatamente o que o lockfile diz. Versões fixadas não se atualizam sozinhas: atualize de propósito, por exemplo com um bot de dependências."
		},
		examples: {
			bad: "RUN npm install -g typescript",
			good: "RUN npm install -g typescript@5.6.3"
		},
		messages: { unpinned: {
			en: "No version for {packages} in npm install: pin it with name@version, or let package-lock.json decide with npm ci.",
			"pt-BR": "Sem versão para {packages} no npm install: fixe com nome@versão, ou deixe o package-lock.json decidir com npm ci."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedNpmPackages);
	}
});
// src/checker/rules/pin-pip-packages.ts
var pin_pip_packages_default = defineRule({
	meta: {
		id: "pin-pip-packages",
		aliases: { hadolint: ["DL3013"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in pip install",
			"pt-BR": "Fixe as versões no pip install"
		},
		description: {
			en: "Without a version, `pip install flask` installs the newest release on PyPI, even a new major version that breaks your code, and its dependencies float too. Pin with `flask==3.0.3`, or better keep every version in a requirements file (generated by `pip freeze` or a lock tool, optionally with `--hash`) and run `pip install -r requirements.txt`, so your laptop, CI and the image agree. Pins do not update themselves: bump them on purpose, for example with a dependency bot.",
			"pt-BR": "Sem versão, `pip install flask` instala a versão mais nova do PyPI, até uma versão major nova que quebra o seu código, e as dependências dela também variam. Fixe com `flask==3.0.3`, ou melhor, guarde todas as versões num arquivo de requirements (gerado pelo `pip freeze` ou por uma ferramenta de lock, se quiser com `--hash`) e rode `pip install -r requirements.txt`, para o seu computador, o CI e a imagem concordarem. Versões fixadas não se atualizam sozinhas: atualize de propósito, por exemplo com um bot de dependências."
		},
		examples: {
			bad: "RUN pip install --no-cache-dir flask",
			good: "RUN pip install --no-cache-dir flask==3.0.3"
		},
		messages: { unpinned: {
			en: "No version for {packages} in pip install: pin it with name==version, or install from a requirements file with -r.",
			"pt-BR": "Sem versão para {packages} no pip install: fixe com nome==versão, ou instale a partir de um arquivo de requirements com -r."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedPipPackages);
	}
});
// src/checker/rules/pin-yum-packages.ts
var pin_yum_packages_default = defineRule({
	meta: {
		id: "pin-yum-packages",
		aliases: { hadolint: ["DL3033"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in yum install",
			"pt-BR": "Fixe as versões no yum install"
		},
		description: {
			en: "Without a version, `yum install httpd` installs the newest build in the enabled repositories on the day of the build, so the same Dockerfile can produce different images. Naming the version (`httpd-2.4.6`, or `nodejs:20` for a module stream) makes the build repeatable, at the price of updating the pin yourself when security fixes arrive. Pin what must not change, and rebuild regularly for the rest.",
			"pt-BR": "Sem versão, `yum install httpd` instala o build mais novo dos repositórios habilitados no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. Indicar a versão (`httpd-2.4.6`, ou `nodejs:20` para um stream de módulo) deixa o build repetível, com o custo de você mesmo atualizar a versão fixada quando saem correções de segurança. Fixe o que não pode mudar e refaça o build com frequência para o resto."
		},
		examples: {
			bad: "RUN yum install -y httpd && yum clean all",
			good: "RUN yum install -y httpd-2.4.6 && yum clean all"
		},
		messages: { unpinned: {
			en: "No version for {packages} in yum install: pin it with name-version (e.g. httpd-2.4.6) if this image must be reproducible.",
			"pt-BR": "Sem versão para {packages} no yum install: fixe com nome-versão (por exemplo httpd-2.4.6) se esta imagem precisa ser reproduzível."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedYumPackages);
	}
});
// src/checker/rules/pin-zypper-packages.ts
var pin_zypper_packages_default = defineRule({
	meta: {
		id: "pin-zypper-packages",
		aliases: { hadolint: ["DL3037"] },
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Pin versions in zypper install",
			"pt-BR": "Fixe as versões no zypper install"
		},
		description: {
			en: "Without a version, `zypper install nginx` installs the newest build in the repositories on the day of the build, so the same Dockerfile can produce different images. `nginx=1.21.5` pins one version and `nginx>=1.21` sets a floor; both make the build more predictable, at the price of updating the pin yourself when security fixes arrive. Pin what must not change, and rebuild regularly for the rest.",
			"pt-BR": "Sem versão, `zypper install nginx` instala o build mais novo dos repositórios no dia do build, então o mesmo Dockerfile pode gerar imagens diferentes. `nginx=1.21.5` fixa uma versão e `nginx>=1.21` define um mínimo; as duas formas deixam o build mais previsível, com o custo de você mesmo atualizar a versão fixada quando saem correções de segurança. Fixe o que não pode mudar e refaça o build com frequência para o resto."
		},
		examples: {
			bad: "RUN zypper install -y nginx && zypper clean",
			good: "RUN zypper install -y nginx=1.21.5 && zypper clean"
		},
		messages: { unpinned: {
			en: "No version for {packages} in zypper install: pin it with name=version (e.g. nginx=1.21.5) if this image must be reproducible.",
			"pt-BR": "Sem versão para {packages} no zypper install: fixe com nome=versão (por exemplo nginx=1.21.5) se esta imagem precisa ser reproduzível."
		} }
	},
	check(model, report) {
		checkPinning(model, report, unpinnedZypperPackages);
	}
});
// src/checker/rules/pip-no-cache-dir.ts
init_commands();
init_cache_cleanup();
init_run_instructions();
const CACHE_DIRS$1 = ["~/.cache/pip"];
const PIP_VALUE_OPTIONS = /* @__PURE__ */ new Set([
	"--proxy",
	"--cache-dir",
	"--log",
	"--log-file",
	"--timeout",
	"--retries",
	"--exists-action",
	"--trusted-host",
	"--cert",
	"--client-cert",
	"--python",
	"--use-feature",
	"--use-deprecated"
]);
/** pip's strtobool "false" values: pip still turns the cache off for them, as for the "true" ones. */
const FALSE_VALUES = /^(?:0|n|no|f|false|off)$/i;
/** `pip install`, `pip3 --quiet install`, `python -m pip install` → the `install` word. */
function pipInstallWord(call) {
	let args = call.args;
	if (/^python[0-9.]*$/.test(call.name)) {
		const module = args.findIndex((word) => word.value === "-m");
		if (module === -1 || !/^pip[0-9.]*$/.test(args[module + 1]?.value ?? "") || args.slice(0, module).some((word) => !word.value.startsWith("-"))) return null;
		args = args.slice(module + 2);
	} else if (!/^pip[0-9.]*$/.test(call.name)) return null;
	const [sub] = positionals(args, PIP_VALUE_OPTIONS);
	return sub?.value === "install" ? sub : null;
}
var pip_no_cache_dir_default = defineRule({
	meta: {
		id: "pip-no-cache-dir",
		aliases: { hadolint: ["DL3042"] },
		severity: "warning",
		fixable: true,
		lesson: "small-images",
		title: {
			en: "Use pip install --no-cache-dir",
			"pt-BR": "Use pip install --no-cache-dir"
		},
		description: {
			en: "pip keeps every downloaded wheel in ~/.cache/pip, which is useless inside an image and often as big as the packages themselves. `--no-cache-dir` (or `PIP_NO_CACHE_DIR=1`, or a BuildKit cache mount) keeps it out of the layer. pip turns the cache off for any value of PIP_NO_CACHE_DIR, so `PIP_NO_CACHE_DIR=0` or `false` means the opposite of what it says: write 1.",
			"pt-BR": "O pip guarda cada wheel baixado em ~/.cache/pip, o que não serve para nada dentro da imagem e costuma ser tão grande quanto os próprios pacotes. `--no-cache-dir` (ou `PIP_NO_CACHE_DIR=1`, ou um cache mount do BuildKit) mantém esse cache fora da camada. O pip desliga o cache com qualquer valor de PIP_NO_CACHE_DIR, então `PIP_NO_CACHE_DIR=0` ou `false` quer dizer o contrário do que parece: escreva 1."
		},
		examples: {
			bad: "RUN pip install -r requirements.txt",
			good: "RUN pip install --no-cache-dir -r requirements.txt"
		},
		messages: {
			missingNoCacheDir: {
				en: "Add --no-cache-dir so pip's download cache does not stay in the layer.",
				"pt-BR": "Adicione --no-cache-dir para o cache de downloads do pip não ficar na camada."
			},
			misleadingValue: {
				en: "PIP_NO_CACHE_DIR={value} reads as \"keep the cache\", yet pip turns its cache off for any value: write PIP_NO_CACHE_DIR=1 so the Dockerfile says what happens.",
				"pt-BR": "PIP_NO_CACHE_DIR={value} parece dizer \"mantenha o cache\", mas o pip desliga o cache com qualquer valor: escreva PIP_NO_CACHE_DIR=1 para o Dockerfile dizer o que acontece."
			}
		}
	},
	check(model, report) {
		for (const { run, host } of runInstructions(model)) {
			if (mountsOver(run, CACHE_DIRS$1)) continue;
			const calls = callsOf(run);
			calls.forEach((call, index) => {
				const install = pipInstallWord(call);
				if (!install || call.args.some((word) => word.value === "--no-cache-dir")) return;
				if (cleanedAfter(calls, index, (next) => removesPath(next, CACHE_DIRS$1) || /^pip[0-9.]*$/.test(next.name) && next.args[0]?.value === "cache" && next.args[1]?.value === "purge")) return;
				const value = variableFor(call, "PIP_NO_CACHE_DIR") ?? (run === host ? null : host.variables.get("PIP_NO_CACHE_DIR") ?? null);
				if (value === null || value === "") report({
					messageId: "missingNoCacheDir",
					range: call.command.range,
					fix: [insertAfter(install, " --no-cache-dir")]
				});
				else if (FALSE_VALUES.test(value)) report({
					messageId: "misleadingValue",
					data: { value },
					range: call.command.range
				});
			});
		}
	}
});
// src/checker/rules/pipefail-before-pipe.ts
const CANNOT_FAIL = /* @__PURE__ */ new Set(["echo", "printf"]);
const SHELLS_WITH_PIPEFAIL = /(?:^|\/)(?:bash|zsh|ash|ksh|mksh|sh)$/;
var pipefail_before_pipe_default = defineRule({
	meta: {
		id: "pipefail-before-pipe",
		aliases: { hadolint: ["DL4006"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Set pipefail before using pipes",
			"pt-BR": "Ative o pipefail antes de usar pipes"
		},
		description: {
			en: "A pipeline returns the status of its last command, so `curl … | tar x` succeeds even when the download fails, and the build goes on with a broken layer. Start the RUN with `set -o pipefail` (or set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`).",
			"pt-BR": "Um pipeline devolve o status do último comando, então `curl … | tar x` dá certo mesmo quando o download falha, e o build segue com uma camada quebrada. Comece o RUN com `set -o pipefail` (ou defina `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`)."
		},
		examples: {
			bad: "RUN curl -fsSL https://example.com/x.tgz | tar xz",
			good: "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://example.com/x.tgz | tar xz"
		},
		messages: { missingPipefail: {
			en: "This pipe hides failures of \"{command}\": set -o pipefail first.",
			"pt-BR": "Este pipe esconde falhas de \"{command}\": use set -o pipefail antes."
		} }
	},
	check(model, report) {
		const finalShell = /* @__PURE__ */ new Map();
		let shell = null;
		let stageIndex = -2;
		for (const instruction of model.instructions) {
			if (instruction.stageIndex !== stageIndex) {
				const previous = model.stages[stageIndex];
				if (previous) finalShell.set(previous, shell);
				stageIndex = instruction.stageIndex;
				const base = model.stages[stageIndex]?.baseStage;
				shell = (base && finalShell.get(base)) ?? null;
			}
			if (instruction.keyword === "SHELL") shell = instruction.json;
			if (instruction.keyword !== "RUN" || !instruction.shell || instruction.shell.pipes === 0) continue;
			if (shell && (!SHELLS_WITH_PIPEFAIL.test(shell[0] ?? "") || shell.includes("pipefail"))) continue;
			let pipefail = false;
			for (const command of instruction.shell.commands) {
				if (command.name === "set" && command.words.some((word, i) => word.value === "pipefail" && /^-[a-z]*o$/.test(command.words[i - 1]?.value ?? ""))) pipefail = true;
				if (command.pipesInto && !pipefail && !CANNOT_FAIL.has(command.name)) {
					report({
						messageId: "missingPipefail",
						data: { command: command.name },
						range: command.range
					});
					break;
				}
			}
		}
	}
});
// src/checker/rules/pointless-command-in-run.ts
init_run_instructions();
const POINTLESS = {
	ssh: "there is no one to log in during a build",
	vim: "there is no terminal to edit in",
	nano: "there is no terminal to edit in",
	shutdown: "a build step cannot shut the machine down",
	reboot: "a build step cannot reboot the machine",
	service: "services started in a RUN stop when that RUN ends",
	systemctl: "there is no systemd running during a build",
	top: "it only shows the build process",
	free: "it reports the build host, not the future container",
	ifconfig: "the build network is not the container's network",
	mount: "mounts made in a RUN disappear when it ends"
};
var pointless_command_in_run_default = defineRule({
	meta: {
		id: "pointless-command-in-run",
		aliases: { hadolint: ["DL3001"] },
		severity: "info",
		fixable: false,
		lesson: "what-is-a-container",
		title: {
			en: "Commands that make no sense in a build",
			"pt-BR": "Comandos que não fazem sentido no build"
		},
		description: {
			en: "Each RUN executes once, without a terminal, in a throwaway container: interactive editors, service managers and system tools either hang the build or do nothing that survives into the image. Configure files directly and start processes with CMD or ENTRYPOINT.",
			"pt-BR": "Cada RUN executa uma vez, sem terminal, num container descartável: editores interativos, gerenciadores de serviço e ferramentas de sistema ou travam o build ou não fazem nada que sobreviva na imagem. Configure os arquivos diretamente e inicie processos com CMD ou ENTRYPOINT."
		},
		examples: {
			bad: "RUN service nginx start",
			good: "CMD [\"nginx\", \"-g\", \"daemon off;\"]"
		},
		messages: { pointless: {
			en: "\"{command}\" in RUN is pointless: {reason}.",
			"pt-BR": "\"{command}\" no RUN não faz sentido: {reason}."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			const reason = POINTLESS[call.name];
			if (reason) report({
				messageId: "pointless",
				data: {
					command: call.name,
					reason
				},
				range: call.nameWord.range
			});
		}
	}
});
// src/checker/rules/prefer-apt-get.ts
init_commands();
init_run_instructions();
init_package_managers();
const SAME_IN_APT_GET = /* @__PURE__ */ new Set([
	"install",
	"update",
	"upgrade",
	"remove",
	"purge",
	"autoremove",
	"clean",
	"dist-upgrade",
	"full-upgrade"
]);
var prefer_apt_get_default = defineRule({
	meta: {
		id: "prefer-apt-get",
		aliases: { hadolint: ["DL3027"] },
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Use apt-get, not apt, in scripts",
			"pt-BR": "Use apt-get, e não apt, em scripts"
		},
		description: {
			en: "`apt` is meant for people at a terminal: its output and behaviour may change between releases and it warns that its interface is not stable. `apt-get` is the stable interface for scripts such as a Dockerfile.",
			"pt-BR": "O `apt` foi feito para quem está no terminal: a saída e o comportamento podem mudar entre versões, e ele mesmo avisa que a interface não é estável. O `apt-get` é a interface estável para scripts, como um Dockerfile."
		},
		examples: {
			bad: "RUN apt update && apt install -y curl",
			good: "RUN apt-get update && apt-get install -y --no-install-recommends curl"
		},
		messages: { useAptGet: {
			en: "Use apt-get instead of apt in a Dockerfile.",
			"pt-BR": "Use apt-get em vez de apt no Dockerfile."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (call.name !== "apt") continue;
			const sub = subcommandOf(call)?.word.value ?? "";
			const fixable = SAME_IN_APT_GET.has(sub) && call.nameWord.value === "apt";
			report({
				messageId: "useAptGet",
				range: call.nameWord.range,
				fix: fixable ? [replaceWord(call.nameWord, "apt-get")] : void 0
			});
		}
	}
});
// src/checker/rules/prefer-copy-over-add.ts
init_instructions();
const REMOTE = /^(?:https?|git|ssh):\/\/|^git@/i;
/** ADD unpacks a local tar archive, plain or compressed with gzip, bzip2, xz or zstd: it looks at the content, not the name. */
const TAR_ARCHIVE = /\.(?:tar|gz|tgz|bz2|tbz2?|tb2|xz|txz|zst|tzst)$/i;
/** How `docker history` shows the source of an ADD (`file:<sha256> in /dst`): an image's history, not a Dockerfile line. */
const HISTORY_SOURCE = /^(?:file|multi|dir):[0-9a-f]{64}$/;
var prefer_copy_over_add_default = defineRule({
	meta: {
		id: "prefer-copy-over-add",
		aliases: {
			hadolint: ["DL3020"],
			trivy: ["DS-0005"]
		},
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Use COPY for local files",
			"pt-BR": "Use COPY para arquivos locais"
		},
		description: {
			en: "ADD also downloads URLs and unpacks tar archives, so a plain file copy with ADD hides intent and can extract something you meant to copy as is. COPY does only one thing; keep ADD for URLs, Git sources and archives you want unpacked.",
			"pt-BR": "O ADD também baixa URLs e descompacta arquivos tar, então usar ADD para uma cópia simples esconde a intenção e pode extrair algo que você queria copiar do jeito que está. O COPY faz uma coisa só; deixe o ADD para URLs, repositórios Git e arquivos que você quer descompactar."
		},
		examples: {
			bad: "ADD app.py /app/",
			good: "COPY app.py /app/\nADD https://example.com/tool.tar.gz /opt/"
		},
		messages: { useCopy: {
			en: "Use COPY instead of ADD to copy local files.",
			"pt-BR": "Use COPY em vez de ADD para copiar arquivos locais."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "ADD")) {
			if (instruction.heredocs.length > 0) continue;
			if (instruction.flags.some((flag) => [
				"checksum",
				"keep-git-dir",
				"unpack"
			].includes(flag.name))) continue;
			const sources = argumentValues(instruction).slice(0, -1);
			if (sources.length === 0 || instruction.args.some((word) => word.hasExpansion)) continue;
			if (sources.some((source) => REMOTE.test(source) || TAR_ARCHIVE.test(source) || HISTORY_SOURCE.test(source) || source.includes("$"))) continue;
			const copy = instruction.keywordAsWritten === instruction.keywordAsWritten.toLowerCase() ? "copy" : "COPY";
			report({
				messageId: "useCopy",
				range: instruction.keywordRange,
				fix: [{
					...instruction.keywordRange,
					text: copy
				}]
			});
		}
	}
});
// src/checker/rules/prefer-official-image.ts
init_images();
/** Docker Hub namespaces of official or verified publishers, whose images are maintained and scanned. */
const TRUSTED_NAMESPACES = /* @__PURE__ */ new Set([
	"library",
	"docker",
	"bitnami",
	"circleci",
	"cimg",
	"grafana",
	"hashicorp",
	"elastic",
	"jenkins",
	"sonarsource",
	"mcr",
	"amazon",
	"google",
	"microsoft",
	"redhat",
	"ubuntu",
	"nginxinc",
	"localstack",
	"confluentinc",
	"datadog",
	"newrelic",
	"gradle",
	"tensorflow",
	"pytorch",
	"nvidia",
	"rancher",
	"portainer",
	"traefik",
	"temporalio",
	"openjdk",
	"adoptopenjdk",
	"eclipse",
	"chainguard",
	"paketobuildpacks",
	"selenium",
	"minio",
	"bellsoft",
	"azul",
	"ibmcom",
	"ibm",
	"oracle"
]);
var prefer_official_image_default = defineRule({
	meta: {
		id: "prefer-official-image",
		aliases: {},
		severity: "info",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Prefer official or verified base images",
			"pt-BR": "Prefira imagens base oficiais ou verificadas"
		},
		description: {
			en: "Official images (`node`, `python`, `nginx` …) and verified publishers are rebuilt when their base gets security fixes and document what they contain. A personal copy such as `someone/node` may be outdated, unscanned or tampered with.",
			"pt-BR": "Imagens oficiais (`node`, `python`, `nginx` …) e de publicadores verificados são reconstruídas quando a base recebe correções de segurança e documentam o que contêm. Uma cópia pessoal como `fulano/node` pode estar desatualizada, sem varredura ou adulterada."
		},
		examples: {
			bad: "FROM someuser/node:24",
			good: "FROM node:24-slim"
		},
		messages: { unofficialCopy: {
			en: "\"{image}\" is a personal copy of the official \"{official}\" image: prefer the official one.",
			"pt-BR": "\"{image}\" é uma cópia pessoal da imagem oficial \"{official}\": prefira a oficial."
		} }
	},
	check(model, report) {
		for (const { image, word } of imageBases(model)) {
			if (image.registry !== null) continue;
			const parts = image.repository.split("/");
			if (parts.length !== 2 || TRUSTED_NAMESPACES.has(parts[0])) continue;
			if (!WELL_KNOWN_IMAGES.includes(parts[1]) || parts[1] === "scratch") continue;
			report({
				messageId: "unofficialCopy",
				data: {
					image: image.repository,
					official: parts[1]
				},
				range: word.range
			});
		}
	}
});
// src/checker/rules/prefer-smaller-variant.ts
init_commands();
init_images();
/** Official language images whose default tag is a full Debian with compilers. */
const HAS_SLIM_VARIANT = /* @__PURE__ */ new Set([
	"python",
	"node",
	"ruby",
	"perl",
	"openjdk",
	"debian"
]);
const SMALL_TAG = /(?:^|-)(?:slim|alpine|distroless|minimal|windowsservercore|nanoserver)/;
var prefer_smaller_variant_default = defineRule({
	meta: {
		id: "prefer-smaller-variant",
		aliases: {},
		severity: "info",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Consider a slim or Alpine variant",
			"pt-BR": "Considere uma variante slim ou Alpine"
		},
		description: {
			en: "The default tags of official language images are built on full Debian with compilers and headers: around 1 GB that the running app rarely needs. The `-slim` (Debian) or `-alpine` variants are several times smaller, pull faster and carry fewer vulnerabilities.",
			"pt-BR": "As tags padrão das imagens oficiais de linguagens são feitas sobre um Debian completo, com compiladores e headers: perto de 1 GB que a aplicação rodando quase nunca usa. As variantes `-slim` (Debian) ou `-alpine` são várias vezes menores, baixam mais rápido e trazem menos vulnerabilidades."
		},
		examples: {
			bad: "FROM python:3.12",
			good: "FROM python:3.13-slim"
		},
		messages: { useSlim: {
			en: "\"{image}\" is the full image: \"{suggestion}\" or an Alpine variant is much smaller.",
			"pt-BR": "\"{image}\" é a imagem completa: \"{suggestion}\" ou uma variante Alpine é bem menor."
		} }
	},
	check(model, report) {
		const stage = finalStage(model);
		if (!stage || stage.baseStage || !stage.baseImageRange || stage.baseImage.raw.includes("$")) return;
		const image = stage.baseImage;
		if (!isOfficial(image) || !HAS_SLIM_VARIANT.has(image.repository) || image.digest) return;
		if (image.tag && SMALL_TAG.test(image.tag)) return;
		const suggestion = image.tag && image.tag !== "latest" ? `${image.raw}-slim` : `${image.raw.replace(/:latest$/, "")}:<version>-slim`;
		report({
			messageId: "useSlim",
			data: {
				image: image.raw,
				suggestion
			},
			range: stage.baseImageRange
		});
	}
});
// src/checker/rules/redundant-target-platform.ts
var redundant_target_platform_default = defineRule({
	meta: {
		id: "redundant-target-platform",
		aliases: {
			hadolint: ["DL3065"],
			buildkit: ["RedundantTargetPlatform"]
		},
		severity: "info",
		fixable: true,
		lesson: "docker-and-oci",
		title: {
			en: "Drop --platform=$TARGETPLATFORM",
			"pt-BR": "Remova o --platform=$TARGETPLATFORM"
		},
		description: {
			en: "A stage is built for the target platform by default, so `FROM --platform=$TARGETPLATFORM` changes nothing and only adds noise. Use `--platform` when a stage must run on a different platform, typically `$BUILDPLATFORM` for cross-compiling.",
			"pt-BR": "Um estágio já é construído para a plataforma de destino por padrão, então `FROM --platform=$TARGETPLATFORM` não muda nada e só polui. Use `--platform` quando o estágio precisa rodar em outra plataforma, normalmente `$BUILDPLATFORM` para compilação cruzada."
		},
		examples: {
			bad: "FROM --platform=$TARGETPLATFORM alpine:3.24",
			good: "FROM alpine:3.24"
		},
		messages: { redundant: {
			en: "--platform={value} is the default: remove it.",
			"pt-BR": "--platform={value} já é o padrão: remova."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			const flag = stage.from.flags.find((candidate) => candidate.name === "platform");
			if (!flag?.value || !/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/.test(flag.value)) continue;
			const next = stage.from.args[0];
			const fix = next && next.range.line === flag.range.line ? [{
				...flag.range,
				endColumn: next.range.column,
				text: ""
			}] : void 0;
			report({
				messageId: "redundant",
				data: { value: flag.value },
				range: flag.range,
				fix
			});
		}
	}
});
// src/checker/rules/reserved-stage-name.ts
const RESERVED = /* @__PURE__ */ new Set(["scratch", "context"]);
var reserved_stage_name_default = defineRule({
	meta: {
		id: "reserved-stage-name",
		aliases: {
			hadolint: ["DL3063"],
			buildkit: ["ReservedStageName"]
		},
		severity: "error",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Do not use reserved stage names",
			"pt-BR": "Não use nomes de estágio reservados"
		},
		description: {
			en: "`scratch` is the empty base image and `context` is how BuildKit names the build context, so a stage with either name cannot be referenced reliably. Pick another name.",
			"pt-BR": "`scratch` é a imagem base vazia e `context` é o nome que o BuildKit dá ao contexto de build, então um estágio com um desses nomes não pode ser referenciado com segurança. Escolha outro nome."
		},
		examples: {
			bad: "FROM alpine:3.24 AS scratch",
			good: "FROM alpine:3.24 AS base"
		},
		messages: { reserved: {
			en: "\"{name}\" is a reserved name and cannot be used for a stage.",
			"pt-BR": "\"{name}\" é um nome reservado e não pode ser usado em um estágio."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) if (stage.name && stage.nameRange && RESERVED.has(stage.name.toLowerCase())) report({
			messageId: "reserved",
			data: { name: stage.name },
			range: stage.nameRange
		});
	}
});
// src/checker/rules/rpm-assume-yes.ts
init_commands();
init_run_instructions();
init_package_managers();
/** Subcommands that ask "Is this ok [y/N]" before changing packages. */
const CHANGES_PACKAGES = /* @__PURE__ */ new Set([
	"install",
	"in",
	"groupinstall",
	"localinstall",
	"reinstall",
	"rei",
	"remove",
	"rm",
	"erase",
	"autoremove",
	"update",
	"upgrade",
	"up",
	"upgrade-minimal",
	"up-min",
	"update-minimal",
	"distro-sync",
	"dsync",
	"downgrade",
	"swap",
	"group install",
	"groups install",
	"group remove",
	"group upgrade",
	"module install",
	"patch",
	"dist-upgrade",
	"dup",
	"source-install",
	"si",
	"install-new-recommends",
	"inr"
]);
var rpm_assume_yes_default = defineRule({
	meta: {
		id: "rpm-assume-yes",
		aliases: { hadolint: [
			"DL3030",
			"DL3034",
			"DL3038"
		] },
		severity: "warning",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Run yum, dnf and zypper non-interactively",
			"pt-BR": "Rode yum, dnf e zypper sem interação"
		},
		description: {
			en: "yum, dnf, microdnf and zypper ask for confirmation before changing packages, and a build cannot answer, so the command aborts. Pass `-y` (zypper: `-n` before the subcommand, or `-y` after it) so it runs unattended.",
			"pt-BR": "O yum, o dnf, o microdnf e o zypper pedem confirmação antes de mexer nos pacotes, e o build não tem como responder, então o comando aborta. Passe `-y` (no zypper: `-n` antes do subcomando ou `-y` depois dele) para ele rodar sozinho."
		},
		examples: {
			bad: "RUN dnf install httpd",
			good: "RUN dnf install -y httpd && dnf clean all"
		},
		messages: { missingYes: {
			en: "{manager} {subcommand} without -y waits for a confirmation no one can give during a build.",
			"pt-BR": "{manager} {subcommand} sem -y espera uma confirmação que ninguém pode dar durante o build."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			const manager = managerOf(call);
			if (manager !== "yum" && manager !== "dnf" && manager !== "microdnf" && manager !== "zypper") continue;
			const sub = subcommandOf(call);
			const action = actionOf(call) ?? "";
			if (!sub || !CHANGES_PACKAGES.has(action)) continue;
			if (manager === "zypper" ? hasOption(call.args, {
				short: "n",
				long: ["non-interactive", "no-confirm"]
			}) || hasOption(sub.rest, { short: "y" }) : hasOption(call.args, {
				short: "y",
				long: ["assumeyes"]
			}) || call.args.some((word) => /^(?:--setopt=)?assumeyes=(?:1|true|yes)$/i.test(word.value))) continue;
			const actionEnd = action.includes(" ") ? sub.rest.find((word) => word.value === action.split(" ")[1]) ?? sub.word : sub.word;
			report({
				messageId: "missingYes",
				data: {
					manager: call.name,
					subcommand: action
				},
				range: call.command.range,
				fix: [insertAfter(actionEnd, " -y")]
			});
		}
	}
});
// src/checker/rules/secrets-in-arg-env.ts
const SECRET = /(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/**
* BuildKit's allow list (public, file, version) plus names that hold public material or point at a secret without
* containing it (GPG_KEY is a key fingerprint, KEY_PATH a location).
*/
const NOT_SECRET = /(?:^|_)(?:public|file|version|pub|gpg|pgp|fingerprint|keyserver|keyring|url|path|dir)(?:_|$)/i;
var secrets_in_arg_env_default = defineRule({
	meta: {
		id: "secrets-in-arg-env",
		aliases: {
			hadolint: ["DL3064"],
			buildkit: ["SecretsUsedInArgOrEnv"]
		},
		severity: "warning",
		fixable: false,
		lesson: "security-layers",
		title: {
			en: "Do not pass secrets with ARG or ENV",
			"pt-BR": "Não passe segredos por ARG ou ENV"
		},
		description: {
			en: "ARG and ENV values are stored in the image metadata and history, where anyone who can pull the image can read them with `docker history` or `docker inspect`. Use BuildKit secret mounts (`RUN --mount=type=secret`) at build time and inject secrets at run time.",
			"pt-BR": "Valores de ARG e ENV ficam gravados nos metadados e no histórico da imagem, e qualquer pessoa que consiga baixá-la lê tudo com `docker history` ou `docker inspect`. Use secret mounts do BuildKit (`RUN --mount=type=secret`) no build e injete os segredos na execução."
		},
		examples: {
			bad: "ARG NPM_TOKEN\nENV DB_PASSWORD=hunter2",
			good: "RUN --mount=type=secret,id=npm_token \\\n    NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci"
		},
		messages: { secret: {
			en: "{instruction} \"{name}\" looks like a secret: it would be stored in the image. Use a secret mount instead.",
			"pt-BR": "{instruction} \"{name}\" parece um segredo: ele ficaria gravado na imagem. Use um secret mount no lugar."
		} }
	},
	check(model, report) {
		for (const written of model.instructions) {
			const instruction = written.keyword === "ONBUILD" && written.trigger ? written.trigger : written;
			if (instruction.keyword !== "ARG" && instruction.keyword !== "ENV") continue;
			for (const pair of instruction.pairs) if (SECRET.test(pair.key) && !NOT_SECRET.test(pair.key)) report({
				messageId: "secret",
				data: {
					instruction: instruction.keyword,
					name: pair.key
				},
				range: pair.keyRange
			});
		}
	}
});
// src/checker/rules/single-cmd-entrypoint-healthcheck.ts
const ONLY_LAST_COUNTS = [
	"CMD",
	"ENTRYPOINT",
	"HEALTHCHECK"
];
var single_cmd_entrypoint_healthcheck_default = defineRule({
	meta: {
		id: "single-cmd-entrypoint-healthcheck",
		aliases: {
			hadolint: [
				"DL4003",
				"DL4004",
				"DL3012"
			],
			buildkit: ["MultipleInstructionsDisallowed"],
			trivy: [
				"DS-0016",
				"DS-0007",
				"DS-0023"
			]
		},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "One CMD, ENTRYPOINT and HEALTHCHECK per stage",
			"pt-BR": "Um CMD, um ENTRYPOINT e um HEALTHCHECK por estágio"
		},
		description: {
			en: "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones are silently ignored. Extra ones usually mean someone expected both commands to run. Keep one of each and start several processes from a script if you really need to.",
			"pt-BR": "Só o último CMD, ENTRYPOINT ou HEALTHCHECK de um estágio vale; os anteriores são ignorados sem aviso. Ter mais de um costuma indicar que alguém esperava que os dois comandos rodassem. Deixe um de cada e, se precisar mesmo de vários processos, inicie-os a partir de um script."
		},
		examples: {
			bad: "CMD [\"nginx\"]\nCMD [\"php-fpm\"]",
			good: "CMD [\"/usr/local/bin/start.sh\"]"
		},
		messages: { overridden: {
			en: "This {instruction} is overridden by the one on line {line}: only the last {instruction} of a stage is used.",
			"pt-BR": "Este {instruction} é substituído pelo da linha {line}: só o último {instruction} do estágio vale."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) for (const keyword of ONLY_LAST_COUNTS) {
			const found = stage.instructions.filter((instruction) => instruction.keyword === keyword);
			const last = found[found.length - 1];
			for (const instruction of found.slice(0, -1)) report({
				messageId: "overridden",
				data: {
					instruction: keyword,
					line: last.range.line
				},
				range: instruction.keywordRange
			});
		}
	}
});
// src/checker/rules/stage-name-casing.ts
var stage_name_casing_default = defineRule({
	meta: {
		id: "stage-name-casing",
		aliases: { buildkit: ["StageNameCasing"] },
		severity: "style",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Write stage names in lower case",
			"pt-BR": "Escreva nomes de estágio em minúsculas"
		},
		description: {
			en: "Stage names are case-insensitive, so `Build` and `build` are the same stage; lower case avoids the impression that they differ and matches image-name conventions.",
			"pt-BR": "Nomes de estágio não diferenciam maiúsculas, então `Build` e `build` são o mesmo estágio; usar minúsculas evita a impressão de que são diferentes e segue a convenção dos nomes de imagem."
		},
		examples: {
			bad: "FROM golang:1.27 AS Build",
			good: "FROM golang:1.27 AS build"
		},
		messages: { notLowerCase: {
			en: "Stage name \"{name}\" should be lower case: \"{lower}\".",
			"pt-BR": "O nome do estágio \"{name}\" deveria estar em minúsculas: \"{lower}\"."
		} }
	},
	check(model, report) {
		const mixedCase = model.stages.filter((stage) => stage.name && stage.name !== stage.name.toLowerCase());
		if (mixedCase.length === 0) return;
		const references = model.instructions.filter((instruction) => instruction.keyword === "FROM" || instruction.flags.some((flag) => flag.name === "from"));
		for (const stage of mixedCase) {
			if (!stage.name || !stage.nameRange) continue;
			const lower = stage.name.toLowerCase();
			const fix = [{
				...stage.nameRange,
				text: lower
			}];
			for (const instruction of references) {
				for (const flag of instruction.flags) if (flag.name === "from" && flag.value === stage.name && flag.valueRange) fix.push({
					...flag.valueRange,
					text: lower
				});
				if (instruction.keyword === "FROM" && instruction.args[0]?.raw === stage.name) fix.push({
					...instruction.args[0].range,
					text: lower
				});
			}
			report({
				messageId: "notLowerCase",
				data: {
					name: stage.name,
					lower
				},
				range: stage.nameRange,
				fix
			});
		}
	}
});
// src/checker/rules/syntax-error.ts
var syntax_error_default = defineRule({
	meta: {
		id: "syntax-error",
		aliases: {},
		severity: "error",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Dockerfile syntax error",
			"pt-BR": "Erro de sintaxe no Dockerfile"
		},
		description: {
			en: "Docker refuses to build a Dockerfile it cannot parse, so nothing else matters until this is fixed. The message points at the exact place BuildKit would stop.",
			"pt-BR": "O Docker se recusa a construir um Dockerfile que ele não consegue ler, então nada mais importa até isso ser corrigido. A mensagem aponta o lugar exato onde o BuildKit pararia."
		},
		examples: {
			bad: "FROM alpine:3.24\nRUNN echo hi",
			good: "FROM alpine:3.24\nRUN echo hi"
		},
		messages: {
			unreadable: {
				en: "The file could not be read: {reason}.",
				"pt-BR": "Não foi possível ler o arquivo: {reason}."
			},
			invalidEscape: {
				en: "Invalid escape directive \"{value}\": use a backslash (\\) or a backtick.",
				"pt-BR": "Diretiva escape inválida \"{value}\": use uma barra invertida (\\) ou uma crase."
			},
			noInstructions: {
				en: "The Dockerfile has no instructions.",
				"pt-BR": "O Dockerfile não tem nenhuma instrução."
			},
			unknownInstruction: {
				en: "Unknown instruction \"{instruction}\".",
				"pt-BR": "Instrução desconhecida \"{instruction}\"."
			},
			missingArguments: {
				en: "{instruction} needs at least one argument.",
				"pt-BR": "{instruction} precisa de pelo menos um argumento."
			},
			unknownFlag: {
				en: "Unknown flag --{flag} for {instruction}.",
				"pt-BR": "A flag --{flag} não existe para {instruction}."
			},
			flagNeedsValue: {
				en: "The flag --{flag} needs a value (--{flag}=…).",
				"pt-BR": "A flag --{flag} precisa de um valor (--{flag}=…)."
			},
			jsonNotStringArray: {
				en: "The JSON array of {instruction} must contain only strings.",
				"pt-BR": "O array JSON de {instruction} só pode conter strings."
			},
			invalidJson: {
				en: "The JSON array of {instruction} is not valid JSON (closing bracket, commas, double quotes), so Docker would run it as a shell command.",
				"pt-BR": "O array JSON de {instruction} não é um JSON válido (colchete de fechamento, vírgulas, aspas duplas), e o Docker o rodaria como comando de shell."
			},
			copyNeedsTwoArguments: {
				en: "{instruction} needs a source and a destination.",
				"pt-BR": "{instruction} precisa de uma origem e de um destino."
			},
			healthcheckNoneArguments: {
				en: "HEALTHCHECK NONE takes no arguments.",
				"pt-BR": "HEALTHCHECK NONE não aceita argumentos."
			},
			healthcheckType: {
				en: "Unknown HEALTHCHECK type \"{type}\": use CMD or NONE.",
				"pt-BR": "Tipo de HEALTHCHECK desconhecido \"{type}\": use CMD ou NONE."
			},
			keyValueMissingValue: {
				en: "{instruction} {key} has no value.",
				"pt-BR": "{instruction} {key} está sem valor."
			},
			keyValueMissingEquals: {
				en: "\"{word}\" must be written as name=value in {instruction}.",
				"pt-BR": "\"{word}\" precisa estar no formato nome=valor em {instruction}."
			},
			unterminatedHeredoc: {
				en: "The here-document {name} is never closed: add a line with just {name}.",
				"pt-BR": "O here-document {name} nunca é fechado: adicione uma linha contendo só {name}."
			},
			noStage: {
				en: "{instruction} comes before the first FROM: only ARG may appear there.",
				"pt-BR": "{instruction} aparece antes do primeiro FROM: ali só pode haver ARG."
			},
			fromInvalidAs: {
				en: "FROM must be written as \"FROM image [AS name]\".",
				"pt-BR": "O FROM deve ser escrito como \"FROM imagem [AS nome]\"."
			},
			invalidStageName: {
				en: "Invalid stage name \"{name}\": it must start with a letter and contain only letters, digits, \"-\", \"_\" and \".\".",
				"pt-BR": "Nome de estágio inválido \"{name}\": ele precisa começar com uma letra e ter só letras, dígitos, \"-\", \"_\" e \".\"."
			},
			duplicateFlag: {
				en: "The flag --{flag} is given more than once.",
				"pt-BR": "A flag --{flag} aparece mais de uma vez."
			},
			flagNotBoolean: {
				en: "The flag --{flag} takes true or false, not \"{value}\".",
				"pt-BR": "A flag --{flag} aceita true ou false, não \"{value}\"."
			},
			healthcheckMissingCommand: {
				en: "HEALTHCHECK CMD needs a command to run.",
				"pt-BR": "O HEALTHCHECK CMD precisa de um comando para rodar."
			},
			shellNotJson: {
				en: "SHELL takes a JSON array, e.g. SHELL [\"/bin/bash\", \"-c\"].",
				"pt-BR": "O SHELL recebe um array JSON, por exemplo SHELL [\"/bin/bash\", \"-c\"]."
			},
			emptyVolume: {
				en: "VOLUME paths cannot be empty.",
				"pt-BR": "Os caminhos do VOLUME não podem ser vazios."
			},
			blankArgName: {
				en: "ARG needs a name before the \"=\".",
				"pt-BR": "O ARG precisa de um nome antes do \"=\"."
			},
			invalidStopSignal: {
				en: "\"{signal}\" is not a signal: use a name such as SIGTERM or SIGQUIT, or its number.",
				"pt-BR": "\"{signal}\" não é um sinal: use um nome como SIGTERM ou SIGQUIT, ou o número dele."
			},
			invalidCheckDirective: {
				en: "BuildKit cannot read the check directive \"{value}\": use skip=Rule1,Rule2 (or skip=all) and error=true|false, separated by \";\".",
				"pt-BR": "O BuildKit não consegue ler a diretiva check \"{value}\": use skip=Regra1,Regra2 (ou skip=all) e error=true|false, separados por \";\"."
			}
		}
	},
	check(model, report) {
		for (const problem of model.syntaxProblems) report({
			messageId: problem.messageId,
			data: problem.data,
			range: problem.range
		});
		for (const directive of model.directives) if (directive.name === "check" && parseCheckOptions(directive.value) === null) report({
			messageId: "invalidCheckDirective",
			data: { value: directive.value },
			range: directive.range
		});
	}
});
// src/checker/rules/undefined-arg-in-from.ts
init_variables$1();
var undefined_arg_in_from_default = defineRule({
	meta: {
		id: "undefined-arg-in-from",
		aliases: { buildkit: ["UndefinedArgInFrom"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Declare ARGs used in FROM before the first FROM",
			"pt-BR": "Declare antes do primeiro FROM os ARGs usados no FROM"
		},
		description: {
			en: "FROM can only use ARGs declared before the first FROM (plus BuildKit's automatic platform ARGs). An undeclared one expands to an empty string and the image name silently changes.",
			"pt-BR": "O FROM só enxerga ARGs declarados antes do primeiro FROM (além dos ARGs automáticos de plataforma do BuildKit). Um ARG não declarado vira string vazia e o nome da imagem muda sem aviso."
		},
		examples: {
			bad: "FROM node:${NODE_VERSION}-slim",
			good: "ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-slim"
		},
		messages: { undefinedArg: {
			en: "FROM uses ${name}, which is not declared by an ARG before the first FROM.",
			"pt-BR": "O FROM usa ${name}, que não foi declarado em um ARG antes do primeiro FROM."
		} }
	},
	check(model, report) {
		for (const stage of model.stages) {
			const from = stage.from;
			const targets = [...from.args[0] ? [{
				text: from.args[0].raw,
				range: from.args[0].range
			}] : [], ...from.flags.filter((flag) => flag.name === "platform" && flag.value).map((flag) => ({
				text: flag.value,
				range: flag.valueRange ?? flag.range
			}))];
			for (const target of targets) for (const reference of expandVariables(target.text, (name) => from.variables.get(name)).references) {
				if (from.variables.has(reference.name) || AUTOMATIC_ARGS.has(reference.name) || reference.hasFallback) continue;
				report({
					messageId: "undefinedArg",
					data: { name: reference.name },
					range: target.range
				});
			}
		}
	}
});
// src/checker/model/similar-names.ts
const newNode = () => ({
	children: /* @__PURE__ */ new Map(),
	name: null
});
var NameIndex = class {
	#root = newNode();
	add(name) {
		let node = this.#root;
		for (const ch of name.split("")) {
			let next = node.children.get(ch);
			if (!next) {
				next = newNode();
				node.children.set(ch, next);
			}
			node = next;
		}
		node.name = name;
	}
	/** Every indexed name at distance ≤ `limit` from `query`, in no particular order. */
	within(query, limit) {
		return this.#search(query, limit).map((match) => match.name);
	}
	/**
	* The accepted name nearest to `query` (distance ≤ `limit`; ties go to the name that sorts first), or undefined.
	* Distances come from the walk itself, so no pairwise comparison is repeated.
	*/
	nearest(query, limit, accept = () => true) {
		let best;
		for (const match of this.#search(query, limit)) {
			if (best && (match.distance > best.distance || match.distance === best.distance && match.name > best.name)) continue;
			if (accept(match.name)) best = match;
		}
		return best?.name;
	}
	#search(query, limit) {
		const k = Math.max(0, Math.floor(limit));
		const width = 2 * k + 1;
		const over = k + 1;
		const m = query.length;
		const found = [];
		const first = new Array(width).fill(over);
		for (let t = k; t < width; t++) first[t] = Math.min(t - k, over);
		if (this.#root.name !== null && m <= k) found.push({
			name: this.#root.name,
			distance: m
		});
		const empty = new Array(width).fill(over);
		const stack = [];
		for (const [ch, child] of this.#root.children) stack.push({
			node: child,
			depth: 1,
			band: first,
			parentBand: empty,
			ch,
			parentCh: ""
		});
		while (stack.length > 0) {
			const { node, depth, band: previous, parentBand: beforePrevious, ch, parentCh } = stack.pop();
			const band = new Array(width);
			let best = over;
			for (let t = 0; t < width; t++) {
				const j = depth - k + t;
				if (j < 0 || j > m) {
					band[t] = over;
					continue;
				}
				let value = (t + 1 < width ? previous[t + 1] : over) + 1;
				if (t > 0) value = Math.min(value, band[t - 1] + 1);
				if (j > 0) value = Math.min(value, previous[t] + (query[j - 1] === ch ? 0 : 1));
				if (j > 1 && depth > 1 && query[j - 2] === ch && query[j - 1] === parentCh) value = Math.min(value, beforePrevious[t] + 1);
				band[t] = Math.min(value, over);
				if (band[t] < best) best = band[t];
			}
			if (best > k) continue;
			const end = m - depth + k;
			if (node.name !== null && end >= 0 && end < width && band[end] <= k) found.push({
				name: node.name,
				distance: band[end]
			});
			for (const [next, child] of node.children) stack.push({
				node: child,
				depth: depth + 1,
				band,
				parentBand: previous,
				ch: next,
				parentCh: ch
			});
		}
		return found;
	}
};
// src/checker/rules/undefined-var.ts
init_variables$1();
/** Instructions whose arguments Docker (not a shell) expands. */
const EXPANDED = /* @__PURE__ */ new Set([
	"ADD",
	"COPY",
	"ENV",
	"EXPOSE",
	"LABEL",
	"STOPSIGNAL",
	"USER",
	"VOLUME",
	"WORKDIR"
]);
/** Flags whose values BuildKit expands. */
const EXPANDED_FLAGS = {
	ADD: [
		"chown",
		"chmod",
		"checksum"
	],
	COPY: ["chown", "chmod"],
	RUN: ["mount"]
};
/** ARGs BuildKit sets for FROM lines; a stage sees them only after its own `ARG NAME`. */
const PLATFORM_ARGS = /* @__PURE__ */ new Set([
	"TARGETPLATFORM",
	"TARGETOS",
	"TARGETARCH",
	"TARGETVARIANT",
	"BUILDPLATFORM",
	"BUILDOS",
	"BUILDARCH",
	"BUILDVARIANT"
]);
/** BuildKit gives every stage a PATH, even FROM scratch. */
const ALWAYS_SET = "PATH";
function expandedTexts(instruction) {
	const texts = [];
	const none = /* @__PURE__ */ new Set();
	for (const flag of instruction.flags) if (flag.value?.includes("$") && EXPANDED_FLAGS[instruction.keyword]?.includes(flag.name)) texts.push({
		text: flag.value,
		range: flag.range,
		alsoDefined: none
	});
	if (instruction.keyword === "ARG") {
		const earlier = /* @__PURE__ */ new Set();
		for (const pair of instruction.pairs) {
			if (pair.hasValue && pair.rawValue.includes("$")) texts.push({
				text: pair.rawValue,
				range: pair.valueRange ?? pair.range,
				alsoDefined: new Set(earlier)
			});
			earlier.add(pair.key);
		}
	} else if (EXPANDED.has(instruction.keyword) && instruction.argsText.includes("$")) {
		const sameEnv = new Set(instruction.keyword === "ENV" ? instruction.pairs.map((pair) => pair.key) : []);
		texts.push({
			text: instruction.argsText,
			range: instruction.argsRange ?? instruction.keywordRange,
			alsoDefined: sameEnv
		});
	}
	return texts;
}
var undefined_var_default = defineRule({
	meta: {
		id: "undefined-var",
		aliases: { buildkit: ["UndefinedVar"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Use only variables that are defined",
			"pt-BR": "Use só variáveis que foram definidas"
		},
		description: {
			en: "An undefined variable expands to an empty string, so `COPY app $APP_DIR` copies to the wrong place without any error. This rule reports variables used before their ARG/ENV, names that look like a typo of a declared one (or of PATH), platform ARGs such as TARGETARCH used without `ARG TARGETARCH` in the stage, and any undefined variable in a stage built FROM scratch. Variables an image sets cannot be seen here, so other names are left alone.",
			"pt-BR": "Uma variável não definida vira string vazia, então `COPY app $APP_DIR` copia para o lugar errado sem erro nenhum. Esta regra aponta variáveis usadas antes do ARG/ENV, nomes que parecem erro de digitação de uma variável declarada (ou do PATH), ARGs de plataforma como TARGETARCH usados sem `ARG TARGETARCH` no estágio e qualquer variável não definida num estágio FROM scratch. Variáveis definidas pela imagem não aparecem aqui, então os demais nomes ficam de fora."
		},
		examples: {
			bad: "ARG APP_DIR=/app\nCOPY . $APP_DIRR",
			good: "ARG APP_DIR=/app\nCOPY . $APP_DIR"
		},
		messages: {
			typo: {
				en: "${name} is not defined: did you mean ${suggestion}?",
				"pt-BR": "${name} não está definida: você quis dizer ${suggestion}?"
			},
			platformArgNotDeclared: {
				en: "${name} is only set in stages that declare it: add \"ARG {name}\" to this stage first.",
				"pt-BR": "${name} só tem valor nos estágios que a declaram: adicione \"ARG {name}\" a este estágio antes."
			},
			undefined: {
				en: "${name} is not defined in this stage, so it expands to an empty string.",
				"pt-BR": "${name} não está definida neste estágio, então vira uma string vazia."
			},
			usedBeforeDefined: {
				en: "${name} is used before the {instruction} on line {line} defines it.",
				"pt-BR": "${name} é usada antes do {instruction} da linha {line}, que a define."
			}
		}
	},
	check(model, report) {
		const argsAbove = argsOfBaseStages();
		const definedLater = laterDefinitions();
		let index = null;
		const names = () => index ??= declaredNames(model);
		for (const stage of model.stages) for (const instruction of stage.instructions) {
			const texts = expandedTexts(instruction);
			if (texts.length === 0) continue;
			const scope = instruction.variables;
			const reported = /* @__PURE__ */ new Set();
			for (const { text, range, alsoDefined } of texts) for (const reference of expandVariables(text, (name) => scope.get(name), model.escapeChar).references) {
				const name = reference.name;
				if (scope.has(name) || name === ALWAYS_SET || alsoDefined.has(name) || reference.hasFallback || reported.has(name) || argsAbove(stage).has(name)) continue;
				reported.add(name);
				const later = definedLater(stage, name, instruction.index);
				if (later) report({
					messageId: "usedBeforeDefined",
					data: {
						name,
						instruction: later.keyword,
						line: later.range.line
					},
					range
				});
				else if (PLATFORM_ARGS.has(name)) report({
					messageId: "platformArgNotDeclared",
					data: { name },
					range
				});
				else if (!AUTOMATIC_ARGS.has(name)) {
					const suggestion = closestDefined(names(), name, (known) => known === ALWAYS_SET || scope.has(known));
					if (suggestion) report({
						messageId: "typo",
						data: {
							name,
							suggestion
						},
						range
					});
					else if (stage.scratch) report({
						messageId: "undefined",
						data: { name },
						range
					});
				}
			}
		}
	}
});
/** Every ARG and ENV name of the file, and PATH: the names a typo could have meant. */
function declaredNames(model) {
	const index = new NameIndex();
	index.add(ALWAYS_SET);
	for (const instruction of model.instructions) if (instruction.keyword === "ARG" || instruction.keyword === "ENV") for (const pair of instruction.pairs) index.add(pair.key);
	return index;
}
/** The defined name nearest to `name` (at most 1 edit for short names, 2 for longer ones), or undefined. */
function closestDefined(index, name, isDefined) {
	return index.nearest(name, name.length > 4 ? 2 : 1, (known) => known !== name && isDefined(known));
}
/**
* `(stage) => ARG names declared in the stages it is built on` (BuildKit carries them into the stage), memoised along
* the chains in persistent scopes, so a long chain of stages shares one structure instead of a copy per stage.
*/
function argsOfBaseStages() {
	const declaredUpTo = /* @__PURE__ */ new Map();
	return (stage) => {
		const path = [];
		const seen = /* @__PURE__ */ new Set([stage]);
		let known = EMPTY_SCOPE;
		for (let current = stage.baseStage; current && !seen.has(current); current = current.baseStage) {
			const memo = declaredUpTo.get(current);
			if (memo) {
				known = memo;
				break;
			}
			seen.add(current);
			path.push(current);
		}
		for (let k = path.length - 1; k >= 0; k--) {
			for (const instruction of path[k].instructions) if (instruction.keyword === "ARG") for (const pair of instruction.pairs) known = known.set(pair.key, null);
			declaredUpTo.set(path[k], known);
		}
		return known;
	};
}
/**
* `(stage, name, index) => the first ARG or ENV of the stage after \`index\` that defines name`, from an index
* of each stage's definitions built once, so thousands of undefined references do not each rescan the stage.
*/
function laterDefinitions() {
	const byStage = /* @__PURE__ */ new Map();
	return (stage, name, index) => {
		let definitions = byStage.get(stage);
		if (!definitions) {
			definitions = /* @__PURE__ */ new Map();
			for (const instruction of stage.instructions) {
				if (instruction.keyword !== "ARG" && instruction.keyword !== "ENV") continue;
				for (const pair of instruction.pairs) {
					const list = definitions.get(pair.key);
					if (!list) definitions.set(pair.key, [instruction]);
					else if (list[list.length - 1] !== instruction) list.push(instruction);
				}
			}
			byStage.set(stage, definitions);
		}
		const list = definitions.get(name);
		if (!list) return void 0;
		let low = 0;
		let high = list.length;
		while (low < high) {
			const mid = low + high >> 1;
			if (list[mid].index > index) high = mid;
			else low = mid + 1;
		}
		return list[low];
	};
}
// src/checker/rules/use-shell-instruction.ts
init_run_instructions();
var use_shell_instruction_default = defineRule({
	meta: {
		id: "use-shell-instruction",
		aliases: { hadolint: ["DL4005"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Use SHELL to change the default shell",
			"pt-BR": "Use SHELL para trocar o shell padrão"
		},
		description: {
			en: "Replacing /bin/sh with a symlink to bash changes the shell for every program in the image, including system scripts that expect a POSIX sh. The SHELL instruction changes only the shell Docker uses for the following RUN, CMD and ENTRYPOINT.",
			"pt-BR": "Trocar o /bin/sh por um link para o bash muda o shell de todos os programas da imagem, inclusive scripts do sistema que esperam um sh POSIX. A instrução SHELL muda só o shell que o Docker usa nos RUN, CMD e ENTRYPOINT seguintes."
		},
		examples: {
			bad: "RUN ln -sf /bin/bash /bin/sh",
			good: "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]"
		},
		messages: { useShell: {
			en: "Use the SHELL instruction instead of replacing /bin/sh.",
			"pt-BR": "Use a instrução SHELL em vez de substituir o /bin/sh."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (call.name !== "ln") continue;
			const targets = call.args.filter((word) => !word.value.startsWith("-"));
			if (targets.length >= 2 && targets[targets.length - 1].value === "/bin/sh") report({
				messageId: "useShell",
				range: call.command.range
			});
		}
	}
});
// src/checker/rules/useradd-no-log-init.ts
init_commands();
init_run_instructions();
var useradd_no_log_init_default = defineRule({
	meta: {
		id: "useradd-no-log-init",
		aliases: { hadolint: ["DL3046"] },
		severity: "warning",
		fixable: true,
		lesson: "security-layers",
		title: {
			en: "Use useradd -l with a high UID",
			"pt-BR": "Use useradd -l com UID alto"
		},
		description: {
			en: "useradd reserves space for every UID up to the new one in /var/log/lastlog and faillog, so a UID such as 100000000 creates a sparse file that layer tarballs store at full size (gigabytes). `-l` (`--no-log-init`) skips those logs.",
			"pt-BR": "O useradd reserva espaço para todos os UIDs até o novo em /var/log/lastlog e faillog, então um UID como 100000000 cria um arquivo esparso que o tar da camada guarda no tamanho cheio (gigabytes). O `-l` (`--no-log-init`) pula esses logs."
		},
		examples: {
			bad: "RUN useradd -u 123456789 app",
			good: "RUN useradd -l -u 123456789 app"
		},
		messages: { missingNoLogInit: {
			en: "useradd with UID {uid} and no -l writes a huge sparse lastlog into the layer.",
			"pt-BR": "useradd com UID {uid} e sem -l grava um lastlog esparso enorme na camada."
		} }
	},
	check(model, report) {
		for (const { call } of runCommands(model)) {
			if (call.name !== "useradd") continue;
			const args = call.args;
			if (args.some((word) => word.value === "-l" || word.value === "--no-log-init" || /^-[a-zA-Z]*l[a-zA-Z]*$/.test(word.value))) continue;
			let uid = "";
			args.forEach((word, i) => {
				if ((word.value === "-u" || word.value === "--uid") && args[i + 1]) uid = args[i + 1].value;
				else if (word.value.startsWith("--uid=")) uid = word.value.slice(6);
			});
			if (!/^\d{6,}$/.test(uid)) continue;
			report({
				messageId: "missingNoLogInit",
				data: { uid },
				range: call.command.range,
				fix: [insertAfter(call.nameWord, " -l")]
			});
		}
	}
});
// src/checker/rules/wget-progress.ts
init_commands();
init_package_managers();
init_run_instructions();
init_stages();
/** GNU wget short options that take a value: in `-qO-` the letters after `O` are its value. */
const SHORT_WITH_VALUE = /* @__PURE__ */ new Set([
	"O",
	"o",
	"a",
	"e",
	"i",
	"B",
	"t",
	"T",
	"w",
	"Q",
	"P",
	"U",
	"l",
	"A",
	"R",
	"D",
	"I",
	"X"
]);
/** `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, or a log file (`-o`, `-a`): wget no longer floods the build log. */
function controlsOutput(args) {
	for (const { value } of args) {
		if (value === "--") return false;
		if (value.startsWith("--")) {
			const name = value.slice(2).split("=")[0];
			if ([
				"progress",
				"quiet",
				"no-verbose",
				"output-file",
				"append-output"
			].includes(name)) return true;
			continue;
		}
		if (!value.startsWith("-")) continue;
		for (let i = 1; i < value.length; i++) {
			const letter = value[i];
			if (letter === "q" || letter === "o" || letter === "a") return true;
			if (letter === "n") {
				if (value[i + 1] === "v") return true;
				i++;
			} else if (SHORT_WITH_VALUE.has(letter)) break;
		}
	}
	return false;
}
/** Alpine and BusyBox images ship BusyBox wget, which has no dot output, unless GNU wget was installed before. */
function hasBusyboxWget(stage, before) {
	const chain = stageChain(stage);
	const image = chain[chain.length - 1].baseImage;
	if (image.repository !== "alpine" && image.repository !== "busybox" && !/(?:^|-)alpine/.test(image.tag ?? "")) return false;
	return !inheritedInstructions(stage).some((instruction) => instruction.index < before.index && callsOf(instruction).some(installsGnuWget));
}
function installsGnuWget(call) {
	if (managerOf(call) !== "apk" || actionOf(call) !== "add") return false;
	return packagesOf(call).some((word) => /^wget(?:$|[=~<>])/.test(word.value));
}
var wget_progress_default = defineRule({
	meta: {
		id: "wget-progress",
		aliases: { hadolint: ["DL3047"] },
		severity: "info",
		fixable: true,
		lesson: "dockerfile-practices",
		title: {
			en: "Keep wget from flooding the build log",
			"pt-BR": "Não deixe o wget inundar o log do build"
		},
		description: {
			en: "Without a terminal, GNU wget prints its progress as rows of dots, one dot per kilobyte, so downloading a large file writes thousands of lines into the build log and buries the useful output. Choose the output on purpose: `--progress=dot:giga` (one dot per megabyte), `-nv` (one line per file, errors still shown) or `-q` (silent). BusyBox wget, the one in Alpine images, has no dot output and is not flagged.",
			"pt-BR": "Sem terminal, o wget GNU mostra o progresso como linhas de pontos, um ponto por kilobyte, então baixar um arquivo grande escreve milhares de linhas no log do build e esconde o que interessa. Escolha a saída de propósito: `--progress=dot:giga` (um ponto por megabyte), `-nv` (uma linha por arquivo, erros continuam aparecendo) ou `-q` (silencioso). O wget do BusyBox, que vem nas imagens Alpine, não tem a saída de pontos e não é apontado."
		},
		examples: {
			bad: "RUN wget https://example.com/tool.tar.gz",
			good: "RUN wget --progress=dot:giga https://example.com/tool.tar.gz"
		},
		messages: { noProgress: {
			en: "wget without --progress, -nv or -q fills the build log with progress dots: add --progress=dot:giga or -nv.",
			"pt-BR": "wget sem --progress, -nv ou -q enche o log do build de pontos de progresso: adicione --progress=dot:giga ou -nv."
		} }
	},
	check(model, report) {
		for (const { host, call } of runCommands(model)) {
			if (call.name !== "wget" || controlsOutput(call.args)) continue;
			const stage = model.stages[host.stageIndex];
			if (stage && hasBusyboxWget(stage, host)) continue;
			report({
				messageId: "noProgress",
				range: call.command.range,
				fix: [insertAfter(call.nameWord, " --progress=dot:giga")]
			});
		}
	}
});
// src/checker/rules/workdir-over-cd.ts
init_instructions();
var workdir_over_cd_default = defineRule({
	meta: {
		id: "workdir-over-cd",
		aliases: {
			hadolint: ["DL3003"],
			trivy: ["DS-0013"]
		},
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Use WORKDIR instead of cd",
			"pt-BR": "Use WORKDIR em vez de cd"
		},
		description: {
			en: "A `cd` inside RUN lasts only until that RUN ends, so the next instruction silently runs somewhere else. WORKDIR sets the directory for every following instruction and for the container, and creates it if needed.",
			"pt-BR": "Um `cd` dentro do RUN só vale até o fim daquele RUN, e a instrução seguinte roda em outro lugar sem avisar. O WORKDIR define o diretório para todas as instruções seguintes e para o container, e ainda cria a pasta se precisar."
		},
		examples: {
			bad: "RUN cd /app && npm ci",
			good: "WORKDIR /app\nRUN npm ci"
		},
		messages: { useWorkdir: {
			en: "Use WORKDIR to change directory instead of \"cd\" in RUN.",
			"pt-BR": "Use WORKDIR para trocar de diretório em vez de \"cd\" no RUN."
		} }
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "RUN")) {
			const cd = instruction.shell?.commands.find((command) => command.name === "cd" && command.words.length > 1);
			if (cd) report({
				messageId: "useWorkdir",
				range: cd.range
			});
		}
	}
});
// src/checker/rules/workdir-system-dir.ts
init_instructions();
/** Replaced by the kernel's own filesystems when the container starts. */
const VIRTUAL = [
	"/proc",
	"/sys",
	"/dev"
];
/** The host's boot files and filesystem repair area: never an application's home. */
const SYSTEM = [
	"/boot",
	"/initrd",
	"/lost+found"
];
/** The directory of `dirs` that `path` is, or lies under (`/proc/self` → `/proc`). */
const under = (path, dirs) => dirs.find((dir) => path === dir || path.startsWith(`${dir}/`));
var workdir_system_dir_default = defineRule({
	meta: {
		id: "workdir-system-dir",
		aliases: { trivy: ["DS-0030"] },
		severity: "warning",
		fixable: false,
		lesson: "dockerfile-practices",
		title: {
			en: "Keep WORKDIR out of system directories",
			"pt-BR": "Não use diretórios do sistema como WORKDIR"
		},
		description: {
			en: "When a container starts, the runtime mounts the kernel's own filesystems on /proc, /sys and /dev, hiding anything the image put there, so a working directory under them is hidden or missing when the app runs, and writing there means writing into kernel interfaces. /boot, /initrd and /lost+found belong to the operating system, not to applications. Use a directory of your own, such as /app.",
			"pt-BR": "Quando um container inicia, o runtime monta os sistemas de arquivos do próprio kernel em /proc, /sys e /dev, escondendo o que a imagem tiver colocado lá, então um diretório de trabalho dentro deles fica escondido ou nem existe quando a aplicação roda, e escrever ali é escrever em interfaces do kernel. /boot, /initrd e /lost+found pertencem ao sistema operacional, não às aplicações. Use um diretório seu, como /app."
		},
		examples: {
			bad: "WORKDIR /proc/app",
			good: "WORKDIR /app"
		},
		messages: {
			virtual: {
				en: "WORKDIR \"{path}\" is under {dir}, which the runtime replaces with a kernel filesystem: use a directory such as /app.",
				"pt-BR": "O WORKDIR \"{path}\" fica dentro de {dir}, que o runtime substitui por um sistema de arquivos do kernel: use um diretório como /app."
			},
			system: {
				en: "WORKDIR \"{path}\" is under {dir}, a system directory: use a directory such as /app.",
				"pt-BR": "O WORKDIR \"{path}\" fica dentro de {dir}, um diretório do sistema: use um diretório como /app."
			}
		}
	},
	check(model, report) {
		for (const instruction of instructionsOf(model, "WORKDIR")) {
			if (instruction.args.length === 0) continue;
			const word = instruction.args[0];
			const path = word.value.replace(/\/+/g, "/").replace(/(.)\/$/, "$1");
			const virtual = under(path, VIRTUAL);
			const system = virtual ? void 0 : under(path, SYSTEM);
			if (virtual) report({
				messageId: "virtual",
				data: {
					path: word.value,
					dir: virtual
				},
				range: word.range
			});
			else if (system) report({
				messageId: "system",
				data: {
					path: word.value,
					dir: system
				},
				range: word.range
			});
		}
	}
});
// src/checker/rules/yarn-cache-clean.ts
init_commands();
init_cache_cleanup();
init_run_instructions();
init_stages();
/** Yarn 1 as root, Yarn 1 as a user, Yarn 2+ global cache. */
const CACHE_DIRS = [
	"/usr/local/share/.cache/yarn",
	"~/.cache/yarn",
	"~/.yarn/berry/cache"
];
/** `yarn`, `yarn install`, `yarn --frozen-lockfile`, `yarn add x`, `yarn global add x`, but not `yarn --version` or `yarn build`. */
function downloadsPackages(call) {
	if (call.name !== "yarn") return false;
	const args = call.args.map((word) => word.value);
	if (["install", "add"].includes(args[0]) || args[0] === "global" && args[1] === "add") return true;
	return args.every((arg) => arg.startsWith("-") && ![
		"-v",
		"--version",
		"-h",
		"--help"
	].includes(arg));
}
function cleansCache(call) {
	return call.name === "yarn" && call.args[0]?.value === "cache" && call.args[1]?.value === "clean" || removesPath(call, CACHE_DIRS);
}
var yarn_cache_clean_default = defineRule({
	meta: {
		id: "yarn-cache-clean",
		aliases: { hadolint: ["DL3060"] },
		severity: "info",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Clean the yarn cache after installing",
			"pt-BR": "Limpe o cache do yarn depois de instalar"
		},
		description: {
			en: "Yarn keeps a copy of every downloaded package in its global cache, which lands in the layer next to node_modules. Run `yarn cache clean` after the last install of the same RUN, or use a BuildKit cache mount. Stages that do not end up in the image (a build stage you only copy from) are not reported.",
			"pt-BR": "O Yarn guarda uma cópia de cada pacote baixado no cache global, que vai parar na camada junto com o node_modules. Rode `yarn cache clean` depois da última instalação do mesmo RUN ou use um cache mount do BuildKit. Estágios que não chegam à imagem (um estágio de build do qual você só copia) não são apontados."
		},
		examples: {
			bad: "RUN yarn install --frozen-lockfile",
			good: "RUN yarn install --frozen-lockfile && yarn cache clean"
		},
		messages: { missingClean: {
			en: "No \"yarn cache clean\" after this yarn command in the same RUN: its cache stays in the layer.",
			"pt-BR": "Falta \"yarn cache clean\" depois deste comando yarn no mesmo RUN: o cache dele fica na camada."
		} }
	},
	check(model, report) {
		const shipped = shippedStages(model);
		for (const { run, host } of runInstructions(model)) {
			const stage = model.stages[host.stageIndex];
			if (run === host && stage && !shipped.has(stage) || mountsOver(run, CACHE_DIRS)) continue;
			const install = uncleanedWrite(callsOf(run), downloadsPackages, cleansCache);
			if (install) report({
				messageId: "missingClean",
				range: install.command.range
			});
		}
	}
});
// src/checker/rules/yum-clean-cache.ts
init_cache_cleanup();
var yum_clean_cache_default = defineRule({
	meta: {
		id: "yum-clean-cache",
		aliases: {
			hadolint: ["DL3032"],
			trivy: ["DS-0015"]
		},
		severity: "warning",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Clean the yum cache in the same RUN",
			"pt-BR": "Limpe o cache do yum no mesmo RUN"
		},
		description: {
			en: "yum keeps downloaded packages and metadata under /var/cache/yum (/var/cache/dnf where yum is dnf). If they are not removed in the same RUN, after the last install, they are frozen into that layer and every pull carries them. End the RUN with `yum clean all`; `yum clean packages` or `metadata` alone leave the other half.",
			"pt-BR": "O yum guarda pacotes baixados e metadados em /var/cache/yum (/var/cache/dnf onde o yum é o dnf). Se eles não forem removidos no mesmo RUN, depois da última instalação, ficam congelados na camada e vão junto em todo pull. Termine o RUN com `yum clean all`; `yum clean packages` ou `metadata` sozinhos deixam a outra metade."
		},
		examples: {
			bad: "RUN yum install -y httpd",
			good: "RUN yum install -y httpd && yum clean all"
		},
		messages: { missingClean: {
			en: "No \"yum clean all\" after this yum command in the same RUN: its cache stays in the layer.",
			"pt-BR": "Falta \"yum clean all\" depois deste comando yum no mesmo RUN: o cache dele fica na camada."
		} }
	},
	check(model, report) {
		checkCacheCleanup(model, report, {
			managers: ["yum"],
			cleans: cleansAll,
			cacheDirs: ["/var/cache/yum", "/var/cache/dnf"]
		});
	}
});
// src/checker/rules/zypper-clean-cache.ts
init_cache_cleanup();
init_package_managers();
var zypper_clean_cache_default = defineRule({
	meta: {
		id: "zypper-clean-cache",
		aliases: {
			hadolint: ["DL3036"],
			trivy: ["DS-0020"]
		},
		severity: "warning",
		fixable: false,
		lesson: "small-images",
		title: {
			en: "Clean the zypper cache in the same RUN",
			"pt-BR": "Limpe o cache do zypper no mesmo RUN"
		},
		description: {
			en: "zypper keeps repository metadata and packages under /var/cache/zypp, and may refresh that metadata even to remove a package. Run `zypper clean` (`--all` also drops the metadata) after the last zypper command of the RUN, so the cache never reaches a layer.",
			"pt-BR": "O zypper guarda metadados de repositórios e pacotes em /var/cache/zypp, e pode atualizar esses metadados até para remover um pacote. Rode `zypper clean` (`--all` apaga também os metadados) depois do último comando zypper do RUN, para o cache nunca chegar a uma camada."
		},
		examples: {
			bad: "RUN zypper install -y curl",
			good: "RUN zypper install -y curl && zypper clean --all"
		},
		messages: { missingClean: {
			en: "No \"zypper clean\" after this zypper command in the same RUN: its cache stays in the layer.",
			"pt-BR": "Falta \"zypper clean\" depois deste comando zypper no mesmo RUN: o cache dele fica na camada."
		} }
	},
	check(model, report) {
		checkCacheCleanup(model, report, {
			managers: ["zypper"],
			writes: (call) => installsPackages(call) || ["remove", "rm"].includes(subcommandOf(call)?.word.value ?? ""),
			cleans: (call) => ["clean", "cc"].includes(subcommandOf(call)?.word.value ?? ""),
			cacheDirs: ["/var/cache/zypp"]
		});
	}
});
// src/checker/rules/zypper-dist-upgrade.ts
init_package_managers();
init_run_instructions();
// src/checker/rules/index.ts
const allRules = [
	absolute_workdir_default,
	apk_no_cache_default,
	apt_assume_yes_default,
	apt_clean_lists_default,
	apt_dist_upgrade_default,
	apt_get_update_alone_default,
	apt_no_install_recommends_default,
	combine_consecutive_runs_default,
	consistent_download_tool_default,
	consistent_instruction_casing_default,
	copy_from_own_stage_default,
	copy_from_unknown_stage_default,
	copy_manifests_before_sources_default,
	copy_multiple_sources_dest_slash_default,
	copy_path_mismatch_default,
	copy_relative_dest_without_workdir_default,
	copy_whole_filesystem_default,
	dnf_clean_cache_default,
	duplicate_stage_name_default,
	env_self_reference_default,
	exec_form_cmd_default,
	expose_port_only_default,
	expose_protocol_casing_default,
	expose_valid_port_default,
	from_as_casing_default,
	from_platform_constant_default,
	healthcheck_missing_default,
	healthcheck_options_valid_default,
	healthcheck_tool_missing_default,
	image_name_typo_default,
	install_and_remove_separate_layers_default,
	invalid_default_arg_in_from_default,
	label_key_format_default,
	legacy_key_value_format_default,
	maintainer_deprecated_default,
	multi_stage_build_toolchain_default,
	no_credential_files_default,
	no_curl_pipe_shell_default,
	no_empty_continuation_default,
	no_package_manager_in_shell_less_image_default,
	no_shell_in_shell_less_image_default,
	no_ssh_port_default,
	no_sudo_default,
	non_root_user_default,
	npm_ci_over_install_default,
	onbuild_trigger_allowed_default,
	pin_apk_packages_default,
	pin_apt_packages_default,
	pin_base_image_tag_default,
	pin_dnf_packages_default,
	pin_gem_packages_default,
	pin_npm_packages_default,
	pin_pip_packages_default,
	pin_yum_packages_default,
	pin_zypper_packages_default,
	pip_no_cache_dir_default,
	pipefail_before_pipe_default,
	pointless_command_in_run_default,
	prefer_apt_get_default,
	prefer_copy_over_add_default,
	prefer_official_image_default,
	prefer_smaller_variant_default,
	redundant_target_platform_default,
	reserved_stage_name_default,
	rpm_assume_yes_default,
	secrets_in_arg_env_default,
	single_cmd_entrypoint_healthcheck_default,
	stage_name_casing_default,
	syntax_error_default,
	undefined_arg_in_from_default,
	undefined_var_default,
	use_shell_instruction_default,
	useradd_no_log_init_default,
	wget_progress_default,
	workdir_over_cd_default,
	workdir_system_dir_default,
	yarn_cache_clean_default,
	yum_clean_cache_default,
	zypper_clean_cache_default,
	defineRule({
		meta: {
			id: "zypper-dist-upgrade",
			aliases: { hadolint: ["DL3035"] },
			severity: "warning",
			fixable: false,
			lesson: "dockerfile-practices",
			title: {
				en: "Avoid zypper dist-upgrade",
				"pt-BR": "Evite zypper dist-upgrade"
			},
			description: {
				en: "`zypper dist-upgrade` (`dup`) moves the system to whatever the repositories hold today, installing, replacing and removing packages as needed, so the image no longer matches the base image its maintainers tested, and every rebuild can produce a different system. To get fixes, build on a newer base image tag; if you must patch inside the image, `zypper patch` applies the official updates of the release.",
				"pt-BR": "O `zypper dist-upgrade` (`dup`) leva o sistema para o que os repositórios tiverem hoje, instalando, trocando e removendo pacotes quando precisa, então a imagem deixa de corresponder à imagem base que quem a mantém testou, e cada build pode gerar um sistema diferente. Para receber correções, use uma tag mais nova da imagem base; se precisar corrigir dentro da imagem, o `zypper patch` aplica as atualizações oficiais da versão."
			},
			examples: {
				bad: "RUN zypper --non-interactive dist-upgrade",
				good: "RUN zypper --non-interactive patch && zypper clean"
			},
			messages: { distUpgrade: {
				en: "Avoid \"zypper {subcommand}\": use a newer base image, or zypper patch for fixes within the release.",
				"pt-BR": "Evite \"zypper {subcommand}\": use uma imagem base mais nova, ou zypper patch para correções dentro da mesma versão."
			} }
		},
		check(model, report) {
			for (const { call } of runCommands(model)) {
				const action = managerOf(call) === "zypper" ? actionOf(call) : null;
				if (action === "dist-upgrade" || action === "dup") report({
					messageId: "distUpgrade",
					data: { subcommand: action },
					range: call.command.range
				});
			}
		}
	})
].sort((a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0);
// src/checker/suppressions.ts
const INLINE_IGNORE = /^#\s*(?:hadolint|check)(?:-|\s+)ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
const STAGE_IGNORE = /^#\s*hadolint\s+stage\s+ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
const GLOBAL_IGNORE = /^#\s*hadolint\s+global\s+ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
/** A comment read as a BuildKit directive (`check=…`), after the `#` and leading spaces. */
const BUILDKIT_DIRECTIVE = /^([A-Za-z][A-Za-z0-9]*)\s*=\s*(.+?)\s*$/;
/**
* Ids and aliases suppressed on each instruction: `# hadolint ignore=…` / `# check-ignore=…` directly above it,
* `# hadolint stage ignore=…` above its stage's FROM, and BuildKit's per-instruction `# check=skip=…`.
*/
function inlineSuppressions(model) {
	const result = /* @__PURE__ */ new Map();
	const add = (instruction, names) => {
		const set = result.get(instruction) ?? /* @__PURE__ */ new Set();
		for (const name of names) set.add(name);
		result.set(instruction, set);
	};
	for (const instruction of model.instructions) for (const comment of instruction.commentsAbove) {
		const names = ruleList(INLINE_IGNORE, comment);
		if (names) add(instruction, names);
	}
	for (const stage of model.stages) {
		const names = stage.from.commentsAbove.flatMap((comment) => ruleList(STAGE_IGNORE, comment) ?? []);
		if (names.length === 0) continue;
		add(stage.from, names);
		for (const instruction of stage.instructions) add(instruction, names);
	}
	for (const [instruction, skip] of buildkitInlineSkips(model)) add(instruction, skip);
	return result;
}
/**
* BuildKit's `# check=skip=…` above an instruction skips checks for that instruction only. It reads the comments
* since the previous instruction (blank lines do not end them, an empty `#` does); the first `check=` counts.
*/
function buildkitInlineSkips(model) {
	const result = /* @__PURE__ */ new Map();
	let c = 0;
	let previousEnd = 0;
	for (const instruction of model.instructions) {
		let pending = [];
		while (c < model.comments.length && model.comments[c].range.line < instruction.range.line) {
			const comment = model.comments[c++];
			if (comment.range.line <= previousEnd) continue;
			if (comment.text.replace(/^#/, "").trim() === "") pending = [];
			else pending.push(comment);
		}
		previousEnd = instruction.range.endLine;
		for (const comment of pending) {
			const match = BUILDKIT_DIRECTIVE.exec(comment.text.replace(/^#\s*/, ""));
			if (!match || match[1].toLowerCase() !== "check") continue;
			const options = parseCheckOptions(match[2]);
			if (options?.skipAll) result.set(instruction, EVERY_RULE_BUT_SYNTAX);
			else if (options) result.set(instruction, options.skip.map(normalizeAlias));
			break;
		}
	}
	return result;
}
/** Every rule's id and aliases except `syntax-error`: BuildKit's `skip=all` never hides a parse error. */
const EVERY_RULE_BUT_SYNTAX = allRules.filter((rule) => rule.meta.id !== "syntax-error").flatMap((rule) => [rule.meta.id, ...flattenAliases(rule.meta.aliases)].map(normalizeAlias));
/**
* Rules turned off for the whole file: BuildKit's `# check=skip=A,B` parser directive (`all` turns off every rule)
* and `# hadolint global ignore=A,B` comments.
*/
function checkDirectiveSkips(model) {
	const skips = /* @__PURE__ */ new Set();
	const options = buildkitCheckDirective(model);
	if (options?.skipAll) skips.add("all");
	for (const name of options?.skip ?? []) skips.add(normalizeAlias(name));
	for (const comment of model.comments) for (const name of ruleList(GLOBAL_IGNORE, comment) ?? []) skips.add(name);
	return skips;
}
/** Whether `# check=error=true` makes BuildKit fail the build on any check it reports. */
function checkDirectiveErrorOnWarn(model) {
	return buildkitCheckDirective(model)?.errorOnWarn ?? false;
}
function buildkitCheckDirective(model) {
	const directive = model.directives.find((candidate) => candidate.name === "check");
	return directive ? parseCheckOptions(directive.value) : null;
}
function ruleList(pattern, comment) {
	const text = comment.text.trim();
	const match = pattern.exec(text.startsWith("#") ? text : `#${text}`);
	return match ? match[1].split(/[,\s]+/).filter(Boolean).map(normalizeAlias) : null;
}
/** The instruction whose lines contain `line`, found by binary search. */
function instructionAtLine(model, line) {
	const list = model.instructions;
	let low = 0;
	let high = list.length - 1;
	while (low <= high) {
		const mid = low + high >> 1;
		const range = list[mid].range;
		if (line < range.line) high = mid - 1;
		else if (line > range.endLine) low = mid + 1;
		else return list[mid];
	}
	return null;
}
// src/checker/types.ts
const SEVERITY_RANK = {
	error: 4,
	warning: 3,
	info: 2,
	style: 1
};
// src/checker/engine.ts
const aliasIndex = buildAliasIndex(allRules);
/** Finds our rule for an id or any alias (`DL3020`, `JSONArgsRecommended`, `DS-0005`, `DS005`), case-insensitive. */
function findRuleByAlias(alias) {
	return aliasIndex.get(normalizeAlias(alias));
}
/** Checks Dockerfile text with every rule. Never throws. */
function checkDockerfile(text, options = {}) {
	return checkModel(parseDockerfile(text), options);
}
function checkModel(model, options = {}) {
	return checkModelWithMessageIds(model, options).map((entry) => entry.finding);
}
/** Findings with the message id each came from (for rule tests and exercise grading). */
function checkModelWithMessageIds(model, options = {}) {
	const lang = options.lang === "pt-BR" ? "pt-BR" : "en";
	const disabled = disabledRules(model, options.config);
	const severityOverrides = overrides(options.config);
	const suppressions = inlineSuppressions(model);
	const buildkitFails = checkDirectiveErrorOnWarn(model);
	const findings = [];
	for (const rule of options.rules ?? allRules) {
		if (disabled.has(rule) && rule.meta.id !== "syntax-error") continue;
		const names = [rule.meta.id, ...flattenAliases(rule.meta.aliases)].map(normalizeAlias);
		const report = (descriptor) => {
			const instruction = instructionAtLine(model, descriptor.range.line);
			const ignored = instruction ? suppressions.get(instruction) : void 0;
			if (ignored && names.some((name) => ignored.has(name))) return;
			const severity = severityOverrides.get(rule) ?? (buildkitFails && rule.meta.aliases.buildkit?.length ? "error" : rule.meta.severity);
			findings.push({
				finding: toFinding(rule, descriptor, lang, severity),
				messageId: descriptor.messageId
			});
		};
		try {
			rule.check(model, report);
		} catch (error) {
			options.onRuleError?.(error, rule);
		}
	}
	return findings.sort((a, b) => compareFindings(a.finding, b.finding));
}
function disabledRules(model, config) {
	const disabled = /* @__PURE__ */ new Set();
	const skips = checkDirectiveSkips(model);
	if (skips.has("all")) allRules.forEach((rule) => disabled.add(rule));
	const ignored = Array.isArray(config?.ignored) ? config.ignored.filter((name) => typeof name === "string") : [];
	for (const name of [...skips, ...ignored.map(normalizeAlias)]) {
		const rule = aliasIndex.get(name);
		if (rule) disabled.add(rule);
	}
	return disabled;
}
function overrides(config) {
	const result = /* @__PURE__ */ new Map();
	for (const [severity, names] of Object.entries(config?.override ?? {})) {
		if (!(severity in SEVERITY_RANK)) continue;
		for (const name of Array.isArray(names) ? names : []) {
			const rule = findRuleByAlias(name);
			if (rule) result.set(rule, severity);
		}
	}
	return result;
}
function toFinding(rule, descriptor, lang, severity) {
	const template = rule.meta.messages[descriptor.messageId]?.[lang] ?? descriptor.messageId;
	const finding = {
		rule: rule.meta.id,
		aliases: flattenAliases(rule.meta.aliases),
		severity,
		message: formatMessage(template, descriptor.data),
		line: descriptor.range.line,
		column: descriptor.range.column,
		endLine: descriptor.range.endLine,
		endColumn: descriptor.range.endColumn,
		docsUrl: ruleDocsPath(rule.meta.id, lang)
	};
	if (descriptor.fix && descriptor.fix.length > 0) finding.fix = descriptor.fix;
	return finding;
}
function compareFindings(a, b) {
	return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
// src/checker/config.ts
const THRESHOLDS = [
	"error",
	"warning",
	"info",
	"style",
	"none"
];
const SEVERITIES = [
	"error",
	"warning",
	"info",
	"style"
];
/**
* Reads the `.hadolint.yaml` subset we support: `ignored:` (a list), `failure-threshold:` (a scalar)
* and `override:` (severity → list). Block lists (`- x`) and flow lists (`[a, b]`) both work.
*/
function parseConfig(yamlText) {
	const result = { problems: [] };
	const lines = String(yamlText ?? "").split(/\r?\n/);
	let section = null;
	let overrideSeverity = null;
	for (let n = 0; n < lines.length; n++) {
		const line = stripComment(lines[n]);
		if (line.trim() === "" || line.trim() === "---") continue;
		const indent = line.length - line.trimStart().length;
		const trimmed = line.trim();
		if (trimmed.startsWith("- ") || trimmed === "-") {
			const item = unquote$1(trimmed.slice(1).trim());
			if (section === "ignored") (result.ignored ??= []).push(item);
			else if (section === "override" && overrideSeverity) ((result.override ??= {})[overrideSeverity] ??= []).push(item);
			else if (section !== "other") result.problems.push({
				line: n + 1,
				message: "list item outside a known key"
			});
			continue;
		}
		const colon = trimmed.indexOf(":");
		if (colon === -1) {
			result.problems.push({
				line: n + 1,
				message: "expected \"key: value\""
			});
			continue;
		}
		const key = trimmed.slice(0, colon).trim();
		const value = trimmed.slice(colon + 1).trim();
		if (indent > 0 && section === "override") {
			if (!SEVERITIES.includes(key)) {
				result.problems.push({
					line: n + 1,
					message: `unknown severity "${key}"`
				});
				overrideSeverity = null;
				continue;
			}
			overrideSeverity = key;
			if (value) ((result.override ??= {})[overrideSeverity] ??= []).push(...readList(value));
			continue;
		}
		if (indent > 0) continue;
		overrideSeverity = null;
		if (key === "ignored") {
			section = "ignored";
			if (value) (result.ignored ??= []).push(...readList(value));
		} else if (key === "failure-threshold") {
			section = null;
			const threshold = unquote$1(value).toLowerCase();
			if (THRESHOLDS.includes(threshold)) result.failureThreshold = threshold;
			else result.problems.push({
				line: n + 1,
				message: `unknown failure-threshold "${value}"`
			});
		} else if (key === "override") section = "override";
		else section = "other";
	}
	return result;
}
function stripComment(line) {
	const hash = line.search(/(^|\s)#/);
	return hash === -1 ? line : line.slice(0, hash);
}
function readList(value) {
	return (value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1) : value).split(",").map((item) => unquote$1(item.trim())).filter(Boolean);
}
function unquote$1(value) {
	if (value.length >= 2 && (value[0] === "\"" || value[0] === "'") && value[value.length - 1] === value[0]) return value.slice(1, -1);
	return value;
}
// src/cli/byte-size.ts
const DEFAULT_MAX_BYTES = 2097152;
const UNITS = {
	"": 1,
	b: 1,
	k: 1024,
	kb: 1024,
	kib: 1024,
	m: 1024 ** 2,
	mb: 1024 ** 2,
	mib: 1024 ** 2
};
/** `4096`, `512k`, `2MB`, `1.5MiB` → bytes; null when the text is not a size. */
function parseByteSize(text) {
	const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
	const unit = match ? UNITS[match[2].toLowerCase()] : void 0;
	if (!match || unit === void 0) return null;
	const bytes = Math.floor(Number(match[1]) * unit);
	return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}
/** `2 MB (2097152 bytes)`: the rounded figure people read, and the exact one. */
function describeByteSize(bytes) {
	const rounded = bytes >= 1024 ** 2 ? `${+(bytes / 1024 ** 2).toFixed(1)} MB` : bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : null;
	return rounded ? `${rounded} (${bytes} bytes)` : `${bytes} bytes`;
}
// src/cli/args.ts
/** One entry per option that takes a value; new options (e.g. --exercise) are added here. */
const VALUE_OPTIONS = {
	"--format": {
		values: [
			"text",
			"json",
			"sarif"
		],
		apply: (o, v) => o.format = v
	},
	"--lang": {
		values: ["en", "pt-BR"],
		apply: (o, v) => o.lang = v
	},
	"--fail-on": {
		values: [
			"error",
			"warning",
			"info",
			"style",
			"none"
		],
		apply: (o, v) => (o.failOn = v, o.failOnGiven = true)
	},
	"--config": {
		values: [],
		apply: (o, v) => o.configPath = v
	},
	"--max-size": {
		values: [],
		problem: maxSizeProblem,
		apply: (o, v) => o.maxBytes = parseByteSize(v) ?? 2097152
	}
};
/** Shared with --exercise, which reads files the same way. */
function maxSizeProblem(value) {
	return parseByteSize(value) === null ? `--max-size must be a size such as 4096, 512k or 2MB (got "${value}")` : null;
}
const FLAG_OPTIONS = {
	"--help": (o) => o.help = true,
	"-h": (o) => o.help = true
};
function parseArgs(argv) {
	const options = {
		format: "text",
		lang: "en",
		failOn: "warning",
		failOnGiven: false,
		configPath: null,
		maxBytes: DEFAULT_MAX_BYTES,
		help: false,
		files: []
	};
	const errors = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--") {
			options.files.push(...argv.slice(i + 1));
			break;
		}
		if (arg in FLAG_OPTIONS) {
			FLAG_OPTIONS[arg](options);
			continue;
		}
		const [name, inlineValue] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0];
		const spec = VALUE_OPTIONS[name];
		if (spec) {
			const value = inlineValue ?? argv[++i];
			const problem = value === void 0 ? `${name} needs a value` : valueProblem(name, spec, value);
			if (problem) errors.push(problem);
			else spec.apply(options, value);
			continue;
		}
		if (arg.startsWith("-") && arg !== "-") {
			errors.push(`unknown option ${arg}`);
			continue;
		}
		options.files.push(arg);
	}
	if (!options.help && options.files.length === 0) errors.push("no Dockerfile given (use - to read standard input)");
	return {
		options,
		errors
	};
}
function valueProblem(name, spec, value) {
	if (spec.values.length > 0 && !spec.values.includes(value)) return `${name} must be one of: ${spec.values.join(", ")} (got "${value}")`;
	return spec.problem?.(value) ?? null;
}
const USAGE = `Usage: dfcheck [options] FILE... | -

Checks Dockerfiles against the practices taught in "Containers, the right way".

Options:
  --format text|json|sarif   output format (default: text)
  --lang en|pt-BR            language of the messages (default: en)
  --fail-on error|warning|info|style|none
                             exit 1 when a finding is at or above this severity (default: warning)
  --config FILE              .hadolint.yaml-style config (ignored:, failure-threshold:, override:)
  --max-size SIZE            refuse larger files and standard input: bytes, 512k, 2MB (default: 2MB; k = 1024)
  -h, --help                 show this help

Grading exercises (instructors):
  --exercise ID FILE...      grade answers to one exercise (json: { exercise, passed, score, requirements })
  --list-exercises           list the exercises and their requirements

Only regular files are read: a directory, FIFO or device is refused (exit 2) and the other files are still checked.
Invalid UTF-8 is checked anyway and reported as an invalid-utf8 warning.

Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error or unreadable file.
`;
// node_modules/yaml/dist/nodes/identity.js
var require_identity = /* @__PURE__ */ __commonJSMin(((exports) => {
	const ALIAS = Symbol.for("yaml.alias");
	const DOC = Symbol.for("yaml.document");
	const MAP = Symbol.for("yaml.map");
	const PAIR = Symbol.for("yaml.pair");
	const SCALAR = Symbol.for("yaml.scalar");
	const SEQ = Symbol.for("yaml.seq");
	const NODE_TYPE = Symbol.for("yaml.node.type");
	const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
	const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
	const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
	const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
	const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
	const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
	function isCollection(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case MAP:
			case SEQ: return true;
		}
		return false;
	}
	function isNode(node) {
		if (node && typeof node === "object") switch (node[NODE_TYPE]) {
			case ALIAS:
			case MAP:
			case SCALAR:
			case SEQ: return true;
		}
		return false;
	}
	const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
	exports.ALIAS = ALIAS;
	exports.DOC = DOC;
	exports.MAP = MAP;
	exports.NODE_TYPE = NODE_TYPE;
	exports.PAIR = PAIR;
	exports.SCALAR = SCALAR;
	exports.SEQ = SEQ;
	exports.hasAnchor = hasAnchor;
	exports.isAlias = isAlias;
	exports.isCollection = isCollection;
	exports.isDocument = isDocument;
	exports.isMap = isMap;
	exports.isNode = isNode;
	exports.isPair = isPair;
	exports.isScalar = isScalar;
	exports.isSeq = isSeq;
}));
// node_modules/yaml/dist/visit.js
var require_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove node");
	/**
	* Apply a visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	function visit(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else visit_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visit.SKIP = SKIP;
	/** Remove the current node */
	visit.REMOVE = REMOVE;
	function visit_(key, node, visitor, path) {
		const ctrl = callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visit_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = visit_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = visit_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = visit_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	/**
	* Apply an async visitor to an AST node or document.
	*
	* Walks through the tree (depth-first) starting from `node`, calling a
	* `visitor` function with three arguments:
	*   - `key`: For sequence values and map `Pair`, the node's index in the
	*     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
	*     `null` for the root node.
	*   - `node`: The current node.
	*   - `path`: The ancestry of the current node.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `Promise`: Must resolve to one of the following values
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this node, continue with next
	*     sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current node, then continue with the next one
	*   - `Node`: Replace the current node, then continue by visiting it
	*   - `number`: While iterating the items of a sequence or map, set the index
	*     of the next step. This is useful especially if the index of the current
	*     node has changed.
	*
	* If `visitor` is a single function, it will be called with all values
	* encountered in the tree, including e.g. `null` values. Alternatively,
	* separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
	* `Alias` and `Scalar` node. To define the same visitor function for more than
	* one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
	* and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
	* specific defined one will be used for each node.
	*/
	async function visitAsync(node, visitor) {
		const visitor_ = initVisitor(visitor);
		if (identity.isDocument(node)) {
			if (await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE) node.contents = null;
		} else await visitAsync_(null, node, visitor_, Object.freeze([]));
	}
	/** Terminate visit traversal completely */
	visitAsync.BREAK = BREAK;
	/** Do not visit the children of the current node */
	visitAsync.SKIP = SKIP;
	/** Remove the current node */
	visitAsync.REMOVE = REMOVE;
	async function visitAsync_(key, node, visitor, path) {
		const ctrl = await callVisitor(key, node, visitor, path);
		if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
			replaceNode(key, path, ctrl);
			return visitAsync_(key, ctrl, visitor, path);
		}
		if (typeof ctrl !== "symbol") {
			if (identity.isCollection(node)) {
				path = Object.freeze(path.concat(node));
				for (let i = 0; i < node.items.length; ++i) {
					const ci = await visitAsync_(i, node.items[i], visitor, path);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						node.items.splice(i, 1);
						i -= 1;
					}
				}
			} else if (identity.isPair(node)) {
				path = Object.freeze(path.concat(node));
				const ck = await visitAsync_("key", node.key, visitor, path);
				if (ck === BREAK) return BREAK;
				else if (ck === REMOVE) node.key = null;
				const cv = await visitAsync_("value", node.value, visitor, path);
				if (cv === BREAK) return BREAK;
				else if (cv === REMOVE) node.value = null;
			}
		}
		return ctrl;
	}
	function initVisitor(visitor) {
		if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) return Object.assign({
			Alias: visitor.Node,
			Map: visitor.Node,
			Scalar: visitor.Node,
			Seq: visitor.Node
		}, visitor.Value && {
			Map: visitor.Value,
			Scalar: visitor.Value,
			Seq: visitor.Value
		}, visitor.Collection && {
			Map: visitor.Collection,
			Seq: visitor.Collection
		}, visitor);
		return visitor;
	}
	function callVisitor(key, node, visitor, path) {
		if (typeof visitor === "function") return visitor(key, node, path);
		if (identity.isMap(node)) return visitor.Map?.(key, node, path);
		if (identity.isSeq(node)) return visitor.Seq?.(key, node, path);
		if (identity.isPair(node)) return visitor.Pair?.(key, node, path);
		if (identity.isScalar(node)) return visitor.Scalar?.(key, node, path);
		if (identity.isAlias(node)) return visitor.Alias?.(key, node, path);
	}
	function replaceNode(key, path, node) {
		const parent = path[path.length - 1];
		if (identity.isCollection(parent)) parent.items[key] = node;
		else if (identity.isPair(parent)) {
			if (key === "key") parent.key = node;
			else parent.value = node;
		} else if (identity.isDocument(parent)) parent.contents = node;
		else {
			const pt = identity.isAlias(parent) ? "alias" : "scalar";
			throw new Error(`Cannot replace node with ${pt} parent`);
		}
	}
	exports.visit = visit;
	exports.visitAsync = visitAsync;
}));
// node_modules/yaml/dist/doc/directives.js
var require_directives = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	const escapeChars = {
		"!": "%21",
		",": "%2C",
		"[": "%5B",
		"]": "%5D",
		"{": "%7B",
		"}": "%7D"
	};
	const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
	var Directives = class Directives {
		constructor(yaml, tags) {
			/**
			* The directives-end/doc-start marker `---`. If `null`, a marker may still be
			* included in the document's stringified representation.
			*/
			this.docStart = null;
			/** The doc-end marker `...`.  */
			this.docEnd = false;
			this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
			this.tags = Object.assign({}, Directives.defaultTags, tags);
		}
		clone() {
			const copy = new Directives(this.yaml, this.tags);
			copy.docStart = this.docStart;
			return copy;
		}
		/**
		* During parsing, get a Directives instance for the current document and
		* update the stream state according to the current version's spec.
		*/
		atDocument() {
			const res = new Directives(this.yaml, this.tags);
			switch (this.yaml.version) {
				case "1.1":
					this.atNextDocument = true;
					break;
				case "1.2":
					this.atNextDocument = false;
					this.yaml = {
						explicit: Directives.defaultYaml.explicit,
						version: "1.2"
					};
					this.tags = Object.assign({}, Directives.defaultTags);
			}
			return res;
		}
		/**
		* @param onError - May be called even if the action was successful
		* @returns `true` on success
		*/
		add(line, onError) {
			if (this.atNextDocument) {
				this.yaml = {
					explicit: Directives.defaultYaml.explicit,
					version: "1.1"
				};
				this.tags = Object.assign({}, Directives.defaultTags);
				this.atNextDocument = false;
			}
			const parts = line.trim().split(/[ \t]+/);
			const name = parts.shift();
			switch (name) {
				case "%TAG": {
					if (parts.length !== 2) {
						onError(0, "%TAG directive should contain exactly two parts");
						if (parts.length < 2) return false;
					}
					const [handle, prefix] = parts;
					this.tags[handle] = prefix;
					return true;
				}
				case "%YAML": {
					this.yaml.explicit = true;
					if (parts.length !== 1) {
						onError(0, "%YAML directive should contain exactly one part");
						return false;
					}
					const [version] = parts;
					if (version === "1.1" || version === "1.2") {
						this.yaml.version = version;
						return true;
					} else {
						const isValid = /^\d+\.\d+$/.test(version);
						onError(6, `Unsupported YAML version ${version}`, isValid);
						return false;
					}
				}
				default:
					onError(0, `Unknown directive ${name}`, true);
					return false;
			}
		}
		/**
		* Resolves a tag, matching handles to those defined in %TAG directives.
		*
		* @returns Resolved tag, which may also be the non-specific tag `'!'` or a
		*   `'!local'` tag, or `null` if unresolvable.
		*/
		tagName(source, onError) {
			if (source === "!") return "!";
			if (source[0] !== "!") {
				onError(`Not a valid tag: ${source}`);
				return null;
			}
			if (source[1] === "<") {
				const verbatim = source.slice(2, -1);
				if (verbatim === "!" || verbatim === "!!") {
					onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
					return null;
				}
				if (source[source.length - 1] !== ">") onError("Verbatim tags must end with a >");
				return verbatim;
			}
			const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
			if (!suffix) onError(`The ${source} tag has no suffix`);
			const prefix = this.tags[handle];
			if (prefix) try {
				return prefix + decodeURIComponent(suffix);
			} catch (error) {
				onError(String(error));
				return null;
			}
			if (handle === "!") return source;
			onError(`Could not resolve tag: ${source}`);
			return null;
		}
		/**
		* Given a fully resolved tag, returns its printable string form,
		* taking into account current tag prefixes and defaults.
		*/
		tagString(tag) {
			for (const [handle, prefix] of Object.entries(this.tags)) if (tag.startsWith(prefix)) return handle + escapeTagName(tag.substring(prefix.length));
			return tag[0] === "!" ? tag : `!<${tag}>`;
		}
		toString(doc) {
			const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
			const tagEntries = Object.entries(this.tags);
			let tagNames;
			if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
				const tags = {};
				visit.visit(doc.contents, (_key, node) => {
					if (identity.isNode(node) && node.tag) tags[node.tag] = true;
				});
				tagNames = Object.keys(tags);
			} else tagNames = [];
			for (const [handle, prefix] of tagEntries) {
				if (handle === "!!" && prefix === "tag:yaml.org,2002:") continue;
				if (!doc || tagNames.some((tn) => tn.startsWith(prefix))) lines.push(`%TAG ${handle} ${prefix}`);
			}
			return lines.join("\n");
		}
	};
	Directives.defaultYaml = {
		explicit: false,
		version: "1.2"
	};
	Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
	exports.Directives = Directives;
}));
// node_modules/yaml/dist/doc/anchors.js
var require_anchors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var visit = require_visit();
	/**
	* Verify that the input string is a valid anchor.
	*
	* Will throw on errors.
	*/
	function anchorIsValid(anchor) {
		if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
			const msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
			throw new Error(msg);
		}
		return true;
	}
	function anchorNames(root) {
		const anchors = /* @__PURE__ */ new Set();
		visit.visit(root, { Value(_key, node) {
			if (node.anchor) anchors.add(node.anchor);
		} });
		return anchors;
	}
	/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
	function findNewAnchor(prefix, exclude) {
		for (let i = 1;; ++i) {
			const name = `${prefix}${i}`;
			if (!exclude.has(name)) return name;
		}
	}
	function createNodeAnchors(doc, prefix) {
		const aliasObjects = [];
		const sourceObjects = /* @__PURE__ */ new Map();
		let prevAnchors = null;
		return {
			onAnchor: (source) => {
				aliasObjects.push(source);
				prevAnchors ?? (prevAnchors = anchorNames(doc));
				const anchor = findNewAnchor(prefix, prevAnchors);
				prevAnchors.add(anchor);
				return anchor;
			},
			/**
			* With circular references, the source node is only resolved after all
			* of its child nodes are. This is why anchors are set only after all of
			* the nodes have been created.
			*/
			setAnchors: () => {
				for (const source of aliasObjects) {
					const ref = sourceObjects.get(source);
					if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) ref.node.anchor = ref.anchor;
					else {
						const error = /* @__PURE__ */ new Error("Failed to resolve repeated object (this should not happen)");
						error.source = source;
						throw error;
					}
				}
			},
			sourceObjects
		};
	}
	exports.anchorIsValid = anchorIsValid;
	exports.anchorNames = anchorNames;
	exports.createNodeAnchors = createNodeAnchors;
	exports.findNewAnchor = findNewAnchor;
}));
// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
	* in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
	* 2021 edition: https://tc39.es/ecma262/#sec-json.parse
	*
	* Includes extensions for handling Map and Set objects.
	*/
	function applyReviver(reviver, obj, key, val) {
		if (val && typeof val === "object") {
			if (Array.isArray(val)) for (let i = 0, len = val.length; i < len; ++i) {
				const v0 = val[i];
				const v1 = applyReviver(reviver, val, String(i), v0);
				if (v1 === void 0) delete val[i];
				else if (v1 !== v0) val[i] = v1;
			}
			else if (val instanceof Map) for (const k of Array.from(val.keys())) {
				const v0 = val.get(k);
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) val.delete(k);
				else if (v1 !== v0) val.set(k, v1);
			}
			else if (val instanceof Set) for (const v0 of Array.from(val)) {
				const v1 = applyReviver(reviver, val, v0, v0);
				if (v1 === void 0) val.delete(v0);
				else if (v1 !== v0) {
					val.delete(v0);
					val.add(v1);
				}
			}
			else for (const [k, v0] of Object.entries(val)) {
				const v1 = applyReviver(reviver, val, k, v0);
				if (v1 === void 0) delete val[k];
				else if (v1 !== v0) val[k] = v1;
			}
		}
		return reviver.call(obj, key, val);
	}
	exports.applyReviver = applyReviver;
}));
// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	/**
	* Recursively convert any node or its contents to native JavaScript
	*
	* @param value - The input value
	* @param arg - If `value` defines a `toJSON()` method, use this
	*   as its first argument
	* @param ctx - Conversion context, originally set in Document#toJS(). If
	*   `{ keep: true }` is not set, output should be suitable for JSON
	*   stringification.
	*/
	function toJS(value, arg, ctx) {
		if (Array.isArray(value)) return value.map((v, i) => toJS(v, String(i), ctx));
		if (value && typeof value.toJSON === "function") {
			if (!ctx || !identity.hasAnchor(value)) return value.toJSON(arg, ctx);
			const data = {
				aliasCount: 0,
				count: 1,
				res: void 0
			};
			ctx.anchors.set(value, data);
			ctx.onCreate = (res) => {
				data.res = res;
				delete ctx.onCreate;
			};
			const res = value.toJSON(arg, ctx);
			if (ctx.onCreate) ctx.onCreate(res);
			return res;
		}
		if (typeof value === "bigint" && !ctx?.keep) return Number(value);
		return value;
	}
	exports.toJS = toJS;
}));
// node_modules/yaml/dist/nodes/Node.js
var require_Node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var applyReviver = require_applyReviver();
	var identity = require_identity();
	var toJS = require_toJS();
	var NodeBase = class {
		constructor(type) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: type });
		}
		/** Create a copy of this node.  */
		clone() {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** A plain JavaScript representation of this node. */
		toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			if (!identity.isDocument(doc)) throw new TypeError("A document argument is required");
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc,
				keep: true,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this, "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
	};
	exports.NodeBase = NodeBase;
}));
// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var visit = require_visit();
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	var Alias = class extends Node.NodeBase {
		constructor(source) {
			super(identity.ALIAS);
			this.source = source;
			Object.defineProperty(this, "tag", { set() {
				throw new Error("Alias nodes cannot have tags");
			} });
		}
		/**
		* Resolve the value of this alias within `doc`, finding the last
		* instance of the `source` anchor before this node.
		*/
		resolve(doc, ctx) {
			if (ctx?.maxAliasCount === 0) throw new ReferenceError("Alias resolution is disabled");
			let nodes;
			if (ctx?.aliasResolveCache) nodes = ctx.aliasResolveCache;
			else {
				nodes = [];
				visit.visit(doc, { Node: (_key, node) => {
					if (identity.isAlias(node) || identity.hasAnchor(node)) nodes.push(node);
				} });
				if (ctx) ctx.aliasResolveCache = nodes;
			}
			let found = void 0;
			for (const node of nodes) {
				if (node === this) break;
				if (node.anchor === this.source) found = node;
			}
			if (found && ctx) {
				const { anchors, doc, maxAliasCount } = ctx;
				let data = anchors.get(found);
				if (!data) {
					toJS.toJS(found, null, ctx);
					data = anchors.get(found);
				}
				/* istanbul ignore if */
				if (data?.res === void 0) throw new ReferenceError("This should not happen: Alias anchor was not resolved?");
				if (maxAliasCount >= 0) {
					data.count += 1;
					if (data.aliasCount === 0) data.aliasCount = getAliasCount(doc, found, anchors);
					if (data.count * data.aliasCount > maxAliasCount) throw new ReferenceError("Excessive alias count indicates a resource exhaustion attack");
				}
			}
			return found;
		}
		toJSON(_arg, ctx) {
			if (!ctx) return { source: this.source };
			const source = this.resolve(ctx.doc, ctx);
			if (!source) {
				const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
				throw new ReferenceError(msg);
			}
			return ctx.anchors.get(source).res;
		}
		toString(ctx, _onComment, _onChompKeep) {
			const src = `*${this.source}`;
			if (ctx) {
				anchors.anchorIsValid(this.source);
				if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
					const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
					throw new Error(msg);
				}
				if (ctx.implicitKey) return `${src} `;
			}
			return src;
		}
	};
	function getAliasCount(doc, node, anchors) {
		if (identity.isAlias(node)) {
			const source = node.resolve(doc);
			const anchor = anchors && source && anchors.get(source);
			return anchor ? anchor.count * anchor.aliasCount : 0;
		} else if (identity.isCollection(node)) {
			let count = 0;
			for (const item of node.items) {
				const c = getAliasCount(doc, item, anchors);
				if (c > count) count = c;
			}
			return count;
		} else if (identity.isPair(node)) {
			const kc = getAliasCount(doc, node.key, anchors);
			const vc = getAliasCount(doc, node.value, anchors);
			return Math.max(kc, vc);
		}
		return 1;
	}
	exports.Alias = Alias;
}));
// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Node = require_Node();
	var toJS = require_toJS();
	const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
	var Scalar = class extends Node.NodeBase {
		constructor(value) {
			super(identity.SCALAR);
			this.value = value;
		}
		toJSON(arg, ctx) {
			return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
		}
		toString() {
			return String(this.value);
		}
	};
	Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
	Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
	Scalar.PLAIN = "PLAIN";
	Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
	Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
	exports.Scalar = Scalar;
	exports.isScalarValue = isScalarValue;
}));
// node_modules/yaml/dist/doc/createNode.js
var require_createNode = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var Scalar = require_Scalar();
	const defaultTagPrefix = "tag:yaml.org,2002:";
	function findTagObject(value, tagName, tags) {
		if (tagName) {
			const match = tags.filter((t) => t.tag === tagName);
			const tagObj = match.find((t) => !t.format) ?? match[0];
			if (!tagObj) throw new Error(`Tag ${tagName} not found`);
			return tagObj;
		}
		return tags.find((t) => t.identify?.(value) && !t.format);
	}
	function createNode(value, tagName, ctx) {
		if (identity.isDocument(value)) value = value.contents;
		if (identity.isNode(value)) return value;
		if (identity.isPair(value)) {
			const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
			map.items.push(value);
			return map;
		}
		if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) value = value.valueOf();
		const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
		let ref = void 0;
		if (aliasDuplicateObjects && value && typeof value === "object") {
			ref = sourceObjects.get(value);
			if (ref) {
				ref.anchor ?? (ref.anchor = onAnchor(value));
				return new Alias.Alias(ref.anchor);
			} else {
				ref = {
					anchor: null,
					node: null
				};
				sourceObjects.set(value, ref);
			}
		}
		if (tagName?.startsWith("!!")) tagName = defaultTagPrefix + tagName.slice(2);
		let tagObj = findTagObject(value, tagName, schema.tags);
		if (!tagObj) {
			if (value && typeof value.toJSON === "function") value = value.toJSON();
			if (!value || typeof value !== "object") {
				const node = new Scalar.Scalar(value);
				if (ref) ref.node = node;
				return node;
			}
			tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
		}
		if (onTagObj) {
			onTagObj(tagObj);
			delete ctx.onTagObj;
		}
		const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
		if (tagName) node.tag = tagName;
		else if (!tagObj.default) node.tag = tagObj.tag;
		if (ref) ref.node = node;
		return node;
	}
	exports.createNode = createNode;
}));
// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var identity = require_identity();
	var Node = require_Node();
	function collectionFromPath(schema, path, value) {
		let v = value;
		for (let i = path.length - 1; i >= 0; --i) {
			const k = path[i];
			if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
				const a = [];
				a[k] = v;
				v = a;
			} else v = /* @__PURE__ */ new Map([[k, v]]);
		}
		return createNode.createNode(v, void 0, {
			aliasDuplicateObjects: false,
			keepUndefined: false,
			onAnchor: () => {
				throw new Error("This should not happen, please report a bug.");
			},
			schema,
			sourceObjects: /* @__PURE__ */ new Map()
		});
	}
	const isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
	var Collection = class extends Node.NodeBase {
		constructor(type, schema) {
			super(type);
			Object.defineProperty(this, "schema", {
				value: schema,
				configurable: true,
				enumerable: false,
				writable: true
			});
		}
		/**
		* Create a copy of this collection.
		*
		* @param schema - If defined, overwrites the original's schema
		*/
		clone(schema) {
			const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
			if (schema) copy.schema = schema;
			copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/**
		* Adds a value to the collection. For `!!map` and `!!omap` the value must
		* be a Pair instance or a `{ key, value }` object, which may not have a key
		* that already exists in the map.
		*/
		addIn(path, value) {
			if (isEmptyPath(path)) this.add(value);
			else {
				const [key, ...rest] = path;
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.addIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
		/**
		* Removes a value from the collection.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.delete(key);
			const node = this.get(key, true);
			if (identity.isCollection(node)) return node.deleteIn(rest);
			else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			const [key, ...rest] = path;
			const node = this.get(key, true);
			if (rest.length === 0) return !keepScalar && identity.isScalar(node) ? node.value : node;
			else return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
		}
		hasAllNullValues(allowScalar) {
			return this.items.every((node) => {
				if (!identity.isPair(node)) return false;
				const n = node.value;
				return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
			});
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*/
		hasIn(path) {
			const [key, ...rest] = path;
			if (rest.length === 0) return this.has(key);
			const node = this.get(key, true);
			return identity.isCollection(node) ? node.hasIn(rest) : false;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			const [key, ...rest] = path;
			if (rest.length === 0) this.set(key, value);
			else {
				const node = this.get(key, true);
				if (identity.isCollection(node)) node.setIn(rest, value);
				else if (node === void 0 && this.schema) this.set(key, collectionFromPath(this.schema, rest, value));
				else throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
			}
		}
	};
	exports.Collection = Collection;
	exports.collectionFromPath = collectionFromPath;
	exports.isEmptyPath = isEmptyPath;
}));
// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringifies a comment.
	*
	* Empty comment lines are left empty,
	* lines consisting of a single space are replaced by `#`,
	* and all other lines are prefixed with a `#`.
	*/
	const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
	function indentComment(comment, indent) {
		if (/^\n+$/.test(comment)) return comment.substring(1);
		return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
	}
	const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
	exports.indentComment = indentComment;
	exports.lineComment = lineComment;
	exports.stringifyComment = stringifyComment;
}));
// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = /* @__PURE__ */ __commonJSMin(((exports) => {
	const FOLD_FLOW = "flow";
	const FOLD_BLOCK = "block";
	const FOLD_QUOTED = "quoted";
	/**
	* Tries to keep input at up to `lineWidth` characters, splitting only on spaces
	* not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
	* terminated with `\n` and started with `indent`.
	*/
	function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
		if (!lineWidth || lineWidth < 0) return text;
		if (lineWidth < minContentWidth) minContentWidth = 0;
		const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
		if (text.length <= endStep) return text;
		const folds = [];
		const escapedFolds = {};
		let end = lineWidth - indent.length;
		if (typeof indentAtStart === "number") {
			if (indentAtStart > lineWidth - Math.max(2, minContentWidth)) folds.push(0);
			else end = lineWidth - indentAtStart;
		}
		let split = void 0;
		let prev = void 0;
		let overflow = false;
		let i = -1;
		let escStart = -1;
		let escEnd = -1;
		if (mode === FOLD_BLOCK) {
			i = consumeMoreIndentedLines(text, i, indent.length);
			if (i !== -1) end = i + endStep;
		}
		for (let ch; ch = text[i += 1];) {
			if (mode === FOLD_QUOTED && ch === "\\") {
				escStart = i;
				switch (text[i + 1]) {
					case "x":
						i += 3;
						break;
					case "u":
						i += 5;
						break;
					case "U":
						i += 9;
						break;
					default: i += 1;
				}
				escEnd = i;
			}
			if (ch === "\n") {
				if (mode === FOLD_BLOCK) i = consumeMoreIndentedLines(text, i, indent.length);
				end = i + indent.length + endStep;
				split = void 0;
			} else {
				if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
					const next = text[i + 1];
					if (next && next !== " " && next !== "\n" && next !== "	") split = i;
				}
				if (i >= end) {
					if (split) {
						folds.push(split);
						end = split + endStep;
						split = void 0;
					} else if (mode === FOLD_QUOTED) {
						while (prev === " " || prev === "	") {
							prev = ch;
							ch = text[i += 1];
							overflow = true;
						}
						const j = i > escEnd + 1 ? i - 2 : escStart - 1;
						if (escapedFolds[j]) return text;
						folds.push(j);
						escapedFolds[j] = true;
						end = j + endStep;
						split = void 0;
					} else overflow = true;
				}
			}
			prev = ch;
		}
		if (overflow && onOverflow) onOverflow();
		if (folds.length === 0) return text;
		if (onFold) onFold();
		let res = text.slice(0, folds[0]);
		for (let i = 0; i < folds.length; ++i) {
			const fold = folds[i];
			const end = folds[i + 1] || text.length;
			if (fold === 0) res = `\n${indent}${text.slice(0, end)}`;
			else {
				if (mode === FOLD_QUOTED && escapedFolds[fold]) res += `${text[fold]}\\`;
				res += `\n${indent}${text.slice(fold + 1, end)}`;
			}
		}
		return res;
	}
	/**
	* Presumes `i + 1` is at the start of a line
	* @returns index of last newline in more-indented block
	*/
	function consumeMoreIndentedLines(text, i, indent) {
		let end = i;
		let start = i + 1;
		let ch = text[start];
		while (ch === " " || ch === "	") if (i < start + indent) ch = text[++i];
		else {
			do
				ch = text[++i];
			while (ch && ch !== "\n");
			end = i;
			start = i + 1;
			ch = text[start];
		}
		return end;
	}
	exports.FOLD_BLOCK = FOLD_BLOCK;
	exports.FOLD_FLOW = FOLD_FLOW;
	exports.FOLD_QUOTED = FOLD_QUOTED;
	exports.foldFlowLines = foldFlowLines;
}));
// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var foldFlowLines = require_foldFlowLines();
	const getFoldOptions = (ctx, isBlock) => ({
		indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
		lineWidth: ctx.options.lineWidth,
		minContentWidth: ctx.options.minContentWidth
	});
	const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
	function lineLengthOverLimit(str, lineWidth, indentLength) {
		if (!lineWidth || lineWidth < 0) return false;
		const limit = lineWidth - indentLength;
		const strLen = str.length;
		if (strLen <= limit) return false;
		for (let i = 0, start = 0; i < strLen; ++i) if (str[i] === "\n") {
			if (i - start > limit) return true;
			start = i + 1;
			if (strLen - start <= limit) return false;
		}
		return true;
	}
	function doubleQuotedString(value, ctx) {
		const json = JSON.stringify(value);
		if (ctx.options.doubleQuotedAsJSON) return json;
		const { implicitKey } = ctx;
		const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		let str = "";
		let start = 0;
		for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
			if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
				str += json.slice(start, i) + "\\ ";
				i += 1;
				start = i;
				ch = "\\";
			}
			if (ch === "\\") switch (json[i + 1]) {
				case "u":
					{
						str += json.slice(start, i);
						const code = json.substr(i + 2, 4);
						switch (code) {
							case "0000":
								str += "\\0";
								break;
							case "0007":
								str += "\\a";
								break;
							case "000b":
								str += "\\v";
								break;
							case "001b":
								str += "\\e";
								break;
							case "0085":
								str += "\\N";
								break;
							case "00a0":
								str += "\\_";
								break;
							case "2028":
								str += "\\L";
								break;
							case "2029":
								str += "\\P";
								break;
							default: if (code.substr(0, 2) === "00") str += "\\x" + code.substr(2);
							else str += json.substr(i, 6);
						}
						i += 5;
						start = i + 1;
					}
					break;
				case "n":
					if (implicitKey || json[i + 2] === "\"" || json.length < minMultiLineLength) i += 1;
					else {
						str += json.slice(start, i) + "\n\n";
						while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== "\"") {
							str += "\n";
							i += 2;
						}
						str += indent;
						if (json[i + 2] === " ") str += "\\";
						i += 1;
						start = i + 1;
					}
					break;
				default: i += 1;
			}
		}
		str = start ? str + json.slice(start) : json;
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
	}
	function singleQuotedString(value, ctx) {
		if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value)) return doubleQuotedString(value, ctx);
		const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
		const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
		return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function quotedString(value, ctx) {
		const { singleQuote } = ctx.options;
		let qs;
		if (singleQuote === false) qs = doubleQuotedString;
		else {
			const hasDouble = value.includes("\"");
			const hasSingle = value.includes("'");
			if (hasDouble && !hasSingle) qs = singleQuotedString;
			else if (hasSingle && !hasDouble) qs = doubleQuotedString;
			else qs = singleQuote ? singleQuotedString : doubleQuotedString;
		}
		return qs(value, ctx);
	}
	let blockEndNewlines;
	try {
		blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
	} catch {
		blockEndNewlines = /\n+(?!\n|$)/g;
	}
	function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
		const { blockQuote, commentString, lineWidth } = ctx.options;
		if (!blockQuote || /\n[\t ]+$/.test(value)) return quotedString(value, ctx);
		const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
		const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
		if (!value) return literal ? "|\n" : ">\n";
		let chomp;
		let endStart;
		for (endStart = value.length; endStart > 0; --endStart) {
			const ch = value[endStart - 1];
			if (ch !== "\n" && ch !== "	" && ch !== " ") break;
		}
		let end = value.substring(endStart);
		const endNlPos = end.indexOf("\n");
		if (endNlPos === -1) chomp = "-";
		else if (value === end || endNlPos !== end.length - 1) {
			chomp = "+";
			if (onChompKeep) onChompKeep();
		} else chomp = "";
		if (end) {
			value = value.slice(0, -end.length);
			if (end[end.length - 1] === "\n") end = end.slice(0, -1);
			end = end.replace(blockEndNewlines, `$&${indent}`);
		}
		let startWithSpace = false;
		let startEnd;
		let startNlPos = -1;
		for (startEnd = 0; startEnd < value.length; ++startEnd) {
			const ch = value[startEnd];
			if (ch === " ") startWithSpace = true;
			else if (ch === "\n") startNlPos = startEnd;
			else break;
		}
		let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
		if (start) {
			value = value.substring(start.length);
			start = start.replace(/\n+/g, `$&${indent}`);
		}
		let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
		if (comment) {
			header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
			if (onComment) onComment();
		}
		if (!literal) {
			const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
			let literalFallback = false;
			const foldOptions = getFoldOptions(ctx, true);
			if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) foldOptions.onOverflow = () => {
				literalFallback = true;
			};
			const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
			if (!literalFallback) return `>${header}\n${indent}${body}`;
		}
		value = value.replace(/\n+/g, `$&${indent}`);
		return `|${header}\n${indent}${start}${value}${end}`;
	}
	function plainString(item, ctx, onComment, onChompKeep) {
		const { type, value } = item;
		const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
		if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) return quotedString(value, ctx);
		if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
		if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) return blockString(item, ctx, onComment, onChompKeep);
		if (containsDocumentMarker(value)) {
			if (indent === "") {
				ctx.forceBlockIndent = true;
				return blockString(item, ctx, onComment, onChompKeep);
			} else if (implicitKey && indent === indentStep) return quotedString(value, ctx);
		}
		const str = value.replace(/\n+/g, `$&\n${indent}`);
		if (actualString) {
			const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
			const { compat, tags } = ctx.doc.schema;
			if (tags.some(test) || compat?.some(test)) return quotedString(value, ctx);
		}
		return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
	}
	function stringifyString(item, ctx, onComment, onChompKeep) {
		const { implicitKey, inFlow } = ctx;
		const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
		let { type } = item;
		if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
			if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value)) type = Scalar.Scalar.QUOTE_DOUBLE;
		}
		const _stringify = (_type) => {
			switch (_type) {
				case Scalar.Scalar.BLOCK_FOLDED:
				case Scalar.Scalar.BLOCK_LITERAL: return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
				case Scalar.Scalar.QUOTE_DOUBLE: return doubleQuotedString(ss.value, ctx);
				case Scalar.Scalar.QUOTE_SINGLE: return singleQuotedString(ss.value, ctx);
				case Scalar.Scalar.PLAIN: return plainString(ss, ctx, onComment, onChompKeep);
				default: return null;
			}
		};
		let res = _stringify(type);
		if (res === null) {
			const { defaultKeyType, defaultStringType } = ctx.options;
			const t = implicitKey && defaultKeyType || defaultStringType;
			res = _stringify(t);
			if (res === null) throw new Error(`Unsupported default string type ${t}`);
		}
		return res;
	}
	exports.stringifyString = stringifyString;
}));
// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	var anchors = require_anchors();
	var identity = require_identity();
	var stringifyComment = require_stringifyComment();
	var stringifyString = require_stringifyString();
	function createStringifyContext(doc, options) {
		const opt = Object.assign({
			blockQuote: true,
			commentString: stringifyComment.stringifyComment,
			defaultKeyType: null,
			defaultStringType: "PLAIN",
			directives: null,
			doubleQuotedAsJSON: false,
			doubleQuotedMinMultiLineLength: 40,
			falseStr: "false",
			flowCollectionPadding: true,
			indentSeq: true,
			lineWidth: 80,
			minContentWidth: 20,
			nullStr: "null",
			simpleKeys: false,
			singleQuote: null,
			trailingComma: false,
			trueStr: "true",
			verifyAliasOrder: true
		}, doc.schema.toStringOptions, options);
		let inFlow;
		switch (opt.collectionStyle) {
			case "block":
				inFlow = false;
				break;
			case "flow":
				inFlow = true;
				break;
			default: inFlow = null;
		}
		return {
			anchors: /* @__PURE__ */ new Set(),
			doc,
			flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
			indent: "",
			indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
			inFlow,
			options: opt
		};
	}
	function getTagObject(tags, item) {
		if (item.tag) {
			const match = tags.filter((t) => t.tag === item.tag);
			if (match.length > 0) return match.find((t) => t.format === item.format) ?? match[0];
		}
		let tagObj = void 0;
		let obj;
		if (identity.isScalar(item)) {
			obj = item.value;
			let match = tags.filter((t) => t.identify?.(obj));
			if (match.length > 1) {
				const testMatch = match.filter((t) => t.test);
				if (testMatch.length > 0) match = testMatch;
			}
			tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
		} else {
			obj = item;
			tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
		}
		if (!tagObj) {
			const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
			throw new Error(`Tag not resolved for ${name} value`);
		}
		return tagObj;
	}
	function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
		if (!doc.directives) return "";
		const props = [];
		const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
		if (anchor && anchors.anchorIsValid(anchor)) {
			anchors$1.add(anchor);
			props.push(`&${anchor}`);
		}
		const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
		if (tag) props.push(doc.directives.tagString(tag));
		return props.join(" ");
	}
	function stringify(item, ctx, onComment, onChompKeep) {
		if (identity.isPair(item)) return item.toString(ctx, onComment, onChompKeep);
		if (identity.isAlias(item)) {
			if (ctx.doc.directives) return item.toString(ctx);
			if (ctx.resolvedAliases?.has(item)) throw new TypeError(`Cannot stringify circular structure without alias nodes`);
			else {
				if (ctx.resolvedAliases) ctx.resolvedAliases.add(item);
				else ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
				item = item.resolve(ctx.doc);
			}
		}
		let tagObj = void 0;
		const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
		tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
		const props = stringifyProps(node, tagObj, ctx);
		if (props.length > 0) ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
		const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
		if (!props) return str;
		return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}\n${ctx.indent}${str}`;
	}
	exports.createStringifyContext = createStringifyContext;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
		const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
		let keyComment = identity.isNode(key) && key.comment || null;
		if (simpleKeys) {
			if (keyComment) throw new Error("With simple keys, key nodes cannot have comments");
			if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") throw new Error("With simple keys, collection cannot be used as a key value");
		}
		let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
		ctx = Object.assign({}, ctx, {
			allNullValues: false,
			implicitKey: !explicitKey && (simpleKeys || !allNullValues),
			indent: indent + indentStep
		});
		let keyCommentDone = false;
		let chompKeep = false;
		let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
		if (!explicitKey && !ctx.inFlow && str.length > 1024) {
			if (simpleKeys) throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
			explicitKey = true;
		}
		if (ctx.inFlow) {
			if (allNullValues || value == null) {
				if (keyCommentDone && onComment) onComment();
				return str === "" ? "?" : explicitKey ? `? ${str}` : str;
			}
		} else if (allNullValues && !simpleKeys || value == null && explicitKey) {
			str = `? ${str}`;
			if (keyComment && !keyCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			else if (chompKeep && onChompKeep) onChompKeep();
			return str;
		}
		if (keyCommentDone) keyComment = null;
		if (explicitKey) {
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
			str = `? ${str}\n${indent}:`;
		} else {
			str = `${str}:`;
			if (keyComment) str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
		}
		let vsb, vcb, valueComment;
		if (identity.isNode(value)) {
			vsb = !!value.spaceBefore;
			vcb = value.commentBefore;
			valueComment = value.comment;
		} else {
			vsb = false;
			vcb = null;
			valueComment = null;
			if (value && typeof value === "object") value = doc.createNode(value);
		}
		ctx.implicitKey = false;
		if (!explicitKey && !keyComment && identity.isScalar(value)) ctx.indentAtStart = str.length + 1;
		chompKeep = false;
		if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) ctx.indent = ctx.indent.substring(2);
		let valueCommentDone = false;
		const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
		let ws = " ";
		if (keyComment || vsb || vcb) {
			ws = vsb ? "\n" : "";
			if (vcb) {
				const cs = commentString(vcb);
				ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
			}
			if (valueStr === "" && !ctx.inFlow) {
				if (ws === "\n" && valueComment) ws = "\n\n";
			} else ws += `\n${ctx.indent}`;
		} else if (!explicitKey && identity.isCollection(value)) {
			const vs0 = valueStr[0];
			const nl0 = valueStr.indexOf("\n");
			const hasNewline = nl0 !== -1;
			const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
			if (hasNewline || !flow) {
				let hasPropsLine = false;
				if (hasNewline && (vs0 === "&" || vs0 === "!")) {
					let sp0 = valueStr.indexOf(" ");
					if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") sp0 = valueStr.indexOf(" ", sp0 + 1);
					if (sp0 === -1 || nl0 < sp0) hasPropsLine = true;
				}
				if (!hasPropsLine) ws = `\n${ctx.indent}`;
			}
		} else if (valueStr === "" || valueStr[0] === "\n") ws = "";
		str += ws + valueStr;
		if (ctx.inFlow) {
			if (valueCommentDone && onComment) onComment();
		} else if (valueComment && !valueCommentDone) str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
		else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	exports.stringifyPair = stringifyPair;
}));
// node_modules/yaml/dist/log.js
var require_log = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	function debug(logLevel, ...messages) {
		if (logLevel === "debug") console.log(...messages);
	}
	function warn(logLevel, warning) {
		if (logLevel === "debug" || logLevel === "warn") {
			if (typeof node_process.emitWarning === "function") node_process.emitWarning(warning);
			else console.warn(warning);
		}
	}
	exports.debug = debug;
	exports.warn = warn;
}));
// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	const MERGE_KEY = "<<";
	const merge = {
		identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
		default: "key",
		tag: "tag:yaml.org,2002:merge",
		test: /^<<$/,
		resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), { addToJSMap: addMergeToJSMap }),
		stringify: () => MERGE_KEY
	};
	const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
	function addMergeToJSMap(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (identity.isSeq(source)) for (const it of source.items) mergeValue(ctx, map, it);
		else if (Array.isArray(source)) for (const it of source) mergeValue(ctx, map, it);
		else mergeValue(ctx, map, source);
	}
	function mergeValue(ctx, map, value) {
		const source = resolveAliasValue(ctx, value);
		if (!identity.isMap(source)) throw new Error("Merge sources must be maps or map aliases");
		const srcMap = source.toJSON(null, ctx, Map);
		for (const [key, value] of srcMap) if (map instanceof Map) {
			if (!map.has(key)) map.set(key, value);
		} else if (map instanceof Set) map.add(key);
		else if (!Object.prototype.hasOwnProperty.call(map, key)) Object.defineProperty(map, key, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
		return map;
	}
	function resolveAliasValue(ctx, value) {
		return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
	}
	exports.addMergeToJSMap = addMergeToJSMap;
	exports.isMergeKey = isMergeKey;
	exports.merge = merge;
}));
// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var log = require_log();
	var merge = require_merge();
	var stringify = require_stringify();
	var identity = require_identity();
	var toJS = require_toJS();
	function addPairToJSMap(ctx, map, { key, value }) {
		if (identity.isNode(key) && key.addToJSMap) key.addToJSMap(ctx, map, value);
		else if (merge.isMergeKey(ctx, key)) merge.addMergeToJSMap(ctx, map, value);
		else {
			const jsKey = toJS.toJS(key, "", ctx);
			if (map instanceof Map) map.set(jsKey, toJS.toJS(value, jsKey, ctx));
			else if (map instanceof Set) map.add(jsKey);
			else {
				const stringKey = stringifyKey(key, jsKey, ctx);
				const jsValue = toJS.toJS(value, stringKey, ctx);
				if (stringKey in map) Object.defineProperty(map, stringKey, {
					value: jsValue,
					writable: true,
					enumerable: true,
					configurable: true
				});
				else map[stringKey] = jsValue;
			}
		}
		return map;
	}
	function stringifyKey(key, jsKey, ctx) {
		if (jsKey === null) return "";
		if (typeof jsKey !== "object") return String(jsKey);
		if (identity.isNode(key) && ctx?.doc) {
			const strCtx = stringify.createStringifyContext(ctx.doc, {});
			strCtx.anchors = /* @__PURE__ */ new Set();
			for (const node of ctx.anchors.keys()) strCtx.anchors.add(node.anchor);
			strCtx.inFlow = true;
			strCtx.inStringifyKey = true;
			const strKey = key.toString(strCtx);
			if (!ctx.mapKeyWarned) {
				let jsonStr = JSON.stringify(strKey);
				if (jsonStr.length > 40) jsonStr = jsonStr.substring(0, 36) + "...\"";
				log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
				ctx.mapKeyWarned = true;
			}
			return strKey;
		}
		return JSON.stringify(jsKey);
	}
	exports.addPairToJSMap = addPairToJSMap;
}));
// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyPair = require_stringifyPair();
	var addPairToJSMap = require_addPairToJSMap();
	var identity = require_identity();
	function createPair(key, value, ctx) {
		return new Pair(createNode.createNode(key, void 0, ctx), createNode.createNode(value, void 0, ctx));
	}
	var Pair = class Pair {
		constructor(key, value = null) {
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
			this.key = key;
			this.value = value;
		}
		clone(schema) {
			let { key, value } = this;
			if (identity.isNode(key)) key = key.clone(schema);
			if (identity.isNode(value)) value = value.clone(schema);
			return new Pair(key, value);
		}
		toJSON(_, ctx) {
			const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			return addPairToJSMap.addPairToJSMap(ctx, pair, this);
		}
		toString(ctx, onComment, onChompKeep) {
			return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
		}
	};
	exports.Pair = Pair;
	exports.createPair = createPair;
}));
// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyCollection(collection, ctx, options) {
		return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options);
	}
	function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
		const { indent, options: { commentString } } = ctx;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			type: null
		});
		let chompKeep = false;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (!chompKeep && item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (!chompKeep && ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
				}
			}
			chompKeep = false;
			let str = stringify.stringify(item, itemCtx, () => comment = null, () => chompKeep = true);
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			if (chompKeep && comment) chompKeep = false;
			lines.push(blockItemPrefix + str);
		}
		let str;
		if (lines.length === 0) str = flowChars.start + flowChars.end;
		else {
			str = lines[0];
			for (let i = 1; i < lines.length; ++i) {
				const line = lines[i];
				str += line ? `\n${indent}${line}` : "\n";
			}
		}
		if (comment) {
			str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
			if (onComment) onComment();
		} else if (chompKeep && onChompKeep) onChompKeep();
		return str;
	}
	function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
		const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
		itemIndent += indentStep;
		const itemCtx = Object.assign({}, ctx, {
			indent: itemIndent,
			inFlow: true,
			type: null
		});
		let reqNewline = false;
		let linesAtValue = 0;
		const lines = [];
		for (let i = 0; i < items.length; ++i) {
			const item = items[i];
			let comment = null;
			if (identity.isNode(item)) {
				if (item.spaceBefore) lines.push("");
				addCommentBefore(ctx, lines, item.commentBefore, false);
				if (item.comment) comment = item.comment;
			} else if (identity.isPair(item)) {
				const ik = identity.isNode(item.key) ? item.key : null;
				if (ik) {
					if (ik.spaceBefore) lines.push("");
					addCommentBefore(ctx, lines, ik.commentBefore, false);
					if (ik.comment) reqNewline = true;
				}
				const iv = identity.isNode(item.value) ? item.value : null;
				if (iv) {
					if (iv.comment) comment = iv.comment;
					if (iv.commentBefore) reqNewline = true;
				} else if (item.value == null && ik?.comment) comment = ik.comment;
			}
			if (comment) reqNewline = true;
			let str = stringify.stringify(item, itemCtx, () => comment = null);
			reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
			if (i < items.length - 1) str += ",";
			else if (ctx.options.trailingComma) {
				if (ctx.options.lineWidth > 0) reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
				if (reqNewline) str += ",";
			}
			if (comment) str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
			lines.push(str);
			linesAtValue = lines.length;
		}
		const { start, end } = flowChars;
		if (lines.length === 0) return start + end;
		else {
			if (!reqNewline) {
				const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
				reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
			}
			if (reqNewline) {
				let str = start;
				for (const line of lines) str += line ? `\n${indentStep}${indent}${line}` : "\n";
				return `${str}\n${indent}${end}`;
			} else return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
		}
	}
	function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
		if (comment && chompKeep) comment = comment.replace(/^\n+/, "");
		if (comment) {
			const ic = stringifyComment.indentComment(commentString(comment), indent);
			lines.push(ic.trimStart());
		}
	}
	exports.stringifyCollection = stringifyCollection;
}));
// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyCollection = require_stringifyCollection();
	var addPairToJSMap = require_addPairToJSMap();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	function findPair(items, key) {
		const k = identity.isScalar(key) ? key.value : key;
		for (const it of items) if (identity.isPair(it)) {
			if (it.key === key || it.key === k) return it;
			if (identity.isScalar(it.key) && it.key.value === k) return it;
		}
	}
	var YAMLMap = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:map";
		}
		constructor(schema) {
			super(identity.MAP, schema);
			this.items = [];
		}
		/**
		* A generic collection parsing method that can be extended
		* to other node classes that inherit from YAMLMap
		*/
		static from(schema, obj, ctx) {
			const { keepUndefined, replacer } = ctx;
			const map = new this(schema);
			const add = (key, value) => {
				if (typeof replacer === "function") value = replacer.call(obj, key, value);
				else if (Array.isArray(replacer) && !replacer.includes(key)) return;
				if (value !== void 0 || keepUndefined) map.items.push(Pair.createPair(key, value, ctx));
			};
			if (obj instanceof Map) for (const [key, value] of obj) add(key, value);
			else if (obj && typeof obj === "object") for (const key of Object.keys(obj)) add(key, obj[key]);
			if (typeof schema.sortMapEntries === "function") map.items.sort(schema.sortMapEntries);
			return map;
		}
		/**
		* Adds a value to the collection.
		*
		* @param overwrite - If not set `true`, using a key that is already in the
		*   collection will throw. Otherwise, overwrites the previous value.
		*/
		add(pair, overwrite) {
			let _pair;
			if (identity.isPair(pair)) _pair = pair;
			else if (!pair || typeof pair !== "object" || !("key" in pair)) _pair = new Pair.Pair(pair, pair?.value);
			else _pair = new Pair.Pair(pair.key, pair.value);
			const prev = findPair(this.items, _pair.key);
			const sortEntries = this.schema?.sortMapEntries;
			if (prev) {
				if (!overwrite) throw new Error(`Key ${_pair.key} already set`);
				if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value)) prev.value.value = _pair.value;
				else prev.value = _pair.value;
			} else if (sortEntries) {
				const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
				if (i === -1) this.items.push(_pair);
				else this.items.splice(i, 0, _pair);
			} else this.items.push(_pair);
		}
		delete(key) {
			const it = findPair(this.items, key);
			if (!it) return false;
			return this.items.splice(this.items.indexOf(it), 1).length > 0;
		}
		get(key, keepScalar) {
			const node = findPair(this.items, key)?.value;
			return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
		}
		has(key) {
			return !!findPair(this.items, key);
		}
		set(key, value) {
			this.add(new Pair.Pair(key, value), true);
		}
		/**
		* @param ctx - Conversion context, originally set in Document#toJS()
		* @param {Class} Type - If set, forces the returned collection type
		* @returns Instance of Type, Map, or Object
		*/
		toJSON(_, ctx, Type) {
			const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const item of this.items) addPairToJSMap.addPairToJSMap(ctx, map, item);
			return map;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			for (const item of this.items) if (!identity.isPair(item)) throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
			if (!ctx.allNullValues && this.hasAllNullValues(false)) ctx = Object.assign({}, ctx, { allNullValues: true });
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "",
				flowChars: {
					start: "{",
					end: "}"
				},
				itemIndent: ctx.indent || "",
				onChompKeep,
				onComment
			});
		}
	};
	exports.YAMLMap = YAMLMap;
	exports.findPair = findPair;
}));
// node_modules/yaml/dist/schema/common/map.js
var require_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLMap = require_YAMLMap();
	exports.map = {
		collection: "map",
		default: true,
		nodeClass: YAMLMap.YAMLMap,
		tag: "tag:yaml.org,2002:map",
		resolve(map, onError) {
			if (!identity.isMap(map)) onError("Expected a mapping for this tag");
			return map;
		},
		createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var createNode = require_createNode();
	var stringifyCollection = require_stringifyCollection();
	var Collection = require_Collection();
	var identity = require_identity();
	var Scalar = require_Scalar();
	var toJS = require_toJS();
	var YAMLSeq = class extends Collection.Collection {
		static get tagName() {
			return "tag:yaml.org,2002:seq";
		}
		constructor(schema) {
			super(identity.SEQ, schema);
			this.items = [];
		}
		add(value) {
			this.items.push(value);
		}
		/**
		* Removes a value from the collection.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return false;
			return this.items.splice(idx, 1).length > 0;
		}
		get(key, keepScalar) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") return void 0;
			const it = this.items[idx];
			return !keepScalar && identity.isScalar(it) ? it.value : it;
		}
		/**
		* Checks if the collection includes a value with the key `key`.
		*
		* `key` must contain a representation of an integer for this to succeed.
		* It may be wrapped in a `Scalar`.
		*/
		has(key) {
			const idx = asItemIndex(key);
			return typeof idx === "number" && idx < this.items.length;
		}
		/**
		* Sets a value in this collection. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*
		* If `key` does not contain a representation of an integer, this will throw.
		* It may be wrapped in a `Scalar`.
		*/
		set(key, value) {
			const idx = asItemIndex(key);
			if (typeof idx !== "number") throw new Error(`Expected a valid index, not ${key}.`);
			const prev = this.items[idx];
			if (identity.isScalar(prev) && Scalar.isScalarValue(value)) prev.value = value;
			else this.items[idx] = value;
		}
		toJSON(_, ctx) {
			const seq = [];
			if (ctx?.onCreate) ctx.onCreate(seq);
			let i = 0;
			for (const item of this.items) seq.push(toJS.toJS(item, String(i++), ctx));
			return seq;
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			return stringifyCollection.stringifyCollection(this, ctx, {
				blockItemPrefix: "- ",
				flowChars: {
					start: "[",
					end: "]"
				},
				itemIndent: (ctx.indent || "") + "  ",
				onChompKeep,
				onComment
			});
		}
		static from(schema, obj, ctx) {
			const { replacer } = ctx;
			const seq = new this(schema);
			if (obj && Symbol.iterator in Object(obj)) {
				let i = 0;
				for (let it of obj) {
					if (typeof replacer === "function") {
						const key = obj instanceof Set ? it : String(i++);
						it = replacer.call(obj, key, it);
					}
					seq.items.push(createNode.createNode(it, void 0, ctx));
				}
			}
			return seq;
		}
	};
	function asItemIndex(key) {
		let idx = identity.isScalar(key) ? key.value : key;
		if (idx && typeof idx === "string") idx = Number(idx);
		return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
	}
	exports.YAMLSeq = YAMLSeq;
}));
// node_modules/yaml/dist/schema/common/seq.js
var require_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var YAMLSeq = require_YAMLSeq();
	exports.seq = {
		collection: "seq",
		default: true,
		nodeClass: YAMLSeq.YAMLSeq,
		tag: "tag:yaml.org,2002:seq",
		resolve(seq, onError) {
			if (!identity.isSeq(seq)) onError("Expected a sequence for this tag");
			return seq;
		},
		createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
	};
}));
// node_modules/yaml/dist/schema/common/string.js
var require_string = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyString = require_stringifyString();
	exports.string = {
		identify: (value) => typeof value === "string",
		default: true,
		tag: "tag:yaml.org,2002:str",
		resolve: (str) => str,
		stringify(item, ctx, onComment, onChompKeep) {
			ctx = Object.assign({ actualString: true }, ctx);
			return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/common/null.js
var require_null = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const nullTag = {
		identify: (value) => value == null,
		createNode: () => new Scalar.Scalar(null),
		default: true,
		tag: "tag:yaml.org,2002:null",
		test: /^(?:~|[Nn]ull|NULL)?$/,
		resolve: () => new Scalar.Scalar(null),
		stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
	};
	exports.nullTag = nullTag;
}));
// node_modules/yaml/dist/schema/core/bool.js
var require_bool$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	const boolTag = {
		identify: (value) => typeof value === "boolean",
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
		resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
		stringify({ source, value }, ctx) {
			if (source && boolTag.test.test(source)) {
				if (value === (source[0] === "t" || source[0] === "T")) return source;
			}
			return value ? ctx.options.trueStr : ctx.options.falseStr;
		}
	};
	exports.boolTag = boolTag;
}));
// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = /* @__PURE__ */ __commonJSMin(((exports) => {
	function stringifyNumber({ format, minFractionDigits, tag, value }) {
		if (typeof value === "bigint") return String(value);
		const num = typeof value === "number" ? value : Number(value);
		if (!isFinite(num)) return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
		let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
		if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
			let i = n.indexOf(".");
			if (i < 0) {
				i = n.length;
				n += ".";
			}
			let d = minFractionDigits - (n.length - i - 1);
			while (d-- > 0) n += "0";
		}
		return n;
	}
	exports.stringifyNumber = stringifyNumber;
}));
// node_modules/yaml/dist/schema/core/float.js
var require_float$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str));
			const dot = str.indexOf(".");
			if (dot !== -1 && str[str.length - 1] === "0") node.minFractionDigits = str.length - dot - 1;
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/core/int.js
var require_int$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value) && value >= 0) return prefix + value.toString(radix);
		return stringifyNumber.stringifyNumber(node);
	}
	const intOct = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^0o[0-7]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
		stringify: (node) => intStringify(node, 8, "0o")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: (value) => intIdentify(value) && value >= 0,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^0x[0-9a-fA-F]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/core/schema.js
var require_schema$2 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.boolTag,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float
	];
}));
// node_modules/yaml/dist/schema/json/schema.js
var require_schema$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var map = require_map();
	var seq = require_seq();
	function intIdentify(value) {
		return typeof value === "bigint" || Number.isInteger(value);
	}
	const stringifyJSON = ({ value }) => JSON.stringify(value);
	const jsonScalars = [
		{
			identify: (value) => typeof value === "string",
			default: true,
			tag: "tag:yaml.org,2002:str",
			resolve: (str) => str,
			stringify: stringifyJSON
		},
		{
			identify: (value) => value == null,
			createNode: () => new Scalar.Scalar(null),
			default: true,
			tag: "tag:yaml.org,2002:null",
			test: /^null$/,
			resolve: () => null,
			stringify: stringifyJSON
		},
		{
			identify: (value) => typeof value === "boolean",
			default: true,
			tag: "tag:yaml.org,2002:bool",
			test: /^true$|^false$/,
			resolve: (str) => str === "true",
			stringify: stringifyJSON
		},
		{
			identify: intIdentify,
			default: true,
			tag: "tag:yaml.org,2002:int",
			test: /^-?(?:0|[1-9][0-9]*)$/,
			resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
			stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
		},
		{
			identify: (value) => typeof value === "number",
			default: true,
			tag: "tag:yaml.org,2002:float",
			test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
			resolve: (str) => parseFloat(str),
			stringify: stringifyJSON
		}
	];
	exports.schema = [map.map, seq.seq].concat(jsonScalars, {
		default: true,
		tag: "",
		test: /^/,
		resolve(str, onError) {
			onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
			return str;
		}
	});
}));
// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_buffer = __require("buffer");
	var Scalar = require_Scalar();
	var stringifyString = require_stringifyString();
	exports.binary = {
		identify: (value) => value instanceof Uint8Array,
		default: false,
		tag: "tag:yaml.org,2002:binary",
		/**
		* Returns a Buffer in node and an Uint8Array in browsers
		*
		* To use the resulting buffer as an image, you'll want to do something like:
		*
		*   const blob = new Blob([buffer], { type: 'image/jpeg' })
		*   document.querySelector('#photo').src = URL.createObjectURL(blob)
		*/
		resolve(src, onError) {
			if (typeof node_buffer.Buffer === "function") return node_buffer.Buffer.from(src, "base64");
			else if (typeof atob === "function") {
				const str = atob(src.replace(/[\n\r]/g, ""));
				const buffer = new Uint8Array(str.length);
				for (let i = 0; i < str.length; ++i) buffer[i] = str.charCodeAt(i);
				return buffer;
			} else {
				onError("This environment does not support reading binary tags; either Buffer or atob is required");
				return src;
			}
		},
		stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
			if (!value) return "";
			const buf = value;
			let str;
			if (typeof node_buffer.Buffer === "function") str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
			else if (typeof btoa === "function") {
				let s = "";
				for (let i = 0; i < buf.length; ++i) s += String.fromCharCode(buf[i]);
				str = btoa(s);
			} else throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
			type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
			if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
				const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
				const n = Math.ceil(str.length / lineWidth);
				const lines = new Array(n);
				for (let i = 0, o = 0; i < n; ++i, o += lineWidth) lines[i] = str.substr(o, lineWidth);
				str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
			}
			return stringifyString.stringifyString({
				comment,
				type,
				value: str
			}, ctx, onComment, onChompKeep);
		}
	};
}));
// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLSeq = require_YAMLSeq();
	function resolvePairs(seq, onError) {
		if (identity.isSeq(seq)) for (let i = 0; i < seq.items.length; ++i) {
			let item = seq.items[i];
			if (identity.isPair(item)) continue;
			else if (identity.isMap(item)) {
				if (item.items.length > 1) onError("Each pair must have its own sequence indicator");
				const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
				if (item.commentBefore) pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}\n${pair.key.commentBefore}` : item.commentBefore;
				if (item.comment) {
					const cn = pair.value ?? pair.key;
					cn.comment = cn.comment ? `${item.comment}\n${cn.comment}` : item.comment;
				}
				item = pair;
			}
			seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
		}
		else onError("Expected a sequence for this tag");
		return seq;
	}
	function createPairs(schema, iterable, ctx) {
		const { replacer } = ctx;
		const pairs = new YAMLSeq.YAMLSeq(schema);
		pairs.tag = "tag:yaml.org,2002:pairs";
		let i = 0;
		if (iterable && Symbol.iterator in Object(iterable)) for (let it of iterable) {
			if (typeof replacer === "function") it = replacer.call(iterable, String(i++), it);
			let key, value;
			if (Array.isArray(it)) {
				if (it.length === 2) {
					key = it[0];
					value = it[1];
				} else throw new TypeError(`Expected [key, value] tuple: ${it}`);
			} else if (it && it instanceof Object) {
				const keys = Object.keys(it);
				if (keys.length === 1) {
					key = keys[0];
					value = it[key];
				} else throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
			} else key = it;
			pairs.items.push(Pair.createPair(key, value, ctx));
		}
		return pairs;
	}
	const pairs = {
		collection: "seq",
		default: false,
		tag: "tag:yaml.org,2002:pairs",
		resolve: resolvePairs,
		createNode: createPairs
	};
	exports.createPairs = createPairs;
	exports.pairs = pairs;
	exports.resolvePairs = resolvePairs;
}));
// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var toJS = require_toJS();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var pairs = require_pairs();
	var YAMLOMap = class YAMLOMap extends YAMLSeq.YAMLSeq {
		constructor() {
			super();
			this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
			this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
			this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
			this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
			this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
			this.tag = YAMLOMap.tag;
		}
		/**
		* If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
		* but TypeScript won't allow widening the signature of a child method.
		*/
		toJSON(_, ctx) {
			if (!ctx) return super.toJSON(_);
			const map = /* @__PURE__ */ new Map();
			if (ctx?.onCreate) ctx.onCreate(map);
			for (const pair of this.items) {
				let key, value;
				if (identity.isPair(pair)) {
					key = toJS.toJS(pair.key, "", ctx);
					value = toJS.toJS(pair.value, key, ctx);
				} else key = toJS.toJS(pair, "", ctx);
				if (map.has(key)) throw new Error("Ordered maps must not include duplicate keys");
				map.set(key, value);
			}
			return map;
		}
		static from(schema, iterable, ctx) {
			const pairs$1 = pairs.createPairs(schema, iterable, ctx);
			const omap = new this();
			omap.items = pairs$1.items;
			return omap;
		}
	};
	YAMLOMap.tag = "tag:yaml.org,2002:omap";
	const omap = {
		collection: "seq",
		identify: (value) => value instanceof Map,
		nodeClass: YAMLOMap,
		default: false,
		tag: "tag:yaml.org,2002:omap",
		resolve(seq, onError) {
			const pairs$1 = pairs.resolvePairs(seq, onError);
			const seenKeys = [];
			for (const { key } of pairs$1.items) if (identity.isScalar(key)) {
				if (seenKeys.includes(key.value)) onError(`Ordered maps must not include duplicate keys: ${key.value}`);
				else seenKeys.push(key.value);
			}
			return Object.assign(new YAMLOMap(), pairs$1);
		},
		createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
	};
	exports.YAMLOMap = YAMLOMap;
	exports.omap = omap;
}));
// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function boolStringify({ value, source }, ctx) {
		if (source && (value ? trueTag : falseTag).test.test(source)) return source;
		return value ? ctx.options.trueStr : ctx.options.falseStr;
	}
	const trueTag = {
		identify: (value) => value === true,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
		resolve: () => new Scalar.Scalar(true),
		stringify: boolStringify
	};
	const falseTag = {
		identify: (value) => value === false,
		default: true,
		tag: "tag:yaml.org,2002:bool",
		test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
		resolve: () => new Scalar.Scalar(false),
		stringify: boolStringify
	};
	exports.falseTag = falseTag;
	exports.trueTag = trueTag;
}));
// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var stringifyNumber = require_stringifyNumber();
	const floatNaN = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
		resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
		stringify: stringifyNumber.stringifyNumber
	};
	const floatExp = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "EXP",
		test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
		resolve: (str) => parseFloat(str.replace(/_/g, "")),
		stringify(node) {
			const num = Number(node.value);
			return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
		}
	};
	exports.float = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
		resolve(str) {
			const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
			const dot = str.indexOf(".");
			if (dot !== -1) {
				const f = str.substring(dot + 1).replace(/_/g, "");
				if (f[f.length - 1] === "0") node.minFractionDigits = f.length;
			}
			return node;
		},
		stringify: stringifyNumber.stringifyNumber
	};
	exports.floatExp = floatExp;
	exports.floatNaN = floatNaN;
}));
// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
	function intResolve(str, offset, radix, { intAsBigInt }) {
		const sign = str[0];
		if (sign === "-" || sign === "+") offset += 1;
		str = str.substring(offset).replace(/_/g, "");
		if (intAsBigInt) {
			switch (radix) {
				case 2:
					str = `0b${str}`;
					break;
				case 8:
					str = `0o${str}`;
					break;
				case 16: str = `0x${str}`;
			}
			const n = BigInt(str);
			return sign === "-" ? BigInt(-1) * n : n;
		}
		const n = parseInt(str, radix);
		return sign === "-" ? -1 * n : n;
	}
	function intStringify(node, radix, prefix) {
		const { value } = node;
		if (intIdentify(value)) {
			const str = value.toString(radix);
			return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
		}
		return stringifyNumber.stringifyNumber(node);
	}
	const intBin = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "BIN",
		test: /^[-+]?0b[0-1_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
		stringify: (node) => intStringify(node, 2, "0b")
	};
	const intOct = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "OCT",
		test: /^[-+]?0[0-7_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
		stringify: (node) => intStringify(node, 8, "0")
	};
	const int = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		test: /^[-+]?[0-9][0-9_]*$/,
		resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
		stringify: stringifyNumber.stringifyNumber
	};
	const intHex = {
		identify: intIdentify,
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "HEX",
		test: /^[-+]?0x[0-9a-fA-F_]+$/,
		resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
		stringify: (node) => intStringify(node, 16, "0x")
	};
	exports.int = int;
	exports.intBin = intBin;
	exports.intHex = intHex;
	exports.intOct = intOct;
}));
// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSet = class YAMLSet extends YAMLMap.YAMLMap {
		constructor(schema) {
			super(schema);
			this.tag = YAMLSet.tag;
		}
		add(key) {
			let pair;
			if (identity.isPair(key)) pair = key;
			else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null) pair = new Pair.Pair(key.key, null);
			else pair = new Pair.Pair(key, null);
			if (!YAMLMap.findPair(this.items, pair.key)) this.items.push(pair);
		}
		/**
		* If `keepPair` is `true`, returns the Pair matching `key`.
		* Otherwise, returns the value of that Pair's key.
		*/
		get(key, keepPair) {
			const pair = YAMLMap.findPair(this.items, key);
			return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
		}
		set(key, value) {
			if (typeof value !== "boolean") throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
			const prev = YAMLMap.findPair(this.items, key);
			if (prev && !value) this.items.splice(this.items.indexOf(prev), 1);
			else if (!prev && value) this.items.push(new Pair.Pair(key));
		}
		toJSON(_, ctx) {
			return super.toJSON(_, ctx, Set);
		}
		toString(ctx, onComment, onChompKeep) {
			if (!ctx) return JSON.stringify(this);
			if (this.hasAllNullValues(true)) return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
			else throw new Error("Set items must all have null values");
		}
		static from(schema, iterable, ctx) {
			const { replacer } = ctx;
			const set = new this(schema);
			if (iterable && Symbol.iterator in Object(iterable)) for (let value of iterable) {
				if (typeof replacer === "function") value = replacer.call(iterable, value, value);
				set.items.push(Pair.createPair(value, null, ctx));
			}
			return set;
		}
	};
	YAMLSet.tag = "tag:yaml.org,2002:set";
	const set = {
		collection: "map",
		identify: (value) => value instanceof Set,
		nodeClass: YAMLSet,
		default: false,
		tag: "tag:yaml.org,2002:set",
		createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
		resolve(map, onError) {
			if (identity.isMap(map)) {
				if (map.hasAllNullValues(true)) return Object.assign(new YAMLSet(), map);
				else onError("Set items must all have null values");
			} else onError("Expected a mapping for this tag");
			return map;
		}
	};
	exports.YAMLSet = YAMLSet;
	exports.set = set;
}));
// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = /* @__PURE__ */ __commonJSMin(((exports) => {
	var stringifyNumber = require_stringifyNumber();
	/** Internal types handle bigint as number, because TS can't figure it out. */
	function parseSexagesimal(str, asBigInt) {
		const sign = str[0];
		const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
		const num = (n) => asBigInt ? BigInt(n) : Number(n);
		const res = parts.replace(/_/g, "").split(":").reduce((res, p) => res * num(60) + num(p), num(0));
		return sign === "-" ? num(-1) * res : res;
	}
	/**
	* hhhh:mm:ss.sss
	*
	* Internal types handle bigint as number, because TS can't figure it out.
	*/
	function stringifySexagesimal(node) {
		let { value } = node;
		let num = (n) => n;
		if (typeof value === "bigint") num = (n) => BigInt(n);
		else if (isNaN(value) || !isFinite(value)) return stringifyNumber.stringifyNumber(node);
		let sign = "";
		if (value < 0) {
			sign = "-";
			value *= num(-1);
		}
		const _60 = num(60);
		const parts = [value % _60];
		if (value < 60) parts.unshift(0);
		else {
			value = (value - parts[0]) / _60;
			parts.unshift(value % _60);
			if (value >= 60) {
				value = (value - parts[0]) / _60;
				parts.unshift(value);
			}
		}
		return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
	}
	const intTime = {
		identify: (value) => typeof value === "bigint" || Number.isInteger(value),
		default: true,
		tag: "tag:yaml.org,2002:int",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
		resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
		stringify: stringifySexagesimal
	};
	const floatTime = {
		identify: (value) => typeof value === "number",
		default: true,
		tag: "tag:yaml.org,2002:float",
		format: "TIME",
		test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
		resolve: (str) => parseSexagesimal(str, false),
		stringify: stringifySexagesimal
	};
	const timestamp = {
		identify: (value) => value instanceof Date,
		default: true,
		tag: "tag:yaml.org,2002:timestamp",
		test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
		resolve(str) {
			const match = str.match(timestamp.test);
			if (!match) throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
			const [, year, month, day, hour, minute, second] = match.map(Number);
			const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
			let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
			const tz = match[8];
			if (tz && tz !== "Z") {
				let d = parseSexagesimal(tz, false);
				if (Math.abs(d) < 30) d *= 60;
				date -= 6e4 * d;
			}
			return new Date(date);
		},
		stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
	};
	exports.floatTime = floatTime;
	exports.intTime = intTime;
	exports.timestamp = timestamp;
}));
// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var binary = require_binary();
	var bool = require_bool();
	var float = require_float();
	var int = require_int();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var set = require_set();
	var timestamp = require_timestamp();
	exports.schema = [
		map.map,
		seq.seq,
		string.string,
		_null.nullTag,
		bool.trueTag,
		bool.falseTag,
		int.intBin,
		int.intOct,
		int.int,
		int.intHex,
		float.floatNaN,
		float.floatExp,
		float.float,
		binary.binary,
		merge.merge,
		omap.omap,
		pairs.pairs,
		set.set,
		timestamp.intTime,
		timestamp.floatTime,
		timestamp.timestamp
	];
}));
// node_modules/yaml/dist/schema/tags.js
var require_tags = /* @__PURE__ */ __commonJSMin(((exports) => {
	var map = require_map();
	var _null = require_null();
	var seq = require_seq();
	var string = require_string();
	var bool = require_bool$1();
	var float = require_float$1();
	var int = require_int$1();
	var schema = require_schema$2();
	var schema$1 = require_schema$1();
	var binary = require_binary();
	var merge = require_merge();
	var omap = require_omap();
	var pairs = require_pairs();
	var schema$2 = require_schema();
	var set = require_set();
	var timestamp = require_timestamp();
	const schemas = /* @__PURE__ */ new Map([
		["core", schema.schema],
		["failsafe", [
			map.map,
			seq.seq,
			string.string
		]],
		["json", schema$1.schema],
		["yaml11", schema$2.schema],
		["yaml-1.1", schema$2.schema]
	]);
	const tagsByName = {
		binary: binary.binary,
		bool: bool.boolTag,
		float: float.float,
		floatExp: float.floatExp,
		floatNaN: float.floatNaN,
		floatTime: timestamp.floatTime,
		int: int.int,
		intHex: int.intHex,
		intOct: int.intOct,
		intTime: timestamp.intTime,
		map: map.map,
		merge: merge.merge,
		null: _null.nullTag,
		omap: omap.omap,
		pairs: pairs.pairs,
		seq: seq.seq,
		set: set.set,
		timestamp: timestamp.timestamp
	};
	const coreKnownTags = {
		"tag:yaml.org,2002:binary": binary.binary,
		"tag:yaml.org,2002:merge": merge.merge,
		"tag:yaml.org,2002:omap": omap.omap,
		"tag:yaml.org,2002:pairs": pairs.pairs,
		"tag:yaml.org,2002:set": set.set,
		"tag:yaml.org,2002:timestamp": timestamp.timestamp
	};
	function getTags(customTags, schemaName, addMergeTag) {
		const schemaTags = schemas.get(schemaName);
		if (schemaTags && !customTags) return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
		let tags = schemaTags;
		if (!tags) {
			if (Array.isArray(customTags)) tags = [];
			else {
				const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
			}
		}
		if (Array.isArray(customTags)) for (const tag of customTags) tags = tags.concat(tag);
		else if (typeof customTags === "function") tags = customTags(tags.slice());
		if (addMergeTag) tags = tags.concat(merge.merge);
		return tags.reduce((tags, tag) => {
			const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
			if (!tagObj) {
				const tagName = JSON.stringify(tag);
				const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
				throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
			}
			if (!tags.includes(tagObj)) tags.push(tagObj);
			return tags;
		}, []);
	}
	exports.coreKnownTags = coreKnownTags;
	exports.getTags = getTags;
}));
// node_modules/yaml/dist/schema/Schema.js
var require_Schema = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var map = require_map();
	var seq = require_seq();
	var string = require_string();
	var tags = require_tags();
	const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
	exports.Schema = class Schema {
		constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
			this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
			this.name = typeof schema === "string" && schema || "core";
			this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
			this.tags = tags.getTags(customTags, this.name, merge);
			this.toStringOptions = toStringDefaults ?? null;
			Object.defineProperty(this, identity.MAP, { value: map.map });
			Object.defineProperty(this, identity.SCALAR, { value: string.string });
			Object.defineProperty(this, identity.SEQ, { value: seq.seq });
			this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
		}
		clone() {
			const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
			copy.tags = this.tags.slice();
			return copy;
		}
	};
}));
// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var stringify = require_stringify();
	var stringifyComment = require_stringifyComment();
	function stringifyDocument(doc, options) {
		const lines = [];
		let hasDirectives = options.directives === true;
		if (options.directives !== false && doc.directives) {
			const dir = doc.directives.toString(doc);
			if (dir) {
				lines.push(dir);
				hasDirectives = true;
			} else if (doc.directives.docStart) hasDirectives = true;
		}
		if (hasDirectives) lines.push("---");
		const ctx = stringify.createStringifyContext(doc, options);
		const { commentString } = ctx.options;
		if (doc.commentBefore) {
			if (lines.length !== 1) lines.unshift("");
			const cs = commentString(doc.commentBefore);
			lines.unshift(stringifyComment.indentComment(cs, ""));
		}
		let chompKeep = false;
		let contentComment = null;
		if (doc.contents) {
			if (identity.isNode(doc.contents)) {
				if (doc.contents.spaceBefore && hasDirectives) lines.push("");
				if (doc.contents.commentBefore) {
					const cs = commentString(doc.contents.commentBefore);
					lines.push(stringifyComment.indentComment(cs, ""));
				}
				ctx.forceBlockIndent = !!doc.comment;
				contentComment = doc.contents.comment;
			}
			const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
			let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
			if (contentComment) body += stringifyComment.lineComment(body, "", commentString(contentComment));
			if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") lines[lines.length - 1] = `--- ${body}`;
			else lines.push(body);
		} else lines.push(stringify.stringify(doc.contents, ctx));
		if (doc.directives?.docEnd) {
			if (doc.comment) {
				const cs = commentString(doc.comment);
				if (cs.includes("\n")) {
					lines.push("...");
					lines.push(stringifyComment.indentComment(cs, ""));
				} else lines.push(`... ${cs}`);
			} else lines.push("...");
		} else {
			let dc = doc.comment;
			if (dc && chompKeep) dc = dc.replace(/^\n+/, "");
			if (dc) {
				if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "") lines.push("");
				lines.push(stringifyComment.indentComment(commentString(dc), ""));
			}
		}
		return lines.join("\n") + "\n";
	}
	exports.stringifyDocument = stringifyDocument;
}));
// node_modules/yaml/dist/doc/Document.js
var require_Document = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var Collection = require_Collection();
	var identity = require_identity();
	var Pair = require_Pair();
	var toJS = require_toJS();
	var Schema = require_Schema();
	var stringifyDocument = require_stringifyDocument();
	var anchors = require_anchors();
	var applyReviver = require_applyReviver();
	var createNode = require_createNode();
	var directives = require_directives();
	var Document = class Document {
		constructor(value, replacer, options) {
			/** A comment before this Document */
			this.commentBefore = null;
			/** A comment immediately after this Document */
			this.comment = null;
			/** Errors encountered during parsing. */
			this.errors = [];
			/** Warnings encountered during parsing. */
			this.warnings = [];
			Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
			let _replacer = null;
			if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
			else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const opt = Object.assign({
				intAsBigInt: false,
				keepSourceTokens: false,
				logLevel: "warn",
				prettyErrors: true,
				strict: true,
				stringKeys: false,
				uniqueKeys: true,
				version: "1.2"
			}, options);
			this.options = opt;
			let { version } = opt;
			if (options?._directives) {
				this.directives = options._directives.atDocument();
				if (this.directives.yaml.explicit) version = this.directives.yaml.version;
			} else this.directives = new directives.Directives({ version });
			this.setSchema(version, options);
			this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
		}
		/**
		* Create a deep copy of this Document and its contents.
		*
		* Custom Node values that inherit from `Object` still refer to their original instances.
		*/
		clone() {
			const copy = Object.create(Document.prototype, { [identity.NODE_TYPE]: { value: identity.DOC } });
			copy.commentBefore = this.commentBefore;
			copy.comment = this.comment;
			copy.errors = this.errors.slice();
			copy.warnings = this.warnings.slice();
			copy.options = Object.assign({}, this.options);
			if (this.directives) copy.directives = this.directives.clone();
			copy.schema = this.schema.clone();
			copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
			if (this.range) copy.range = this.range.slice();
			return copy;
		}
		/** Adds a value to the document. */
		add(value) {
			if (assertCollection(this.contents)) this.contents.add(value);
		}
		/** Adds a value to the document. */
		addIn(path, value) {
			if (assertCollection(this.contents)) this.contents.addIn(path, value);
		}
		/**
		* Create a new `Alias` node, ensuring that the target `node` has the required anchor.
		*
		* If `node` already has an anchor, `name` is ignored.
		* Otherwise, the `node.anchor` value will be set to `name`,
		* or if an anchor with that name is already present in the document,
		* `name` will be used as a prefix for a new unique anchor.
		* If `name` is undefined, the generated anchor will use 'a' as a prefix.
		*/
		createAlias(node, name) {
			if (!node.anchor) {
				const prev = anchors.anchorNames(this);
				node.anchor = !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
			}
			return new Alias.Alias(node.anchor);
		}
		createNode(value, replacer, options) {
			let _replacer = void 0;
			if (typeof replacer === "function") {
				value = replacer.call({ "": value }, "", value);
				_replacer = replacer;
			} else if (Array.isArray(replacer)) {
				const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
				const asStr = replacer.filter(keyToStr).map(String);
				if (asStr.length > 0) replacer = replacer.concat(asStr);
				_replacer = replacer;
			} else if (options === void 0 && replacer) {
				options = replacer;
				replacer = void 0;
			}
			const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
			const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, anchorPrefix || "a");
			const ctx = {
				aliasDuplicateObjects: aliasDuplicateObjects ?? true,
				keepUndefined: keepUndefined ?? false,
				onAnchor,
				onTagObj,
				replacer: _replacer,
				schema: this.schema,
				sourceObjects
			};
			const node = createNode.createNode(value, tag, ctx);
			if (flow && identity.isCollection(node)) node.flow = true;
			setAnchors();
			return node;
		}
		/**
		* Convert a key and a value into a `Pair` using the current schema,
		* recursively wrapping all values as `Scalar` or `Collection` nodes.
		*/
		createPair(key, value, options = {}) {
			const k = this.createNode(key, null, options);
			const v = this.createNode(value, null, options);
			return new Pair.Pair(k, v);
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		delete(key) {
			return assertCollection(this.contents) ? this.contents.delete(key) : false;
		}
		/**
		* Removes a value from the document.
		* @returns `true` if the item was found and removed.
		*/
		deleteIn(path) {
			if (Collection.isEmptyPath(path)) {
				if (this.contents == null) return false;
				this.contents = null;
				return true;
			}
			return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
		}
		/**
		* Returns item at `key`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		get(key, keepScalar) {
			return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
		}
		/**
		* Returns item at `path`, or `undefined` if not found. By default unwraps
		* scalar values from their surrounding node; to disable set `keepScalar` to
		* `true` (collections are always returned intact).
		*/
		getIn(path, keepScalar) {
			if (Collection.isEmptyPath(path)) return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
			return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
		}
		/**
		* Checks if the document includes a value with the key `key`.
		*/
		has(key) {
			return identity.isCollection(this.contents) ? this.contents.has(key) : false;
		}
		/**
		* Checks if the document includes a value at `path`.
		*/
		hasIn(path) {
			if (Collection.isEmptyPath(path)) return this.contents !== void 0;
			return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		set(key, value) {
			if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, [key], value);
			else if (assertCollection(this.contents)) this.contents.set(key, value);
		}
		/**
		* Sets a value in this document. For `!!set`, `value` needs to be a
		* boolean to add/remove the item from the set.
		*/
		setIn(path, value) {
			if (Collection.isEmptyPath(path)) this.contents = value;
			else if (this.contents == null) this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
			else if (assertCollection(this.contents)) this.contents.setIn(path, value);
		}
		/**
		* Change the YAML version and schema used by the document.
		* A `null` version disables support for directives, explicit tags, anchors, and aliases.
		* It also requires the `schema` option to be given as a `Schema` instance value.
		*
		* Overrides all previously set schema options.
		*/
		setSchema(version, options = {}) {
			if (typeof version === "number") version = String(version);
			let opt;
			switch (version) {
				case "1.1":
					if (this.directives) this.directives.yaml.version = "1.1";
					else this.directives = new directives.Directives({ version: "1.1" });
					opt = {
						resolveKnownTags: false,
						schema: "yaml-1.1"
					};
					break;
				case "1.2":
				case "next":
					if (this.directives) this.directives.yaml.version = version;
					else this.directives = new directives.Directives({ version });
					opt = {
						resolveKnownTags: true,
						schema: "core"
					};
					break;
				case null:
					if (this.directives) delete this.directives;
					opt = null;
					break;
				default: {
					const sv = JSON.stringify(version);
					throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
				}
			}
			if (options.schema instanceof Object) this.schema = options.schema;
			else if (opt) this.schema = new Schema.Schema(Object.assign(opt, options));
			else throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
		}
		toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
			const ctx = {
				anchors: /* @__PURE__ */ new Map(),
				doc: this,
				keep: !json,
				mapAsMap: mapAsMap === true,
				mapKeyWarned: false,
				maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
			};
			const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
			if (typeof onAnchor === "function") for (const { count, res } of ctx.anchors.values()) onAnchor(res, count);
			return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
		}
		/**
		* A JSON representation of the document `contents`.
		*
		* @param jsonArg Used by `JSON.stringify` to indicate the array index or
		*   property name.
		*/
		toJSON(jsonArg, onAnchor) {
			return this.toJS({
				json: true,
				jsonArg,
				mapAsMap: false,
				onAnchor
			});
		}
		/** A YAML representation of the document. */
		toString(options = {}) {
			if (this.errors.length > 0) throw new Error("Document with errors cannot be stringified");
			if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
				const s = JSON.stringify(options.indent);
				throw new Error(`"indent" option must be a positive integer, not ${s}`);
			}
			return stringifyDocument.stringifyDocument(this, options);
		}
	};
	function assertCollection(contents) {
		if (identity.isCollection(contents)) return true;
		throw new Error("Expected a YAML collection as document contents");
	}
	exports.Document = Document;
}));
// node_modules/yaml/dist/errors.js
var require_errors = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLError = class extends Error {
		constructor(name, pos, code, message) {
			super();
			this.name = name;
			this.code = code;
			this.message = message;
			this.pos = pos;
		}
	};
	var YAMLParseError = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLParseError", pos, code, message);
		}
	};
	var YAMLWarning = class extends YAMLError {
		constructor(pos, code, message) {
			super("YAMLWarning", pos, code, message);
		}
	};
	const prettifyError = (src, lc) => (error) => {
		if (error.pos[0] === -1) return;
		error.linePos = error.pos.map((pos) => lc.linePos(pos));
		const { line, col } = error.linePos[0];
		error.message += ` at line ${line}, column ${col}`;
		let ci = col - 1;
		let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
		if (ci >= 60 && lineStr.length > 80) {
			const trimStart = Math.min(ci - 39, lineStr.length - 79);
			lineStr = "…" + lineStr.substring(trimStart);
			ci -= trimStart - 1;
		}
		if (lineStr.length > 80) lineStr = lineStr.substring(0, 79) + "…";
		if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
			let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
			if (prev.length > 80) prev = prev.substring(0, 79) + "…\n";
			lineStr = prev + lineStr;
		}
		if (/[^ ]/.test(lineStr)) {
			let count = 1;
			const end = error.linePos[1];
			if (end?.line === line && end.col > col) count = Math.max(1, Math.min(end.col - col, 80 - ci));
			const pointer = " ".repeat(ci) + "^".repeat(count);
			error.message += `:\n\n${lineStr}\n${pointer}\n`;
		}
	};
	exports.YAMLError = YAMLError;
	exports.YAMLParseError = YAMLParseError;
	exports.YAMLWarning = YAMLWarning;
	exports.prettifyError = prettifyError;
}));
// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
		let spaceBefore = false;
		let atNewline = startOnNewline;
		let hasSpace = startOnNewline;
		let comment = "";
		let commentSep = "";
		let hasNewline = false;
		let reqSpace = false;
		let tab = null;
		let anchor = null;
		let tag = null;
		let newlineAfterProp = null;
		let comma = null;
		let found = null;
		let start = null;
		for (const token of tokens) {
			if (reqSpace) {
				if (token.type !== "space" && token.type !== "newline" && token.type !== "comma") onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
				reqSpace = false;
			}
			if (tab) {
				if (atNewline && token.type !== "comment" && token.type !== "newline") onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
				tab = null;
			}
			switch (token.type) {
				case "space":
					if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) tab = token;
					hasSpace = true;
					break;
				case "comment": {
					if (!hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					const cb = token.source.substring(1) || " ";
					if (!comment) comment = cb;
					else comment += commentSep + cb;
					commentSep = "";
					atNewline = false;
					break;
				}
				case "newline":
					if (atNewline) {
						if (comment) comment += token.source;
						else if (!found || indicator !== "seq-item-ind") spaceBefore = true;
					} else commentSep += token.source;
					atNewline = true;
					hasNewline = true;
					if (anchor || tag) newlineAfterProp = token;
					hasSpace = true;
					break;
				case "anchor":
					if (anchor) onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
					if (token.source.endsWith(":")) onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
					anchor = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case "tag":
					if (tag) onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
					tag = token;
					start ?? (start = token.offset);
					atNewline = false;
					hasSpace = false;
					reqSpace = true;
					break;
				case indicator:
					if (anchor || tag) onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
					if (found) onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
					found = token;
					atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
					hasSpace = false;
					break;
				case "comma": if (flow) {
					if (comma) onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
					comma = token;
					atNewline = false;
					hasSpace = false;
					break;
				}
				default:
					onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
					atNewline = false;
					hasSpace = false;
			}
		}
		const last = tokens[tokens.length - 1];
		const end = last ? last.offset + last.source.length : offset;
		if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
		if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq")) onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
		return {
			comma,
			found,
			spaceBefore,
			comment,
			hasNewline,
			anchor,
			tag,
			newlineAfterProp,
			end,
			start: start ?? end
		};
	}
	exports.resolveProps = resolveProps;
}));
// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = /* @__PURE__ */ __commonJSMin(((exports) => {
	function containsNewline(key) {
		if (!key) return null;
		switch (key.type) {
			case "alias":
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				if (key.source.includes("\n")) return true;
				if (key.end) {
					for (const st of key.end) if (st.type === "newline") return true;
				}
				return false;
			case "flow-collection":
				for (const it of key.items) {
					for (const st of it.start) if (st.type === "newline") return true;
					if (it.sep) {
						for (const st of it.sep) if (st.type === "newline") return true;
					}
					if (containsNewline(it.key) || containsNewline(it.value)) return true;
				}
				return false;
			default: return true;
		}
	}
	exports.containsNewline = containsNewline;
}));
// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = /* @__PURE__ */ __commonJSMin(((exports) => {
	var utilContainsNewline = require_util_contains_newline();
	function flowIndentCheck(indent, fc, onError) {
		if (fc?.type === "flow-collection") {
			const end = fc.end[0];
			if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", true);
		}
	}
	exports.flowIndentCheck = flowIndentCheck;
}));
// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	function mapIncludes(ctx, items, search) {
		const { uniqueKeys } = ctx.options;
		if (uniqueKeys === false) return false;
		const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
		return items.some((pair) => isEqual(pair.key, search));
	}
	exports.mapIncludes = mapIncludes;
}));
// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	var utilMapIncludes = require_util_map_includes();
	const startColMsg = "All mapping items must start at the same column";
	function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
		const map = new ((tag?.nodeClass) ?? YAMLMap.YAMLMap)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		let offset = bm.offset;
		let commentEnd = null;
		for (const collItem of bm.items) {
			const { start, key, sep, value } = collItem;
			const keyProps = resolveProps.resolveProps(start, {
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: bm.indent,
				startOnNewline: true
			});
			const implicitKey = !keyProps.found;
			if (implicitKey) {
				if (key) {
					if (key.type === "block-seq") onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
					else if ("indent" in key && key.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
				}
				if (!keyProps.anchor && !keyProps.tag && !sep) {
					commentEnd = keyProps.end;
					if (keyProps.comment) {
						if (map.comment) map.comment += "\n" + keyProps.comment;
						else map.comment = keyProps.comment;
					}
					continue;
				}
				if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
			} else if (keyProps.found?.indent !== bm.indent) onError(offset, "BAD_INDENT", startColMsg);
			ctx.atKey = true;
			const keyStart = keyProps.end;
			const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
			ctx.atKey = false;
			if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
			const valueProps = resolveProps.resolveProps(sep ?? [], {
				indicator: "map-value-ind",
				next: value,
				offset: keyNode.range[2],
				onError,
				parentIndent: bm.indent,
				startOnNewline: !key || key.type === "block-scalar"
			});
			offset = valueProps.end;
			if (valueProps.found) {
				if (implicitKey) {
					if (value?.type === "block-map" && !valueProps.hasNewline) onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
					if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024) onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
				if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
				offset = valueNode.range[2];
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			} else {
				if (implicitKey) onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
				if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				map.items.push(pair);
			}
		}
		if (commentEnd && commentEnd < offset) onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
		map.range = [
			bm.offset,
			offset,
			commentEnd ?? offset
		];
		return map;
	}
	exports.resolveBlockMap = resolveBlockMap;
}));
// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = /* @__PURE__ */ __commonJSMin(((exports) => {
	var YAMLSeq = require_YAMLSeq();
	var resolveProps = require_resolve_props();
	var utilFlowIndentCheck = require_util_flow_indent_check();
	function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
		const seq = new ((tag?.nodeClass) ?? YAMLSeq.YAMLSeq)(ctx.schema);
		if (ctx.atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = bs.offset;
		let commentEnd = null;
		for (const { start, value } of bs.items) {
			const props = resolveProps.resolveProps(start, {
				indicator: "seq-item-ind",
				next: value,
				offset,
				onError,
				parentIndent: bs.indent,
				startOnNewline: true
			});
			if (!props.found) {
				if (props.anchor || props.tag || value) {
					if (value?.type === "block-seq") onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
					else onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
				} else {
					commentEnd = props.end;
					if (props.comment) seq.comment = props.comment;
					continue;
				}
			}
			const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
			if (ctx.schema.compat) utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
			offset = node.range[2];
			seq.items.push(node);
		}
		seq.range = [
			bs.offset,
			offset,
			commentEnd ?? offset
		];
		return seq;
	}
	exports.resolveBlockSeq = resolveBlockSeq;
}));
// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = /* @__PURE__ */ __commonJSMin(((exports) => {
	function resolveEnd(end, offset, reqSpace, onError) {
		let comment = "";
		if (end) {
			let hasSpace = false;
			let sep = "";
			for (const token of end) {
				const { source, type } = token;
				switch (type) {
					case "space":
						hasSpace = true;
						break;
					case "comment": {
						if (reqSpace && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
						const cb = source.substring(1) || " ";
						if (!comment) comment = cb;
						else comment += sep + cb;
						sep = "";
						break;
					}
					case "newline":
						if (comment) sep += source;
						hasSpace = true;
						break;
					default: onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
				}
				offset += source.length;
			}
		}
		return {
			comment,
			offset
		};
	}
	exports.resolveEnd = resolveEnd;
}));
// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Pair = require_Pair();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	var utilContainsNewline = require_util_contains_newline();
	var utilMapIncludes = require_util_map_includes();
	const blockMsg = "Block collections are not allowed within flow collections";
	const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
	function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
		const isMap = fc.start.source === "{";
		const fcName = isMap ? "flow map" : "flow sequence";
		const coll = new ((tag?.nodeClass) ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq))(ctx.schema);
		coll.flow = true;
		const atRoot = ctx.atRoot;
		if (atRoot) ctx.atRoot = false;
		if (ctx.atKey) ctx.atKey = false;
		let offset = fc.offset + fc.start.source.length;
		for (let i = 0; i < fc.items.length; ++i) {
			const collItem = fc.items[i];
			const { start, key, sep, value } = collItem;
			const props = resolveProps.resolveProps(start, {
				flow: fcName,
				indicator: "explicit-key-ind",
				next: key ?? sep?.[0],
				offset,
				onError,
				parentIndent: fc.indent,
				startOnNewline: false
			});
			if (!props.found) {
				if (!props.anchor && !props.tag && !sep && !value) {
					if (i === 0 && props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
					else if (i < fc.items.length - 1) onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
					if (props.comment) {
						if (coll.comment) coll.comment += "\n" + props.comment;
						else coll.comment = props.comment;
					}
					offset = props.end;
					continue;
				}
				if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key)) onError(key, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
			}
			if (i === 0) {
				if (props.comma) onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
			} else {
				if (!props.comma) onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
				if (props.comment) {
					let prevItemComment = "";
					loop: for (const st of start) switch (st.type) {
						case "comma":
						case "space": break;
						case "comment":
							prevItemComment = st.source.substring(1);
							break loop;
						default: break loop;
					}
					if (prevItemComment) {
						let prev = coll.items[coll.items.length - 1];
						if (identity.isPair(prev)) prev = prev.value ?? prev.key;
						if (prev.comment) prev.comment += "\n" + prevItemComment;
						else prev.comment = prevItemComment;
						props.comment = props.comment.substring(prevItemComment.length + 1);
					}
				}
			}
			if (!isMap && !sep && !props.found) {
				const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
				coll.items.push(valueNode);
				offset = valueNode.range[2];
				if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
			} else {
				ctx.atKey = true;
				const keyStart = props.end;
				const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
				if (isBlock(key)) onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
				ctx.atKey = false;
				const valueProps = resolveProps.resolveProps(sep ?? [], {
					flow: fcName,
					indicator: "map-value-ind",
					next: value,
					offset: keyNode.range[2],
					onError,
					parentIndent: fc.indent,
					startOnNewline: false
				});
				if (valueProps.found) {
					if (!isMap && !props.found && ctx.options.strict) {
						if (sep) for (const st of sep) {
							if (st === valueProps.found) break;
							if (st.type === "newline") {
								onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
								break;
							}
						}
						if (props.start < valueProps.found.offset - 1024) onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
					}
				} else if (value) {
					if ("source" in value && value.source?.[0] === ":") onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
					else onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
				}
				const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
				if (valueNode) {
					if (isBlock(value)) onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
				} else if (valueProps.comment) {
					if (keyNode.comment) keyNode.comment += "\n" + valueProps.comment;
					else keyNode.comment = valueProps.comment;
				}
				const pair = new Pair.Pair(keyNode, valueNode);
				if (ctx.options.keepSourceTokens) pair.srcToken = collItem;
				if (isMap) {
					const map = coll;
					if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode)) onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
					map.items.push(pair);
				} else {
					const map = new YAMLMap.YAMLMap(ctx.schema);
					map.flow = true;
					map.items.push(pair);
					const endRange = (valueNode ?? keyNode).range;
					map.range = [
						keyNode.range[0],
						endRange[1],
						endRange[2]
					];
					coll.items.push(map);
				}
				offset = valueNode ? valueNode.range[2] : valueProps.end;
			}
		}
		const expectedEnd = isMap ? "}" : "]";
		const [ce, ...ee] = fc.end;
		let cePos = offset;
		if (ce?.source === expectedEnd) cePos = ce.offset + ce.source.length;
		else {
			const name = fcName[0].toUpperCase() + fcName.substring(1);
			const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
			onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
			if (ce && ce.source.length !== 1) ee.unshift(ce);
		}
		if (ee.length > 0) {
			const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
			if (end.comment) {
				if (coll.comment) coll.comment += "\n" + end.comment;
				else coll.comment = end.comment;
			}
			coll.range = [
				fc.offset,
				cePos,
				end.offset
			];
		} else coll.range = [
			fc.offset,
			cePos,
			cePos
		];
		return coll;
	}
	exports.resolveFlowCollection = resolveFlowCollection;
}));
// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	var resolveBlockMap = require_resolve_block_map();
	var resolveBlockSeq = require_resolve_block_seq();
	var resolveFlowCollection = require_resolve_flow_collection();
	function resolveCollection(CN, ctx, token, onError, tagName, tag) {
		const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
		const Coll = coll.constructor;
		if (tagName === "!" || tagName === Coll.tagName) {
			coll.tag = Coll.tagName;
			return coll;
		}
		if (tagName) coll.tag = tagName;
		return coll;
	}
	function composeCollection(CN, ctx, token, props, onError) {
		const tagToken = props.tag;
		const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
		if (token.type === "block-seq") {
			const { anchor, newlineAfterProp: nl } = props;
			const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
			if (lastProp && (!nl || nl.offset < lastProp.offset)) onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
		}
		const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
		if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") return resolveCollection(CN, ctx, token, onError, tagName);
		let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
		if (!tag) {
			const kt = ctx.schema.knownTags[tagName];
			if (kt?.collection === expType) {
				ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
				tag = kt;
			} else {
				if (kt) onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
				else onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
				return resolveCollection(CN, ctx, token, onError, tagName);
			}
		}
		const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
		const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
		const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
		node.range = coll.range;
		node.tag = tagName;
		if (tag?.format) node.format = tag.format;
		return node;
	}
	exports.composeCollection = composeCollection;
}));
// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	function resolveBlockScalar(ctx, scalar, onError) {
		const start = scalar.offset;
		const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
		if (!header) return {
			value: "",
			type: null,
			comment: "",
			range: [
				start,
				start,
				start
			]
		};
		const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
		const lines = scalar.source ? splitLines(scalar.source) : [];
		let chompStart = lines.length;
		for (let i = lines.length - 1; i >= 0; --i) {
			const content = lines[i][1];
			if (content === "" || content === "\r") chompStart = i;
			else break;
		}
		if (chompStart === 0) {
			const value = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
			let end = start + header.length;
			if (scalar.source) end += scalar.source.length;
			return {
				value,
				type,
				comment: header.comment,
				range: [
					start,
					end,
					end
				]
			};
		}
		let trimIndent = scalar.indent + header.indent;
		let offset = scalar.offset + header.length;
		let contentStart = 0;
		for (let i = 0; i < chompStart; ++i) {
			const [indent, content] = lines[i];
			if (content === "" || content === "\r") {
				if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
			} else {
				if (indent.length < trimIndent) onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator");
				if (header.indent === 0) trimIndent = indent.length;
				contentStart = i;
				if (trimIndent === 0 && !ctx.atRoot) onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
				break;
			}
			offset += indent.length + content.length + 1;
		}
		for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
		let value = "";
		let sep = "";
		let prevMoreIndented = false;
		for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + "\n";
		for (let i = contentStart; i < chompStart; ++i) {
			let [indent, content] = lines[i];
			offset += indent.length + content.length + 1;
			const crlf = content[content.length - 1] === "\r";
			if (crlf) content = content.slice(0, -1);
			/* istanbul ignore if already caught in lexer */
			if (content && indent.length < trimIndent) {
				const message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
				onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
				indent = "";
			}
			if (type === Scalar.Scalar.BLOCK_LITERAL) {
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
			} else if (indent.length > trimIndent || content[0] === "	") {
				if (sep === " ") sep = "\n";
				else if (!prevMoreIndented && sep === "\n") sep = "\n\n";
				value += sep + indent.slice(trimIndent) + content;
				sep = "\n";
				prevMoreIndented = true;
			} else if (content === "") {
				if (sep === "\n") value += "\n";
				else sep = "\n";
			} else {
				value += sep + content;
				sep = " ";
				prevMoreIndented = false;
			}
		}
		switch (header.chomp) {
			case "-": break;
			case "+":
				for (let i = chompStart; i < lines.length; ++i) value += "\n" + lines[i][0].slice(trimIndent);
				if (value[value.length - 1] !== "\n") value += "\n";
				break;
			default: value += "\n";
		}
		const end = start + header.length + scalar.source.length;
		return {
			value,
			type,
			comment: header.comment,
			range: [
				start,
				end,
				end
			]
		};
	}
	function parseBlockScalarHeader({ offset, props }, strict, onError) {
		/* istanbul ignore if should not happen */
		if (props[0].type !== "block-scalar-header") {
			onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
			return null;
		}
		const { source } = props[0];
		const mode = source[0];
		let indent = 0;
		let chomp = "";
		let error = -1;
		for (let i = 1; i < source.length; ++i) {
			const ch = source[i];
			if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
			else {
				const n = Number(ch);
				if (!indent && n) indent = n;
				else if (error === -1) error = offset + i;
			}
		}
		if (error !== -1) onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
		let hasSpace = false;
		let comment = "";
		let length = source.length;
		for (let i = 1; i < props.length; ++i) {
			const token = props[i];
			switch (token.type) {
				case "space": hasSpace = true;
				case "newline":
					length += token.source.length;
					break;
				case "comment":
					if (strict && !hasSpace) onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
					length += token.source.length;
					comment = token.source.substring(1);
					break;
				case "error":
					onError(token, "UNEXPECTED_TOKEN", token.message);
					length += token.source.length;
					break;
				/* istanbul ignore next should not happen */
				default: {
					onError(token, "UNEXPECTED_TOKEN", `Unexpected token in block scalar header: ${token.type}`);
					const ts = token.source;
					if (ts && typeof ts === "string") length += ts.length;
				}
			}
		}
		return {
			mode,
			indent,
			chomp,
			comment,
			length
		};
	}
	/** @returns Array of lines split up as `[indent, content]` */
	function splitLines(source) {
		const split = source.split(/\n( *)/);
		const first = split[0];
		const m = first.match(/^( *)/);
		const lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
		for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
		return lines;
	}
	exports.resolveBlockScalar = resolveBlockScalar;
}));
// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Scalar = require_Scalar();
	var resolveEnd = require_resolve_end();
	function resolveFlowScalar(scalar, strict, onError) {
		const { offset, type, source, end } = scalar;
		let _type;
		let value;
		const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
		switch (type) {
			case "scalar":
				_type = Scalar.Scalar.PLAIN;
				value = plainValue(source, _onError);
				break;
			case "single-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_SINGLE;
				value = singleQuotedValue(source, _onError);
				break;
			case "double-quoted-scalar":
				_type = Scalar.Scalar.QUOTE_DOUBLE;
				value = doubleQuotedValue(source, _onError);
				break;
			/* istanbul ignore next should not happen */
			default:
				onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
				return {
					value: "",
					type: null,
					comment: "",
					range: [
						offset,
						offset + source.length,
						offset + source.length
					]
				};
		}
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
		return {
			value,
			type: _type,
			comment: re.comment,
			range: [
				offset,
				valueEnd,
				re.offset
			]
		};
	}
	function plainValue(source, onError) {
		let badChar = "";
		switch (source[0]) {
			/* istanbul ignore next should not happen */
			case "	":
				badChar = "a tab character";
				break;
			case ",":
				badChar = "flow indicator character ,";
				break;
			case "%":
				badChar = "directive indicator character %";
				break;
			case "|":
			case ">":
				badChar = `block scalar indicator ${source[0]}`;
				break;
			case "@":
			case "`": badChar = `reserved character ${source[0]}`;
		}
		if (badChar) onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
		return unfoldLines(source);
	}
	function singleQuotedValue(source, onError) {
		if (source[source.length - 1] !== "'" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
		return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
	}
	function unfoldLines(source) {
		const line = /(.*?)\r?\n/sy;
		let match = line.exec(source);
		if (!match) return source;
		/**
		* The negative lookbehinds in these RegExps are to
		* prevent causing a polynomial search time in certain cases.
		*
		* The try-catch is for Safari < 16.4 and other old browsers:
		* https://caniuse.com/js-regexp-lookbehind
		*/
		let trimEnd, trimBoth;
		try {
			trimEnd = new RegExp("(?<![ 	])[ 	]+$");
			trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
		} catch {
			trimEnd = /[ \t]+$/;
			trimBoth = /^[ \t]+|[ \t]+$/g;
		}
		let res = match[1].replace(trimEnd, "");
		let sep = " ";
		let pos = line.lastIndex;
		while (match = line.exec(source)) {
			const lm = match[1].replace(trimBoth, "");
			if (lm === "") {
				if (sep === "\n") res += sep;
				else sep = "\n";
			} else {
				res += sep + lm;
				sep = " ";
			}
			pos = line.lastIndex;
		}
		const last = /[ \t]*(.*)/sy;
		last.lastIndex = pos;
		match = last.exec(source);
		return res + sep + (match?.[1] ?? "");
	}
	function doubleQuotedValue(source, onError) {
		let res = "";
		for (let i = 1; i < source.length - 1; ++i) {
			const ch = source[i];
			if (ch === "\r" && source[i + 1] === "\n") continue;
			if (ch === "\n") {
				const { fold, offset } = foldNewline(source, i);
				res += fold;
				i = offset;
			} else if (ch === "\\") {
				let next = source[++i];
				const cc = escapeCodes[next];
				if (cc) res += cc;
				else if (next === "\n") {
					next = source[i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "\r" && source[i + 1] === "\n") {
					next = source[++i + 1];
					while (next === " " || next === "	") next = source[++i + 1];
				} else if (next === "x" || next === "u" || next === "U") {
					const length = next === "x" ? 2 : next === "u" ? 4 : 8;
					res += parseCharCode(source, i + 1, length, onError);
					i += length;
				} else {
					const raw = source.substr(i - 1, 2);
					onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
					res += raw;
				}
			} else if (ch === " " || ch === "	") {
				const wsStart = i;
				let next = source[i + 1];
				while (next === " " || next === "	") next = source[++i + 1];
				if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n")) res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
			} else res += ch;
		}
		if (source[source.length - 1] !== "\"" || source.length === 1) onError(source.length, "MISSING_CHAR", "Missing closing \"quote");
		return res;
	}
	/**
	* Fold a single newline into a space, multiple newlines to N - 1 newlines.
	* Presumes `source[offset] === '\n'`
	*/
	function foldNewline(source, offset) {
		let fold = "";
		let ch = source[offset + 1];
		while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
			if (ch === "\r" && source[offset + 2] !== "\n") break;
			if (ch === "\n") fold += "\n";
			offset += 1;
			ch = source[offset + 1];
		}
		if (!fold) fold = " ";
		return {
			fold,
			offset
		};
	}
	const escapeCodes = {
		"0": "\0",
		a: "\x07",
		b: "\b",
		e: "\x1B",
		f: "\f",
		n: "\n",
		r: "\r",
		t: "	",
		v: "\v",
		N: "",
		_: "\xA0",
		L: "\u2028",
		P: "\u2029",
		" ": " ",
		"\"": "\"",
		"/": "/",
		"\\": "\\",
		"	": "	"
	};
	function parseCharCode(source, offset, length, onError) {
		const cc = source.substr(offset, length);
		const code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
		try {
			return String.fromCodePoint(code);
		} catch {
			const raw = source.substr(offset - 2, length + 2);
			onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
			return raw;
		}
	}
	exports.resolveFlowScalar = resolveFlowScalar;
}));
// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var identity = require_identity();
	var Scalar = require_Scalar();
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	function composeScalar(ctx, token, tagToken, onError) {
		const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
		const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
		let tag;
		if (ctx.options.stringKeys && ctx.atKey) tag = ctx.schema[identity.SCALAR];
		else if (tagName) tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
		else if (token.type === "scalar") tag = findScalarTagByTest(ctx, value, token, onError);
		else tag = ctx.schema[identity.SCALAR];
		let scalar;
		try {
			const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
			scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
		} catch (error) {
			const msg = error instanceof Error ? error.message : String(error);
			onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
			scalar = new Scalar.Scalar(value);
		}
		scalar.range = range;
		scalar.source = value;
		if (type) scalar.type = type;
		if (tagName) scalar.tag = tagName;
		if (tag.format) scalar.format = tag.format;
		if (comment) scalar.comment = comment;
		return scalar;
	}
	function findScalarTagByName(schema, value, tagName, tagToken, onError) {
		if (tagName === "!") return schema[identity.SCALAR];
		const matchWithTest = [];
		for (const tag of schema.tags) if (!tag.collection && tag.tag === tagName) {
			if (tag.default && tag.test) matchWithTest.push(tag);
			else return tag;
		}
		for (const tag of matchWithTest) if (tag.test?.test(value)) return tag;
		const kt = schema.knownTags[tagName];
		if (kt && !kt.collection) {
			schema.tags.push(Object.assign({}, kt, {
				default: false,
				test: void 0
			}));
			return kt;
		}
		onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
		return schema[identity.SCALAR];
	}
	function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
		const tag = schema.tags.find((tag) => (tag.default === true || atKey && tag.default === "key") && tag.test?.test(value)) || schema[identity.SCALAR];
		if (schema.compat) {
			const compat = schema.compat.find((tag) => tag.default && tag.test?.test(value)) ?? schema[identity.SCALAR];
			if (tag.tag !== compat.tag) onError(token, "TAG_RESOLVE_FAILED", `Value may be parsed as either ${directives.tagString(tag.tag)} or ${directives.tagString(compat.tag)}`, true);
		}
		return tag;
	}
	exports.composeScalar = composeScalar;
}));
// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = /* @__PURE__ */ __commonJSMin(((exports) => {
	function emptyScalarPosition(offset, before, pos) {
		if (before) {
			pos ?? (pos = before.length);
			for (let i = pos - 1; i >= 0; --i) {
				let st = before[i];
				switch (st.type) {
					case "space":
					case "comment":
					case "newline":
						offset -= st.source.length;
						continue;
				}
				st = before[++i];
				while (st?.type === "space") {
					offset += st.source.length;
					st = before[++i];
				}
				break;
			}
		}
		return offset;
	}
	exports.emptyScalarPosition = emptyScalarPosition;
}));
// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Alias = require_Alias();
	var identity = require_identity();
	var composeCollection = require_compose_collection();
	var composeScalar = require_compose_scalar();
	var resolveEnd = require_resolve_end();
	var utilEmptyScalarPosition = require_util_empty_scalar_position();
	const CN = {
		composeNode,
		composeEmptyNode
	};
	function composeNode(ctx, token, props, onError) {
		const atKey = ctx.atKey;
		const { spaceBefore, comment, anchor, tag } = props;
		let node;
		let isSrcToken = true;
		switch (token.type) {
			case "alias":
				node = composeAlias(ctx, token, onError);
				if (anchor || tag) onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
				break;
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "block-scalar":
				node = composeScalar.composeScalar(ctx, token, tag, onError);
				if (anchor) node.anchor = anchor.source.substring(1);
				break;
			case "block-map":
			case "block-seq":
			case "flow-collection":
				try {
					node = composeCollection.composeCollection(CN, ctx, token, props, onError);
					if (anchor) node.anchor = anchor.source.substring(1);
				} catch (error) {
					onError(token, "RESOURCE_EXHAUSTION", error instanceof Error ? error.message : String(error));
				}
				break;
			default:
				onError(token, "UNEXPECTED_TOKEN", token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`);
				isSrcToken = false;
		}
		node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
		if (anchor && node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings");
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			if (token.type === "scalar" && token.source === "") node.comment = comment;
			else node.commentBefore = comment;
		}
		if (ctx.options.keepSourceTokens && isSrcToken) node.srcToken = token;
		return node;
	}
	function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
		const token = {
			type: "scalar",
			offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
			indent: -1,
			source: ""
		};
		const node = composeScalar.composeScalar(ctx, token, tag, onError);
		if (anchor) {
			node.anchor = anchor.source.substring(1);
			if (node.anchor === "") onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
		}
		if (spaceBefore) node.spaceBefore = true;
		if (comment) {
			node.comment = comment;
			node.range[2] = end;
		}
		return node;
	}
	function composeAlias({ options }, { offset, source, end }, onError) {
		const alias = new Alias.Alias(source.substring(1));
		if (alias.source === "") onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
		if (alias.source.endsWith(":")) onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
		const valueEnd = offset + source.length;
		const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
		alias.range = [
			offset,
			valueEnd,
			re.offset
		];
		if (re.comment) alias.comment = re.comment;
		return alias;
	}
	exports.composeEmptyNode = composeEmptyNode;
	exports.composeNode = composeNode;
}));
// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = /* @__PURE__ */ __commonJSMin(((exports) => {
	var Document = require_Document();
	var composeNode = require_compose_node();
	var resolveEnd = require_resolve_end();
	var resolveProps = require_resolve_props();
	function composeDoc(options, directives, { offset, start, value, end }, onError) {
		const opts = Object.assign({ _directives: directives }, options);
		const doc = new Document.Document(void 0, opts);
		const ctx = {
			atKey: false,
			atRoot: true,
			directives: doc.directives,
			options: doc.options,
			schema: doc.schema
		};
		const props = resolveProps.resolveProps(start, {
			indicator: "doc-start",
			next: value ?? end?.[0],
			offset,
			onError,
			parentIndent: 0,
			startOnNewline: true
		});
		if (props.found) {
			doc.directives.docStart = true;
			if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline) onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
		}
		doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
		const contentEnd = doc.contents.range[2];
		const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
		if (re.comment) doc.comment = re.comment;
		doc.range = [
			offset,
			contentEnd,
			re.offset
		];
		return doc;
	}
	exports.composeDoc = composeDoc;
}));
// node_modules/yaml/dist/compose/composer.js
var require_composer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var directives = require_directives();
	var Document = require_Document();
	var errors = require_errors();
	var identity = require_identity();
	var composeDoc = require_compose_doc();
	var resolveEnd = require_resolve_end();
	function getErrorPos(src) {
		if (typeof src === "number") return [src, src + 1];
		if (Array.isArray(src)) return src.length === 2 ? src : [src[0], src[1]];
		const { offset, source } = src;
		return [offset, offset + (typeof source === "string" ? source.length : 1)];
	}
	function parsePrelude(prelude) {
		let comment = "";
		let atComment = false;
		let afterEmptyLine = false;
		for (let i = 0; i < prelude.length; ++i) {
			const source = prelude[i];
			switch (source[0]) {
				case "#":
					comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
					atComment = true;
					afterEmptyLine = false;
					break;
				case "%":
					if (prelude[i + 1]?.[0] !== "#") i += 1;
					atComment = false;
					break;
				default:
					if (!atComment) afterEmptyLine = true;
					atComment = false;
			}
		}
		return {
			comment,
			afterEmptyLine
		};
	}
	/**
	* Compose a stream of CST nodes into a stream of YAML Documents.
	*
	* ```ts
	* import { Composer, Parser } from 'yaml'
	*
	* const src: string = ...
	* const tokens = new Parser().parse(src)
	* const docs = new Composer().compose(tokens)
	* ```
	*/
	var Composer = class {
		constructor(options = {}) {
			this.doc = null;
			this.atDirectives = false;
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
			this.onError = (source, code, message, warning) => {
				const pos = getErrorPos(source);
				if (warning) this.warnings.push(new errors.YAMLWarning(pos, code, message));
				else this.errors.push(new errors.YAMLParseError(pos, code, message));
			};
			this.directives = new directives.Directives({ version: options.version || "1.2" });
			this.options = options;
		}
		decorate(doc, afterDoc) {
			const { comment, afterEmptyLine } = parsePrelude(this.prelude);
			if (comment) {
				const dc = doc.contents;
				if (afterDoc) doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
				else if (afterEmptyLine || doc.directives.docStart || !dc) doc.commentBefore = comment;
				else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
					let it = dc.items[0];
					if (identity.isPair(it)) it = it.key;
					const cb = it.commentBefore;
					it.commentBefore = cb ? `${comment}\n${cb}` : comment;
				} else {
					const cb = dc.commentBefore;
					dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
				}
			}
			if (afterDoc) {
				for (let i = 0; i < this.errors.length; ++i) doc.errors.push(this.errors[i]);
				for (let i = 0; i < this.warnings.length; ++i) doc.warnings.push(this.warnings[i]);
			} else {
				doc.errors = this.errors;
				doc.warnings = this.warnings;
			}
			this.prelude = [];
			this.errors = [];
			this.warnings = [];
		}
		/**
		* Current stream status information.
		*
		* Mostly useful at the end of input for an empty stream.
		*/
		streamInfo() {
			return {
				comment: parsePrelude(this.prelude).comment,
				directives: this.directives,
				errors: this.errors,
				warnings: this.warnings
			};
		}
		/**
		* Compose tokens into documents.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*compose(tokens, forceDoc = false, endOffset = -1) {
			for (const token of tokens) yield* this.next(token);
			yield* this.end(forceDoc, endOffset);
		}
		/** Advance the composer by one CST token. */
		*next(token) {
			if (node_process.env.LOG_STREAM) console.dir(token, { depth: null });
			switch (token.type) {
				case "directive":
					this.directives.add(token.source, (offset, message, warning) => {
						const pos = getErrorPos(token);
						pos[0] += offset;
						this.onError(pos, "BAD_DIRECTIVE", message, warning);
					});
					this.prelude.push(token.source);
					this.atDirectives = true;
					break;
				case "document": {
					const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
					if (this.atDirectives && !doc.directives.docStart) this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
					this.decorate(doc, false);
					if (this.doc) yield this.doc;
					this.doc = doc;
					this.atDirectives = false;
					break;
				}
				case "byte-order-mark":
				case "space": break;
				case "comment":
				case "newline":
					this.prelude.push(token.source);
					break;
				case "error": {
					const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
					const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
					if (this.atDirectives || !this.doc) this.errors.push(error);
					else this.doc.errors.push(error);
					break;
				}
				case "doc-end": {
					if (!this.doc) {
						this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", "Unexpected doc-end without preceding document"));
						break;
					}
					this.doc.directives.docEnd = true;
					const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
					this.decorate(this.doc, true);
					if (end.comment) {
						const dc = this.doc.comment;
						this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
					}
					this.doc.range[2] = end.offset;
					break;
				}
				default: this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
			}
		}
		/**
		* Call at end of input to yield any remaining document.
		*
		* @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
		* @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
		*/
		*end(forceDoc = false, endOffset = -1) {
			if (this.doc) {
				this.decorate(this.doc, true);
				yield this.doc;
				this.doc = null;
			} else if (forceDoc) {
				const opts = Object.assign({ _directives: this.directives }, this.options);
				const doc = new Document.Document(void 0, opts);
				if (this.atDirectives) this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
				doc.range = [
					0,
					endOffset,
					endOffset
				];
				this.decorate(doc, false);
				yield doc;
			}
		}
	};
	exports.Composer = Composer;
}));
// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = /* @__PURE__ */ __commonJSMin(((exports) => {
	var resolveBlockScalar = require_resolve_block_scalar();
	var resolveFlowScalar = require_resolve_flow_scalar();
	var errors = require_errors();
	var stringifyString = require_stringifyString();
	function resolveAsScalar(token, strict = true, onError) {
		if (token) {
			const _onError = (pos, code, message) => {
				const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
				if (onError) onError(offset, code, message);
				else throw new errors.YAMLParseError([offset, offset + 1], code, message);
			};
			switch (token.type) {
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
				case "block-scalar": return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
			}
		}
		return null;
	}
	/**
	* Create a new scalar token with `value`
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.indent The indent level of the token.
	* @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
	* @param context.offset The offset position of the token.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function createScalarToken(value, context) {
		const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey,
			indent: indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		const end = context.end ?? [{
			type: "newline",
			offset: -1,
			indent,
			source: "\n"
		}];
		switch (source[0]) {
			case "|":
			case ">": {
				const he = source.indexOf("\n");
				const head = source.substring(0, he);
				const body = source.substring(he + 1) + "\n";
				const props = [{
					type: "block-scalar-header",
					offset,
					indent,
					source: head
				}];
				if (!addEndtoBlockProps(props, end)) props.push({
					type: "newline",
					offset: -1,
					indent,
					source: "\n"
				});
				return {
					type: "block-scalar",
					offset,
					indent,
					props,
					source: body
				};
			}
			case "\"": return {
				type: "double-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			case "'": return {
				type: "single-quoted-scalar",
				offset,
				indent,
				source,
				end
			};
			default: return {
				type: "scalar",
				offset,
				indent,
				source,
				end
			};
		}
	}
	/**
	* Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
	*
	* Best efforts are made to retain any comments previously associated with the `token`,
	* though all contents within a collection's `items` will be overwritten.
	*
	* Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
	* as this function does not support any schema operations and won't check for such conflicts.
	*
	* @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
	* @param value The string representation of the value, which will have its content properly indented.
	* @param context.afterKey In most cases, values after a key should have an additional level of indentation.
	* @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
	* @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
	* @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
	*/
	function setScalarValue(token, value, context = {}) {
		let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
		let indent = "indent" in token ? token.indent : null;
		if (afterKey && typeof indent === "number") indent += 2;
		if (!type) switch (token.type) {
			case "single-quoted-scalar":
				type = "QUOTE_SINGLE";
				break;
			case "double-quoted-scalar":
				type = "QUOTE_DOUBLE";
				break;
			case "block-scalar": {
				const header = token.props[0];
				if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
				type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
				break;
			}
			default: type = "PLAIN";
		}
		const source = stringifyString.stringifyString({
			type,
			value
		}, {
			implicitKey: implicitKey || indent === null,
			indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
			inFlow,
			options: {
				blockQuote: true,
				lineWidth: -1
			}
		});
		switch (source[0]) {
			case "|":
			case ">":
				setBlockScalarValue(token, source);
				break;
			case "\"":
				setFlowScalarValue(token, source, "double-quoted-scalar");
				break;
			case "'":
				setFlowScalarValue(token, source, "single-quoted-scalar");
				break;
			default: setFlowScalarValue(token, source, "scalar");
		}
	}
	function setBlockScalarValue(token, source) {
		const he = source.indexOf("\n");
		const head = source.substring(0, he);
		const body = source.substring(he + 1) + "\n";
		if (token.type === "block-scalar") {
			const header = token.props[0];
			if (header.type !== "block-scalar-header") throw new Error("Invalid block scalar header");
			header.source = head;
			token.source = body;
		} else {
			const { offset } = token;
			const indent = "indent" in token ? token.indent : -1;
			const props = [{
				type: "block-scalar-header",
				offset,
				indent,
				source: head
			}];
			if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0)) props.push({
				type: "newline",
				offset: -1,
				indent,
				source: "\n"
			});
			for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
			Object.assign(token, {
				type: "block-scalar",
				indent,
				props,
				source: body
			});
		}
	}
	/** @returns `true` if last token is a newline */
	function addEndtoBlockProps(props, end) {
		if (end) for (const st of end) switch (st.type) {
			case "space":
			case "comment":
				props.push(st);
				break;
			case "newline":
				props.push(st);
				return true;
		}
		return false;
	}
	function setFlowScalarValue(token, source, type) {
		switch (token.type) {
			case "scalar":
			case "double-quoted-scalar":
			case "single-quoted-scalar":
				token.type = type;
				token.source = source;
				break;
			case "block-scalar": {
				const end = token.props.slice(1);
				let oa = source.length;
				if (token.props[0].type === "block-scalar-header") oa -= token.props[0].source.length;
				for (const tok of end) tok.offset += oa;
				delete token.props;
				Object.assign(token, {
					type,
					source,
					end
				});
				break;
			}
			case "block-map":
			case "block-seq": {
				const nl = {
					type: "newline",
					offset: token.offset + source.length,
					indent: token.indent,
					source: "\n"
				};
				delete token.items;
				Object.assign(token, {
					type,
					source,
					end: [nl]
				});
				break;
			}
			default: {
				const indent = "indent" in token ? token.indent : -1;
				const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
				for (const key of Object.keys(token)) if (key !== "type" && key !== "offset") delete token[key];
				Object.assign(token, {
					type,
					indent,
					source,
					end
				});
			}
		}
	}
	exports.createScalarToken = createScalarToken;
	exports.resolveAsScalar = resolveAsScalar;
	exports.setScalarValue = setScalarValue;
}));
// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Stringify a CST document, token, or collection item
	*
	* Fair warning: This applies no validation whatsoever, and
	* simply concatenates the sources in their logical order.
	*/
	const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
	function stringifyToken(token) {
		switch (token.type) {
			case "block-scalar": {
				let res = "";
				for (const tok of token.props) res += stringifyToken(tok);
				return res + token.source;
			}
			case "block-map":
			case "block-seq": {
				let res = "";
				for (const item of token.items) res += stringifyItem(item);
				return res;
			}
			case "flow-collection": {
				let res = token.start.source;
				for (const item of token.items) res += stringifyItem(item);
				for (const st of token.end) res += st.source;
				return res;
			}
			case "document": {
				let res = stringifyItem(token);
				if (token.end) for (const st of token.end) res += st.source;
				return res;
			}
			default: {
				let res = token.source;
				if ("end" in token && token.end) for (const st of token.end) res += st.source;
				return res;
			}
		}
	}
	function stringifyItem({ start, key, sep, value }) {
		let res = "";
		for (const st of start) res += st.source;
		if (key) res += stringifyToken(key);
		if (sep) for (const st of sep) res += st.source;
		if (value) res += stringifyToken(value);
		return res;
	}
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = /* @__PURE__ */ __commonJSMin(((exports) => {
	const BREAK = Symbol("break visit");
	const SKIP = Symbol("skip children");
	const REMOVE = Symbol("remove item");
	/**
	* Apply a visitor to a CST document or item.
	*
	* Walks through the tree (depth-first) starting from the root, calling a
	* `visitor` function with two arguments when entering each item:
	*   - `item`: The current item, which included the following members:
	*     - `start: SourceToken[]` – Source tokens before the key or value,
	*       possibly including its anchor or tag.
	*     - `key?: Token | null` – Set for pair values. May then be `null`, if
	*       the key before the `:` separator is empty.
	*     - `sep?: SourceToken[]` – Source tokens between the key and the value,
	*       which should include the `:` map value indicator if `value` is set.
	*     - `value?: Token` – The value of a sequence item, or of a map pair.
	*   - `path`: The steps from the root to the current node, as an array of
	*     `['key' | 'value', number]` tuples.
	*
	* The return value of the visitor may be used to control the traversal:
	*   - `undefined` (default): Do nothing and continue
	*   - `visit.SKIP`: Do not visit the children of this token, continue with
	*      next sibling
	*   - `visit.BREAK`: Terminate traversal completely
	*   - `visit.REMOVE`: Remove the current item, then continue with the next one
	*   - `number`: Set the index of the next step. This is useful especially if
	*     the index of the current token has changed.
	*   - `function`: Define the next visitor for this item. After the original
	*     visitor is called on item entry, next visitors are called after handling
	*     a non-empty `key` and when exiting the item.
	*/
	function visit(cst, visitor) {
		if ("type" in cst && cst.type === "document") cst = {
			start: cst.start,
			value: cst.value
		};
		_visit(Object.freeze([]), cst, visitor);
	}
	/** Terminate visit traversal completely */
	visit.BREAK = BREAK;
	/** Do not visit the children of the current item */
	visit.SKIP = SKIP;
	/** Remove the current item */
	visit.REMOVE = REMOVE;
	/** Find the item at `path` from `cst` as the root */
	visit.itemAtPath = (cst, path) => {
		let item = cst;
		for (const [field, index] of path) {
			const tok = item?.[field];
			if (tok && "items" in tok) item = tok.items[index];
			else return void 0;
		}
		return item;
	};
	/**
	* Get the immediate parent collection of the item at `path` from `cst` as the root.
	*
	* Throws an error if the collection is not found, which should never happen if the item itself exists.
	*/
	visit.parentCollection = (cst, path) => {
		const parent = visit.itemAtPath(cst, path.slice(0, -1));
		const field = path[path.length - 1][0];
		const coll = parent?.[field];
		if (coll && "items" in coll) return coll;
		throw new Error("Parent collection not found");
	};
	function _visit(path, item, visitor) {
		let ctrl = visitor(item, path);
		if (typeof ctrl === "symbol") return ctrl;
		for (const field of ["key", "value"]) {
			const token = item[field];
			if (token && "items" in token) {
				for (let i = 0; i < token.items.length; ++i) {
					const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
					if (typeof ci === "number") i = ci - 1;
					else if (ci === BREAK) return BREAK;
					else if (ci === REMOVE) {
						token.items.splice(i, 1);
						i -= 1;
					}
				}
				if (typeof ctrl === "function" && field === "key") ctrl = ctrl(item, path);
			}
		}
		return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
	}
	exports.visit = visit;
}));
// node_modules/yaml/dist/parse/cst.js
var require_cst = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cstScalar = require_cst_scalar();
	var cstStringify = require_cst_stringify();
	var cstVisit = require_cst_visit();
	/** The byte order mark */
	const BOM = "﻿";
	/** Start of doc-mode */
	const DOCUMENT = "";
	/** Unexpected end of flow-mode */
	const FLOW_END = "";
	/** Next token is a scalar value */
	const SCALAR = "";
	/** @returns `true` if `token` is a flow or block collection */
	const isCollection = (token) => !!token && "items" in token;
	/** @returns `true` if `token` is a flow or block scalar; not an alias */
	const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
	/* istanbul ignore next */
	/** Get a printable representation of a lexer token */
	function prettyToken(token) {
		switch (token) {
			case BOM: return "<BOM>";
			case DOCUMENT: return "<DOC>";
			case FLOW_END: return "<FLOW_END>";
			case SCALAR: return "<SCALAR>";
			default: return JSON.stringify(token);
		}
	}
	/** Identify the type of a lexer token. May return `null` for unknown tokens. */
	function tokenType(source) {
		switch (source) {
			case BOM: return "byte-order-mark";
			case DOCUMENT: return "doc-mode";
			case FLOW_END: return "flow-error-end";
			case SCALAR: return "scalar";
			case "---": return "doc-start";
			case "...": return "doc-end";
			case "":
			case "\n":
			case "\r\n": return "newline";
			case "-": return "seq-item-ind";
			case "?": return "explicit-key-ind";
			case ":": return "map-value-ind";
			case "{": return "flow-map-start";
			case "}": return "flow-map-end";
			case "[": return "flow-seq-start";
			case "]": return "flow-seq-end";
			case ",": return "comma";
		}
		switch (source[0]) {
			case " ":
			case "	": return "space";
			case "#": return "comment";
			case "%": return "directive-line";
			case "*": return "alias";
			case "&": return "anchor";
			case "!": return "tag";
			case "'": return "single-quoted-scalar";
			case "\"": return "double-quoted-scalar";
			case "|":
			case ">": return "block-scalar-header";
		}
		return null;
	}
	exports.createScalarToken = cstScalar.createScalarToken;
	exports.resolveAsScalar = cstScalar.resolveAsScalar;
	exports.setScalarValue = cstScalar.setScalarValue;
	exports.stringify = cstStringify.stringify;
	exports.visit = cstVisit.visit;
	exports.BOM = BOM;
	exports.DOCUMENT = DOCUMENT;
	exports.FLOW_END = FLOW_END;
	exports.SCALAR = SCALAR;
	exports.isCollection = isCollection;
	exports.isScalar = isScalar;
	exports.prettyToken = prettyToken;
	exports.tokenType = tokenType;
}));
// node_modules/yaml/dist/parse/lexer.js
var require_lexer = /* @__PURE__ */ __commonJSMin(((exports) => {
	var cst = require_cst();
	function isEmpty(ch) {
		switch (ch) {
			case void 0:
			case " ":
			case "\n":
			case "\r":
			case "	": return true;
			default: return false;
		}
	}
	const hexDigits = /* @__PURE__ */ new Set("0123456789ABCDEFabcdef");
	const tagChars = /* @__PURE__ */ new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
	const flowIndicatorChars = /* @__PURE__ */ new Set(",[]{}");
	const invalidAnchorChars = /* @__PURE__ */ new Set(" ,[]{}\n\r	");
	const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
	/**
	* Splits an input string into lexical tokens, i.e. smaller strings that are
	* easily identifiable by `tokens.tokenType()`.
	*
	* Lexing starts always in a "stream" context. Incomplete input may be buffered
	* until a complete token can be emitted.
	*
	* In addition to slices of the original input, the following control characters
	* may also be emitted:
	*
	* - `\x02` (Start of Text): A document starts with the next token
	* - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
	* - `\x1f` (Unit Separator): Next token is a scalar value
	* - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
	*/
	var Lexer = class {
		constructor() {
			/**
			* Flag indicating whether the end of the current buffer marks the end of
			* all input
			*/
			this.atEnd = false;
			/**
			* Explicit indent set in block scalar header, as an offset from the current
			* minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
			* explicitly set.
			*/
			this.blockScalarIndent = -1;
			/**
			* Block scalars that include a + (keep) chomping indicator in their header
			* include trailing empty lines, which are otherwise excluded from the
			* scalar's contents.
			*/
			this.blockScalarKeep = false;
			/** Current input */
			this.buffer = "";
			/**
			* Flag noting whether the map value indicator : can immediately follow this
			* node within a flow context.
			*/
			this.flowKey = false;
			/** Count of surrounding flow collection levels. */
			this.flowLevel = 0;
			/**
			* Minimum level of indentation required for next lines to be parsed as a
			* part of the current scalar value.
			*/
			this.indentNext = 0;
			/** Indentation level of the current line. */
			this.indentValue = 0;
			/** Position of the next \n character. */
			this.lineEndPos = null;
			/** Stores the state of the lexer if reaching the end of incpomplete input */
			this.next = null;
			/** A pointer to `buffer`; the current position of the lexer. */
			this.pos = 0;
		}
		/**
		* Generate YAML tokens from the `source` string. If `incomplete`,
		* a part of the last line may be left as a buffer for the next call.
		*
		* @returns A generator of lexical tokens
		*/
		*lex(source, incomplete = false) {
			if (source) {
				if (typeof source !== "string") throw TypeError("source is not a string");
				this.buffer = this.buffer ? this.buffer + source : source;
				this.lineEndPos = null;
			}
			this.atEnd = !incomplete;
			let next = this.next ?? "stream";
			while (next && (incomplete || this.hasChars(1))) next = yield* this.parseNext(next);
		}
		atLineEnd() {
			let i = this.pos;
			let ch = this.buffer[i];
			while (ch === " " || ch === "	") ch = this.buffer[++i];
			if (!ch || ch === "#" || ch === "\n") return true;
			if (ch === "\r") return this.buffer[i + 1] === "\n";
			return false;
		}
		charAt(n) {
			return this.buffer[this.pos + n];
		}
		continueScalar(offset) {
			let ch = this.buffer[offset];
			if (this.indentNext > 0) {
				let indent = 0;
				while (ch === " ") ch = this.buffer[++indent + offset];
				if (ch === "\r") {
					const next = this.buffer[indent + offset + 1];
					if (next === "\n" || !next && !this.atEnd) return offset + indent + 1;
				}
				return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
			}
			if (ch === "-" || ch === ".") {
				const dt = this.buffer.substr(offset, 3);
				if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3])) return -1;
			}
			return offset;
		}
		getLine() {
			let end = this.lineEndPos;
			if (typeof end !== "number" || end !== -1 && end < this.pos) {
				end = this.buffer.indexOf("\n", this.pos);
				this.lineEndPos = end;
			}
			if (end === -1) return this.atEnd ? this.buffer.substring(this.pos) : null;
			if (this.buffer[end - 1] === "\r") end -= 1;
			return this.buffer.substring(this.pos, end);
		}
		hasChars(n) {
			return this.pos + n <= this.buffer.length;
		}
		setNext(state) {
			this.buffer = this.buffer.substring(this.pos);
			this.pos = 0;
			this.lineEndPos = null;
			this.next = state;
			return null;
		}
		peek(n) {
			return this.buffer.substr(this.pos, n);
		}
		*parseNext(next) {
			switch (next) {
				case "stream": return yield* this.parseStream();
				case "line-start": return yield* this.parseLineStart();
				case "block-start": return yield* this.parseBlockStart();
				case "doc": return yield* this.parseDocument();
				case "flow": return yield* this.parseFlowCollection();
				case "quoted-scalar": return yield* this.parseQuotedScalar();
				case "block-scalar": return yield* this.parseBlockScalar();
				case "plain-scalar": return yield* this.parsePlainScalar();
			}
		}
		*parseStream() {
			let line = this.getLine();
			if (line === null) return this.setNext("stream");
			if (line[0] === cst.BOM) {
				yield* this.pushCount(1);
				line = line.substring(1);
			}
			if (line[0] === "%") {
				let dirEnd = line.length;
				let cs = line.indexOf("#");
				while (cs !== -1) {
					const ch = line[cs - 1];
					if (ch === " " || ch === "	") {
						dirEnd = cs - 1;
						break;
					} else cs = line.indexOf("#", cs + 1);
				}
				while (true) {
					const ch = line[dirEnd - 1];
					if (ch === " " || ch === "	") dirEnd -= 1;
					else break;
				}
				const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
				yield* this.pushCount(line.length - n);
				this.pushNewline();
				return "stream";
			}
			if (this.atLineEnd()) {
				const sp = yield* this.pushSpaces(true);
				yield* this.pushCount(line.length - sp);
				yield* this.pushNewline();
				return "stream";
			}
			yield cst.DOCUMENT;
			return yield* this.parseLineStart();
		}
		*parseLineStart() {
			const ch = this.charAt(0);
			if (!ch && !this.atEnd) return this.setNext("line-start");
			if (ch === "-" || ch === ".") {
				if (!this.atEnd && !this.hasChars(4)) return this.setNext("line-start");
				const s = this.peek(3);
				if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
					yield* this.pushCount(3);
					this.indentValue = 0;
					this.indentNext = 0;
					return s === "---" ? "doc" : "stream";
				}
			}
			this.indentValue = yield* this.pushSpaces(false);
			if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1))) this.indentNext = this.indentValue;
			return yield* this.parseBlockStart();
		}
		*parseBlockStart() {
			const [ch0, ch1] = this.peek(2);
			if (!ch1 && !this.atEnd) return this.setNext("block-start");
			if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
				const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
				this.indentNext = this.indentValue + 1;
				this.indentValue += n;
				return "block-start";
			}
			return "doc";
		}
		*parseDocument() {
			yield* this.pushSpaces(true);
			const line = this.getLine();
			if (line === null) return this.setNext("doc");
			let n = yield* this.pushIndicators();
			switch (line[n]) {
				case "#": yield* this.pushCount(line.length - n);
				case void 0:
					yield* this.pushNewline();
					return yield* this.parseLineStart();
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel = 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					return "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "doc";
				case "\"":
				case "'": return yield* this.parseQuotedScalar();
				case "|":
				case ">":
					n += yield* this.parseBlockScalarHeader();
					n += yield* this.pushSpaces(true);
					yield* this.pushCount(line.length - n);
					yield* this.pushNewline();
					return yield* this.parseBlockScalar();
				default: return yield* this.parsePlainScalar();
			}
		}
		*parseFlowCollection() {
			let nl, sp;
			let indent = -1;
			do {
				nl = yield* this.pushNewline();
				if (nl > 0) {
					sp = yield* this.pushSpaces(false);
					this.indentValue = indent = sp;
				} else sp = 0;
				sp += yield* this.pushSpaces(true);
			} while (nl + sp > 0);
			const line = this.getLine();
			if (line === null) return this.setNext("flow");
			if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
				if (!(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}"))) {
					this.flowLevel = 0;
					yield cst.FLOW_END;
					return yield* this.parseLineStart();
				}
			}
			let n = 0;
			while (line[n] === ",") {
				n += yield* this.pushCount(1);
				n += yield* this.pushSpaces(true);
				this.flowKey = false;
			}
			n += yield* this.pushIndicators();
			switch (line[n]) {
				case void 0: return "flow";
				case "#":
					yield* this.pushCount(line.length - n);
					return "flow";
				case "{":
				case "[":
					yield* this.pushCount(1);
					this.flowKey = false;
					this.flowLevel += 1;
					return "flow";
				case "}":
				case "]":
					yield* this.pushCount(1);
					this.flowKey = true;
					this.flowLevel -= 1;
					return this.flowLevel ? "flow" : "doc";
				case "*":
					yield* this.pushUntil(isNotAnchorChar);
					return "flow";
				case "\"":
				case "'":
					this.flowKey = true;
					return yield* this.parseQuotedScalar();
				case ":": {
					const next = this.charAt(1);
					if (this.flowKey || isEmpty(next) || next === ",") {
						this.flowKey = false;
						yield* this.pushCount(1);
						yield* this.pushSpaces(true);
						return "flow";
					}
				}
				default:
					this.flowKey = false;
					return yield* this.parsePlainScalar();
			}
		}
		*parseQuotedScalar() {
			const quote = this.charAt(0);
			let end = this.buffer.indexOf(quote, this.pos + 1);
			if (quote === "'") while (end !== -1 && this.buffer[end + 1] === "'") end = this.buffer.indexOf("'", end + 2);
			else while (end !== -1) {
				let n = 0;
				while (this.buffer[end - 1 - n] === "\\") n += 1;
				if (n % 2 === 0) break;
				end = this.buffer.indexOf("\"", end + 1);
			}
			const qb = this.buffer.substring(0, end);
			let nl = qb.indexOf("\n", this.pos);
			if (nl !== -1) {
				while (nl !== -1) {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = qb.indexOf("\n", cs);
				}
				if (nl !== -1) end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
			}
			if (end === -1) {
				if (!this.atEnd) return this.setNext("quoted-scalar");
				end = this.buffer.length;
			}
			yield* this.pushToIndex(end + 1, false);
			return this.flowLevel ? "flow" : "doc";
		}
		*parseBlockScalarHeader() {
			this.blockScalarIndent = -1;
			this.blockScalarKeep = false;
			let i = this.pos;
			while (true) {
				const ch = this.buffer[++i];
				if (ch === "+") this.blockScalarKeep = true;
				else if (ch > "0" && ch <= "9") this.blockScalarIndent = Number(ch) - 1;
				else if (ch !== "-") break;
			}
			return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
		}
		*parseBlockScalar() {
			let nl = this.pos - 1;
			let indent = 0;
			let ch;
			loop: for (let i = this.pos; ch = this.buffer[i]; ++i) switch (ch) {
				case " ":
					indent += 1;
					break;
				case "\n":
					nl = i;
					indent = 0;
					break;
				case "\r": {
					const next = this.buffer[i + 1];
					if (!next && !this.atEnd) return this.setNext("block-scalar");
					if (next === "\n") break;
				}
				default: break loop;
			}
			if (!ch && !this.atEnd) return this.setNext("block-scalar");
			if (indent >= this.indentNext) {
				if (this.blockScalarIndent === -1) this.indentNext = indent;
				else this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
				do {
					const cs = this.continueScalar(nl + 1);
					if (cs === -1) break;
					nl = this.buffer.indexOf("\n", cs);
				} while (nl !== -1);
				if (nl === -1) {
					if (!this.atEnd) return this.setNext("block-scalar");
					nl = this.buffer.length;
				}
			}
			let i = nl + 1;
			ch = this.buffer[i];
			while (ch === " ") ch = this.buffer[++i];
			if (ch === "	") {
				while (ch === "	" || ch === " " || ch === "\r" || ch === "\n") ch = this.buffer[++i];
				nl = i - 1;
			} else if (!this.blockScalarKeep) do {
				let i = nl - 1;
				let ch = this.buffer[i];
				if (ch === "\r") ch = this.buffer[--i];
				const lastChar = i;
				while (ch === " ") ch = this.buffer[--i];
				if (ch === "\n" && i >= this.pos && i + 1 + indent > lastChar) nl = i;
				else break;
			} while (true);
			yield cst.SCALAR;
			yield* this.pushToIndex(nl + 1, true);
			return yield* this.parseLineStart();
		}
		*parsePlainScalar() {
			const inFlow = this.flowLevel > 0;
			let end = this.pos - 1;
			let i = this.pos - 1;
			let ch;
			while (ch = this.buffer[++i]) if (ch === ":") {
				const next = this.buffer[i + 1];
				if (isEmpty(next) || inFlow && flowIndicatorChars.has(next)) break;
				end = i;
			} else if (isEmpty(ch)) {
				let next = this.buffer[i + 1];
				if (ch === "\r") {
					if (next === "\n") {
						i += 1;
						ch = "\n";
						next = this.buffer[i + 1];
					} else end = i;
				}
				if (next === "#" || inFlow && flowIndicatorChars.has(next)) break;
				if (ch === "\n") {
					const cs = this.continueScalar(i + 1);
					if (cs === -1) break;
					i = Math.max(i, cs - 2);
				}
			} else {
				if (inFlow && flowIndicatorChars.has(ch)) break;
				end = i;
			}
			if (!ch && !this.atEnd) return this.setNext("plain-scalar");
			yield cst.SCALAR;
			yield* this.pushToIndex(end + 1, true);
			return inFlow ? "flow" : "doc";
		}
		*pushCount(n) {
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos += n;
				return n;
			}
			return 0;
		}
		*pushToIndex(i, allowEmpty) {
			const s = this.buffer.slice(this.pos, i);
			if (s) {
				yield s;
				this.pos += s.length;
				return s.length;
			} else if (allowEmpty) yield "";
			return 0;
		}
		*pushIndicators() {
			let n = 0;
			loop: while (true) {
				switch (this.charAt(0)) {
					case "!":
						n += yield* this.pushTag();
						n += yield* this.pushSpaces(true);
						continue loop;
					case "&":
						n += yield* this.pushUntil(isNotAnchorChar);
						n += yield* this.pushSpaces(true);
						continue loop;
					case "-":
					case "?":
					case ":": {
						const inFlow = this.flowLevel > 0;
						const ch1 = this.charAt(1);
						if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
							if (!inFlow) this.indentNext = this.indentValue + 1;
							else if (this.flowKey) this.flowKey = false;
							n += yield* this.pushCount(1);
							n += yield* this.pushSpaces(true);
							continue loop;
						}
					}
				}
				break loop;
			}
			return n;
		}
		*pushTag() {
			if (this.charAt(1) === "<") {
				let i = this.pos + 2;
				let ch = this.buffer[i];
				while (!isEmpty(ch) && ch !== ">") ch = this.buffer[++i];
				return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
			} else {
				let i = this.pos + 1;
				let ch = this.buffer[i];
				while (ch) if (tagChars.has(ch)) ch = this.buffer[++i];
				else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) ch = this.buffer[i += 3];
				else break;
				return yield* this.pushToIndex(i, false);
			}
		}
		*pushNewline() {
			const ch = this.buffer[this.pos];
			if (ch === "\n") return yield* this.pushCount(1);
			else if (ch === "\r" && this.charAt(1) === "\n") return yield* this.pushCount(2);
			else return 0;
		}
		*pushSpaces(allowTabs) {
			let i = this.pos - 1;
			let ch;
			do
				ch = this.buffer[++i];
			while (ch === " " || allowTabs && ch === "	");
			const n = i - this.pos;
			if (n > 0) {
				yield this.buffer.substr(this.pos, n);
				this.pos = i;
			}
			return n;
		}
		*pushUntil(test) {
			let i = this.pos;
			let ch = this.buffer[i];
			while (!test(ch)) ch = this.buffer[++i];
			return yield* this.pushToIndex(i, false);
		}
	};
	exports.Lexer = Lexer;
}));
// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = /* @__PURE__ */ __commonJSMin(((exports) => {
	/**
	* Tracks newlines during parsing in order to provide an efficient API for
	* determining the one-indexed `{ line, col }` position for any offset
	* within the input.
	*/
	var LineCounter = class {
		constructor() {
			this.lineStarts = [];
			/**
			* Should be called in ascending order. Otherwise, call
			* `lineCounter.lineStarts.sort()` before calling `linePos()`.
			*/
			this.addNewLine = (offset) => this.lineStarts.push(offset);
			/**
			* Performs a binary search and returns the 1-indexed { line, col }
			* position of `offset`. If `line === 0`, `addNewLine` has never been
			* called or `offset` is before the first known newline.
			*/
			this.linePos = (offset) => {
				let low = 0;
				let high = this.lineStarts.length;
				while (low < high) {
					const mid = low + high >> 1;
					if (this.lineStarts[mid] < offset) low = mid + 1;
					else high = mid;
				}
				if (this.lineStarts[low] === offset) return {
					line: low + 1,
					col: 1
				};
				if (low === 0) return {
					line: 0,
					col: offset
				};
				const start = this.lineStarts[low - 1];
				return {
					line: low,
					col: offset - start + 1
				};
			};
		}
	};
	exports.LineCounter = LineCounter;
}));
// node_modules/yaml/dist/parse/parser.js
var require_parser = /* @__PURE__ */ __commonJSMin(((exports) => {
	var node_process = __require("process");
	var cst = require_cst();
	var lexer = require_lexer();
	function includesToken(list, type) {
		for (let i = 0; i < list.length; ++i) if (list[i].type === type) return true;
		return false;
	}
	function findNonEmptyIndex(list) {
		for (let i = 0; i < list.length; ++i) switch (list[i].type) {
			case "space":
			case "comment":
			case "newline": break;
			default: return i;
		}
		return -1;
	}
	function isFlowToken(token) {
		switch (token?.type) {
			case "alias":
			case "scalar":
			case "single-quoted-scalar":
			case "double-quoted-scalar":
			case "flow-collection": return true;
			default: return false;
		}
	}
	function getPrevProps(parent) {
		switch (parent.type) {
			case "document": return parent.start;
			case "block-map": {
				const it = parent.items[parent.items.length - 1];
				return it.sep ?? it.start;
			}
			case "block-seq": return parent.items[parent.items.length - 1].start;
			/* istanbul ignore next should not happen */
			default: return [];
		}
	}
	/** Note: May modify input array */
	function getFirstKeyStartProps(prev) {
		if (prev.length === 0) return [];
		let i = prev.length;
		loop: while (--i >= 0) switch (prev[i].type) {
			case "doc-start":
			case "explicit-key-ind":
			case "map-value-ind":
			case "seq-item-ind":
			case "newline": break loop;
		}
		while (prev[++i]?.type === "space");
		return prev.splice(i, prev.length);
	}
	function arrayPushArray(target, source) {
		if (source.length < 1e5) Array.prototype.push.apply(target, source);
		else for (let i = 0; i < source.length; ++i) target.push(source[i]);
	}
	function fixFlowSeqItems(fc) {
		if (fc.start.type === "flow-seq-start") {
			for (const it of fc.items) if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
				if (it.key) it.value = it.key;
				delete it.key;
				if (isFlowToken(it.value)) {
					if (it.value.end) arrayPushArray(it.value.end, it.sep);
					else it.value.end = it.sep;
				} else arrayPushArray(it.start, it.sep);
				delete it.sep;
			}
		}
	}
	/**
	* A YAML concrete syntax tree (CST) parser
	*
	* ```ts
	* const src: string = ...
	* for (const token of new Parser().parse(src)) {
	*   // token: Token
	* }
	* ```
	*
	* To use the parser with a user-provided lexer:
	*
	* ```ts
	* function* parse(source: string, lexer: Lexer) {
	*   const parser = new Parser()
	*   for (const lexeme of lexer.lex(source))
	*     yield* parser.next(lexeme)
	*   yield* parser.end()
	* }
	*
	* const src: string = ...
	* const lexer = new Lexer()
	* for (const token of parse(src, lexer)) {
	*   // token: Token
	* }
	* ```
	*/
	var Parser = class {
		/**
		* @param onNewLine - If defined, called separately with the start position of
		*   each new line (in `parse()`, including the start of input).
		*/
		constructor(onNewLine) {
			/** If true, space and sequence indicators count as indentation */
			this.atNewLine = true;
			/** If true, next token is a scalar value */
			this.atScalar = false;
			/** Current indentation level */
			this.indent = 0;
			/** Current offset since the start of parsing */
			this.offset = 0;
			/** On the same line with a block map key */
			this.onKeyLine = false;
			/** Top indicates the node that's currently being built */
			this.stack = [];
			/** The source of the current token, set in parse() */
			this.source = "";
			/** The type of the current token, set in parse() */
			this.type = "";
			this.lexer = new lexer.Lexer();
			this.onNewLine = onNewLine;
		}
		/**
		* Parse `source` as a YAML stream.
		* If `incomplete`, a part of the last line may be left as a buffer for the next call.
		*
		* Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
		*
		* @returns A generator of tokens representing each directive, document, and other structure.
		*/
		*parse(source, incomplete = false) {
			if (this.onNewLine && this.offset === 0) this.onNewLine(0);
			for (const lexeme of this.lexer.lex(source, incomplete)) yield* this.next(lexeme);
			if (!incomplete) yield* this.end();
		}
		/**
		* Advance the parser by the `source` of one lexical token.
		*/
		*next(source) {
			this.source = source;
			if (node_process.env.LOG_TOKENS) console.log("|", cst.prettyToken(source));
			if (this.atScalar) {
				this.atScalar = false;
				yield* this.step();
				this.offset += source.length;
				return;
			}
			const type = cst.tokenType(source);
			if (!type) {
				const message = `Not a YAML token: ${source}`;
				yield* this.pop({
					type: "error",
					offset: this.offset,
					message,
					source
				});
				this.offset += source.length;
			} else if (type === "scalar") {
				this.atNewLine = false;
				this.atScalar = true;
				this.type = "scalar";
			} else {
				this.type = type;
				yield* this.step();
				switch (type) {
					case "newline":
						this.atNewLine = true;
						this.indent = 0;
						if (this.onNewLine) this.onNewLine(this.offset + source.length);
						break;
					case "space":
						if (this.atNewLine && source[0] === " ") this.indent += source.length;
						break;
					case "explicit-key-ind":
					case "map-value-ind":
					case "seq-item-ind":
						if (this.atNewLine) this.indent += source.length;
						break;
					case "doc-mode":
					case "flow-error-end": return;
					default: this.atNewLine = false;
				}
				this.offset += source.length;
			}
		}
		/** Call at end of input to push out any remaining constructions */
		*end() {
			while (this.stack.length > 0) yield* this.pop();
		}
		get sourceToken() {
			return {
				type: this.type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		*step() {
			const top = this.peek(1);
			if (this.type === "doc-end" && top?.type !== "doc-end") {
				while (this.stack.length > 0) yield* this.pop();
				this.stack.push({
					type: "doc-end",
					offset: this.offset,
					source: this.source
				});
				return;
			}
			if (!top) return yield* this.stream();
			switch (top.type) {
				case "document": return yield* this.document(top);
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return yield* this.scalar(top);
				case "block-scalar": return yield* this.blockScalar(top);
				case "block-map": return yield* this.blockMap(top);
				case "block-seq": return yield* this.blockSequence(top);
				case "flow-collection": return yield* this.flowCollection(top);
				case "doc-end": return yield* this.documentEnd(top);
			}
			/* istanbul ignore next should not happen */
			yield* this.pop();
		}
		peek(n) {
			return this.stack[this.stack.length - n];
		}
		*pop(error) {
			const token = error ?? this.stack.pop();
			/* istanbul ignore if should not happen */
			if (!token) yield {
				type: "error",
				offset: this.offset,
				source: "",
				message: "Tried to pop an empty stack"
			};
			else if (this.stack.length === 0) yield token;
			else {
				const top = this.peek(1);
				if (token.type === "block-scalar") token.indent = "indent" in top ? top.indent : 0;
				else if (token.type === "flow-collection" && top.type === "document") token.indent = 0;
				if (token.type === "flow-collection") fixFlowSeqItems(token);
				switch (top.type) {
					case "document":
						top.value = token;
						break;
					case "block-scalar":
						top.props.push(token);
						break;
					case "block-map": {
						const it = top.items[top.items.length - 1];
						if (it.value) {
							top.items.push({
								start: [],
								key: token,
								sep: []
							});
							this.onKeyLine = true;
							return;
						} else if (it.sep) it.value = token;
						else {
							Object.assign(it, {
								key: token,
								sep: []
							});
							this.onKeyLine = !it.explicitKey;
							return;
						}
						break;
					}
					case "block-seq": {
						const it = top.items[top.items.length - 1];
						if (it.value) top.items.push({
							start: [],
							value: token
						});
						else it.value = token;
						break;
					}
					case "flow-collection": {
						const it = top.items[top.items.length - 1];
						if (!it || it.value) top.items.push({
							start: [],
							key: token,
							sep: []
						});
						else if (it.sep) it.value = token;
						else Object.assign(it, {
							key: token,
							sep: []
						});
						return;
					}
					/* istanbul ignore next should not happen */
					default:
						yield* this.pop();
						yield* this.pop(token);
				}
				if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
					const last = token.items[token.items.length - 1];
					if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
						if (top.type === "document") top.end = last.start;
						else top.items.push({ start: last.start });
						token.items.splice(-1, 1);
					}
				}
			}
		}
		*stream() {
			switch (this.type) {
				case "directive-line":
					yield {
						type: "directive",
						offset: this.offset,
						source: this.source
					};
					return;
				case "byte-order-mark":
				case "space":
				case "comment":
				case "newline":
					yield this.sourceToken;
					return;
				case "doc-mode":
				case "doc-start": {
					const doc = {
						type: "document",
						offset: this.offset,
						start: []
					};
					if (this.type === "doc-start") doc.start.push(this.sourceToken);
					this.stack.push(doc);
					return;
				}
			}
			yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML stream`,
				source: this.source
			};
		}
		*document(doc) {
			if (doc.value) return yield* this.lineEnd(doc);
			switch (this.type) {
				case "doc-start":
					if (findNonEmptyIndex(doc.start) !== -1) {
						yield* this.pop();
						yield* this.step();
					} else doc.start.push(this.sourceToken);
					return;
				case "anchor":
				case "tag":
				case "space":
				case "comment":
				case "newline":
					doc.start.push(this.sourceToken);
					return;
			}
			const bv = this.startBlockValue(doc);
			if (bv) this.stack.push(bv);
			else yield {
				type: "error",
				offset: this.offset,
				message: `Unexpected ${this.type} token in YAML document`,
				source: this.source
			};
		}
		*scalar(scalar) {
			if (this.type === "map-value-ind") {
				const start = getFirstKeyStartProps(getPrevProps(this.peek(2)));
				let sep;
				if (scalar.end) {
					sep = scalar.end;
					sep.push(this.sourceToken);
					delete scalar.end;
				} else sep = [this.sourceToken];
				const map = {
					type: "block-map",
					offset: scalar.offset,
					indent: scalar.indent,
					items: [{
						start,
						key: scalar,
						sep
					}]
				};
				this.onKeyLine = true;
				this.stack[this.stack.length - 1] = map;
			} else yield* this.lineEnd(scalar);
		}
		*blockScalar(scalar) {
			switch (this.type) {
				case "space":
				case "comment":
				case "newline":
					scalar.props.push(this.sourceToken);
					return;
				case "scalar":
					scalar.source = this.source;
					this.atNewLine = true;
					this.indent = 0;
					if (this.onNewLine) {
						let nl = this.source.indexOf("\n") + 1;
						while (nl !== 0) {
							this.onNewLine(this.offset + nl);
							nl = this.source.indexOf("\n", nl) + 1;
						}
					}
					yield* this.pop();
					break;
				/* istanbul ignore next should not happen */
				default:
					yield* this.pop();
					yield* this.step();
			}
		}
		*blockMap(map) {
			const it = map.items[map.items.length - 1];
			switch (this.type) {
				case "newline":
					this.onKeyLine = false;
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else map.items.push({ start: [this.sourceToken] });
					} else if (it.sep) it.sep.push(this.sourceToken);
					else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) map.items.push({ start: [this.sourceToken] });
					else if (it.sep) it.sep.push(this.sourceToken);
					else {
						if (this.atIndentedComment(it.start, map.indent)) {
							const end = map.items[map.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								map.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
			}
			if (this.indent >= map.indent) {
				const atMapIndent = !this.onKeyLine && this.indent === map.indent;
				const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
				let start = [];
				if (atNextItem && it.sep && !it.value) {
					const nl = [];
					for (let i = 0; i < it.sep.length; ++i) {
						const st = it.sep[i];
						switch (st.type) {
							case "newline":
								nl.push(i);
								break;
							case "space": break;
							case "comment":
								if (st.indent > map.indent) nl.length = 0;
								break;
							default: nl.length = 0;
						}
					}
					if (nl.length >= 2) start = it.sep.splice(nl[1]);
				}
				switch (this.type) {
					case "anchor":
					case "tag":
						if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({ start });
							this.onKeyLine = true;
						} else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "explicit-key-ind":
						if (!it.sep && !it.explicitKey) {
							it.start.push(this.sourceToken);
							it.explicitKey = true;
						} else if (atNextItem || it.value) {
							start.push(this.sourceToken);
							map.items.push({
								start,
								explicitKey: true
							});
						} else this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [this.sourceToken],
								explicitKey: true
							}]
						});
						this.onKeyLine = true;
						return;
					case "map-value-ind":
						if (it.explicitKey) {
							if (!it.sep) {
								if (includesToken(it.start, "newline")) Object.assign(it, {
									key: null,
									sep: [this.sourceToken]
								});
								else {
									const start = getFirstKeyStartProps(it.start);
									this.stack.push({
										type: "block-map",
										offset: this.offset,
										indent: this.indent,
										items: [{
											start,
											key: null,
											sep: [this.sourceToken]
										}]
									});
								}
							} else if (it.value) map.items.push({
								start: [],
								key: null,
								sep: [this.sourceToken]
							});
							else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
								type: "block-map",
								offset: this.offset,
								indent: this.indent,
								items: [{
									start,
									key: null,
									sep: [this.sourceToken]
								}]
							});
							else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
								const start = getFirstKeyStartProps(it.start);
								const key = it.key;
								const sep = it.sep;
								sep.push(this.sourceToken);
								delete it.key;
								delete it.sep;
								this.stack.push({
									type: "block-map",
									offset: this.offset,
									indent: this.indent,
									items: [{
										start,
										key,
										sep
									}]
								});
							} else if (start.length > 0) it.sep = it.sep.concat(start, this.sourceToken);
							else it.sep.push(this.sourceToken);
						} else if (!it.sep) Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.value || atNextItem) map.items.push({
							start,
							key: null,
							sep: [this.sourceToken]
						});
						else if (includesToken(it.sep, "map-value-ind")) this.stack.push({
							type: "block-map",
							offset: this.offset,
							indent: this.indent,
							items: [{
								start: [],
								key: null,
								sep: [this.sourceToken]
							}]
						});
						else it.sep.push(this.sourceToken);
						this.onKeyLine = true;
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (atNextItem || it.value) {
							map.items.push({
								start,
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						} else if (it.sep) this.stack.push(fs);
						else {
							Object.assign(it, {
								key: fs,
								sep: []
							});
							this.onKeyLine = true;
						}
						return;
					}
					default: {
						const bv = this.startBlockValue(map);
						if (bv) {
							if (bv.type === "block-seq") {
								if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
									yield* this.pop({
										type: "error",
										offset: this.offset,
										message: "Unexpected block-seq-ind on same line with key",
										source: this.source
									});
									return;
								}
							} else if (atMapIndent) map.items.push({ start });
							this.stack.push(bv);
							return;
						}
					}
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*blockSequence(seq) {
			const it = seq.items[seq.items.length - 1];
			switch (this.type) {
				case "newline":
					if (it.value) {
						const end = "end" in it.value ? it.value.end : void 0;
						if ((Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment") end?.push(this.sourceToken);
						else seq.items.push({ start: [this.sourceToken] });
					} else it.start.push(this.sourceToken);
					return;
				case "space":
				case "comment":
					if (it.value) seq.items.push({ start: [this.sourceToken] });
					else {
						if (this.atIndentedComment(it.start, seq.indent)) {
							const end = seq.items[seq.items.length - 2]?.value?.end;
							if (Array.isArray(end)) {
								arrayPushArray(end, it.start);
								end.push(this.sourceToken);
								seq.items.pop();
								return;
							}
						}
						it.start.push(this.sourceToken);
					}
					return;
				case "anchor":
				case "tag":
					if (it.value || this.indent <= seq.indent) break;
					it.start.push(this.sourceToken);
					return;
				case "seq-item-ind":
					if (this.indent !== seq.indent) break;
					if (it.value || includesToken(it.start, "seq-item-ind")) seq.items.push({ start: [this.sourceToken] });
					else it.start.push(this.sourceToken);
					return;
			}
			if (this.indent > seq.indent) {
				const bv = this.startBlockValue(seq);
				if (bv) {
					this.stack.push(bv);
					return;
				}
			}
			yield* this.pop();
			yield* this.step();
		}
		*flowCollection(fc) {
			const it = fc.items[fc.items.length - 1];
			if (this.type === "flow-error-end") {
				let top;
				do {
					yield* this.pop();
					top = this.peek(1);
				} while (top?.type === "flow-collection");
			} else if (fc.end.length === 0) {
				switch (this.type) {
					case "comma":
					case "explicit-key-ind":
						if (!it || it.sep) fc.items.push({ start: [this.sourceToken] });
						else it.start.push(this.sourceToken);
						return;
					case "map-value-ind":
						if (!it || it.value) fc.items.push({
							start: [],
							key: null,
							sep: [this.sourceToken]
						});
						else if (it.sep) it.sep.push(this.sourceToken);
						else Object.assign(it, {
							key: null,
							sep: [this.sourceToken]
						});
						return;
					case "space":
					case "comment":
					case "newline":
					case "anchor":
					case "tag":
						if (!it || it.value) fc.items.push({ start: [this.sourceToken] });
						else if (it.sep) it.sep.push(this.sourceToken);
						else it.start.push(this.sourceToken);
						return;
					case "alias":
					case "scalar":
					case "single-quoted-scalar":
					case "double-quoted-scalar": {
						const fs = this.flowScalar(this.type);
						if (!it || it.value) fc.items.push({
							start: [],
							key: fs,
							sep: []
						});
						else if (it.sep) this.stack.push(fs);
						else Object.assign(it, {
							key: fs,
							sep: []
						});
						return;
					}
					case "flow-map-end":
					case "flow-seq-end":
						fc.end.push(this.sourceToken);
						return;
				}
				const bv = this.startBlockValue(fc);
				/* istanbul ignore else should not happen */
				if (bv) this.stack.push(bv);
				else {
					yield* this.pop();
					yield* this.step();
				}
			} else {
				const parent = this.peek(2);
				if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
					yield* this.pop();
					yield* this.step();
				} else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
					const start = getFirstKeyStartProps(getPrevProps(parent));
					fixFlowSeqItems(fc);
					const sep = fc.end.splice(1, fc.end.length);
					sep.push(this.sourceToken);
					const map = {
						type: "block-map",
						offset: fc.offset,
						indent: fc.indent,
						items: [{
							start,
							key: fc,
							sep
						}]
					};
					this.onKeyLine = true;
					this.stack[this.stack.length - 1] = map;
				} else yield* this.lineEnd(fc);
			}
		}
		flowScalar(type) {
			if (this.onNewLine) {
				let nl = this.source.indexOf("\n") + 1;
				while (nl !== 0) {
					this.onNewLine(this.offset + nl);
					nl = this.source.indexOf("\n", nl) + 1;
				}
			}
			return {
				type,
				offset: this.offset,
				indent: this.indent,
				source: this.source
			};
		}
		startBlockValue(parent) {
			switch (this.type) {
				case "alias":
				case "scalar":
				case "single-quoted-scalar":
				case "double-quoted-scalar": return this.flowScalar(this.type);
				case "block-scalar-header": return {
					type: "block-scalar",
					offset: this.offset,
					indent: this.indent,
					props: [this.sourceToken],
					source: ""
				};
				case "flow-map-start":
				case "flow-seq-start": return {
					type: "flow-collection",
					offset: this.offset,
					indent: this.indent,
					start: this.sourceToken,
					items: [],
					end: []
				};
				case "seq-item-ind": return {
					type: "block-seq",
					offset: this.offset,
					indent: this.indent,
					items: [{ start: [this.sourceToken] }]
				};
				case "explicit-key-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					start.push(this.sourceToken);
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							explicitKey: true
						}]
					};
				}
				case "map-value-ind": {
					this.onKeyLine = true;
					const start = getFirstKeyStartProps(getPrevProps(parent));
					return {
						type: "block-map",
						offset: this.offset,
						indent: this.indent,
						items: [{
							start,
							key: null,
							sep: [this.sourceToken]
						}]
					};
				}
			}
			return null;
		}
		atIndentedComment(start, indent) {
			if (this.type !== "comment") return false;
			if (this.indent <= indent) return false;
			return start.every((st) => st.type === "newline" || st.type === "space");
		}
		*documentEnd(docEnd) {
			if (this.type !== "doc-mode") {
				if (docEnd.end) docEnd.end.push(this.sourceToken);
				else docEnd.end = [this.sourceToken];
				if (this.type === "newline") yield* this.pop();
			}
		}
		*lineEnd(token) {
			switch (this.type) {
				case "comma":
				case "doc-start":
				case "doc-end":
				case "flow-seq-end":
				case "flow-map-end":
				case "map-value-ind":
					yield* this.pop();
					yield* this.step();
					break;
				case "newline": this.onKeyLine = false;
				default:
					if (token.end) token.end.push(this.sourceToken);
					else token.end = [this.sourceToken];
					if (this.type === "newline") yield* this.pop();
			}
		}
	};
	exports.Parser = Parser;
}));
// node_modules/yaml/dist/public-api.js
var require_public_api = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var errors = require_errors();
	var log = require_log();
	var identity = require_identity();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	function parseOptions(options) {
		const prettyErrors = options.prettyErrors !== false;
		return {
			lineCounter: options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null,
			prettyErrors
		};
	}
	/**
	* Parse the input as a stream of YAML documents.
	*
	* Documents should be separated from each other by `...` or `---` marker lines.
	*
	* @returns If an empty `docs` array is returned, it will be of type
	*   EmptyStream and contain additional stream information. In
	*   TypeScript, you should use `'empty' in docs` as a type guard for it.
	*/
	function parseAllDocuments(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		const docs = Array.from(composer$1.compose(parser$1.parse(source)));
		if (prettyErrors && lineCounter) for (const doc of docs) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		if (docs.length > 0) return docs;
		return Object.assign([], { empty: true }, composer$1.streamInfo());
	}
	/** Parse an input string into a single YAML.Document */
	function parseDocument(source, options = {}) {
		const { lineCounter, prettyErrors } = parseOptions(options);
		const parser$1 = new parser.Parser(lineCounter?.addNewLine);
		const composer$1 = new composer.Composer(options);
		let doc = null;
		for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) if (!doc) doc = _doc;
		else if (doc.options.logLevel !== "silent") {
			doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
			break;
		}
		if (prettyErrors && lineCounter) {
			doc.errors.forEach(errors.prettifyError(source, lineCounter));
			doc.warnings.forEach(errors.prettifyError(source, lineCounter));
		}
		return doc;
	}
	function parse(src, reviver, options) {
		let _reviver = void 0;
		if (typeof reviver === "function") _reviver = reviver;
		else if (options === void 0 && reviver && typeof reviver === "object") options = reviver;
		const doc = parseDocument(src, options);
		if (!doc) return null;
		doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
		if (doc.errors.length > 0) {
			if (doc.options.logLevel !== "silent") throw doc.errors[0];
			else doc.errors = [];
		}
		return doc.toJS(Object.assign({ reviver: _reviver }, options));
	}
	function stringify(value, replacer, options) {
		let _replacer = null;
		if (typeof replacer === "function" || Array.isArray(replacer)) _replacer = replacer;
		else if (options === void 0 && replacer) options = replacer;
		if (typeof options === "string") options = options.length;
		if (typeof options === "number") {
			const indent = Math.round(options);
			options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
		}
		if (value === void 0) {
			const { keepUndefined } = options ?? replacer ?? {};
			if (!keepUndefined) return void 0;
		}
		if (identity.isDocument(value) && !_replacer) return value.toString(options);
		return new Document.Document(value, _replacer, options).toString(options);
	}
	exports.parse = parse;
	exports.parseAllDocuments = parseAllDocuments;
	exports.parseDocument = parseDocument;
	exports.stringify = stringify;
}));
// node_modules/yaml/dist/index.js
var require_dist = /* @__PURE__ */ __commonJSMin(((exports) => {
	var composer = require_composer();
	var Document = require_Document();
	var Schema = require_Schema();
	var errors = require_errors();
	var Alias = require_Alias();
	var identity = require_identity();
	var Pair = require_Pair();
	var Scalar = require_Scalar();
	var YAMLMap = require_YAMLMap();
	var YAMLSeq = require_YAMLSeq();
	require_cst();
	var lexer = require_lexer();
	var lineCounter = require_line_counter();
	var parser = require_parser();
	var publicApi = require_public_api();
	var visit = require_visit();
	exports.Composer = composer.Composer;
	exports.Document = Document.Document;
	exports.Schema = Schema.Schema;
	exports.YAMLError = errors.YAMLError;
	exports.YAMLParseError = errors.YAMLParseError;
	exports.YAMLWarning = errors.YAMLWarning;
	exports.Alias = Alias.Alias;
	exports.isAlias = identity.isAlias;
	exports.isCollection = identity.isCollection;
	exports.isDocument = identity.isDocument;
	exports.isMap = identity.isMap;
	exports.isNode = identity.isNode;
	exports.isPair = identity.isPair;
	exports.isScalar = identity.isScalar;
	exports.isSeq = identity.isSeq;
	exports.Pair = Pair.Pair;
	exports.Scalar = Scalar.Scalar;
	exports.YAMLMap = YAMLMap.YAMLMap;
	exports.YAMLSeq = YAMLSeq.YAMLSeq;
	exports.Lexer = lexer.Lexer;
	exports.LineCounter = lineCounter.LineCounter;
	exports.Parser = parser.Parser;
	exports.parse = publicApi.parse;
	exports.parseAllDocuments = publicApi.parseAllDocuments;
	exports.parseDocument = publicApi.parseDocument;
	exports.stringify = publicApi.stringify;
	exports.visit = visit.visit;
	exports.visitAsync = visit.visitAsync;
}));
// src/features/exercises/grade.ts
var import_dist$1 = require_dist();
/**
* Grades an answer against every requirement of an exercise, from the model and findings the caller already
* has (the editor's worker); only what is missing is computed here. Never throws: a broken answer fails with a reason.
*/
function gradeExercise(definition, graders, answer, lang = "en") {
	const checks = graders ? checkAll(graders, {
		...answer,
		text: typeof answer?.text === "string" ? answer.text : ""
	}, lang) : null;
	const requirements = definition.requirements.map((requirement) => {
		const check = checks?.[requirement.id] ?? {
			passed: false,
			message: {
				en: `No grader checks requirement "${requirement.id}".`,
				"pt-BR": `Nenhum corretor verifica o requisito "${requirement.id}".`
			}
		};
		return {
			id: requirement.id,
			passed: check.passed,
			message: check.message[lang] ?? check.message.en,
			weight: requirement.weight
		};
	});
	const total = requirements.reduce((sum, requirement) => sum + requirement.weight, 0);
	const earned = requirements.reduce((sum, requirement) => sum + (requirement.passed ? requirement.weight : 0), 0);
	return {
		exercise: definition.id,
		passed: requirements.length > 0 && requirements.every((requirement) => requirement.passed),
		score: total > 0 ? Math.round(earned / total * 100) : 0,
		requirements
	};
}
function checkAll(graders, answer, lang) {
	const results = {};
	if (graders.language === "yaml") {
		const submission = yamlSubmission(answer.text);
		for (const [id, predicate] of Object.entries(graders.requirements)) results[id] = safely(() => predicate(submission));
		return results;
	}
	const submission = dockerfileSubmission(answer, lang);
	const syntaxError = submission ? firstSyntaxError(submission) : null;
	const tolerant = new Set(graders.gradedDespiteSyntaxErrors ?? []);
	for (const [id, predicate] of Object.entries(graders.requirements)) if (!submission) results[id] = {
		passed: false,
		message: {
			en: "The Dockerfile could not be read.",
			"pt-BR": "Não foi possível ler o Dockerfile."
		}
	};
	else if (syntaxError && !tolerant.has(id)) results[id] = syntaxError;
	else results[id] = safely(() => predicate(submission));
	return results;
}
function dockerfileSubmission(answer, lang) {
	try {
		const model = answer.model ?? parseDockerfile(answer.text);
		const findings = /* @__PURE__ */ new Map();
		if (answer.findings) findings.set(lang, answer.findings);
		return {
			text: answer.text,
			model,
			findings(wanted = "en") {
				let result = findings.get(wanted);
				if (!result) findings.set(wanted, result = checkModel(model, { lang: wanted }));
				return result;
			}
		};
	} catch {
		return null;
	}
}
function firstSyntaxError(submission) {
	if (submission.model.syntaxProblems.length === 0) return null;
	const finding = submission.findings().find((candidate) => candidate.rule === "syntax-error");
	if (!finding) return null;
	const portuguese = submission.findings("pt-BR").find((candidate) => candidate.rule === "syntax-error" && candidate.line === finding.line && candidate.column === finding.column);
	return {
		passed: false,
		message: {
			en: `Docker cannot build this Dockerfile yet (line ${finding.line}): ${finding.message}`,
			"pt-BR": `O Docker ainda não consegue fazer o build deste Dockerfile (linha ${finding.line}): ${portuguese?.message ?? finding.message}`
		}
	};
}
function yamlSubmission(text) {
	try {
		const streams = (0, import_dist$1.parseAllDocuments)(text);
		const docs = Array.isArray(streams) ? streams : [streams];
		const broken = docs.find((doc) => doc.errors.length > 0);
		if (broken) {
			const error = broken.errors[0];
			const line = error.linePos?.[0]?.line;
			const where = line ? ` (line ${line})` : "";
			const onde = line ? ` (linha ${line})` : "";
			return {
				text,
				documents: [],
				error: {
					en: `The YAML does not parse${where}: ${error.message.split("\n")[0].replace(/:$/, "")}`,
					"pt-BR": `O YAML não é válido${onde}: ${error.message.split("\n")[0].replace(/:$/, "")}`
				}
			};
		}
		return {
			text,
			documents: docs.map((doc) => doc.toJS()).filter((doc) => doc !== null && doc !== void 0),
			error: null
		};
	} catch (error) {
		const reason = error.message ?? String(error);
		return {
			text,
			documents: [],
			error: {
				en: `The YAML does not parse: ${reason}`,
				"pt-BR": `O YAML não é válido: ${reason}`
			}
		};
	}
}
function safely(predicate) {
	try {
		return predicate();
	} catch (error) {
		const reason = error?.message ?? String(error);
		return {
			passed: false,
			message: {
				en: `This requirement could not be checked: ${reason}`,
				"pt-BR": `Não foi possível verificar este requisito: ${reason}`
			}
		};
	}
}
// src/features/exercises/load.ts
/**
* Parses and validates exercise definitions from their YAML texts, keyed by file name
* (`content/exercises/pin-base-image.yaml`). `graders` maps an exercise id to its graders: every requirement
* needs one. Returns the definitions sorted by file name; throws ExerciseDefinitionError listing every problem.
*/
function loadExercises(texts, graders) {
	const problems = [];
	const definitions = [];
	const seen = /* @__PURE__ */ new Map();
	for (const file of Object.keys(texts).sort()) {
		let fileProblems = 0;
		const report = (field, problem) => {
			fileProblems++;
			problems.push(`${file}: field "${field}": ${problem}`);
		};
		let data;
		try {
			data = (0, import_dist.parse)(texts[file]);
		} catch (error) {
			problems.push(`${file}: not valid YAML: ${error.message.split("\n")[0]}`);
			continue;
		}
		const definition = validate(data, file, report, graders);
		if (!definition || fileProblems > 0) continue;
		const other = seen.get(definition.id);
		if (other) report("id", `"${definition.id}" is also the id of ${other}`);
		seen.set(definition.id, file);
		definitions.push(definition);
	}
	if (problems.length > 0) throw new ExerciseDefinitionError(problems);
	return definitions;
}
function validate(data, file, report, graders) {
	if (!isRecord$1(data)) {
		report("(root)", "expected a mapping of fields");
		return null;
	}
	const id = text(data, "id", report);
	const stem = baseName(file).replace(/\.ya?ml$/, "");
	if (id !== null && !ID.test(id)) report("id", `"${id}" must be kebab-case`);
	if (id !== null && id !== stem) report("id", `"${id}" must match the file name "${stem}"`);
	const lesson = text(data, "lesson", report);
	if (lesson !== null && !ID.test(lesson)) report("lesson", `"${lesson}" must be a lesson slug (kebab-case)`);
	const language = data.language;
	if (language === void 0) report("language", "missing (dockerfile or yaml)");
	else if (language !== "dockerfile" && language !== "yaml") report("language", `"${String(language)}" must be dockerfile or yaml`);
	const title = localizedField(data.title, "title", report);
	const task = localizedField(data.task, "task", report);
	const explanation = localizedField(data.explanation, "explanation", report);
	const starter = text(data, "starter", report, true);
	const solution = text(data, "solution", report);
	const files = [];
	if (data.files !== void 0 && !Array.isArray(data.files)) report("files", "expected a list");
	for (const [index, entry] of (Array.isArray(data.files) ? data.files : []).entries()) if (typeof entry === "string") files.push({ name: entry });
	else if (isRecord$1(entry) && typeof entry.name === "string") files.push(typeof entry.contents === "string" ? {
		name: entry.name,
		contents: entry.contents
	} : { name: entry.name });
	else report(`files[${index}]`, "expected a file name or { name, contents }");
	const requirements = [];
	if (!Array.isArray(data.requirements) || data.requirements.length === 0) report("requirements", "expected a non-empty list");
	for (const [index, entry] of (Array.isArray(data.requirements) ? data.requirements : []).entries()) {
		const field = `requirements[${index}]`;
		if (!isRecord$1(entry)) {
			report(field, "expected { id, weight, text }");
			continue;
		}
		const requirementId = typeof entry.id === "string" && ID.test(entry.id) ? entry.id : null;
		if (requirementId === null) report(`${field}.id`, "missing or not kebab-case");
		else if (requirements.some((requirement) => requirement.id === requirementId)) report(`${field}.id`, `"${requirementId}" is listed twice`);
		const weight = entry.weight;
		if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0) report(`${field}.weight`, "expected a positive number");
		const requirementText = localizedField(entry.text, `${field}.text`, report);
		if (requirementId && typeof weight === "number" && requirementText) requirements.push({
			id: requirementId,
			weight,
			text: requirementText
		});
	}
	const hints = [];
	if (!Array.isArray(data.hints) || data.hints.length !== 3) report("hints", `expected exactly 3 hints (a nudge, the concept, the exact line), got ${Array.isArray(data.hints) ? data.hints.length : "none"}`);
	for (const [index, entry] of (Array.isArray(data.hints) ? data.hints : []).entries()) {
		const hint = localizedField(entry, `hints[${index}]`, report);
		if (hint) hints.push(hint);
	}
	if (id !== null && (language === "dockerfile" || language === "yaml")) {
		const exerciseGraders = graders[id];
		if (!exerciseGraders) report("id", `no graders for "${id}" in src/features/exercises/graders/index.ts`);
		else {
			if (exerciseGraders.language !== language) report("language", `"${language}" but its graders grade ${exerciseGraders.language}`);
			const graded = Object.keys(exerciseGraders.requirements);
			for (const requirement of requirements) if (!graded.includes(requirement.id)) report("requirements", `"${requirement.id}" has no grader in src/features/exercises/graders/${id}.ts`);
			for (const key of graded) if (!requirements.some((requirement) => requirement.id === key)) report("requirements", `the grader checks "${key}", which the definition does not list`);
		}
	}
	if (id === null || lesson === null || !title || !task || !explanation || starter === null || solution === null) return null;
	return {
		id,
		lesson,
		language,
		title,
		task,
		files,
		starter,
		requirements,
		hints,
		solution,
		explanation
	};
}
function text(data, field, report, allowEmpty = false) {
	const value = data[field];
	if (typeof value !== "string" || !allowEmpty && value.trim() === "") {
		report(field, value === void 0 ? "missing" : "expected a non-empty string");
		return null;
	}
	return value;
}
function localizedField(value, field, report) {
	if (!isRecord$1(value)) {
		report(field, value === void 0 ? "missing (needs en and pt-BR)" : "expected { en, pt-BR }");
		return null;
	}
	let ok = true;
	for (const lang of ["en", "pt-BR"]) if (typeof value[lang] !== "string" || value[lang].trim() === "") {
		report(`${field}.${lang}`, "missing or empty");
		ok = false;
	}
	return ok ? {
		en: value.en,
		"pt-BR": value["pt-BR"]
	} : null;
}
function isRecord$1(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function baseName(path) {
	return path.slice(path.lastIndexOf("/") + 1);
}
var import_dist, ID, ExerciseDefinitionError;
var init_load = __esmMin((() => {
	import_dist = require_dist();
	ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	ExerciseDefinitionError = class extends Error {
		problems;
		constructor(problems) {
			super(`Invalid exercise definitions:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
			this.name = "ExerciseDefinitionError";
			this.problems = problems;
		}
	};
}));
// src/checker/query/go.ts
/** The `go build` calls among these instructions that surely run, with their output path (`-o X`, `-o=X`) if given. */
function goBuilds(instructions) {
	return surelyRun(callsOfRuns(instructions)).filter((call) => call.name === "go" && positionals(argValues(call), BUILD_VALUE_OPTIONS)[0] === "build").map((call) => {
		const args = argValues(call);
		const index = args.findIndex((arg) => arg === "-o" || arg.startsWith("-o="));
		return {
			call,
			output: index === -1 ? null : args[index] === "-o" ? args[index + 1] ?? null : args[index].slice(3)
		};
	});
}
var BUILD_VALUE_OPTIONS;
var init_go = __esmMin((() => {
	init_command_values();
	init_commands();
	BUILD_VALUE_OPTIONS = [
		"-o",
		"-ldflags",
		"-tags",
		"-gcflags",
		"-trimpath"
	];
}));
// src/checker/query/healthcheck.ts
/** The HEALTHCHECK that applies to a stage (the last one of its chain), `HEALTHCHECK NONE` included. */
function healthcheckOf(stage) {
	const healthchecks = inheritedInstructions(stage).filter((instruction) => instruction.keyword === "HEALTHCHECK");
	return healthchecks[healthchecks.length - 1] ?? null;
}
function isHealthcheckNone(instruction) {
	return instruction.args[0]?.value.toUpperCase() === "NONE";
}
var init_healthcheck = __esmMin((() => {
	init_stages();
}));
// src/checker/query/apt-lists.ts
/** The first RUN among these whose apt install leaves /var/lib/apt/lists/ in its layer, or null when none does. */
function aptListsKept(instructions) {
	const runs = instructions.filter((instruction) => instruction.keyword === "RUN");
	for (const instruction of runs) {
		const calls = callsOf(instruction);
		if (!calls.some(isAptInstall) || mountsOver(instruction, APT_LISTS)) continue;
		const lastInstall = calls.map(isAptInstall).lastIndexOf(true);
		if (calls.slice(lastInstall + 1).some(removesAptLists)) continue;
		return {
			instruction,
			removedBeforeInstall: calls.some(removesAptLists),
			removedInAnotherRun: runs.some((run) => run !== instruction && callsOf(run).some(removesAptLists))
		};
	}
	return null;
}
var APT_LISTS, removesAptLists;
var init_apt_lists = __esmMin((() => {
	init_cache_cleanup();
	init_commands();
	init_package_managers();
	APT_LISTS = ["/var/lib/apt/lists"];
	removesAptLists = (call) => !call.mayNotRun && removesPath(call, APT_LISTS);
}));
// src/checker/query/pip.ts
/** `pip install …`, `pip3 install …`, `python -m pip install …`: the arguments after `install` (expanded), or null. */
function pipInstallArgs(call) {
	let args = argValues(call);
	if (/^python(?:\d+(?:\.\d+)?)?$/.test(call.name)) {
		const module = args.indexOf("-m");
		if (module === -1 || args[module + 1] !== "pip") return null;
		args = args.slice(module + 2);
	} else if (!/^pip(?:\d+(?:\.\d+)?)?$/.test(call.name)) return null;
	const install = args.indexOf("install");
	return install === -1 ? null : args.slice(install + 1);
}
/** Files given to `pip install -r FILE` / `--requirement FILE` / `-rFILE` / `--requirement=FILE`. */
function pipRequirementFiles(args) {
	const files = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === "-r" || arg === "--requirement") files.push(args[i + 1] ?? "");
		else if (arg.startsWith("--requirement=")) files.push(arg.slice(14));
		else if (/^-r.+/.test(arg)) files.push(arg.slice(2));
	}
	return files.filter((file) => file !== "");
}
/** Every `pip install -r FILE` of a stage chain that surely runs, with the COPY that provided the file. */
function requirementsInstalls(stage) {
	const result = [];
	const copies = copiedPaths(stage);
	for (const instruction of inheritedInstructions(stage)) {
		if (instruction.keyword !== "RUN") continue;
		for (const call of surelyRun(callsOf(instruction))) {
			const args = pipInstallArgs(call);
			if (!args) continue;
			for (const file of pipRequirementFiles(args)) {
				const path = resolvePath(workdirOfCall(stage, call), expand(file, instruction));
				const under = (copy) => copy.folder && path.startsWith(`${copy.target.replace(/\/$/, "")}/`);
				const copy = copies.filter((candidate) => candidate.instruction.index < instruction.index && (candidate.target === path || under(candidate))).pop() ?? null;
				result.push({
					instruction,
					call,
					file,
					path,
					copy
				});
			}
		}
	}
	return result;
}
var init_pip = __esmMin((() => {
	init_command_values();
	init_commands();
	init_paths();
	init_stages();
	init_variables();
}));
// src/checker/query/start-command.ts
/** What starts the image of a stage chain: its last ENTRYPOINT, else its last CMD. */
function startInstruction(stage) {
	const instructions = inheritedInstructions(stage);
	const last = (keyword) => instructions.filter((instruction) => instruction.keyword === keyword).pop() ?? null;
	return last("ENTRYPOINT") ?? last("CMD");
}
var init_start_command = __esmMin((() => {
	init_stages();
}));
// src/checker/query/index.ts
var init_query = __esmMin((() => {
	init_commands();
	init_run_instructions();
	init_command_values();
	init_options();
	init_cache_cleanup();
	init_flags();
	init_go();
	init_healthcheck();
	init_images();
	init_apt_answers();
	init_apt_lists();
	init_package_managers();
	init_paths();
	init_pip();
	init_stages();
	init_start_command();
	init_users();
	init_variables();
}));
// src/features/exercises/graders/check.ts
function pass(en, ptBR) {
	return {
		passed: true,
		message: {
			en,
			"pt-BR": ptBR
		}
	};
}
function fail(en, ptBR) {
	return {
		passed: false,
		message: {
			en,
			"pt-BR": ptBR
		}
	};
}
/** A requirement about the image that ships: a Dockerfile without any FROM fails it, in the same words everywhere. */
function onFinalStage(check) {
	return (submission) => {
		const final = finalStage(submission.model);
		return final ? check(final, submission) : fail("There is no FROM line.", "Não há nenhuma linha FROM.");
	};
}
var init_check = __esmMin((() => {
	init_query();
}));
// src/features/exercises/graders/distroless-healthcheck.ts
/** Interpreters that the language-specific distroless images do ship. */
function shippedInterpreter(stage, command) {
	const repository = rootStage(stage).baseImage.repository;
	if (/^distroless\/python3/.test(repository)) return [
		"python3",
		"python",
		"/usr/bin/python3"
	].includes(command);
	if (/^distroless\/nodejs/.test(repository)) return command === "/nodejs/bin/node";
	if (/^distroless\/java/.test(repository)) return command === "java" || command.endsWith("/bin/java");
	return false;
}
var SHELL_TOOLS, graders$12;
var init_distroless_healthcheck = __esmMin((() => {
	init_query();
	init_check();
	SHELL_TOOLS = /* @__PURE__ */ new Set([
		"curl",
		"wget",
		"sh",
		"bash",
		"ash",
		"nc",
		"busybox"
	]);
	graders$12 = {
		language: "dockerfile",
		requirements: {
			"distroless-final": onFinalStage((final) => {
				const root = rootStage(final);
				if (root.distroless || root.scratch) return pass(`The final image is ${imageLabel(final)}: no shell, no package manager.`, `A imagem final é ${imageLabel(final)}: sem shell e sem gerenciador de pacotes.`);
				return fail(`The final stage is based on ${imageLabel(final)}: keep a distroless final image and make the health check work there.`, `O estágio final usa ${imageLabel(final)}: mantenha uma imagem final distroless e faça o health check funcionar nela.`);
			}),
			"healthcheck-exec-form"(submission) {
				const final = finalStage(submission.model);
				const healthcheck = final ? healthcheckOf(final) : null;
				if (!healthcheck || isHealthcheckNone(healthcheck)) return fail("The final image has no HEALTHCHECK: Docker will never mark it unhealthy.", "A imagem final não tem HEALTHCHECK: o Docker nunca vai marcar o contêiner como unhealthy.");
				if (healthcheck.json === null) return fail(`"${healthcheck.text.trim()}" is in shell form, which Docker runs with /bin/sh -c, and distroless has no /bin/sh: the check fails every time. Use the JSON form.`, `"${healthcheck.text.trim()}" está na forma shell, que o Docker roda com /bin/sh -c, e o distroless não tem /bin/sh: o check falha sempre. Use a forma JSON.`);
				return pass("HEALTHCHECK runs in exec (JSON) form, without a shell.", "O HEALTHCHECK roda na forma exec (JSON), sem shell.");
			},
			"healthcheck-binary-present"(submission) {
				const final = finalStage(submission.model);
				const healthcheck = final ? healthcheckOf(final) : null;
				if (!final || !healthcheck || isHealthcheckNone(healthcheck)) return fail("There is no HEALTHCHECK to run.", "Não há HEALTHCHECK para rodar.");
				const argv = healthcheck.json ?? healthcheck.shell?.commands[0]?.words.map((word) => word.value) ?? [];
				const command = expand(argv[0] ?? "", healthcheck);
				if (SHELL_TOOLS.has(baseName$3(command))) return fail(`${baseName$3(command)} does not exist in ${imageLabel(final)}: the check fails with "executable file not found" and the container turns unhealthy while the app is fine.`, `${baseName$3(command)} não existe em ${imageLabel(final)}: o check falha com "executable file not found" e o contêiner fica unhealthy com a aplicação funcionando.`);
				if (healthcheck.json && /\s/.test(command.trim())) return fail(`The exec form runs a program named "${command}", space included, which does not exist: give each word its own string, e.g. ["/server", "--health"].`, `A forma exec roda um programa chamado "${command}", com espaço e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["/server", "--health"].`);
				if (shippedInterpreter(final, command)) return pass(`${command} ships with ${imageLabel(final)}.`, `${command} vem com ${imageLabel(final)}.`);
				const copy = copiedExecutable(final, command, healthcheck);
				if (!copy) return fail(`"${command}" is not in the final image: copy it in (COPY --from=<build stage> …) or use the app's own binary with a health flag.`, `"${command}" não está na imagem final: copie o arquivo (COPY --from=<estágio de build> …) ou use o próprio binário da aplicação com uma flag de health.`);
				if (copy.from === null && !(copy.instruction.keyword === "ADD" && /^https?:\/\//.test(copy.source))) return fail(`"${copy.instruction.text.trim()}" copies ${copy.source} from the build context, which holds only the Go sources: build the program in the build stage and COPY --from=<that stage>, or use the app's own binary with a health flag.`, `"${copy.instruction.text.trim()}" copia ${copy.source} do contexto de build, que só tem o código Go: compile o programa no estágio de build e use COPY --from=<esse estágio>, ou use o próprio binário da aplicação com uma flag de health.`);
				const start = startInstruction(final);
				const server = start?.json?.[0] ? expand(start.json[0], start) : null;
				const serverCopy = server === null ? null : copiedExecutable(final, server, start);
				if (serverCopy !== null && serverCopy.instruction === copy.instruction && serverCopy.target === copy.target && argv.length < 2) return fail(`"${command}" with no arguments starts a second server instead of checking the first: pass the health flag (e.g. "${command}", "--health").`, `"${command}" sem argumentos sobe um segundo servidor em vez de verificar o primeiro: passe a flag de health (por exemplo "${command}", "--health").`);
				return pass(`"${command}" is in the image and runs without a shell.`, `"${command}" está na imagem e roda sem shell.`);
			}
		}
	};
}));
// src/features/exercises/graders/go-static-scratch.ts
/** `go build` and `go install` calls; `go install` writes into $GOBIN, else $GOPATH/bin (/go/bin in the golang image). */
function compiles(instructions) {
	const builds = goBuilds(instructions).map(({ call, output }) => ({
		call,
		output,
		folder: output !== null && output.endsWith("/")
	}));
	const installs = surelyRun(callsOfRuns(instructions)).filter((call) => call.name === "go" && positionals(argValues(call), [
		"-ldflags",
		"-tags",
		"-gcflags"
	])[0] === "install").map((call) => ({
		call,
		output: variableFor(call, "GOBIN") || `${variableFor(call, "GOPATH") || "/go"}/bin`,
		folder: true
	}));
	return [...builds, ...installs].sort((a, b) => a.call.instruction.index - b.call.instruction.index);
}
/** Stages that compile the program (directly or through a stage they are built on). */
function buildStages(model) {
	return model.stages.filter((stage) => compiles(inheritedInstructions(stage)).length > 0);
}
function isGolangImage(stage) {
	const root = rootStage(stage);
	return !root.scratch && isOfficial(root.baseImage) && root.baseImage.repository === "golang";
}
function shipsToolchain(stage) {
	return compiles(inheritedInstructions(stage)).length > 0 || isGolangImage(stage);
}
/** distroless `base`/`cc` (and Chainguard `glibc-dynamic`) carry glibc, so a cgo binary still runs there. */
function hasLibc(stage) {
	const root = rootStage(stage);
	return root.distroless && /distroless\/(?:base|cc)|glibc-dynamic/.test(root.baseImage.repository);
}
/** Whether a compile runs with cgo off: CGO_ENABLED=0 for the call, a `go env -w CGO_ENABLED=0` before it, or no C compiler (Go 1.20+ then turns cgo off). */
function cgoDisabled(model, compile) {
	const setting = variableFor(compile.call, "CGO_ENABLED");
	if (setting !== null) return setting === "0";
	const stage = model.stages[compile.call.instruction.stageIndex];
	if (!stage) return false;
	const earlier = inheritedInstructions(stage).filter((instruction) => instruction.index < compile.call.instruction.index);
	const written = surelyRun(callsOfRuns(earlier)).filter((call) => call.name === "go" && argValues(call)[0] === "env" && argValues(call).includes("-w")).flatMap((call) => argValues(call).filter((arg) => arg.startsWith("CGO_ENABLED=")));
	if (written.length > 0) return written[written.length - 1] === "CGO_ENABLED=0";
	return withoutCompiler(stage, earlier);
}
/** The golang Alpine images ship no gcc: unless one is installed, Go 1.20+ builds without cgo. */
function withoutCompiler(stage, earlier) {
	const tag = rootStage(stage).baseImage.tag ?? "";
	const version = /^1\.(\d+)/.exec(tag);
	if (!isGolangImage(stage) || !/(?:^|-)alpine/.test(tag) || version && Number(version[1]) < 20) return false;
	return !callsOfRuns(earlier).some((call) => call.name === "apk" && argValues(call).some((arg) => /^(?:gcc|clang|build-base|musl-dev)$/.test(arg)));
}
/** A copy that can bring a CA bundle: from another stage or image, or downloaded by ADD (the build context has none). */
function bringsCertificates(copy) {
	return copy.from !== null || copy.instruction.keyword === "ADD" && /^https?:\/\//.test(copy.source);
}
/** The copy that puts a CA bundle where Go looks: the files above, any file in the folders above, or SSL_CERT_FILE / SSL_CERT_DIR. */
function certificateCopy(stage) {
	const env = new Map(inheritedInstructions(stage).filter((instruction) => instruction.keyword === "ENV").flatMap((instruction) => instruction.pairs).map((pair) => [pair.key, pair.value]));
	const files = [...CERT_FILES, env.get("SSL_CERT_FILE") ?? ""].filter((file) => file !== "");
	const folders = [...CERT_FOLDERS, ...(env.get("SSL_CERT_DIR") ?? "").split(":")].filter((folder) => folder !== "").map((folder) => folder.replace(/\/+$/, ""));
	const under = (path, folder) => path === folder || path.startsWith(`${folder.replace(/\/$/, "")}/`);
	return copiedPaths(stage).find((copy) => {
		if (!bringsCertificates(copy) || !/ssl|certs?\b|pki|\.pem$|\.crt$/.test(copy.source)) return false;
		const roots = [copy.folder ? copy.target : null, copy.contentsTarget].filter((root) => root !== null);
		const lands = (path) => copy.target === path || roots.some((root) => under(path, root));
		return files.some(lands) || folders.some((folder) => under(copy.target, folder) || roots.some((root) => under(root, folder) || under(folder, root)));
	}) ?? null;
}
var CERT_FILES, CERT_FOLDERS, graders$11;
var init_go_static_scratch = __esmMin((() => {
	init_query();
	init_check();
	CERT_FILES = [
		"/etc/ssl/certs/ca-certificates.crt",
		"/etc/pki/tls/certs/ca-bundle.crt",
		"/etc/ssl/ca-bundle.pem",
		"/etc/pki/tls/cacert.pem",
		"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
		"/etc/ssl/cert.pem"
	];
	CERT_FOLDERS = ["/etc/ssl/certs", "/etc/pki/tls/certs"];
	graders$11 = {
		language: "dockerfile",
		requirements: {
			"multi-stage"(submission) {
				const { model } = submission;
				const final = finalStage(model);
				if (!final) return fail("There is no FROM line.", "Não há nenhuma linha FROM.");
				if (shipsToolchain(final)) return fail(`The final stage is based on ${imageLabel(final)}, which still contains the Go toolchain: compile in a first stage and copy only the binary into the last one.`, `O estágio final usa ${imageLabel(final)}, que ainda traz o toolchain do Go: compile num primeiro estágio e copie só o binário para o último.`);
				if (buildStages(model).length === 0) return fail("No stage runs go build.", "Nenhum estágio roda go build.");
				return pass("The Go toolchain stays in the build stage.", "O toolchain do Go fica no estágio de build.");
			},
			"minimal-final": onFinalStage((final) => {
				const root = rootStage(final);
				if (root.scratch || root.distroless) return pass(`The final image starts from ${imageLabel(final)}.`, `A imagem final parte de ${imageLabel(final)}.`);
				return fail(`The final stage is based on ${imageLabel(final)}: a static Go binary needs nothing from it. Use scratch or a distroless image such as gcr.io/distroless/static-debian13.`, `O estágio final usa ${imageLabel(final)}: um binário Go estático não precisa de nada dela. Use scratch ou uma imagem distroless como gcr.io/distroless/static-debian13.`);
			}),
			"static-binary"(submission) {
				const builds = compiles(submission.model.instructions);
				if (builds.length === 0) return fail("No stage runs go build.", "Nenhum estágio roda go build.");
				const final = finalStage(submission.model);
				if (final && hasLibc(final)) return pass(`${imageLabel(final)} ships glibc, so a cgo binary runs there too.`, `${imageLabel(final)} traz a glibc, então um binário com cgo também roda ali.`);
				const dynamic = builds.find((build) => !cgoDisabled(submission.model, build));
				if (dynamic) return fail(`"go ${argValues(dynamic.call).join(" ")}" runs with cgo enabled (the default when gcc is present), so the binary may need the C library, which scratch and distroless/static do not have: it would fail with "exec …: no such file or directory". Set CGO_ENABLED=0 for that command (on its line, with ENV, or with export in the same RUN).`, `"go ${argValues(dynamic.call).join(" ")}" roda com cgo ligado (o padrão quando há gcc), então o binário pode depender da biblioteca C, que o scratch e o distroless/static não têm: ele falharia com "exec …: no such file or directory". Defina CGO_ENABLED=0 para esse comando (na mesma linha, com ENV ou com export no mesmo RUN).`);
				return pass("The binary is built with cgo off: fully static.", "O binário é compilado com cgo desligado: totalmente estático.");
			},
			"binary-copied"(submission) {
				const { model } = submission;
				const final = finalStage(model);
				if (!final) return fail("There is no FROM line.", "Não há nenhuma linha FROM.");
				const start = startInstruction(final);
				if (!start || start.json === null || start.json.length === 0) return fail("Start the program with ENTRYPOINT or CMD in exec (JSON) form: the final image has no /bin/sh to run the shell form.", "Inicie o programa com ENTRYPOINT ou CMD na forma exec (JSON): a imagem final não tem /bin/sh para rodar a forma shell.");
				const command = expand(start.json[0], start);
				const copy = copiedExecutable(final, command, start);
				if (!copy || copy.from === null) return fail(`"${command}" is not in the final image: copy the binary from the build stage (COPY --from=<stage> …) to the path ENTRYPOINT runs.`, `"${command}" não está na imagem final: copie o binário do estágio de build (COPY --from=<estágio> …) para o caminho que o ENTRYPOINT executa.`);
				const source = buildStages(model).find((stage) => copy.fromStage === stage);
				if (!source) return fail(`"${command}" is copied from "${copy.from}", which does not run go build.`, `"${command}" vem de "${copy.from}", que não roda go build.`);
				const outputs = compiles(inheritedInstructions(source)).map(({ call, output, folder }) => output === null ? null : {
					path: resolvePath(workdirAt(source, call.instruction), output),
					folder
				});
				const copiedSource = resolvePath("/", expand(copy.source, copy.instruction));
				const under = (path, folder) => path.startsWith(`${folder.replace(/\/$/, "")}/`);
				if (!outputs.some((output) => output === null || output.path === copiedSource || under(output.path, copiedSource) || output.folder && under(copiedSource, output.path))) return fail(`COPY --from=${copy.from} copies ${copy.source}, but the Go build writes ${outputs.map((output) => output?.path).filter(Boolean).join(", ")}.`, `O COPY --from=${copy.from} copia ${copy.source}, mas o build do Go grava em ${outputs.map((output) => output?.path).filter(Boolean).join(", ")}.`);
				return pass(`The binary built in "${source.name ?? source.index}" is copied in and started in exec form.`, `O binário compilado em "${source.name ?? source.index}" é copiado e iniciado na forma exec.`);
			},
			"ca-certificates": onFinalStage((final) => {
				if (!rootStage(final).scratch) return pass(`${imageLabel(final)} already ships CA certificates.`, `${imageLabel(final)} já traz os certificados de CA.`);
				const bundle = certificateCopy(final);
				if (bundle) return pass(`The CA bundle ${bundle.source} lands in ${bundle.target}, where Go looks for it.`, `O pacote de CAs ${bundle.source} vai para ${bundle.target}, onde o Go procura.`);
				const elsewhere = copiedPaths(final).find((copy) => /(?:\.crt|\.pem|ssl\/certs\/?)$/.test(copy.source));
				if (elsewhere && !bringsCertificates(elsewhere)) return fail(`"${elsewhere.instruction.text.trim()}" reads the build context, which has no CA bundle: copy it from the build stage (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/).`, `"${elsewhere.instruction.text.trim()}" lê o contexto de build, que não tem pacote de CAs: copie do estágio de build (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/).`);
				if (elsewhere) return fail(`The bundle lands in ${elsewhere.target}, but Go looks for /etc/ssl/certs/ca-certificates.crt (or SSL_CERT_FILE / SSL_CERT_DIR).`, `O pacote vai parar em ${elsewhere.target}, mas o Go procura /etc/ssl/certs/ca-certificates.crt (ou SSL_CERT_FILE / SSL_CERT_DIR).`);
				return fail("scratch has no CA certificates, so every HTTPS call fails with \"x509: failed to load system roots\": copy /etc/ssl/certs/ca-certificates.crt from the build stage.", "O scratch não tem certificados de CA, e toda chamada HTTPS falha com \"x509: failed to load system roots\": copie /etc/ssl/certs/ca-certificates.crt do estágio de build.");
			})
		}
	};
}));
// src/features/sims/health/model/go-duration.ts
/** Seconds for a Go duration string, or null when the text is not a valid duration. */
function parseGoDurationSeconds(text) {
	const trimmed = text.trim();
	if (trimmed === "0" || trimmed === "+0" || trimmed === "-0") return 0;
	let sign = 1;
	let rest = trimmed;
	if (rest.startsWith("-") || rest.startsWith("+")) {
		sign = rest.startsWith("-") ? -1 : 1;
		rest = rest.slice(1);
	}
	if (rest === "") return null;
	let total = 0;
	let index = 0;
	while (index < rest.length) {
		TERM.lastIndex = index;
		const match = TERM.exec(rest);
		if (!match) return null;
		total += Number(match[1]) * SECONDS_PER_UNIT[match[2]];
		index = TERM.lastIndex;
	}
	return sign * Math.round(total * 1e9) / 1e9;
}
var SECONDS_PER_UNIT, TERM;
var init_go_duration = __esmMin((() => {
	SECONDS_PER_UNIT = {
		ns: 1e-9,
		us: 1e-6,
		µs: 1e-6,
		μs: 1e-6,
		ms: .001,
		s: 1,
		m: 60,
		h: 3600
	};
	TERM = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
}));
// src/features/exercises/graders/healthcheck-timing.ts
function healthcheck(submission) {
	const final = finalStage(submission.model);
	const instruction = final ? healthcheckOf(final) : null;
	if (!instruction || isHealthcheckNone(instruction)) return fail("The final image has no HEALTHCHECK.", "A imagem final não tem HEALTHCHECK.");
	return instruction;
}
/** Seconds for a duration flag: Docker's default when absent or 0, null when invalid. */
function seconds(instruction, flag) {
	const value = flagValue(instruction, flag);
	if (value === null) return DEFAULT_SECONDS[flag] ?? 0;
	const parsed = parseGoDurationSeconds(value);
	if (parsed === null || parsed < 0 || parsed > 0 && parsed < .001) return null;
	return parsed === 0 ? DEFAULT_SECONDS[flag] ?? 0 : parsed;
}
/** A flag written as 0 (`--timeout=0s`, `--retries=0`): Docker treats it as left out and uses its default. */
function zero(instruction, flag) {
	const value = flagValue(instruction, flag);
	if (value === null) return false;
	return flag === "retries" ? /^\+?0+$/.test(value) : parseGoDurationSeconds(value) === 0;
}
function defaultOf(flag) {
	return flag === "retries" ? String(DEFAULT_RETRIES) : `${DEFAULT_SECONDS[flag]}s`;
}
function withHealthcheck(submission, check) {
	const found = healthcheck(submission);
	return "keyword" in found ? check(found) : found;
}
var STARTUP_SECONDS$1, DEFAULT_SECONDS, DEFAULT_RETRIES, OPTIONS, graders$10;
var init_healthcheck_timing = __esmMin((() => {
	init_go_duration();
	init_query();
	init_check();
	STARTUP_SECONDS$1 = 20;
	DEFAULT_SECONDS = {
		interval: 30,
		timeout: 30,
		"start-period": 0,
		"start-interval": 5
	};
	DEFAULT_RETRIES = 3;
	OPTIONS = [
		"interval",
		"timeout",
		"start-period",
		"retries"
	];
	graders$10 = {
		language: "dockerfile",
		requirements: {
			"options-set": (submission) => withHealthcheck(submission, (instruction) => {
				const missing = OPTIONS.filter((flag) => flagValue(instruction, flag) === null);
				if (missing.length > 0) return fail(`Set ${missing.map((flag) => `--${flag}`).join(", ")} explicitly: the defaults (30s, 30s, 0s, 3) do not fit this app.`, `Defina ${missing.map((flag) => `--${flag}`).join(", ")} explicitamente: os padrões (30s, 30s, 0s, 3) não servem para esta aplicação.`);
				const zeros = OPTIONS.filter((flag) => zero(instruction, flag));
				if (zeros.length > 0) return fail(`${zeros.map((flag) => `--${flag}=${flagValue(instruction, flag)}`).join(", ")} does not set anything: Docker replaces 0 with its default (${zeros.map(defaultOf).join(", ")}). Write the value you mean.`, `${zeros.map((flag) => `--${flag}=${flagValue(instruction, flag)}`).join(", ")} não define nada: o Docker troca o 0 pelo padrão (${zeros.map(defaultOf).join(", ")}). Escreva o valor que você quer.`);
				return pass("interval, timeout, start period and retries are all set.", "interval, timeout, start period e retries estão todos definidos.");
			}),
			"durations-valid": (submission) => withHealthcheck(submission, (instruction) => {
				for (const flag of [
					"interval",
					"timeout",
					"start-period",
					"start-interval"
				]) {
					const value = flagValue(instruction, flag);
					if (value !== null && seconds(instruction, flag) === null) return fail(`--${flag}=${value} is not a duration Docker accepts: write it with a unit, e.g. 30s or 1m30s.`, `--${flag}=${value} não é uma duração que o Docker aceita: escreva com unidade, por exemplo 30s ou 1m30s.`);
				}
				const retries = flagValue(instruction, "retries");
				if (retries !== null && !/^\d+$/.test(retries)) return fail(`--retries=${retries} must be a whole number.`, `--retries=${retries} precisa ser um número inteiro.`);
				return pass("Every duration has a unit and Docker accepts it.", "Toda duração tem unidade e o Docker aceita.");
			}),
			"start-period-covers-startup": (submission) => withHealthcheck(submission, (instruction) => {
				const startPeriod = seconds(instruction, "start-period");
				if (startPeriod === null) return fail("--start-period is not a valid duration.", "--start-period não é uma duração válida.");
				if (startPeriod < STARTUP_SECONDS$1) return fail(`A start period of ${startPeriod}s is shorter than the ${STARTUP_SECONDS$1}s the app needs to start: failed checks during start-up count, and the container turns unhealthy before it is ready.`, `Um start period de ${startPeriod}s é menor que os ${STARTUP_SECONDS$1}s que a aplicação leva para subir: as falhas durante a subida contam, e o contêiner fica unhealthy antes de ficar pronto.`);
				return pass(`The ${startPeriod}s start period covers the ${STARTUP_SECONDS$1}s start-up.`, `O start period de ${startPeriod}s cobre os ${STARTUP_SECONDS$1}s de subida.`);
			}),
			"timeout-below-interval": (submission) => withHealthcheck(submission, (instruction) => {
				const interval = seconds(instruction, "interval");
				const timeout = seconds(instruction, "timeout");
				if (interval === null || timeout === null) return fail("--interval and --timeout must be valid durations.", "--interval e --timeout precisam ser durações válidas.");
				if (timeout >= interval) return fail(`The timeout (${timeout}s) is not shorter than the interval (${interval}s): a slow check would still be running when the next one is due.`, `O timeout (${timeout}s) não é menor que o interval (${interval}s): um check lento ainda estaria rodando na hora do próximo.`);
				return pass(`The ${timeout}s timeout is shorter than the ${interval}s interval.`, `O timeout de ${timeout}s é menor que o interval de ${interval}s.`);
			}),
			"retries-at-least-one": (submission) => withHealthcheck(submission, (instruction) => {
				const retries = flagValue(instruction, "retries");
				if (retries !== null && zero(instruction, "retries")) return fail(`--retries=${retries} is replaced by Docker's default of ${DEFAULT_RETRIES}: say what you mean, at least 1.`, `--retries=${retries} é trocado pelo padrão do Docker, ${DEFAULT_RETRIES}: diga o que você quer, pelo menos 1.`);
				if (retries !== null && (!/^\d+$/.test(retries) || Number(retries) < 1)) return fail(`--retries=${retries}: use at least 1, so one slow answer does not mark the container unhealthy.`, `--retries=${retries}: use pelo menos 1, para uma resposta lenta não marcar o contêiner como unhealthy.`);
				return pass("retries is at least 1.", "retries é pelo menos 1.");
			}),
			"check-runs": (submission) => withHealthcheck(submission, (instruction) => {
				const program = instruction.json?.[0] ?? "";
				if (/\s/.test(program.trim())) return fail(`The exec form runs a program named "${program}", spaces included, which does not exist: give each word its own string, e.g. ["python", "-c", "…"].`, `A forma exec roda um programa chamado "${program}", com espaços e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["python", "-c", "…"].`);
				const inCheck = (finding) => finding.rule === "healthcheck-tool-missing" && finding.line >= instruction.range.line && finding.line <= instruction.range.endLine;
				const missing = submission.findings().find(inCheck);
				if (missing) return fail(`The check command cannot run: ${missing.message}`, `O comando do check não consegue rodar: ${submission.findings("pt-BR").find(inCheck)?.message ?? missing.message}`);
				return pass("The check command exists in the image.", "O comando do check existe na imagem.");
			})
		}
	};
}));
// src/features/exercises/graders/java-multistage.ts
function reference(stage) {
	const image = rootStage(stage).baseImage;
	return `${image.registry ? `${image.registry}/` : ""}${image.repository}${image.tag ? `:${image.tag}` : ""}`;
}
/** Distroless Java images (`gcr.io/distroless/java21-debian13`), whose entrypoint is `java -jar`. */
function distrolessJava(stage) {
	const root = rootStage(stage);
	return root.distroless && /(?:^|\/)java/.test(root.baseImage.repository);
}
/** Build tools a stage chain runs in its own RUN instructions (`./mvnw` counts as mvnw). */
function buildToolsRun(stage) {
	return surelyRun(callsOfRuns(inheritedInstructions(stage).filter((instruction) => instruction.keyword === "RUN"))).map((call) => baseName$3(call.name)).filter((name) => BUILD_TOOLS.has(name));
}
function last$1(stage, keyword) {
	return inheritedInstructions(stage).filter((instruction) => instruction.keyword === keyword).pop() ?? null;
}
/** The exec-form words after an init such as tini and its options. */
function withoutInit(words) {
	if (!INITS$1.has(baseName$3(words[0] ?? ""))) return words;
	let k = 1;
	while (k < words.length && words[k].startsWith("-")) k++;
	return words.slice(k);
}
/** JVM options given to the running image: on the exec-form java command line and in the variables java reads. */
function jvmOptions(stage) {
	const options = [];
	const javaOpts = [];
	for (const instruction of inheritedInstructions(stage)) {
		if (instruction.keyword !== "ENV") continue;
		for (const pair of instruction.pairs) {
			const words = expand(pair.value, instruction).split(/\s+/).filter(Boolean);
			if (OPTION_VARIABLES.includes(pair.key)) options.push(...words);
			else if (pair.key === "JAVA_OPTS") javaOpts.push(...words);
		}
	}
	const start = last$1(stage, "ENTRYPOINT") ?? last$1(stage, "CMD");
	const written = start?.json ?? start?.shell?.commands.find((command) => command.name === "java")?.words.map((word) => word.value) ?? null;
	if (start && written) {
		const words = withoutInit(written.map((word) => expand(word, start)));
		if (baseName$3(words[0] ?? "") === "java") {
			const rest = words.slice(1);
			const end = rest.findIndex((word) => word === "-jar" || word === "-cp" || word === "-classpath" || !word.startsWith("-"));
			options.push(...end === -1 ? rest : rest.slice(0, end));
		}
	}
	return {
		options,
		javaOpts
	};
}
/** Names of the accounts RUN instructions of a stage chain create with useradd / adduser. */
function createdUsers(stage) {
	const users = /* @__PURE__ */ new Set();
	for (const call of surelyRun(callsOfRuns(inheritedInstructions(stage).filter((instruction) => instruction.keyword === "RUN")))) {
		if (call.name !== "useradd" && call.name !== "adduser") continue;
		const names = positionals(argValues(call), [
			"-u",
			"--uid",
			"-g",
			"--gid",
			"-G",
			"--groups",
			"-d",
			"--home",
			"--home-dir",
			"-s",
			"--shell",
			"-c",
			"--comment",
			"-h",
			"--gecos",
			"--ingroup",
			"-k",
			"-K"
		]);
		if (names.length === 1) users.add(names[0]);
	}
	return users;
}
var BUILD_TOOLS, BUILD_TOOL_IMAGES, OPTION_VARIABLES, INITS$1, BUILT_IN_USERS, graders$9;
var init_java_multistage = __esmMin((() => {
	init_query();
	init_check();
	BUILD_TOOLS = /* @__PURE__ */ new Set([
		"mvn",
		"mvnw",
		"gradle",
		"gradlew",
		"javac"
	]);
	BUILD_TOOL_IMAGES = /* @__PURE__ */ new Set(["maven", "gradle"]);
	OPTION_VARIABLES = ["JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"];
	INITS$1 = /* @__PURE__ */ new Set(["tini", "dumb-init"]);
	BUILT_IN_USERS = /* @__PURE__ */ new Set(["nobody"]);
	graders$9 = {
		language: "dockerfile",
		requirements: {
			"build-stage": onFinalStage((final, submission) => {
				if (submission.model.stages.length < 2) return fail("There is only one stage: the JDK and Maven that build the jar ship with it.", "Só há um estágio: o JDK e o Maven que compilam o jar vão junto com ele.");
				const own = new Set(stageChain(final));
				const tools = buildToolsRun(final);
				if (tools.length > 0) return fail(`The final image still runs ${tools[0]}${own.size > 1 ? " (it is built FROM the build stage, so it inherits it)" : ""}: build in an earlier stage and start the final one FROM a runtime image.`, `A imagem final ainda roda ${tools[0]}${own.size > 1 ? " (ela parte do estágio de build, então herda isso)" : ""}: compile num estágio anterior e comece o final com FROM numa imagem de runtime.`);
				const copies = copiedPaths(final).filter((copy) => copy.fromStage !== null && !own.has(copy.fromStage));
				if (copies.length === 0) return fail("The final stage copies nothing from a build stage (COPY --from=build …).", "O estágio final não copia nada de um estágio de build (COPY --from=build …).");
				if (!copies.some((copy) => buildToolsRun(copy.fromStage).length > 0)) return fail("The stage the final image copies from never runs Maven or Gradle, so there is no jar to copy.", "O estágio de onde a imagem final copia nunca roda o Maven nem o Gradle, então não há jar para copiar.");
				return pass("A JDK stage builds the jar and the final stage copies it with COPY --from.", "Um estágio com JDK compila o jar e o estágio final copia o jar com COPY --from.");
			}),
			"runtime-image": onFinalStage((final) => {
				const root = rootStage(final);
				const name = reference(final);
				if (root.scratch) return fail("The final stage is FROM scratch: there is no Java runtime to run the jar.", "O estágio final é FROM scratch: não há runtime Java para rodar o jar.");
				if (distrolessJava(final)) return pass(`${name} is a distroless Java runtime.`, `${name} é um runtime Java distroless.`);
				if (BUILD_TOOL_IMAGES.has(root.baseImage.repository)) return fail(`The final image is built on ${name}, a build-tool image: Maven or Gradle and a whole JDK ship to production.`, `A imagem final usa ${name}, uma imagem de ferramenta de build: o Maven ou o Gradle e um JDK inteiro vão para produção.`);
				if (/jre/i.test(name)) return pass(`${name} is a Java runtime (JRE) image.`, `${name} é uma imagem de runtime Java (JRE).`);
				return fail(`${name} is not a Java runtime image: ${/jdk|temurin|openjdk|corretto|semeru/i.test(name) ? "it is a JDK, so javac, jshell and the rest of the toolchain ship for nothing" : "pick a JRE tag (eclipse-temurin:21-jre) or a distroless Java image"}.`, `${name} não é uma imagem de runtime Java: ${/jdk|temurin|openjdk|corretto|semeru/i.test(name) ? "é um JDK, então o javac, o jshell e o resto das ferramentas vão junto à toa" : "escolha uma tag JRE (eclipse-temurin:21-jre) ou uma imagem distroless Java"}.`);
			}),
			"non-root": onFinalStage((final) => {
				const user = lastUser(final);
				if (!user) {
					if (baseRunsAsNonRoot(final)) return pass(`${reference(final)} already runs as a non-root user.`, `${reference(final)} já roda com um usuário que não é root.`);
					return fail("The image never sets USER, so the JVM runs as root (uid 0, the same uid 0 as on the host).", "A imagem nunca define USER, então a JVM roda como root (uid 0, o mesmo uid 0 do host).");
				}
				if (isRootUser(user.user)) return fail(`"USER ${user.user}" is root.`, `"USER ${user.user}" é root.`);
				const name = user.user.split(":")[0].trim();
				if (!(/^\d+$/.test(name) || BUILT_IN_USERS.has(name) || rootStage(final).distroless && name === "nonroot" || createdUsers(final).has(name))) return fail(`The user "${name}" does not exist in the final image (create it with useradd before USER, or use a numeric uid): the container would fail to start with "unable to find user ${name}".`, `O usuário "${name}" não existe na imagem final (crie com useradd antes do USER, ou use um uid numérico): o container não subiria, com "unable to find user ${name}".`);
				return pass(`The JVM runs as ${user.user}, not root.`, `A JVM roda como ${user.user}, e não como root.`);
			}),
			"heap-percentage": onFinalStage((final) => {
				const { options, javaOpts } = jvmOptions(final);
				const fixed = options.find((option) => /^-Xmx\d/.test(option) || /^-XX:MaxHeapSize=/.test(option));
				if (fixed) return fail(`${fixed} fixes the heap whatever the container limit is: a limit below it gets the process OOM-killed. Use -XX:MaxRAMPercentage instead.`, `${fixed} fixa o heap seja qual for o limite do container: um limite abaixo disso faz o processo ser morto pelo OOM killer. Use -XX:MaxRAMPercentage no lugar.`);
				if (options.includes("-XX:-UseContainerSupport")) return fail("-XX:-UseContainerSupport turns off container detection: the JVM would size itself from the host's memory.", "-XX:-UseContainerSupport desliga a detecção de container: a JVM se dimensionaria pela memória do host.");
				const setting = options.map((option) => /^-XX:MaxRAMPercentage=(\d+(?:\.\d+)?)$/.exec(option)).filter((match) => match !== null).pop();
				if (!setting) {
					if (javaOpts.some((option) => option.startsWith("-XX:MaxRAMPercentage"))) return fail("JAVA_OPTS is read by start scripts, not by java: nothing passes it to the JVM here. Use JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS, or put the flag on the java command line.", "O JAVA_OPTS é lido por scripts de inicialização, não pelo java: nada passa esse valor para a JVM aqui. Use JAVA_TOOL_OPTIONS ou JDK_JAVA_OPTIONS, ou coloque a flag na linha de comando do java.");
					return fail("The heap keeps the default, 25% of the container limit: set -XX:MaxRAMPercentage (75 is a common start).", "O heap fica no padrão, 25% do limite do container: defina -XX:MaxRAMPercentage (75 é um começo comum).");
				}
				const percentage = Number(setting[1]);
				if (percentage <= 25) return fail(`MaxRAMPercentage=${setting[1]} is no more than the default 25: most of the limit stays unused.`, `MaxRAMPercentage=${setting[1]} não passa do padrão 25: a maior parte do limite fica sem uso.`);
				if (percentage > 90) return fail(`MaxRAMPercentage=${setting[1]} leaves almost nothing for metaspace, thread stacks and buffers: the kernel OOM-kills the process before the heap fills.`, `MaxRAMPercentage=${setting[1]} deixa quase nada para metaspace, pilhas de threads e buffers: o kernel mata o processo antes de o heap encher.`);
				return pass(`The heap is ${setting[1]}% of the container's memory limit.`, `O heap é ${setting[1]}% do limite de memória do container.`);
			}),
			"exec-start": onFinalStage((final) => {
				const entrypoint = last$1(final, "ENTRYPOINT");
				const cmd = last$1(final, "CMD");
				const start = entrypoint ?? cmd;
				if (!start) {
					if (distrolessJava(final)) return fail("The distroless image runs java -jar, but no CMD names the jar.", "A imagem distroless roda java -jar, mas nenhum CMD aponta o jar.");
					return fail("Nothing starts the JVM: there is no ENTRYPOINT or CMD.", "Nada inicia a JVM: não há ENTRYPOINT nem CMD.");
				}
				if (!start.json) return fail(`"${start.text}" is in shell form: /bin/sh is PID 1 and does not pass SIGTERM on, so the JVM never runs its shutdown hooks and is SIGKILLed at the end of the grace period.`, `"${start.text}" está na forma shell: o /bin/sh é o PID 1 e não repassa o SIGTERM, então a JVM nunca roda os shutdown hooks e leva SIGKILL no fim do período de tolerância.`);
				const words = withoutInit(start.json.map((word) => expand(word, start)));
				if (!entrypoint && distrolessJava(final)) {
					if (/\.jar$/.test(words[0] ?? "")) return pass("The distroless image's java -jar entrypoint runs the jar as PID 1.", "O entrypoint java -jar da imagem distroless roda o jar como PID 1.");
					return fail(`On a distroless Java image CMD is appended to java -jar, so it must start with the jar, not "${words[0] ?? ""}".`, `Numa imagem distroless Java o CMD é somado ao java -jar, então ele precisa começar pelo jar, e não por "${words[0] ?? ""}".`);
				}
				if (baseName$3(words[0] ?? "") !== "java") return fail(`The exec-form ${start.keyword} runs "${words[0] ?? ""}", not java${["sh", "bash"].includes(baseName$3(words[0] ?? "")) ? ": a shell in a JSON array is still a shell in front of the JVM" : ""}.`, `O ${start.keyword} na forma exec roda "${words[0] ?? ""}", e não o java${["sh", "bash"].includes(baseName$3(words[0] ?? "")) ? ": um shell num array JSON continua sendo um shell na frente da JVM" : ""}.`);
				return pass(`The exec-form ${start.keyword} makes the JVM PID 1, so it gets SIGTERM.`, `O ${start.keyword} na forma exec faz da JVM o PID 1, então ela recebe o SIGTERM.`);
			})
		}
	};
}));
// src/features/sims/health/model/probes.ts
var KUBERNETES_PROBE_DEFAULTS;
var init_probes = __esmMin((() => {
	KUBERNETES_PROBE_DEFAULTS = {
		initialDelaySeconds: 0,
		periodSeconds: 10,
		timeoutSeconds: 1,
		failureThreshold: 3,
		successThreshold: 1
	};
}));
// src/features/exercises/graders/kubernetes-probes.ts
function isRecord(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function podSpecs(document) {
	if (!isRecord(document)) return [];
	if (document.kind === "List" && Array.isArray(document.items)) return document.items.flatMap(podSpecs);
	const spec = document.spec;
	if (!isRecord(spec)) return [];
	if (document.kind === "Pod") return [spec];
	if (typeof document.kind === "string" && WORKLOADS.has(document.kind) && isRecord(spec.template) && isRecord(spec.template.spec)) return [spec.template.spec];
	if (document.kind === "CronJob" && isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec) && isRecord(spec.jobTemplate.spec.template) && isRecord(spec.jobTemplate.spec.template.spec)) return [spec.jobTemplate.spec.template.spec];
	return [];
}
/** The app's container: the one named catalog (or running the catalog image), else the first, of the first Pod or workload in the file. */
function container(submission) {
	if (submission.error) return {
		passed: false,
		message: submission.error
	};
	for (const spec of submission.documents.flatMap(podSpecs)) {
		const containers = Array.isArray(spec.containers) ? spec.containers.filter(isRecord) : [];
		const app = containers.find((candidate) => candidate.name === "catalog") ?? containers.find((candidate) => /(?:^|\/)catalog(?::|@|$)/.test(String(candidate.image ?? ""))) ?? containers[0];
		if (!app) continue;
		const probe = (key) => isRecord(app[key]) ? app[key] : void 0;
		const ports = new Map((Array.isArray(app.ports) ? app.ports : []).filter(isRecord).filter((port) => typeof port.name === "string").map((port) => [port.name, port.containerPort]));
		return {
			name: String(app.name ?? ""),
			probes: {
				startup: probe("startupProbe"),
				liveness: probe("livenessProbe"),
				readiness: probe("readinessProbe")
			},
			ports
		};
	}
	return fail("No Pod, Deployment, StatefulSet or DaemonSet with a container was found.", "Não encontrei Pod, Deployment, StatefulSet ou DaemonSet com um contêiner.");
}
function withContainer(submission, check) {
	const found = container(submission);
	return "passed" in found ? found : check(found);
}
/** Probe timings with Kubernetes' defaults for the fields left out or set to 0 (the API server fills those in). */
function timings(probe) {
	const value = (key) => typeof probe[key] === "number" && probe[key] !== 0 ? probe[key] : KUBERNETES_PROBE_DEFAULTS[key];
	return {
		initialDelaySeconds: value("initialDelaySeconds"),
		periodSeconds: value("periodSeconds"),
		timeoutSeconds: value("timeoutSeconds"),
		failureThreshold: value("failureThreshold"),
		successThreshold: value("successThreshold")
	};
}
function handlerOf(probe) {
	const present = HANDLERS.filter((name) => probe[name] !== void 0);
	return present.length === 1 ? present[0] : null;
}
/** What a probe asks, for messages and comparisons: `GET :8080/health`, `tcp :5432`, `exec …`. */
function target(probe) {
	const handler = handlerOf(probe);
	const body = handler ? probe[handler] : null;
	if (!isRecord(body)) return "?";
	if (handler === "httpGet") return `GET :${String(body.port)}${String(body.path ?? "/")}`;
	if (handler === "tcpSocket") return `tcp :${String(body.port)}`;
	if (handler === "grpc") return `grpc :${String(body.port)}${body.service ? ` ${String(body.service)}` : ""}`;
	return `exec ${Array.isArray(body.command) ? body.command.join(" ") : "?"}`;
}
function validPort(port, names) {
	if (typeof port === "number") return Number.isInteger(port) && port >= 1 && port <= 65535;
	if (typeof port === "string") return /^\d+$/.test(port) ? Number(port) >= 1 && Number(port) <= 65535 : names.includes(port);
	return false;
}
/** The port number a probe's port stands for: a number, a numeric string, or the name of a container port. */
function portNumber(port, ports) {
	if (typeof port === "number") return port;
	if (typeof port === "string" && /^\d+$/.test(port)) return Number(port);
	const named = typeof port === "string" ? ports.get(port) : void 0;
	return typeof named === "number" ? named : typeof named === "string" && /^\d+$/.test(named) ? Number(named) : null;
}
/** The path an httpGet asks for, without the query string. */
function pathOf(probe) {
	const body = probe.httpGet;
	return isRecord(body) && typeof body.path === "string" ? body.path.split("?")[0] : null;
}
/** Why a probe is invalid, or null. */
function probeProblem(kind, probe, ports) {
	const portNames = [...ports.keys()];
	const present = HANDLERS.filter((name) => probe[name] !== void 0);
	if (present.length !== 1) return present.length === 0 ? {
		en: `${kind} has no handler: give it httpGet, tcpSocket, exec or grpc.`,
		"pt-BR": `${kind} não tem handler: use httpGet, tcpSocket, exec ou grpc.`
	} : {
		en: `${kind} has ${present.join(" and ")}: a probe takes exactly one handler.`,
		"pt-BR": `${kind} tem ${present.join(" e ")}: uma probe aceita exatamente um handler.`
	};
	const body = probe[present[0]];
	if (!isRecord(body)) return {
		en: `${kind}.${present[0]} must be a mapping.`,
		"pt-BR": `${kind}.${present[0]} precisa ser um mapeamento.`
	};
	if (present[0] === "exec") {
		if (!Array.isArray(body.command) || body.command.length === 0 || !body.command.every((word) => typeof word === "string")) return {
			en: `${kind}.exec.command must be a non-empty list of strings.`,
			"pt-BR": `${kind}.exec.command precisa ser uma lista de strings não vazia.`
		};
	} else {
		const port = body.port;
		const numericOnly = present[0] === "grpc";
		if (!validPort(port, numericOnly ? [] : portNames)) return {
			en: `${kind}.${present[0]}.port (${String(port)}) must be a port number${numericOnly ? "" : " or the name of one of the container's ports"}.`,
			"pt-BR": `${kind}.${present[0]}.port (${String(port)}) precisa ser um número de porta${numericOnly ? "" : " ou o nome de uma das portas do contêiner"}.`
		};
		if (present[0] === "httpGet" && body.path !== void 0 && (typeof body.path !== "string" || !body.path.startsWith("/"))) return {
			en: `${kind}.httpGet.path must start with "/".`,
			"pt-BR": `${kind}.httpGet.path precisa começar com "/".`
		};
		if (present[0] !== "grpc" && portNumber(port, ports) !== APP_PORT) return {
			en: `${kind}.${present[0]}.port is ${String(port)}, but the app listens on ${APP_PORT}: the probe would fail every time.`,
			"pt-BR": `${kind}.${present[0]}.port é ${String(port)}, mas a aplicação escuta na ${APP_PORT}: a probe falharia sempre.`
		};
		const path = pathOf(probe);
		if (present[0] === "httpGet" && (path === null || !ENDPOINTS.includes(path))) return {
			en: `${kind}.httpGet asks for ${path ?? "/ (no path given)"}, which the app does not answer: use ${ENDPOINTS.join(" or ")}.`,
			"pt-BR": `${kind}.httpGet pede ${path ?? "/ (sem path)"}, que a aplicação não responde: use ${ENDPOINTS.join(" ou ")}.`
		};
		if (present[0] === "httpGet" && body.scheme !== void 0 && body.scheme !== "HTTP") return {
			en: `${kind}.httpGet.scheme is ${String(body.scheme)}, but the app answers plain HTTP on ${APP_PORT}: leave scheme out (HTTP is the default).`,
			"pt-BR": `${kind}.httpGet.scheme é ${String(body.scheme)}, mas a aplicação responde HTTP simples na ${APP_PORT}: tire o scheme (HTTP é o padrão).`
		};
	}
	for (const key of [
		"initialDelaySeconds",
		"periodSeconds",
		"timeoutSeconds",
		"failureThreshold",
		"successThreshold"
	]) {
		const value = probe[key];
		if (value === void 0) continue;
		if (typeof value !== "number" || !Number.isInteger(value) || value < 0) return {
			en: `${kind}.${key} must be a whole number of at least 0 (got ${JSON.stringify(value)}).`,
			"pt-BR": `${kind}.${key} precisa ser um número inteiro maior ou igual a 0 (veio ${JSON.stringify(value)}).`
		};
	}
	if (kind !== "readinessProbe" && probe.successThreshold !== void 0 && probe.successThreshold !== 1 && probe.successThreshold !== 0) return {
		en: `${kind}.successThreshold must be 1.`,
		"pt-BR": `${kind}.successThreshold precisa ser 1.`
	};
	return null;
}
var STARTUP_SECONDS, MAX_LIVENESS_DELAY, WORKLOADS, HANDLERS, APP_PORT, ENDPOINTS, KINDS, graders$8;
var init_kubernetes_probes = __esmMin((() => {
	init_probes();
	init_check();
	STARTUP_SECONDS = 40;
	MAX_LIVENESS_DELAY = 10;
	WORKLOADS = /* @__PURE__ */ new Set([
		"Deployment",
		"StatefulSet",
		"DaemonSet",
		"ReplicaSet",
		"Job"
	]);
	HANDLERS = [
		"httpGet",
		"tcpSocket",
		"exec",
		"grpc"
	];
	APP_PORT = 8080;
	ENDPOINTS = ["/health", "/ready"];
	KINDS = [
		["startupProbe", "startup"],
		["livenessProbe", "liveness"],
		["readinessProbe", "readiness"]
	];
	graders$8 = {
		language: "yaml",
		requirements: {
			"valid-manifest": (submission) => withContainer(submission, (found) => pass(`Container "${found.name}" found.`, `Contêiner "${found.name}" encontrado.`)),
			"startup-probe-covers-start": (submission) => withContainer(submission, ({ probes }) => {
				if (!probes.startup) return fail(`There is no startupProbe: nothing holds the liveness probe back during the ${STARTUP_SECONDS} s start-up, so the kubelet restarts the app before it is up.`, `Não há startupProbe: nada segura a liveness durante os ${STARTUP_SECONDS} s de subida, e o kubelet reinicia a aplicação antes de ela subir.`);
				const t = timings(probes.startup);
				const window = t.initialDelaySeconds + t.failureThreshold * t.periodSeconds;
				const zeros = ["periodSeconds", "failureThreshold"].filter((key) => probes.startup[key] === 0);
				if (window < STARTUP_SECONDS) return fail(`The startup probe gives up after ${window} s (initialDelaySeconds ${t.initialDelaySeconds} + failureThreshold ${t.failureThreshold} × periodSeconds ${t.periodSeconds}), before the ${STARTUP_SECONDS} s start-up ends.${zeros.length > 0 ? ` A ${zeros.join(" or ")} of 0 means the default, not "no limit".` : ""}`, `A startup probe desiste depois de ${window} s (initialDelaySeconds ${t.initialDelaySeconds} + failureThreshold ${t.failureThreshold} × periodSeconds ${t.periodSeconds}), antes de terminarem os ${STARTUP_SECONDS} s de subida.${zeros.length > 0 ? ` ${zeros.join(" ou ")} igual a 0 significa o padrão, não "sem limite".` : ""}`);
				return pass(`The startup probe waits up to ${window} s, enough for the ${STARTUP_SECONDS} s start-up.`, `A startup probe espera até ${window} s, o bastante para os ${STARTUP_SECONDS} s de subida.`);
			}),
			"liveness-after-startup": (submission) => withContainer(submission, ({ probes }) => {
				if (!probes.liveness) return fail("There is no livenessProbe: a hung app would never be restarted.", "Não há livenessProbe: uma aplicação travada nunca seria reiniciada.");
				if (pathOf(probes.liveness) === "/ready") return fail("The liveness probe asks /ready, which fails whenever a dependency such as the database is down: the kubelet would then restart every pod at once. Ask /health, which says whether the process works.", "A liveness pergunta o /ready, que falha sempre que uma dependência como o banco cai: o kubelet reiniciaria todos os pods de uma vez. Pergunte o /health, que diz se o processo funciona.");
				const t = timings(probes.liveness);
				if (probes.startup && t.initialDelaySeconds > MAX_LIVENESS_DELAY) return fail(`The liveness probe waits ${t.initialDelaySeconds} s after the startup probe succeeds: that only delays restarting a hung app. Drop initialDelaySeconds; the startup probe already covers the start.`, `A liveness espera ${t.initialDelaySeconds} s depois que a startup probe passa: isso só atrasa o restart de uma aplicação travada. Tire o initialDelaySeconds; a startup probe já cobre a subida.`);
				if (!probes.startup && t.initialDelaySeconds + t.failureThreshold * t.periodSeconds < STARTUP_SECONDS) return fail(`Without a startup probe, the liveness probe fails ${t.failureThreshold} times before the app is up (${t.initialDelaySeconds + t.failureThreshold * t.periodSeconds} s < ${STARTUP_SECONDS} s): a restart loop.`, `Sem startup probe, a liveness falha ${t.failureThreshold} vezes antes de a aplicação subir (${t.initialDelaySeconds + t.failureThreshold * t.periodSeconds} s < ${STARTUP_SECONDS} s): um loop de restarts.`);
				return pass("The liveness probe starts checking as soon as the app is up.", "A liveness começa a verificar assim que a aplicação sobe.");
			}),
			"readiness-probe": (submission) => withContainer(submission, ({ probes }) => {
				if (!probes.readiness) return fail("There is no readinessProbe: the Service sends traffic as soon as the container starts, and during any overload.", "Não há readinessProbe: o Service manda tráfego assim que o contêiner inicia e durante qualquer sobrecarga.");
				if (probes.liveness && handlerOf(probes.readiness) && target(probes.readiness) === target(probes.liveness)) return pass(`Readiness is checked (${target(probes.readiness)}). It asks the same as liveness: a separate /ready could also report dependencies without getting the pod restarted.`, `A prontidão é verificada (${target(probes.readiness)}). Ela pergunta o mesmo que a liveness: um /ready separado poderia também informar dependências sem fazer o pod reiniciar.`);
				return pass(`Readiness is checked separately (${target(probes.readiness)}).`, `A prontidão é verificada à parte (${target(probes.readiness)}).`);
			}),
			"timeouts-below-periods": (submission) => withContainer(submission, ({ probes }) => {
				for (const [key, kind] of KINDS) {
					const probe = probes[kind];
					if (!probe) continue;
					const t = timings(probe);
					if (t.timeoutSeconds >= t.periodSeconds) return fail(`${key}: timeoutSeconds (${t.timeoutSeconds}) is not shorter than periodSeconds (${t.periodSeconds}): a slow answer would still be pending when the next probe is due.`, `${key}: timeoutSeconds (${t.timeoutSeconds}) não é menor que periodSeconds (${t.periodSeconds}): uma resposta lenta ainda estaria pendente na hora da próxima probe.`);
				}
				return pass("Every probe times out before the next one is due.", "Toda probe expira antes da próxima.");
			}),
			"valid-handlers": (submission) => withContainer(submission, ({ probes, ports }) => {
				const present = KINDS.filter(([, kind]) => probes[kind]);
				if (present.length === 0) return fail("The container has no probes yet.", "O contêiner ainda não tem probes.");
				for (const [key, kind] of present) {
					const problem = probeProblem(key, probes[kind], ports);
					if (problem) return {
						passed: false,
						message: problem
					};
				}
				return pass("Every probe has one valid handler and valid numbers.", "Toda probe tem um handler válido e números válidos.");
			})
		}
	};
}));
// src/features/exercises/graders/lean-layers.ts
/** Where a file of the build context (`config/backup.conf`) lands with this COPY, or null when the COPY does not take it. */
function landing(copy, file) {
	if (copy.from !== null) return null;
	const source = copy.source.replace(/^\.\//, "").replace(/\/(?:\*|\.)?$/, "").replace(/\/+$/, "");
	if (source === "" || source === "." || source === "*") return resolvePath(copy.target, file);
	if (source === file) return copy.target;
	if (!file.startsWith(`${source}/`)) return null;
	const folder = copy.folder ? copy.target : copy.contentsTarget;
	return folder === null ? null : resolvePath(folder, file.slice(source.length + 1));
}
/** Whether the start command (ENTRYPOINT and CMD) runs one of these paths: as the program, or as a script given to a shell. */
function startRuns(stage, scripts) {
	const instructions = inheritedInstructions(stage);
	const last = (keyword) => instructions.filter((instruction) => instruction.keyword === keyword && instruction.argsText !== "").pop() ?? null;
	const entrypoint = last("ENTRYPOINT");
	const parts = [entrypoint, entrypoint && entrypoint.json === null ? null : last("CMD")].filter((instruction) => instruction !== null);
	const words = parts.flatMap((instruction) => (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction)));
	const spaced = parts.find((instruction) => instruction.json !== null)?.json?.[0] ?? "";
	if (/\s/.test(spaced.trim())) return {
		runs: false,
		spaced,
		words
	};
	const workdir = parts.length > 0 ? workdirAt(stage, parts[0]) : "/";
	return {
		runs: words.some((word, index) => word.includes("/") ? scripts.includes(resolvePath(workdir, word)) : index === 0 && PATH.some((folder) => scripts.includes(`${folder}/${word}`))),
		spaced: null,
		words
	};
}
/** `APT::Install-Recommends "false";` written into apt's configuration by an earlier RUN. */
function recommendsOffInConfig(instructions, before) {
	return instructions.some((instruction) => instruction.keyword === "RUN" && instruction.index < before.index && /Install-Recommends\W+(?:false|0)\b/i.test(instruction.text) && instruction.text.includes("apt.conf"));
}
/** ADD is the right tool for these: it downloads URLs and unpacks local archives. */
function addIsJustified(source) {
	return /^(?:https?:\/\/|git@)/.test(source) || /\.(?:tar|tgz|tar\.(?:gz|bz2|xz|zst))$/.test(source);
}
var PACKAGES, packageNames$1, answersYes, CONFIG, PATH, graders$7;
var init_lean_layers = __esmMin((() => {
	init_query();
	init_check();
	PACKAGES = ["curl", "ca-certificates"];
	packageNames$1 = (call) => packagesOf(call).map((word) => packageName(word.value));
	answersYes = (call) => aptAssumesYes(call) || pipedFromYes(call);
	CONFIG = "/etc/backup/backup.conf";
	PATH = [
		"/usr/local/sbin",
		"/usr/local/bin",
		"/usr/sbin",
		"/usr/bin",
		"/sbin",
		"/bin"
	];
	graders$7 = {
		language: "dockerfile",
		requirements: {
			"copy-not-add"(submission) {
				for (const instruction of submission.model.instructions) {
					if (instruction.keyword !== "ADD") continue;
					if ((instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction)).slice(0, -1).find((source) => !addIsJustified(source))) return fail(`"${instruction.text.trim()}" copies a local file with ADD, which would also unpack archives and fetch URLs: COPY says exactly what happens.`, `"${instruction.text.trim()}" copia um arquivo local com ADD, que também descompactaria arquivos e baixaria URLs: o COPY diz exatamente o que acontece.`);
				}
				return pass("Local files are copied with COPY.", "Os arquivos locais são copiados com COPY.");
			},
			"update-with-install"(submission) {
				for (const instruction of submission.model.instructions) {
					if (instruction.keyword !== "RUN") continue;
					const calls = callsOf(instruction);
					const update = calls.findIndex((call) => managerOf(call) === "apt" && actionOf(call) === "update");
					const install = calls.findIndex(isAptInstall);
					if (update !== -1 && install === -1) return fail(`"${instruction.text.trim()}" runs apt-get update in a layer of its own: the cached layer keeps old lists, and a later install fails with 404s. Update and install in the same RUN.`, `"${instruction.text.trim()}" roda o apt-get update numa camada só dele: a camada em cache guarda listas velhas, e um install depois falha com 404. Faça update e install no mesmo RUN.`);
					if (install !== -1 && (update === -1 || update > install)) return fail("apt-get install runs without apt-get update before it in the same RUN.", "O apt-get install roda sem um apt-get update antes dele no mesmo RUN.");
				}
				return pass("apt-get update and install share one RUN.", "O apt-get update e o install ficam no mesmo RUN.");
			},
			"lists-cleaned"(submission) {
				const kept = aptListsKept(submission.model.instructions);
				if (!kept) return pass("The apt lists never reach a layer.", "As listas do apt nunca chegam a uma camada.");
				if (kept.removedBeforeInstall) return fail("The apt lists are removed before the install in the same RUN: apt-get install then finds no package lists and stops with \"Unable to locate package\". Remove them at the end, after the install.", "As listas do apt são apagadas antes do install no mesmo RUN: o apt-get install fica sem listas de pacotes e para com \"Unable to locate package\". Apague no fim, depois do install.");
				if (kept.removedInAnotherRun) return fail("The apt lists are removed in a RUN of their own: deleting files in a later layer does not make the earlier layer any smaller. Remove them in the install RUN.", "As listas do apt são apagadas num RUN separado: apagar arquivos numa camada seguinte não diminui a camada anterior. Apague no RUN do install.");
				return fail("The install RUN leaves /var/lib/apt/lists/ in its layer: end it with && rm -rf /var/lib/apt/lists/*.", "O RUN do install deixa /var/lib/apt/lists/ na camada: termine com && rm -rf /var/lib/apt/lists/*.");
			},
			"no-install-recommends"(submission) {
				for (const instruction of submission.model.instructions) {
					if (instruction.keyword !== "RUN") continue;
					if (recommendsOffInConfig(submission.model.instructions, instruction)) continue;
					const call = callsOf(instruction).find((candidate) => isAptInstall(candidate) && !argValues(candidate).includes("--no-install-recommends") && !argValues(candidate).some((arg) => /APT::Install-Recommends=(?:false|0)/i.test(arg)));
					if (call) return fail(`"${call.name} install ${packageNames$1(call).join(" ")}" also installs the recommended packages (dozens of MB the image never uses): add --no-install-recommends.`, `"${call.name} install ${packageNames$1(call).join(" ")}" instala também os pacotes recomendados (dezenas de MB que a imagem nunca usa): adicione --no-install-recommends.`);
				}
				return pass("Only the packages asked for are installed.", "Só os pacotes pedidos são instalados.");
			},
			"same-result": onFinalStage((final) => {
				const installs = surelyRun(inheritedInstructions(final).filter((instruction) => instruction.keyword === "RUN").flatMap(callsOf)).filter(isAptInstall);
				const installed = installs.filter(answersYes).flatMap(packageNames$1);
				const unanswered = installs.find((call) => !answersYes(call) && PACKAGES.some((name) => packageNames$1(call).includes(name)));
				if (unanswered && !PACKAGES.every((name) => installed.includes(name))) return fail(`"${unanswered.name} ${argValues(unanswered).join(" ")}" asks "Do you want to continue? [Y/n]" and no one answers in a build: it aborts and installs nothing. Add -y.`, `"${unanswered.name} ${argValues(unanswered).join(" ")}" pergunta "Do you want to continue? [Y/n]" e ninguém responde no build: ele aborta e não instala nada. Adicione -y.`);
				const missing = PACKAGES.filter((name) => !installed.includes(name));
				if (missing.length > 0) return fail(`The image no longer installs ${missing.join(" and ")}: backup.sh needs them.`, `A imagem não instala mais ${missing.join(" e ")}: o backup.sh precisa deles.`);
				const copies = copiedPaths(final);
				const scripts = copies.map((copy) => landing(copy, "backup.sh")).filter((path) => path !== null);
				if (scripts.length === 0) return fail("backup.sh is no longer copied into the image.", "O backup.sh não é mais copiado para a imagem.");
				if (!copies.some((copy) => landing(copy, "config/backup.conf") === CONFIG)) return fail("The config/ folder is no longer copied to /etc/backup/, where backup.sh reads it.", "A pasta config/ não é mais copiada para /etc/backup/, onde o backup.sh lê.");
				const start = startRuns(final, scripts);
				if (start.spaced !== null) return fail(`The exec form runs a program named "${start.spaced}", space included, which does not exist: give each word its own string.`, `A forma exec roda um programa chamado "${start.spaced}", com espaço e tudo, que não existe: dê a cada palavra a sua string.`);
				if (!start.runs) return fail(start.words.length === 0 ? "Keep the CMD that runs backup.sh." : `"${start.words.join(" ")}" does not run backup.sh (copied to ${scripts.join(", ")}).`, start.words.length === 0 ? "Mantenha o CMD que roda o backup.sh." : `"${start.words.join(" ")}" não roda o backup.sh (copiado para ${scripts.join(", ")}).`);
				return pass("Same packages, same files, same command.", "Mesmos pacotes, mesmos arquivos, mesmo comando.");
			})
		}
	};
}));
// src/features/exercises/graders/node-alpine-prod.ts
/** `npm ci`, `npm install`, `yarn install`, `pnpm install` (not `npm install <package>`). */
function isDependencyInstall(call) {
	const words = positionals(argValues(call), [
		"--omit",
		"--only",
		"--workspace",
		"-w"
	]);
	if (call.name === "npm") return [
		"ci",
		"install",
		"i"
	].includes(words[0] ?? "") && (words[0] === "ci" || words.length === 1);
	if (call.name === "yarn") return words.length === 0 || words[0] === "install" && words.length === 1;
	if (call.name === "pnpm") return ["install", "i"].includes(words[0] ?? "") && words.length === 1;
	return false;
}
function omitsDev(call) {
	if (argValues(call).some((arg, i) => /^--(?:include=dev|production=false|dev)$/.test(arg) || arg === "--include" && argValues(call)[i + 1] === "dev")) return false;
	const omit = argValues(call).findIndex((arg) => arg === "--omit" || arg === "--only");
	if (omit !== -1 && /^(?:dev|prod|production)$/.test(argValues(call)[omit + 1] ?? "")) return true;
	if (argValues(call).some((arg) => /^--(?:omit=dev|only=prod(?:uction)?|production(?:=true)?|prod)$/.test(arg))) return true;
	if (call.name === "pnpm" && hasOption(argValues(call), {
		short: "P",
		long: ["prod"]
	})) return true;
	return variableFor(call, "NODE_ENV") === "production" || variableFor(call, "NPM_CONFIG_OMIT") === "dev" || variableFor(call, "npm_config_omit") === "dev";
}
/** `npm prune --omit=dev`, `npm prune --production`, `yarn install --production` after a full install. */
function prunesDev(call) {
	const words = positionals(argValues(call), ["--omit"]);
	return call.name === "npm" && words[0] === "prune" && omitsDev(call);
}
/** The stage whose node_modules end up in the final image: the final stage itself, or the one it copies them from. */
function dependencyStage(model, final) {
	const installsIn = (stage) => inheritedInstructions(stage).filter((instruction) => instruction.keyword === "RUN" && surelyRun(callsOf(instruction)).some(isDependencyInstall));
	const own = installsIn(final);
	if (own.length > 0) return {
		stage: final,
		installs: own
	};
	for (const copy of copiedPaths(final)) {
		if (copy.from === null) continue;
		const source = copy.fromStage;
		if (source && installsIn(source).length > 0 && (copy.source.includes("node_modules") || copy.folder || !copy.source.includes("."))) return {
			stage: source,
			installs: installsIn(source)
		};
	}
	return null;
}
function manifestName(source) {
	return source.slice(source.lastIndexOf("/") + 1);
}
/** The words Docker runs at start: ENTRYPOINT and CMD (exec form as written, shell form as its words). */
function startWords$1(stage) {
	const instructions = inheritedInstructions(stage);
	const last = (keyword) => instructions.filter((instruction) => instruction.keyword === keyword && instruction.argsText !== "").pop() ?? null;
	const entrypoint = last("ENTRYPOINT");
	const parts = [entrypoint, entrypoint && entrypoint.json === null ? null : last("CMD")].filter((instruction) => instruction !== null);
	if (parts.length === 0) return null;
	return {
		words: parts.flatMap((instruction) => (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction))),
		programs: parts.filter((instruction) => instruction.json !== null).map((instruction) => instruction.json[0] ?? "").slice(0, 1)
	};
}
/** `npm start`, `npm run start`, `yarn start`, `node server.js`, or `server.js` given to the node image's entrypoint. */
function startsServer(stage, words) {
	const names = words.map(baseName$3);
	const runner = names.findIndex((name) => [
		"npm",
		"yarn",
		"pnpm"
	].includes(name));
	if (runner !== -1) {
		const rest = positionals(words.slice(runner + 1));
		if (rest[0] === "start" || rest[0] === "run" && rest[1] === "start" || rest[0] === "run-script" && rest[1] === "start") return true;
	}
	const node = names.indexOf("node");
	if (node !== -1 && positionals(words.slice(node + 1)).some((word) => baseName$3(word) === "server.js")) return true;
	const root = rootStage(stage);
	return node === -1 && isOfficial(root.baseImage) && root.baseImage.repository === "node" && baseName$3(words[0] ?? "") === "server.js";
}
var MANIFESTS, graders$6;
var init_node_alpine_prod = __esmMin((() => {
	init_query();
	init_check();
	MANIFESTS = /^(?:package(?:\*|-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|\.npmrc|yarn\.lock|\.yarnrc(?:\.yml)?|pnpm-lock\.yaml|pnpm-workspace\.yaml)$/;
	graders$6 = {
		language: "dockerfile",
		requirements: {
			"alpine-base": onFinalStage((final) => {
				const image = rootStage(final).baseImage;
				const name = !rootStage(final).scratch && isOfficial(image) ? image.repository : null;
				if (name === "node" && /(?:^|-)alpine/.test(image.tag ?? "") || name === "alpine") return pass(`The final image starts from ${imageLabel(final)}.`, `A imagem final parte de ${imageLabel(final)}.`);
				return fail(`The final stage is based on ${imageLabel(final)}, a full Debian with compilers (over 1 GB): use an Alpine variant such as node:24-alpine.`, `O estágio final usa ${imageLabel(final)}, um Debian completo com compiladores (mais de 1 GB): use uma variante Alpine como node:24-alpine.`);
			}),
			"production-deps-only": onFinalStage((final, submission) => {
				const found = dependencyStage(submission.model, final);
				if (!found) return fail("The final image gets no node_modules: install the dependencies (npm ci) or copy them from a stage that does.", "A imagem final não recebe node_modules: instale as dependências (npm ci) ou copie de um estágio que instale.");
				const calls = surelyRun(inheritedInstructions(found.stage).filter((instruction) => instruction.keyword === "RUN").flatMap(callsOf));
				const installs = calls.filter(isDependencyInstall);
				const last = installs[installs.length - 1];
				const pruned = calls.slice(calls.indexOf(last) + 1).some(prunesDev);
				if (omitsDev(last) || pruned) return pass("Only production dependencies end up in the image.", "Só as dependências de produção vão para a imagem.");
				return fail(`"${last.name} ${argValues(last).join(" ")}" also installs the devDependencies (test runners, bundlers, type checkers): add --omit=dev, or prune them before the final image.`, `"${last.name} ${argValues(last).join(" ")}" instala também as devDependencies (test runners, bundlers, checagem de tipos): adicione --omit=dev ou remova-as antes da imagem final.`);
			}),
			"manifests-first"(submission) {
				const { model } = submission;
				const final = finalStage(model);
				if (!final) return fail("There is no FROM line.", "Não há nenhuma linha FROM.");
				const found = dependencyStage(model, final);
				if (!found) return fail("No stage installs the dependencies.", "Nenhum estágio instala as dependências.");
				const firstInstall = found.installs[0];
				const before = copiedPaths(found.stage).filter((copy) => copy.from === null && copy.instruction.index < firstInstall.index);
				const whole = before.find((copy) => copiesWholeContext$1(copy) || !MANIFESTS.test(manifestName(copy.source)));
				if (whole) return fail(`"${whole.instruction.text.trim()}" comes before the install, so any source change invalidates the cache and reinstalls every dependency: copy package*.json first.`, `"${whole.instruction.text.trim()}" vem antes do install, então qualquer mudança no código invalida o cache e reinstala todas as dependências: copie o package*.json antes.`);
				if (!before.some((copy) => /^package(?:\*|-lock)?\.json$/.test(manifestName(copy.source)))) return fail("Copy package.json and package-lock.json before installing: npm needs them.", "Copie o package.json e o package-lock.json antes de instalar: o npm precisa deles.");
				if (found.installs.flatMap(callsOf).find((call) => call.name === "npm" && positionals(argValues(call))[0] === "ci") && !before.some((copy) => /^(?:package\*\.json|package-lock\.json|npm-shrinkwrap\.json)$/.test(manifestName(copy.source)))) return fail("\"npm ci\" installs exactly what package-lock.json says, and no lockfile is copied before it: it stops with \"can only install with an existing package-lock.json\". Copy package-lock.json too (COPY package*.json ./).", "O \"npm ci\" instala exatamente o que o package-lock.json diz, e nenhum lockfile é copiado antes dele: ele para com \"can only install with an existing package-lock.json\". Copie o package-lock.json também (COPY package*.json ./).");
				return pass("The manifests are copied and installed before the sources: the dependency layer stays cached.", "Os manifestos são copiados e instalados antes do código: a camada de dependências continua em cache.");
			},
			"starts-app": onFinalStage((final) => {
				const start = startWords$1(final);
				if (!start) return fail("Keep the CMD that starts the app.", "Mantenha o CMD que inicia a aplicação.");
				const spaced = start.programs.find((program) => /\s/.test(program.trim()));
				if (spaced) return fail(`The exec form runs a program named "${spaced}", space included, which does not exist: give each word its own string, e.g. ["npm", "start"].`, `A forma exec roda um programa chamado "${spaced}", com espaço e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["npm", "start"].`);
				if (!startsServer(final, start.words)) return fail(`"${start.words.join(" ")}" does not start the app: its start script is "node server.js" (npm start).`, `"${start.words.join(" ")}" não inicia a aplicação: o script de início dela é "node server.js" (npm start).`);
				if (!copiedPaths(final).some((copy) => copiesWholeContext$1(copy) || copy.source.endsWith("server.js") || copy.from !== null && copy.folder || copy.from !== null && !copy.source.includes("node_modules"))) return fail("The final image has no application code: copy the sources (COPY . .) after installing.", "A imagem final não tem o código da aplicação: copie o código (COPY . .) depois de instalar.");
				return pass("The app code is in the image and CMD starts it.", "O código está na imagem e o CMD inicia a aplicação.");
			})
		}
	};
}));
// src/features/exercises/graders/oci-labels-entrypoint.ts
/** The labels a stage chain ends with (the last LABEL of a key wins), keyed by name. */
function labelsOf(stage) {
	const labels = /* @__PURE__ */ new Map();
	for (const instruction of inheritedInstructions(stage)) {
		if (instruction.keyword !== "LABEL") continue;
		for (const pair of instruction.pairs) labels.set(unquote(pair.key), {
			value: pair.value,
			instruction
		});
	}
	return labels;
}
/** The value a label gets, an ARG without a default counting as filled in by `--build-arg`. */
function resolved(label) {
	const { variables } = label.instruction;
	return expand(label.value, (name) => variables.has(name) && variables.get(name) === null ? `<${name}>` : variables.get(name)).trim();
}
/** Whether a variable the LABEL reads was last declared by an ARG of the stage chain, not by an ENV. */
function fromBuildArg(stage, label, name) {
	let declaredBy = null;
	for (const instruction of inheritedInstructions(stage)) {
		if (instruction === label.instruction) break;
		if ((instruction.keyword === "ARG" || instruction.keyword === "ENV") && instruction.pairs.some((pair) => pair.key === name)) declaredBy = instruction.keyword;
	}
	return declaredBy === "ARG";
}
function last(stage, keyword) {
	return inheritedInstructions(stage).filter((instruction) => instruction.keyword === keyword).pop() ?? null;
}
/** The word of an exec-form ENTRYPOINT that names the program, after an init such as tini and its `--`. */
function programOf(json) {
	let k = 0;
	if (INITS.has(baseName$3(json[0] ?? ""))) {
		k = 1;
		while (k < json.length && json[k].startsWith("-")) k++;
	}
	return json[k] ?? null;
}
var PROGRAM, PREFIX, KEYS, PER_BUILD, INITS, SPDX, unquote, REFERENCE, graders$5;
var init_oci_labels_entrypoint = __esmMin((() => {
	init_query();
	init_check();
	PROGRAM = "thumbnailer";
	PREFIX = "org.opencontainers.image.";
	KEYS = [
		"source",
		"version",
		"revision",
		"created",
		"licenses"
	];
	PER_BUILD = ["revision", "created"];
	INITS = /* @__PURE__ */ new Set(["tini", "dumb-init"]);
	SPDX = /^\(?[A-Za-z0-9.+-]+\)?(?: (?:AND|OR|WITH) \(?[A-Za-z0-9.+-]+\)?)*$/;
	unquote = (key) => key.replace(/^(["'])(.*)\1$/, "$2");
	REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
	graders$5 = {
		language: "dockerfile",
		requirements: {
			"oci-labels": onFinalStage((final, submission) => {
				const labels = labelsOf(final);
				const elsewhere = submission.model.stages.filter((stage) => stage !== final).some((stage) => [...labelsOf(stage).keys()].some((key) => key.startsWith(PREFIX)));
				const missing = KEYS.filter((key) => !labels.has(PREFIX + key));
				if (missing.length > 0) {
					const list = missing.map((key) => PREFIX + key).join(", ");
					const where = elsewhere && missing.length === KEYS.length;
					return fail(where ? `The OCI labels are in the build stage, whose image config is thrown away: move them to the final stage (missing there: ${list}).` : `The final image has no label ${list}.`, where ? `As labels OCI estão no estágio de build, cuja configuração de imagem é descartada: leve-as para o estágio final (faltam lá: ${list}).` : `A imagem final não tem o label ${list}.`);
				}
				for (const key of KEYS) {
					const label = labels.get(PREFIX + key);
					const value = resolved(label);
					if (value === "") return fail(`${PREFIX}${key} is empty: a variable it reads is not declared in the final stage before the LABEL (an ARG before the first FROM must be declared again, without a value, inside the stage).`, `${PREFIX}${key} está vazio: uma variável que ele lê não foi declarada no estágio final antes do LABEL (um ARG antes do primeiro FROM precisa ser declarado de novo, sem valor, dentro do estágio).`);
					if (key === "source" && !label.value.includes("$") && !/^(?:https?|git|ssh):\/\//.test(value)) return fail(`${PREFIX}source is "${value}": the spec wants a URL to get the source code from, such as https://github.com/example/thumbnailer.`, `${PREFIX}source é "${value}": a especificação pede uma URL de onde baixar o código, como https://github.com/example/thumbnailer.`);
					if (key === "licenses" && !label.value.includes("$") && !SPDX.test(value)) return fail(`${PREFIX}licenses is "${value}", which is not an SPDX license expression: write the SPDX id, Apache-2.0.`, `${PREFIX}licenses é "${value}", que não é uma expressão de licença SPDX: escreva o identificador SPDX, Apache-2.0.`);
				}
				return pass("The final image carries the five OCI labels.", "A imagem final carrega os cinco labels OCI.");
			}),
			"build-args": onFinalStage((final) => {
				const labels = labelsOf(final);
				for (const key of PER_BUILD) {
					const label = labels.get(PREFIX + key);
					if (!label) return fail(`The final image has no ${PREFIX}${key} label yet.`, `A imagem final ainda não tem o label ${PREFIX}${key}.`);
					const names = [...label.value.matchAll(REFERENCE)].map((match) => match[1]);
					if (names.length === 0) return fail(`${PREFIX}${key} is written in the Dockerfile ("${label.value}"), so every build claims the same ${key === "revision" ? "commit" : "date"}: read it from an ARG that CI fills with --build-arg.`, `${PREFIX}${key} está escrito no Dockerfile ("${label.value}"), então todo build declara ${key === "revision" ? "o mesmo commit" : "a mesma data"}: leia de um ARG que o CI preenche com --build-arg.`);
					const name = names.find((candidate) => !fromBuildArg(final, label, candidate));
					if (name !== void 0) return fail(`${PREFIX}${key} reads $${name}, which is not an ARG of the final stage declared before the LABEL${label.instruction.variables.has(name) ? " (it is an ENV, fixed in the Dockerfile and left in the running container)" : ""}: add "ARG ${name}" to the final stage, above the LABEL.`, `${PREFIX}${key} lê $${name}, que não é um ARG do estágio final declarado antes do LABEL${label.instruction.variables.has(name) ? " (é um ENV, fixo no Dockerfile e que fica no container rodando)" : ""}: adicione "ARG ${name}" ao estágio final, acima do LABEL.`);
				}
				return pass("The revision and the build date come from build arguments.", "A revisão e a data do build vêm de argumentos de build.");
			}),
			"exec-entrypoint": onFinalStage((final) => {
				const entrypoint = last(final, "ENTRYPOINT");
				if (!entrypoint) return fail("The image has no ENTRYPOINT: it still starts from CMD, which any argument to docker run replaces whole.", "A imagem não tem ENTRYPOINT: ela ainda começa pelo CMD, que qualquer argumento do docker run substitui por inteiro.");
				if (!entrypoint.json) return fail(`"${entrypoint.text}" is in shell form: Docker runs it as /bin/sh -c, so sh is PID 1, SIGTERM never reaches ${PROGRAM}, and CMD is ignored. Write it as a JSON array.`, `"${entrypoint.text}" está na forma shell: o Docker roda como /bin/sh -c, então o sh é o PID 1, o SIGTERM não chega ao ${PROGRAM} e o CMD é ignorado. Escreva como um array JSON.`);
				const program = programOf(entrypoint.json.map((word) => expand(word, entrypoint)));
				if (program === null || baseName$3(program) !== PROGRAM) return fail(`The exec-form ENTRYPOINT runs ${program === null ? "nothing" : `"${program}"`}, not ${PROGRAM}${program && [
					"sh",
					"bash",
					"ash"
				].includes(baseName$3(program)) ? ": a shell in a JSON array is still a shell between docker stop and the program" : ""}.`, `O ENTRYPOINT na forma exec roda ${program === null ? "nada" : `"${program}"`}, e não o ${PROGRAM}${program && [
					"sh",
					"bash",
					"ash"
				].includes(baseName$3(program)) ? ": um shell num array JSON continua sendo um shell entre o docker stop e o programa" : ""}.`);
				return pass(`The exec-form ENTRYPOINT runs ${PROGRAM} as PID 1.`, `O ENTRYPOINT na forma exec roda o ${PROGRAM} como PID 1.`);
			}),
			"cmd-defaults": onFinalStage((final) => {
				const entrypoint = last(final, "ENTRYPOINT");
				const cmd = last(final, "CMD");
				if (!cmd) return fail("There is no CMD with the default flags.", "Não há um CMD com as flags padrão.");
				if (!cmd.json) return fail(`"${cmd.text}" is in shell form: Docker would pass "/bin/sh", "-c" and the text as arguments to the ENTRYPOINT. Write the flags as a JSON array.`, `"${cmd.text}" está na forma shell: o Docker passaria "/bin/sh", "-c" e o texto como argumentos para o ENTRYPOINT. Escreva as flags como um array JSON.`);
				if (!entrypoint || !entrypoint.json) return fail(entrypoint ? "A shell-form ENTRYPOINT ignores CMD: its flags are never used." : `With no ENTRYPOINT, CMD is the whole command: the defaults need an ENTRYPOINT that runs ${PROGRAM}.`, entrypoint ? "Um ENTRYPOINT na forma shell ignora o CMD: as flags dele nunca são usadas." : `Sem ENTRYPOINT, o CMD é o comando inteiro: as flags padrão precisam de um ENTRYPOINT que rode o ${PROGRAM}.`);
				if (cmd.index < entrypoint.index && cmd.stageIndex !== entrypoint.stageIndex) return fail("The CMD comes from an earlier stage, and an ENTRYPOINT set later resets it: write the CMD after the ENTRYPOINT.", "O CMD vem de um estágio anterior, e um ENTRYPOINT definido depois zera esse CMD: escreva o CMD depois do ENTRYPOINT.");
				const words = cmd.json.map((word) => expand(word, cmd));
				if (words.length > 0 && baseName$3(words[0]) === PROGRAM) return fail(`CMD starts with "${words[0]}": Docker appends CMD to the ENTRYPOINT, so the container would run "${PROGRAM} ${words.join(" ")}". Keep only the flags in CMD.`, `O CMD começa com "${words[0]}": o Docker junta o CMD ao fim do ENTRYPOINT, então o container rodaria "${PROGRAM} ${words.join(" ")}". Deixe só as flags no CMD.`);
				const missing = ["--listen", "--workers"].filter((flag) => !words.some((word) => word === flag || word.startsWith(`${flag}=`)));
				if (missing.length > 0) return fail(`The CMD does not hold the default ${missing.join(" and ")}: they are the defaults that arguments to docker run replace.`, `O CMD não guarda o ${missing.join(" e o ")} padrão: são esses os padrões que os argumentos do docker run substituem.`);
				return pass("CMD holds the default flags, and arguments to docker run replace only them.", "O CMD guarda as flags padrão, e os argumentos do docker run substituem só elas.");
			})
		}
	};
}));
// src/features/exercises/graders/pin-base-image.ts
/** Stages built on a real image (not scratch, not an earlier stage). */
function imageStages(submission) {
	return submission.model.stages.filter((stage) => !stage.baseStage && !stage.scratch);
}
/**
* `FROM node:${NODE_VERSION}` reads only ARGs declared before the first FROM: one without a default, or declared
* later in a stage, expands to nothing and leaves the reference empty or dangling.
*/
function unresolved(stage) {
	const { references } = expandVariables(stage.from.args[0]?.value ?? "", (name) => stage.from.variables.get(name));
	return references.some((reference) => !reference.hasFallback && !stage.from.variables.get(reference.name)) || stage.baseImage.raw.includes("$") || stage.baseImage.tag === "" || stage.baseImage.raw.endsWith(":");
}
/** A tag pins a version when it starts with one (`24.11-alpine`, `1.30`); `alpine`, `lts`, `stable`, `current-alpine3.23` move. */
function versionTag(stage) {
	const tag = stage.baseImage.tag ?? "";
	return /^v?\d/.test(tag) || stage.baseImage.repository === "node" && NODE_CODENAMES$1.test(tag);
}
function wholeDigest(digest) {
	const [algorithm, encoded = ""] = digest.split(":");
	const length = DIGEST_LENGTHS[algorithm];
	return length !== void 0 && new RegExp(`^[a-f0-9]{${length}}$`).test(encoded);
}
/** Built on the official image `name` (`node`, `docker.io/library/node`), directly or through earlier stages. */
function builtOn(stage, name) {
	const root = rootStage(stage);
	return !root.scratch && isOfficial(root.baseImage) && root.baseImage.repository === name;
}
var NODE_CODENAMES$1, DIGEST_LENGTHS, graders$4;
var init_pin_base_image = __esmMin((() => {
	init_variables$1();
	init_query();
	init_check();
	NODE_CODENAMES$1 = /^(?:argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton)(?:-|$)/;
	DIGEST_LENGTHS = {
		sha256: 64,
		sha384: 96,
		sha512: 128
	};
	graders$4 = {
		language: "dockerfile",
		requirements: {
			"every-base-tagged"(submission) {
				const stages = imageStages(submission);
				if (stages.length === 0) return fail("No stage is built FROM an image.", "Nenhum estágio usa FROM com uma imagem.");
				for (const stage of stages) {
					const written = stage.from.args[0]?.value ?? "";
					if (unresolved(stage)) return fail(`"FROM ${written}" leaves the tag empty: give the ARG a default value (ARG NAME=1.2) or write the version.`, `"FROM ${written}" deixa a tag vazia: dê um valor padrão ao ARG (ARG NOME=1.2) ou escreva a versão.`);
					const { digest } = stage.baseImage;
					if (digest !== null && !wholeDigest(digest)) return fail(`"FROM ${stage.baseImage.raw}": "${digest}" is not a whole digest (sha256: and 64 hex digits), so Docker stops with "invalid reference format". Copy the full digest, e.g. from docker buildx imagetools inspect.`, `"FROM ${stage.baseImage.raw}": "${digest}" não é um digest completo (sha256: e 64 dígitos hexadecimais), então o Docker para com "invalid reference format". Copie o digest inteiro, por exemplo do docker buildx imagetools inspect.`);
					if (stage.baseImage.tag === null && !stage.baseImage.digest) return fail(`"FROM ${stage.baseImage.raw}" has no tag, so Docker pulls "latest": whatever was published last.`, `"FROM ${stage.baseImage.raw}" está sem tag, então o Docker baixa a "latest": o que tiver sido publicado por último.`);
				}
				return pass("Every base image names a tag or a digest.", "Toda imagem base tem uma tag ou um digest.");
			},
			"no-latest"(submission) {
				for (const stage of imageStages(submission)) {
					const { tag, digest, raw } = stage.baseImage;
					if (tag === null || tag === "" || digest || unresolved(stage)) continue;
					if (tag === "latest") return fail(`"FROM ${raw}" still floats: "latest" moves every time a new version is published.`, `"FROM ${raw}" continua solta: a "latest" muda toda vez que sai uma versão nova.`);
					if (!versionTag(stage)) return fail(`"FROM ${raw}": the tag "${tag}" names no version, so it moves like "latest" whenever a new release comes out. Start the tag with a version, e.g. ${stage.baseImage.repository}:${stage.baseImage.repository === "nginx" ? "1.30-alpine" : "24.11-alpine"}.`, `"FROM ${raw}": a tag "${tag}" não tem versão, então muda como a "latest" a cada lançamento. Comece a tag por uma versão, por exemplo ${stage.baseImage.repository}:${stage.baseImage.repository === "nginx" ? "1.30-alpine" : "24.11-alpine"}.`);
				}
				return pass("No base image uses a tag that moves.", "Nenhuma imagem base usa uma tag que muda.");
			},
			"same-images"(submission) {
				const { model } = submission;
				const final = finalStage(model);
				if (!model.stages.some((stage) => builtOn(stage, "node"))) return fail("The app is no longer built with the node image: keep the build stage, just pin it.", "A aplicação não é mais compilada com a imagem node: mantenha o estágio de build e só fixe a versão.");
				if (!final || !builtOn(final, "nginx")) return fail("The final stage no longer serves the site with nginx: keep it, just pin it.", "O estágio final não serve mais o site com nginx: mantenha-o e só fixe a versão.");
				if (!inheritedInstructions(final).some((instruction) => instruction.fromStage !== null && builtOn(instruction.fromStage, "node"))) return fail("The final stage no longer copies the built site from the node stage (COPY --from=<that stage>).", "O estágio final não copia mais o site compilado do estágio node (COPY --from=<esse estágio>).");
				return pass("Still built with node and served by nginx.", "Continua compilado com node e servido pelo nginx.");
			}
		}
	};
}));
// src/features/exercises/graders/python-cache-order.ts
/** `COPY requirements*.txt ./`: a wildcard source whose matches land in the destination folder. */
function wildcardCopy(stage, install) {
	const name = install.path.slice(install.path.lastIndexOf("/") + 1);
	const matches = (pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`).test(name);
	return copiedPaths(stage).filter((copy) => copy.instruction.index < install.instruction.index && copy.from === null && /[*?]/.test(copy.source)).filter((copy) => dirname(copy.target) === dirname(install.path) && matches(copy.source.slice(copy.source.lastIndexOf("/") + 1))).pop() ?? null;
}
/** `pip wheel -r FILE` / `pip download -r FILE` in a first stage: they read the manifest as an install does. */
function requirementsReads(stage) {
	const copies = copiedPaths(stage);
	return surelyRun(callsOfRuns(inheritedInstructions(stage))).flatMap((call) => {
		const args = argValues(call);
		const pip = /^pip(?:\d+(?:\.\d+)?)?$/.test(call.name) ? args : /^python/.test(call.name) && args[args.indexOf("-m") + 1] === "pip" ? args.slice(args.indexOf("-m") + 2) : null;
		const sub = pip?.find((arg) => !arg.startsWith("-"));
		if (!pip || sub !== "wheel" && sub !== "download") return [];
		return pipRequirementFiles(pip).map((file) => {
			const path = resolvePath(workdirOfCall(stage, call), expand(file, call.instruction));
			const copy = copies.filter((candidate) => candidate.instruction.index < call.instruction.index && (candidate.target === path || candidate.folder && path.startsWith(`${candidate.target}/`))).pop() ?? null;
			return {
				instruction: call.instruction,
				call,
				file,
				path,
				copy
			};
		});
	});
}
function dependencies(model, final) {
	const withCopies = (stage, installs) => installs.map((install) => install.copy ? install : {
		...install,
		copy: wildcardCopy(stage, install)
	});
	const own = withCopies(final, requirementsInstalls(final));
	if (own.length > 0) return {
		stage: final,
		installs: own,
		ready: own[own.length - 1].instruction
	};
	for (const copy of copiedPaths(final)) {
		const source = copy.fromStage;
		const installs = source ? withCopies(source, [...requirementsInstalls(source), ...requirementsReads(source)]) : [];
		if (!source || installs.length === 0) continue;
		return {
			stage: source,
			installs,
			ready: surelyRun(callsOfRuns(inheritedInstructions(final))).filter((call) => call.instruction.index > copy.instruction.index && pipInstallArgs(call) !== null).pop()?.instruction ?? copy.instruction
		};
	}
	return null;
}
/** Copies of the build context that are not dependency manifests: the application code. */
function sourceCopies(stage) {
	return copiedPaths(stage).filter((copy) => copy.from === null && !MANIFEST.test(copy.source));
}
function withFinal(model, check) {
	const final = finalStage(model);
	if (!final) return fail("There is no FROM line.", "Não há nenhuma linha FROM.");
	return check(final, dependencies(model, final));
}
var MANIFEST, dirname, graders$3;
var init_python_cache_order = __esmMin((() => {
	init_query();
	init_check();
	MANIFEST = /(?:^|\/)(?:requirements[\w.*?-]*\.txt|constraints[\w.*?-]*\.txt)$/;
	dirname = (path) => path.slice(0, path.lastIndexOf("/")) || "/";
	graders$3 = {
		language: "dockerfile",
		requirements: {
			"manifest-first": (submission) => withFinal(submission.model, (final, found) => {
				if (!found) return fail("Keep installing the dependencies with pip install -r requirements.txt.", "Continue instalando as dependências com pip install -r requirements.txt.");
				for (const install of found.installs) {
					if (!install.copy) return fail(`"pip install -r ${install.file}" reads ${install.path}, and no COPY put it there before this RUN.`, `"pip install -r ${install.file}" lê ${install.path}, e nenhum COPY colocou o arquivo ali antes deste RUN.`);
					const company = copiedPaths(found.stage).find((copy) => copy.instruction === install.copy.instruction && !MANIFEST.test(copy.source));
					if (!MANIFEST.test(install.copy.source) || company) return fail(`requirements.txt arrives with "${install.copy.instruction.text.trim()}", together with ${company && MANIFEST.test(install.copy.source) ? company.source : "all the code"}: copy requirements.txt on its own first.`, `O requirements.txt chega com "${install.copy.instruction.text.trim()}", junto com ${company && MANIFEST.test(install.copy.source) ? company.source : "todo o código"}: copie o requirements.txt sozinho antes.`);
				}
				return pass("requirements.txt is copied on its own and installed from there.", "O requirements.txt é copiado sozinho e instalado a partir dali.");
			}),
			"sources-after-install": (submission) => withFinal(submission.model, (final, found) => {
				const sources = sourceCopies(final);
				if (sources.length === 0) return fail("The image has no application code: copy it (COPY . .) after installing.", "A imagem não tem o código da aplicação: copie (COPY . .) depois de instalar.");
				if (!found) return fail("No pip install -r step to order the sources after.", "Não há um pip install -r para colocar o código depois.");
				const lastInstall = found.installs[found.installs.length - 1].instruction;
				const early = [...found.stage === final ? [] : sourceCopies(found.stage).filter((copy) => copy.instruction.index < lastInstall.index), ...sources.filter((copy) => copy.instruction.index < found.ready.index)][0];
				if (early) return fail(`"${early.instruction.text.trim()}" comes before "pip install": every code change invalidates the cache and reinstalls all dependencies.`, `"${early.instruction.text.trim()}" vem antes do "pip install": toda mudança no código invalida o cache e reinstala todas as dependências.`);
				if (!sources.some(copiesWholeContext$1) && !sources.some((copy) => copy.source.endsWith("app.py") || copy.contentsTarget !== null || copy.folder)) return fail("app.py is not copied into the image.", "O app.py não é copiado para a imagem.");
				return pass("The code is copied after the dependencies are installed.", "O código é copiado depois de instalar as dependências.");
			}),
			"pip-no-cache": onFinalStage((final) => {
				for (const instruction of inheritedInstructions(final)) {
					if (instruction.keyword !== "RUN" || mountsOver(instruction, ["/root/.cache/pip"])) continue;
					for (const call of callsOf(instruction)) {
						const args = pipInstallArgs(call);
						if (!args || args.includes("--no-cache-dir") || (variableFor(call, "PIP_NO_CACHE_DIR") ?? "") !== "") continue;
						return fail(`"${instruction.text.trim()}" keeps pip's download cache (/root/.cache/pip) in the layer: add --no-cache-dir.`, `"${instruction.text.trim()}" deixa o cache de downloads do pip (/root/.cache/pip) na camada: adicione --no-cache-dir.`);
					}
				}
				return pass("pip's cache stays out of the image.", "O cache do pip fica fora da imagem.");
			}),
			"starts-app"(submission) {
				const final = finalStage(submission.model);
				const start = final ? startInstruction(final) : null;
				if (!start) return fail("Keep the CMD that starts the app.", "Mantenha o CMD que inicia a aplicação.");
				const program = start.json?.[0] ?? "";
				if (/\s/.test(program.trim())) return fail(`The exec form runs a program named "${program}", spaces included, which does not exist: give each word its own string, e.g. ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"].`, `A forma exec roda um programa chamado "${program}", com espaços e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"].`);
				return pass("CMD still starts the app.", "O CMD continua iniciando a aplicação.");
			}
		}
	};
}));
// src/features/exercises/graders/run-as-non-root.ts
/** Accounts that images already have, by image family. */
function builtInAccounts(stage) {
	const root = rootStage(stage);
	if (root.scratch) return /* @__PURE__ */ new Map();
	const accounts = /* @__PURE__ */ new Map([["root", 0], ["nobody", 65534]]);
	const official = isOfficial(root.baseImage) ? root.baseImage.repository : null;
	if (official === "node") accounts.set("node", 1e3);
	if (root.distroless) accounts.set("nonroot", 65532);
	if (official !== "alpine") accounts.set("www-data", 33).set("daemon", 1);
	return accounts;
}
/** The value of `-u 10001`, `--uid 10001`, `--uid=10001` or `-u10001`. */
function optionValue(args, short, long) {
	for (let i = 0; i < args.length; i++) {
		if (args[i] === short || args[i] === long) return args[i + 1] ?? null;
		if (args[i].startsWith(`${long}=`)) return args[i].slice(long.length + 1);
		if (args[i].startsWith(short) && args[i].length > short.length && /^\d+$/.test(args[i].slice(short.length))) return args[i].slice(short.length);
	}
	return null;
}
/**
* Accounts of the image when an instruction, or one command of a RUN, runs (all of them at the end when `before` is null):
* built in, or made by useradd / adduser / usermod. A command sees the accounts made before it in its own RUN
* (`useradd appuser && chown appuser /app/uploads`).
*/
function accountsBefore(stage, before) {
	const accounts = builtInAccounts(stage);
	let nextRegular = Math.max(999, ...[...accounts.values()].filter((uid) => uid !== null && uid < 6e4)) + 1;
	const command = before && "nameWord" in before ? before : null;
	const limit = command ? command.instruction : before;
	const instructions = inheritedInstructions(stage).filter((instruction) => instruction.keyword === "RUN" && (!limit || instruction.index <= limit.index));
	const earlier = (call) => !limit || call.instruction.index < limit.index || command !== null && callsOf(limit).indexOf(call) < callsOf(limit).indexOf(command);
	for (const call of surelyRun(callsOfRuns(instructions)).filter(earlier)) {
		if (![
			"useradd",
			"adduser",
			"usermod"
		].includes(call.name)) continue;
		const names = positionals(argValues(call), USERADD_VALUE_OPTIONS);
		if (names.length !== 1) continue;
		const uid = optionValue(argValues(call), "-u", "--uid");
		if (call.name === "usermod") {
			if (uid !== null && /^\d+$/.test(uid)) accounts.set(names[0], Number(uid));
			continue;
		}
		const system = call.name === "useradd" ? hasOption(argValues(call), {
			short: "r",
			long: ["system"]
		}) : hasOption(argValues(call), {
			short: "S",
			long: ["system"]
		});
		if (uid !== null && /^\d+$/.test(uid)) accounts.set(names[0], Number(uid));
		else accounts.set(names[0], system ? null : nextRegular++);
	}
	return accounts;
}
/** The uid a USER or owner value (`appuser`, `10001:10001`, `0000`) stands for: undefined when no such account exists. */
function uidOf(user, accounts) {
	const name = user.split(":")[0].trim();
	if (name === "") return 0;
	if (/^\d+$/.test(name)) return Number(name);
	return accounts.get(name);
}
function describeUid(user, accounts) {
	const uid = uidOf(user, accounts);
	const name = user.split(":")[0];
	if (/^\d+$/.test(name)) return `uid ${Number(name)}`;
	return uid === null ? `${name}, a system account (uid below 1000)` : uid === void 0 ? name : `${name} (uid ${uid})`;
}
function describeUidPt(user, accounts) {
	const uid = uidOf(user, accounts);
	const name = user.split(":")[0];
	if (/^\d+$/.test(name)) return `uid ${Number(name)}`;
	return uid === null ? `${name}, uma conta de sistema (uid abaixo de 1000)` : uid === void 0 ? name : `${name} (uid ${uid})`;
}
/** Commands that only root may run. */
function needsRoot(call, instructions) {
	if (managerOf(call) === "apt") return [
		"install",
		"update",
		"upgrade",
		"remove",
		"purge",
		"dist-upgrade"
	].includes(actionOf(call) ?? "");
	const words = positionals(argValues(call));
	if ([
		"apk",
		"yum",
		"dnf",
		"microdnf",
		"zypper"
	].includes(call.name)) return [
		"add",
		"install",
		"update",
		"upgrade",
		"del",
		"remove"
	].includes(words[0] ?? "");
	const pip = pipInstallArgs(call);
	if (pip) return !pip.includes("--user") && !variableFor(call, "PIP_USER") && !surelyRun(callsOfRuns(instructions)).some((other) => other.name === "virtualenv" || /^python/.test(other.name) && argValues(other).includes("venv"));
	return [
		"useradd",
		"adduser",
		"groupadd",
		"addgroup",
		"usermod",
		"chown"
	].includes(call.name);
}
/** Whether an owner given to COPY --chown / chown / install -o is the runtime user, and why not. */
function ownership(owner, user, ownerAccounts, runtimeAccounts) {
	const ownerUid = uidOf(owner, ownerAccounts);
	const userUid = uidOf(user, runtimeAccounts);
	const ownerName = owner.split(":")[0];
	if (ownerUid === void 0) return {
		owned: false,
		en: `"${ownerName}" is not a user of the image when ownership is given, so the build stops with "invalid user"`,
		pt: `"${ownerName}" não é um usuário da imagem quando a posse é passada, então o build para com "invalid user"`
	};
	if (ownerUid === 0) return {
		owned: false,
		en: `${UPLOADS} belongs to root`,
		pt: `${UPLOADS} pertence ao root`
	};
	if (ownerName === user.split(":")[0] || ownerUid !== null && ownerUid === userUid) return {
		owned: true,
		en: "",
		pt: ""
	};
	return {
		owned: false,
		en: `${UPLOADS} belongs to ${describeUid(owner, ownerAccounts)}, but the app runs as ${describeUid(user, runtimeAccounts)}`,
		pt: `${UPLOADS} pertence a ${describeUidPt(owner, ownerAccounts)}, mas a aplicação roda como ${describeUidPt(user, runtimeAccounts)}`
	};
}
/** The USER the app runs as, with the image's accounts; user null when that is root. */
function runtime(stage) {
	const accounts = accountsBefore(stage, null);
	const last = lastUser(stage);
	if (last) return {
		user: uidOf(last.user, accounts) === 0 ? null : last.user,
		written: last.user,
		accounts
	};
	return {
		user: baseRunsAsNonRoot(stage) ? "nonroot" : null,
		written: null,
		accounts
	};
}
var UPLOADS, RUNTIME_PACKAGE, USERADD_VALUE_OPTIONS, graders$2;
var init_run_as_non_root = __esmMin((() => {
	init_query();
	init_check();
	UPLOADS = "/app/uploads";
	RUNTIME_PACKAGE = "libpq5";
	USERADD_VALUE_OPTIONS = [
		"-u",
		"--uid",
		"-g",
		"--gid",
		"-G",
		"--groups",
		"-d",
		"--home",
		"--home-dir",
		"-s",
		"--shell",
		"-c",
		"--comment",
		"-h",
		"--gecos",
		"--ingroup",
		"-k",
		"-K",
		"--key",
		"-e",
		"-f",
		"--firstuid",
		"--lastuid"
	];
	graders$2 = {
		language: "dockerfile",
		requirements: {
			"non-root-user": onFinalStage((final) => {
				const { user, written, accounts } = runtime(final);
				if (written !== null && user === null) {
					const name = written.split(":")[0];
					const alias = name !== "root" && !/^\d+$/.test(name) && name !== "";
					return fail(`"USER ${written}" is root${alias ? ` (${name} was given uid 0)` : written.trim() === "" ? " (the value is empty)" : ""}: uid 0 in the container is uid 0 on the host, held back only by namespaces and capabilities.`, `"USER ${written}" é root${alias ? ` (${name} recebeu o uid 0)` : written.trim() === "" ? " (o valor está vazio)" : ""}: o uid 0 no contêiner é o uid 0 do host, contido só por namespaces e capabilities.`);
				}
				if (user === null) return fail("The final stage never sets USER, so the app runs as root.", "O estágio final nunca define USER, então a aplicação roda como root.");
				return pass(`The app runs as ${describeUid(user, accounts)}.`, `A aplicação roda como ${describeUidPt(user, accounts)}.`);
			}),
			"user-exists"(submission) {
				const final = finalStage(submission.model);
				const user = final ? runtime(final).user : null;
				if (!final || !user) return fail("There is no non-root USER yet.", "Ainda não há um USER que não seja root.");
				const name = user.split(":")[0];
				if (/^\d+$/.test(name)) return pass(`uid ${name} needs no entry in /etc/passwd.`, `O uid ${name} não precisa de entrada no /etc/passwd.`);
				if (accountsBefore(final, lastUser(final)?.instruction ?? null).has(name)) return pass(`The user "${name}" exists in the image.`, `O usuário "${name}" existe na imagem.`);
				return fail(`"USER ${user}" names a user the image does not have: the container fails with "unable to find user ${name}". Create it first (useradd / adduser) or use a numeric uid.`, `"USER ${user}" aponta para um usuário que a imagem não tem: o contêiner falha com "unable to find user ${name}". Crie o usuário antes (useradd / adduser) ou use um uid numérico.`);
			},
			"root-steps-first": onFinalStage((final) => {
				const instructions = inheritedInstructions(final);
				let user = "root";
				for (const instruction of instructions) {
					if (instruction.keyword === "USER" && instruction.args.length > 0) user = expand(instruction.args[0].value, instruction);
					if (instruction.keyword !== "RUN" || uidOf(user, accountsBefore(final, instruction)) === 0) continue;
					const call = callsOf(instruction).find((candidate) => needsRoot(candidate, instructions));
					if (call) return fail(`"${call.name} ${argValues(call).join(" ")}" runs after "USER ${user}" and needs root: it fails with "Permission denied". Do the root steps first and switch user at the end.`, `"${call.name} ${argValues(call).join(" ")}" roda depois do "USER ${user}" e precisa de root: falha com "Permission denied". Faça os passos de root antes e troque de usuário no fim.`);
				}
				if (!surelyRun(callsOfRuns(instructions)).filter(isAptInstall).flatMap((call) => packagesOf(call).map((word) => packageName(word.value))).includes(RUNTIME_PACKAGE)) return fail(`The image no longer installs ${RUNTIME_PACKAGE}, which the app needs to reach PostgreSQL: keep the apt-get install, and run it before USER.`, `A imagem não instala mais o ${RUNTIME_PACKAGE}, de que a aplicação precisa para falar com o PostgreSQL: mantenha o apt-get install e rode antes do USER.`);
				return pass("Every step that needs root runs before the switch to the unprivileged user.", "Todo passo que precisa de root roda antes da troca para o usuário sem privilégios.");
			}),
			"uploads-writable"(submission) {
				const final = finalStage(submission.model);
				const { user, accounts } = final ? runtime(final) : {
					user: null,
					accounts: /* @__PURE__ */ new Map()
				};
				if (!final || !user) return fail("There is no non-root USER yet.", "Ainda não há um USER que não seja root.");
				const covers = (path, recursive) => path === UPLOADS || recursive && UPLOADS.startsWith(`${path.replace(/\/$/, "")}/`);
				let state = {
					owned: false,
					en: `${UPLOADS} belongs to root`,
					pt: `${UPLOADS} pertence ao root`
				};
				const give = (owner, instruction, call) => {
					state = ownership(expand(owner, instruction), user, accountsBefore(final, call ?? instruction), accounts);
				};
				let current = "root";
				for (const instruction of inheritedInstructions(final)) {
					if (instruction.keyword === "USER" && instruction.args.length > 0) current = expand(instruction.args[0].value, instruction);
					if (instruction.keyword === "COPY" || instruction.keyword === "ADD") for (const copy of copiedPaths(final).filter((candidate) => candidate.instruction === instruction)) {
						if (!covers(copy.target, copy.folder)) continue;
						if (copy.chown === null) state = {
							owned: false,
							en: `${UPLOADS} belongs to root`,
							pt: `${UPLOADS} pertence ao root`
						};
						else give(copy.chown, instruction);
					}
					if (instruction.keyword !== "RUN" || uidOf(current, accountsBefore(final, instruction)) !== 0) continue;
					const workdir = workdirAt(final, instruction);
					for (const call of surelyRun(callsOf(instruction))) if (call.name === "chown") {
						const [owner, ...paths] = positionals(argValues(call));
						const recursive = argValues(call).some((arg) => /^-[A-Za-z]*R/.test(arg) || arg === "--recursive");
						if (owner && paths.some((path) => covers(resolvePath(workdir, path), recursive))) give(owner, instruction, call);
					} else if (call.name === "install" && argValues(call).includes("-d")) {
						const ownerIndex = argValues(call).indexOf("-o");
						const owner = ownerIndex === -1 ? null : argValues(call)[ownerIndex + 1];
						if (owner && positionals(argValues(call), [
							"-o",
							"-g",
							"-m"
						]).some((path) => covers(resolvePath(workdir, path), false))) give(owner, instruction, call);
					} else if (call.name === "chmod" && !state.owned) {
						const [mode, ...paths] = positionals(argValues(call));
						if ((/^[0-7]*[2367]$/.test(mode ?? "") || /(?:^|,)[ao]*\+[rwxXst]*w/.test(mode ?? "")) && paths.some((path) => covers(resolvePath(workdir, path), argValues(call).some((arg) => /^-[A-Za-z]*R/.test(arg))))) state = {
							owned: false,
							en: `chmod ${mode} lets every user of the container write to ${UPLOADS}, but it still belongs to root`,
							pt: `chmod ${mode} deixa qualquer usuário do contêiner gravar em ${UPLOADS}, mas a pasta continua do root`
						};
					}
				}
				if (state.owned) return pass(`${UPLOADS} belongs to ${user}, so the app can write its uploads.`, `${UPLOADS} pertence a ${user}, então a aplicação consegue gravar os uploads.`);
				return fail(`${state.en}: give ${UPLOADS} to the user the app runs as, ${describeUid(user, accounts)} (COPY --chown=… or chown after the last COPY).`, `${state.pt}: passe ${UPLOADS} para o usuário com que a aplicação roda, ${describeUidPt(user, accounts)} (COPY --chown=… ou chown depois do último COPY).`);
			}
		}
	};
}));
// src/features/exercises/graders/spot-the-bugs.ts
/** A RUN where `yes |` answers the apt command it pipes into. */
function answeredByYes(instruction) {
	const commands = instruction.shell?.commands ?? [];
	return commands.some((command, index) => command.name === "yes" && command.pipesInto && ["apt-get", "apt"].includes(commands[index + 1]?.name ?? ""));
}
/** Debian 12 and later mark the system Python as externally managed: pip refuses to install into it (PEP 668). */
function externallyManaged(stage) {
	return !/(?:^|-)(?:bullseye|buster|stretch|jessie)(?:-|$)/.test(rootStage(stage).baseImage.tag ?? "");
}
/** Whether pip may install where this call asks: a virtualenv, --break-system-packages, or a Python that is not externally managed. */
function pipMayInstall(stage, install) {
	if (!externallyManaged(stage) || argValues(install.call).includes("--break-system-packages")) return true;
	const setting = variableFor(install.call, "PIP_BREAK_SYSTEM_PACKAGES");
	if (setting !== null && !/^(?:|0|false|no|off)$/i.test(setting)) return true;
	const earlier = surelyRun(callsOfRuns(inheritedInstructions(stage).filter((instruction) => instruction.index <= install.instruction.index)));
	const venv = earlier.some((call) => call.name === "virtualenv" || /^python/.test(call.name) && argValues(call).includes("venv"));
	const unmarked = earlier.some((call) => call.name === "rm" && argValues(call).some((arg) => arg.includes("EXTERNALLY-MANAGED")));
	return venv || unmarked;
}
/** The words Docker runs at start: the last ENTRYPOINT and, after an exec-form one, the last CMD. */
function startWords(stage) {
	const instructions = inheritedInstructions(stage);
	const last = (keyword) => instructions.filter((instruction) => instruction.keyword === keyword && instruction.argsText !== "").pop() ?? null;
	const entrypoint = last("ENTRYPOINT");
	const parts = [entrypoint, entrypoint && entrypoint.json === null ? null : last("CMD")].filter((instruction) => instruction !== null);
	return {
		words: parts.flatMap((instruction) => (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction))),
		exec: parts[0]?.json ? parts[0] : null
	};
}
/** `npm start`, `npm run start`, `node server.js`, or `server.js` given to the node image's entrypoint. */
function startsNodeApp(stage, words) {
	const names = words.map(baseName$3);
	const npm = names.indexOf("npm");
	const rest = npm === -1 ? [] : positionals(words.slice(npm + 1));
	if (rest[0] === "start" || rest[0] === "run" && rest[1] === "start") return true;
	const node = names.indexOf("node");
	if (node !== -1) return positionals(words.slice(node + 1)).some((word) => baseName$3(word) === "server.js");
	const root = rootStage(stage);
	return npm === -1 && isOfficial(root.baseImage) && root.baseImage.repository === "node" && baseName$3(words[0] ?? "") === "server.js";
}
var packageNames, NODE_CODENAMES, graders$1;
var init_spot_the_bugs = __esmMin((() => {
	init_query();
	init_check();
	packageNames = (call) => packagesOf(call).map((word) => packageName(word.value));
	NODE_CODENAMES = /^(?:argon|boron|carbon|dubnium|erbium|fermium|gallium|hydrogen|iron|jod|krypton)(?:-|$)/;
	graders$1 = {
		language: "dockerfile",
		gradedDespiteSyntaxErrors: [
			"valid-base-image",
			"exec-form-cmd",
			"apt-assume-yes",
			"apt-lists-removed",
			"pip-requirements-path",
			"keeps-the-app"
		],
		requirements: {
			"valid-base-image"(submission) {
				const stage = finalStage(submission.model);
				if (!stage) return fail("There is no FROM line.", "Não há nenhuma linha FROM.");
				const words = stage.from.args.map((word) => word.value);
				if (words.length > 1 && words[1].toUpperCase() !== "AS") return fail(`"FROM ${words.join(" ")}": the space splits the image reference, so Docker reads "${words[0]}" and a stray "${words[1]}". Write the reference as one word.`, `"FROM ${words.join(" ")}": o espaço quebra a referência da imagem, e o Docker lê "${words[0]}" e um "${words[1]}" solto. Escreva a referência numa palavra só.`);
				const broken = submission.findings().find((finding) => finding.rule === "syntax-error");
				if (broken) {
					const portuguese = submission.findings("pt-BR").find((finding) => finding.rule === "syntax-error")?.message ?? broken.message;
					return fail(`Docker cannot build this yet (line ${broken.line}): ${broken.message}`, `O Docker ainda não consegue fazer este build (linha ${broken.line}): ${portuguese}`);
				}
				if (!isOfficial(stage.baseImage) || stage.baseImage.repository !== "node") return fail(`The app is a Node.js app: keep a node base image (found "${stage.baseImage.raw}").`, `A aplicação é Node.js: mantenha uma imagem base node (encontrei "${stage.baseImage.raw}").`);
				const tag = stage.baseImage.tag;
				if (tag !== null && tag.includes("onbuild")) return fail(`"${stage.baseImage.raw}": the onbuild variants were deprecated and are no longer published; they also ran hidden ONBUILD steps. Use a plain version tag.`, `"${stage.baseImage.raw}": as variantes onbuild foram descontinuadas e não são mais publicadas, além de rodarem passos ONBUILD escondidos. Use uma tag de versão comum.`);
				if (!stage.baseImage.digest && (!tag || !(/^v?\d/.test(tag) || NODE_CODENAMES.test(tag)))) return fail(`"${stage.baseImage.raw || "node"}" has no version${tag ? `: the tag "${tag}" moves whenever a new release comes out` : ""}. Pin one, e.g. node:24-trixie-slim.`, `"${stage.baseImage.raw || "node"}" está sem versão${tag ? `: a tag "${tag}" muda a cada lançamento` : ""}. Fixe uma, por exemplo node:24-trixie-slim.`);
				return pass(`"FROM ${stage.baseImage.raw}" is a valid, pinned node image.`, `"FROM ${stage.baseImage.raw}" é uma imagem node válida e com versão fixa.`);
			},
			"exec-form-cmd"(submission) {
				const stage = finalStage(submission.model);
				const starts = stage ? inheritedInstructions(stage).filter((instruction) => instruction.keyword === "CMD" || instruction.keyword === "ENTRYPOINT") : [];
				if (starts.length === 0) return fail("Keep a CMD that starts the app.", "Mantenha um CMD que inicie a aplicação.");
				const shellForm = starts.find((instruction) => instruction.json === null);
				if (shellForm) return fail(`"${shellForm.text.trim()}" is in shell form: /bin/sh becomes PID 1 and does not pass SIGTERM on to npm. Use the JSON form.`, `"${shellForm.text.trim()}" está na forma shell: o /bin/sh vira o PID 1 e não repassa o SIGTERM para o npm. Use a forma JSON.`);
				const { words, exec } = stage ? startWords(stage) : {
					words: [],
					exec: null
				};
				const program = words[0] ?? "";
				if (exec && /\s/.test(program.trim())) return fail(`"${exec.text.trim()}" runs a program named "${program}", space included, which does not exist: give each word its own string, e.g. ["npm", "start"].`, `"${exec.text.trim()}" roda um programa chamado "${program}", com espaço e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["npm", "start"].`);
				const script = words[words.indexOf("-c") + 1] ?? "";
				if (exec && /^(?:sh|bash|dash|ash)$/.test(baseName$3(program)) && words.includes("-c") && !/^\s*exec\s/.test(script)) return fail(`"${exec.text.trim()}" is the shell form again: ${program} becomes PID 1 and does not pass SIGTERM on to npm. Run the program itself in the JSON array (or start the script with exec).`, `"${exec.text.trim()}" é a forma shell de novo: o ${program} vira o PID 1 e não repassa o SIGTERM para o npm. Rode o próprio programa no array JSON (ou comece o script com exec).`);
				return pass("The app starts in exec (JSON) form and receives signals.", "A aplicação inicia na forma exec (JSON) e recebe os sinais.");
			},
			"apt-assume-yes"(submission) {
				for (const instruction of submission.model.instructions) {
					if (instruction.keyword !== "RUN") continue;
					if (answeredByYes(instruction)) continue;
					const call = callsOf(instruction).find((candidate) => isAptInstall(candidate) && !aptAssumesYes(candidate));
					if (call) return fail(`"${call.name} install ${packageNames(call).join(" ")}" asks "Do you want to continue? [Y/n]", and a build has no terminal to answer it: apt reads end-of-file, prints "Abort." and the build fails. Add -y.`, `"${call.name} install ${packageNames(call).join(" ")}" pergunta "Do you want to continue? [Y/n]", e o build não tem terminal para responder: o apt recebe fim de arquivo (EOF), imprime "Abort." e o build falha. Adicione -y.`);
				}
				return pass("Every apt install answers yes on its own.", "Todo apt install responde sim sozinho.");
			},
			"apt-lists-removed"(submission) {
				const kept = aptListsKept(submission.model.instructions);
				if (!kept) return pass("The apt lists are removed in the layer that downloaded them.", "As listas do apt são apagadas na mesma camada que as baixou.");
				if (kept.removedBeforeInstall) return fail("The lists are removed before the install in the same RUN: apt then finds no package lists and stops with \"Unable to locate package\". Remove them at the end.", "As listas são apagadas antes do install no mesmo RUN: o apt fica sem listas de pacotes e para com \"Unable to locate package\". Apague no fim.");
				const wrongFolder = submission.model.instructions.filter((instruction) => instruction.keyword === "RUN").flatMap(callsOf).find((call) => call.name === "rm" && argValues(call).some((arg) => arg.startsWith("/var/cache/apt")));
				if (wrongFolder && !argValues(wrongFolder).some((arg) => arg.startsWith("/var/lib/apt/lists"))) return fail(`"rm ${argValues(wrongFolder).join(" ")}" removes the wrong folder: apt keeps its package lists in /var/lib/apt/lists/, and they must go in the same RUN as the install.`, `"rm ${argValues(wrongFolder).join(" ")}" apaga a pasta errada: o apt guarda as listas de pacotes em /var/lib/apt/lists/, e elas precisam sair no mesmo RUN do install.`);
				if (kept.removedInAnotherRun) return fail("The lists are removed in another RUN: by then they are already saved in the install layer. Remove them in the same RUN, with &&.", "As listas são apagadas em outro RUN: a essa altura elas já ficaram gravadas na camada do install. Apague no mesmo RUN, com &&.");
				return fail("The apt install leaves /var/lib/apt/lists/ in the image: add && rm -rf /var/lib/apt/lists/* to the same RUN.", "O apt install deixa /var/lib/apt/lists/ na imagem: adicione && rm -rf /var/lib/apt/lists/* no mesmo RUN.");
			},
			"pip-requirements-path"(submission) {
				const stage = finalStage(submission.model);
				if (!stage) return fail("There is no stage.", "Não há nenhum estágio.");
				const installs = requirementsInstalls(stage);
				if (installs.length === 0) return fail("Keep installing the Python dependencies with pip install -r.", "Continue instalando as dependências Python com pip install -r.");
				const missing = installs.find((install) => !install.copy);
				if (missing) {
					const landed = copiedPaths(stage).find((copy) => copy.instruction.index < missing.instruction.index && copy.source.endsWith("requirements.txt"));
					const where = landed ? ` ${landed.instruction.text.trim()} put it in ${landed.target}.` : "";
					const onde = landed ? ` O ${landed.instruction.text.trim()} colocou o arquivo em ${landed.target}.` : "";
					return fail(`"pip install -r ${missing.file}" reads ${missing.path}, and no COPY put a file there before this RUN.${where}`, `"pip install -r ${missing.file}" lê ${missing.path}, e nenhum COPY colocou um arquivo ali antes deste RUN.${onde}`);
				}
				const refused = installs.find((install) => !pipMayInstall(stage, install));
				if (refused) return fail(`"${refused.instruction.text.trim()}" stops with "externally-managed-environment": Debian 12 and later (13 included) keep pip out of their system Python. Add --break-system-packages, or install into a virtualenv.`, `"${refused.instruction.text.trim()}" para com "externally-managed-environment": do Debian 12 em diante (o 13 incluído), o pip não pode mexer no Python do sistema. Adicione --break-system-packages ou instale num virtualenv.`);
				return pass("pip reads requirements.txt where COPY put it, and may install there.", "O pip lê o requirements.txt onde o COPY colocou, e pode instalar ali.");
			},
			"keeps-the-app"(submission) {
				const stage = finalStage(submission.model);
				if (!stage) return fail("There is no stage.", "Não há nenhum estágio.");
				const calls = surelyRun(callsOfRuns(inheritedInstructions(stage)));
				const packages = calls.filter(isAptInstall).flatMap(packageNames);
				const venv = calls.some((call) => /^python/.test(call.name) && argValues(call).includes("venv"));
				if (!packages.includes("python3-pip") && !(venv && packages.some((name) => name === "python3-venv" || name === "python3-full" || /^python3\.\d+-venv$/.test(name)))) return fail(`The image no longer installs pip with apt${packages.length > 0 ? ` (it installs ${packages.join(", ")})` : ""}: the node image has no pip, so "pip install" fails with "pip: not found". Keep python3 and python3-pip in the apt-get install.`, `A imagem não instala mais o pip com o apt${packages.length > 0 ? ` (ela instala ${packages.join(", ")})` : ""}: a imagem node não tem pip, então o "pip install" falha com "pip: not found". Mantenha python3 e python3-pip no apt-get install.`);
				const words = startWords(stage).words.flatMap((word) => word.split(/\s+/)).filter((word) => word !== "");
				if (!startsNodeApp(stage, words)) return fail(words.length === 0 ? "Keep a CMD that starts the app (npm start)." : `"${words.join(" ")}" does not start the Node.js app: keep npm start.`, words.length === 0 ? "Mantenha um CMD que inicie a aplicação (npm start)." : `"${words.join(" ")}" não inicia a aplicação Node.js: mantenha o npm start.`);
				return pass("Same image: python3 and pip from apt, and the Node.js app as the start command.", "A mesma imagem: python3 e pip vindos do apt, e a aplicação Node.js como comando de início.");
			}
		}
	};
}));
// src/features/exercises/graders/index.ts
var graders;
var init_graders = __esmMin((() => {
	init_distroless_healthcheck();
	init_go_static_scratch();
	init_healthcheck_timing();
	init_java_multistage();
	init_kubernetes_probes();
	init_lean_layers();
	init_node_alpine_prod();
	init_oci_labels_entrypoint();
	init_pin_base_image();
	init_python_cache_order();
	init_run_as_non_root();
	init_spot_the_bugs();
	graders = {
		"pin-base-image": graders$4,
		"go-static-scratch": graders$11,
		"node-alpine-prod": graders$6,
		"python-cache-order": graders$3,
		"distroless-healthcheck": graders$12,
		"healthcheck-timing": graders$10,
		"run-as-non-root": graders$2,
		"lean-layers": graders$7,
		"kubernetes-probes": graders$8,
		"spot-the-bugs": graders$1,
		"oci-labels-entrypoint": graders$5,
		"java-multistage": graders$9
	};
}));
// src/features/exercises/index.ts
init_load();
init_graders();
// src/cli/read-input.ts
/** Reads `file` (`-` is standard input) as bytes, refusing anything but a regular file of at most `maxBytes`. */
async function readInput(file, maxBytes) {
	return file === "-" ? readStandardInput(maxBytes) : readRegularFile(file, maxBytes);
}
async function readRegularFile(file, maxBytes) {
	let handle;
	try {
		handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return {
			ok: false,
			problem: `cannot read ${file}: ${errorCode(error)}`
		};
	}
	try {
		const stats = await handle.stat();
		if (!stats.isFile()) return {
			ok: false,
			problem: `cannot check ${file}: ${notRegularFile(stats)}`
		};
		if (stats.size > maxBytes) return {
			ok: false,
			problem: `cannot check ${file}: ${tooBig(stats.size, maxBytes)}`
		};
		const bytes = await readCapped(chunksOf(handle), maxBytes);
		return bytes ? {
			ok: true,
			bytes
		} : {
			ok: false,
			problem: `cannot check ${file}: ${tooBig(null, maxBytes)}`
		};
	} catch (error) {
		return {
			ok: false,
			problem: `cannot read ${file}: ${errorCode(error)}`
		};
	} finally {
		await handle.close();
	}
}
async function readStandardInput(maxBytes) {
	try {
		const bytes = await readCapped(process.stdin, maxBytes);
		return bytes ? {
			ok: true,
			bytes
		} : {
			ok: false,
			problem: `cannot check standard input: ${tooBig(null, maxBytes)}`
		};
	} catch (error) {
		return {
			ok: false,
			problem: `cannot read standard input: ${errorCode(error)}`
		};
	}
}
/** All the bytes, or null as soon as there are more than `maxBytes` (nothing further is read). */
async function readCapped(chunks, maxBytes) {
	const parts = [];
	let length = 0;
	for await (const chunk of chunks) {
		parts.push(chunk);
		length += chunk.length;
		if (length > maxBytes) return null;
	}
	return Buffer.concat(parts, length);
}
async function* chunksOf(handle) {
	for (;;) {
		const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(65536) });
		if (bytesRead === 0) return;
		yield buffer.subarray(0, bytesRead);
	}
}
function notRegularFile(stats) {
	if (stats.isDirectory()) return "it is a directory, not a file (name the Dockerfile inside it)";
	if (stats.isFIFO()) return "it is a named pipe (FIFO), not a regular file (send its text to standard input instead: dfcheck - < FILE)";
	if (stats.isCharacterDevice()) return "it is a character device, not a regular file";
	if (stats.isBlockDevice()) return "it is a block device, not a regular file";
	if (stats.isSocket()) return "it is a socket, not a regular file";
	return "it is not a regular file";
}
function tooBig(size, maxBytes) {
	return `${size === null ? "it is larger than" : `it is ${describeByteSize(size)}, larger than`} the ${describeByteSize(maxBytes)} limit (raise it with --max-size)`;
}
function errorCode(error) {
	return error.code ?? error.message;
}
// src/cli/utf8.ts
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });
/** The text (invalid sequences become U+FFFD) and, if any, where the first invalid byte is. */
function decodeUtf8(bytes) {
	const text = lenient.decode(bytes);
	const offset = firstInvalidOffset(bytes);
	if (offset === -1) return {
		text,
		invalid: null
	};
	const before = lenient.decode(bytes.subarray(0, offset));
	const lineStart = before.lastIndexOf("\n") + 1;
	return {
		text,
		invalid: {
			line: before.split("\n").length,
			column: before.length - lineStart + 1,
			offset,
			byte: bytes[offset]
		}
	};
}
/** `0xE9`, as the messages show a byte. */
function byteHex(byte) {
	return `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}
/** Byte offset where the first ill-formed sequence starts (Unicode Table 3-7), or -1. */
function firstInvalidOffset(bytes) {
	let i = 0;
	while (i < bytes.length) {
		const length = sequenceLength(bytes, i);
		if (length === 0) return i;
		i += length;
	}
	return -1;
}
/** Length of the well-formed sequence starting at `i`, or 0 when it is not one. */
function sequenceLength(bytes, i) {
	const lead = bytes[i];
	if (lead <= 127) return 1;
	const [length, low, high] = lead >= 194 && lead <= 223 ? [
		2,
		128,
		191
	] : lead === 224 ? [
		3,
		160,
		191
	] : lead === 237 ? [
		3,
		128,
		159
	] : lead >= 225 && lead <= 239 ? [
		3,
		128,
		191
	] : lead === 240 ? [
		4,
		144,
		191
	] : lead >= 241 && lead <= 243 ? [
		4,
		128,
		191
	] : lead === 244 ? [
		4,
		128,
		143
	] : [
		0,
		0,
		0
	];
	if (length === 0 || i + length > bytes.length) return 0;
	if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
	for (let k = 2; k < length; k++) if (bytes[i + k] < 128 || bytes[i + k] > 191) return 0;
	return length;
}
// src/cli/read-texts.ts
async function readTexts(files, maxBytes, printError) {
	const texts = [];
	let unreadable = false;
	for (const file of files) {
		const input = await readInput(file, maxBytes);
		if (!input.ok) {
			printError(input.problem);
			unreadable = true;
			continue;
		}
		texts.push({
			file,
			...decodeUtf8(input.bytes)
		});
	}
	return {
		texts,
		unreadable
	};
}
// src/cli/terminal-safe.ts
/** C0 controls except tab (newline too: one printed line must stay one line), DEL, C1, bidi marks and overrides. */
const TERMINAL_CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw (it escapes only C0): DEL, C1 and bidi controls. */
const RAW_IN_JSON = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Shows control characters as escapes: ESC → `\x1b`, U+202E → `\u202e`. For one line of text output. */
function escapeControls(text) {
	return text.replace(TERMINAL_CONTROLS, (char) => {
		const code = char.charCodeAt(0);
		return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
	});
}
/** JSON.stringify, pretty, with every control character as a `\uXXXX` escape: the same value, safe to print. */
function safeJson(value) {
	return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`) + "\n";
}
/** One `dfcheck: …` line on standard error, escaped. */
function printError(message) {
	process.stderr.write(`dfcheck: ${escapeControls(message)}\n`);
}
// \0dfcheck-exercises
var _dfcheck_exercises_exports = /* @__PURE__ */ __exportAll({ exercises: () => exercises });
var exercises;
var init__dfcheck_exercises = __esmMin((() => {
	init_graders();
	init_load();
	exercises = loadExercises({
		"content/exercises/distroless-healthcheck.yaml": "id: distroless-healthcheck\nlesson: distroless\nlanguage: dockerfile\ntitle:\n  en: A health check that runs on distroless\n  pt-BR: Um health check que roda no distroless\ntask:\n  en: |\n    This Go service moved to a distroless image and has been \"unhealthy\" ever since, although it answers every\n    request. The HEALTHCHECK was copied from an old Debian-based Dockerfile.\n\n    Make the HEALTHCHECK work **in the distroless final image**: it has no shell, no curl and no wget. The service\n    already helps: `/server --health` calls `http://127.0.0.1:8080/healthz` and exits 0 when it answers 200, 1\n    otherwise. (A small static health-check binary copied from the build stage works too.)\n  pt-BR: |\n    Este serviço em Go foi para uma imagem distroless e desde então está \"unhealthy\", apesar de responder a todas as\n    requisições. O HEALTHCHECK foi copiado de um Dockerfile antigo baseado em Debian.\n\n    Faça o HEALTHCHECK funcionar **na imagem final distroless**: ela não tem shell, nem curl, nem wget. O serviço já\n    ajuda: `/server --health` chama `http://127.0.0.1:8080/healthz` e sai com 0 quando recebe 200, e com 1 caso\n    contrário. (Um binário estático pequeno de health check copiado do estágio de build também serve.)\nfiles:\n  - name: go.mod\n  - name: go.sum\n  - name: main.go\n    contents: |\n      // server: serves :8080, /healthz answers 200 when ready.\n      // server --health: GET http://127.0.0.1:8080/healthz, exit 0 on 200, 1 otherwise.\n      package main\nstarter: |\n  FROM golang:1.27 AS build\n  WORKDIR /src\n  COPY go.mod go.sum ./\n  RUN go mod download\n  COPY . .\n  RUN CGO_ENABLED=0 go build -o /out/server .\n\n  FROM gcr.io/distroless/static-debian13:nonroot\n  COPY --from=build /out/server /server\n  EXPOSE 8080\n  HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/healthz || exit 1\n  ENTRYPOINT [\"/server\"]\nrequirements:\n  - id: distroless-final\n    weight: 1\n    text:\n      en: The final image stays distroless (or scratch).\n      pt-BR: A imagem final continua distroless (ou scratch).\n  - id: healthcheck-exec-form\n    weight: 2\n    text:\n      en: The final image has a HEALTHCHECK (not `NONE`) in exec (JSON) form, which needs no shell.\n      pt-BR: A imagem final tem um HEALTHCHECK (não `NONE`) na forma exec (JSON), que não precisa de shell.\n  - id: healthcheck-binary-present\n    weight: 2\n    text:\n      en: \"The program the HEALTHCHECK names (not curl, wget, nc, busybox or a shell) exists in the final image: copied from a stage (`COPY --from`), downloaded with ADD, or shipped with the image; the app's own binary gets its health flag. Whether the check is in exec form is the item above.\"\n      pt-BR: \"O programa que o HEALTHCHECK chama (nada de curl, wget, nc, busybox ou shell) existe na imagem final: copiado de um estágio (`COPY --from`), baixado com ADD ou já presente na imagem; o próprio binário da aplicação recebe a flag de health. Se o check está na forma exec é o item anterior.\"\nhints:\n  - en: Run the health check in your head inside the final image. Which programs does it need, and which of them are there?\n    pt-BR: Rode o health check de cabeça dentro da imagem final. De quais programas ele precisa, e quais deles estão lá?\n  - en: |\n      A shell-form HEALTHCHECK becomes `/bin/sh -c \"…\"`, and distroless has no `/bin/sh`, let alone curl. The JSON form\n      runs a program directly: it only has to exist in the image, like the service's own binary.\n    pt-BR: |\n      Um HEALTHCHECK na forma shell vira `/bin/sh -c \"…\"`, e o distroless não tem `/bin/sh`, muito menos curl. A forma\n      JSON roda um programa direto: ele só precisa existir na imagem, como o próprio binário do serviço.\n  - en: '`HEALTHCHECK --interval=30s --timeout=3s CMD [\"/server\", \"--health\"]`'\n    pt-BR: '`HEALTHCHECK --interval=30s --timeout=3s CMD [\"/server\", \"--health\"]`'\nsolution: |\n  FROM golang:1.27 AS build\n  WORKDIR /src\n  COPY go.mod go.sum ./\n  RUN go mod download\n  COPY . .\n  RUN CGO_ENABLED=0 go build -o /out/server .\n\n  FROM gcr.io/distroless/static-debian13:nonroot\n  COPY --from=build /out/server /server\n  EXPOSE 8080\n  HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD [\"/server\", \"--health\"]\n  ENTRYPOINT [\"/server\"]\nexplanation:\n  en: |\n    In exec form Docker starts `/server --health` directly, without a shell, so it works in an image that has nothing\n    but the binary. The check lives in the same program as the service, so it can test what matters (the database\n    connection, not just \"the port is open\") and it ships with every release. Kubernetes ignores HEALTHCHECK: there\n    you would use an httpGet probe, which the kubelet runs from outside the container and which needs no tool inside.\n  pt-BR: |\n    Na forma exec, o Docker inicia `/server --health` direto, sem shell, então funciona numa imagem que só tem o\n    binário. O check mora no mesmo programa que o serviço, então consegue testar o que importa (a conexão com o banco,\n    não só \"a porta está aberta\") e vai junto em toda versão. O Kubernetes ignora o HEALTHCHECK: lá você usaria uma\n    probe httpGet, que o kubelet roda de fora do container e que não precisa de ferramenta nenhuma dentro dele.\n",
		"content/exercises/go-static-scratch.yaml": "id: go-static-scratch\nlesson: small-images\nlanguage: dockerfile\ntitle:\n  en: A Go service on scratch\n  pt-BR: Um serviço em Go no scratch\ntask:\n  en: |\n    This Go service calls an HTTPS API. Its image weighs more than 800 MB because it ships the whole Go toolchain.\n\n    Rewrite it as a **multi-stage build**: compile in a first stage, and make the final image `scratch` (or a\n    distroless image) holding only the binary. The service must still be able to call HTTPS endpoints: on an empty\n    image, Go fails with `x509: failed to load system roots and no roots provided`.\n  pt-BR: |\n    Este serviço em Go chama uma API HTTPS. A imagem dele passa de 800 MB porque leva junto todo o toolchain do Go.\n\n    Reescreva como um **build multi-stage**: compile num primeiro estágio e faça a imagem final ser `scratch` (ou uma\n    imagem distroless) só com o binário. O serviço ainda precisa conseguir chamar endpoints HTTPS: numa imagem vazia,\n    o Go falha com `x509: failed to load system roots and no roots provided`.\nfiles:\n  - name: go.mod\n    contents: |\n      module example.com/weather\n\n      go 1.27\n  - name: go.sum\n  - name: main.go\n    contents: |\n      // Serves :8080 and calls https://api.open-meteo.com for each request.\n      package main\nstarter: |\n  FROM golang:1.27\n  WORKDIR /src\n  COPY go.mod go.sum ./\n  RUN go mod download\n  COPY . .\n  RUN go build -o /bin/weather .\n  EXPOSE 8080\n  CMD [\"/bin/weather\"]\nrequirements:\n  - id: multi-stage\n    weight: 2\n    text:\n      en: A build stage runs `go build`; the final stage neither compiles nor is based on the `golang` image, so the Go toolchain stays out of it.\n      pt-BR: Um estágio de build roda o `go build`; o estágio final não compila nem se baseia na imagem `golang`, então o toolchain do Go fica fora dele.\n  - id: minimal-final\n    weight: 2\n    text:\n      en: The final stage is `scratch` or a distroless image.\n      pt-BR: O estágio final é `scratch` ou uma imagem distroless.\n  - id: static-binary\n    weight: 2\n    text:\n      en: Every `go build` runs with cgo off (`CGO_ENABLED=0`, or a `golang` Alpine image with no C compiler installed), so the binary runs without a C library; a final image that ships glibc (distroless `base` or `cc`) also runs a cgo binary.\n      pt-BR: Todo `go build` roda com cgo desligado (`CGO_ENABLED=0`, ou uma imagem `golang` Alpine sem compilador C instalado), então o binário roda sem biblioteca C; uma imagem final que traz a glibc (distroless `base` ou `cc`) também roda um binário com cgo.\n  - id: binary-copied\n    weight: 2\n    text:\n      en: The program ENTRYPOINT (or CMD) starts, in exec (JSON) form, is the binary `go build` wrote, copied with `COPY --from` from the build stage.\n      pt-BR: O programa que o ENTRYPOINT (ou CMD) inicia, na forma exec (JSON), é o binário que o `go build` gerou, copiado com `COPY --from` do estágio de build.\n  - id: ca-certificates\n    weight: 2\n    text:\n      en: \"The final image has the CA certificates HTTPS needs: a distroless base already ships them; on scratch, a CA bundle is copied from a stage or image to where Go looks (`/etc/ssl/certs/ca-certificates.crt`, or `SSL_CERT_FILE` / `SSL_CERT_DIR`).\"\n      pt-BR: \"A imagem final tem os certificados de CA de que o HTTPS precisa: uma base distroless já traz; no scratch, um pacote de CAs é copiado de um estágio ou imagem para onde o Go procura (`/etc/ssl/certs/ca-certificates.crt` ou `SSL_CERT_FILE` / `SSL_CERT_DIR`).\"\nhints:\n  - en: What does the running service need from this 800 MB image? The compiler? git? A shell?\n    pt-BR: Do que o serviço rodando precisa nessa imagem de 800 MB? Do compilador? Do git? De um shell?\n  - en: |\n      Name the first stage (`FROM golang:1.27 AS build`), build with `CGO_ENABLED=0` so the binary needs no libc,\n      then start a second `FROM scratch` and `COPY --from=build` the binary and the CA bundle\n      `/etc/ssl/certs/ca-certificates.crt`, which scratch does not have. Distroless `static` already ships the bundle.\n    pt-BR: |\n      Dê nome ao primeiro estágio (`FROM golang:1.27 AS build`), compile com `CGO_ENABLED=0` para o binário não\n      depender da libc, depois abra um segundo `FROM scratch` e faça `COPY --from=build` do binário e do pacote de CAs\n      `/etc/ssl/certs/ca-certificates.crt`, que o scratch não tem. O distroless `static` já traz esse pacote.\n  - en: |\n      `RUN CGO_ENABLED=0 go build -o /bin/weather .`, then `FROM scratch`,\n      `COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`,\n      `COPY --from=build /bin/weather /weather` and `ENTRYPOINT [\"/weather\"]`.\n    pt-BR: |\n      `RUN CGO_ENABLED=0 go build -o /bin/weather .`, depois `FROM scratch`,\n      `COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`,\n      `COPY --from=build /bin/weather /weather` e `ENTRYPOINT [\"/weather\"]`.\nsolution: |\n  FROM golang:1.27 AS build\n  WORKDIR /src\n  COPY go.mod go.sum ./\n  RUN go mod download\n  COPY . .\n  RUN CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o /bin/weather .\n\n  FROM scratch\n  COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n  COPY --from=build /bin/weather /weather\n  USER 65532:65532\n  EXPOSE 8080\n  ENTRYPOINT [\"/weather\"]\nexplanation:\n  en: |\n    The final image is now a few megabytes: one static binary and one file of CA certificates. `CGO_ENABLED=0`\n    matters because the golang image has gcc, so a plain `go build` may link against glibc, and on scratch that\n    binary fails with the puzzling \"exec /weather: no such file or directory\". Without the CA bundle every TLS\n    handshake fails with \"x509: failed to load system roots\". `gcr.io/distroless/static-debian13` gives you the\n    bundle, /etc/passwd and tzdata for a couple of extra megabytes.\n  pt-BR: |\n    A imagem final agora tem poucos megabytes: um binário estático e um arquivo de certificados de CA. O\n    `CGO_ENABLED=0` importa porque a imagem golang tem gcc, então um `go build` simples pode linkar com a glibc, e no\n    scratch esse binário falha com o confuso \"exec /weather: no such file or directory\". Sem o pacote de CAs, todo\n    handshake TLS falha com \"x509: failed to load system roots\". A `gcr.io/distroless/static-debian13` já traz esse\n    pacote, o /etc/passwd e o tzdata por uns poucos megabytes a mais.\n",
		"content/exercises/healthcheck-timing.yaml": "id: healthcheck-timing\nlesson: healthchecks-and-probes\nlanguage: dockerfile\ntitle:\n  en: Tune a HEALTHCHECK for a slow starter\n  pt-BR: Ajuste o HEALTHCHECK de uma aplicação que demora a subir\ntask:\n  en: |\n    This Flask service loads a machine-learning model when it starts: `/health` answers only after about\n    **20 seconds**. Its HEALTHCHECK was written in a hurry and Docker either rejects it or marks the container\n    unhealthy before it ever gets ready.\n\n    Write a HEALTHCHECK with an explicit **interval**, **timeout**, **start period** and **retries** that fits this\n    app: valid durations, a start period that covers the start-up, a timeout shorter than the interval, and at least\n    one retry. Keep the check command: the image has Python, not curl.\n  pt-BR: |\n    Este serviço Flask carrega um modelo de machine learning quando sobe: o `/health` só responde depois de uns\n    **20 segundos**. O HEALTHCHECK foi escrito às pressas, e o Docker ou rejeita ou marca o container como unhealthy\n    antes de ele ficar pronto.\n\n    Escreva um HEALTHCHECK com **interval**, **timeout**, **start period** e **retries** explícitos e adequados a esta\n    aplicação: durações válidas, um start period que cubra a subida, um timeout menor que o interval e pelo menos um\n    retry. Mantenha o comando do check: a imagem tem Python, não curl.\nfiles:\n  - name: requirements.txt\n  - name: app.py\n    contents: |\n      # Loads model.bin (~20 s), then serves :8000; GET /health → 200 once the model is loaded.\nstarter: |\n  FROM python:3.12-slim\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install --no-cache-dir -r requirements.txt\n  COPY . .\n  EXPOSE 8000\n  HEALTHCHECK --interval=5 --timeout=10s --retries=0 CMD [\"python\", \"-c\", \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)\"]\n  CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\nrequirements:\n  - id: options-set\n    weight: 1\n    text:\n      en: \"`--interval`, `--timeout`, `--start-period` and `--retries` are all set, none of them to 0 (which Docker replaces with its default).\"\n      pt-BR: \"`--interval`, `--timeout`, `--start-period` e `--retries` estão todos definidos, nenhum com 0 (que o Docker troca pelo padrão).\"\n  - id: durations-valid\n    weight: 1\n    text:\n      en: Every duration (`--start-interval` too, if set) is one Docker accepts (a number with a unit, such as `10s` or `1m`), and `--retries` is a whole number.\n      pt-BR: Toda duração (o `--start-interval` também, se houver) é aceita pelo Docker (um número com unidade, como `10s` ou `1m`), e o `--retries` é um número inteiro.\n  - id: start-period-covers-startup\n    weight: 2\n    text:\n      en: The start period is at least 20 s, so it covers the start-up.\n      pt-BR: O start period é de pelo menos 20 s, então cobre a subida.\n  - id: timeout-below-interval\n    weight: 1\n    text:\n      en: The timeout is shorter than the interval (a flag left out or set to 0 counts as Docker's default, 30 s).\n      pt-BR: O timeout é menor que o interval (uma flag ausente ou com 0 vale o padrão do Docker, 30 s).\n  - id: retries-at-least-one\n    weight: 1\n    text:\n      en: \"`--retries`, when written, is a whole number of at least 1 (0 means Docker's default, 3).\"\n      pt-BR: O `--retries`, quando escrito, é um número inteiro de pelo menos 1 (0 significa o padrão do Docker, 3).\n  - id: check-runs\n    weight: 1\n    text:\n      en: The check command runs a program the image has (the slim image has no curl or wget unless you install them); in exec form, each word is its own string.\n      pt-BR: O comando do check roda um programa que a imagem tem (a imagem slim não tem curl nem wget, a não ser que você instale); na forma exec, cada palavra é uma string.\nhints:\n  - en: Read each flag as Docker does. What unit is `5`? What happens to checks that fail while the model is still loading?\n    pt-BR: Leia cada flag como o Docker lê. Qual é a unidade de `5`? O que acontece com os checks que falham enquanto o modelo ainda está carregando?\n  - en: |\n      Durations are Go durations and need a unit. Failures during `--start-period` do not count towards `--retries`,\n      so it must cover the start-up. A check that can last longer than the interval overlaps the next one, and\n      `--retries=0` is replaced by Docker's default of 3, so say what you mean.\n    pt-BR: |\n      As durações seguem o formato do Go e precisam de unidade. Falhas durante o `--start-period` não contam para o\n      `--retries`, então ele precisa cobrir a subida. Um check que pode durar mais que o interval se sobrepõe ao\n      próximo, e o `--retries=0` é trocado pelo padrão do Docker, 3, então diga o que você quer.\n  - en: '`HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD [\"python\", \"-c\", \"…\"]`'\n    pt-BR: '`HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD [\"python\", \"-c\", \"…\"]`'\nsolution: |\n  FROM python:3.12-slim\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install --no-cache-dir -r requirements.txt\n  COPY . .\n  EXPOSE 8000\n  HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --start-interval=2s --retries=3 \\\n    CMD [\"python\", \"-c\", \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=2)\"]\n  CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\nexplanation:\n  en: |\n    During the 30 s start period a failed check does not count, and the first success ends the start period early.\n    `--start-interval=2s` (Docker 25+) probes more often during that window, so the container turns healthy about\n    two seconds after the model loads instead of up to ten. After that, a check runs every 10 s, may take 3 s, and\n    three failures in a row (about 30 s) mark the container unhealthy. Leave margin: the start period should cover a\n    slow start on a busy machine, not the start-up on your laptop.\n  pt-BR: |\n    Durante os 30 s de start period, um check que falha não conta, e o primeiro sucesso encerra o start period antes.\n    O `--start-interval=2s` (Docker 25+) verifica com mais frequência nessa janela, então o container fica healthy uns\n    dois segundos depois de o modelo carregar, e não até dez. Depois disso, um check roda a cada 10 s, pode levar 3 s,\n    e três falhas seguidas (uns 30 s) marcam o container como unhealthy. Deixe folga: o start period precisa cobrir\n    uma subida lenta numa máquina ocupada, não a subida no seu notebook.\n",
		"content/exercises/java-multistage.yaml": "id: java-multistage\nlesson: databases-and-java\nlanguage: dockerfile\ntitle:\n  en: A Java service that fits its container\n  pt-BR: Um serviço Java que cabe no container\ntask:\n  en: |\n    The `orders` service is a Spring Boot application built with Maven. Its image ships Maven, the whole JDK and the\n    source code, runs as root, starts through `/bin/sh` (so `docker stop` always ends in a SIGKILL), and pins the heap\n    at 2 GB: in a Deployment limited to 1 GiB, the kernel kills it under load.\n\n    Rewrite it as a **multi-stage build**: compile with Maven and a JDK in one stage, and ship only the jar\n    (`target/orders.jar`) on a **Java runtime image** (a JRE or distroless Java image). The final image must run as a\n    **non-root** user, size its heap from the **container's memory limit** instead of a fixed `-Xmx`, and start the\n    JVM in **exec form** so it receives SIGTERM.\n  pt-BR: |\n    O serviço `orders` é uma aplicação Spring Boot compilada com Maven. A imagem dele leva o Maven, o JDK inteiro e o\n    código-fonte, roda como root, começa pelo `/bin/sh` (então o `docker stop` sempre termina num SIGKILL) e fixa o\n    heap em 2 GB: num Deployment limitado a 1 GiB, o kernel mata o processo sob carga.\n\n    Reescreva como um **build multi-stage**: compile com Maven e um JDK num estágio e entregue só o jar\n    (`target/orders.jar`) numa **imagem de runtime Java** (uma imagem JRE ou distroless Java). A imagem final precisa\n    rodar com um usuário **que não seja root**, dimensionar o heap pelo **limite de memória do container** em vez de\n    um `-Xmx` fixo e iniciar a JVM na **forma exec**, para ela receber o SIGTERM.\nfiles:\n  - name: pom.xml\n    contents: |\n      <!-- Spring Boot 3, Java 21; <finalName>orders</finalName> builds target/orders.jar -->\n  - name: src/\nstarter: |\n  FROM maven:3.9-eclipse-temurin-21\n  WORKDIR /app\n  COPY . .\n  RUN mvn -B -q package -DskipTests\n  EXPOSE 8080\n  CMD java -Xmx2g -jar target/orders.jar\nrequirements:\n  - id: build-stage\n    weight: 2\n    text:\n      en: A build stage runs Maven (or Gradle) with a JDK, and the final stage takes the jar from it with `COPY --from`; the final stage itself runs no build tool.\n      pt-BR: Um estágio de build roda o Maven (ou o Gradle) com um JDK, e o estágio final pega o jar dele com `COPY --from`; o estágio final em si não roda nenhuma ferramenta de build.\n  - id: runtime-image\n    weight: 2\n    text:\n      en: The final stage is built on a Java runtime image, a JRE (`eclipse-temurin:21-jre`…) or distroless Java (`gcr.io/distroless/java21-debian13`…), not on a JDK or a Maven/Gradle image.\n      pt-BR: O estágio final usa como base uma imagem de runtime Java, uma JRE (`eclipse-temurin:21-jre`…) ou distroless Java (`gcr.io/distroless/java21-debian13`…), e não um JDK nem uma imagem do Maven/Gradle.\n  - id: non-root\n    weight: 1\n    text:\n      en: The final image runs as a user that is not root (a numeric uid, a user created before USER, `nobody`, or a `:nonroot` distroless tag).\n      pt-BR: A imagem final roda com um usuário que não é root (um uid numérico, um usuário criado antes do USER, o `nobody` ou uma tag distroless `:nonroot`).\n  - id: heap-percentage\n    weight: 1\n    text:\n      en: The heap is a percentage of the container limit, `-XX:MaxRAMPercentage` above the default 25 and at most 90, on the java command line or in `JAVA_TOOL_OPTIONS` / `JDK_JAVA_OPTIONS` (the JVM never reads `JAVA_OPTS`); no fixed `-Xmx`, and container support left on.\n      pt-BR: O heap é uma porcentagem do limite do container, `-XX:MaxRAMPercentage` acima do padrão 25 e no máximo 90, na linha de comando do java ou no `JAVA_TOOL_OPTIONS` / `JDK_JAVA_OPTIONS` (a JVM nunca lê o `JAVA_OPTS`); sem `-Xmx` fixo e com o suporte a container ligado.\n  - id: exec-start\n    weight: 1\n    text:\n      en: \"The JVM starts in exec form, so it is PID 1 and gets SIGTERM: an exec-form ENTRYPOINT or CMD that runs `java`, or, on a distroless Java image, its own `java -jar` entrypoint with an exec-form CMD naming the jar.\"\n      pt-BR: \"A JVM começa na forma exec, então é o PID 1 e recebe o SIGTERM: um ENTRYPOINT ou CMD na forma exec que roda o `java` ou, numa imagem distroless Java, o próprio entrypoint `java -jar` dela com um CMD na forma exec que aponta o jar.\"\nhints:\n  - en: What does the running service need from this image, and what was only needed to build it? Who is PID 1 when CMD is a plain string?\n    pt-BR: Do que o serviço precisa desta imagem quando está rodando, e o que só era necessário para o build? Quem é o PID 1 quando o CMD é uma string simples?\n  - en: |\n      Name the first stage (`AS build`) and start a second `FROM` on a JRE image, then `COPY --from=build` the jar.\n      The JVM reads the cgroup limit since JDK 10 (8u191): `-XX:MaxRAMPercentage=75` gives the heap three quarters of\n      it and leaves the rest for metaspace, threads and buffers. A JSON-array ENTRYPOINT makes `java` PID 1.\n    pt-BR: |\n      Dê nome ao primeiro estágio (`AS build`) e comece um segundo `FROM` numa imagem JRE, depois faça\n      `COPY --from=build` do jar. A JVM lê o limite do cgroup desde o JDK 10 (8u191): `-XX:MaxRAMPercentage=75` dá ao\n      heap três quartos dele e deixa o resto para metaspace, threads e buffers. Um ENTRYPOINT em array JSON faz do\n      `java` o PID 1.\n  - en: |\n      `FROM eclipse-temurin:21-jre`, `RUN useradd --system --uid 10001 app`,\n      `COPY --from=build /src/target/orders.jar /app/orders.jar`, `USER 10001` and\n      `ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/orders.jar\"]`.\n    pt-BR: |\n      `FROM eclipse-temurin:21-jre`, `RUN useradd --system --uid 10001 app`,\n      `COPY --from=build /src/target/orders.jar /app/orders.jar`, `USER 10001` e\n      `ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/orders.jar\"]`.\nsolution: |\n  FROM maven:3.9-eclipse-temurin-21 AS build\n  WORKDIR /src\n  COPY pom.xml .\n  RUN mvn -B -q dependency:go-offline\n  COPY src ./src\n  RUN mvn -B -q package -DskipTests\n\n  FROM eclipse-temurin:21-jre\n  RUN useradd --system --uid 10001 --no-create-home app\n  WORKDIR /app\n  COPY --from=build /src/target/orders.jar /app/orders.jar\n  USER 10001\n  EXPOSE 8080\n  ENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app/orders.jar\"]\nexplanation:\n  en: |\n    Maven, the compiler, the source and the local repository stay in the build stage; the final image holds a Java\n    runtime and one jar. Copying `pom.xml` and resolving the dependencies before `COPY src` keeps that slow step cached\n    until the dependencies change. With a 1 GiB limit, `MaxRAMPercentage=75` gives a heap of about 768 MiB and leaves\n    about 256 MiB for metaspace, thread stacks, the code cache and direct buffers; the same image adapts when someone\n    changes the limit, which a fixed `-Xmx2g` never does (it promises the heap more than the cgroup allows, and the\n    OOM killer ends the process without a Java stack trace). On `gcr.io/distroless/java21-debian13:nonroot` the same\n    service is `COPY --from=build … /app/orders.jar`, `ENV JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75` and\n    `CMD [\"/app/orders.jar\"]`: that image's entrypoint is already `java -jar` and it runs as uid 65532. Measure the\n    resident size under load before you settle on a percentage.\n  pt-BR: |\n    O Maven, o compilador, o código-fonte e o repositório local ficam no estágio de build; a imagem final leva um\n    runtime Java e um jar. Copiar o `pom.xml` e resolver as dependências antes do `COPY src` mantém esse passo lento no\n    cache até as dependências mudarem. Com um limite de 1 GiB, `MaxRAMPercentage=75` dá um heap de uns 768 MiB e deixa\n    uns 256 MiB para metaspace, pilhas de threads, code cache e buffers diretos; a mesma imagem se ajusta quando alguém\n    muda o limite, coisa que um `-Xmx2g` fixo nunca faz (ele promete ao heap mais do que o cgroup permite, e o OOM\n    killer encerra o processo sem stack trace Java). Em `gcr.io/distroless/java21-debian13:nonroot` o mesmo serviço\n    fica `COPY --from=build … /app/orders.jar`, `ENV JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75` e\n    `CMD [\"/app/orders.jar\"]`: o entrypoint dessa imagem já é `java -jar` e ela roda com o uid 65532. Meça o tamanho\n    residente sob carga antes de fechar uma porcentagem.\n",
		"content/exercises/kubernetes-probes.yaml": "id: kubernetes-probes\nlesson: healthchecks-and-probes\nlanguage: yaml\ntitle:\n  en: Startup, readiness and liveness probes\n  pt-BR: Probes de startup, readiness e liveness\ntask:\n  en: |\n    The `catalog` service needs about **40 seconds** to start (it warms a cache from the database). Its Deployment\n    has one liveness probe that starts checking after 5 seconds, so the kubelet kills the container before it ever\n    finishes starting: `CrashLoopBackOff`.\n\n    Give the container three probes:\n\n    - a **startupProbe** that gives the app enough time to start (at least 40 s);\n    - a **livenessProbe** that restarts a hung app, with no long initial delay (the startup probe already holds it back);\n    - a **readinessProbe** that keeps traffic away while the app cannot serve.\n\n    The app answers `GET /health` on port 8080 while the process works, and `GET /ready` when it can serve requests.\n    Every probe's timeout must be shorter than its period.\n  pt-BR: |\n    O serviço `catalog` leva uns **40 segundos** para subir (ele aquece um cache a partir do banco). O Deployment dele\n    tem uma liveness probe que começa a verificar depois de 5 segundos, então o kubelet mata o container antes de ele\n    terminar de subir: `CrashLoopBackOff`.\n\n    Dê três probes ao container:\n\n    - uma **startupProbe** que dê tempo de a aplicação subir (pelo menos 40 s);\n    - uma **livenessProbe** que reinicie a aplicação travada, sem um atraso inicial longo (a startup probe já segura);\n    - uma **readinessProbe** que tire o tráfego enquanto a aplicação não consegue atender.\n\n    A aplicação responde `GET /health` na porta 8080 enquanto o processo funciona, e `GET /ready` quando consegue\n    atender requisições. O timeout de cada probe precisa ser menor que o período dela.\nfiles:\n  - name: deployment.yaml\nstarter: |\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: catalog\n  spec:\n    replicas: 3\n    selector:\n      matchLabels:\n        app: catalog\n    template:\n      metadata:\n        labels:\n          app: catalog\n      spec:\n        containers:\n          - name: catalog\n            image: registry.example.com/catalog:2.4.1\n            ports:\n              - name: http\n                containerPort: 8080\n            livenessProbe:\n              httpGet:\n                path: /health\n                port: 8080\n              initialDelaySeconds: 5\n              periodSeconds: 5\n              timeoutSeconds: 5\nrequirements:\n  - id: valid-manifest\n    weight: 1\n    text:\n      en: The YAML parses and describes a Pod or a workload with a container.\n      pt-BR: O YAML é válido e descreve um Pod ou um workload com um container.\n  - id: startup-probe-covers-start\n    weight: 3\n    text:\n      en: A startupProbe allows at least 40 s (initialDelaySeconds + failureThreshold × periodSeconds; a field left out or set to 0 takes Kubernetes' default).\n      pt-BR: Uma startupProbe permite pelo menos 40 s (initialDelaySeconds + failureThreshold × periodSeconds; um campo ausente ou com 0 vale o padrão do Kubernetes).\n  - id: liveness-after-startup\n    weight: 2\n    text:\n      en: A livenessProbe that does not ask `/ready`, with no long initialDelaySeconds next to a startup probe (at most 10 s), or covering the 40 s start-up without one.\n      pt-BR: Uma livenessProbe que não pergunta o `/ready`, sem initialDelaySeconds longo junto de uma startup probe (no máximo 10 s), ou cobrindo os 40 s de subida sem ela.\n  - id: readiness-probe\n    weight: 2\n    text:\n      en: A readinessProbe, ideally on its own endpoint (`/ready`).\n      pt-BR: Uma readinessProbe, de preferência num endpoint próprio (`/ready`).\n  - id: timeouts-below-periods\n    weight: 1\n    text:\n      en: \"Every probe's timeoutSeconds is shorter than its periodSeconds (a field left out or set to 0 takes Kubernetes' default: 1 s and 10 s).\"\n      pt-BR: \"O timeoutSeconds de cada probe é menor que o periodSeconds dela (um campo ausente ou com 0 vale o padrão do Kubernetes: 1 s e 10 s).\"\n  - id: valid-handlers\n    weight: 1\n    text:\n      en: Every probe has exactly one valid handler (HTTP httpGet to port 8080 on `/health` or `/ready`, tcpSocket to port 8080, exec with a command, or grpc), whole numbers of at least 0, and a successThreshold of 1 except on readiness.\n      pt-BR: Toda probe tem exatamente um handler válido (httpGet em HTTP na porta 8080 em `/health` ou `/ready`, tcpSocket na porta 8080, exec com um comando ou grpc), números inteiros de pelo menos 0 e successThreshold 1, a não ser na readiness.\nhints:\n  - en: Follow the kubelet second by second from the container start. When does the liveness probe fail for the third time, and where is the app then?\n    pt-BR: Acompanhe o kubelet segundo a segundo desde o início do container. Quando a liveness falha pela terceira vez, e em que ponto está a aplicação?\n  - en: |\n      While a startup probe has not succeeded, the liveness and readiness probes do not run. It gets\n      `failureThreshold × periodSeconds` seconds (plus `initialDelaySeconds`) before the kubelet restarts the\n      container. Liveness asks \"should I restart you?\", readiness asks \"should I send you traffic?\".\n    pt-BR: |\n      Enquanto a startup probe não passa, a liveness e a readiness não rodam. Ela tem\n      `failureThreshold × periodSeconds` segundos (mais o `initialDelaySeconds`) antes de o kubelet reiniciar o\n      container. A liveness pergunta \"reinicio você?\", a readiness pergunta \"mando tráfego para você?\".\n  - en: |\n      `startupProbe: { httpGet: { path: /health, port: http }, periodSeconds: 5, failureThreshold: 12 }` (60 s), a\n      `livenessProbe` on `/health` with `periodSeconds: 10, timeoutSeconds: 2`, and a `readinessProbe` on `/ready`\n      with `periodSeconds: 5, timeoutSeconds: 2`.\n    pt-BR: |\n      `startupProbe: { httpGet: { path: /health, port: http }, periodSeconds: 5, failureThreshold: 12 }` (60 s), uma\n      `livenessProbe` em `/health` com `periodSeconds: 10, timeoutSeconds: 2` e uma `readinessProbe` em `/ready` com\n      `periodSeconds: 5, timeoutSeconds: 2`.\nsolution: |\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata:\n    name: catalog\n  spec:\n    replicas: 3\n    selector:\n      matchLabels:\n        app: catalog\n    template:\n      metadata:\n        labels:\n          app: catalog\n      spec:\n        containers:\n          - name: catalog\n            image: registry.example.com/catalog:2.4.1\n            ports:\n              - name: http\n                containerPort: 8080\n            startupProbe:\n              httpGet:\n                path: /health\n                port: http\n              periodSeconds: 5\n              timeoutSeconds: 2\n              failureThreshold: 12\n            livenessProbe:\n              httpGet:\n                path: /health\n                port: http\n              periodSeconds: 10\n              timeoutSeconds: 2\n              failureThreshold: 3\n            readinessProbe:\n              httpGet:\n                path: /ready\n                port: http\n              periodSeconds: 5\n              timeoutSeconds: 2\n              failureThreshold: 2\nexplanation:\n  en: |\n    The startup probe gives the app up to 60 s (12 × 5 s) and lets it through as soon as `/health` answers, so a fast\n    start is not slowed down and a slow one is not killed. From then on the liveness probe restarts the container\n    only after 30 s of failures, and the readiness probe takes the pod out of the Service within about 10 s whenever\n    `/ready` fails (a lost database connection, for example) without restarting anything. Keep liveness cheap and\n    local: if it checked the database, a database outage would restart every pod at once.\n  pt-BR: |\n    A startup probe dá até 60 s (12 × 5 s) à aplicação e libera assim que o `/health` responde, então uma subida\n    rápida não fica mais lenta e uma subida lenta não é morta. Daí em diante, a liveness só reinicia o container\n    depois de 30 s de falhas, e a readiness tira o pod do Service em uns 10 s sempre que o `/ready` falhar (uma conexão\n    com o banco perdida, por exemplo), sem reiniciar nada. Deixe a liveness barata e local: se ela verificasse o banco,\n    uma queda do banco reiniciaria todos os pods ao mesmo tempo.\n",
		"content/exercises/lean-layers.yaml": "id: lean-layers\nlesson: dockerfile-practices\nlanguage: dockerfile\ntitle:\n  en: COPY, fewer layers, no leftovers\n  pt-BR: COPY, menos camadas e nada de sobras\ntask:\n  en: |\n    This backup image works, but each line left something behind: a layer with stale package lists, a \"cleanup\" that\n    frees nothing, recommended packages nobody asked for, and `ADD` where a plain copy is meant.\n\n    Rewrite it so that local files are copied with **COPY**, `apt-get update` and `install` run in **one RUN** with\n    `--no-install-recommends`, and the apt lists are removed **in that same RUN**. The image must still install\n    `curl` and `ca-certificates`, copy `backup.sh` and the `config/` folder, and run the script.\n  pt-BR: |\n    Esta imagem de backup funciona, mas cada linha deixou alguma coisa para trás: uma camada com listas de pacotes\n    velhas, uma \"limpeza\" que não libera nada, pacotes recomendados que ninguém pediu e `ADD` onde a intenção é só\n    copiar.\n\n    Reescreva para que os arquivos locais sejam copiados com **COPY**, o `apt-get update` e o `install` rodem em\n    **um RUN só** com `--no-install-recommends`, e as listas do apt sejam apagadas **nesse mesmo RUN**. A imagem\n    ainda precisa instalar `curl` e `ca-certificates`, copiar o `backup.sh` e a pasta `config/` e rodar o script.\nfiles:\n  - name: backup.sh\n  - name: config/backup.conf\nstarter: |\n  FROM debian:trixie-slim\n  RUN apt-get update\n  RUN apt-get install -y curl ca-certificates\n  RUN rm -rf /var/lib/apt/lists/*\n  ADD backup.sh /usr/local/bin/backup.sh\n  ADD config/ /etc/backup/\n  CMD [\"/usr/local/bin/backup.sh\"]\nrequirements:\n  - id: copy-not-add\n    weight: 1\n    text:\n      en: Local files are copied with COPY; ADD is left only for URLs and archives to unpack (`.tar`, `.tgz`…).\n      pt-BR: Os arquivos locais são copiados com COPY; o ADD fica só para URLs e arquivos compactados a descompactar (`.tar`, `.tgz`…).\n  - id: update-with-install\n    weight: 2\n    text:\n      en: Every `apt-get install` has an `apt-get update` before it in the same RUN, and no RUN runs `apt-get update` alone.\n      pt-BR: Todo `apt-get install` tem um `apt-get update` antes dele no mesmo RUN, e nenhum RUN roda o `apt-get update` sozinho.\n  - id: lists-cleaned\n    weight: 2\n    text:\n      en: Every RUN that installs with apt removes `/var/lib/apt/lists/*` after the install, in that same RUN (or mounts a cache there).\n      pt-BR: Todo RUN que instala com o apt apaga o `/var/lib/apt/lists/*` depois do install, nesse mesmo RUN (ou monta um cache ali).\n  - id: no-install-recommends\n    weight: 1\n    text:\n      en: Every apt install leaves out the recommended packages (`--no-install-recommends`, or `APT::Install-Recommends \"false\"` in apt's configuration).\n      pt-BR: Todo apt install deixa de fora os pacotes recomendados (`--no-install-recommends`, ou `APT::Install-Recommends \"false\"` na configuração do apt).\n  - id: same-result\n    weight: 1\n    text:\n      en: The image still installs curl and ca-certificates (with `-y`, so the build does not stop to ask), copies config/ to /etc/backup/ and backup.sh into the image, and runs the script.\n      pt-BR: A imagem continua instalando curl e ca-certificates (com `-y`, para o build não parar para perguntar), copiando config/ para /etc/backup/ e o backup.sh para a imagem, e rodando o script.\nhints:\n  - en: Each instruction makes a layer that keeps whatever it wrote. Which layer still holds the package lists after the \"cleanup\" line?\n    pt-BR: Cada instrução gera uma camada que guarda tudo o que ela gravou. Qual camada ainda tem as listas de pacotes depois da linha de \"limpeza\"?\n  - en: |\n      Layers only add: `rm` in a later layer hides files but does not shrink the image. Download, install and clean in\n      one RUN joined with `&&`. ADD also unpacks archives and fetches URLs; for plain files, COPY is the clear choice.\n    pt-BR: |\n      Camadas só somam: um `rm` numa camada seguinte esconde os arquivos, mas não diminui a imagem. Baixe, instale e\n      limpe num RUN só, ligado com `&&`. O ADD também descompacta arquivos e baixa URLs; para arquivo comum, o COPY é\n      a escolha clara.\n  - en: |\n      `RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*`,\n      then `COPY backup.sh /usr/local/bin/backup.sh` and `COPY config/ /etc/backup/`.\n    pt-BR: |\n      `RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*`,\n      depois `COPY backup.sh /usr/local/bin/backup.sh` e `COPY config/ /etc/backup/`.\nsolution: |\n  FROM debian:trixie-slim\n  RUN apt-get update \\\n   && apt-get install -y --no-install-recommends curl ca-certificates \\\n   && rm -rf /var/lib/apt/lists/*\n  COPY backup.sh /usr/local/bin/backup.sh\n  COPY config/ /etc/backup/\n  CMD [\"/usr/local/bin/backup.sh\"]\nexplanation:\n  en: |\n    One RUN means one layer holding only the installed packages: the lists (around 20 MB on Debian 13) are downloaded\n    and deleted before the layer is saved. Keeping update and install together also means a cached layer can never\n    pair an old package list with a new install line. `--no-install-recommends` alone often saves tens of megabytes.\n    COPY does one thing, so whoever reads the Dockerfile knows nothing is being unpacked or downloaded.\n  pt-BR: |\n    Um RUN só significa uma camada só com os pacotes instalados: as listas (uns 20 MB no Debian 13) são baixadas e\n    apagadas antes de a camada ser gravada. Manter update e install juntos também garante que uma camada em cache\n    nunca junte uma lista de pacotes velha com uma linha de install nova. Só o `--no-install-recommends` muitas vezes\n    economiza dezenas de megabytes. O COPY faz uma coisa só, então quem lê o Dockerfile sabe que nada está sendo\n    descompactado ou baixado.\n",
		"content/exercises/node-alpine-prod.yaml": "id: node-alpine-prod\nlesson: small-images\nlanguage: dockerfile\ntitle:\n  en: A small Node.js image with production dependencies only\n  pt-BR: Uma imagem Node.js pequena, só com dependências de produção\ntask:\n  en: |\n    This Express API weighs 1.1 GB: the full `node` image (Debian with compilers), every devDependency (Jest,\n    TypeScript, ESLint…), and a cache that breaks whenever one line of code changes.\n\n    Make the final image **Alpine-based**, with **production dependencies only**, and order the steps so that\n    `npm ci` stays cached while you edit the code: the `package*.json` files are copied before the sources.\n    A single stage or a multi-stage build are both fine.\n  pt-BR: |\n    Esta API Express pesa 1,1 GB: a imagem `node` completa (Debian com compiladores), todas as devDependencies (Jest,\n    TypeScript, ESLint…) e um cache que quebra sempre que uma linha de código muda.\n\n    Faça a imagem final ser **baseada em Alpine**, **só com as dependências de produção**, e ordene os passos para o\n    `npm ci` continuar em cache enquanto você mexe no código: os arquivos `package*.json` são copiados antes do\n    código. Pode ser um estágio só ou um build multi-stage.\nfiles:\n  - name: package.json\n    contents: |\n      { \"scripts\": { \"start\": \"node server.js\", \"test\": \"jest\" },\n        \"dependencies\": { \"express\": \"^4.21.0\" },\n        \"devDependencies\": { \"jest\": \"^29.7.0\", \"eslint\": \"^9.0.0\" } }\n  - name: package-lock.json\n  - name: server.js\n  - name: src/\nstarter: |\n  FROM node:24\n  WORKDIR /app\n  COPY . .\n  RUN npm install\n  EXPOSE 3000\n  CMD [\"node\", \"server.js\"]\nrequirements:\n  - id: alpine-base\n    weight: 1\n    text:\n      en: \"The final image is based on an official Alpine image: a `node` Alpine tag (e.g. `node:24-alpine`) or `alpine`.\"\n      pt-BR: \"A imagem final é baseada numa imagem oficial Alpine: uma tag Alpine do `node` (por exemplo `node:24-alpine`) ou o `alpine`.\"\n  - id: production-deps-only\n    weight: 2\n    text:\n      en: \"Only production dependencies end up in the final image: the last install in the stage its node_modules come from skips the devDependencies (`npm ci --omit=dev` or `NODE_ENV=production`), or `npm prune --omit=dev` runs after it.\"\n      pt-BR: \"Só as dependências de produção vão para a imagem final: o último install do estágio de onde vem o node_modules deixa de fora as devDependencies (`npm ci --omit=dev` ou `NODE_ENV=production`), ou um `npm prune --omit=dev` roda depois dele.\"\n  - id: manifests-first\n    weight: 2\n    text:\n      en: \"Before the first install, only dependency manifests are copied: `package*.json` (with the lockfile, which `npm ci` needs), not the source code.\"\n      pt-BR: \"Antes do primeiro install, só os manifestos de dependências são copiados: o `package*.json` (com o lockfile, de que o `npm ci` precisa), não o código-fonte.\"\n  - id: starts-app\n    weight: 1\n    text:\n      en: The app's code is in the image (`COPY . .`, `server.js`, or copied from a build stage) and the start command still runs it (`npm start` or `node server.js`).\n      pt-BR: O código da aplicação está na imagem (`COPY . .`, `server.js` ou copiado de um estágio de build) e o comando de início continua rodando a aplicação (`npm start` ou `node server.js`).\nhints:\n  - en: Three things make this image big and slow to rebuild. Which base, which dependencies, and which line breaks the cache?\n    pt-BR: Três coisas deixam esta imagem grande e lenta para refazer. Qual base, quais dependências e qual linha quebra o cache?\n  - en: |\n      Docker reuses a layer only if everything it depends on is unchanged. `COPY . .` before `npm install` ties the\n      dependencies to every source file. `npm ci --omit=dev` installs exactly the lockfile, without devDependencies.\n    pt-BR: |\n      O Docker só reaproveita uma camada se tudo de que ela depende não mudou. `COPY . .` antes do `npm install`\n      amarra as dependências a cada arquivo de código. `npm ci --omit=dev` instala exatamente o lockfile, sem as\n      devDependencies.\n  - en: |\n      `FROM node:24-alpine`, `COPY package.json package-lock.json ./`, `RUN npm ci --omit=dev`, then `COPY . .`.\n    pt-BR: |\n      `FROM node:24-alpine`, `COPY package.json package-lock.json ./`, `RUN npm ci --omit=dev`, depois `COPY . .`.\nsolution: |\n  FROM node:24-alpine\n  ENV NODE_ENV=production\n  WORKDIR /app\n  COPY package.json package-lock.json ./\n  RUN npm ci --omit=dev && npm cache clean --force\n  COPY . .\n  USER node\n  EXPOSE 3000\n  CMD [\"node\", \"server.js\"]\nexplanation:\n  en: |\n    The image drops from about 1.1 GB to around 150 MB: Alpine instead of full Debian, no devDependencies, and no npm\n    cache. Because only `package*.json` is copied before `npm ci`, editing `server.js` rebuilds just the last layers\n    in seconds. `NODE_ENV=production` also makes Express skip its development-only checks. When the app needs a\n    build step (TypeScript, a bundler), do it in a first stage with all dependencies and copy only the output and the\n    production `node_modules` into the final one.\n  pt-BR: |\n    A imagem cai de uns 1,1 GB para uns 150 MB: Alpine em vez do Debian completo, sem devDependencies e sem o cache\n    do npm. Como só o `package*.json` é copiado antes do `npm ci`, editar o `server.js` refaz só as últimas camadas em\n    segundos. O `NODE_ENV=production` também faz o Express pular as verificações de desenvolvimento. Quando a\n    aplicação tem etapa de build (TypeScript, bundler), faça num primeiro estágio com todas as dependências e copie só\n    o resultado e o `node_modules` de produção para o estágio final.\n",
		"content/exercises/oci-labels-entrypoint.yaml": "id: oci-labels-entrypoint\nlesson: docker-and-oci\nlanguage: dockerfile\ntitle:\n  en: Label the image the OCI way, and split ENTRYPOINT from CMD\n  pt-BR: Rotule a imagem do jeito OCI e separe o ENTRYPOINT do CMD\ntask:\n  en: |\n    This image of `thumbnailer`, a small Go service, runs fine, but nothing in it says where it came from: a scanner\n    or a registry that finds it next year cannot tell which commit, version or licence it holds. It also starts with\n    a shell-form `CMD` that bakes in its flags, so `docker run thumbnailer --workers 8` replaces the whole command\n    instead of one flag, and `/bin/sh` stands between `docker stop` and the program.\n\n    1. Give the **final image** the OCI annotation keys as labels: `org.opencontainers.image.source`\n       (https://github.com/example/thumbnailer), `…version`, `…revision`, `…created` and `…licenses` (the code is\n       under the Apache License 2.0). The revision and the build date change on every build: take them from build\n       arguments that CI passes with `--build-arg`.\n    2. Start the program with an exec-form `ENTRYPOINT`, and move its default flags (`--listen :8080 --workers 4`)\n       to an exec-form `CMD`, so that arguments after the image name replace the flags, not the program.\n  pt-BR: |\n    Esta imagem do `thumbnailer`, um pequeno serviço em Go, roda bem, mas nada nela diz de onde veio: um scanner ou\n    um registry que a encontre daqui a um ano não tem como saber qual commit, qual versão ou qual licença ela carrega.\n    Ela também começa com um `CMD` na forma shell que embute as flags, então `docker run thumbnailer --workers 8`\n    substitui o comando inteiro em vez de uma flag, e o `/bin/sh` fica entre o `docker stop` e o programa.\n\n    1. Dê à **imagem final** as chaves de anotação da OCI como labels: `org.opencontainers.image.source`\n       (https://github.com/example/thumbnailer), `…version`, `…revision`, `…created` e `…licenses` (o código está\n       sob a Apache License 2.0). A revisão e a data do build mudam a cada build: pegue as duas de argumentos de\n       build que o CI passa com `--build-arg`.\n    2. Inicie o programa com um `ENTRYPOINT` na forma exec e leve as flags padrão (`--listen :8080 --workers 4`)\n       para um `CMD` na forma exec, para que os argumentos depois do nome da imagem substituam as flags, e não o\n       programa.\nfiles:\n  - name: go.mod\n  - name: go.sum\n  - name: cmd/thumbnailer/main.go\n    contents: |\n      // Serves :8080; flags --listen and --workers.\nstarter: |\n  FROM golang:1.26-alpine AS build\n  WORKDIR /src\n  COPY go.mod go.sum ./\n  RUN go mod download\n  COPY . .\n  RUN CGO_ENABLED=0 go build -o /out/thumbnailer ./cmd/thumbnailer\n\n  FROM alpine:3.23\n  COPY --from=build /out/thumbnailer /usr/local/bin/thumbnailer\n  USER 65534:65534\n  EXPOSE 8080\n  CMD thumbnailer --listen :8080 --workers 4\nrequirements:\n  - id: oci-labels\n    weight: 2\n    text:\n      en: The final image has a non-empty LABEL for each of `org.opencontainers.image.source` (a URL), `.version`, `.revision`, `.created` and `.licenses` (an SPDX expression such as `Apache-2.0`). A LABEL in the build stage does not reach the final image.\n      pt-BR: A imagem final tem um LABEL não vazio para cada uma das chaves `org.opencontainers.image.source` (uma URL), `.version`, `.revision`, `.created` e `.licenses` (uma expressão SPDX, como `Apache-2.0`). Um LABEL no estágio de build não chega à imagem final.\n  - id: build-args\n    weight: 1\n    text:\n      en: \"`.revision` and `.created` come from build arguments (`ARG`) declared in the final stage before the LABEL and used as `$NAME` or `${NAME}`, not from a value written in the Dockerfile.\"\n      pt-BR: \"`.revision` e `.created` vêm de argumentos de build (`ARG`) declarados no estágio final antes do LABEL e usados como `$NOME` ou `${NOME}`, e não de um valor escrito no Dockerfile.\"\n  - id: exec-entrypoint\n    weight: 2\n    text:\n      en: The image starts with an exec-form (JSON) `ENTRYPOINT` that runs `thumbnailer` directly, with no shell in between.\n      pt-BR: A imagem começa com um `ENTRYPOINT` na forma exec (JSON) que roda o `thumbnailer` direto, sem shell no meio.\n  - id: cmd-defaults\n    weight: 1\n    text:\n      en: An exec-form `CMD` in the final stage holds the default flags (`--listen` and `--workers`) and does not repeat the program's name.\n      pt-BR: Um `CMD` na forma exec no estágio final guarda as flags padrão (`--listen` e `--workers`) e não repete o nome do programa.\nhints:\n  - en: Which stage becomes the image you push? And when you run `docker run thumbnailer --workers 8`, what does Docker replace?\n    pt-BR: Qual estágio vira a imagem que você publica? E quando você roda `docker run thumbnailer --workers 8`, o que o Docker substitui?\n  - en: |\n      Labels live in the image config of the stage they are written in, so put them in the final stage. `ARG REVISION`\n      inside that stage makes `$REVISION` readable by the LABEL. With both in exec form, Docker runs ENTRYPOINT followed\n      by CMD, and arguments given to `docker run` replace only the CMD part.\n    pt-BR: |\n      Labels ficam na configuração da imagem do estágio em que foram escritos, então coloque no estágio final. Um\n      `ARG REVISION` dentro desse estágio deixa o LABEL ler `$REVISION`. Com os dois na forma exec, o Docker roda o\n      ENTRYPOINT seguido do CMD, e os argumentos do `docker run` substituem só a parte do CMD.\n  - en: |\n      In the final stage: `ARG VERSION=dev`, `ARG REVISION`, `ARG CREATED`, then\n      `LABEL org.opencontainers.image.revision=\"${REVISION}\" org.opencontainers.image.created=\"${CREATED}\" …`, and at the\n      end `ENTRYPOINT [\"/usr/local/bin/thumbnailer\"]` and `CMD [\"--listen\", \":8080\", \"--workers\", \"4\"]`.\n    pt-BR: |\n      No estágio final: `ARG VERSION=dev`, `ARG REVISION`, `ARG CREATED`, depois\n      `LABEL org.opencontainers.image.revision=\"${REVISION}\" org.opencontainers.image.created=\"${CREATED}\" …` e, no\n      fim, `ENTRYPOINT [\"/usr/local/bin/thumbnailer\"]` e `CMD [\"--listen\", \":8080\", \"--workers\", \"4\"]`.\nsolution: |\n  FROM golang:1.26-alpine AS build\n  WORKDIR /src\n  COPY go.mod go.sum ./\n  RUN go mod download\n  COPY . .\n  RUN CGO_ENABLED=0 go build -o /out/thumbnailer ./cmd/thumbnailer\n\n  FROM alpine:3.23\n  ARG VERSION=dev\n  ARG REVISION\n  ARG CREATED\n  LABEL org.opencontainers.image.source=\"https://github.com/example/thumbnailer\" \\\n        org.opencontainers.image.version=\"${VERSION}\" \\\n        org.opencontainers.image.revision=\"${REVISION}\" \\\n        org.opencontainers.image.created=\"${CREATED}\" \\\n        org.opencontainers.image.licenses=\"Apache-2.0\"\n  COPY --from=build /out/thumbnailer /usr/local/bin/thumbnailer\n  USER 65534:65534\n  EXPOSE 8080\n  ENTRYPOINT [\"/usr/local/bin/thumbnailer\"]\n  CMD [\"--listen\", \":8080\", \"--workers\", \"4\"]\nexplanation:\n  en: |\n    CI builds it with `docker build --build-arg VERSION=1.4.2 --build-arg REVISION=\"$(git rev-parse HEAD)\"\n    --build-arg CREATED=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" .`, and `docker image inspect` then shows where the image came\n    from. The keys are the ones the OCI image specification pre-defines for annotations (`created` is an RFC 3339 date,\n    `licenses` an SPDX expression); Docker stores LABELs in the image config, and registries such as GitHub's read\n    `org.opencontainers.image.source` to link a package to its repository. `docker buildx build --annotation` can\n    write the same keys into the manifest as well. With `ENTRYPOINT` and `CMD` both in exec form, `docker run thumbnailer` runs `thumbnailer --listen :8080 --workers 4` as PID 1, and\n    `docker run thumbnailer --help` runs `thumbnailer --help`.\n  pt-BR: |\n    O CI faz o build com `docker build --build-arg VERSION=1.4.2 --build-arg REVISION=\"$(git rev-parse HEAD)\"\n    --build-arg CREATED=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\" .`, e o `docker image inspect` passa a mostrar de onde a\n    imagem veio. As chaves são as que a especificação de imagem da OCI pré-define para anotações (`created` é uma data\n    RFC 3339, `licenses` uma expressão SPDX); o Docker guarda os LABELs na configuração da imagem, e registries como o\n    do GitHub leem o `org.opencontainers.image.source` para ligar um pacote ao repositório. O\n    `docker buildx build --annotation` também consegue gravar as mesmas chaves no manifesto. Com `ENTRYPOINT` e `CMD`\n    na forma exec, `docker run thumbnailer` roda `thumbnailer --listen :8080 --workers 4` como PID 1, e\n    `docker run thumbnailer --help` roda `thumbnailer --help`.\n",
		"content/exercises/pin-base-image.yaml": "id: pin-base-image\nlesson: dockerfile-practices\nlanguage: dockerfile\ntitle:\n  en: Pin the base images\n  pt-BR: Fixe as imagens base\ntask:\n  en: |\n    This Dockerfile builds a static site with Node.js and serves it with nginx. It builds today, but next month\n    the same file may build something else: one stage uses `latest` and the other names no tag at all.\n\n    Pin **every** base image to a version (a tag such as `24.11-alpine`, or a digest `@sha256:…`). Keep the two\n    stages: build with `node`, serve with `nginx`.\n  pt-BR: |\n    Este Dockerfile gera um site estático com Node.js e serve o resultado com nginx. Hoje o build funciona, mas mês\n    que vem o mesmo arquivo pode gerar outra coisa: um estágio usa `latest` e o outro nem tem tag.\n\n    Fixe a versão de **todas** as imagens base (uma tag como `24.11-alpine` ou um digest `@sha256:…`). Mantenha os\n    dois estágios: build com `node`, servir com `nginx`.\nfiles:\n  - name: package.json\n  - name: package-lock.json\n  - name: src/\nstarter: |\n  FROM node:latest AS build\n  WORKDIR /app\n  COPY package*.json ./\n  RUN npm ci\n  COPY . .\n  RUN npm run build\n\n  FROM nginx\n  COPY --from=build /app/dist /usr/share/nginx/html\nrequirements:\n  - id: every-base-tagged\n    weight: 2\n    text:\n      en: Every FROM of an image (not `scratch` or an earlier stage) names a tag or a complete digest (`sha256:` and its 64 hex digits); an ARG used in a FROM is declared before the first FROM, with a default.\n      pt-BR: Todo FROM de uma imagem (não `scratch` nem um estágio anterior) tem uma tag ou um digest completo (`sha256:` e os seus 64 dígitos hexadecimais); um ARG usado num FROM é declarado antes do primeiro FROM, com valor padrão.\n  - id: no-latest\n    weight: 2\n    text:\n      en: \"No tag written in a FROM moves: not `latest`, nor a tag that does not start with a version, such as `alpine`, `lts-alpine` or `stable` (Node.js LTS code names such as `krypton` count as versions). A FROM with no tag at all is the item above; one with a digest is pinned whatever its tag.\"\n      pt-BR: \"Nenhuma tag escrita num FROM muda: nem `latest`, nem uma tag que não começa por uma versão, como `alpine`, `lts-alpine` ou `stable` (os codinomes de LTS do Node.js, como `krypton`, contam como versão). Um FROM sem tag nenhuma é o item anterior; um com digest já está fixado, qualquer que seja a tag.\"\n  - id: same-images\n    weight: 1\n    text:\n      en: \"The site is still built with the official `node` image and served by the official `nginx` image: the final stage, based on `nginx`, copies the built site from the `node` stage (`COPY --from`).\"\n      pt-BR: \"O site continua sendo compilado com a imagem oficial `node` e servido pela imagem oficial `nginx`: o estágio final, baseado no `nginx`, copia o site compilado do estágio `node` (`COPY --from`).\"\nhints:\n  - en: Look at the two FROM lines. Which version of each image will Docker pull next year?\n    pt-BR: Olhe as duas linhas FROM. Que versão de cada imagem o Docker vai baixar daqui a um ano?\n  - en: |\n      A missing tag means `latest`, and `latest` is just the last image someone pushed. A version tag\n      (`node:24.11-alpine`) or a digest (`nginx@sha256:…`) pins it; an `ARG` with a default works too.\n    pt-BR: |\n      Sem tag significa `latest`, e `latest` é só a última imagem que alguém publicou. Uma tag de versão\n      (`node:24.11-alpine`) ou um digest (`nginx@sha256:…`) fixa a imagem; um `ARG` com valor padrão também serve.\n  - en: Write `FROM node:24.11-alpine AS build` and `FROM nginx:1.30-alpine`.\n    pt-BR: Escreva `FROM node:24.11-alpine AS build` e `FROM nginx:1.30-alpine`.\nsolution: |\n  FROM node:24.11-alpine AS build\n  WORKDIR /app\n  COPY package*.json ./\n  RUN npm ci\n  COPY . .\n  RUN npm run build\n\n  FROM nginx:1.30-alpine\n  COPY --from=build /app/dist /usr/share/nginx/html\nexplanation:\n  en: |\n    With a pinned tag, the same Dockerfile gives the same base next week, and an upgrade becomes a change you make\n    and review on purpose. A digest goes further: it names exact bytes, so even a re-pushed tag cannot change it.\n    Tools such as Renovate or Dependabot can open the upgrade pull requests for you.\n  pt-BR: |\n    Com a tag fixada, o mesmo Dockerfile usa a mesma base na semana que vem, e atualizar vira uma mudança que você faz\n    e revisa de propósito. O digest vai além: ele aponta para bytes exatos, então nem uma tag republicada muda a imagem.\n    Ferramentas como Renovate ou Dependabot abrem os pull requests de atualização para você.\n",
		"content/exercises/python-cache-order.yaml": "id: python-cache-order\nlesson: dockerfile-practices\nlanguage: dockerfile\ntitle:\n  en: Order the layers for the build cache\n  pt-BR: Ordene as camadas para o cache de build\ntask:\n  en: |\n    Every time anyone changes one line of `app.py`, this Flask image reinstalls all its dependencies: three minutes\n    per build, on every laptop and in CI.\n\n    Reorder the Dockerfile so that the dependency layer stays **cached** while only the code changes: copy the\n    dependency manifest and install it **before** copying the sources. While you are there, keep pip's download\n    cache out of the image.\n  pt-BR: |\n    Toda vez que alguém muda uma linha do `app.py`, esta imagem Flask reinstala todas as dependências: três minutos\n    por build, em todo notebook e no CI.\n\n    Reordene o Dockerfile para a camada de dependências continuar **em cache** quando só o código muda: copie o\n    manifesto de dependências e instale **antes** de copiar o código. Aproveitando, deixe o cache de downloads do\n    pip fora da imagem.\nfiles:\n  - name: requirements.txt\n    contents: |\n      flask==3.0.3\n      gunicorn==23.0.0\n  - name: app.py\n  - name: templates/\nstarter: |\n  FROM python:3.12-slim\n  WORKDIR /app\n  COPY . .\n  RUN pip install -r requirements.txt\n  EXPOSE 8000\n  CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\nrequirements:\n  - id: manifest-first\n    weight: 2\n    text:\n      en: \"`requirements.txt` is copied on its own (in a COPY of dependency manifests only, without the code) and `pip install -r` installs from that copy (not one a later COPY replaced).\"\n      pt-BR: O `requirements.txt` é copiado sozinho (num COPY só de manifestos de dependências, sem o código) e o `pip install -r` instala a partir dessa cópia (não de uma que um COPY posterior substituiu).\n  - id: sources-after-install\n    weight: 2\n    text:\n      en: The application code (`app.py`, or the whole folder) is copied after the last `pip install -r`, never before it.\n      pt-BR: O código da aplicação (o `app.py` ou a pasta inteira) é copiado depois do último `pip install -r`, nunca antes.\n  - id: pip-no-cache\n    weight: 1\n    text:\n      en: \"pip's download cache stays out of the image: every `pip install` of the final image uses `--no-cache-dir` (or `PIP_NO_CACHE_DIR`, or a cache mount on `/root/.cache/pip`).\"\n      pt-BR: \"O cache de downloads do pip fica fora da imagem: todo `pip install` da imagem final usa `--no-cache-dir` (ou `PIP_NO_CACHE_DIR`, ou um cache mount em `/root/.cache/pip`).\"\n  - id: starts-app\n    weight: 1\n    text:\n      en: The image still has a CMD (or ENTRYPOINT) that starts the app; in exec form, each word is its own string.\n      pt-BR: A imagem continua com um CMD (ou ENTRYPOINT) que inicia a aplicação; na forma exec, cada palavra é uma string.\nhints:\n  - en: When you edit `app.py`, which layers does Docker have to rebuild? Which of them really depend on `app.py`?\n    pt-BR: Quando você edita o `app.py`, quais camadas o Docker precisa refazer? Quais delas dependem de verdade do `app.py`?\n  - en: |\n      A layer is reused only when its instruction and everything it copies are unchanged, and once one layer is\n      rebuilt, all the layers after it are too. Put what changes rarely (the dependency list) before what changes\n      often (the code).\n    pt-BR: |\n      Uma camada só é reaproveitada quando a instrução e tudo o que ela copia não mudaram, e quando uma camada é\n      refeita, todas as seguintes também são. Coloque o que muda pouco (a lista de dependências) antes do que muda\n      muito (o código).\n  - en: |\n      `COPY requirements.txt .`, then `RUN pip install --no-cache-dir -r requirements.txt`, then `COPY . .`.\n    pt-BR: |\n      `COPY requirements.txt .`, depois `RUN pip install --no-cache-dir -r requirements.txt`, depois `COPY . .`.\nsolution: |\n  FROM python:3.12-slim\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install --no-cache-dir -r requirements.txt\n  COPY . .\n  EXPOSE 8000\n  CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\nexplanation:\n  en: |\n    Now a change to `app.py` only invalidates the last `COPY . .` layer: the `pip install` layer is reused because\n    `requirements.txt` did not change, and the rebuild takes seconds. `--no-cache-dir` keeps the wheels pip downloaded\n    out of the layer (often tens of MB). The same idea works for every ecosystem: `package*.json` before `npm ci`,\n    `go.mod`/`go.sum` before `go mod download`, `pom.xml` before `mvn dependency:go-offline`.\n  pt-BR: |\n    Agora uma mudança no `app.py` só invalida a última camada, a do `COPY . .`: a camada do `pip install` é\n    reaproveitada porque o `requirements.txt` não mudou, e o build leva segundos. O `--no-cache-dir` deixa fora da\n    camada os wheels que o pip baixou (muitas vezes dezenas de MB). A mesma ideia vale para todo ecossistema:\n    `package*.json` antes do `npm ci`, `go.mod`/`go.sum` antes do `go mod download`, `pom.xml` antes do\n    `mvn dependency:go-offline`.\n",
		"content/exercises/run-as-non-root.yaml": "id: run-as-non-root\nlesson: security-layers\nlanguage: dockerfile\ntitle:\n  en: Run as a non-root user\n  pt-BR: Rode com um usuário que não seja root\ntask:\n  en: |\n    This Flask app runs as root, like every image that never says otherwise. If someone finds a bug in it, they get\n    uid 0: the same uid 0 as root on the host, held back only by namespaces, capabilities and seccomp.\n\n    Make the final image run as an **unprivileged user**. The steps that need root (apt-get, creating the user)\n    still have to work, and the app must still be able to write the files users upload to `/app/uploads`.\n  pt-BR: |\n    Esta aplicação Flask roda como root, como toda imagem que não diz o contrário. Se alguém achar um bug nela, ganha\n    o uid 0: o mesmo uid 0 do root no host, contido só por namespaces, capabilities e seccomp.\n\n    Faça a imagem final rodar com um **usuário sem privilégios**. Os passos que precisam de root (apt-get, criar o\n    usuário) ainda precisam funcionar, e a aplicação ainda precisa conseguir gravar os arquivos enviados pelos\n    usuários em `/app/uploads`.\nfiles:\n  - name: requirements.txt\n  - name: app.py\n    contents: |\n      # Serves :8000 and saves uploaded files to /app/uploads.\n  - name: uploads/.gitkeep\nstarter: |\n  FROM python:3.12-slim\n  RUN apt-get update \\\n   && apt-get install -y --no-install-recommends libpq5 \\\n   && rm -rf /var/lib/apt/lists/*\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install --no-cache-dir -r requirements.txt\n  COPY . .\n  EXPOSE 8000\n  CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\nrequirements:\n  - id: non-root-user\n    weight: 3\n    text:\n      en: The final image runs as a user that is not root (by name or uid; an account created with uid 0 is root too).\n      pt-BR: A imagem final roda com um usuário que não é root (por nome ou uid; uma conta criada com o uid 0 também é root).\n  - id: user-exists\n    weight: 1\n    text:\n      en: The non-root user the image runs as, when named, exists in the image (created before USER with useradd / adduser, or built into the base); a numeric uid needs no entry. Not met while the image still runs as root (no USER).\n      pt-BR: O usuário não root com que a imagem roda, quando dado por nome, existe na imagem (criado com useradd / adduser antes do USER, ou já presente na base); um uid numérico não precisa de entrada. Não vale enquanto a imagem ainda roda como root (sem USER).\n  - id: root-steps-first\n    weight: 1\n    text:\n      en: The steps that need root (apt, useradd, chown, system-wide pip) run before the switch to the unprivileged user, and libpq5 is still installed with apt.\n      pt-BR: Os passos que precisam de root (apt, useradd, chown, pip no sistema) rodam antes da troca para o usuário sem privilégios, e o libpq5 continua sendo instalado com o apt.\n  - id: uploads-writable\n    weight: 2\n    text:\n      en: \"`/app/uploads` belongs to the user the app runs as (same name or uid), given with `COPY --chown`, or with `chown` (or `install -d -o`) run as root after the last COPY that writes there; `chmod 777` is not enough.\"\n      pt-BR: O `/app/uploads` pertence ao usuário com que a aplicação roda (mesmo nome ou uid), passado com `COPY --chown`, ou com `chown` (ou `install -d -o`) rodado como root depois do último COPY que grava ali; `chmod 777` não basta.\nhints:\n  - en: Which user does this container run as? Which lines need to be root, and which line needs to write files at run time?\n    pt-BR: Com qual usuário este container roda? Quais linhas precisam ser root, e qual linha precisa gravar arquivos em tempo de execução?\n  - en: |\n      `USER` changes the user for every following RUN, CMD and ENTRYPOINT, so put it after the root steps. A name must\n      exist in /etc/passwd (create it with `useradd`); a numeric uid needs no entry. Files copied by COPY belong to\n      root unless you pass `--chown`.\n    pt-BR: |\n      O `USER` troca o usuário de todo RUN, CMD e ENTRYPOINT seguinte, então coloque depois dos passos de root. Um\n      nome precisa existir no /etc/passwd (crie com `useradd`); um uid numérico não precisa de entrada. Arquivos do\n      COPY pertencem ao root, a não ser que você passe `--chown`.\n  - en: |\n      `RUN useradd --system --uid 10001 appuser`, then after `COPY . .` add `RUN chown appuser:appuser /app/uploads`\n      and `USER appuser` before CMD.\n    pt-BR: |\n      `RUN useradd --system --uid 10001 appuser`, depois do `COPY . .` adicione `RUN chown appuser:appuser /app/uploads`\n      e `USER appuser` antes do CMD.\nsolution: |\n  FROM python:3.12-slim\n  RUN apt-get update \\\n   && apt-get install -y --no-install-recommends libpq5 \\\n   && rm -rf /var/lib/apt/lists/*\n  RUN useradd --system --uid 10001 --no-create-home appuser\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install --no-cache-dir -r requirements.txt\n  COPY . .\n  RUN chown appuser:appuser /app/uploads\n  USER appuser\n  EXPOSE 8000\n  CMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\nexplanation:\n  en: |\n    The code stays owned by root and read-only for the app, and only `/app/uploads` belongs to `appuser`: if the app is\n    compromised, the attacker cannot rewrite its code or install packages. A fixed uid (10001) makes volume\n    permissions and Kubernetes' `runAsNonRoot` predictable; `USER 10001:10001` works without `useradd` at all. Port\n    8000 is above 1024, so no capability is needed to bind it.\n  pt-BR: |\n    O código continua do root e só de leitura para a aplicação, e só o `/app/uploads` pertence ao `appuser`: se a\n    aplicação for comprometida, o atacante não consegue reescrever o código nem instalar pacotes. Um uid fixo (10001)\n    deixa previsíveis as permissões de volume e o `runAsNonRoot` do Kubernetes; `USER 10001:10001` funciona até sem\n    `useradd`. A porta 8000 é maior que 1024, então nenhuma capability é necessária para usá-la.\n",
		"content/exercises/spot-the-bugs.yaml": "id: spot-the-bugs\nlesson: dockerfile-practices\nlanguage: dockerfile\ntitle:\n  en: Spot the bugs from the talk\n  pt-BR: Ache os bugs da palestra\ntask:\n  en: |\n    Every line of this Dockerfile came from a real Dockerfile shown in the talk: a Node.js app that also runs a\n    couple of Python scripts. It has five bugs. Some make the build fail, others only show up when the container\n    is stopped or when you look at the image size.\n\n    Fix all five and keep what the image does: a Node.js app, `python3` and `pip` from apt, the Python\n    dependencies from `requirements.txt`, and `npm start` as the start command.\n  pt-BR: |\n    Cada linha deste Dockerfile saiu de um Dockerfile de verdade mostrado na palestra: uma aplicação Node.js que\n    também roda uns scripts em Python. Ele tem cinco bugs. Uns fazem o build falhar, e outros só aparecem quando\n    você para o container ou olha o tamanho da imagem.\n\n    Corrija os cinco e mantenha o que a imagem faz: uma aplicação Node.js, `python3` e `pip` vindos do apt, as\n    dependências Python do `requirements.txt` e `npm start` como comando de início.\nfiles:\n  - name: package.json\n  - name: package-lock.json\n  - name: requirements.txt\n  - name: server.js\n  - name: scripts/report.py\nstarter: |\n  FROM node: onbuild\n  RUN apt update && apt install python3 python3-pip\n  RUN rm -rf /var/cache/apt/lists\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install -r /requirements.txt\n  COPY . .\n  CMD npm start\nrequirements:\n  - id: valid-base-image\n    weight: 1\n    text:\n      en: Docker can parse the file (the FROM reference is one word), and FROM names the official node image, without onbuild, pinned by a tag that starts with a version (not `latest`, `lts` or `current`) or by a digest.\n      pt-BR: O Docker consegue ler o arquivo (a referência no FROM é uma palavra só), e o FROM aponta para a imagem oficial node, sem onbuild, fixada por uma tag que começa por uma versão (não `latest`, `lts` nem `current`) ou por um digest.\n  - id: apt-assume-yes\n    weight: 1\n    text:\n      en: Every apt install answers \"yes\" on its own (`-y`, `-qq` or `yes |`), since nobody can answer during a build.\n      pt-BR: Todo apt install responde \"sim\" sozinho (`-y`, `-qq` ou `yes |`), já que ninguém pode responder durante o build.\n  - id: apt-lists-removed\n    weight: 1\n    text:\n      en: Every RUN that installs with apt removes the package lists (`/var/lib/apt/lists/*`) after the install, in that same RUN (or mounts a cache there).\n      pt-BR: Todo RUN que instala com o apt apaga as listas de pacotes (`/var/lib/apt/lists/*`) depois do install, nesse mesmo RUN (ou monta um cache ali).\n  - id: pip-requirements-path\n    weight: 1\n    text:\n      en: \"`pip install -r` reads `requirements.txt` where COPY put it, and may install there (Debian 13, like Debian 12, wants `--break-system-packages` or a virtualenv).\"\n      pt-BR: O `pip install -r` lê o `requirements.txt` onde o COPY colocou o arquivo, e pode instalar ali (o Debian 13, assim como o 12, pede `--break-system-packages` ou um virtualenv).\n  - id: exec-form-cmd\n    weight: 1\n    text:\n      en: Every CMD and ENTRYPOINT is in exec (JSON) form, one string per word, with no shell in between (`sh -c` only if the script starts with `exec`).\n      pt-BR: Todo CMD e ENTRYPOINT está na forma exec (JSON), uma string por palavra, sem shell no meio (`sh -c` só se o script começar com `exec`).\n  - id: keeps-the-app\n    weight: 1\n    text:\n      en: The image still installs pip from apt (`python3-pip`, or `python3-venv`'s pip for a virtualenv) and starts the Node.js app (`npm start` or `node server.js`).\n      pt-BR: A imagem continua instalando o pip pelo apt (`python3-pip`, ou o pip do `python3-venv` para um virtualenv) e iniciando a aplicação Node.js (`npm start` ou `node server.js`).\nhints:\n  - en: Read each line as Docker would, word by word. Where does a space change the meaning? Which command asks a question? Which folder does each path point to?\n    pt-BR: Leia cada linha como o Docker lê, palavra por palavra. Onde um espaço muda o sentido? Qual comando faz uma pergunta? Para qual pasta cada caminho aponta?\n  - en: |\n      A reference is one word (`node:24-trixie-slim`). `apt install` asks for confirmation unless given `-y`, and in a\n      build there is nobody to answer, so it aborts. apt's lists live in `/var/lib/apt/lists/`, and files deleted in a\n      later layer still weigh in the earlier one. A relative path in RUN is relative to WORKDIR. CMD in shell form\n      runs under `/bin/sh -c`, which swallows SIGTERM.\n    pt-BR: |\n      Uma referência é uma palavra só (`node:24-trixie-slim`). O `apt install` pede confirmação se não receber `-y`, e\n      no build não tem ninguém para responder, então ele aborta. As listas do apt ficam em `/var/lib/apt/lists/`, e\n      arquivo apagado numa camada seguinte continua pesando na anterior. Um caminho relativo no RUN é relativo ao\n      WORKDIR. CMD na forma shell roda sob `/bin/sh -c`, que engole o SIGTERM.\n  - en: |\n      `FROM node:24-trixie-slim`, then\n      `RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*`,\n      `RUN pip install --no-cache-dir --break-system-packages -r requirements.txt` and `CMD [\"npm\", \"start\"]`.\n    pt-BR: |\n      `FROM node:24-trixie-slim`, depois\n      `RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*`,\n      `RUN pip install --no-cache-dir --break-system-packages -r requirements.txt` e `CMD [\"npm\", \"start\"]`.\nsolution: |\n  FROM node:24-trixie-slim\n  RUN apt-get update \\\n   && apt-get install -y --no-install-recommends python3 python3-pip \\\n   && rm -rf /var/lib/apt/lists/*\n  WORKDIR /app\n  COPY requirements.txt .\n  RUN pip install --no-cache-dir --break-system-packages -r requirements.txt\n  COPY . .\n  CMD [\"npm\", \"start\"]\nexplanation:\n  en: |\n    `FROM node: onbuild` is two words, so BuildKit rejects it; the onbuild variants were deprecated years ago because\n    their hidden ONBUILD steps surprised everyone. Without `-y`, apt asks \"Do you want to continue? [Y/n]\", but\n    `docker build` gives it no terminal: apt reads end-of-file instead of an answer, prints \"Abort.\" and exits with\n    code 1, so the build fails (it does not hang). Deleting `/var/cache/apt/lists` removes nothing (that folder does\n    not exist), and deleting the right folder in another RUN would not shrink the image either: the lists already\n    live in the install layer. `COPY requirements.txt .` lands in `/app`, the WORKDIR, not in `/`. And `CMD npm\n    start` makes `/bin/sh` PID 1: `docker stop` waits ten seconds and then kills the app with SIGKILL.\n    (`--break-system-packages` is needed because Debian 13, like Debian 12, marks its Python as externally managed\n    (PEP 668); a virtualenv is the cleaner long-term fix.)\n  pt-BR: |\n    `FROM node: onbuild` são duas palavras, e o BuildKit rejeita; as variantes onbuild foram descontinuadas há anos\n    porque os passos ONBUILD escondidos pegavam todo mundo de surpresa. Sem `-y`, o apt pergunta \"Do you want to\n    continue? [Y/n]\", mas o `docker build` não tem terminal: o apt recebe um fim de arquivo (EOF) no lugar da\n    resposta, imprime \"Abort.\" e sai com código 1, então o build falha (ele não fica travado). Apagar\n    `/var/cache/apt/lists` não remove nada (essa pasta nem existe), e apagar a pasta certa em outro RUN também não\n    diminuiria a imagem: as listas já ficaram na camada do install. O `COPY requirements.txt .` cai em `/app`, o\n    WORKDIR, e não em `/`. E o `CMD npm start` faz do `/bin/sh` o PID 1: o `docker stop` espera dez segundos e depois\n    mata a aplicação com SIGKILL. (O `--break-system-packages` é necessário porque o Debian 13, assim como o 12, marca\n    o Python como gerenciado externamente (PEP 668); um virtualenv resolve de forma mais limpa a longo prazo.)\n"
	}, graders);
}));
// src/cli/exercise-commands.ts
const EXERCISE_USAGE = `Usage: dfcheck --exercise ID [--format text|json] [--lang en|pt-BR] [--max-size SIZE] FILE... | -
       dfcheck --list-exercises [--format text|json] [--lang en|pt-BR]

Grades answers to the exercises of "Containers, the right way".

Exit status: 0 every file passed, 1 a requirement failed, 2 usage error or unreadable file.
`;
/** Whether the command line asks for exercise grading rather than the checker. */
function isExerciseInvocation(argv) {
	return argv.some((arg) => arg === "--exercise" || arg.startsWith("--exercise=") || arg === "--list-exercises");
}
function parseExerciseArgs(argv) {
	const options = {
		exercise: null,
		list: false,
		format: "text",
		lang: "en",
		maxBytes: DEFAULT_MAX_BYTES,
		help: false,
		files: []
	};
	const errors = [];
	const values = {
		"--exercise": {
			allowed: [],
			apply: (value) => options.exercise = value
		},
		"--format": {
			allowed: ["text", "json"],
			apply: (value) => options.format = value
		},
		"--lang": {
			allowed: ["en", "pt-BR"],
			apply: (value) => options.lang = value
		},
		"--max-size": {
			allowed: [],
			problem: maxSizeProblem,
			apply: (value) => options.maxBytes = parseByteSize(value) ?? 2097152
		}
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--") {
			options.files.push(...argv.slice(i + 1));
			break;
		}
		if (arg === "--list-exercises") options.list = true;
		else if (arg === "--help" || arg === "-h") options.help = true;
		else if (arg.startsWith("--") && arg.split("=")[0] in values) {
			const name = arg.split("=")[0];
			const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
			const spec = values[name];
			if (value === void 0 || value === "") errors.push(`${name} needs a value`);
			else if (spec.allowed.length > 0 && !spec.allowed.includes(value)) errors.push(`${name} must be one of: ${spec.allowed.join(", ")} (got "${value}")`);
			else if (spec.problem?.(value)) errors.push(spec.problem(value));
			else spec.apply(value);
		} else if (arg.startsWith("-") && arg !== "-") errors.push(`unknown option ${arg} with --exercise`);
		else options.files.push(arg);
	}
	if (options.help) return {
		options,
		errors
	};
	if (options.list && options.exercise) errors.push("use either --exercise or --list-exercises");
	else if (options.list && options.files.length > 0) errors.push("--list-exercises takes no files");
	else if (!options.list && options.files.length === 0) errors.push("no file given (use - to read standard input)");
	return {
		options,
		errors
	};
}
/** Runs `dfcheck --exercise …` or `dfcheck --list-exercises`; returns the exit status. */
async function runExerciseCommand(argv) {
	const { options, errors } = parseExerciseArgs(argv);
	if (options.help) {
		process.stdout.write(EXERCISE_USAGE);
		return 0;
	}
	if (errors.length > 0) return usageError(errors);
	let exercises;
	try {
		({exercises} = await Promise.resolve().then(() => (init__dfcheck_exercises(), _dfcheck_exercises_exports)));
	} catch (error) {
		printError(error.message);
		return 2;
	}
	if (options.list) {
		process.stdout.write(options.format === "json" ? safeJson(listJson(exercises, options.lang)) : listText(exercises, options.lang));
		return 0;
	}
	const exercise = exercises.find((candidate) => candidate.id === options.exercise);
	if (!exercise) return usageError([`unknown exercise "${options.exercise}"; valid ids: ${exercises.map((candidate) => candidate.id).join(", ")}`]);
	const { texts, unreadable } = await readTexts(options.files, options.maxBytes, printError);
	const results = texts.map(({ file, text, invalid }) => {
		if (invalid) printError(`${file}:${invalid.line}:${invalid.column}: not valid UTF-8 (byte ${byteHex(invalid.byte)}); graded with U+FFFD in place of invalid bytes`);
		return {
			file,
			result: gradeExercise(exercise, graders[exercise.id], { text }, options.lang)
		};
	});
	if (options.format === "json") {
		const output = options.files.length > 1 ? { results: results.map(({ file, result }) => ({
			file,
			...resultJson(result)
		})) } : results[0] ? resultJson(results[0].result) : { results: [] };
		process.stdout.write(safeJson(output));
	} else process.stdout.write(results.map(({ file, result }) => resultText(exercise, result, options.lang, options.files.length > 1 ? file : null)).join("\n"));
	if (unreadable) return 2;
	return results.every(({ result }) => result.passed) ? 0 : 1;
}
function usageError(errors) {
	for (const error of errors) printError(error);
	process.stderr.write("Run dfcheck --exercise ID --help for usage.\n");
	return 2;
}
function resultJson(result) {
	return {
		exercise: result.exercise,
		passed: result.passed,
		score: result.score,
		requirements: result.requirements.map(({ id, passed, message }) => ({
			id,
			passed,
			message
		}))
	};
}
const WORDS = {
	en: {
		score: "Score",
		passed: "passed",
		notYet: "not passed yet"
	},
	"pt-BR": {
		score: "Nota",
		passed: "aprovado",
		notYet: "ainda não aprovado"
	}
};
function resultText(exercise, result, lang, file) {
	const lines = [`${file ? `${file}: ` : ""}${exercise.id} — ${exercise.title[lang]}`];
	for (const requirement of result.requirements) lines.push(`  ${requirement.passed ? "✔" : "✘"} ${requirement.id}: ${requirement.message}`);
	lines.push(`${WORDS[lang].score}: ${result.score}/100 (${result.passed ? WORDS[lang].passed : WORDS[lang].notYet})`);
	return `${lines.map(escapeControls).join("\n")}\n`;
}
function listJson(exercises, lang) {
	return { exercises: exercises.map((exercise) => ({
		id: exercise.id,
		title: exercise.title[lang],
		requirements: exercise.requirements.map((requirement) => ({
			id: requirement.id,
			text: requirement.text[lang]
		}))
	})) };
}
function listText(exercises, lang) {
	return exercises.map((exercise) => [`${exercise.id} — ${exercise.title[lang]}`, ...exercise.requirements.map((requirement) => `  - ${requirement.id}: ${requirement.text[lang]}`)].map(escapeControls).join("\n")).join("\n\n").concat("\n");
}
// src/cli/formats/json.ts
function formatJson(results) {
	return safeJson({ files: results });
}
// src/cli/invalid-utf8.ts
const INVALID_UTF8_RULE = {
	id: "invalid-utf8",
	severity: "warning",
	title: {
		en: "The file is not valid UTF-8",
		"pt-BR": "O arquivo não é UTF-8 válido"
	},
	description: {
		en: "A Dockerfile is read as UTF-8 text. A file saved in another encoding (Latin-1, UTF-16) holds other bytes than your editor shows, in paths, labels and echoed text. dfcheck still checks it, reading each invalid sequence as U+FFFD.",
		"pt-BR": "Um Dockerfile é lido como texto UTF-8. Um arquivo salvo em outra codificação (Latin-1, UTF-16) contém bytes diferentes do que o seu editor mostra, em caminhos, labels e textos ecoados. O dfcheck ainda o verifica, lendo cada sequência inválida como U+FFFD."
	}
};
const MESSAGE = {
	en: (byte, offset) => `Not valid UTF-8: byte ${byte} (offset ${offset}) starts an invalid sequence; invalid bytes were read as U+FFFD. Save the file as UTF-8.`,
	"pt-BR": (byte, offset) => `Não é UTF-8 válido: o byte ${byte} (posição ${offset}) inicia uma sequência inválida; bytes inválidos foram lidos como U+FFFD. Salve o arquivo em UTF-8.`
};
/** The finding at the first invalid byte, or null when the config ignores the rule (`ignored:` and `override:` apply). */
function invalidUtf8Finding(invalid, lang, config) {
	const id = INVALID_UTF8_RULE.id;
	if (config.ignored?.some((name) => name.toLowerCase() === id)) return null;
	return {
		rule: id,
		aliases: [],
		severity: Object.entries(config.override ?? {}).find(([, names]) => names?.some((name) => name.toLowerCase() === id))?.[0] ?? INVALID_UTF8_RULE.severity,
		message: MESSAGE[lang](byteHex(invalid.byte), invalid.offset),
		line: invalid.line,
		column: invalid.column,
		endLine: invalid.line,
		endColumn: invalid.column + 1,
		docsUrl: ""
	};
}
// src/cli/formats/sarif.ts
const LEVEL = {
	error: "error",
	warning: "warning",
	info: "note",
	style: "note"
};
/** Where the course site is published; rule pages hang off it (override with DFCHECK_SITE_URL). */
const SITE = (globalThis.process?.env.DFCHECK_SITE_URL ?? "https://containers-the-right-way.example").replace(/\/$/, "");
/** SARIF 2.1.0 for code-scanning tools. */
function formatSarif(results, lang) {
	const driverRules = [...allRules.map((rule) => ({
		id: rule.meta.id,
		name: rule.meta.id,
		shortDescription: { text: rule.meta.title[lang] },
		fullDescription: { text: rule.meta.description[lang] },
		helpUri: SITE + ruleDocsPath(rule.meta.id, lang),
		defaultConfiguration: { level: LEVEL[rule.meta.severity] },
		properties: { aliases: [
			...rule.meta.aliases.hadolint ?? [],
			...rule.meta.aliases.buildkit ?? [],
			...rule.meta.aliases.trivy ?? []
		] }
	})), {
		id: INVALID_UTF8_RULE.id,
		name: INVALID_UTF8_RULE.id,
		shortDescription: { text: INVALID_UTF8_RULE.title[lang] },
		fullDescription: { text: INVALID_UTF8_RULE.description[lang] },
		defaultConfiguration: { level: LEVEL[INVALID_UTF8_RULE.severity] },
		properties: { aliases: [] }
	}];
	const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]));
	const sarifResults = results.flatMap(({ file, findings }) => findings.map((finding) => ({
		ruleId: finding.rule,
		ruleIndex: ruleIndex.get(finding.rule),
		level: LEVEL[finding.severity],
		message: { text: finding.message },
		locations: [{ physicalLocation: {
			artifactLocation: { uri: file === "-" ? "stdin" : artifactUri(file) },
			region: {
				startLine: finding.line,
				startColumn: finding.column,
				endLine: finding.endLine,
				endColumn: finding.endColumn
			}
		} }]
	})));
	return safeJson({
		$schema: "https://json.schemastore.org/sarif-2.1.0.json",
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "dfcheck",
				informationUri: SITE,
				rules: driverRules
			} },
			results: sarifResults
		}]
	});
}
/** A relative URI reference for a path: `/` separators, and anything a URI cannot hold percent-encoded (`%1B`, `%20`). */
function artifactUri(file) {
	return encodeURI(file.replace(/\\/g, "/").toWellFormed()).replace(/[?#]/g, (char) => encodeURIComponent(char));
}
// src/cli/formats/text.ts
const COLOURS = {
	error: "\x1B[31m",
	warning: "\x1B[33m",
	info: "\x1B[36m",
	style: "\x1B[2m"
};
const RESET = "\x1B[0m";
/** `file:line:col severity rule message`, one finding per line; control characters from the file are escaped. */
function formatText(results, colour) {
	const lines = [];
	for (const { file, findings } of results) for (const finding of findings) {
		const severity = colour ? `${COLOURS[finding.severity]}${finding.severity}${RESET}` : finding.severity;
		const rule = colour ? `\x1b[2m${finding.rule}${RESET}` : finding.rule;
		lines.push(`${escapeControls(file)}:${finding.line}:${finding.column} ${severity} ${rule} ${escapeControls(finding.message)}`);
	}
	return lines.length > 0 ? lines.join("\n") + "\n" : "";
}
// src/cli/dfcheck.ts
async function main(argv) {
	const { options, errors } = parseArgs(argv);
	if (options.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (errors.length > 0) {
		for (const error of errors) printError(error);
		process.stderr.write("Run dfcheck --help for usage.\n");
		return 2;
	}
	let config = {};
	if (options.configPath) try {
		const parsed = parseConfig(readFileSync(options.configPath, "utf8"));
		for (const problem of parsed.problems) printError(`${options.configPath}:${problem.line}: ${problem.message}`);
		config = parsed;
	} catch (error) {
		printError(`cannot read config ${options.configPath}: ${error.message}`);
		return 2;
	}
	const threshold = options.failOnGiven ? options.failOn : config.failureThreshold ?? options.failOn;
	const { texts, unreadable } = await readTexts(options.files, options.maxBytes, printError);
	const results = texts.map(({ file, text, invalid }) => {
		const findings = checkDockerfile(text, {
			lang: options.lang,
			config,
			fileName: file
		});
		const encodingFinding = invalid && invalidUtf8Finding(invalid, options.lang, config);
		return {
			file,
			findings: encodingFinding ? withFinding(findings, encodingFinding) : findings
		};
	});
	const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
	const output = options.format === "json" ? formatJson(results) : options.format === "sarif" ? formatSarif(results, options.lang) : formatText(results, colour);
	process.stdout.write(output);
	if (unreadable) return 2;
	if (threshold === "none") return 0;
	return results.some(({ findings }) => findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold])) ? 1 : 0;
}
/** Keeps the checker's order: by line, then column. */
function withFinding(findings, finding) {
	return [...findings, finding].sort((a, b) => a.line - b.line || a.column - b.column);
}
const argv = process.argv.slice(2);
process.exitCode = isExerciseInvocation(argv) ? await runExerciseCommand(argv) : await main(argv);
export {};

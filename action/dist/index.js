#!/usr/bin/env node
// dfcheck 0.1.0, bundled from action/src/index.ts by scripts/pack-cli.ts (npm run pack:cli): do not edit. MIT licensed.
import { spawnSync } from "node:child_process";
import { appendFileSync, closeSync, globSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
// action/src/inputs.ts
/** The defaults action.yml declares; a test keeps the two in step. */
const INPUT_DEFAULTS = {
	dockerfile: "Dockerfile",
	"failure-threshold": "",
	format: "sarif",
	"output-file": "dfcheck.sarif",
	lang: "en",
	config: ""
};
function readInputs(env) {
	const input = (name) => (env[`INPUT_${name.toUpperCase()}`] ?? INPUT_DEFAULTS[name]).trim() || INPUT_DEFAULTS[name];
	const options = [
		"--format",
		input("format"),
		"--lang",
		input("lang")
	];
	if (input("failure-threshold")) options.push("--fail-on", input("failure-threshold"));
	if (input("config")) options.push("--config", input("config"));
	return {
		patterns: input("dockerfile").split(/\s+/).filter(Boolean),
		outputFile: input("output-file"),
		options
	};
}
// action/src/index.ts
const DFCHECK = fileURLToPath(new URL("./dfcheck.js", import.meta.url));
const GLOB = /[*?[{]/;
const SKIPPED_FOLDERS = /(^|\/)(node_modules|\.git)$/;
function main() {
	const { patterns, outputFile, options } = readInputs(process.env);
	const files = /* @__PURE__ */ new Set();
	for (const pattern of patterns) {
		const matches = GLOB.test(pattern) ? globSync(pattern, { exclude: (path) => SKIPPED_FOLDERS.test(String(path)) }).sort() : [pattern];
		if (matches.length === 0) {
			console.log(`::error title=dfcheck::no file matches ${pattern.replaceAll("%", "%25")}`);
			return 2;
		}
		for (const match of matches) files.add(match);
	}
	mkdirSync(dirname(outputFile), { recursive: true });
	const output = openSync(outputFile, "w");
	const report = spawnSync(process.execPath, [
		DFCHECK,
		...options,
		"--",
		...files
	], { stdio: [
		"ignore",
		output,
		"inherit"
	] });
	closeSync(output);
	spawnSync(process.execPath, [
		DFCHECK,
		...options,
		"--format",
		"text",
		"--fail-on",
		"none",
		"--",
		...files
	], { stdio: [
		"ignore",
		"inherit",
		"ignore"
	] });
	const status = report.status ?? 2;
	if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `output-file=${outputFile}\nexit-code=${status}\n`);
	console.log(`dfcheck: checked ${files.size} file(s), wrote ${outputFile}, exit status ${status}`);
	if (status === 1) console.log("::error title=dfcheck::findings at or above the failure threshold");
	return status;
}
process.exitCode = main();
export {};

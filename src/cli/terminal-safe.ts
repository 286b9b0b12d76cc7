// Text from a Dockerfile or a file name must never drive the terminal: an ESC sequence could retitle the window,
// hide findings or fake output, and bidi controls can reorder what is shown (Trojan Source, CVE-2021-42574).

/** C0 controls except tab (newline too: one printed line must stay one line), DEL, C1, bidi marks and overrides. */
const TERMINAL_CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw (it escapes only C0): DEL, C1 and bidi controls. */
const RAW_IN_JSON = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shows control characters as escapes: ESC → `\x1b`, U+202E → `\u202e`. For one line of text output. */
export function escapeControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** JSON.stringify, pretty, with every control character as a `\uXXXX` escape: the same value, safe to print. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** One `dfcheck: …` line on standard error, escaped. */
export function printError(message: string): void {
  process.stderr.write(`dfcheck: ${escapeControls(message)}\n`);
}

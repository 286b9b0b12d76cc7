/** Result of reading exec-form arguments: `values` when valid JSON, `notStrings` when an array holds non-strings. */
export interface JsonArgs {
  values: string[] | null;
  notStrings: boolean;
}

/** Reads `["a", "b"]` as BuildKit does: anything that is not a JSON array of strings is shell form. */
export function readJsonArgs(text: string): JsonArgs {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') || !trimmed.endsWith(']')) return { values: null, notStrings: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { values: null, notStrings: false };
  }
  if (!Array.isArray(parsed)) return { values: null, notStrings: false };
  if (parsed.some((item) => typeof item !== 'string')) return { values: null, notStrings: true };
  return { values: parsed as string[], notStrings: false };
}

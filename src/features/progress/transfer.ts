/**
 * Moving progress between browsers: the export file, reading an untrusted import, previewing and applying it to the
 * store. Only the progress page loads this (the store every page ships leaves it out).
 */
import { migrate } from './migrations.ts';
import { mergeDocuments } from './merge.ts';
import { forbiddenKeys, isPlainObject, sanitizeDocument, sectionNames, type DroppedEntry, type ProgressDocument, type SectionName } from './schema.ts';
import type { ProgressStore, SaveResult } from './store.ts';

/** Marks a file as ours, so a random JSON file is refused instead of silently read as empty progress. */
export const APP_MARKER = 'containers-the-right-way/progress';
export const IMPORT_SIZE_LIMIT = 1024 * 1024;
const MAX_DEPTH = 16;

export type ImportError = 'too-large' | 'too-deep' | 'not-json' | 'forbidden-key' | 'not-progress' | 'unsupported-version';

export function exportDocument(document: ProgressDocument, now: Date): string {
  const { version, ...sections } = document;
  return JSON.stringify({ app: APP_MARKER, version, exportedAt: now.toISOString(), ...sections }, null, 2);
}

/** Nesting depth of JSON text, counted without parsing (so a hostile file cannot exhaust the parser's stack). */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

function hasForbiddenKey(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => hasForbiddenKey(item, depth + 1));
  return Object.keys(value).some((key) => forbiddenKeys.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1));
}

export type ParsedImport = { ok: true; document: ProgressDocument; dropped: DroppedEntry[]; fromVersion: number } | { ok: false; error: ImportError };

/** Reads an export file: refuses what is not ours or looks hostile, drops malformed entries and says which. */
export function parseImport(text: string): ParsedImport {
  if (typeof text !== 'string' || text.length > IMPORT_SIZE_LIMIT) return { ok: false, error: 'too-large' };
  if (jsonDepth(text) > MAX_DEPTH) return { ok: false, error: 'too-deep' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (hasForbiddenKey(value)) return { ok: false, error: 'forbidden-key' };
  if (!isPlainObject(value) || value.app !== APP_MARKER) return { ok: false, error: 'not-progress' };
  const { app: _app, exportedAt: _exportedAt, ...body } = value;
  const migrated = migrate(body);
  if (!migrated.ok) return { ok: false, error: migrated.reason };
  const sanitized = sanitizeDocument(migrated.value);
  if (!sanitized) return { ok: false, error: 'not-progress' };
  return { ok: true, document: sanitized.document, dropped: sanitized.dropped, fromVersion: migrated.from };
}

/**
 * What an import would do to one entry: `new` (only in the file), `different` (in both, not equal: replace takes
 * the file's, merge keeps the more advanced), `same`, or `only-here` (only in this browser: replace removes it).
 */
export interface ImportChange { section: SectionName; id: string; kind: 'new' | 'different' | 'same' | 'only-here' }

export function diffDocuments(current: ProgressDocument, incoming: ProgressDocument): ImportChange[] {
  const changes: ImportChange[] = [];
  for (const section of sectionNames) {
    const here = current[section] as Record<string, unknown>;
    const there = incoming[section] as Record<string, unknown>;
    for (const id of Object.keys(there)) {
      const kind = !(id in here) ? 'new' : JSON.stringify(here[id]) === JSON.stringify(there[id]) ? 'same' : 'different';
      changes.push({ section, id, kind });
    }
    for (const id of Object.keys(here)) if (!(id in there)) changes.push({ section, id, kind: 'only-here' });
  }
  return changes;
}

export type ImportResult = SaveResult | { ok: false; reason: 'invalid'; error: ImportError };

export interface ImportPreview {
  ok: boolean;
  error?: ImportError;
  changes: ImportChange[];
  /** Entries of the file that are malformed and would be skipped. */
  skipped: DroppedEntry[];
}

export const exportProgress = (store: ProgressStore, now = new Date()): string => exportDocument(store.snapshot(), now);

export function previewImport(store: ProgressStore, text: string): ImportPreview {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, changes: [], skipped: [] };
  return { ok: true, changes: diffDocuments(store.snapshot(), parsed.document), skipped: parsed.dropped };
}

export function importProgress(store: ProgressStore, text: string, mode: 'replace' | 'merge'): ImportResult {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, reason: 'invalid', error: parsed.error };
  return store.replaceDocument(mode === 'merge' ? mergeDocuments(store.snapshot(), parsed.document) : parsed.document);
}

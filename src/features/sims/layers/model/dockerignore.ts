// Which context files the builder sees, and which files a COPY/ADD source names. Semantics from Docker's docs:
// - .dockerignore: one pattern per line, `#` comments, paths cleaned (leading `/` dropped), filepath.Match
//   plus `**` for any number of directories; `!` re-includes; the LAST matching line decides; a pattern
//   matching a directory matches everything under it (moby/patternmatcher MatchesOrParentMatches).
// - Dockerfile reference (COPY/ADD): sources are relative to the context and use Go's filepath.Match
//   wildcards; a source naming a directory (or `.`) copies everything under it; `--exclude` skips paths.

/** filepath.Clean for slash paths relative to the context root: `./a//b/` → `a/b`, `/` → `.`. */
export function cleanPath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.length ? out.join('/') : '.';
}

/** Go filepath.Match syntax as an anchored RegExp; `doubleStar` adds .dockerignore's `**`. */
export function globToRegExp(pattern: string, doubleStar: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '*') {
      if (doubleStar && pattern[i + 1] === '*') {
        i += 1;
        if (pattern[i + 1] === '/') i += 1;
        // `**` at the end matches everything; elsewhere any number of directories, even none.
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        const negate = body.startsWith('^') || body.startsWith('!');
        if (negate) body = body.slice(1);
        re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/]/g, '\\]')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < pattern.length) {
      i += 1;
      re += escapeRegExp(pattern[i]);
    } else re += escapeRegExp(ch);
  }
  return new RegExp(`^${re}$`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `a/b/c` → [`a`, `a/b`, `a/b/c`]: a pattern that matches a directory covers what is under it. */
export const selfAndParents = (path: string) => path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));

export type IgnoreRule = { pattern: string; exclusion: boolean; regexp: RegExp; line: number };

export function parseDockerignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.startsWith('#')) return;
    let pattern = raw.trim();
    if (!pattern) return;
    const exclusion = pattern.startsWith('!');
    if (exclusion) pattern = pattern.slice(1).trim();
    if (!pattern) return;
    pattern = cleanPath(pattern);
    rules.push({ pattern, exclusion, regexp: globToRegExp(pattern, true), line: index + 1 });
  });
  return rules;
}

/** The .dockerignore rule that decides `path`, or null when none matches (the file is sent). */
export function decidingIgnoreRule(rules: readonly IgnoreRule[], path: string): IgnoreRule | null {
  const candidates = selfAndParents(cleanPath(path));
  let decided: IgnoreRule | null = null;
  for (const rule of rules) if (candidates.some((candidate) => rule.regexp.test(candidate))) decided = rule;
  return decided;
}

export function isIgnored(rules: readonly IgnoreRule[], path: string): boolean {
  const rule = decidingIgnoreRule(rules, path);
  return rule !== null && !rule.exclusion;
}

/** Does COPY/ADD source `source` (relative to the context) copy `path`? */
export function sourceCovers(source: string, path: string): boolean {
  const cleaned = cleanPath(source);
  if (cleaned === '.') return true;
  const regexp = globToRegExp(cleaned, false);
  return selfAndParents(cleanPath(path)).some((candidate) => regexp.test(candidate));
}

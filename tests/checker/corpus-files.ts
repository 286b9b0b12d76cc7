import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** shared/ beside the repository (CI clones main with shared/ next to it); SHARED_DIR points elsewhere. */
export const sharedDir = process.env.SHARED_DIR ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
export const corpusDir = join(sharedDir, 'corpus', 'dockerfiles');
export const goldenDir = join(sharedDir, 'corpus', 'golden');

// A plain clone has no shared/: the corpus tests skip, and say why in their title and once on the console.
export const hasCorpus = existsSync(corpusDir);
export const hasGolden = existsSync(goldenDir);
const skipNote = (dir: string) => ` (skipped: ${dir} not found)`;
export const corpusNote = hasCorpus ? '' : skipNote(corpusDir);
export const goldenNote = hasGolden ? '' : skipNote(goldenDir);
const missing = [hasCorpus ? [] : [corpusDir], hasGolden ? [] : [goldenDir]].flat();
if (missing.length) console.warn(`Skipping the corpus tests: ${missing.join(' and ')} not found. Clone shared/ beside the repository, or set SHARED_DIR.`);

/** Every file named Dockerfile* under a folder, sorted; none when the folder is missing (see hasCorpus). */
export function listDockerfiles(dir: string = corpusDir): string[] {
  const found: string[] = [];
  if (!existsSync(dir)) return found;
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.startsWith('Dockerfile')) found.push(path);
    }
  };
  walk(dir);
  return found;
}

export const readText = (path: string) => readFileSync(path, 'utf8');

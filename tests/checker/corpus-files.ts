import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** /work/shared beside the repository (CI clones main with shared/ next to it). */
export const sharedDir = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const corpusDir = join(sharedDir, 'corpus', 'dockerfiles');
export const goldenDir = join(sharedDir, 'corpus', 'golden');

/** Every file named Dockerfile* under a folder, sorted. */
export function listDockerfiles(dir: string = corpusDir): string[] {
  const found: string[] = [];
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

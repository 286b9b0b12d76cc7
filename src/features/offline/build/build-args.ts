// `npm run build -- --outDir X` hands the same arguments to `astro build` and to scripts/build-sw.ts:
// the service worker goes into whatever folder Astro built.

/** The build folder named by `--dist X`, `--outDir X` or `--outDir=X` (Astro's flag), else `dist`. Other Astro flags are ignored. */
export function buildFolderFromArgs(args: string[]): string {
  let folder = 'dist';
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    if (flag !== '--dist' && flag !== '--outDir') continue;
    const value = inline ?? args[++i];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a folder`);
    folder = value;
  }
  return folder;
}

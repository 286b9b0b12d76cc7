// npm run pack:cli [-- --out-dir DIR | --check]
// Bundles the dfcheck command (src/cli, src/checker, src/features/exercises with the exercise YAML, and the `yaml` package) into
// one JavaScript file that needs nothing but Node, then writes:
//   action/dist/dfcheck.js           the command; the GitHub Action and the pre-commit hooks run it (committed)
//   action/dist/index.js             the GitHub Action's entry, named in action.yml (committed)
//   dist-cli/dfcheck-<version>.tgz   an npm package: `npm install -g dist-cli/dfcheck-<version>.tgz` gives `dfcheck`
// --out-dir DIR writes all of it under DIR instead (for tests). --check rebuilds the two committed bundles and exits 1
// when they differ from the files in action/dist/ (they must be rebuilt after any change to what they bundle).
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'rolldown';
import { readExerciseTexts } from '../src/features/exercises/registry.node.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { version, engines } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };
const YAML_LICENSE = readFileSync(join(ROOT, 'node_modules', 'yaml', 'LICENSE'), 'utf8');

/** The exercise definitions, inlined: the bundle cannot read content/exercises/ at run time as registry.node.ts does. */
function inlineExercises(): Plugin {
  const id = '\0dfcheck-exercises';
  return {
    name: 'dfcheck-inline-exercises',
    resolveId: (source) => (source.endsWith('/exercises/registry.node.ts') ? id : null),
    load(moduleId) {
      if (moduleId !== id) return null;
      const exercisesDir = join(ROOT, 'src', 'features', 'exercises');
      return [
        `import { graders } from ${JSON.stringify(join(exercisesDir, 'graders', 'index.ts'))};`,
        `import { loadExercises } from ${JSON.stringify(join(exercisesDir, 'load.ts'))};`,
        `export const exercises = loadExercises(${JSON.stringify(readExerciseTexts())}, graders);`,
      ].join('\n');
    },
  };
}

/** One ESM file with a shebang and the licence of what it bundles; the same sources always give the same bytes. */
async function bundle(entry: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    cwd: ROOT,
    input: join(ROOT, entry),
    platform: 'node',
    plugins,
    write: false,
    output: { format: 'esm', codeSplitting: false },
    logLevel: 'warn',
  });
  const code = result.output[0].code.replace(/^#!.*\n/, '');
  const notice = YAML_LICENSE.trim().split('\n').map((line) => `// ${line}`.trimEnd()).join('\n');
  const header = [
    '#!/usr/bin/env node',
    `// dfcheck ${version}, bundled from ${entry} by scripts/pack-cli.ts (npm run pack:cli): do not edit. MIT licensed.`,
    code.includes('node_modules/yaml/') ? `// It includes the \`yaml\` package:\n${notice}` : null,
  ];
  return `${header.filter((line) => line !== null).join('\n')}\n${code}`;
}

async function committedBundles(): Promise<Record<string, string>> {
  return {
    'dfcheck.js': await bundle('src/cli/dfcheck.ts', [inlineExercises()]),
    'index.js': await bundle('action/src/index.ts'),
  };
}

/** The npm package's folder: package.json, the bundled command, README and LICENSE; returns the tarball's path. */
function packPackage(outDir: string, command: string): string {
  const packageDir = join(outDir, 'package');
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(join(packageDir, 'bin'), { recursive: true });
  writeFileSync(join(packageDir, 'bin', 'dfcheck.js'), command);
  chmodSync(join(packageDir, 'bin', 'dfcheck.js'), 0o755);
  copyFileSync(join(ROOT, 'src', 'cli', 'package', 'README.md'), join(packageDir, 'README.md'));
  const license = readFileSync(join(ROOT, 'src', 'cli', 'package', 'LICENSE'), 'utf8');
  writeFileSync(join(packageDir, 'LICENSE'), `${license}\n---\n\nbin/dfcheck.js bundles the \`yaml\` package, under the ISC license:\n\n${YAML_LICENSE}`);
  const manifest = {
    name: 'dfcheck',
    version,
    description: 'The Dockerfile checker of "Containers, the right way", on the command line (English and Brazilian Portuguese).',
    license: 'MIT',
    type: 'module',
    bin: { dfcheck: 'bin/dfcheck.js' },
    files: ['bin/'],
    engines: { node: engines.node },
    keywords: ['dockerfile', 'linter', 'hadolint', 'sarif', 'containers'],
  };
  writeFileSync(join(packageDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', resolve(outDir)], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return join(resolve(outDir), (JSON.parse(packed) as { filename: string }[])[0].filename);
}

const args = process.argv.slice(2);
const bundles = await committedBundles();
const actionDist = join(ROOT, 'action', 'dist');

if (args[0] === '--check') {
  const stale = Object.keys(bundles).filter((name) => readFileSync(join(actionDist, name), 'utf8') !== bundles[name]);
  for (const name of stale) console.error(`pack:cli: action/dist/${name} is out of date with its sources: run npm run pack:cli and commit it`);
  process.exit(stale.length > 0 ? 1 : 0);
}

const outIndex = args.indexOf('--out-dir');
const outDir = outIndex === -1 ? join(ROOT, 'dist-cli') : resolve(args[outIndex + 1]);
const bundleDir = outIndex === -1 ? actionDist : join(outDir, 'action');
mkdirSync(bundleDir, { recursive: true });
for (const [name, code] of Object.entries(bundles)) writeFileSync(join(bundleDir, name), code);
chmodSync(join(bundleDir, 'dfcheck.js'), 0o755);
const tarball = packPackage(outDir, bundles['dfcheck.js']);
console.log(`pack:cli: ${join(bundleDir, 'dfcheck.js')}, ${join(bundleDir, 'index.js')}\npack:cli: ${tarball}`);

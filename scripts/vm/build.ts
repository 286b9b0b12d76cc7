// npm run build:vm [-- --check]
// Builds the real-Linux lab VM into public/vm/ from the pinned Debian packages in vm/packages.json:
// kernel, BIOSes, an initramfs (busybox + vm/init + vm/rootfs + helpers compiled from vm/src), and a
// snapshot of the booted machine that the lab UI restores instead of booting (~1 s instead of ~30 s).
// --check rebuilds the deterministic parts and compares them with the committed files (for CI).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, zstdCompressSync } from 'node:zlib';
import { buildInitramfs, gunzip } from './image.ts';
import { type CpioEntry, readCpio } from './cpio.ts';
import { moduleDepends, moduleLoadOrder, moduleName } from './modules.ts';
import { KERNEL_CMDLINE, Machine, V86_WASM } from './machine.ts';
import { type Manifest, ARTIFACT_NAMES, describeArtifact, manifestProblems, renderNotice } from './manifest.ts';
import { type Pins, aptSpec, loadPins, sha256, verifySha256 } from './pins.ts';
import { USERLAND_DIR, type Userland, fsJson, splitUserland } from './userland.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VM_SOURCES = join(ROOT, 'vm');
const OUT = join(ROOT, 'public', 'vm');
/** 96 MiB: v86 loads the initrd at 64 MiB, and the kernel needs room above it to unpack it. */
const MEMORY_BYTES = 96 * 1024 * 1024;
// No libc (vm/src/tiny.h): each helper is ~1 KB instead of ~670 KB of static glibc in the guest's RAM.
const GCC_FLAGS = [
  '-m32', '-static', '-O2', '-s', '-nostdlib', '-ffreestanding', '-fno-pie', '-no-pie', '-fno-stack-protector',
  '-fno-asynchronous-unwind-tables', '-fno-tree-loop-distribute-patterns', '-fno-ident',
  '-Wl,--build-id=none', '-Wl,-z,noseparate-code',
];

function log(message: string): void {
  console.log(`build:vm: ${message}`);
}

function fail(message: string): never {
  console.error(`build:vm: ${message}`);
  process.exit(1);
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], cwd?: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function requireDebianTools(): void {
  if (has('apt-get') && has('dpkg') && has('dpkg-query')) return;
  fail(
    'this step needs a Debian or Ubuntu machine (apt-get, dpkg) to fetch the pinned packages and compile the helpers.\n' +
      '  The built VM is committed in public/vm/, so the site and the labs work without running build:vm:\n' +
      '  you only need it after changing vm/ or scripts/vm/. On macOS or Windows, run it in a container:\n' +
      '    docker run --rm -v "$PWD":/src -w /src node:24-bookworm sh -c "npm ci && npm run build:vm"',
  );
}

function ensureI386(): void {
  const foreign = run('dpkg', ['--print-foreign-architectures']).split('\n');
  if (foreign.includes('i386')) return;
  log('enabling the i386 architecture in dpkg (dpkg --add-architecture i386; apt-get update)');
  run('dpkg', ['--add-architecture', 'i386']);
  spawnSync('apt-get', ['update'], { stdio: 'inherit' });
}

/** apt-get download each pin, check its sha256, and dpkg -x it (nothing is installed). */
function fetchPackages(pins: Pins, work: string): string {
  ensureI386();
  const debs = join(work, 'debs');
  const tree = join(work, 'tree');
  mkdirSync(debs, { recursive: true });
  mkdirSync(tree, { recursive: true });
  chmodSync(debs, 0o777); // apt's sandbox user must be able to write here
  // One apt-get for all pins (loading apt's cache once); a pin it cannot get is then retried alone for its error.
  const all = spawnSync('apt-get', ['download', ...pins.packages.map(aptSpec)], { cwd: debs, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (all.status !== 0) log('apt-get download of all pins failed; fetching them one by one');
  for (const pin of pins.packages) {
    const spec = aptSpec(pin);
    const downloaded = () => readdirSync(debs).find((name) => name.startsWith(`${pin.name}_`) && name.endsWith(`_${pin.arch}.deb`));
    if (!downloaded()) {
      let result = spawnSync('apt-get', ['download', spec], { cwd: debs, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (result.status !== 0) {
        spawnSync('apt-get', ['update'], { stdio: 'inherit' });
        result = spawnSync('apt-get', ['download', spec], { cwd: debs, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      }
      if (result.status !== 0) {
        fail(
          `apt-get download ${spec} failed:\n${result.stderr}\n` +
            `  Debian's mirrors drop old kernel ABIs after a point release. The exact file is kept at\n` +
            `  https://snapshot.debian.org/ (search for ${pin.filename.split('/').pop()}); or update vm/packages.json to the\n` +
            `  current version (apt-cache show ${spec.split('=')[0]}) and rebuild.`,
        );
      }
    }
    const file = downloaded();
    if (!file) fail(`apt-get download ${spec} left no .deb in ${debs}`);
    verifySha256(file, readFileSync(join(debs, file)), pin.sha256);
    run('dpkg', ['-x', join(debs, file), tree]);
    log(`${pin.name} ${pin.version}: sha256 ok`);
  }
  return tree;
}

function installedVersion(name: string): string | undefined {
  const result = spawnSync('dpkg-query', ['-W', '-f', '${Version}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout ? result.stdout : undefined;
}

/** Compiles vm/src/*.c; the build tools' versions are pinned because they decide the helper bytes. */
function buildHelpers(pins: Pins, work: string, strict: boolean): Map<string, Uint8Array> {
  if (!has('gcc') || installedVersion('gcc-multilib') === undefined) {
    log('installing the build tool gcc-multilib (apt-get install gcc-multilib)');
    const result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'gcc-multilib'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) fail('could not install gcc-multilib');
  }
  for (const tool of pins.buildTools) {
    const version = installedVersion(tool.name);
    if (version !== tool.version) {
      const message = `${tool.name} is ${version ?? 'not installed'}, pinned ${tool.version}: the helpers may not be byte-identical`;
      if (strict) fail(message);
      log(`warning: ${message}`);
    }
  }
  const sources = join(VM_SOURCES, 'src');
  const helpers = new Map<string, Uint8Array>();
  for (const file of readdirSync(sources).filter((name) => name.endsWith('.c')).sort()) {
    const name = file.slice(0, -2);
    const output = join(work, name);
    // Compile from inside vm/src with relative paths so no absolute path can reach the binary.
    run('gcc', [...GCC_FLAGS, '-o', output, file], sources);
    helpers.set(name, readFileSync(output));
  }
  return helpers;
}

/** Our stand-in libraries (vm/stub/*.c), linked as shared objects with a version script each: see libsystemd.c. */
const STUB_FLAGS = [
  '-m32', '-shared', '-fPIC', '-O2', '-s', '-nostdlib', '-ffreestanding', '-fno-stack-protector', '-fno-asynchronous-unwind-tables',
  '-fno-ident', '-Wl,--build-id=none', '-Wl,--hash-style=both', '-Wl,-z,noseparate-code',
];

function buildStubs(work: string): Map<string, Uint8Array> {
  const sources = join(VM_SOURCES, 'stub');
  const stubs = new Map<string, Uint8Array>();
  for (const file of readdirSync(sources).filter((name) => name.endsWith('.c')).sort()) {
    const soname = `${file.slice(0, -2)}.so.0`;
    const output = join(work, soname);
    run('gcc', [...STUB_FLAGS, `-Wl,-soname,${soname}`, `-Wl,--version-script=${file.slice(0, -2)}.map`, '-o', output, file], sources);
    stubs.set(soname, readFileSync(output));
  }
  return stubs;
}

/** The files each pin lists under "files", as packaged: regular files keep their mode, symlinks their target. */
function packageFiles(pins: Pins, tree: string): CpioEntry[] {
  const entries: CpioEntry[] = [];
  for (const pin of pins.packages) {
    for (const path of pin.files ?? []) {
      const full = join(tree, path);
      if (!lstatSync(full, { throwIfNoEntry: false })) fail(`${pin.name} has no ${path}`);
      const stat = lstatSync(full);
      if (stat.isSymbolicLink()) entries.push({ path, type: 'symlink', target: readlinkSync(full) });
      else entries.push({ path, type: 'file', mode: stat.mode & 0o777, data: readFileSync(full) });
    }
  }
  return entries;
}

/** vm/packages.json → kernelModules and what they depend on, as lib/modules/<release>/<name>.ko plus a "load" list in order. */
function kernelModules(pins: Pins, tree: string, release: string): { entries: CpioEntry[]; order: string[] } {
  const base = join(tree, 'lib', 'modules', release, 'kernel');
  const paths = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ko')) paths.set(moduleName(name), path);
    }
  };
  walk(base);
  const order = moduleLoadOrder(pins.kernelModules ?? [], (name) => (paths.has(name) ? moduleDepends(readFileSync(paths.get(name)!)) : undefined));
  const dir = `lib/modules/${release}`;
  const entries: CpioEntry[] = order.map((name) => ({ path: `${dir}/${name}.ko`, type: 'file', mode: 0o644, data: readFileSync(paths.get(name)!) }));
  entries.push({ path: `${dir}/load`, type: 'file', mode: 0o644, data: new TextEncoder().encode(order.join('\n') + '\n') });
  return { entries, order };
}

function rootfsFiles(): Map<string, Uint8Array> {
  const base = join(VM_SOURCES, 'rootfs');
  const files = new Map<string, Uint8Array>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(base, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(base);
  return files;
}

interface Built {
  kernel: Uint8Array;
  bios: Uint8Array;
  vgaBios: Uint8Array;
  cpio: Uint8Array;
  initrdGz: Uint8Array;
  helpers: Map<string, Uint8Array>;
  stubs: Map<string, Uint8Array>;
  modules: string[];
  /** The container labs' files, served by the 9p filesystem instead of the initramfs (see userland.ts). */
  userland: Userland;
}

function buildDeterministicParts(pins: Pins, work: string, strict: boolean): Built {
  requireDebianTools();
  const tree = fetchPackages(pins, work);
  const kernelPin = pins.packages.find((pin) => pin.name.startsWith('linux-image-'))!;
  const kernelRelease = kernelPin.name.replace(/^linux-image-/, '');
  const helpers = buildHelpers(pins, work, strict);
  const stubs = buildStubs(work);
  const modules = kernelModules(pins, tree, kernelRelease);
  const userland = splitUserland([
    ...packageFiles(pins, tree),
    ...[...stubs].map(([soname, data]): CpioEntry => ({ path: `usr/lib/i386-linux-gnu/${soname}`, type: 'file', mode: 0o644, data })),
  ]);
  const { cpio, gz } = buildInitramfs({
    init: readFileSync(join(VM_SOURCES, 'init')),
    busybox: readFileSync(join(tree, 'bin', 'busybox')),
    rootfsFiles: rootfsFiles(),
    helpers,
    extra: [...userland.entries, ...modules.entries],
  });
  return {
    kernel: readFileSync(join(tree, 'boot', `vmlinuz-${kernelRelease}`)),
    bios: readFileSync(join(tree, 'usr', 'share', 'seabios', 'bios.bin')),
    vgaBios: readFileSync(join(tree, 'usr', 'share', 'vgabios', 'vgabios-stdvga.bin')),
    cpio,
    initrdGz: gz,
    helpers,
    stubs,
    modules: modules.order,
    userland,
  };
}

function v86Version(): string {
  const pkg = JSON.parse(readFileSync(join(dirname(V86_WASM), '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

async function bootAndSnapshot(built: Built): Promise<{ state: Uint8Array; bootMs: number; rawBytes: number }> {
  log(`cold-booting the VM in v86 (${MEMORY_BYTES / 2 ** 20} MiB); this takes 30-60 s`);
  const started = Date.now();
  const machine = await Machine.boot({
    kernel: built.kernel,
    initrd: built.initrdGz,
    bios: built.bios,
    vgaBios: built.vgaBios,
    memoryBytes: MEMORY_BYTES,
    userland: { baseurl: join(OUT, USERLAND_DIR), tree: fsJson(built.userland.files) },
  });
  try {
    // ~30 s on a quiet machine; a loaded CI runner can take minutes.
    await machine.waitUntilReady(1_200_000);
    const bootMs = Date.now() - started;
    log(`prompt after ${(bootMs / 1000).toFixed(1)} s`);
    const probe = await machine.run('hostname && cat /sys/fs/cgroup/cgroup.subtree_control && ls /opt/lab/usr/bin');
    if (probe.status !== 0 || !probe.output.includes('host') || !probe.output.includes('crun')) fail(`the guest did not answer as expected:\n${probe.output}`);
    // Free page cache and slab so the snapshot holds zeroed pages (init_on_free=1), which compress to nothing.
    await machine.run('sync; echo 3 > /proc/sys/vm/drop_caches; clear');
    const raw = await machine.saveState();
    // A 64 MiB window with long-distance matching finds pages repeated far apart in RAM (~5% smaller than the
    // default 8 MiB window); v86 decompresses the whole state into memory anyway.
    const state = zstdCompressSync(raw, {
      params: { [constants.ZSTD_c_compressionLevel]: 19, [constants.ZSTD_c_windowLog]: 26, [constants.ZSTD_c_enableLongDistanceMatching]: 1 },
    });
    return { state, bootMs, rawBytes: raw.byteLength };
  } finally {
    await machine.destroy();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== '--check')) {
    console.log('usage: npm run build:vm            rebuild public/vm/ from vm/ and the pinned packages\n       npm run build:vm -- --check compare public/vm/ with what vm/ builds (CI)');
    process.exit(args.includes('--help') ? 0 : 2);
  }
  const check = args.includes('--check');
  const pins = loadPins(join(VM_SOURCES, 'packages.json'));
  const work = mkdtempSync(join(tmpdir(), 'build-vm-'));
  try {
    if (check) await runCheck(pins, work);
    else await runBuild(pins, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runBuild(pins: Pins, work: string): Promise<void> {
  const built = buildDeterministicParts(pins, work, false);
  // The 9p files first: the guest could read them while it boots (it only mounts the tree).
  rmSync(join(OUT, USERLAND_DIR), { recursive: true, force: true });
  mkdirSync(join(OUT, USERLAND_DIR), { recursive: true });
  for (const [hash, bytes] of built.userland.data) writeFileSync(join(OUT, USERLAND_DIR, hash), bytes);
  const { state, bootMs, rawBytes } = await bootAndSnapshot(built);
  const files: Record<(typeof ARTIFACT_NAMES)[number], Uint8Array> = {
    'bzImage': built.kernel,
    'initrd.cpio.gz': built.initrdGz,
    'seabios.bin': built.bios,
    'vgabios.bin': built.vgaBios,
    'state.bin.zst': state,
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(OUT, name), bytes);
  const manifest: Manifest = {
    v86Version: v86Version(),
    memoryBytes: MEMORY_BYTES,
    cmdline: KERNEL_CMDLINE,
    stateRawBytes: rawBytes,
    coldBootSeconds: Math.round(bootMs / 100) / 10,
    initrdCpioSha256: sha256(built.cpio),
    helpers: Object.fromEntries([...built.helpers].map(([name, bytes]) => [name, { bytes: bytes.byteLength, sha256: sha256(bytes) }])),
    stubs: Object.fromEntries([...built.stubs].map(([name, bytes]) => [name, { bytes: bytes.byteLength, sha256: sha256(bytes) }])),
    kernelModules: built.modules,
    userland: { baseurl: `${USERLAND_DIR}/`, files: built.userland.files },
    files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, describeArtifact(bytes)])),
    packages: pins.packages.map(({ name, version, arch, sha256: debSha256 }) => ({ name, version, arch, sha256: debSha256 })),
  };
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(OUT, 'NOTICE.md'), renderNotice(pins));
  for (const [name, bytes] of Object.entries(files)) log(`public/vm/${name}: ${bytes.byteLength} bytes`);
  log(`public/vm/${USERLAND_DIR}/: ${built.userland.files.length} files, ${built.userland.files.reduce((n, f) => n + f.bytes, 0)} bytes (9p, after the first prompt)`);
  const total = Object.values(files).reduce((sum, bytes) => sum + bytes.byteLength, 0);
  log(`total ${(total / 2 ** 20).toFixed(2)} MiB; snapshot ${(rawBytes / 2 ** 20).toFixed(1)} MiB before zstd`);
}

async function runCheck(pins: Pins, work: string): Promise<void> {
  const manifestPath = join(OUT, 'manifest.json');
  if (!existsSync(manifestPath)) fail('public/vm/manifest.json is missing: run npm run build:vm');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const problems = manifestProblems(manifest, pins, (name) => (existsSync(join(OUT, name)) ? readFileSync(join(OUT, name)) : undefined));
  if (manifest.v86Version !== v86Version()) problems.push(`the snapshot was saved by v86 ${manifest.v86Version}, installed is ${v86Version()}: rebuild it`);

  const built = buildDeterministicParts(pins, work, true);
  const committedCpio = gunzip(readFileSync(join(OUT, 'initrd.cpio.gz')));
  if (sha256(committedCpio) !== sha256(built.cpio)) {
    const rebuilt = new Map(readCpio(built.cpio).map((member) => [member.path, member]));
    const committed = new Map(readCpio(committedCpio).map((member) => [member.path, member]));
    const differing = [...new Set([...rebuilt.keys(), ...committed.keys()])].filter((path) => {
      const a = rebuilt.get(path);
      const b = committed.get(path);
      return !a || !b || a.mode !== b.mode || sha256(a.data) !== sha256(b.data);
    });
    problems.push(`initrd.cpio.gz does not hold what vm/ builds; differing members: ${differing.join(', ') || '(order or metadata)'}`);
  }
  const same = (name: string, bytes: Uint8Array) => {
    if (sha256(readFileSync(join(OUT, name))) !== sha256(bytes)) problems.push(`${name} is not the file from the pinned package`);
  };
  same('bzImage', built.kernel);
  same('seabios.bin', built.bios);
  same('vgabios.bin', built.vgaBios);
  if (JSON.stringify(manifest.userland?.files) !== JSON.stringify(built.userland.files)) problems.push('manifest.json lists other 9p files (userland) than vm/ builds');
  for (const [hash, bytes] of built.userland.data) {
    const path = join(OUT, USERLAND_DIR, hash);
    if (!existsSync(path) || sha256(readFileSync(path)) !== sha256(bytes)) problems.push(`${USERLAND_DIR}/${hash} is missing or not the file vm/ builds`);
  }
  const extra = existsSync(join(OUT, USERLAND_DIR)) ? readdirSync(join(OUT, USERLAND_DIR)).filter((name) => !built.userland.data.has(name)) : [];
  if (extra.length) problems.push(`${USERLAND_DIR}/ holds files no build makes: ${extra.join(', ')}`);

  if (problems.length === 0) {
    const started = Date.now();
    const machine = await Machine.restore({
      state: readFileSync(join(OUT, 'state.bin.zst')),
      bios: built.bios,
      vgaBios: built.vgaBios,
      memoryBytes: manifest.memoryBytes,
      userland: { baseurl: join(OUT, USERLAND_DIR) },
    });
    try {
      const answer = await machine.run('hostname && crun --version >/dev/null', 30_000);
      if (answer.status !== 0 || answer.output.trim() !== 'host') problems.push(`the restored snapshot answered ${JSON.stringify(answer.output)} to hostname`);
      else log(`snapshot restored and answered in ${Date.now() - started} ms`);
    } finally {
      await machine.destroy();
    }
  }
  if (problems.length) fail(`public/vm/ is out of date:\n  ${problems.join('\n  ')}`);
  log('public/vm/ matches vm/ and the pinned packages');
}

await main();

import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../../src/checker/index.ts';
import { analyzeBuild, type BuildOptions, type ContextFile } from '../../../../src/features/sims/layers/model/build.ts';
import { cleanPath, decidingIgnoreRule, isIgnored, parseDockerignore, sourceCovers } from '../../../../src/features/sims/layers/model/dockerignore.ts';
import { BASE_IMAGE_SIZES, bytesOfBaseImage, estimateRunBytes } from '../../../../src/features/sims/layers/model/sizes.ts';
import { LAYER_EXAMPLES } from '../../../../src/features/sims/layers/model/examples.ts';

// Expected results are worked out by hand from Docker's documentation: the .dockerignore examples of the
// "Build context" page, COPY's filepath.Match sources, and the cache rule "once a step changes, every later
// step of the stage runs again".

const example = (id: string) => LAYER_EXAMPLES.find((e) => e.id === id)!;
const build = (dockerfile: string, options: BuildOptions) => analyzeBuild(parseDockerfile(dockerfile), options);
const buildExample = (id: string, changed: string | null, dockerignore?: string) => {
  const e = example(id);
  return build(e.dockerfile, { context: e.context, dockerignore: dockerignore ?? e.dockerignore, changed });
};
const statuses = (layers: { keyword: string; status: string }[]) => layers.map((l) => `${l.keyword} ${l.status}`);

describe('.dockerignore matching (Docker docs, "Build context")', () => {
  it('cleans patterns: leading and trailing slashes, ./ and comments', () => {
    expect(parseDockerignore('# comment\n/foo/\n./bar//baz\n\n  !  keep.txt \n').map((r) => [r.pattern, r.exclusion, r.line])).toEqual([
      ['foo', false, 2],
      ['bar/baz', false, 3],
      ['keep.txt', true, 5],
    ]);
    expect(cleanPath('./a//b/../c/')).toBe('a/c');
    expect(cleanPath('/')).toBe('.');
  });

  it('follows the documented examples: */temp*, */*/temp*, temp?', () => {
    const rules = parseDockerignore('*/temp*\n*/*/temp*\ntemp?\n');
    expect(isIgnored(rules, 'somedir/temporary.txt')).toBe(true);
    expect(isIgnored(rules, 'somedir/temp/file.txt')).toBe(true); // the directory matches, so its contents do
    expect(isIgnored(rules, 'somedir/subdir/temporary.txt')).toBe(true);
    expect(isIgnored(rules, 'tempa')).toBe(true);
    expect(isIgnored(rules, 'temp.txt')).toBe(false); // */temp* needs one directory level
    expect(isIgnored(rules, 'a/b/c/temp.txt')).toBe(false);
  });

  it('** matches any number of directories, including none; * never crosses a /', () => {
    const rules = parseDockerignore('**/*.go\n');
    expect(isIgnored(rules, 'main.go')).toBe(true);
    expect(isIgnored(rules, 'a/b/c.go')).toBe(true);
    expect(isIgnored(parseDockerignore('*.md'), 'docs/guide.md')).toBe(false);
    expect(isIgnored(parseDockerignore('docs/**'), 'docs/a/b.md')).toBe(true);
  });

  it('! exceptions: the last matching line decides (*.md, !README*.md, README-secret.md)', () => {
    const rules = parseDockerignore('*.md\n!README*.md\nREADME-secret.md\n');
    expect(isIgnored(rules, 'CHANGELOG.md')).toBe(true);
    expect(isIgnored(rules, 'README.md')).toBe(false);
    expect(isIgnored(rules, 'README-secret.md')).toBe(true);
    expect(decidingIgnoreRule(rules, 'README.md')?.line).toBe(2);
    expect(decidingIgnoreRule(rules, 'main.go')).toBeNull();
  });

  it('an exception re-includes a file inside an excluded directory', () => {
    const rules = parseDockerignore('*\n!go.mod\n!**/*.go\n');
    expect(isIgnored(rules, 'handlers/health.go')).toBe(false);
    expect(isIgnored(rules, 'handlers/README.md')).toBe(true);
    expect(isIgnored(rules, 'go.sum')).toBe(true);
  });
});

describe('COPY/ADD sources (filepath.Match, directories copy their contents)', () => {
  it('matches files, globs, directories and the whole context', () => {
    expect(sourceCovers('.', 'src/server.js')).toBe(true);
    expect(sourceCovers('./', 'README.md')).toBe(true);
    expect(sourceCovers('src', 'src/server.js')).toBe(true);
    expect(sourceCovers('src/', 'src/lib/db.js')).toBe(true);
    expect(sourceCovers('./package.json', 'package.json')).toBe(true);
    expect(sourceCovers('package*.json', 'package-lock.json')).toBe(true);
    expect(sourceCovers('package*.json', 'src/package.json')).toBe(false);
    expect(sourceCovers('*.js', 'src/server.js')).toBe(false);
    expect(sourceCovers('s*', 'src/server.js')).toBe(true); // the glob matches the directory src
    expect(sourceCovers('app.[pj]y', 'app.py')).toBe(true);
    expect(sourceCovers('app.[^p]y', 'app.py')).toBe(false);
  });
});

describe('layers and the build cache', () => {
  it('cache-unfriendly Node: editing server.js invalidates COPY . . and reinstalls every dependency', () => {
    const result = buildExample('node-unfriendly', 'src/server.js');
    const [stage] = result.stages;
    expect(statuses(stage.layers)).toEqual(['FROM cached', 'WORKDIR cached', 'COPY rebuilt', 'RUN rebuilt', 'EXPOSE rebuilt', 'CMD rebuilt']);
    expect(stage.layers[2].reason).toEqual({ kind: 'file-changed', file: 'src/server.js' });
    expect(stage.layers[3].reason).toEqual({ kind: 'after-rebuilt', line: 3 });
    // node_modules, .git and *.md are not sent: 1 + 60 + 4 + 6 + 1 + 1 KB.
    expect(stage.layers[2].copies).toEqual(['package.json', 'package-lock.json', 'src/server.js', 'src/routes.js', 'Dockerfile', '.dockerignore']);
    expect(stage.layers[2].bytes).toBe(73_000);
    expect(stage.layers.map((l) => l.kind)).toEqual(['base', 'empty', 'filesystem', 'filesystem', 'empty', 'empty']);
    // node:24-alpine is not in the offline table: the total is unknown, what the stage adds is not.
    expect(stage.layers[0].sizeBasis).toBe('base-unknown');
    expect(stage.imageBytes).toBeNull();
    expect(stage.addedBytes).toBe(73_000 + 60_000_000);
  });

  it('cache-friendly Node: editing server.js keeps npm ci cached; editing package.json does not', () => {
    const source = buildExample('node-friendly', 'src/server.js').stages[0];
    expect(statuses(source.layers)).toEqual([
      'FROM cached', 'WORKDIR cached', 'COPY cached', 'RUN cached', 'COPY rebuilt', 'USER rebuilt', 'EXPOSE rebuilt', 'CMD rebuilt',
    ]);
    expect(source.layers[2].copies).toEqual(['package.json', 'package-lock.json']);
    expect(source.layers[3].bytes).toBe(30_000_000); // npm ci --omit=dev
    const manifest = buildExample('node-friendly', 'package.json').stages[0];
    expect(statuses(manifest.layers).slice(2, 5)).toEqual(['COPY rebuilt', 'RUN rebuilt', 'COPY rebuilt']);
    expect(manifest.layers[4].reason).toEqual({ kind: 'after-rebuilt', line: 3 });
  });

  it('a file excluded by .dockerignore never invalidates anything; removing the line changes that', () => {
    const ignored = buildExample('node-unfriendly', 'README.md');
    expect(ignored.changedIgnored).toBe(true);
    expect(ignored.changedRule?.pattern).toBe('*.md');
    expect(ignored.stages[0].rebuilt).toBe(false);
    const sent = buildExample('node-unfriendly', 'README.md', 'node_modules\n.git\n');
    expect(sent.changedIgnored).toBe(false);
    expect(statuses(sent.stages[0].layers)[2]).toBe('COPY rebuilt');
  });

  it('an unchanged rebuild is all cache hits', () => {
    expect(buildExample('python-unfriendly', null).stages[0].layers.every((l) => l.status === 'cached')).toBe(true);
  });

  it('multi-stage Go: a source change rebuilds the build stage from COPY . ., and the final stage from COPY --from', () => {
    const result = buildExample('go-multi-stage', 'main.go');
    const [buildStage, final] = result.stages;
    expect(statuses(buildStage.layers)).toEqual(['FROM cached', 'WORKDIR cached', 'COPY cached', 'RUN cached', 'COPY rebuilt', 'RUN rebuilt']);
    expect(buildStage.layers[4].copies).toEqual(['go.mod', 'go.sum', 'main.go', 'handlers/health.go']);
    expect(buildStage.layers[4].bytes).toBe(29_000);
    expect(statuses(final.layers)).toEqual(['FROM cached', 'COPY rebuilt', 'ENTRYPOINT rebuilt']);
    expect(final.layers[1].reason).toEqual({ kind: 'stage-output-changed', stage: 0 });
    // Only the final stage ships: distroless static (about 2 MiB, README figure) + the binary (go build heuristic, 10 MB).
    expect(final.final).toBe(true);
    expect(final.layers[0].bytes).toBe(2 * 1024 * 1024);
    expect(final.layers[1].bytes).toBe(10_000_000);
    expect(result.final?.imageBytes).toBe(2_097_152 + 10_000_000);
    expect(buildStage.imageBytes).toBeNull(); // golang:1.27 is not in the table, and it does not ship anyway
  });

  it('multi-stage Go: README.md is excluded by *, a .go file in a folder is re-included by !**/*.go', () => {
    const readme = buildExample('go-multi-stage', 'README.md');
    expect(readme.changedIgnored).toBe(true);
    expect(readme.changedRule?.line).toBe(1);
    expect(readme.stages.some((s) => s.rebuilt)).toBe(false);
    const handler = buildExample('go-multi-stage', 'handlers/health.go');
    expect(handler.changedRule).toMatchObject({ pattern: '**/*.go', exclusion: true });
    expect(statuses(handler.stages[1].layers)).toEqual(['FROM cached', 'COPY rebuilt', 'ENTRYPOINT rebuilt']);
  });

  it('BuildKit skips stages the last stage does not need; FROM <stage> inherits the rebuild', () => {
    const context: ContextFile[] = [{ path: 'a.txt', bytes: 500 }];
    const dockerfile = [
      'FROM alpine:3.8 AS test',
      'COPY a.txt /',
      'FROM alpine:3.8 AS base',
      'COPY a.txt /',
      'FROM base',
      'RUN echo hi',
    ].join('\n');
    const result = build(dockerfile, { context, dockerignore: '', changed: 'a.txt' });
    expect(result.stages.map((s) => s.needed)).toEqual([false, true, true]);
    expect(statuses(result.stages[0].layers)).toEqual(['FROM skipped', 'COPY skipped']);
    expect(result.stages[0].layers[1].reason).toEqual({ kind: 'stage-not-needed' });
    expect(statuses(result.stages[2].layers)).toEqual(['FROM rebuilt', 'RUN rebuilt']);
    expect(result.stages[2].layers[0].reason).toEqual({ kind: 'base-stage-rebuilt', stage: 1 });
    // alpine:3.8 is 4.41 MB (2018); the child stage starts from its parent's whole image.
    expect(result.stages[1].imageBytes).toBe(4_410_000 + 500);
    expect(result.stages[2].layers[0].bytes).toBe(4_410_000 + 500);
    expect(result.final?.imageBytes).toBe(4_410_000 + 500 + 10_000);
  });

  it('COPY --exclude, heredoc COPY and COPY --from an image', () => {
    const context: ContextFile[] = [
      { path: 'README.md', bytes: 100 },
      { path: 'app.js', bytes: 200 },
    ];
    const dockerfile = [
      'FROM scratch',
      'COPY --exclude=*.md . /app/',
      'COPY <<EOF /app/config',
      'x=1',
      'EOF',
      'COPY --from=busybox:1.36 /bin/busybox /busybox',
    ].join('\n');
    const readme = build(dockerfile, { context, dockerignore: '', changed: 'README.md' });
    expect(statuses(readme.stages[0].layers)).toEqual(['FROM cached', 'COPY cached', 'COPY cached', 'COPY cached']);
    expect(readme.stages[0].layers[1].copies).toEqual(['app.js']);
    expect(readme.stages[0].layers[2].copies).toEqual([]);
    expect(readme.stages[0].layers[3].bytes).toBeNull();
    expect(readme.stages[0].imageBytes).toBeNull();
    const app = build(dockerfile, { context, dockerignore: '', changed: 'app.js' });
    expect(statuses(app.stages[0].layers)).toEqual(['FROM cached', 'COPY rebuilt', 'COPY rebuilt', 'COPY rebuilt']);
  });
});

describe('size estimates', () => {
  const run = (text: string) => estimateRunBytes(parseDockerfile(`FROM scratch\nRUN ${text}\n`).stages[0].instructions[0]);

  it('uses the stated per-command heuristics', () => {
    expect(run('apt-get update && apt-get install -y curl')).toBe(70_000_000);
    expect(run('apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*')).toBe(50_000_000);
    expect(run('pip install -r requirements.txt')).toBe(55_000_000);
    expect(run('pip install --no-cache-dir -r requirements.txt')).toBe(40_000_000);
    expect(run('apk add --no-cache curl')).toBe(5_000_000);
    expect(run('CGO_ENABLED=0 go build -o /out/server .')).toBe(10_000_000);
    expect(run('echo hi && mkdir /data')).toBe(20_000);
  });

  it('base image figures carry their source and date; the 2018 blog-post ones are 2018 figures', () => {
    for (const [key, entry] of Object.entries(BASE_IMAGE_SIZES)) {
      expect(entry.source, key).toBeTruthy();
      expect(entry.date, key).toBeTruthy();
      expect(['uncompressed', 'compressed', 'not stated']).toContain(entry.measure);
    }
    expect(BASE_IMAGE_SIZES['golang:1.10.3']).toMatchObject({ size: 794, unit: 'MB', date: '2018', sourceId: 'distroless-pt-blog' });
    expect(BASE_IMAGE_SIZES['golang:alpine']).toMatchObject({ size: 256, date: '2018', sourceId: 'google-cloud-blog' });
    expect(BASE_IMAGE_SIZES['gcr.io/distroless/static-debian13:nonroot']).toMatchObject({ size: 2, unit: 'MiB', sourceId: 'distroless-readme' });
    expect(BASE_IMAGE_SIZES['alpine:3.8']).toMatchObject({ size: 4.41, date: '2018' });
    expect(bytesOfBaseImage(BASE_IMAGE_SIZES['debian:latest'])).toBe(124 * 1024 * 1024);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/checker/index.ts';
import {
  callsOf, copiedExecutable, copiedPaths, copiedTo, expand, finalStage, goBuilds, healthcheckOf, imageLabel, imageName, inheritedInstructions, isRootUser, lastUser,
  requirementsInstalls, resolvePath, rootStage, startInstruction, workdirAt, workdirOfCall,
} from '../../../src/checker/query/index.ts';

const final = (text: string) => finalStage(parseDockerfile(text))!;

describe('COPY --from, resolved once by the model', () => {
  const model = parseDockerfile('ARG SRC=Build\nFROM golang:1.22 AS build\nFROM alpine:3.20\nARG SRC\nCOPY --from=BUILD /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.27 /c /c\nCOPY --from=${SRC} /d /d\nCOPY --from=later /e /e\nCOPY --from=1 /f /f\nFROM scratch AS later');
  const copies = model.stages[1].instructions.filter((instruction) => instruction.keyword === 'COPY');

  it('names a stage by name (any case), index or a stage ARG; an image or a later stage gives null, and its own stage itself', () => {
    expect(copies.map((copy) => copy.fromStage?.index ?? null)).toEqual([0, 0, null, 0, null, 1]);
  });

  it('is carried by copiedPaths', () => {
    expect(copiedPaths(model.stages[1]).map((copy) => [copy.from, copy.fromStage?.index ?? null])).toContainEqual(['BUILD', 0]);
  });
});

describe('stages and images', () => {
  it('reads the image a chain starts from', () => {
    const stage = final('FROM gcr.io/distroless/static-debian12:nonroot AS base\nFROM base');
    expect(rootStage(stage).index).toBe(0);
    expect(imageName(stage)).toBe('gcr.io/distroless/static-debian12');
    expect(imageLabel(stage)).toBe('gcr.io/distroless/static-debian12:nonroot');
    expect(imageLabel(final('FROM scratch'))).toBe('scratch');
  });

  it('finds the start command and the health check of a chain', () => {
    const stage = final('FROM node:22 AS base\nCMD ["node"]\nHEALTHCHECK CMD ["curl", "-f", "x"]\nFROM base\nENTRYPOINT ["tini", "--"]');
    expect(startInstruction(stage)?.keyword).toBe('ENTRYPOINT');
    expect(healthcheckOf(stage)?.json).toEqual(['curl', '-f', 'x']);
  });
});

describe('paths', () => {
  it('resolves paths and WORKDIR, with ARG/ENV', () => {
    expect(resolvePath('/app', './x/../y')).toBe('/app/y');
    const stage = final('FROM debian:12\nENV APP=/srv/app\nWORKDIR $APP\nWORKDIR src\nRUN make');
    expect(workdirAt(stage, null)).toBe('/srv/app/src');
  });

  it('knows where a COPY put a file, and which COPY put an executable in PATH', () => {
    const stage = final('FROM debian:12\nWORKDIR /app\nCOPY requirements.txt .\nCOPY config/ /etc/app/\nCOPY --from=build /out/server /usr/local/bin/server');
    expect(copiedTo(stage, '/app/requirements.txt')?.source).toBe('requirements.txt');
    expect(copiedTo(stage, '/etc/app/app.conf')?.source).toBe('config/');
    expect(copiedExecutable(stage, 'server', null)?.from).toBe('build');
  });

  it('follows cd to the directory a command runs in', () => {
    const stage = final('FROM python:3.12\nWORKDIR /app\nRUN cd sub && pip install -r requirements.txt');
    const pip = callsOf(inheritedInstructions(stage)[1]).find((call) => call.name === 'pip')!;
    expect(workdirOfCall(stage, pip)).toBe('/app/sub');
  });
});

describe('users', () => {
  it('reads the last USER of a chain, expanded', () => {
    expect(lastUser(final('FROM debian:12\nARG UID=10001\nUSER $UID'))?.user).toBe('10001');
    expect(['root', '0', 'root:root', '0:1000'].every(isRootUser)).toBe(true);
    expect(isRootUser('app')).toBe(false);
  });
});

describe('language readers', () => {
  it('finds pip installs that surely run, with the COPY that brought the file', () => {
    const stage = final('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nRUN true || pip install -r other.txt');
    expect(requirementsInstalls(stage).map((install) => [install.path, install.copy?.source])).toEqual([['/app/requirements.txt', 'requirements.txt']]);
  });

  it('finds go builds that surely run, with their output', () => {
    const model = parseDockerfile('FROM golang:1.22\nARG OUT=/bin/app\nRUN go build -o $OUT .\nRUN if false; then go build -o /x .; fi');
    expect(goBuilds(model.instructions).map(({ output }) => output)).toEqual(['/bin/app']);
  });

  it('expands an instruction value with the ARG/ENV it sees', () => {
    const stage = final('FROM debian:12\nARG A=1\nENV B=${A}2\nRUN x');
    const run = inheritedInstructions(stage)[2];
    expect(expand('${B}-${C:-3}-$A', run)).toBe('12-3-1');
  });
});

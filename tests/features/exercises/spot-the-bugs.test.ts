import { describe, expect, it } from 'vitest';
import { answerTable, definition, expectAccepted, expectRejected, grade, type AnswerTable } from './grading.ts';

const ID = 'spot-the-bugs';
const fixed = {
  from: 'FROM node:24-trixie-slim',
  apt: 'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*',
  copy: 'WORKDIR /app\nCOPY requirements.txt .',
  pip: 'RUN pip install --no-cache-dir --break-system-packages -r requirements.txt',
  cmd: 'COPY . .\nCMD ["npm", "start"]',
};
const dockerfile = (parts: Partial<typeof fixed> = {}) => Object.values({ ...fixed, ...parts }).join('\n');

const VARIANTS: AnswerTable = {
  accepted: [
    ['the full Docker Hub name', dockerfile({ from: 'FROM docker.io/library/node:24-trixie-slim' })],
    ['a virtualenv from python3-venv, pip by its venv path', dockerfile({
      apt: 'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv && rm -rf /var/lib/apt/lists/*\nRUN python3 -m venv /opt/venv',
      pip: 'RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt',
    })],
    ['PIP_BREAK_SYSTEM_PACKAGES and -y after the packages', dockerfile({
      apt: 'ENV PIP_BREAK_SYSTEM_PACKAGES=1\nRUN apt-get update && apt-get install python3 python3-pip -y --no-install-recommends && rm -rf /var/lib/apt/lists/*',
      pip: 'RUN pip3 install --no-cache-dir -r requirements.txt',
    })],
    ['bullseye, whose Python is not externally managed', dockerfile({ from: 'FROM node:20-bullseye-slim', pip: 'RUN pip3 install --no-cache-dir -r requirements.txt' })],
    ['ENTRYPOINT npm with CMD start, and Assume-Yes as an apt option', dockerfile({
      apt: 'RUN apt-get update && apt-get -o APT::Get::Assume-Yes=true install --no-install-recommends python3-pip && rm -rf /var/lib/apt/lists/*',
      cmd: 'COPY . .\nENTRYPOINT ["npm"]\nCMD ["start"]',
    })],
    ['yes piped into apt-get', dockerfile({ apt: 'RUN apt-get update && yes | apt-get install --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*' })],
    ['cd into the folder that holds requirements.txt', dockerfile({ copy: 'WORKDIR /app\nCOPY requirements.txt /tmp/', pip: 'RUN cd /tmp && pip install --break-system-packages -r requirements.txt' })],
  ],
  rejected: [
    ['the apt lines deleted, so there is no pip', dockerfile({ apt: '' }), ['keeps-the-app']],
    ['python3 without pip', dockerfile({ apt: 'RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*' }), ['keeps-the-app']],
    ['pip without --break-system-packages on Debian 13', dockerfile({ pip: 'RUN pip install --no-cache-dir -r requirements.txt' }), ['pip-requirements-path']],
    ['node:lts-slim, a tag that moves', dockerfile({ from: 'FROM node:lts-slim' }), ['valid-base-image']],
    ['CMD ["npm start"], a program named "npm start"', dockerfile({ cmd: 'COPY . .\nCMD ["npm start"]' }), ['exec-form-cmd']],
    ['exec form that runs sh -c', dockerfile({ cmd: 'COPY . .\nCMD ["sh", "-c", "npm start"]' }), ['exec-form-cmd']],
    ['DEBIAN_FRONTEND=noninteractive, which does not answer apt', dockerfile({ apt: 'RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*' }), ['apt-assume-yes']],
    ['the lists removed before the install', dockerfile({ apt: 'RUN apt-get update && rm -rf /var/lib/apt/lists/* && apt-get install -y python3 python3-pip' }), ['apt-lists-removed']],
    ['a start command for a file the app does not have', dockerfile({ cmd: 'COPY . .\nCMD ["node", "index.js"]' }), ['keeps-the-app']],
    ['cd / before pip, away from the WORKDIR copy', dockerfile({ pip: 'RUN cd / && pip install --break-system-packages -r requirements.txt' }), ['pip-requirements-path']],
    ['the cleanup after true ||, which never runs', dockerfile({ apt: 'RUN apt-get update && apt-get install -y python3 python3-pip && true || rm -rf /var/lib/apt/lists/*' }), ['apt-lists-removed']],
  ],
};

/** Written after the graders were fixed, and run before changing them again: the estimate for answers nobody tuned on. */
const HELD_OUT: AnswerTable = {
  accepted: [
    ['a full version, --assume-yes and pip3 with an absolute path', dockerfile({
      from: 'FROM node:24.11.0-trixie-slim',
      apt: 'RUN apt-get update && apt-get install --assume-yes --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*',
      pip: 'RUN pip3 install --break-system-packages --no-cache-dir -r /app/requirements.txt',
    })],
    ['npm run start', dockerfile({ cmd: 'COPY . .\nCMD ["npm", "run", "start"]' })],
    ['the full bullseye image, pip without the flag', dockerfile({ from: 'FROM node:18-bullseye', pip: 'RUN pip3 install -r requirements.txt' })],
    ['a heredoc RUN for apt', dockerfile({ apt: 'RUN <<EOF\napt-get update\napt-get install -y --no-install-recommends python3 python3-pip\nrm -rf /var/lib/apt/lists/*\nEOF' })],
  ],
  rejected: [
    ['a versioned onbuild tag', dockerfile({ from: 'FROM node:8-onbuild' }), ['valid-base-image']],
    ['the wrong lists folder in the same RUN', dockerfile({ apt: 'RUN apt-get update && apt-get install -y python3 python3-pip && rm -rf /var/cache/apt/lists' }), ['apt-lists-removed']],
    ['requirements.txt copied into a subfolder', dockerfile({ copy: 'WORKDIR /app\nCOPY requirements.txt requirements/' }), ['pip-requirements-path']],
    ['ENTRYPOINT in shell form', dockerfile({ cmd: 'COPY . .\nENTRYPOINT npm start' }), ['exec-form-cmd']],
    ['python3 only, then ensurepip (disabled on Debian)', dockerfile({ apt: 'RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\nRUN python3 -m ensurepip' }), ['keeps-the-app']],
  ],
};

describe('spot-the-bugs', () => {
  it('accepts the reference solution with 100', () => expectAccepted(ID, definition(ID).solution));

  it('rejects the starter, naming all five bugs', () => {
    const result = expectRejected(ID, definition(ID).starter, ['valid-base-image', 'apt-assume-yes', 'apt-lists-removed', 'pip-requirements-path', 'exec-form-cmd']);
    const message = (id: string) => result.requirements.find((r) => r.id === id)?.message ?? '';
    expect(message('valid-base-image')).toContain('the space splits the image reference');
    expect(message('apt-lists-removed')).toContain('wrong folder');
    expect(message('pip-requirements-path')).toContain('/app');
  });

  it.each([
    ['the parts as written above', dockerfile()],
    ['a heredoc RUN with apt -qq, an absolute requirements path and ENTRYPOINT', dockerfile({
      apt: 'RUN <<EOF\nset -e\napt-get update\napt-get -qq install --no-install-recommends python3 python3-pip\nrm -rf /var/lib/apt/lists/*\nEOF',
      pip: 'RUN python3 -m pip install --break-system-packages -r /app/requirements.txt',
      cmd: 'COPY . .\nENTRYPOINT ["node", "server.js"]',
    })],
    // The digest is made up: illustrative, it names no real image.
    ['a pinned digest, --yes, a cache mount and requirements in another folder', dockerfile({
      from: 'FROM node@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90125c2b2a9f0c38b8a7e6e1a8f4f1d0e',
      apt: 'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install --yes python3 python3-pip',
      copy: 'WORKDIR /app\nCOPY requirements.txt /deps/',
      pip: 'RUN pip3 install --break-system-packages --requirement=/deps/requirements.txt',
    })],
    ['relative paths resolved through two WORKDIRs', dockerfile({ copy: 'WORKDIR /srv\nWORKDIR app\nCOPY requirements.txt ./', pip: 'RUN pip install --break-system-packages -r ./requirements.txt' })],
  ])('accepts %s', (_, text) => expectAccepted(ID, text));

  it('rejects an onbuild tag without the space', () => {
    const result = expectRejected(ID, dockerfile({ from: 'FROM node:onbuild' }), ['valid-base-image']);
    expect(result.requirements[0].message).toContain('onbuild');
  });

  it('rejects apt install without -y', () => {
    expectRejected(ID, dockerfile({ apt: 'RUN apt-get update && apt-get install python3 python3-pip && rm -rf /var/lib/apt/lists/*' }), ['apt-assume-yes']);
  });

  it('rejects the right folder removed in a separate RUN', () => {
    const result = expectRejected(ID, dockerfile({ apt: 'RUN apt-get update && apt-get install -y python3 python3-pip\nRUN rm -rf /var/lib/apt/lists/*' }), ['apt-lists-removed']);
    expect(result.requirements.find((r) => r.id === 'apt-lists-removed')?.message).toContain('another RUN');
  });

  it('rejects pip reading /requirements.txt after COPY into the WORKDIR', () => {
    expectRejected(ID, dockerfile({ pip: 'RUN pip install --break-system-packages -r /requirements.txt' }), ['pip-requirements-path']);
  });

  it('rejects pip reading the file before it is copied', () => {
    expectRejected(ID, dockerfile({ copy: 'WORKDIR /app', pip: 'RUN pip install -r requirements.txt\nCOPY requirements.txt .' }), ['pip-requirements-path']);
  });

  it('rejects CMD in shell form', () => {
    expectRejected(ID, dockerfile({ cmd: 'COPY . .\nCMD npm start' }), ['exec-form-cmd']);
  });

  it('explains in Portuguese', () => {
    expect(grade(ID, definition(ID).starter, 'pt-BR').requirements.find((r) => r.id === 'exec-form-cmd')?.message).toContain('forma shell');
  });

  describe('variants', () => answerTable(ID, VARIANTS));
  describe('held-out answers', () => answerTable(ID, HELD_OUT));
});

import { describe, expect, it } from 'vitest';
import { definition, expectAccepted, expectRejected, grade } from './grading.ts';

const ID = 'spot-the-bugs';
const fixed = {
  from: 'FROM node:22-bookworm-slim',
  apt: 'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*',
  copy: 'WORKDIR /app\nCOPY requirements.txt .',
  pip: 'RUN pip install --no-cache-dir --break-system-packages -r requirements.txt',
  cmd: 'COPY . .\nCMD ["npm", "start"]',
};
const dockerfile = (parts: Partial<typeof fixed> = {}) => Object.values({ ...fixed, ...parts }).join('\n');

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
    ['a pinned digest, --yes, a cache mount and requirements in another folder', dockerfile({
      from: 'FROM node@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90125c2b2a9f0c38b8a7e6e1a8f4f1d0e',
      apt: 'RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install --yes python3 python3-pip',
      copy: 'WORKDIR /app\nCOPY requirements.txt /deps/',
      pip: 'RUN pip3 install --break-system-packages --requirement=/deps/requirements.txt',
    })],
    ['relative paths resolved through two WORKDIRs', dockerfile({ copy: 'WORKDIR /srv\nWORKDIR app\nCOPY requirements.txt ./', pip: 'RUN pip install -r ./requirements.txt' })],
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
});

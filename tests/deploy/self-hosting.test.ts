import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dfcheck = (...args: string[]) => spawnSync(process.execPath, ['src/cli/dfcheck.ts', ...args], { cwd: root, encoding: 'utf8' });

// The site ships the way the course teaches: its own Dockerfile and Kubernetes manifest pass its own checks.
describe('self-hosting', () => {
  it('the Dockerfile has no finding at all, even at --fail-on info', () => {
    const result = dfcheck('--fail-on', 'info', '--format', 'json', 'Dockerfile');
    expect(JSON.parse(result.stdout).files[0].findings).toEqual([]);
    expect(result.status).toBe(0);
  });

  it("the manifest's probes pass the kubernetes-probes exercise grader", () => {
    const result = dfcheck('--exercise', 'kubernetes-probes', '--format', 'json', 'deploy/kubernetes.yaml');
    const grade = JSON.parse(result.stdout);
    expect(grade.requirements.filter((r: { passed: boolean }) => !r.passed)).toEqual([]);
    expect(grade).toMatchObject({ exercise: 'kubernetes-probes', passed: true, score: 100 });
    expect(result.status).toBe(0);
  });

  it("the workshop server's manifest passes the same grader", () => {
    const result = dfcheck('--exercise', 'kubernetes-probes', '--format', 'json', 'deploy/workshop.yaml');
    expect(JSON.parse(result.stdout)).toMatchObject({ exercise: 'kubernetes-probes', passed: true, score: 100 });
  });
});

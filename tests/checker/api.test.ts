import { describe, expect, it } from 'vitest';
import { checkDockerfile, findRuleByAlias, parseConfig, parseDockerfile, ruleById, ruleDocsPath, rules } from '../../src/checker/index.ts';
import { placeholdersOf } from '../../src/checker/messages.ts';

const withFrom = (snippet: string) => (/^\s*(?:#.*\n)*\s*(?:ARG[^\n]*\n\s*)*FROM/i.test(snippet) ? snippet : `FROM debian:12.8\n${snippet}`);

describe('rule catalogue', () => {
  it('has at least 40 rules, sorted by id, with unique ids and aliases', () => {
    expect(rules.length).toBeGreaterThanOrEqual(40);
    const ids = rules.map((rule) => rule.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = rules.flatMap((rule) => [...(rule.meta.aliases.hadolint ?? []), ...(rule.meta.aliases.buildkit ?? []), ...(rule.meta.aliases.trivy ?? [])]);
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  for (const rule of rules) {
    describe(rule.meta.id, () => {
      it('has texts in both languages with the same placeholders', () => {
        for (const text of [rule.meta.title, rule.meta.description]) {
          expect(text.en.trim()).not.toBe('');
          expect(text['pt-BR'].trim()).not.toBe('');
        }
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const message of Object.values(rule.meta.messages)) {
          expect(message.en.trim()).not.toBe('');
          expect(message['pt-BR'].trim()).not.toBe('');
          expect(placeholdersOf(message['pt-BR'])).toEqual(placeholdersOf(message.en));
        }
        expect(rule.meta.id).toMatch(/^[a-z0-9-]+$/);
      });

      if (rule.meta.id !== 'syntax-error') {
        it('flags its bad example and not its good example', () => {
          expect(checkDockerfile(withFrom(rule.meta.examples.bad)).some((finding) => finding.rule === rule.meta.id)).toBe(true);
          expect(checkDockerfile(withFrom(rule.meta.examples.good)).filter((finding) => finding.rule === rule.meta.id)).toEqual([]);
        });
      }
    });
  }
});

describe('aliases and docs', () => {
  it('finds rules by id or any alias, case-insensitively', () => {
    expect(findRuleByAlias('DL3020')?.meta.id).toBe('prefer-copy-over-add');
    expect(findRuleByAlias('jsonargsrecommended')?.meta.id).toBe('exec-form-cmd');
    expect(findRuleByAlias('DS-0005')?.meta.id).toBe('prefer-copy-over-add');
    expect(findRuleByAlias('DS005')?.meta.id).toBe('prefer-copy-over-add');
    expect(findRuleByAlias('ds-0001')?.meta.id).toBe('pin-base-image-tag');
    expect(findRuleByAlias('pin-base-image-tag')?.meta.id).toBe('pin-base-image-tag');
    expect(findRuleByAlias('nope')).toBeUndefined();
    expect(ruleById('no-sudo')?.meta.aliases.hadolint).toEqual(['DL3004']);
  });

  it('maps rules to their pages', () => {
    expect(ruleDocsPath('no-sudo', 'en')).toBe('/en/rules/no-sudo/');
    expect(ruleDocsPath('no-sudo', 'pt-BR')).toBe('/pt-br/rules/no-sudo/');
    const [finding] = checkDockerfile('FROM node:22-slim\nUSER node\nHEALTHCHECK CMD ["x"]\nRUN sudo id', { lang: 'pt-BR' });
    expect(finding.docsUrl).toBe('/pt-br/rules/no-sudo/');
  });
});

describe('findings', () => {
  const text = 'FROM node\nrun sudo apt-get install curl\nMAINTAINER me';

  it('have the documented shape', () => {
    for (const finding of checkDockerfile(text)) {
      expect(Object.keys(finding).sort()).toEqual(
        ['aliases', 'column', 'docsUrl', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity', ...(finding.fix ? ['fix'] : [])].sort(),
      );
      expect(['error', 'warning', 'info', 'style']).toContain(finding.severity);
      expect(finding.aliases).toEqual(expect.any(Array));
    }
  });

  it('come in a stable order: line, column, rule id', () => {
    const findings = checkDockerfile(text);
    const sorted = [...findings].sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
    expect(findings.map((f) => `${f.line}:${f.column}:${f.rule}`)).toEqual(sorted.map((f) => `${f.line}:${f.column}:${f.rule}`));
    expect(checkDockerfile(text)).toEqual(findings);
  });

  it('switch language', () => {
    const en = checkDockerfile(text).find((f) => f.rule === 'no-sudo')!;
    const pt = checkDockerfile(text, { lang: 'pt-BR' }).find((f) => f.rule === 'no-sudo')!;
    expect(en.message).toMatch(/Do not use sudo/);
    expect(pt.message).toMatch(/Não use sudo/);
  });

  it('keep other rules running when the file has syntax errors', () => {
    const findings = checkDockerfile('FROM node\nRUNN x\nRUN sudo id\nCMD ["a"');
    expect(findings.filter((f) => f.rule === 'syntax-error').length).toBe(2);
    expect(findings.some((f) => f.rule === 'no-sudo')).toBe(true);
    expect(findings.some((f) => f.rule === 'pin-base-image-tag')).toBe(true);
  });
});

describe('suppressions', () => {
  const rulesOf = (text: string) => checkDockerfile(text).map((f) => f.rule);

  it('honours # hadolint ignore= with hadolint ids on the line above', () => {
    const text = 'FROM debian:12.8\nUSER app\nHEALTHCHECK CMD ["x"]\n# hadolint ignore=DL3014,DL3015\nRUN apt-get install curl && rm -rf /var/lib/apt/lists/*';
    expect(rulesOf(text)).not.toContain('apt-assume-yes');
    expect(rulesOf(text)).not.toContain('apt-no-install-recommends');
  });

  it('honours # check-ignore= with our ids and aliases', () => {
    const text = 'FROM debian:12.8\n# check-ignore=no-sudo\nRUN sudo id\nRUN sudo id';
    expect(checkDockerfile(text).filter((f) => f.rule === 'no-sudo').map((f) => f.line)).toEqual([4]);
  });

  it('honours BuildKit # check=skip=… and skip=all', () => {
    expect(rulesOf('# check=skip=JSONArgsRecommended,DS-0001\nFROM node\nCMD node x.js')).not.toContain('exec-form-cmd');
    expect(rulesOf('# check=skip=JSONArgsRecommended,DS-0001\nFROM node\nCMD node x.js')).not.toContain('pin-base-image-tag');
    const all = checkDockerfile('# check=skip=all\nFROM node\nCMD node x.js\nRUNN x');
    expect(all.map((f) => f.rule)).toEqual(['syntax-error']);
  });

  it('applies ignored rules and severity overrides from the config', () => {
    const config = parseConfig('ignored: [DL3006]\noverride:\n  error:\n    - no-sudo\n');
    const findings = checkDockerfile('FROM node\nRUN sudo id', { config });
    expect(findings.map((f) => f.rule)).not.toContain('pin-base-image-tag');
    expect(findings.find((f) => f.rule === 'no-sudo')?.severity).toBe('error');
  });
});

describe('parseConfig', () => {
  it('reads the .hadolint.yaml subset', () => {
    const config = parseConfig(`# team settings
ignored:
  - DL3008
  - "JSONArgsRecommended"   # comment
failure-threshold: error
override:
  warning:
    - DL3015
  info: [DL3002, no-sudo]
trustedRegistries:
  - docker.io
`);
    expect(config.ignored).toEqual(['DL3008', 'JSONArgsRecommended']);
    expect(config.failureThreshold).toBe('error');
    expect(config.override).toEqual({ warning: ['DL3015'], info: ['DL3002', 'no-sudo'] });
    expect(config.problems).toEqual([]);
  });

  it('reports what it cannot understand', () => {
    const config = parseConfig('failure-threshold: loud\nnonsense\n');
    expect(config.failureThreshold).toBeUndefined();
    expect(config.problems.map((p) => p.line)).toEqual([1, 2]);
  });
});

describe('parseDockerfile', () => {
  it('builds stages with base images split into parts', () => {
    const model = parseDockerfile('ARG V=3.20\nFROM --platform=$BUILDPLATFORM docker.io/library/alpine:${V} AS base\nFROM gcr.io/distroless/static-debian12@sha256:abc\nFROM base');
    expect(model.stages.map((s) => [s.name, s.baseImage.registry, s.baseImage.repository, s.baseImage.tag, s.distroless])).toEqual([
      ['base', 'docker.io', 'alpine', '3.20', false],
      [null, 'gcr.io', 'distroless/static-debian12', null, true],
      [null, null, 'base', null, false],
    ]);
    expect(model.stages[0].platform).toBe('$BUILDPLATFORM');
    expect(model.stages[2].baseStage?.name).toBe('base');
  });

  it('maps shell words back to the file across continuations and heredocs', () => {
    const model = parseDockerfile('FROM alpine:3.20\nRUN apk add \\\n    curl && \\\n  echo "a b"\nRUN <<EOF\nset -e\napk add git\nEOF');
    const [run1, run2] = model.instructions.slice(1);
    const words = run1.shell!.commands.flatMap((c) => c.words.map((w) => `${w.value}@${w.range.line}:${w.range.column}`));
    expect(words).toEqual(['apk@2:5', 'add@2:9', 'curl@3:5', 'echo@4:3', 'a b@4:8']);
    expect(run2.heredocs[0]).toMatchObject({ name: 'EOF', body: 'set -e\napk add git\n', terminated: true });
    expect(run2.shell!.commands.map((c) => `${c.name}@${c.range.line}`)).toEqual(['set@6', 'apk@7']);
  });

  it('honours the escape directive', () => {
    const model = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\');
    expect(model.escapeChar).toBe('`');
    expect(model.instructions[1].argsText).toBe('dir   C:\\');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonOutline, mainLine } from '../../src/course/lesson-outline.ts';

const lesson = (locale: string, slug: string) => readFileSync(new URL(`../../content/lessons/${locale}/${slug}.mdx`, import.meta.url), 'utf8');

describe('lesson outline', () => {
  const mdx = [
    '---', 'title: x', '---', "import { Notes } from '~/x';", '', 'Intro.', '',
    '## One', '', '### Deep', '', 'D', '', '## Try it', '', '<Exercise id="pin" />', '',
    '## Lab', '', '<LinuxLab id="cgroups" />', '', '## Sim', '', '<LayerCacheExplorer />', '<LayerCache lang="en" />', '',
    '## Check', '', '<Quiz id="q1" questions={[]} />', '',
  ].join('\n');
  const outline = lessonOutline(mdx);

  it('records every slide with its level, title and whether the talk keeps it', () => {
    expect(outline.slides.map((s) => [s.id, s.level, s.title, s.mainLine, s.handsOn])).toEqual([
      ['slide-0', 'h', '(intro)', true, false],
      ['slide-1-0', 'h', 'One', true, false],
      ['slide-1-1', 'v', 'Deep', false, false],
      ['slide-2', 'h', 'Try it', false, true],
      ['slide-3', 'h', 'Lab', true, false],
      ['slide-4', 'h', 'Sim', true, false],
      ['slide-5', 'h', 'Check', false, true],
    ]);
    expect(mainLine(outline).map((s) => s.title)).toEqual(['(intro)', 'One', 'Lab', 'Sim']);
  });

  it('records embedded ids by the component used: the simulator, not the diagram of the same topic', () => {
    expect(outline).toMatchObject({ exercises: ['pin'], quizzes: ['q1'], labs: ['cgroups'], simulators: ['LayerCacheExplorer'] });
  });

  it('finds the eight Linux labs and the simulators in the lessons', () => {
    const slugs = ['namespaces', 'cgroups', 'security-layers', 'container-networking', 'docker-and-oci', 'images-on-disk', 'dockerfile-practices'];
    expect(slugs.flatMap((slug) => lessonOutline(lesson('en', slug)).labs)).toEqual(['namespaces', 'cgroups', 'seccomp', 'capstone', 'docker-run', 'networking', 'oci', 'storage']);
    expect(lessonOutline(lesson('pt-br', 'dockerfile-practices')).simulators).toEqual(['LayerCacheExplorer']);
  });

  it('compiles a source once', () => {
    expect(lessonOutline(mdx)).toBe(outline);
  });
});

describe('simulators known to the outline', () => {
  it('are the lesson kit exports that live in src/features/sims, found without a hand-kept list', async () => {
    const { SIMULATORS } = await import('../../src/course/lesson-outline.ts');
    const kit = await import('../../src/components/lesson/index.ts?raw');
    const fromSims = (kit.default as string).split('\n').filter((line) => line.includes('/features/sims/')).length;
    expect(SIMULATORS).toHaveLength(fromSims);
    expect(SIMULATORS).toContain('LayerCacheExplorer');
    expect(SIMULATORS).not.toContain('LinuxLab');
    expect(SIMULATORS).not.toContain('Exercise');
  });

  it('each have a name for the presenter guide in both languages (sim.<Export>)', async () => {
    const { SIMULATORS } = await import('../../src/course/lesson-outline.ts');
    const { t } = await import('../../src/course/i18n.ts');
    for (const name of SIMULATORS) {
      for (const locale of ['en', 'pt-br'] as const) expect(t(locale, `sim.${name}` as never), `${locale} sim.${name}`).not.toBe(`sim.${name}`);
    }
  });
});

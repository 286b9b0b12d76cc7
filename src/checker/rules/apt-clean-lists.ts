import { defineRule } from '../define-rule.ts';
import type { Stage } from '../model/types.ts';
import { callsOf, type CommandCall } from '../query/commands.ts';
import { mountsOver, removesPath, uncleanedWrite } from '../query/cache-cleanup.ts';
import { installsPackages, managerOf, refreshesIndex, subcommandOf } from '../query/package-managers.ts';
import { runInstructions } from '../query/run-instructions.ts';
import { foldInChain, shippedStages } from '../query/stages.ts';

const LISTS = ['/var/lib/apt/lists'];
const ARCHIVES = ['/var/cache/apt/archives'];
/** Debian and Ubuntu images delete downloaded .deb files through this apt hook; removing it keeps them. */
const DOCKER_CLEAN = ['/etc/apt/apt.conf.d/docker-clean'];

const isApt = (call: CommandCall) => managerOf(call) === 'apt';
/** `apt-get dist-clean` (apt 2.7+) removes the lists too. */
const cleansLists = (call: CommandCall) => removesPath(call, LISTS) || (isApt(call) && subcommandOf(call)?.word.value === 'dist-clean');
const cleansArchives = (call: CommandCall) => removesPath(call, ARCHIVES) || (isApt(call) && ['clean', 'dist-clean'].includes(subcommandOf(call)?.word.value ?? ''));
/** `apt` (not apt-get) deletes what it downloaded unless Keep-Downloaded-Packages is set. */
const keepsDownloads = (call: CommandCall) => call.args.some((word) => /Keep-Downloaded-Packages\W*(?:true|1|yes)\b/i.test(word.value));

interface AptSetup {
  dockerCleanRemoved: boolean;
  keepsDownloads: boolean;
}
const NO_CHANGES: AptSetup = { dockerCleanRemoved: false, keepsDownloads: false };
const merge = (a: AptSetup, b: AptSetup | undefined): AptSetup =>
  b ? { dockerCleanRemoved: a.dockerCleanRemoved || b.dockerCleanRemoved, keepsDownloads: a.keepsDownloads || b.keepsDownloads } : a;

export default defineRule({
  meta: {
    id: 'apt-clean-lists',
    aliases: { hadolint: ['DL3009'] },
    severity: 'info',
    fixable: false,
    lesson: 'small-images',
    title: { en: 'Delete the apt lists after installing', 'pt-BR': 'Apague as listas do apt depois de instalar' },
    description: {
      en: '`apt-get update` downloads package lists into /var/lib/apt/lists (tens of MB). Remove them with `rm -rf /var/lib/apt/lists/*` at the end of the same RUN, or mount a cache there; a later RUN cannot shrink a layer that is already written. Where /etc/apt/apt.conf.d/docker-clean was removed (to use cache mounts), the downloaded .deb files stay in /var/cache/apt too: mount a cache there as well, or run `apt-get clean`. Stages that do not end up in the image are not reported.',
      'pt-BR': 'O `apt-get update` baixa as listas de pacotes para /var/lib/apt/lists (dezenas de MB). Apague com `rm -rf /var/lib/apt/lists/*` no fim do mesmo RUN ou monte um cache ali; um RUN posterior não consegue diminuir uma camada que já foi gravada. Onde o /etc/apt/apt.conf.d/docker-clean foi removido (para usar cache mounts), os .deb baixados também ficam em /var/cache/apt: monte um cache ali também ou rode `apt-get clean`. Estágios que não chegam à imagem não são apontados.',
    },
    examples: {
      bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
      good: 'RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
    },
    messages: {
      missingCleanup: { en: 'Remove /var/lib/apt/lists/* at the end of the RUN that runs apt-get update, to keep the lists out of the image.', 'pt-BR': 'Remova /var/lib/apt/lists/* no fim do RUN que roda o apt-get update, para as listas não irem para a imagem.' },
      archivesKept: {
        en: 'docker-clean was removed, so the .deb files this install downloads stay in /var/cache/apt: mount a cache there too, or run apt-get clean after it.',
        'pt-BR': 'O docker-clean foi removido, então os .deb que esta instalação baixa ficam em /var/cache/apt: monte um cache ali também ou rode apt-get clean depois dela.',
      },
    },
  },
  check(model, report) {
    const shipped = shippedStages(model);
    // What RUNs (and, separately, ONBUILD triggers) of each stage did to apt's configuration; later stages inherit the RUNs'.
    const byRuns = new Map<Stage | null, AptSetup>();
    const byTriggers = new Map<Stage | null, AptSetup>();
    // What the stages a stage is built on did: they come earlier in the file, so are complete; memoised along the chain (linear in long chains).
    const inheritedSetup = foldInChain((link) => byRuns.get(link) ?? NO_CHANGES, merge, NO_CHANGES);
    for (const { run, host } of runInstructions(model)) {
      const stage = model.stages[host.stageIndex] ?? null;
      const trigger = run !== host;
      const setup = [byRuns.get(stage), stage?.baseStage ? inheritedSetup(stage.baseStage) : undefined].concat(trigger ? [byTriggers.get(stage)] : []).reduce(merge, NO_CHANGES);
      const calls = callsOf(run);
      const keepingArchives = new Set<CommandCall>();
      let current = setup;
      for (const call of calls) {
        current = merge(current, { dockerCleanRemoved: removesPath(call, DOCKER_CLEAN), keepsDownloads: keepsDownloads(call) });
        if (isApt(call) && installsPackages(call) && current.dockerCleanRemoved && (call.name !== 'apt' || current.keepsDownloads)) keepingArchives.add(call);
      }
      (trigger ? byTriggers : byRuns).set(stage, merge((trigger ? byTriggers : byRuns).get(stage) ?? NO_CHANGES, current));
      // An ONBUILD trigger runs in the child image, which is shipped; a RUN before any FROM is checked as if shipped.
      if (!trigger && stage && !shipped.has(stage)) continue;

      const update = mountsOver(run, LISTS) ? null : uncleanedWrite(calls, (call) => isApt(call) && refreshesIndex(call), cleansLists);
      if (update) report({ messageId: 'missingCleanup', range: update.command.range });
      const install = mountsOver(run, ARCHIVES) ? null : uncleanedWrite(calls, (call) => keepingArchives.has(call), cleansArchives);
      if (install) report({ messageId: 'archivesKept', range: install.command.range });
    }
  },
});

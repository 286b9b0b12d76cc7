import type { Instruction, Stage } from '../../../checker/index.ts';
import {
  aptListsKept, aptAssumesYes, pipedFromYes, actionOf, argValues, callsOf, copiedPaths, expand, inheritedInstructions, isAptInstall, managerOf, packageName, packagesOf, resolvePath, surelyRun, workdirAt, type CommandCall, type CopiedPath,
} from '../../../checker/query/index.ts';
import type { DockerfileGraders } from '../types.ts';
import { fail, onFinalStage, pass } from './check.ts';

const PACKAGES = ['curl', 'ca-certificates'];

const packageNames = (call: CommandCall) => packagesOf(call).map((word) => packageName(word.value));
/** apt-get install asks "Do you want to continue? [Y/n]": -y, -qq, Assume-Yes or `yes |` answer it; otherwise the build aborts. */
const answersYes = (call: CommandCall) => aptAssumesYes(call) || pipedFromYes(call);
const CONFIG = '/etc/backup/backup.conf';
/** PATH of Debian images: where exec form looks up a bare program name. */
const PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Where a file of the build context (`config/backup.conf`) lands with this COPY, or null when the COPY does not take it. */
function landing(copy: CopiedPath, file: string): string | null {
  if (copy.from !== null) return null;
  const source = copy.source.replace(/^\.\//, '').replace(/\/(?:\*|\.)?$/, '').replace(/\/+$/, '');
  if (source === '' || source === '.' || source === '*') return resolvePath(copy.target, file);
  if (source === file) return copy.target;
  if (!file.startsWith(`${source}/`)) return null;
  const folder = copy.folder ? copy.target : copy.contentsTarget;
  return folder === null ? null : resolvePath(folder, file.slice(source.length + 1));
}

/** Whether the start command (ENTRYPOINT and CMD) runs one of these paths: as the program, or as a script given to a shell. */
function startRuns(stage: Stage, scripts: string[]): { runs: boolean; spaced: string | null; words: string[] } {
  const instructions = inheritedInstructions(stage);
  const last = (keyword: string) => instructions.filter((instruction) => instruction.keyword === keyword && instruction.argsText !== '').pop() ?? null;
  const entrypoint = last('ENTRYPOINT');
  const parts = [entrypoint, entrypoint && entrypoint.json === null ? null : last('CMD')].filter((instruction): instruction is Instruction => instruction !== null);
  const words = parts.flatMap((instruction) => (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction)));
  const spaced = parts.find((instruction) => instruction.json !== null)?.json?.[0] ?? '';
  if (/\s/.test(spaced.trim())) return { runs: false, spaced, words };
  const workdir = parts.length > 0 ? workdirAt(stage, parts[0]) : '/';
  const runs = words.some((word, index) => (word.includes('/') ? scripts.includes(resolvePath(workdir, word)) : index === 0 && PATH.some((folder) => scripts.includes(`${folder}/${word}`))));
  return { runs, spaced: null, words };
}

/** `APT::Install-Recommends "false";` written into apt's configuration by an earlier RUN. */
function recommendsOffInConfig(instructions: Instruction[], before: Instruction): boolean {
  return instructions.some((instruction) => instruction.keyword === 'RUN' && instruction.index < before.index && /Install-Recommends\W+(?:false|0)\b/i.test(instruction.text) && instruction.text.includes('apt.conf'));
}

/** ADD is the right tool for these: it downloads URLs and unpacks local archives. */
function addIsJustified(source: string): boolean {
  return /^(?:https?:\/\/|git@)/.test(source) || /\.(?:tar|tgz|tar\.(?:gz|bz2|xz|zst))$/.test(source);
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'copy-not-add'(submission) {
      for (const instruction of submission.model.instructions) {
        if (instruction.keyword !== 'ADD') continue;
        const words = (instruction.json ?? instruction.args.map((word) => word.value)).map((word) => expand(word, instruction));
        const local = words.slice(0, -1).find((source) => !addIsJustified(source));
        if (local)
          return fail(
            `"${instruction.text.trim()}" copies a local file with ADD, which would also unpack archives and fetch URLs: COPY says exactly what happens.`,
            `"${instruction.text.trim()}" copia um arquivo local com ADD, que também descompactaria arquivos e baixaria URLs: o COPY diz exatamente o que acontece.`,
          );
      }
      return pass('Local files are copied with COPY.', 'Os arquivos locais são copiados com COPY.');
    },
    'update-with-install'(submission) {
      for (const instruction of submission.model.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const calls = callsOf(instruction);
        const update = calls.findIndex((call) => managerOf(call) === 'apt' && actionOf(call) === 'update');
        const install = calls.findIndex(isAptInstall);
        if (update !== -1 && install === -1)
          return fail(
            `"${instruction.text.trim()}" runs apt-get update in a layer of its own: the cached layer keeps old lists, and a later install fails with 404s. Update and install in the same RUN.`,
            `"${instruction.text.trim()}" roda o apt-get update numa camada só dele: a camada em cache guarda listas velhas, e um install depois falha com 404. Faça update e install no mesmo RUN.`,
          );
        if (install !== -1 && (update === -1 || update > install))
          return fail('apt-get install runs without apt-get update before it in the same RUN.', 'O apt-get install roda sem um apt-get update antes dele no mesmo RUN.');
      }
      return pass('apt-get update and install share one RUN.', 'O apt-get update e o install ficam no mesmo RUN.');
    },
    'lists-cleaned'(submission) {
      const kept = aptListsKept(submission.model.instructions);
      if (!kept) return pass('The apt lists never reach a layer.', 'As listas do apt nunca chegam a uma camada.');
      if (kept.removedBeforeInstall)
        return fail(
          'The apt lists are removed before the install in the same RUN: apt-get install then finds no package lists and stops with "Unable to locate package". Remove them at the end, after the install.',
          'As listas do apt são apagadas antes do install no mesmo RUN: o apt-get install fica sem listas de pacotes e para com "Unable to locate package". Apague no fim, depois do install.',
        );
      if (kept.removedInAnotherRun)
        return fail(
          'The apt lists are removed in a RUN of their own: deleting files in a later layer does not make the earlier layer any smaller. Remove them in the install RUN.',
          'As listas do apt são apagadas num RUN separado: apagar arquivos numa camada seguinte não diminui a camada anterior. Apague no RUN do install.',
        );
      return fail('The install RUN leaves /var/lib/apt/lists/ in its layer: end it with && rm -rf /var/lib/apt/lists/*.', 'O RUN do install deixa /var/lib/apt/lists/ na camada: termine com && rm -rf /var/lib/apt/lists/*.');
    },
    'no-install-recommends'(submission) {
      for (const instruction of submission.model.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        if (recommendsOffInConfig(submission.model.instructions, instruction)) continue;
        const call = callsOf(instruction).find(
          (candidate) => isAptInstall(candidate) && !argValues(candidate).includes('--no-install-recommends') && !argValues(candidate).some((arg) => /APT::Install-Recommends=(?:false|0)/i.test(arg)),
        );
        if (call)
          return fail(
            `"${call.name} install ${packageNames(call).join(' ')}" also installs the recommended packages (dozens of MB the image never uses): add --no-install-recommends.`,
            `"${call.name} install ${packageNames(call).join(' ')}" instala também os pacotes recomendados (dezenas de MB que a imagem nunca usa): adicione --no-install-recommends.`,
          );
      }
      return pass('Only the packages asked for are installed.', 'Só os pacotes pedidos são instalados.');
    },
    'same-result': onFinalStage((final) => {
      const installs = surelyRun(inheritedInstructions(final).filter((instruction) => instruction.keyword === 'RUN').flatMap(callsOf)).filter(isAptInstall);
      const installed = installs.filter(answersYes).flatMap(packageNames);
      const unanswered = installs.find((call) => !answersYes(call) && PACKAGES.some((name) => packageNames(call).includes(name)));
      if (unanswered && !PACKAGES.every((name) => installed.includes(name)))
        return fail(
          `"${unanswered.name} ${argValues(unanswered).join(' ')}" asks "Do you want to continue? [Y/n]" and no one answers in a build: it aborts and installs nothing. Add -y.`,
          `"${unanswered.name} ${argValues(unanswered).join(' ')}" pergunta "Do you want to continue? [Y/n]" e ninguém responde no build: ele aborta e não instala nada. Adicione -y.`,
        );
      const missing = PACKAGES.filter((name) => !installed.includes(name));
      if (missing.length > 0) return fail(`The image no longer installs ${missing.join(' and ')}: backup.sh needs them.`, `A imagem não instala mais ${missing.join(' e ')}: o backup.sh precisa deles.`);
      const copies = copiedPaths(final);
      const scripts = copies.map((copy) => landing(copy, 'backup.sh')).filter((path): path is string => path !== null);
      if (scripts.length === 0) return fail('backup.sh is no longer copied into the image.', 'O backup.sh não é mais copiado para a imagem.');
      if (!copies.some((copy) => landing(copy, 'config/backup.conf') === CONFIG)) return fail('The config/ folder is no longer copied to /etc/backup/, where backup.sh reads it.', 'A pasta config/ não é mais copiada para /etc/backup/, onde o backup.sh lê.');
      const start = startRuns(final, scripts);
      if (start.spaced !== null)
        return fail(
          `The exec form runs a program named "${start.spaced}", space included, which does not exist: give each word its own string.`,
          `A forma exec roda um programa chamado "${start.spaced}", com espaço e tudo, que não existe: dê a cada palavra a sua string.`,
        );
      if (!start.runs)
        return fail(
          start.words.length === 0 ? 'Keep the CMD that runs backup.sh.' : `"${start.words.join(' ')}" does not run backup.sh (copied to ${scripts.join(', ')}).`,
          start.words.length === 0 ? 'Mantenha o CMD que roda o backup.sh.' : `"${start.words.join(' ')}" não roda o backup.sh (copiado para ${scripts.join(', ')}).`,
        );
      return pass('Same packages, same files, same command.', 'Mesmos pacotes, mesmos arquivos, mesmo comando.');
    }),
  },
};

export default graders;

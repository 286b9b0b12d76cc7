import type { DockerfileGraders } from '../types.ts';
import {
  aptPackages, aptSubcommand, cacheMountCovers, callsOf, copiedTo, expand, fail, finalStage, inheritedInstructions, pass, removesAptLists, startInstruction,
} from './dockerfile-helpers.ts';

const PACKAGES = ['curl', 'ca-certificates'];

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
        const update = calls.findIndex((call) => aptSubcommand(call) === 'update');
        const install = calls.findIndex((call) => aptSubcommand(call) === 'install');
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
      const runs = submission.model.instructions.filter((instruction) => instruction.keyword === 'RUN');
      for (const instruction of runs) {
        const calls = callsOf(instruction);
        if (!calls.some((call) => aptSubcommand(call) === 'install')) continue;
        if (calls.some(removesAptLists) || cacheMountCovers(instruction, '/var/lib/apt/lists')) continue;
        if (runs.flatMap(callsOf).some(removesAptLists))
          return fail(
            'The apt lists are removed in a RUN of their own: deleting files in a later layer does not make the earlier layer any smaller. Remove them in the install RUN.',
            'As listas do apt são apagadas num RUN separado: apagar arquivos numa camada seguinte não diminui a camada anterior. Apague no RUN do install.',
          );
        return fail('The install RUN leaves /var/lib/apt/lists/ in its layer: end it with && rm -rf /var/lib/apt/lists/*.', 'O RUN do install deixa /var/lib/apt/lists/ na camada: termine com && rm -rf /var/lib/apt/lists/*.');
      }
      return pass('The apt lists never reach a layer.', 'As listas do apt nunca chegam a uma camada.');
    },
    'no-install-recommends'(submission) {
      for (const instruction of submission.model.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const call = callsOf(instruction).find(
          (candidate) => aptSubcommand(candidate) === 'install' && !candidate.args.includes('--no-install-recommends') && !candidate.args.some((arg) => /APT::Install-Recommends=(?:false|0)/i.test(arg)),
        );
        if (call)
          return fail(
            `"${call.name} install ${aptPackages(call).join(' ')}" also installs the recommended packages (dozens of MB the image never uses): add --no-install-recommends.`,
            `"${call.name} install ${aptPackages(call).join(' ')}" instala também os pacotes recomendados (dezenas de MB que a imagem nunca usa): adicione --no-install-recommends.`,
          );
      }
      return pass('Only the packages asked for are installed.', 'Só os pacotes pedidos são instalados.');
    },
    'same-result'(submission) {
      const final = finalStage(submission.model);
      if (!final) return fail('There is no FROM line.', 'Não há nenhuma linha FROM.');
      const installed = inheritedInstructions(final).filter((instruction) => instruction.keyword === 'RUN').flatMap(callsOf).filter((call) => aptSubcommand(call) === 'install').flatMap(aptPackages);
      const missing = PACKAGES.filter((name) => !installed.includes(name));
      if (missing.length > 0) return fail(`The image no longer installs ${missing.join(' and ')}: backup.sh needs them.`, `A imagem não instala mais ${missing.join(' e ')}: o backup.sh precisa deles.`);
      if (!copiedTo(final, '/usr/local/bin/backup.sh')) return fail('backup.sh is no longer copied to /usr/local/bin/backup.sh.', 'O backup.sh não é mais copiado para /usr/local/bin/backup.sh.');
      if (!copiedTo(final, '/etc/backup/backup.conf')) return fail('The config/ folder is no longer copied to /etc/backup/.', 'A pasta config/ não é mais copiada para /etc/backup/.');
      if (!startInstruction(final)) return fail('Keep the CMD that runs backup.sh.', 'Mantenha o CMD que roda o backup.sh.');
      return pass('Same packages, same files, same command.', 'Mesmos pacotes, mesmos arquivos, mesmo comando.');
    },
  },
};

export default graders;

import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';

/** Replaced by the kernel's own filesystems when the container starts. */
const VIRTUAL = ['/proc', '/sys', '/dev'];
/** The host's boot files and filesystem repair area: never an application's home. */
const SYSTEM = ['/boot', '/initrd', '/lost+found'];

/** The directory of `dirs` that `path` is, or lies under (`/proc/self` → `/proc`). */
const under = (path: string, dirs: string[]) => dirs.find((dir) => path === dir || path.startsWith(`${dir}/`));

export default defineRule({
  meta: {
    id: 'workdir-system-dir',
    aliases: { trivy: ['DS-0030'] },
    severity: 'warning',
    fixable: false,
    lesson: 'dockerfile-practices',
    title: { en: 'Keep WORKDIR out of system directories', 'pt-BR': 'Não use diretórios do sistema como WORKDIR' },
    description: {
      en: 'When a container starts, the runtime mounts the kernel\'s own filesystems on /proc, /sys and /dev, hiding anything the image put there, so a working directory under them is hidden or missing when the app runs, and writing there means writing into kernel interfaces. /boot, /initrd and /lost+found belong to the operating system, not to applications. Use a directory of your own, such as /app.',
      'pt-BR': 'Quando um container inicia, o runtime monta os sistemas de arquivos do próprio kernel em /proc, /sys e /dev, escondendo o que a imagem tiver colocado lá, então um diretório de trabalho dentro deles fica escondido ou nem existe quando a aplicação roda, e escrever ali é escrever em interfaces do kernel. /boot, /initrd e /lost+found pertencem ao sistema operacional, não às aplicações. Use um diretório seu, como /app.',
    },
    examples: { bad: 'WORKDIR /proc/app', good: 'WORKDIR /app' },
    messages: {
      virtual: {
        en: 'WORKDIR "{path}" is under {dir}, which the runtime replaces with a kernel filesystem: use a directory such as /app.',
        'pt-BR': 'O WORKDIR "{path}" fica dentro de {dir}, que o runtime substitui por um sistema de arquivos do kernel: use um diretório como /app.',
      },
      system: {
        en: 'WORKDIR "{path}" is under {dir}, a system directory: use a directory such as /app.',
        'pt-BR': 'O WORKDIR "{path}" fica dentro de {dir}, um diretório do sistema: use um diretório como /app.',
      },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'WORKDIR')) {
      if (instruction.args.length === 0) continue;
      const word = instruction.args[0];
      const path = word.value.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
      const virtual = under(path, VIRTUAL);
      const system = virtual ? undefined : under(path, SYSTEM);
      if (virtual) report({ messageId: 'virtual', data: { path: word.value, dir: virtual }, range: word.range });
      else if (system) report({ messageId: 'system', data: { path: word.value, dir: system }, range: word.range });
    }
  },
});

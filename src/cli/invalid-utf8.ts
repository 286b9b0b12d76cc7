// The CLI's own finding for bytes that are not UTF-8: the checker sees only text, so the reader reports it.
import type { CheckerConfig, Finding, Lang, Severity } from '../checker/index.ts';
import { byteHex, type InvalidUtf8 } from './utf8.ts';

export const INVALID_UTF8_RULE = {
  id: 'invalid-utf8',
  severity: 'warning' as Severity,
  title: { en: 'The file is not valid UTF-8', 'pt-BR': 'O arquivo não é UTF-8 válido' } satisfies Record<Lang, string>,
  description: {
    en: 'A Dockerfile is read as UTF-8 text. A file saved in another encoding (Latin-1, UTF-16) holds other bytes than your editor shows, in paths, labels and echoed text. dfcheck still checks it, reading each invalid sequence as U+FFFD.',
    'pt-BR': 'Um Dockerfile é lido como texto UTF-8. Um arquivo salvo em outra codificação (Latin-1, UTF-16) contém bytes diferentes do que o seu editor mostra, em caminhos, labels e textos ecoados. O dfcheck ainda o verifica, lendo cada sequência inválida como U+FFFD.',
  } satisfies Record<Lang, string>,
};

const MESSAGE: Record<Lang, (byte: string, offset: number) => string> = {
  en: (byte, offset) => `Not valid UTF-8: byte ${byte} (offset ${offset}) starts an invalid sequence; invalid bytes were read as U+FFFD. Save the file as UTF-8.`,
  'pt-BR': (byte, offset) => `Não é UTF-8 válido: o byte ${byte} (posição ${offset}) inicia uma sequência inválida; bytes inválidos foram lidos como U+FFFD. Salve o arquivo em UTF-8.`,
};

/** The finding at the first invalid byte, or null when the config ignores the rule (`ignored:` and `override:` apply). */
export function invalidUtf8Finding(invalid: InvalidUtf8, lang: Lang, config: CheckerConfig): Finding | null {
  const id = INVALID_UTF8_RULE.id;
  if (config.ignored?.some((name) => name.toLowerCase() === id)) return null;
  const override = Object.entries(config.override ?? {}).find(([, names]) => names?.some((name) => name.toLowerCase() === id));
  return {
    rule: id,
    aliases: [],
    severity: (override?.[0] as Severity | undefined) ?? INVALID_UTF8_RULE.severity,
    message: MESSAGE[lang](byteHex(invalid.byte), invalid.offset),
    line: invalid.line,
    column: invalid.column,
    endLine: invalid.line,
    endColumn: invalid.column + 1,
    // No page on the site: the rule belongs to the command line, not to the checker.
    docsUrl: '',
  };
}

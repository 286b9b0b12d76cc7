import { defineRule } from '../define-rule.ts';
import { instructionsOf } from '../query/instructions.ts';

const DURATION_FLAGS = ['interval', 'timeout', 'start-period', 'start-interval'];
const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const MAX_DURATION_NS = 2 ** 63 - 1;
const MAX_RETRIES = 2 ** 31 - 1;

/** Nanoseconds of a Go duration (`1h30m`, `.5s`, `-2ms`, `0`), or null where Go's time.ParseDuration fails. */
function parseGoDuration(text: string): number | null {
  const sign = text.startsWith('-') ? -1 : 1;
  const body = /^[-+]/.test(text) ? text.slice(1) : text;
  if (body === '0') return 0;
  if (body === '' || !/^(?:(?:\d+(?:\.\d*)?|\.\d+)[^\d.]+)+$/.test(body)) return null;
  let total = 0;
  for (const [, number, unit] of body.matchAll(/(\d*\.?\d*)([^\d.]+)/g)) {
    if (!Object.hasOwn(UNIT_NS, unit)) return null;
    total += Number(number) * UNIT_NS[unit];
  }
  return total > MAX_DURATION_NS ? null : sign * total;
}

/** `--retries` as Go's strconv.ParseInt(value, 10, 32) reads it: an optional sign and decimal digits. */
function parseRetries(text: string): number | null {
  if (!/^[-+]?\d+$/.test(text)) return null;
  const value = Number(text);
  return Math.abs(value) > MAX_RETRIES + (value < 0 ? 1 : 0) ? null : value;
}

export default defineRule({
  meta: {
    id: 'healthcheck-options-valid',
    aliases: {},
    severity: 'error',
    fixable: false,
    lesson: 'healthchecks-and-probes',
    title: { en: 'Use valid HEALTHCHECK durations and retries', 'pt-BR': 'Use durações e retries válidos no HEALTHCHECK' },
    description: {
      en: 'HEALTHCHECK durations are Go durations with a unit (`30s`, `1m30s`, `500ms`), at least 1ms unless 0, and `--retries` is a whole number that fits in 32 bits. Docker rejects anything else when building.',
      'pt-BR': 'As durações do HEALTHCHECK seguem o formato do Go, com unidade (`30s`, `1m30s`, `500ms`), no mínimo 1ms quando não são 0, e o `--retries` é um número inteiro que cabe em 32 bits. O Docker rejeita qualquer outra coisa no build.',
    },
    examples: { bad: 'HEALTHCHECK --interval=30 --retries=three CMD /health', good: 'HEALTHCHECK --interval=30s --retries=3 CMD /health' },
    messages: {
      invalidDuration: { en: '--{flag}={value} is not a duration: write it with a unit, e.g. 30s or 1m30s.', 'pt-BR': '--{flag}={value} não é uma duração: escreva com unidade, por exemplo 30s ou 1m30s.' },
      tooShort: { en: '--{flag}={value} is shorter than the 1ms minimum (use 0 for the default).', 'pt-BR': '--{flag}={value} é menor que o mínimo de 1ms (use 0 para o padrão).' },
      invalidRetries: { en: '--retries={value} must be a whole number from 0 to 2147483647.', 'pt-BR': '--retries={value} precisa ser um número inteiro de 0 a 2147483647.' },
    },
  },
  check(model, report) {
    for (const instruction of instructionsOf(model, 'HEALTHCHECK')) {
      for (const flag of instruction.flags) {
        const value = flag.value ?? '';
        const range = flag.valueRange ?? flag.range;
        if (value.includes('$')) continue;
        if (DURATION_FLAGS.includes(flag.name)) {
          if (value === '') continue;
          const nanoseconds = parseGoDuration(value);
          if (nanoseconds === null) report({ messageId: 'invalidDuration', data: { flag: flag.name, value }, range });
          else if (nanoseconds !== 0 && nanoseconds < 1e6) report({ messageId: 'tooShort', data: { flag: flag.name, value }, range });
        } else if (flag.name === 'retries' && value !== '') {
          const retries = parseRetries(value);
          if (retries === null || retries < 0) report({ messageId: 'invalidRetries', data: { value }, range });
        }
      }
    }
  },
});

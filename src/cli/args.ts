import type { FailureThreshold, Lang } from '../checker/index.ts';
import { DEFAULT_MAX_BYTES, parseByteSize } from './byte-size.ts';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CliOptions {
  format: OutputFormat;
  lang: Lang;
  failOn: FailureThreshold;
  /** Set only when --fail-on was given (otherwise the config file may decide). */
  failOnGiven: boolean;
  configPath: string | null;
  /** Files (and standard input) larger than this are refused, not read. */
  maxBytes: number;
  help: boolean;
  files: string[];
}

interface OptionSpec {
  /** Allowed values; empty for free text (a path). */
  values: readonly string[];
  /** Why a free-text value is not acceptable, if it is not. */
  problem?(value: string): string | null;
  apply(options: CliOptions, value: string): void;
}

/** One entry per option that takes a value; new options (e.g. --exercise) are added here. */
const VALUE_OPTIONS: Record<string, OptionSpec> = {
  '--format': { values: ['text', 'json', 'sarif'], apply: (o, v) => (o.format = v as OutputFormat) },
  '--lang': { values: ['en', 'pt-BR'], apply: (o, v) => (o.lang = v as Lang) },
  '--fail-on': { values: ['error', 'warning', 'info', 'style', 'none'], apply: (o, v) => ((o.failOn = v as FailureThreshold), (o.failOnGiven = true)) },
  '--config': { values: [], apply: (o, v) => (o.configPath = v) },
  '--max-size': { values: [], problem: maxSizeProblem, apply: (o, v) => (o.maxBytes = parseByteSize(v) ?? DEFAULT_MAX_BYTES) },
};

/** Shared with --exercise, which reads files the same way. */
export function maxSizeProblem(value: string): string | null {
  return parseByteSize(value) === null ? `--max-size must be a size such as 4096, 512k or 2MB (got "${value}")` : null;
}

const FLAG_OPTIONS: Record<string, (options: CliOptions) => void> = {
  '--help': (o) => (o.help = true),
  '-h': (o) => (o.help = true),
};

export function parseArgs(argv: readonly string[]): { options: CliOptions; errors: string[] } {
  const options: CliOptions = { format: 'text', lang: 'en', failOn: 'warning', failOnGiven: false, configPath: null, maxBytes: DEFAULT_MAX_BYTES, help: false, files: [] };
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      options.files.push(...argv.slice(i + 1));
      break;
    }
    if (arg in FLAG_OPTIONS) {
      FLAG_OPTIONS[arg](options);
      continue;
    }
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = VALUE_OPTIONS[name];
    if (spec) {
      const value = inlineValue ?? argv[++i];
      const problem = value === undefined ? `${name} needs a value` : valueProblem(name, spec, value);
      if (problem) errors.push(problem);
      else spec.apply(options, value as string);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      errors.push(`unknown option ${arg}`);
      continue;
    }
    options.files.push(arg);
  }
  if (!options.help && options.files.length === 0) errors.push('no Dockerfile given (use - to read standard input)');
  return { options, errors };
}

function valueProblem(name: string, spec: OptionSpec, value: string): string | null {
  if (spec.values.length > 0 && !spec.values.includes(value)) return `${name} must be one of: ${spec.values.join(', ')} (got "${value}")`;
  return spec.problem?.(value) ?? null;
}

export const USAGE = `Usage: dfcheck [options] FILE... | -

Checks Dockerfiles against the practices taught in "Containers, the right way".

Options:
  --format text|json|sarif   output format (default: text)
  --lang en|pt-BR            language of the messages (default: en)
  --fail-on error|warning|info|style|none
                             exit 1 when a finding is at or above this severity (default: warning)
  --config FILE              .hadolint.yaml-style config (ignored:, failure-threshold:, override:)
  --max-size SIZE            refuse larger files and standard input: bytes, 512k, 2MB (default: 2MB; k = 1024)
  -h, --help                 show this help

Grading exercises (instructors):
  --exercise ID FILE...      grade answers to one exercise (json: { exercise, passed, score, requirements })
  --list-exercises           list the exercises and their requirements

Only regular files are read: a directory, FIFO or device is refused (exit 2) and the other files are still checked.
Invalid UTF-8 is checked anyway and reported as an invalid-utf8 warning.

Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage error or unreadable file.
`;

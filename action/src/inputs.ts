// The action's inputs, as the runner passes them: INPUT_<NAME> environment variables, name upper-cased.

/** The defaults action.yml declares; a test keeps the two in step. */
export const INPUT_DEFAULTS = {
  dockerfile: 'Dockerfile',
  'failure-threshold': '',
  format: 'sarif',
  'output-file': 'dfcheck.sarif',
  lang: 'en',
  config: '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export interface ActionInputs {
  /** Paths or globs, as written (split on spaces and newlines). */
  patterns: string[];
  outputFile: string;
  /** dfcheck's options, without the files. */
  options: string[];
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const input = (name: InputName) => (env[`INPUT_${name.toUpperCase()}`] ?? INPUT_DEFAULTS[name]).trim() || INPUT_DEFAULTS[name];
  const options = ['--format', input('format'), '--lang', input('lang')];
  if (input('failure-threshold')) options.push('--fail-on', input('failure-threshold'));
  if (input('config')) options.push('--config', input('config'));
  return { patterns: input('dockerfile').split(/\s+/).filter(Boolean), outputFile: input('output-file'), options };
}

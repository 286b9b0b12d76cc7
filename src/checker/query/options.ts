import type { Word } from '../model/types.ts';

export interface OptionSpec {
  short?: string;
  long?: string[];
}

const valueOf = (arg: Word | string) => (typeof arg === 'string' ? arg : arg.value);

/** Whether an option is present: `-y`, combined `-qy`, `--yes`, `--assume-yes=true`. */
export function hasOption(args: readonly (Word | string)[], spec: OptionSpec): boolean {
  for (const arg of args) {
    const value = valueOf(arg);
    if (value === '--') return false;
    if (value.startsWith('--')) {
      const name = value.slice(2).split('=')[0];
      if (spec.long?.includes(name)) return true;
    } else if (spec.short && /^-[A-Za-z]+$/.test(value) && value.includes(spec.short)) {
      return true;
    }
  }
  return false;
}

/** Positional arguments (not options), skipping the values of options listed in `takesValue`. */
export function positionals<T extends Word | string>(args: readonly T[], takesValue: ReadonlySet<string> | readonly string[] = []): T[] {
  const hasValue = (option: string) => ('has' in takesValue ? takesValue.has(option) : takesValue.includes(option));
  const result: T[] = [];
  for (let i = 0; i < args.length; i++) {
    const value = valueOf(args[i]);
    if (value === '--') return result.concat(args.slice(i + 1));
    if (value.startsWith('-') && value.length > 1) {
      if (hasValue(value)) i++;
      continue;
    }
    result.push(args[i]);
  }
  return result;
}

/** Instructions BuildKit knows, with the flags each accepts. */
export const KNOWN_FLAGS: Record<string, readonly string[]> = {
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'unpack', 'exclude'],
  ARG: [],
  CMD: [],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ENTRYPOINT: [],
  ENV: [],
  EXPOSE: [],
  FROM: ['platform'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
  LABEL: [],
  MAINTAINER: [],
  ONBUILD: [],
  RUN: ['mount', 'network', 'security', 'device'],
  SHELL: [],
  STOPSIGNAL: [],
  USER: [],
  VOLUME: [],
  WORKDIR: [],
};

/** Flags that take no value (`--link`, `--parents`), or `=true` / `=false`. */
export const BOOLEAN_FLAGS = new Set(['link', 'parents', 'keep-git-dir', 'unpack']);

/** Flags BuildKit accepts more than once; any other repeated flag is an error. */
export const REPEATABLE_FLAGS = new Set(['mount', 'device', 'exclude']);

/** Instructions whose arguments may be a JSON array. */
export const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/** Instructions whose arguments may open here-documents. */
export const HEREDOC_CAPABLE = new Set(['RUN', 'COPY', 'ADD']);

/** Instructions that must have at least one argument. */
export const NEEDS_ARGUMENTS = new Set(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'CMD', 'ENTRYPOINT']);

/** BuildKit's `check` options: `skip=A,B` (or `skip=all`), `error=true`, `experimental=…`. */
export interface CheckOptions {
  skip: string[];
  skipAll: boolean;
  errorOnWarn: boolean;
}

const GO_BOOLEANS: Record<string, boolean> = { '1': true, t: true, T: true, TRUE: true, true: true, True: true, '0': false, f: false, F: false, FALSE: false, false: false, False: false };

/**
 * Reads a `check` value as BuildKit does: the text up to the first space, at most three `;`-separated
 * `key=value` parts. Null when BuildKit rejects it (unknown key, missing `=`, `error` not a boolean).
 */
export function parseCheckOptions(value: string): CheckOptions | null {
  const space = value.indexOf(' ');
  const text = (space === -1 ? value : value.slice(0, space)).trim();
  const options: CheckOptions = { skip: [], skipAll: false, errorOnWarn: false };
  if (text === '') return options;
  const parts = text.split(';');
  if (parts.length > 3) parts.splice(2, parts.length, parts.slice(2).join(';'));
  for (const part of parts) {
    const equals = part.indexOf('=');
    if (equals === -1) return null;
    const key = part.slice(0, equals).trim();
    const setting = part.slice(equals + 1).trim();
    if (key === 'skip') {
      if (setting === 'all') options.skipAll = true;
      else options.skip = setting.split(',').map((name) => name.trim()).filter(Boolean);
    } else if (key === 'error') {
      if (!Object.hasOwn(GO_BOOLEANS, setting)) return null;
      options.errorOnWarn = GO_BOOLEANS[setting];
    } else if (key !== 'experimental') {
      return null;
    }
  }
  return options;
}

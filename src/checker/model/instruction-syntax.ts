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

/** Flags that take no value (`--link`, `--parents`). */
export const BOOLEAN_FLAGS = new Set(['link', 'parents', 'keep-git-dir', 'unpack']);

/** Instructions whose arguments may be a JSON array. */
export const JSON_CAPABLE = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/** Instructions whose arguments may open here-documents. */
export const HEREDOC_CAPABLE = new Set(['RUN', 'COPY', 'ADD']);

/** Instructions that must have at least one argument. */
export const NEEDS_ARGUMENTS = new Set(['ADD', 'ARG', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'CMD', 'ENTRYPOINT']);

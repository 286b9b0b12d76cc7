import type { ImageReference } from './types.ts';

/** Splits `registry/repository:tag@digest`; Docker Hub's `library/` prefix is dropped. */
export function parseImageReference(raw: string): ImageReference {
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const slash = rest.indexOf('/');
  if (slash !== -1) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  const onDockerHub = registry === null || registry === 'docker.io' || registry === 'index.docker.io';
  if (onDockerHub && rest.startsWith('library/')) rest = rest.slice('library/'.length);
  return { raw, registry, repository: rest, tag, digest };
}

/** Official Docker Hub images have no namespace (`node`, not `someone/node`). */
export function isDockerHubOfficial(image: ImageReference): boolean {
  const onDockerHub = image.registry === null || image.registry === 'docker.io' || image.registry === 'index.docker.io';
  return onDockerHub && !image.repository.includes('/');
}

/** Images with no shell and no package manager (their `:debug` / `-dev` variants do have a shell). */
export function isDistroless(image: ImageReference): boolean {
  const tag = image.tag ?? '';
  if (image.registry === 'gcr.io' && image.repository.startsWith('distroless/')) return !tag.includes('debug');
  if (image.registry === 'cgr.dev' && image.repository.startsWith('chainguard/')) {
    const name = image.repository.slice('chainguard/'.length);
    if (['wolfi-base', 'busybox', 'chainguard-base', 'alpine-base'].includes(name)) return false;
    return !tag.includes('dev');
  }
  return false;
}

const REFERENCE = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+|__)*(?:\.[a-z0-9-]+)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

/** Whether Docker would accept this as an image reference. */
export function isValidImageReference(raw: string): boolean {
  return REFERENCE.test(raw);
}

// Docker's default seccomp profile as typed data (see data/NOTICE-docker-seccomp.md for source and licence).
import profile from './data/docker-default-seccomp.json' with { type: 'json' };
import type { SeccompProfile } from './profile.ts';

export const DOCKER_DEFAULT_SECCOMP_PROFILE = profile as SeccompProfile;

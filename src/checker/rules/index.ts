/** Every rule, sorted by id. Adding a rule = one file here + one test file. */
import type { RuleModule } from '../define-rule.ts';
import aptAssumeYes from './apt-assume-yes.ts';
import aptNoInstallRecommends from './apt-no-install-recommends.ts';
import maintainerDeprecated from './maintainer-deprecated.ts';
import pinBaseImageTag from './pin-base-image-tag.ts';
import preferAptGet from './prefer-apt-get.ts';
import preferCopyOverAdd from './prefer-copy-over-add.ts';
import syntaxError from './syntax-error.ts';

export const allRules: readonly RuleModule[] = [
  aptAssumeYes,
  aptNoInstallRecommends,
  maintainerDeprecated,
  pinBaseImageTag,
  preferAptGet,
  preferCopyOverAdd,
  syntaxError,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

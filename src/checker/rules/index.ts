/** Every rule, sorted by id. Adding a rule = one file here + one test file. */
import type { RuleModule } from '../define-rule.ts';
import absoluteWorkdir from './absolute-workdir.ts';
import apkNoCache from './apk-no-cache.ts';
import aptAssumeYes from './apt-assume-yes.ts';
import aptCleanLists from './apt-clean-lists.ts';
import aptDistUpgrade from './apt-dist-upgrade.ts';
import aptGetUpdateAlone from './apt-get-update-alone.ts';
import aptNoInstallRecommends from './apt-no-install-recommends.ts';
import dnfCleanCache from './dnf-clean-cache.ts';
import exposeValidPort from './expose-valid-port.ts';
import maintainerDeprecated from './maintainer-deprecated.ts';
import noSshPort from './no-ssh-port.ts';
import noSudo from './no-sudo.ts';
import npmCiOverInstall from './npm-ci-over-install.ts';
import pinBaseImageTag from './pin-base-image-tag.ts';
import pipNoCacheDir from './pip-no-cache-dir.ts';
import preferAptGet from './prefer-apt-get.ts';
import preferCopyOverAdd from './prefer-copy-over-add.ts';
import rpmAssumeYes from './rpm-assume-yes.ts';
import syntaxError from './syntax-error.ts';
import workdirOverCd from './workdir-over-cd.ts';
import yumCleanCache from './yum-clean-cache.ts';
import zypperCleanCache from './zypper-clean-cache.ts';

export const allRules: readonly RuleModule[] = [
  absoluteWorkdir,
  apkNoCache,
  aptAssumeYes,
  aptCleanLists,
  aptDistUpgrade,
  aptGetUpdateAlone,
  aptNoInstallRecommends,
  dnfCleanCache,
  exposeValidPort,
  maintainerDeprecated,
  noSshPort,
  noSudo,
  npmCiOverInstall,
  pinBaseImageTag,
  pipNoCacheDir,
  preferAptGet,
  preferCopyOverAdd,
  rpmAssumeYes,
  syntaxError,
  workdirOverCd,
  yumCleanCache,
  zypperCleanCache,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

/** Every rule, sorted by id. Adding a rule = one file here + one test file. */
import type { RuleModule } from '../define-rule.ts';
import absoluteWorkdir from './absolute-workdir.ts';
import apkNoCache from './apk-no-cache.ts';
import aptAssumeYes from './apt-assume-yes.ts';
import aptCleanLists from './apt-clean-lists.ts';
import aptDistUpgrade from './apt-dist-upgrade.ts';
import aptGetUpdateAlone from './apt-get-update-alone.ts';
import aptNoInstallRecommends from './apt-no-install-recommends.ts';
import combineConsecutiveRuns from './combine-consecutive-runs.ts';
import consistentDownloadTool from './consistent-download-tool.ts';
import consistentInstructionCasing from './consistent-instruction-casing.ts';
import copyFromOwnStage from './copy-from-own-stage.ts';
import copyFromUnknownStage from './copy-from-unknown-stage.ts';
import copyManifestsBeforeSources from './copy-manifests-before-sources.ts';
import copyMultipleSourcesDestSlash from './copy-multiple-sources-dest-slash.ts';
import copyPathMismatch from './copy-path-mismatch.ts';
import copyRelativeDestWithoutWorkdir from './copy-relative-dest-without-workdir.ts';
import copyWholeFilesystem from './copy-whole-filesystem.ts';
import dnfCleanCache from './dnf-clean-cache.ts';
import duplicateStageName from './duplicate-stage-name.ts';
import envSelfReference from './env-self-reference.ts';
import execFormCmd from './exec-form-cmd.ts';
import exposePortOnly from './expose-port-only.ts';
import exposeProtocolCasing from './expose-protocol-casing.ts';
import exposeValidPort from './expose-valid-port.ts';
import fromAsCasing from './from-as-casing.ts';
import fromPlatformConstant from './from-platform-constant.ts';
import healthcheckMissing from './healthcheck-missing.ts';
import healthcheckOptionsValid from './healthcheck-options-valid.ts';
import healthcheckToolMissing from './healthcheck-tool-missing.ts';
import imageNameTypo from './image-name-typo.ts';
import installAndRemoveSeparateLayers from './install-and-remove-separate-layers.ts';
import invalidDefaultArgInFrom from './invalid-default-arg-in-from.ts';
import labelKeyFormat from './label-key-format.ts';
import legacyKeyValueFormat from './legacy-key-value-format.ts';
import maintainerDeprecated from './maintainer-deprecated.ts';
import multiStageBuildToolchain from './multi-stage-build-toolchain.ts';
import noCredentialFiles from './no-credential-files.ts';
import noCurlPipeShell from './no-curl-pipe-shell.ts';
import noEmptyContinuation from './no-empty-continuation.ts';
import noPackageManagerInShellLessImage from './no-package-manager-in-shell-less-image.ts';
import noShellInShellLessImage from './no-shell-in-shell-less-image.ts';
import noSshPort from './no-ssh-port.ts';
import noSudo from './no-sudo.ts';
import nonRootUser from './non-root-user.ts';
import npmCiOverInstall from './npm-ci-over-install.ts';
import onbuildTriggerAllowed from './onbuild-trigger-allowed.ts';
import pinApkPackages from './pin-apk-packages.ts';
import pinAptPackages from './pin-apt-packages.ts';
import pinBaseImageTag from './pin-base-image-tag.ts';
import pinDnfPackages from './pin-dnf-packages.ts';
import pinGemPackages from './pin-gem-packages.ts';
import pinNpmPackages from './pin-npm-packages.ts';
import pinPipPackages from './pin-pip-packages.ts';
import pinYumPackages from './pin-yum-packages.ts';
import pinZypperPackages from './pin-zypper-packages.ts';
import pipNoCacheDir from './pip-no-cache-dir.ts';
import pipefailBeforePipe from './pipefail-before-pipe.ts';
import pointlessCommandInRun from './pointless-command-in-run.ts';
import preferAptGet from './prefer-apt-get.ts';
import preferCopyOverAdd from './prefer-copy-over-add.ts';
import preferOfficialImage from './prefer-official-image.ts';
import preferSmallerVariant from './prefer-smaller-variant.ts';
import redundantTargetPlatform from './redundant-target-platform.ts';
import reservedStageName from './reserved-stage-name.ts';
import rpmAssumeYes from './rpm-assume-yes.ts';
import secretsInArgEnv from './secrets-in-arg-env.ts';
import singleCmdEntrypointHealthcheck from './single-cmd-entrypoint-healthcheck.ts';
import stageNameCasing from './stage-name-casing.ts';
import syntaxError from './syntax-error.ts';
import undefinedArgInFrom from './undefined-arg-in-from.ts';
import undefinedVar from './undefined-var.ts';
import useShellInstruction from './use-shell-instruction.ts';
import useraddNoLogInit from './useradd-no-log-init.ts';
import wgetProgress from './wget-progress.ts';
import workdirOverCd from './workdir-over-cd.ts';
import workdirSystemDir from './workdir-system-dir.ts';
import yarnCacheClean from './yarn-cache-clean.ts';
import yumCleanCache from './yum-clean-cache.ts';
import zypperCleanCache from './zypper-clean-cache.ts';
import zypperDistUpgrade from './zypper-dist-upgrade.ts';

export const allRules: readonly RuleModule[] = [
  absoluteWorkdir,
  apkNoCache,
  aptAssumeYes,
  aptCleanLists,
  aptDistUpgrade,
  aptGetUpdateAlone,
  aptNoInstallRecommends,
  combineConsecutiveRuns,
  consistentDownloadTool,
  consistentInstructionCasing,
  copyFromOwnStage,
  copyFromUnknownStage,
  copyManifestsBeforeSources,
  copyMultipleSourcesDestSlash,
  copyPathMismatch,
  copyRelativeDestWithoutWorkdir,
  copyWholeFilesystem,
  dnfCleanCache,
  duplicateStageName,
  envSelfReference,
  execFormCmd,
  exposePortOnly,
  exposeProtocolCasing,
  exposeValidPort,
  fromAsCasing,
  fromPlatformConstant,
  healthcheckMissing,
  healthcheckOptionsValid,
  healthcheckToolMissing,
  imageNameTypo,
  installAndRemoveSeparateLayers,
  invalidDefaultArgInFrom,
  labelKeyFormat,
  legacyKeyValueFormat,
  maintainerDeprecated,
  multiStageBuildToolchain,
  noCredentialFiles,
  noCurlPipeShell,
  noEmptyContinuation,
  noPackageManagerInShellLessImage,
  noShellInShellLessImage,
  noSshPort,
  noSudo,
  nonRootUser,
  npmCiOverInstall,
  onbuildTriggerAllowed,
  pinApkPackages,
  pinAptPackages,
  pinBaseImageTag,
  pinDnfPackages,
  pinGemPackages,
  pinNpmPackages,
  pinPipPackages,
  pinYumPackages,
  pinZypperPackages,
  pipNoCacheDir,
  pipefailBeforePipe,
  pointlessCommandInRun,
  preferAptGet,
  preferCopyOverAdd,
  preferOfficialImage,
  preferSmallerVariant,
  redundantTargetPlatform,
  reservedStageName,
  rpmAssumeYes,
  secretsInArgEnv,
  singleCmdEntrypointHealthcheck,
  stageNameCasing,
  syntaxError,
  undefinedArgInFrom,
  undefinedVar,
  useShellInstruction,
  useraddNoLogInit,
  wgetProgress,
  workdirOverCd,
  workdirSystemDir,
  yarnCacheClean,
  yumCleanCache,
  zypperCleanCache,
  zypperDistUpgrade,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));

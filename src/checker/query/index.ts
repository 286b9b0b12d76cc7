/**
 * The one public reader of the checker's model, shared by rules, exercise graders and simulators:
 * stages and their chains, the commands instructions run, paths, users, package managers.
 */
export { baseName, callsOf, callsOfRuns, hasCacheMount, surelyRun, toolCalled, type CommandCall } from './commands.ts';
export { runCommands, runInstructions, type RunCommand, type RunInstruction } from './run-instructions.ts';
export { argValues, expandWord, variableFor } from './command-values.ts';
export { hasOption, positionals, type OptionSpec } from './options.ts';
export { mountsOver, removesPath } from './cache-cleanup.ts';
export { copyFromFlags, looksLikeImage } from './copy-from.ts';
export { flagValue } from './flags.ts';
export { goBuilds } from './go.ts';
export { healthcheckOf, isHealthcheckNone } from './healthcheck.ts';
export { imageBases, imageLabel, imageName, isOfficial, missingDownloaders, type ImageBase } from './images.ts';
export { argumentValues, exposedPorts, instructionsOf } from './instructions.ts';
export { aptAssumesYes, pipedFromYes } from './apt-answers.ts';
export { aptListsKept, removesAptLists, type AptListsKept } from './apt-lists.ts';
export { actionOf, installsPackages, isAptInstall, managerOf, packageName, packagesOf, refreshesIndex, subcommandOf } from './package-managers.ts';
export { copiedExecutable, copiedPaths, copiedTo, copiesWholeContext, isAbsolutePath, resolvePath, withWorkdirBefore, workdirAt, workdirOfCall, type CopiedPath } from './paths.ts';
export { pipInstallArgs, pipRequirementFiles, requirementsInstalls, type RequirementsInstall } from './pip.ts';
export { finalStage, holdsInChain, inheritedInstructions, rootStage, shippedStages, stageChain, stageOf } from './stages.ts';
export { startInstruction } from './start-command.ts';
export { baseRunsAsNonRoot, isRootUser, lastUser } from './users.ts';
export { expand, type ShellVariable } from './variables.ts';

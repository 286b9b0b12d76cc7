import type { Finding, Instruction } from '../../../checker/index.ts';
import { parseGoDurationSeconds } from '../../sims/health/model/go-duration.ts';
import type { Check, DockerfileGraders, DockerfileSubmission } from '../types.ts';
import { finalStage, flagValue, healthcheckOf, isHealthcheckNone } from '../../../checker/query/index.ts';
import { fail, pass } from './check.ts';

const STARTUP_SECONDS = 20;
/** Docker's defaults when a flag is left out or set to 0. */
const DEFAULT_SECONDS: Record<string, number> = { interval: 30, timeout: 30, 'start-period': 0, 'start-interval': 5 };
const DEFAULT_RETRIES = 3;
const OPTIONS = ['interval', 'timeout', 'start-period', 'retries'];

function healthcheck(submission: DockerfileSubmission): Instruction | Check {
  const final = finalStage(submission.model);
  const instruction = final ? healthcheckOf(final) : null;
  if (!instruction || isHealthcheckNone(instruction)) return fail('The final image has no HEALTHCHECK.', 'A imagem final não tem HEALTHCHECK.');
  return instruction;
}

/** Seconds for a duration flag: Docker's default when absent or 0, null when invalid. */
function seconds(instruction: Instruction, flag: string): number | null {
  const value = flagValue(instruction, flag);
  if (value === null) return DEFAULT_SECONDS[flag] ?? 0;
  const parsed = parseGoDurationSeconds(value);
  if (parsed === null || parsed < 0 || (parsed > 0 && parsed < 0.001)) return null;
  return parsed === 0 ? (DEFAULT_SECONDS[flag] ?? 0) : parsed;
}

/** A flag written as 0 (`--timeout=0s`, `--retries=0`): Docker treats it as left out and uses its default. */
function zero(instruction: Instruction, flag: string): boolean {
  const value = flagValue(instruction, flag);
  if (value === null) return false;
  return flag === 'retries' ? /^\+?0+$/.test(value) : parseGoDurationSeconds(value) === 0;
}

function defaultOf(flag: string): string {
  return flag === 'retries' ? String(DEFAULT_RETRIES) : `${DEFAULT_SECONDS[flag]}s`;
}

function withHealthcheck(submission: DockerfileSubmission, check: (instruction: Instruction) => Check): Check {
  const found = healthcheck(submission);
  return 'keyword' in found ? check(found) : found;
}

const graders: DockerfileGraders = {
  language: 'dockerfile',
  requirements: {
    'options-set': (submission) =>
      withHealthcheck(submission, (instruction) => {
        const missing = OPTIONS.filter((flag) => flagValue(instruction, flag) === null);
        if (missing.length > 0)
          return fail(`Set ${missing.map((flag) => `--${flag}`).join(', ')} explicitly: the defaults (30s, 30s, 0s, 3) do not fit this app.`, `Defina ${missing.map((flag) => `--${flag}`).join(', ')} explicitamente: os padrões (30s, 30s, 0s, 3) não servem para esta aplicação.`);
        const zeros = OPTIONS.filter((flag) => zero(instruction, flag));
        if (zeros.length > 0)
          return fail(
            `${zeros.map((flag) => `--${flag}=${flagValue(instruction, flag)}`).join(', ')} does not set anything: Docker replaces 0 with its default (${zeros.map(defaultOf).join(', ')}). Write the value you mean.`,
            `${zeros.map((flag) => `--${flag}=${flagValue(instruction, flag)}`).join(', ')} não define nada: o Docker troca o 0 pelo padrão (${zeros.map(defaultOf).join(', ')}). Escreva o valor que você quer.`,
          );
        return pass('interval, timeout, start period and retries are all set.', 'interval, timeout, start period e retries estão todos definidos.');
      }),
    'durations-valid': (submission) =>
      withHealthcheck(submission, (instruction) => {
        for (const flag of ['interval', 'timeout', 'start-period', 'start-interval']) {
          const value = flagValue(instruction, flag);
          if (value !== null && seconds(instruction, flag) === null)
            return fail(`--${flag}=${value} is not a duration Docker accepts: write it with a unit, e.g. 30s or 1m30s.`, `--${flag}=${value} não é uma duração que o Docker aceita: escreva com unidade, por exemplo 30s ou 1m30s.`);
        }
        const retries = flagValue(instruction, 'retries');
        if (retries !== null && !/^\d+$/.test(retries)) return fail(`--retries=${retries} must be a whole number.`, `--retries=${retries} precisa ser um número inteiro.`);
        return pass('Every duration has a unit and Docker accepts it.', 'Toda duração tem unidade e o Docker aceita.');
      }),
    'start-period-covers-startup': (submission) =>
      withHealthcheck(submission, (instruction) => {
        const startPeriod = seconds(instruction, 'start-period');
        if (startPeriod === null) return fail('--start-period is not a valid duration.', '--start-period não é uma duração válida.');
        if (startPeriod < STARTUP_SECONDS)
          return fail(
            `A start period of ${startPeriod}s is shorter than the ${STARTUP_SECONDS}s the app needs to start: failed checks during start-up count, and the container turns unhealthy before it is ready.`,
            `Um start period de ${startPeriod}s é menor que os ${STARTUP_SECONDS}s que a aplicação leva para subir: as falhas durante a subida contam, e o contêiner fica unhealthy antes de ficar pronto.`,
          );
        return pass(`The ${startPeriod}s start period covers the ${STARTUP_SECONDS}s start-up.`, `O start period de ${startPeriod}s cobre os ${STARTUP_SECONDS}s de subida.`);
      }),
    'timeout-below-interval': (submission) =>
      withHealthcheck(submission, (instruction) => {
        const interval = seconds(instruction, 'interval');
        const timeout = seconds(instruction, 'timeout');
        if (interval === null || timeout === null) return fail('--interval and --timeout must be valid durations.', '--interval e --timeout precisam ser durações válidas.');
        if (timeout >= interval)
          return fail(
            `The timeout (${timeout}s) is not shorter than the interval (${interval}s): a slow check would still be running when the next one is due.`,
            `O timeout (${timeout}s) não é menor que o interval (${interval}s): um check lento ainda estaria rodando na hora do próximo.`,
          );
        return pass(`The ${timeout}s timeout is shorter than the ${interval}s interval.`, `O timeout de ${timeout}s é menor que o interval de ${interval}s.`);
      }),
    'retries-at-least-one': (submission) =>
      withHealthcheck(submission, (instruction) => {
        const retries = flagValue(instruction, 'retries');
        if (retries !== null && zero(instruction, 'retries'))
          return fail(`--retries=${retries} is replaced by Docker's default of ${DEFAULT_RETRIES}: say what you mean, at least 1.`, `--retries=${retries} é trocado pelo padrão do Docker, ${DEFAULT_RETRIES}: diga o que você quer, pelo menos 1.`);
        if (retries !== null && (!/^\d+$/.test(retries) || Number(retries) < 1))
          return fail(`--retries=${retries}: use at least 1, so one slow answer does not mark the container unhealthy.`, `--retries=${retries}: use pelo menos 1, para uma resposta lenta não marcar o contêiner como unhealthy.`);
        return pass('retries is at least 1.', 'retries é pelo menos 1.');
      }),
    'check-runs': (submission) =>
      withHealthcheck(submission, (instruction) => {
        const program = instruction.json?.[0] ?? '';
        if (/\s/.test(program.trim()))
          return fail(
            `The exec form runs a program named "${program}", spaces included, which does not exist: give each word its own string, e.g. ["python", "-c", "…"].`,
            `A forma exec roda um programa chamado "${program}", com espaços e tudo, que não existe: dê a cada palavra a sua string, por exemplo ["python", "-c", "…"].`,
          );
        const inCheck = (finding: Finding) => finding.rule === 'healthcheck-tool-missing' && finding.line >= instruction.range.line && finding.line <= instruction.range.endLine;
        const missing = submission.findings().find(inCheck);
        if (missing) return fail(`The check command cannot run: ${missing.message}`, `O comando do check não consegue rodar: ${submission.findings('pt-BR').find(inCheck)?.message ?? missing.message}`);
        return pass('The check command exists in the image.', 'O comando do check existe na imagem.');
      }),
  },
};

export default graders;

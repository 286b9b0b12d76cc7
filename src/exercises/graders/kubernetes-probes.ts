import { KUBERNETES_PROBE_DEFAULTS, type ProbeSpec } from '../../sims/probes.ts';
import type { Check, YamlGraders, YamlSubmission } from '../types.ts';
import { fail, pass } from './check.ts';

const STARTUP_SECONDS = 40;
/** A liveness delay above this, next to a startup probe, only postpones detecting a hung app. */
const MAX_LIVENESS_DELAY = 10;
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);
const HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'] as const;

type Probe = Record<string, unknown>;
type Container = { name: string; probes: { startup?: Probe; liveness?: Probe; readiness?: Probe }; portNames: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function podSpecs(document: unknown): Record<string, unknown>[] {
  if (!isRecord(document)) return [];
  if (document.kind === 'List' && Array.isArray(document.items)) return document.items.flatMap(podSpecs);
  const spec = document.spec;
  if (!isRecord(spec)) return [];
  if (document.kind === 'Pod') return [spec];
  if (typeof document.kind === 'string' && WORKLOADS.has(document.kind) && isRecord(spec.template) && isRecord(spec.template.spec)) return [spec.template.spec];
  if (document.kind === 'CronJob' && isRecord(spec.jobTemplate) && isRecord(spec.jobTemplate.spec) && isRecord(spec.jobTemplate.spec.template) && isRecord(spec.jobTemplate.spec.template.spec))
    return [spec.jobTemplate.spec.template.spec];
  return [];
}

/** The app's container: the first container of the first Pod or workload in the file. */
function container(submission: YamlSubmission): Container | Check {
  if (submission.error) return { passed: false, message: submission.error };
  for (const spec of submission.documents.flatMap(podSpecs)) {
    const first = Array.isArray(spec.containers) ? spec.containers.find(isRecord) : undefined;
    if (!first) continue;
    const probe = (key: string) => (isRecord(first[key]) ? (first[key] as Probe) : undefined);
    const portNames = (Array.isArray(first.ports) ? first.ports : []).filter(isRecord).map((port) => port.name).filter((name): name is string => typeof name === 'string');
    return { name: String(first.name ?? ''), probes: { startup: probe('startupProbe'), liveness: probe('livenessProbe'), readiness: probe('readinessProbe') }, portNames };
  }
  return fail('No Pod, Deployment, StatefulSet or DaemonSet with a container was found.', 'Não encontrei Pod, Deployment, StatefulSet ou DaemonSet com um contêiner.');
}

function withContainer(submission: YamlSubmission, check: (found: Container) => Check): Check {
  const found = container(submission);
  return 'passed' in found ? found : check(found);
}

/** Probe timings with Kubernetes' defaults for the fields left out. */
function timings(probe: Probe): ProbeSpec {
  const value = (key: keyof ProbeSpec) => (typeof probe[key] === 'number' ? (probe[key] as number) : KUBERNETES_PROBE_DEFAULTS[key]);
  return { initialDelaySeconds: value('initialDelaySeconds'), periodSeconds: value('periodSeconds'), timeoutSeconds: value('timeoutSeconds'), failureThreshold: value('failureThreshold'), successThreshold: value('successThreshold') };
}

function handlerOf(probe: Probe): string | null {
  const present = HANDLERS.filter((name) => probe[name] !== undefined);
  return present.length === 1 ? present[0] : null;
}

/** What a probe asks, for messages and comparisons: `GET :8080/health`, `tcp :5432`, `exec …`. */
function target(probe: Probe): string {
  const handler = handlerOf(probe);
  const body = handler ? probe[handler] : null;
  if (!isRecord(body)) return '?';
  if (handler === 'httpGet') return `GET :${String(body.port)}${String(body.path ?? '/')}`;
  if (handler === 'tcpSocket') return `tcp :${String(body.port)}`;
  if (handler === 'grpc') return `grpc :${String(body.port)}${body.service ? ` ${String(body.service)}` : ''}`;
  return `exec ${Array.isArray(body.command) ? body.command.join(' ') : '?'}`;
}

function validPort(port: unknown, names: string[]): boolean {
  if (typeof port === 'number') return Number.isInteger(port) && port >= 1 && port <= 65535;
  if (typeof port === 'string') return /^\d+$/.test(port) ? Number(port) >= 1 && Number(port) <= 65535 : names.includes(port);
  return false;
}

/** Why a probe is invalid, or null. */
function probeProblem(kind: string, probe: Probe, portNames: string[]): { en: string; 'pt-BR': string } | null {
  const present = HANDLERS.filter((name) => probe[name] !== undefined);
  if (present.length !== 1)
    return present.length === 0
      ? { en: `${kind} has no handler: give it httpGet, tcpSocket, exec or grpc.`, 'pt-BR': `${kind} não tem handler: use httpGet, tcpSocket, exec ou grpc.` }
      : { en: `${kind} has ${present.join(' and ')}: a probe takes exactly one handler.`, 'pt-BR': `${kind} tem ${present.join(' e ')}: uma probe aceita exatamente um handler.` };
  const body = probe[present[0]];
  if (!isRecord(body)) return { en: `${kind}.${present[0]} must be a mapping.`, 'pt-BR': `${kind}.${present[0]} precisa ser um mapeamento.` };
  if (present[0] === 'exec') {
    if (!Array.isArray(body.command) || body.command.length === 0 || !body.command.every((word) => typeof word === 'string'))
      return { en: `${kind}.exec.command must be a non-empty list of strings.`, 'pt-BR': `${kind}.exec.command precisa ser uma lista de strings não vazia.` };
  } else {
    const port = body.port;
    const numericOnly = present[0] === 'grpc';
    if (!validPort(port, numericOnly ? [] : portNames))
      return {
        en: `${kind}.${present[0]}.port (${String(port)}) must be a port number${numericOnly ? '' : ' or the name of one of the container\'s ports'}.`,
        'pt-BR': `${kind}.${present[0]}.port (${String(port)}) precisa ser um número de porta${numericOnly ? '' : ' ou o nome de uma das portas do contêiner'}.`,
      };
    if (present[0] === 'httpGet' && body.path !== undefined && (typeof body.path !== 'string' || !body.path.startsWith('/')))
      return { en: `${kind}.httpGet.path must start with "/".`, 'pt-BR': `${kind}.httpGet.path precisa começar com "/".` };
  }
  for (const key of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold']) {
    const value = probe[key];
    if (value === undefined) continue;
    const minimum = key === 'initialDelaySeconds' ? 0 : 1;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum)
      return { en: `${kind}.${key} must be a whole number of at least ${minimum} (got ${JSON.stringify(value)}).`, 'pt-BR': `${kind}.${key} precisa ser um número inteiro maior ou igual a ${minimum} (veio ${JSON.stringify(value)}).` };
  }
  if (kind !== 'readinessProbe' && probe.successThreshold !== undefined && probe.successThreshold !== 1)
    return { en: `${kind}.successThreshold must be 1.`, 'pt-BR': `${kind}.successThreshold precisa ser 1.` };
  return null;
}

const KINDS = [['startupProbe', 'startup'], ['livenessProbe', 'liveness'], ['readinessProbe', 'readiness']] as const;

const graders: YamlGraders = {
  language: 'yaml',
  requirements: {
    'valid-manifest': (submission) =>
      withContainer(submission, (found) => pass(`Container "${found.name}" found.`, `Contêiner "${found.name}" encontrado.`)),
    'startup-probe-covers-start': (submission) =>
      withContainer(submission, ({ probes }) => {
        if (!probes.startup)
          return fail(
            `There is no startupProbe: nothing holds the liveness probe back during the ${STARTUP_SECONDS} s start-up, so the kubelet restarts the app before it is up.`,
            `Não há startupProbe: nada segura a liveness durante os ${STARTUP_SECONDS} s de subida, e o kubelet reinicia a aplicação antes de ela subir.`,
          );
        const t = timings(probes.startup);
        const window = t.initialDelaySeconds + t.failureThreshold * t.periodSeconds;
        if (window < STARTUP_SECONDS)
          return fail(
            `The startup probe gives up after ${window} s (initialDelaySeconds ${t.initialDelaySeconds} + failureThreshold ${t.failureThreshold} × periodSeconds ${t.periodSeconds}), before the ${STARTUP_SECONDS} s start-up ends.`,
            `A startup probe desiste depois de ${window} s (initialDelaySeconds ${t.initialDelaySeconds} + failureThreshold ${t.failureThreshold} × periodSeconds ${t.periodSeconds}), antes de terminarem os ${STARTUP_SECONDS} s de subida.`,
          );
        return pass(`The startup probe waits up to ${window} s, enough for the ${STARTUP_SECONDS} s start-up.`, `A startup probe espera até ${window} s, o bastante para os ${STARTUP_SECONDS} s de subida.`);
      }),
    'liveness-after-startup': (submission) =>
      withContainer(submission, ({ probes }) => {
        if (!probes.liveness) return fail('There is no livenessProbe: a hung app would never be restarted.', 'Não há livenessProbe: uma aplicação travada nunca seria reiniciada.');
        const t = timings(probes.liveness);
        if (probes.startup && t.initialDelaySeconds > MAX_LIVENESS_DELAY)
          return fail(
            `The liveness probe waits ${t.initialDelaySeconds} s after the startup probe succeeds: that only delays restarting a hung app. Drop initialDelaySeconds; the startup probe already covers the start.`,
            `A liveness espera ${t.initialDelaySeconds} s depois que a startup probe passa: isso só atrasa o restart de uma aplicação travada. Tire o initialDelaySeconds; a startup probe já cobre a subida.`,
          );
        if (!probes.startup && t.initialDelaySeconds + t.failureThreshold * t.periodSeconds < STARTUP_SECONDS)
          return fail(
            `Without a startup probe, the liveness probe fails ${t.failureThreshold} times before the app is up (${t.initialDelaySeconds + t.failureThreshold * t.periodSeconds} s < ${STARTUP_SECONDS} s): a restart loop.`,
            `Sem startup probe, a liveness falha ${t.failureThreshold} vezes antes de a aplicação subir (${t.initialDelaySeconds + t.failureThreshold * t.periodSeconds} s < ${STARTUP_SECONDS} s): um loop de restarts.`,
          );
        return pass('The liveness probe starts checking as soon as the app is up.', 'A liveness começa a verificar assim que a aplicação sobe.');
      }),
    'readiness-probe': (submission) =>
      withContainer(submission, ({ probes }) => {
        if (!probes.readiness)
          return fail('There is no readinessProbe: the Service sends traffic as soon as the container starts, and during any overload.', 'Não há readinessProbe: o Service manda tráfego assim que o contêiner inicia e durante qualquer sobrecarga.');
        if (probes.liveness && handlerOf(probes.readiness) && target(probes.readiness) === target(probes.liveness))
          return pass(
            `Readiness is checked (${target(probes.readiness)}). It asks the same as liveness: a separate /ready could also report dependencies without getting the pod restarted.`,
            `A prontidão é verificada (${target(probes.readiness)}). Ela pergunta o mesmo que a liveness: um /ready separado poderia também informar dependências sem fazer o pod reiniciar.`,
          );
        return pass(`Readiness is checked separately (${target(probes.readiness)}).`, `A prontidão é verificada à parte (${target(probes.readiness)}).`);
      }),
    'timeouts-below-periods': (submission) =>
      withContainer(submission, ({ probes }) => {
        for (const [key, kind] of KINDS) {
          const probe = probes[kind];
          if (!probe) continue;
          const t = timings(probe);
          if (t.timeoutSeconds >= t.periodSeconds)
            return fail(
              `${key}: timeoutSeconds (${t.timeoutSeconds}) is not shorter than periodSeconds (${t.periodSeconds}): a slow answer would still be pending when the next probe is due.`,
              `${key}: timeoutSeconds (${t.timeoutSeconds}) não é menor que periodSeconds (${t.periodSeconds}): uma resposta lenta ainda estaria pendente na hora da próxima probe.`,
            );
        }
        return pass('Every probe times out before the next one is due.', 'Toda probe expira antes da próxima.');
      }),
    'valid-handlers': (submission) =>
      withContainer(submission, ({ probes, portNames }) => {
        const present = KINDS.filter(([, kind]) => probes[kind]);
        if (present.length === 0) return fail('The container has no probes yet.', 'O contêiner ainda não tem probes.');
        for (const [key, kind] of present) {
          const problem = probeProblem(key, probes[kind]!, portNames);
          if (problem) return { passed: false, message: problem };
        }
        return pass('Every probe has one valid handler and valid numbers.', 'Toda probe tem um handler válido e números válidos.');
      }),
  },
};

export default graders;

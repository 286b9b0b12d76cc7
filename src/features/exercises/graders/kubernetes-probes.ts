import { KUBERNETES_PROBE_DEFAULTS, type ProbeSpec } from '../../sims/health/model/probes.ts';
import type { Check, YamlGraders, YamlSubmission } from '../types.ts';
import { fail, pass } from './check.ts';

const STARTUP_SECONDS = 40;
/** A liveness delay above this, next to a startup probe, only postpones detecting a hung app. */
const MAX_LIVENESS_DELAY = 10;
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);
const HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'] as const;
/** What the app serves: port 8080, `/health` while the process works and `/ready` when it can serve. */
const APP_PORT = 8080;
const ENDPOINTS = ['/health', '/ready'];

type Probe = Record<string, unknown>;
type Container = { name: string; probes: { startup?: Probe; liveness?: Probe; readiness?: Probe }; ports: Map<string, unknown> };

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

/** The app's container: the one named catalog (or running the catalog image), else the first, of the first Pod or workload in the file. */
function container(submission: YamlSubmission): Container | Check {
  if (submission.error) return { passed: false, message: submission.error };
  for (const spec of submission.documents.flatMap(podSpecs)) {
    const containers = Array.isArray(spec.containers) ? spec.containers.filter(isRecord) : [];
    const app = containers.find((candidate) => candidate.name === 'catalog') ?? containers.find((candidate) => /(?:^|\/)catalog(?::|@|$)/.test(String(candidate.image ?? ''))) ?? containers[0];
    if (!app) continue;
    const probe = (key: string) => (isRecord(app[key]) ? (app[key] as Probe) : undefined);
    const ports = new Map((Array.isArray(app.ports) ? app.ports : []).filter(isRecord).filter((port) => typeof port.name === 'string').map((port) => [port.name as string, port.containerPort]));
    return { name: String(app.name ?? ''), probes: { startup: probe('startupProbe'), liveness: probe('livenessProbe'), readiness: probe('readinessProbe') }, ports };
  }
  return fail('No Pod, Deployment, StatefulSet or DaemonSet with a container was found.', 'Não encontrei Pod, Deployment, StatefulSet ou DaemonSet com um contêiner.');
}

function withContainer(submission: YamlSubmission, check: (found: Container) => Check): Check {
  const found = container(submission);
  return 'passed' in found ? found : check(found);
}

/** Probe timings with Kubernetes' defaults for the fields left out or set to 0 (the API server fills those in). */
function timings(probe: Probe): ProbeSpec {
  const value = (key: keyof ProbeSpec) => (typeof probe[key] === 'number' && probe[key] !== 0 ? (probe[key] as number) : KUBERNETES_PROBE_DEFAULTS[key]);
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

/** The port number a probe's port stands for: a number, a numeric string, or the name of a container port. */
function portNumber(port: unknown, ports: Map<string, unknown>): number | null {
  if (typeof port === 'number') return port;
  if (typeof port === 'string' && /^\d+$/.test(port)) return Number(port);
  const named = typeof port === 'string' ? ports.get(port) : undefined;
  return typeof named === 'number' ? named : typeof named === 'string' && /^\d+$/.test(named) ? Number(named) : null;
}

/** The path an httpGet asks for, without the query string. */
function pathOf(probe: Probe): string | null {
  const body = probe.httpGet;
  return isRecord(body) && typeof body.path === 'string' ? body.path.split('?')[0] : null;
}

/** Why a probe is invalid, or null. */
function probeProblem(kind: string, probe: Probe, ports: Map<string, unknown>): { en: string; 'pt-BR': string } | null {
  const portNames = [...ports.keys()];
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
    if (present[0] !== 'grpc' && portNumber(port, ports) !== APP_PORT)
      return {
        en: `${kind}.${present[0]}.port is ${String(port)}, but the app listens on ${APP_PORT}: the probe would fail every time.`,
        'pt-BR': `${kind}.${present[0]}.port é ${String(port)}, mas a aplicação escuta na ${APP_PORT}: a probe falharia sempre.`,
      };
    const path = pathOf(probe);
    if (present[0] === 'httpGet' && (path === null || !ENDPOINTS.includes(path)))
      return {
        en: `${kind}.httpGet asks for ${path ?? '/ (no path given)'}, which the app does not answer: use ${ENDPOINTS.join(' or ')}.`,
        'pt-BR': `${kind}.httpGet pede ${path ?? '/ (sem path)'}, que a aplicação não responde: use ${ENDPOINTS.join(' ou ')}.`,
      };
    if (present[0] === 'httpGet' && body.scheme !== undefined && body.scheme !== 'HTTP')
      return {
        en: `${kind}.httpGet.scheme is ${String(body.scheme)}, but the app answers plain HTTP on ${APP_PORT}: leave scheme out (HTTP is the default).`,
        'pt-BR': `${kind}.httpGet.scheme é ${String(body.scheme)}, mas a aplicação responde HTTP simples na ${APP_PORT}: tire o scheme (HTTP é o padrão).`,
      };
  }
  for (const key of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold', 'successThreshold']) {
    const value = probe[key];
    if (value === undefined) continue;
    // 0 is allowed: the API server replaces it with the default.
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      return { en: `${kind}.${key} must be a whole number of at least 0 (got ${JSON.stringify(value)}).`, 'pt-BR': `${kind}.${key} precisa ser um número inteiro maior ou igual a 0 (veio ${JSON.stringify(value)}).` };
  }
  if (kind !== 'readinessProbe' && probe.successThreshold !== undefined && probe.successThreshold !== 1 && probe.successThreshold !== 0)
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
        const zeros = (['periodSeconds', 'failureThreshold'] as const).filter((key) => probes.startup![key] === 0);
        if (window < STARTUP_SECONDS)
          return fail(
            `The startup probe gives up after ${window} s (initialDelaySeconds ${t.initialDelaySeconds} + failureThreshold ${t.failureThreshold} × periodSeconds ${t.periodSeconds}), before the ${STARTUP_SECONDS} s start-up ends.${zeros.length > 0 ? ` A ${zeros.join(' or ')} of 0 means the default, not "no limit".` : ''}`,
            `A startup probe desiste depois de ${window} s (initialDelaySeconds ${t.initialDelaySeconds} + failureThreshold ${t.failureThreshold} × periodSeconds ${t.periodSeconds}), antes de terminarem os ${STARTUP_SECONDS} s de subida.${zeros.length > 0 ? ` ${zeros.join(' ou ')} igual a 0 significa o padrão, não "sem limite".` : ''}`,
          );
        return pass(`The startup probe waits up to ${window} s, enough for the ${STARTUP_SECONDS} s start-up.`, `A startup probe espera até ${window} s, o bastante para os ${STARTUP_SECONDS} s de subida.`);
      }),
    'liveness-after-startup': (submission) =>
      withContainer(submission, ({ probes }) => {
        if (!probes.liveness) return fail('There is no livenessProbe: a hung app would never be restarted.', 'Não há livenessProbe: uma aplicação travada nunca seria reiniciada.');
        if (pathOf(probes.liveness) === '/ready')
          return fail(
            'The liveness probe asks /ready, which fails whenever a dependency such as the database is down: the kubelet would then restart every pod at once. Ask /health, which says whether the process works.',
            'A liveness pergunta o /ready, que falha sempre que uma dependência como o banco cai: o kubelet reiniciaria todos os pods de uma vez. Pergunte o /health, que diz se o processo funciona.',
          );
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
      withContainer(submission, ({ probes, ports }) => {
        const present = KINDS.filter(([, kind]) => probes[kind]);
        if (present.length === 0) return fail('The container has no probes yet.', 'O contêiner ainda não tem probes.');
        for (const [key, kind] of present) {
          const problem = probeProblem(key, probes[kind]!, ports);
          if (problem) return { passed: false, message: problem };
        }
        return pass('Every probe has one valid handler and valid numbers.', 'Toda probe tem um handler válido e números válidos.');
      }),
  },
};

export default graders;

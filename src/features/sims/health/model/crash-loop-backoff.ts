// The kubelet's container restart back-off (CrashLoopBackOff), as documented in
// https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-restarts
// ("initial crash: immediate restart"; then 10s, 20s, 40s, … capped at 300s; reset after
// 10 minutes without problems) and implemented by kuberuntime_manager.go doBackOff with
// client-go util/flowcontrol Backoff: IsInBackOffSince(finishedAt), Next(), and
// hasExpired = more than 2 × maxDuration since the last restart. Jitter is left out.

export const CRASH_LOOP_INITIAL_DELAY_SECONDS = 10;
export const CRASH_LOOP_MAX_DELAY_SECONDS = 300;

export type CrashLoopBackOff = {
  /** The delay the next crash will wait; null before the first crash (no back-off entry yet). */
  nextDelaySeconds: number | null;
  /** When the container was last (re)started by the back-off logic. */
  lastRestartAt: number;
};

export const NO_BACK_OFF: CrashLoopBackOff = { nextDelaySeconds: null, lastRestartAt: 0 };

/** For a container that stopped at `stoppedAt`: how long it waits, and the back-off state after the restart. */
export function crashLoopRestart(
  state: CrashLoopBackOff,
  stoppedAt: number,
): { delaySeconds: number; next: CrashLoopBackOff } {
  const expired = stoppedAt - state.lastRestartAt > 2 * CRASH_LOOP_MAX_DELAY_SECONDS;
  if (state.nextDelaySeconds === null || expired) {
    return {
      delaySeconds: 0,
      next: { nextDelaySeconds: CRASH_LOOP_INITIAL_DELAY_SECONDS, lastRestartAt: stoppedAt },
    };
  }
  const delaySeconds = state.nextDelaySeconds;
  return {
    delaySeconds,
    next: {
      nextDelaySeconds: Math.min(delaySeconds * 2, CRASH_LOOP_MAX_DELAY_SECONDS),
      lastRestartAt: stoppedAt + delaySeconds,
    },
  };
}

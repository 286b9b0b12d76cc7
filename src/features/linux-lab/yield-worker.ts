// v86's scheduling worker, served from this site. v86 builds the same few lines as a blob: worker, which the
// pages' Content-Security-Policy (worker-src 'self') refuses; runtime.ts hands v86 this file instead.
// Protocol (libv86 register_yield): receive { t: delay in ms, tick }, post tick back after the delay.
let timer: ReturnType<typeof setTimeout> | undefined;
self.onmessage = (event: MessageEvent<{ t: number; tick: number }>) => {
  const { t, tick } = event.data;
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (t < 1) postMessage(tick);
  else timer = setTimeout(() => postMessage(tick), t);
};

// Go's time.ParseDuration grammar, which Docker uses for HEALTHCHECK --interval, --timeout,
// --start-period and --start-interval: a sequence of decimal numbers, each with a unit
// (ns, us, µs, ms, s, m, h), e.g. "30s", "1m30s", "500ms", "1.5h"; "0" alone is allowed.
// https://pkg.go.dev/time#ParseDuration

const SECONDS_PER_UNIT: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
};

const TERM = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;

/** Seconds for a Go duration string, or null when the text is not a valid duration. */
export function parseGoDurationSeconds(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '0' || trimmed === '+0' || trimmed === '-0') return 0;
  let sign = 1;
  let rest = trimmed;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '') return null;
  let total = 0;
  let index = 0;
  while (index < rest.length) {
    TERM.lastIndex = index;
    const match = TERM.exec(rest);
    if (!match) return null;
    total += Number(match[1]) * SECONDS_PER_UNIT[match[2]];
    index = TERM.lastIndex;
  }
  // Round to whole nanoseconds so "1m30s" is exactly 90 and "500ms" exactly 0.5.
  return (sign * Math.round(total * 1e9)) / 1e9;
}

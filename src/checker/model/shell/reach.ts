/**
 * Which commands of a script surely run when the build succeeds. Every command is taken to succeed
 * except the literal `false` (tests such as `[ -f x ]` may go either way); a command then may not run
 * when it follows `||` (`true || rm …`), sits in an `if`/`while` branch whose condition is not the
 * literal `true`, in a `case` arm, or after `exit` / `exit 0` (`exit 1` would fail the build instead).
 */

/** Never, maybe, surely. */
type Reach = 0 | 1 | 2;
type Status = 'ok' | 'fail' | 'unknown';
type Kind = 'script' | 'if' | 'loop' | 'until' | 'for' | 'case' | 'group' | 'subshell' | 'function';

interface Frame {
  kind: Kind;
  /** How surely the compound command itself runs. */
  entry: Reach;
  /** How surely the next and-or list of this frame runs (lowered by `exit`, a branch, a condition). */
  reach: Reach;
  /** Exit status of the last pipeline. */
  status: Status;
  /** Operator before the next command: `&&`, `||`, `|`, or null at the start of a list. */
  operator: '&&' | '||' | '|' | null;
  pipelineReach: Reach;
  statusBeforePipeline: Status;
  negated: boolean;
  negateNext: boolean;
  /** An `exit 0` may have run in this frame. */
  exited: boolean;
  /** `if`: how surely the paths no branch has taken yet continue (the `elif` / `else` ones). */
  remaining: Reach;
  inBody: boolean;
}

const fromStatus = (status: Status): Reach => (status === 'ok' ? 2 : status === 'fail' ? 0 : 1);
const invert = (status: Status): Status => (status === 'ok' ? 'fail' : status === 'fail' ? 'ok' : 'unknown');
const min = (a: Reach, b: Reach): Reach => (a < b ? a : b);

function statusOf(name: string): Status {
  if (name === 'true' || name === ':') return 'ok';
  if (name === 'false') return 'fail';
  if (name === '[' || name === '[[' || name === 'test') return 'unknown';
  return 'ok';
}

export class ReachTracker {
  #frames: Frame[];

  /** `mayNotRun`: the whole script may not run (a nested `sh -c` script of a command that may not). */
  constructor(mayNotRun = false) {
    this.#frames = [frame('script', mayNotRun ? 1 : 2)];
  }

  /** A simple command (its words); returns whether it may not run. */
  command(words: readonly { value: string }[]): boolean {
    const top = this.#top();
    const reach = this.#startMember(top);
    this.#endMember(top, reach, statusOf(words[0]?.value ?? ''));
    if (words[0]?.value === 'exit' && (words.length === 1 || words[1].value === '0') && reach > 0) {
      top.exited = true;
      top.reach = min(top.reach, reach === 2 ? 0 : 1);
    }
    return reach < 2;
  }

  operator(op: string): void {
    const top = this.#top();
    if (op === '&&' || op === '||') top.operator = op;
    else if (op === '|' || op === '|&') top.operator = '|';
    else top.operator = null;
  }

  /** A reserved word at the start of a command (`if`, `then`, `do`, `{`, `!` …), or `(` / `)`. */
  keyword(word: string): void {
    const top = this.#top();
    switch (word) {
      case '!':
        top.negateNext = true;
        return;
      case 'if':
        return this.#open('if');
      case 'while':
        return this.#open('loop');
      case 'until':
        return this.#open('until');
      case 'for':
        return this.#open('for');
      case 'case':
        return this.#open('case');
      case '{':
        return this.#open('group');
      case '(':
        return this.#open('subshell');
      case 'then':
        if (top.kind !== 'if' || top.inBody) return;
        top.remaining = min(top.reach, fromStatus(invert(top.status)));
        return this.#enterBody(top, min(top.reach, fromStatus(top.status)));
      case 'elif':
        if (top.kind !== 'if') return;
        top.inBody = false;
        top.reach = top.remaining;
        top.status = 'ok';
        top.operator = null;
        return;
      case 'else':
        if (top.kind !== 'if') return;
        this.#enterBody(top, top.remaining);
        top.remaining = 0;
        return;
      case 'do':
        if (top.kind === 'for') return this.#enterBody(top, top.reach);
        if (top.kind === 'loop' || top.kind === 'until') return this.#enterBody(top, min(top.reach, fromStatus(top.kind === 'until' ? invert(top.status) : top.status)));
        return;
      case 'fi':
        return this.#close('if');
      case 'done':
        if (top.kind === 'loop' || top.kind === 'until' || top.kind === 'for') this.#close(top.kind);
        return;
      case 'esac':
        return this.#close('case');
      case '}':
        return this.#close('group');
      case ')':
        return this.#close('subshell');
    }
  }

  /** `name() { … }`: the body runs only if something calls it. */
  functionDefinition(): void {
    this.#open('function');
    this.#enterBody(this.#top(), min(this.#top().entry, 1));
  }

  /** The `)` that ends a `case` pattern: its commands may not run. */
  caseArm(): void {
    const top = this.#top();
    if (top.kind === 'case') this.#enterBody(top, min(top.entry, 1));
  }

  #top(): Frame {
    return this.#frames[this.#frames.length - 1];
  }

  #enterBody(top: Frame, reach: Reach): void {
    top.inBody = true;
    top.reach = reach;
    top.status = 'ok';
    top.operator = null;
  }

  #startMember(top: Frame): Reach {
    if (top.operator === '|') return top.pipelineReach;
    const gate = top.operator === '&&' ? fromStatus(top.status) : top.operator === '||' ? fromStatus(invert(top.status)) : 2;
    const reach = min(top.reach, gate);
    top.pipelineReach = reach;
    top.statusBeforePipeline = top.status;
    top.negated = top.negateNext;
    top.negateNext = false;
    return reach;
  }

  #endMember(top: Frame, reach: Reach, own: Status): void {
    const status = top.negated ? invert(own) : own;
    if (reach === 2) top.status = status;
    else if (reach === 1 && status !== top.statusBeforePipeline) top.status = 'unknown';
    top.operator = null;
  }

  #open(kind: Kind): void {
    const outer = this.#top();
    const entry = this.#startMember(outer);
    const inner = frame(kind, entry);
    inner.inBody = kind === 'group' || kind === 'subshell';
    this.#frames.push(inner);
  }

  #close(kind: Kind): void {
    const top = this.#top();
    if (top.kind !== kind || this.#frames.length === 1) return;
    this.#frames.pop();
    const outer = this.#top();
    this.#endMember(outer, top.entry, kind === 'group' || kind === 'subshell' ? top.status : 'ok');
    // `exit` leaves the whole shell, except from a subshell.
    if (top.exited && kind !== 'subshell') {
      outer.exited = true;
      outer.reach = min(outer.reach, kind === 'group' ? top.reach : 1);
    }
    if (kind === 'group' && outer.kind === 'function') {
      this.#frames.pop();
      this.#endMember(this.#top(), outer.entry, 'ok');
    }
  }
}

function frame(kind: Kind, reach: Reach): Frame {
  return {
    kind, entry: reach, reach, status: 'ok', operator: null, pipelineReach: reach, statusBeforePipeline: 'ok',
    negated: false, negateNext: false, exited: false, remaining: reach, inBody: false,
  };
}

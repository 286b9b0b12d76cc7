import { testRule } from '../rule-tester.ts';

testRule('no-curl-pipe-shell', {
  valid: ['FROM debian:12\nRUN curl -fsSLo install.sh https://x/install.sh && sh install.sh', 'FROM debian:12\nRUN curl -fsSL https://x/y.tgz | tar xz'],
  invalid: [
    { code: 'FROM debian:12\nRUN curl -fsSL https://get.example.com | sh', errors: [{ messageId: 'pipeToShell', line: 2, column: 5, endLine: 2, endColumn: 44 }] },
    { code: 'FROM debian:12\nRUN wget -qO- https://x/i.sh \\\n  | sudo bash -s -- --yes', errors: [{ messageId: 'pipeToShell', line: 2, column: 5, endLine: 3, endColumn: 26 }] },
  ],
});

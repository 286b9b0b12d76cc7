import { testRule } from '../rule-tester.ts';

testRule('healthcheck-options-valid', {
  valid: ['FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 CMD ["/health"]'],
  invalid: [
    { code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30 CMD ["/health"]', errors: [{ messageId: 'invalidDuration', line: 2, column: 24, endLine: 2, endColumn: 26 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --timeout=10us --retries=-1 CMD ["/health"]', errors: [{ messageId: 'tooShort', line: 2, column: 23, endLine: 2, endColumn: 27 }, { messageId: 'invalidRetries', line: 2, column: 38, endLine: 2, endColumn: 40 }] },
  ],
});

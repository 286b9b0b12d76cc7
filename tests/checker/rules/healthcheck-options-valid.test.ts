import { testRule } from '../rule-tester.ts';

testRule('healthcheck-options-valid', {
  valid: [
    'FROM alpine:3.20\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=0 --retries=3 CMD ["/health"]',
    { name: 'Go also reads .5s, 1.s, a sign and the Greek mu', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=.5s --timeout=1.s --start-period=+2m --start-interval=5000μs --retries=+3 CMD ["/health"]' },
    { name: 'an empty value means the default', code: 'FROM alpine:3.20\nHEALTHCHECK --interval= --retries= CMD ["/health"]' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30 CMD ["/health"]', errors: [{ messageId: 'invalidDuration', line: 2, column: 24, endLine: 2, endColumn: 26 }] },
    { code: 'FROM alpine:3.20\nHEALTHCHECK --timeout=10us --retries=-1 CMD ["/health"]', errors: [{ messageId: 'tooShort', line: 2, column: 23, endLine: 2, endColumn: 27 }, { messageId: 'invalidRetries', line: 2, column: 38, endLine: 2, endColumn: 40 }] },
    { name: 'a negative duration is below the minimum', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=-5s CMD ["/health"]', errors: [{ messageId: 'tooShort', line: 2, column: 24 }] },
    { name: 'retries must fit in 32 bits', code: 'FROM alpine:3.20\nHEALTHCHECK --retries=99999999999999999999 CMD ["/health"]', errors: [{ messageId: 'invalidRetries', line: 2, column: 23 }] },
    { name: 'a unit Go does not know', code: 'FROM alpine:3.20\nHEALTHCHECK --timeout=2d CMD ["/health"]', errors: [{ messageId: 'invalidDuration', line: 2, column: 23 }] },
  ],
});

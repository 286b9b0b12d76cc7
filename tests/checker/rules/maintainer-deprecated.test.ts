import { testRule } from '../rule-tester.ts';

testRule('maintainer-deprecated', {
  valid: ['FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana"'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nMAINTAINER Ana "Dev" <ana@example.com>',
      errors: [{ messageId: 'deprecated', line: 2, column: 1, endLine: 2, endColumn: 11 }],
      output: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Ana \\"Dev\\" <ana@example.com>"',
    },
  ],
});

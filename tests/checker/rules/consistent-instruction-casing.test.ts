import { testRule } from '../rule-tester.ts';

testRule('consistent-instruction-casing', {
  valid: ['FROM alpine:3.20\nRUN echo hi', 'from alpine:3.20\nrun echo hi'],
  invalid: [
    { code: 'FROM alpine:3.20\nrun echo hi\nCMD ["sh"]', errors: [{ messageId: 'inconsistent', line: 2, column: 1, endLine: 2, endColumn: 4 }], output: 'FROM alpine:3.20\nRUN echo hi\nCMD ["sh"]' },
    { code: 'from alpine:3.20\nrun echo hi\nCmd ["sh"]', errors: [{ messageId: 'inconsistent', line: 3, column: 1, endLine: 3, endColumn: 4 }], output: 'from alpine:3.20\nrun echo hi\ncmd ["sh"]' },
  ],
});

import { testRule } from '../rule-tester.ts';

testRule('legacy-key-value-format', {
  valid: ['FROM alpine:3.20\nENV A=1 B="two words"\nLABEL version=1'],
  invalid: [
    { code: 'FROM alpine:3.20\nENV NODE_ENV production', errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 24 }], output: 'FROM alpine:3.20\nENV NODE_ENV=production' },
    { code: 'FROM alpine:3.20\nLABEL description a small image', errors: [{ messageId: 'legacy', line: 2, column: 7, endLine: 2, endColumn: 32 }], output: 'FROM alpine:3.20\nLABEL description="a small image"' },
    { code: 'FROM alpine:3.20\nENV PATH /app/bin:$PATH', errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 2, endColumn: 24 }], output: 'FROM alpine:3.20\nENV PATH=/app/bin:$PATH' },
    { code: 'FROM alpine:3.20\nENV MSG say "hi" \\\n  now', errors: [{ messageId: 'legacy', line: 2, column: 5, endLine: 3, endColumn: 6 }], name: 'multi-line value with quotes: no automatic fix' },
  ],
});

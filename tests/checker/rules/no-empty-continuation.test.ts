import { testRule } from '../rule-tester.ts';

testRule('no-empty-continuation', {
  valid: ['FROM debian:12\nRUN apt-get update && \\\n    # a comment is fine\n    apt-get install -y curl', 'FROM debian:12\nRUN echo a\n\nRUN echo b'],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl',
      errors: [{ messageId: 'emptyLine', line: 3, column: 1, endLine: 3, endColumn: 1 }],
      output: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
    },
  ],
});

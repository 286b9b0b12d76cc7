import { testRule } from '../rule-tester.ts';

testRule('apt-dist-upgrade', {
  valid: ['FROM debian:9.13\nRUN apt-get update && apt-get install -y curl && apt-get clean'],
  invalid: [{ code: 'FROM debian:9.13\nRUN apt-get update && apt-get dist-upgrade && apt-get -y install curl', errors: [{ messageId: 'distUpgrade', line: 2, column: 23, endLine: 2, endColumn: 43 }] }],
});

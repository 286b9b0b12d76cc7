import { testRule } from '../rule-tester.ts';

testRule('workdir-over-cd', {
  valid: ['FROM nginx:1.27\nWORKDIR /usr/share/nginx/html\nCMD cd /usr/share/nginx/html && nginx'],
  invalid: [
    { code: 'FROM nginx:1.27\nRUN cd /usr/share/nginx/html', errors: [{ messageId: 'useWorkdir', line: 2, column: 5, endLine: 2, endColumn: 29 }] },
    { code: 'FROM node:22\nRUN npm ci \\\n && cd /app && npm run build', errors: [{ messageId: 'useWorkdir', line: 3, column: 5, endLine: 3, endColumn: 12 }] },
  ],
});

import { testRule } from '../rule-tester.ts';

testRule('pointless-command-in-run', {
  valid: [
    'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    'FROM debian:12\nRUN apt-get install -y vim',
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nRUN service nginx start && vim /etc/nginx/nginx.conf', errors: [{ messageId: 'pointless', line: 2, column: 5, endLine: 2, endColumn: 12 }, { messageId: 'pointless', line: 2, column: 28, endLine: 2, endColumn: 31 }] },
    { name: 'an ONBUILD RUN runs in child builds', code: 'FROM debian:12\nONBUILD RUN top', errors: [{ messageId: 'pointless', line: 2, column: 13 }] },
  ],
});

import { testRule } from '../rule-tester.ts';

testRule('pin-npm-packages', {
  valid: [
    { code: 'FROM node:22-slim\nRUN npm install', name: 'package.json decides' },
    'FROM node:22-slim\nRUN npm ci --omit=dev',
    'FROM node:22-slim\nRUN npm install --omit=dev',
    'FROM node:22-slim\nRUN npm install -g typescript@5.6.3',
    { code: 'FROM node:22-slim\nRUN npm install --global @angular/cli@18.2.1', name: 'a scoped package' },
    { code: 'FROM node:22-slim\nRUN npm install express@^4.19.0 "lodash@>=4.17.21 <5"', name: 'version ranges' },
    { code: 'FROM node:22-slim\nRUN npm install ./packages/shared ../tools /opt/plugin', name: 'local folders' },
    { code: 'FROM node:22-slim\nRUN npm install /tmp/tool-1.0.0.tgz', name: 'a tarball' },
    { code: 'FROM node:22-slim\nRUN npm install github:example/widget#v2.0.0', name: 'a GitHub ref' },
    { code: 'FROM node:22-slim\nRUN npm install git+https://github.com/example/widget.git#semver:^2.0', name: 'a git URL with a semver ref' },
    { code: 'FROM node:22-slim\nRUN npm install --registry https://npm.example.com left-pad@1.3.0', name: 'the registry URL is not a package' },
    { code: 'FROM node:22-slim\nRUN npm install -g $NPM_TOOLS', name: 'packages held in a variable are unknown here' },
    'FROM node:22-slim\nRUN npm run install',
    'FROM node:22-slim\nRUN npm uninstall left-pad',
  ],
  invalid: [
    { code: 'FROM node:22-slim\nRUN npm install -g nodemon', errors: [{ messageId: 'unpinned', line: 2, column: 5, endLine: 2, endColumn: 27 }] },
    { code: 'FROM node:22-slim\nRUN npm i express', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'the i shorthand' },
    { code: 'FROM node:22-slim\nRUN npm add lodash', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'npm add' },
    { code: 'FROM node:22-slim\nRUN npm install -g @angular/cli', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a scope is not a version' },
    { code: 'FROM node:22-slim\nRUN npm install -g npm@latest', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'latest is not a version' },
    { code: 'FROM node:22-slim\nRUN npm install example/widget', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'GitHub shorthand without a ref' },
    { code: 'FROM node:22-slim\nRUN npm install git+https://github.com/example/widget.git', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'a git URL without a ref' },
    { code: 'FROM node:22-slim\nRUN npm install --registry=https://npm.example.com left-pad', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'after --registry=…' },
    { code: 'FROM node:22-slim\nRUN npm install express@4.19.2 cors', errors: [{ messageId: 'unpinned', line: 2, column: 5 }], name: 'one unpinned among pinned' },
    { code: 'FROM node:22-slim\nONBUILD RUN npm install -g pm2', errors: [{ messageId: 'unpinned', line: 2, column: 13 }], name: 'an ONBUILD RUN trigger' },
  ],
});

import { testRule } from '../rule-tester.ts';

testRule('label-key-format', {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.title="web"',
    'FROM alpine:3.20\nLABEL version="1.0" description="A small web server"',
    { code: 'FROM alpine:3.20\nLABEL "com.example.vendor"="ACME Inc."', name: 'a quoted key' },
    'FROM alpine:3.20\nLABEL com.example.release-date="2024-05-01"',
    { code: 'FROM alpine:3.20\nLABEL com.example.build_id=42 com.example/team=web', name: 'underscores and slashes' },
    'FROM alpine:3.20\nLABEL maintainer="ana@example.com"',
    { code: 'FROM alpine:3.20\nENV Path_To_App=/app', name: 'ENV keys are not labels' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL Maintainer="Ana"', errors: [{ messageId: 'format', line: 2, column: 7, endLine: 2, endColumn: 17 }] },
    { code: 'FROM alpine:3.20\nLABEL com.docker.compose.project=web', errors: [{ messageId: 'reserved', line: 2, column: 7 }], name: 'com.docker.' },
    { code: 'FROM alpine:3.20\nLABEL io.docker.build=1', errors: [{ messageId: 'reserved', line: 2, column: 7 }], name: 'io.docker.' },
    { code: 'FROM alpine:3.20\nLABEL org.dockerproject.owner=me', errors: [{ messageId: 'reserved', line: 2, column: 7 }], name: 'org.dockerproject.' },
    { code: 'FROM alpine:3.20\nLABEL 2fa.enabled=true', errors: [{ messageId: 'format', line: 2, column: 7 }], name: 'a digit first' },
    { code: 'FROM alpine:3.20\nLABEL com.example..name=x', errors: [{ messageId: 'format', line: 2, column: 7 }], name: 'two dots in a row' },
    { code: 'FROM alpine:3.20\nLABEL com.example--name=x', errors: [{ messageId: 'format', line: 2, column: 7 }], name: 'two hyphens in a row' },
    { code: 'FROM alpine:3.20\nLABEL com.example.name.=x', errors: [{ messageId: 'format', line: 2, column: 7 }], name: 'a dot last' },
    { code: 'FROM alpine:3.20\nLABEL version=1 App.Tier=web', errors: [{ messageId: 'format', line: 2, column: 17 }], name: 'only the bad key of several' },
    { code: 'FROM alpine:3.20\nLABEL "my label"=x', errors: [{ messageId: 'format', line: 2, column: 7 }], name: 'a space in a quoted key' },
    { code: 'FROM alpine:3.20\nLABEL com.example.$NAME=x', errors: [{ messageId: 'format', line: 2, column: 7 }], name: 'a variable in the key' },
    { code: 'FROM alpine:3.20\nONBUILD LABEL Stage=child', errors: [{ messageId: 'format', line: 2, column: 15 }], name: 'an ONBUILD LABEL trigger' },
  ],
});

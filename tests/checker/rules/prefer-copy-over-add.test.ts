import { testRule } from '../rule-tester.ts';

testRule('prefer-copy-over-add', {
  valid: [
    'FROM alpine:3.20\nCOPY app.py /app/',
    'FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/',
    'FROM alpine:3.20\nADD rootfs.tar.xz /',
    'FROM alpine:3.20\nADD --checksum=sha256:abc https://x/y /y',
    'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src',
    'FROM alpine:3.20\nADD $SRC /dst',
    { name: 'ADD unpacks a compressed tarball whatever its name says', code: 'FROM alpine:3.20\nADD rootfs.gz /\nADD rootfs.bz2 /\nADD rootfs.zst /' },
    { name: 'the docker history form of an ADD', code: 'FROM alpine:3.20\nADD file:8b8864b3e02a33a579dc216fd51b28a6047bc8eeaa03045b258980fe0cf7fcb3 in /xyz' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nADD app.py /app/', errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }], output: 'FROM alpine:3.20\nCOPY app.py /app/' },
    { code: 'FROM alpine:3.20\nadd ["a b", "/c/"]', errors: [{ messageId: 'useCopy', line: 2, column: 1, endLine: 2, endColumn: 4 }], output: 'FROM alpine:3.20\ncopy ["a b", "/c/"]' },
    { code: 'FROM alpine:3.13\nADD "/target/resources.tar.gz" "resources.jar"\nADD "/target/app.jar" "app.jar"', errors: [{ messageId: 'useCopy', line: 3, column: 1, endLine: 3, endColumn: 4 }], output: 'FROM alpine:3.13\nADD "/target/resources.tar.gz" "resources.jar"\nCOPY "/target/app.jar" "app.jar"' },
  ],
});

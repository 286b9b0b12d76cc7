import { testRule } from '../rule-tester.ts';

testRule('workdir-system-dir', {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app',
    'FROM alpine:3.20\nWORKDIR /srv/proc',
    { code: 'FROM alpine:3.20\nWORKDIR /development', name: 'a name that starts like /dev' },
    { code: 'FROM alpine:3.20\nWORKDIR /processes', name: 'a name that starts like /proc' },
    'FROM alpine:3.20\nWORKDIR /system/app',
    'FROM alpine:3.20\nWORKDIR "/usr/src/app"',
    'FROM alpine:3.20\nWORKDIR $HOME/app',
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nWORKDIR /proc/self/fd/1', errors: [{ messageId: 'virtual', line: 2, column: 9, endLine: 2, endColumn: 24 }] },
    { code: 'FROM alpine:3.20\nWORKDIR "/sys/fs/cgroup"', errors: [{ messageId: 'virtual', line: 2, column: 9 }], name: 'quoted' },
    { code: 'FROM alpine:3.20\nWORKDIR /dev', errors: [{ messageId: 'virtual', line: 2, column: 9 }], name: 'the directory itself' },
    { code: 'FROM alpine:3.20\nWORKDIR //dev//shm/', errors: [{ messageId: 'virtual', line: 2, column: 9 }], name: 'repeated and trailing slashes' },
    { code: 'FROM alpine:3.20\nWORKDIR /boot/app', errors: [{ messageId: 'system', line: 2, column: 9 }], name: '/boot' },
    { code: 'FROM alpine:3.20\nWORKDIR /lost+found', errors: [{ messageId: 'system', line: 2, column: 9 }], name: '/lost+found' },
    { code: 'FROM alpine:3.20\nworkdir /initrd/', errors: [{ messageId: 'system', line: 2, column: 9 }], name: '/initrd, lower case' },
  ],
});

// Representative, shortened system-call traces (x86-64 names and flag values), written after
// what `strace -f` shows for these programs on a glibc/musl system: loader noise is trimmed and
// only the arguments a seccomp rule may compare are filled in (pointers are 0). They are
// teaching material, not recordings of one exact binary.

import type { SyscallCall } from './evaluate.ts';

export type SyscallTrace = { program: string; command: string; description: string; calls: SyscallCall[] };

// <linux/sched.h>
export const CLONE_VM = 0x100;
export const CLONE_FS = 0x200;
export const CLONE_FILES = 0x400;
export const CLONE_SIGHAND = 0x800;
export const CLONE_THREAD = 0x10000;
export const CLONE_NEWNS = 0x20000;
export const CLONE_SYSVSEM = 0x40000;
export const CLONE_SETTLS = 0x80000;
export const CLONE_PARENT_SETTID = 0x100000;
export const CLONE_CHILD_CLEARTID = 0x200000;
export const CLONE_CHILD_SETTID = 0x1000000;
export const CLONE_NEWCGROUP = 0x2000000;
export const CLONE_NEWUTS = 0x4000000;
export const CLONE_NEWIPC = 0x8000000;
export const CLONE_NEWUSER = 0x10000000;
export const CLONE_NEWPID = 0x20000000;
export const CLONE_NEWNET = 0x40000000;
const SIGCHLD = 17;

/** glibc pthread_create's clone flags. */
export const PTHREAD_CLONE_FLAGS =
  CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
/** Go runtime's cloneFlags for new Ms (runtime/os_linux.go). */
export const GO_RUNTIME_CLONE_FLAGS = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_SYSVSEM | CLONE_THREAD;
/** glibc fork(). */
export const FORK_CLONE_FLAGS = CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD;

// <linux/socket.h>, <linux/net.h>
export const AF_UNIX = 1;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const AF_VSOCK = 40;
const SOCK_STREAM = 1;
const SOCK_NONBLOCK = 0x800;
const SOCK_CLOEXEC = 0x80000;
const EPOLL_CLOEXEC = 0x80000;

// <linux/personality.h>
export const PER_LINUX = 0;
export const PER_LINUX32 = 0x8;
export const UNAME26 = 0x20000;
export const ADDR_NO_RANDOMIZE = 0x40000;
export const PERSONALITY_QUERY = 0xffffffff;

// <linux/reboot.h>, <linux/ptrace.h>
const LINUX_REBOOT_MAGIC1 = 0xfee1dead;
const LINUX_REBOOT_MAGIC2 = 672274793;
const LINUX_REBOOT_CMD_RESTART = 0x01234567;
const PTRACE_SEIZE = 0x4206;
const PTRACE_INTERRUPT = 0x4207;
const PTRACE_SYSCALL = 24;

const ARCH_SET_FS = 0x1002;

const dynamicLoader: SyscallCall[] = [
  { name: 'brk' },
  { name: 'arch_prctl', args: [ARCH_SET_FS] },
  { name: 'mmap' },
  { name: 'access', survives: 'any', comment: '/etc/ld.so.preload: ENOENT is normal; any error means no preload' },
  { name: 'openat', comment: 'shared libraries' },
  { name: 'newfstatat' },
  { name: 'read' },
  { name: 'mprotect' },
  { name: 'munmap' },
  { name: 'set_tid_address' },
  { name: 'set_robust_list' },
  { name: 'rseq' },
  { name: 'prlimit64' },
  { name: 'getrandom' },
];

export const LS_TRACE: SyscallTrace = {
  program: 'ls',
  command: 'ls /etc',
  description: 'List a directory: open it, read its entries, write them out.',
  calls: [
    { name: 'execve' },
    ...dynamicLoader,
    { name: 'ioctl', survives: 'any', comment: 'TCGETS: is stdout a terminal? Any error means no' },
    { name: 'openat', comment: 'O_RDONLY|O_DIRECTORY' },
    { name: 'newfstatat' },
    { name: 'getdents64' },
    { name: 'getdents64' },
    { name: 'close' },
    { name: 'write' },
    { name: 'close' },
    { name: 'exit_group' },
  ],
};

export const MKDIR_TRACE: SyscallTrace = {
  program: 'mkdir',
  command: 'mkdir /tmp/cache',
  description: 'Create one directory.',
  calls: [{ name: 'execve' }, ...dynamicLoader, { name: 'mkdir', args: [0, 0o777] }, { name: 'close' }, { name: 'exit_group' }],
};

export const NODE_HTTP_SERVER_TRACE: SyscallTrace = {
  program: 'node',
  command: 'node server.js   # http.createServer().listen(8080)',
  description:
    'A small Node.js HTTP server: libuv threads (glibc tries clone3 first and falls back to clone only on ENOSYS), an epoll loop, one accepted connection.',
  calls: [
    { name: 'execve' },
    ...dynamicLoader,
    { name: 'personality', args: [PERSONALITY_QUERY], survives: 'any' },
    {
      name: 'clone3',
      // glibc sysdeps/unix/sysv/linux/clone-internal.c: __clone_internal retries with clone only when clone3
      // fails with ENOSYS; any other errno is returned, so pthread_create fails and libuv/Node abort.
      survives: ['ENOSYS'],
      comment: 'glibc ≥ 2.34 pthread_create; only ENOSYS → falls back to clone, any other error → no thread',
    },
    { name: 'clone', args: [PTHREAD_CLONE_FLAGS] },
    { name: 'futex' },
    { name: 'epoll_create1', args: [EPOLL_CLOEXEC] },
    { name: 'eventfd2' },
    { name: 'pipe2' },
    { name: 'socket', args: [AF_INET6, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0] },
    { name: 'setsockopt' },
    { name: 'bind' },
    { name: 'listen', args: [0, 511] },
    { name: 'epoll_ctl' },
    { name: 'epoll_wait' },
    { name: 'accept4' },
    { name: 'read' },
    { name: 'write' },
    { name: 'close' },
  ],
};

export const GO_HTTP_SERVER_TRACE: SyscallTrace = {
  program: 'go-server',
  command: './server   # net/http ListenAndServe(":8080")',
  description: 'A static Go HTTP server: the runtime clones threads directly, then an epoll-driven listener.',
  calls: [
    { name: 'execve' },
    { name: 'arch_prctl', args: [ARCH_SET_FS] },
    { name: 'sched_getaffinity' },
    { name: 'openat', survives: 'any', comment: '/sys/kernel/mm/transparent_hugepage/hpage_pmd_size' },
    { name: 'mmap' },
    { name: 'rt_sigaction' },
    { name: 'sigaltstack' },
    { name: 'rt_sigprocmask' },
    { name: 'clone', args: [GO_RUNTIME_CLONE_FLAGS] },
    { name: 'futex' },
    { name: 'socket', args: [AF_INET6, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0] },
    { name: 'setsockopt' },
    { name: 'bind' },
    { name: 'listen', args: [0, 4096] },
    { name: 'epoll_create1', args: [EPOLL_CLOEXEC] },
    { name: 'epoll_ctl' },
    { name: 'getsockname' },
    { name: 'accept4' },
    { name: 'epoll_pwait' },
    { name: 'read' },
    { name: 'write' },
    { name: 'close' },
  ],
};

export const UNSHARE_USER_TRACE: SyscallTrace = {
  program: 'unshare',
  command: 'unshare -U id',
  description: 'util-linux unshare creating a user namespace, then exec-ing id inside it.',
  calls: [
    { name: 'execve' },
    ...dynamicLoader,
    { name: 'unshare', args: [CLONE_NEWUSER], comment: 'fails → "unshare failed: Operation not permitted"' },
    { name: 'execve', comment: 'id' },
    { name: 'exit_group' },
  ],
};

export const MOUNT_TRACE: SyscallTrace = {
  program: 'mount',
  command: 'mount -t tmpfs tmpfs /mnt',
  description: 'Mount a tmpfs.',
  calls: [{ name: 'execve' }, ...dynamicLoader, { name: 'mount' }, { name: 'exit_group' }],
};

export const REBOOT_TRACE: SyscallTrace = {
  program: 'reboot',
  command: 'reboot -f',
  description: 'Ask the kernel to restart the machine right away.',
  calls: [
    { name: 'execve' },
    { name: 'sync' },
    { name: 'reboot', args: [LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART] },
    { name: 'exit_group' },
  ],
};

export const STRACE_ATTACH_TRACE: SyscallTrace = {
  program: 'strace',
  command: 'strace -p 1',
  description: 'strace attaching to a running process with PTRACE_SEIZE and reading its memory.',
  calls: [
    { name: 'execve' },
    ...dynamicLoader,
    { name: 'ptrace', args: [PTRACE_SEIZE, 1, 0, 0] },
    { name: 'ptrace', args: [PTRACE_INTERRUPT, 1] },
    { name: 'wait4' },
    { name: 'ptrace', args: [PTRACE_SYSCALL, 1] },
    { name: 'process_vm_readv', survives: 'any', comment: 'ENOSYS/EPERM: strace falls back to PTRACE_PEEKDATA; other errors: it prints the address' },
    { name: 'exit_group' },
  ],
};

export const SECCOMP_TRACES: readonly SyscallTrace[] = [
  LS_TRACE,
  MKDIR_TRACE,
  NODE_HTTP_SERVER_TRACE,
  GO_HTTP_SERVER_TRACE,
  UNSHARE_USER_TRACE,
  MOUNT_TRACE,
  REBOOT_TRACE,
  STRACE_ATTACH_TRACE,
];

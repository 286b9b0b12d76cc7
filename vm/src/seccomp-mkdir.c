/*
 * seccomp-mkdir: run a command under a seccomp filter that makes mkdir(2) and
 * mkdirat(2) fail with EPERM, the way a container runtime's profile denies a syscall.
 *
 *   seccomp-mkdir mkdir /tmp/x    ->  mkdir: can't create directory '/tmp/x': Operation not permitted
 *
 * Built in scripts/vm/build.ts with: gcc -m32 -static -O2 (i386 guest).
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

int main(int argc, char **argv) {
	if (argc < 2) {
		fprintf(stderr, "usage: seccomp-mkdir COMMAND [ARG]...\n");
		return 2;
	}

	struct sock_filter filter[] = {
		/* A filter written for one architecture must refuse syscalls from another. */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_I386, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_mkdir, 2, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_mkdirat, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
	};
	struct sock_fprog prog = {
		.len = sizeof(filter) / sizeof(filter[0]),
		.filter = filter,
	};

	/* Without no_new_privs an unprivileged process may not install a filter. */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
		perror("seccomp-mkdir: prctl(PR_SET_NO_NEW_PRIVS)");
		return 1;
	}
	if (syscall(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) {
		perror("seccomp-mkdir: seccomp(SECCOMP_SET_MODE_FILTER)");
		return 1;
	}

	execvp(argv[1], argv + 1);
	perror("seccomp-mkdir: exec");
	return 127;
}

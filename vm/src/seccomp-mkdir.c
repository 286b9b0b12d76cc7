/*
 * seccomp-mkdir: run a command under a seccomp filter that makes mkdir(2) and mkdirat(2) fail with
 * EPERM, the way a container runtime's profile denies a syscall.
 *
 *   seccomp-mkdir mkdir /tmp/x   ->   mkdir: can't create directory '/tmp/x': Operation not permitted
 */
#include <stddef.h>
#include <linux/audit.h>
#include <linux/errno.h>
#include <linux/filter.h>
#include <linux/prctl.h>
#include <linux/seccomp.h>
#include "tiny.h"

/* execvp without libc: a name without a slash is looked up in $PATH. */
static void exec_command(char **argv, char **envp) {
	const char *path = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin";
	for (char **env = envp; *env; env++) {
		if ((*env)[0] == 'P' && (*env)[1] == 'A' && (*env)[2] == 'T' && (*env)[3] == 'H' && (*env)[4] == '=') path = *env + 5;
	}
	const char *name = argv[0];
	for (const char *c = name; *c; c++) {
		if (*c == '/') {
			sys3(__NR_execve, (long)name, (long)argv, (long)envp);
			return;
		}
	}
	char candidate[512];
	unsigned long name_length = length(name);
	while (*path) {
		unsigned long n = 0;
		while (path[n] && path[n] != ':') n++;
		if (n + 1 + name_length + 1 <= sizeof(candidate)) {
			memcpy(candidate, path, n);
			candidate[n] = '/';
			memcpy(candidate + n + 1, name, name_length + 1);
			sys3(__NR_execve, (long)candidate, (long)argv, (long)envp);
		}
		path += path[n] ? n + 1 : n;
	}
}

int main(int argc, char **argv, char **envp) {
	if (argc < 2) {
		put(2, "usage: seccomp-mkdir COMMAND [ARG]...\n");
		return 2;
	}

	struct sock_filter filter[] = {
		/* A filter written for one architecture must refuse syscalls made through another. */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_I386, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_mkdir, 2, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_mkdirat, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
	};
	struct sock_fprog program = {
		.len = sizeof(filter) / sizeof(filter[0]),
		.filter = filter,
	};

	/* Without no_new_privs only a process with CAP_SYS_ADMIN may install a filter. */
	long error = sys5(__NR_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (error == 0) error = sys3(__NR_seccomp, SECCOMP_SET_MODE_FILTER, 0, (long)&program);
	if (error != 0) {
		put(2, "seccomp-mkdir: could not install the filter, errno ");
		put_number(2, -error);
		put(2, "\n");
		return 1;
	}

	exec_command(argv + 1, envp);
	put(2, "seccomp-mkdir: ");
	put(2, argv[1]);
	put(2, ": not found\n");
	return 127;
}

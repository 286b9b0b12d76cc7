/*
 * memhog: allocate and touch memory one MiB at a time, printing progress, so a cgroup's memory.max
 * is reached for real (busybox has no such tool).
 *
 *   memhog 64   ->   memhog: 1 MiB ... until the cgroup's OOM killer ends it and the shell prints "Killed"
 */
#include "tiny.h"

#define MIB (1024L * 1024L)

int main(int argc, char **argv, char **envp) {
	(void)envp;
	long target = 0;
	if (argc > 1) {
		for (const char *c = argv[1]; *c >= '0' && *c <= '9'; c++) target = target * 10 + (*c - '0');
	}
	if (target <= 0) {
		put(2, "usage: memhog MIB\n");
		return 2;
	}

	long end = sys3(__NR_brk, 0, 0, 0);
	for (long i = 1; i <= target; i++) {
		long grown = sys3(__NR_brk, end + MIB, 0, 0);
		if (grown < end + MIB) {
			put(1, "memhog: no more memory after ");
			put_number(1, i - 1);
			put(1, " MiB\n");
			return 1;
		}
		/* Touching every page is what charges it to the cgroup; reserving address space does not. */
		memset((void *)end, 0xA5, MIB);
		end = grown;
		put(1, "memhog: ");
		put_number(1, i);
		put(1, " MiB\n");
	}
	put(1, "memhog: done, holding ");
	put_number(1, target);
	put(1, " MiB\n");
	return 0;
}

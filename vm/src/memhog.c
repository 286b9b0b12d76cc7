/*
 * memhog: allocate and touch memory one MiB at a time, printing progress, so a cgroup's
 * memory.max is reached for real (busybox has no such tool).
 *
 *   memhog 64     ->  memhog: 1 MiB ... then "Killed" when the cgroup's OOM killer fires
 *
 * Built in scripts/vm/build.ts with: gcc -m32 -static -O2 (i386 guest).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MIB (1024 * 1024)

int main(int argc, char **argv) {
	long target = argc > 1 ? strtol(argv[1], NULL, 10) : 0;
	if (target <= 0) {
		fprintf(stderr, "usage: memhog MIB\n");
		return 2;
	}

	for (long i = 1; i <= target; i++) {
		char *block = malloc(MIB);
		if (block == NULL) {
			printf("memhog: malloc failed after %ld MiB\n", i - 1);
			return 1;
		}
		/* Touching every page is what charges it to the cgroup; malloc alone does not. */
		memset(block, 0xA5, MIB);
		printf("memhog: %ld MiB\n", i);
		fflush(stdout);
	}
	printf("memhog: done, holding %ld MiB\n", target);
	return 0;
}

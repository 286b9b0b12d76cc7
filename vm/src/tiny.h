/*
 * tiny.h: just enough of a C runtime for the lab helpers, on raw i386 Linux syscalls (int $0x80).
 * Without libc a static helper is ~2 KB instead of ~670 KB, and every byte sits in the guest's RAM
 * and in the snapshot the browser downloads. Built with: gcc -m32 -static -nostdlib -ffreestanding.
 */
#ifndef TINY_H
#define TINY_H

#include <asm/unistd.h>

long sys3(long nr, long a, long b, long c) {
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return ret;
}

long sys5(long nr, long a, long b, long c, long d, long e) {
	long ret;
	__asm__ volatile("int $0x80" : "=a"(ret) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
	return ret;
}

/* gcc may turn loops and struct copies into calls to these even without libc. */
void *memset(void *dest, int c, unsigned long n) {
	unsigned char *p = dest;
	while (n--) *p++ = (unsigned char)c;
	return dest;
}

void *memcpy(void *dest, const void *src, unsigned long n) {
	unsigned char *d = dest;
	const unsigned char *s = src;
	while (n--) *d++ = *s++;
	return dest;
}

static unsigned long length(const char *s) {
	unsigned long n = 0;
	while (s[n]) n++;
	return n;
}

static void put(int fd, const char *s) {
	sys3(__NR_write, fd, (long)s, (long)length(s));
}

static void put_number(int fd, long value) {
	char digits[24];
	int i = sizeof(digits) - 1;
	unsigned long v = value < 0 ? -value : value;
	digits[i] = 0;
	do digits[--i] = (char)('0' + v % 10); while ((v /= 10) && i > 1);
	if (value < 0) digits[--i] = '-';
	put(fd, digits + i);
}

static __attribute__((noreturn)) void leave(int status) {
	for (;;) sys3(__NR_exit_group, status, 0, 0);
}

int main(int argc, char **argv, char **envp);

/* The kernel starts us with argc, argv[], NULL, envp[], NULL on the stack. */
__attribute__((used, noreturn)) void start_c(long *stack) {
	int argc = (int)stack[0];
	char **argv = (char **)(stack + 1);
	leave(main(argc, argv, argv + argc + 1));
}

__asm__(
	".text\n"
	".global _start\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	mov %esp, %eax\n"
	"	and $-16, %esp\n"
	"	sub $12, %esp\n"
	"	push %eax\n"
	"	call start_c\n");

#endif

/*
 * libsystemd.so.0 for the lab VM: a stand-in of our own, not systemd's library.
 *
 * crun is linked against libsystemd for three things the VM does not have: the systemd cgroup manager
 * (sd_bus_*: only with --systemd-cgroup), journald logging (--log=journald) and sd_notify (only when
 * NOTIFY_SOCKET is set). Debian's libsystemd0 would bring ~2.5 MB of libraries (libgcrypt, liblzma,
 * libzstd, liblz4) into the guest's RAM and the snapshot the browser downloads. crun is linked with
 * BIND_NOW, so every symbol it names must exist, with its version (libsystemd.map); each one fails with
 * -ENOSYS, which crun reports as an error if a lab ever asks for systemd.
 * Built with: gcc -m32 -shared -fPIC -nostdlib -Wl,--version-script=libsystemd.map
 */
#define ENOSYS 38
#define FAIL(name) int name(void) { return -ENOSYS; }

FAIL(sd_notify)
FAIL(sd_notify_barrier)
FAIL(sd_journal_send_with_location)
FAIL(sd_bus_call)
FAIL(sd_bus_default_system)
FAIL(sd_bus_default_user)
FAIL(sd_bus_error_get_errno)
FAIL(sd_bus_match_signal_async)
FAIL(sd_bus_message_append)
FAIL(sd_bus_message_append_strv)
FAIL(sd_bus_message_close_container)
FAIL(sd_bus_message_new_method_call)
FAIL(sd_bus_message_open_container)
FAIL(sd_bus_message_read)
FAIL(sd_bus_process)
FAIL(sd_bus_wait)

/* These return pointers or nothing: NULL, as for a NULL argument. */
void *sd_bus_message_unref(void *m) { (void)m; return 0; }
void *sd_bus_unref(void *b) { (void)b; return 0; }
void sd_bus_error_free(void *e) { (void)e; }

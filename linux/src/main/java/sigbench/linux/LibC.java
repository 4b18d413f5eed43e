package sigbench.linux;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.Variadic;

/**
 * The C library calls that jnr-posix does not offer, bound through jnr-ffi. Raw: nothing here
 * checks a result. Callers go through {@link Signals}, {@link Descriptors}, {@link Spawn} and
 * the other checked wrappers, which read errno and throw {@link NativeCallException}.
 *
 * <p>Layouts are those of glibc on 64-bit Linux: {@code sigset_t} is 128 bytes, {@code siginfo_t}
 * 128 bytes, {@code union sigval} is passed as a 64-bit integer.
 */
public interface LibC {

    int pthread_sigmask(int how, Pointer set, Pointer oldSet);

    int sigtimedwait(Pointer set, Pointer info, Pointer timeout);

    int sigqueue(int pid, int signal, long value);

    int sigaction(int signal, Pointer action, Pointer oldAction);

    int signalfd(int fd, Pointer mask, int flags);

    int __libc_current_sigrtmin();

    int __libc_current_sigrtmax();

    @Variadic(fixedCount = 1)
    long syscall(long number, long a1, long a2, long a3, long a4);

    @Variadic(fixedCount = 1)
    int prctl(int option, long a2, long a3, long a4, long a5);

    int sched_setaffinity(int pid, long cpuSetBytes, Pointer cpuSet);

    int sched_getaffinity(int pid, long cpuSetBytes, Pointer cpuSet);

    int clock_gettime(int clock, Pointer timespec);

    int socketpair(int domain, int type, int protocol, int[] fds);

    int pipe2(int[] fds, int flags);

    int setsockopt(int fd, int level, int option, Pointer value, int valueBytes);

    long read(int fd, Pointer buffer, long count);

    long write(int fd, Pointer buffer, long count);

    int poll(Pointer fds, long count, int timeoutMillis);

    int posix_spawn(int[] pid, String path, Pointer fileActions, Pointer attributes,
            Pointer argv, Pointer envp);

    int posix_spawnattr_init(Pointer attributes);

    int posix_spawnattr_destroy(Pointer attributes);

    int posix_spawnattr_setflags(Pointer attributes, short flags);

    int posix_spawnattr_setsigmask(Pointer attributes, Pointer mask);

    int posix_spawnattr_setsigdefault(Pointer attributes, Pointer signals);

    int posix_spawn_file_actions_init(Pointer actions);

    int posix_spawn_file_actions_destroy(Pointer actions);

    int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

    int posix_spawn_file_actions_addclose(Pointer actions, int fd);

    int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int lowFd);

    // Added for the control-channel suite: allocation-free senders and the extra channels.

    int kill(int pid, int signal);

    int sigwaitinfo(Pointer set, Pointer info);

    int eventfd(int initialValue, int flags);

    int prlimit(int pid, int resource, Pointer newLimit, Pointer oldLimit);
}

#define _GNU_SOURCE
#include "portal_fs.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/uio.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#endif

int portal_exchange_paths(const char *first, const char *second) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(first, second, RENAME_SWAP);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int portal_first_page_cached(const char *path) {
#if defined(__linux__) && defined(RWF_NOWAIT)
    int descriptor = open(path, O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) return -1;
    char byte;
    struct iovec vector = {&byte, 1};
    ssize_t count = preadv2(descriptor, &vector, 1, 0, RWF_NOWAIT);
    int saved = errno;
    close(descriptor);
    if (count >= 0) return 1;
    return saved == EAGAIN ? 0 : -1;
#else
    (void)path;
    errno = ENOSYS;
    return -1;
#endif
}

#ifndef PORTAL_FS_H
#define PORTAL_FS_H

/// Atomically exchanges two paths (both must exist): Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where the file system cannot exchange).
int portal_exchange_paths(const char *first, const char *second);

/// Whether the first byte of the file at `path` is in the page cache: it is read with `preadv2(RWF_NOWAIT)`, which
/// fails with EAGAIN instead of waiting for the disk. Returns 1 when cached (or empty), 0 when the read would wait,
/// -1 when the file cannot be opened or the system cannot tell (no RWF_NOWAIT).
int portal_first_page_cached(const char *path);

#endif

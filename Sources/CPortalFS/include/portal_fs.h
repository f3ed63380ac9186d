#ifndef PORTAL_FS_H
#define PORTAL_FS_H

/// Atomically exchanges two paths (both must exist): Linux renameat2(RENAME_EXCHANGE), macOS renamex_np(RENAME_SWAP).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where the file system cannot exchange).
int portal_exchange_paths(const char *first, const char *second);

#endif

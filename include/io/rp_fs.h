/*
 * rp_fs.h -- the few file operations rapport needs, done carefully.
 *
 * Reading is bounded (a scenario or record has a size limit); writing is
 * atomic and durable: write a temporary file beside the target, fsync it,
 * rename it over the target, fsync the directory.  A crash at any moment
 * leaves either the old file or the new one, never a torn one.
 * XDG base directories locate the REPL history and, later, trainee data.
 */
#ifndef RP_FS_H
#define RP_FS_H

#include <stddef.h>

#include "util/rp_error.h"

/* Reads the whole file at path (at most max bytes) into a NUL-terminated
 * buffer the caller frees with free(). */
rp_status rp_fs_read(const char *path, size_t max, char **out, size_t *len,
                     rp_error *err);

/* The same into rp_pages memory (huge pages for a large file, rp_pages.h),
 * which the caller frees with rp_pages_free(*out, *cap): a large scenario
 * faults in 2 MiB pages instead of 4 KiB ones. */
rp_status rp_fs_read_pages(const char *path, size_t max, char **out,
                           size_t *len, size_t *cap, rp_error *err);

/* Replaces path with the len bytes at data, atomically and durably. */
rp_status rp_fs_write_atomic(const char *path, const char *data, size_t len,
                             rp_error *err);

/* Creates path with the len bytes at data, atomically and durably, only if
 * it does not exist: RP_EINPUT ("... already exists") otherwise, and the
 * existing file is untouched. */
rp_status rp_fs_write_new(const char *path, const char *data, size_t len,
                          rp_error *err);

/* Creates path and its missing parents (mode 0700 for new ones). */
rp_status rp_fs_mkdirs(const char *path, rp_error *err);

/* $XDG_<KIND>_HOME/rapport, or ~/<fallback>/rapport (kind "STATE" ->
 * .local/state, "DATA" -> .local/share).  The caller frees the result; NULL
 * when no home directory is known. */
char *rp_fs_xdg_dir(const char *kind);

#endif

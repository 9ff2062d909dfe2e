/*
 * rp_fs.h -- the few file operations rapport needs, done carefully.
 *
 * Reading is bounded (a scenario or record has a size limit); writing is
 * atomic and durable: write a temporary file beside the target, fsync it,
 * rename it over the target, fsync the directory.  A crash at any moment
 * leaves either the old file or the new one, never a torn one.
 *
 * The temporary file is PATH.tmp.PID, or PATH.tmp.PID.RANDOM (12 hex
 * digits) while that name is taken, and is always created exclusively
 * (O_CREAT|O_EXCL|O_NOFOLLOW): a file or symbolic link someone planted at
 * the name is never opened, followed or truncated; the next name is tried,
 * RP_FS_TEMP_TRIES in all.  A process killed between writing and
 * publishing can leave its temporary file; rp_fs_temp_name() recognises
 * one, and rp_fs_publish_new() publishes it as the writer would have.
 * XDG base directories locate the REPL history and, later, trainee data.
 */
#ifndef RP_FS_H
#define RP_FS_H

#include <stdbool.h>
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

/* How many temporary names a write tries before it gives up. */
#define RP_FS_TEMP_TRIES 100

/* Replaces path with the len bytes at data, atomically and durably.  A
 * symbolic link at path is replaced itself, never followed. */
rp_status rp_fs_write_atomic(const char *path, const char *data, size_t len,
                             rp_error *err);

/* Creates path with the len bytes at data, atomically and durably, only if
 * it does not exist: RP_EINPUT ("... already exists") otherwise, and the
 * existing file is untouched. */
rp_status rp_fs_write_new(const char *path, const char *data, size_t len,
                          rp_error *err);

/* Whether name (a file name, or a path) is a temporary file of the writes
 * above: then *base_len is the length of the name it was to be published
 * as (name without ".tmp.PID[.RANDOM]") and *pid the writer's process id
 * (above 0). */
bool rp_fs_temp_name(const char *name, size_t *base_len, long *pid);

/* Publishes the temporary file tmp as path the way rp_fs_write_new does:
 * fsyncs it, links it at path (RP_EINPUT "... already exists" when path
 * exists; then tmp is left), removes tmp and fsyncs the directory. */
rp_status rp_fs_publish_new(const char *tmp, const char *path, rp_error *err);

/* Creates path and its missing parents (mode 0700 for new ones). */
rp_status rp_fs_mkdirs(const char *path, rp_error *err);

/* $XDG_<KIND>_HOME/rapport, or ~/<fallback>/rapport (kind "STATE" ->
 * .local/state, "DATA" -> .local/share).  The caller frees the result; NULL
 * when no home directory is known. */
char *rp_fs_xdg_dir(const char *kind);

#endif

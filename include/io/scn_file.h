/*
 * scn_file.h -- loading a scenario from a file (the I/O half of scn_load).
 */
#ifndef SCN_FILE_H
#define SCN_FILE_H

#include "core/scn.h"

/* Largest scenario file accepted (a 100,000-node graph is about 20 MiB). */
#define SCN_FILE_MAX ((size_t)64 << 20)

/* Reads path and compiles it; errors name path.  The caller frees the result
 * with scn_free(). */
scn_scenario *scn_load_file(const char *path, rp_error *err);

/* Reads path's bytes for scn_load(), with scn_load_file()'s limit and
 * errors.  The caller frees *src with rp_pages_free(*src, *cap). */
rp_status scn_file_read(const char *path, char **src, size_t *len, size_t *cap,
                        rp_error *err);

#endif

/*
 * sbx_env.h -- what scenario code can reach: the environment its chunks
 * run in.
 *
 * Only the base, string, table, math and utf8 libraries are opened, and a
 * chunk sees allow-listed copies of them through a strict _ENV (reading or
 * writing an undeclared global is an error naming it).  Functions that
 * would escape the budget are bounded: string.rep by SBX_STRING_LIMIT, the
 * pattern functions by their steps (sbx_match.c), table functions charged
 * per element, setmetatable without finalizers; math.random draws from
 * the playing session's generator.  Internal to the sandbox (sbx.c); uses
 * the Lua C API and rp_rng.
 */
#ifndef SBX_ENV_H
#define SBX_ENV_H

#include <lua.h>
#include <stdint.h>

/* Opens the libraries and builds the environment in the state L (a
 * lua_CFunction for lua_pcall: any failure is out of memory). */
int sbx_env_build(lua_State *L);

/* Pushes the environment table sbx_env_build made. */
void sbx_env_push(lua_State *L);

/* The generator math.random draws from, or NULL outside play (defined in
 * sbx.c, which holds what sbx_bind_rng() set). */
uint64_t *sbx_rng(lua_State *L);

#endif

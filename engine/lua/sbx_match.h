/*
 * sbx_match.h -- the sandbox's pattern functions (string.find, match, gmatch,
 * gsub), with every step of the matcher charged to the instruction budget.
 *
 * Lua's own matcher backtracks in C, where the count hook never fires, so a
 * pattern could run for hours whatever the budget: '.-.-.-b' on 20,000
 * bytes in one call, or any pattern that stays under a complexity estimate,
 * called in a loop.  sbx_match.c implements the same pattern language (Lua
 * 5.4 manual, section 6.4.1) and counts its work.  Internal to the sandbox;
 * uses the Lua C API.
 */
#ifndef SBX_MATCH_H
#define SBX_MATCH_H

#include <lua.h>
#include <stdbool.h>

/* Replaces find, match, gmatch and gsub in the string library table at
 * index strtab.  Stack: unchanged. */
void sbx_match_register(lua_State *L, int strtab);

/* Charges n steps of work done in C to the running budget (defined in
 * sbx.c).  Returns false when the budget is spent: it then stays spent, so
 * the caller raises an error that pcall cannot make the script outlive. */
bool sbx_charge(lua_State *L, long n);

#endif

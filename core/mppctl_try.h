/*
 * mppctl_try.h - `mppctl try`: rehearse a day of tickets against one
 * agency's plugin in memory (see mppctl_try.c for the script language).
 */
#ifndef MPP_MPPCTL_TRY_H
#define MPP_MPPCTL_TRY_H

#include "plugin/plugin.h"

/* Loads `plugin` as mppd would (with the hall's counters) and runs the
 * commands of `script`, printing what each did. Returns the exit status:
 * 0 when every command worked and every expectation held. */
int try_day(const plugin_hall_t *hall, const char *plugin, const char *script);

/* The smoke day of `mppctl check`: loads `plugin` and, in memory, issues a
 * ticket of every service the kiosk offers in every priority group it
 * takes, opens every counter of the agency and calls, starts and finishes
 * until nothing is left, so every route decision, hook and flow step runs
 * once before the plugin reaches the hall. Prints each failure of the
 * plugin with its line and a summary; returns 0, or 1 on any problem. */
int try_smoke(const plugin_hall_t *hall, const char *plugin);

#endif

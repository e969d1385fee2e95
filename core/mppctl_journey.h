/*
 * mppctl_journey.h - `mppctl journey FILE`: rehearse the plan of one
 * errand across agencies against the hall's plugins (see
 * mppctl_journey.c for the file's lines).
 */
#ifndef MPP_MPPCTL_JOURNEY_H
#define MPP_MPPCTL_JOURNEY_H

#include "plugin/plugin.h"

/* Loads every plugin of `dir` as mppd does, refuses a hall whose services
 * need one another's documents in a cycle, plans the visit `file` asks for
 * (visit_plan_make) and compares it with the steps and documents the file
 * expects, printing the plan and each difference. Returns the exit status:
 * 0 when the plan is the one expected, 1 otherwise (a plugin that did not
 * load, a cycle, a plan that differs, a file that cannot be read). */
int journey_rehearse(const plugin_hall_t *hall, const char *dir, const char *file);

#endif

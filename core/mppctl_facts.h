/*
 * mppctl_facts.h - `mppctl facts [AGENCY]`: what the plugins do not yet
 * confirm, agency by agency and service by service, with what was tried.
 */
#ifndef MPP_MPPCTL_FACTS_H
#define MPP_MPPCTL_FACTS_H

#include "plugin/plugin.h"

/* Loads every plugin of `dir` (with the hall's counters) and prints, for
 * `agency` or for all when NULL, each unconfirmed fact of each service
 * with what was tried, each service without a completion time, and each
 * source that is not a URL or a named regulation; then the counts per
 * field. Returns the exit status: 0 when nothing but unconfirmed facts
 * was found, 1 when a plugin did not load or a problem was listed, 2 for
 * an unknown agency. */
int facts_list(const plugin_hall_t *hall, const char *dir, const char *agency);

#endif

/*
 * cli.h - what mppd and mppctl share on the command line: reading the
 * config file named by --config (or ./mppd.cfg when present), applying
 * the flags that override it, and setting the process up for the hall's
 * time zone and log level.
 */
#ifndef MPP_CLI_H
#define MPP_CLI_H

#include "config.h"

/* Loads the config for argv: takes --config FILE, --port N, --data DIR,
 * --plugins DIR and --web DIR (each also as --flag=value) out of argv,
 * compacting it so the rest (mppctl's command) remains in argv[1..*argc).
 * Flags override the file. Then sets TZ and the log level and creates the
 * data folder. Returns 0, or -1 after printing what was wrong. */
int cli_config(config_t *cfg, int *argc, char **argv);

#endif

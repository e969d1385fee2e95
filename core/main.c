/*
 * main.c - mppd, the hall's server: reads the config, then runs the web
 * server (which opens the store, loads the plugins and restores the queue).
 *
 *   mppd --config FILE [--port N] [--data DIR] [--plugins DIR] [--web DIR]
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "web/web.h"

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            printf("usage: mppd [--config FILE] [--port N] [--data DIR] [--plugins DIR] "
                   "[--web DIR]\n");
            return 0;
        }
    static config_t cfg;
    if (cli_config(&cfg, &argc, argv) != 0)
        return 2;
    if (argc > 1) {
        fprintf(stderr, "mppd: unknown argument '%s' (see mppd --help)\n", argv[1]);
        return 2;
    }
    return web_run(&cfg);
}

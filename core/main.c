/*
 * main.c - mppd, the hall's server: reads the config, then runs the web
 * server (which opens the store, loads the plugins and restores the queue).
 *
 *   mppd --config FILE [--port N] [--data DIR] [--plugins DIR] [--web DIR]
 *
 * Built with libsystemd (MPP_SYSTEMD), it reports its state to systemd
 * (Type=notify): ready once it listens with the plugins loaded, reloading
 * on SIGHUP, stopping on SIGTERM. Without $NOTIFY_SOCKET that is a no-op.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "notify/send.h"
#include "web/web.h"

#ifdef MPP_SYSTEMD
#include <systemd/sd-daemon.h>

/* Hands a state change to systemd (nothing when not started by it). */
static void notify_systemd(const char *state)
{
    sd_notify(0, state);
}
#endif

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
#ifdef MPP_SYSTEMD
    web_set_notify(notify_systemd);
#endif
    if (notify_send_global_init() != NOTIFY_OK) { /* before any thread starts */
        fprintf(stderr, "mppd: libcurl could not start\n");
        return 1;
    }
    int rc = web_run(&cfg);
    notify_send_global_cleanup();
    return rc;
}

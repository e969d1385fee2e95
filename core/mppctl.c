/*
 * mppctl.c - the hall's admin tool, on the same modules as mppd:
 *
 *   mppctl [--config FILE] [--data DIR] user add NAME --role ROLE [--agency ID]
 *   mppctl [--config FILE] check FILE.lua
 *   mppctl [--config FILE] [--data DIR] backup DEST
 *
 * It opens the same LMDB environment as a running mppd (LMDB allows
 * several processes), so a user added here can log in at once.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth/auth.h"
#include "cli.h"
#include "plugin/plugin.h"
#include "store/store.h"

static int usage(void)
{
    fprintf(stderr,
            "usage: mppctl [--config FILE] [--data DIR] COMMAND\n"
            "  user add NAME --role admin|liaison|staff|display [--agency ID]\n"
            "                 (the password is read from standard input)\n"
            "  check FILE.lua  load a plugin as mppd does and list every problem\n"
            "  backup DEST     consistent copy of the data folder while mppd runs\n");
    return 2;
}

static bool hall_has_agency(const config_t *cfg, const char *agency)
{
    for (size_t i = 0; i < cfg->n_counters; i++)
        if (strcmp(cfg->counters[i].agency, agency) == 0)
            return true;
    return false;
}

static int open_store(const config_t *cfg, store_t **s)
{
    char err[512] = "";
    int rc = store_open(s, cfg->data_dir, 0, err, sizeof err);
    if (rc != 0)
        fprintf(stderr, "mppctl: %s: %s\n", cfg->data_dir, err[0] ? err : store_strerror(rc));
    return rc;
}

static int cmd_user_add(const config_t *cfg, int argc, char **argv)
{
    if (argc < 1)
        return usage();
    auth_user_t u;
    memset(&u, 0, sizeof u);
    snprintf(u.name, sizeof u.name, "%s", argv[0]);
    const char *role = NULL, *agency = "";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--role") == 0 && i + 1 < argc)
            role = argv[++i];
        else if (strcmp(argv[i], "--agency") == 0 && i + 1 < argc)
            agency = argv[++i];
        else {
            fprintf(stderr, "mppctl: unknown option '%s'\n", argv[i]);
            return 2;
        }
    }
    if (!role || auth_role_parse(role, &u.role) != 0) {
        fprintf(stderr, "mppctl: --role must be admin, liaison, staff or display\n");
        return 2;
    }
    if (agency[0] && !hall_has_agency(cfg, agency)) {
        fprintf(stderr, "mppctl: the hall config gives no counter to agency '%s'\n", agency);
        return 2;
    }
    if (strlen(agency) >= sizeof u.agency) {
        fprintf(stderr, "mppctl: agency id too long\n");
        return 2;
    }
    snprintf(u.agency, sizeof u.agency, "%s", agency);

    char password[300];
    if (!fgets(password, sizeof password, stdin)) {
        fprintf(stderr, "mppctl: give the password on standard input\n");
        return 2;
    }
    password[strcspn(password, "\r\n")] = '\0';

    store_t *s;
    if (open_store(cfg, &s) != 0)
        return 1;
    char err[256];
    int rc = auth_user_add(s, &u, password, err, sizeof err);
    memset(password, 0, sizeof password);
    store_close(s);
    if (rc != 0) {
        fprintf(stderr, "mppctl: %s\n", err);
        return 1;
    }
    printf("user %s (%s%s%s) saved\n", u.name, auth_role_name(u.role), u.agency[0] ? ", " : "",
           u.agency);
    return 0;
}

static int cmd_check(const config_t *cfg, const char *path)
{
    int counters[CONFIG_MAX_COUNTERS];
    char agencies[CONFIG_MAX_COUNTERS][CATALOG_ID_MAX];
    for (size_t i = 0; i < cfg->n_counters; i++) {
        counters[i] = cfg->counters[i].number;
        snprintf(agencies[i], CATALOG_ID_MAX, "%s", cfg->counters[i].agency);
    }
    plugin_hall_t hall = {counters, (const char (*)[CATALOG_ID_MAX])agencies, cfg->n_counters};
    catalog_t *c = plugin_load_file(path, cfg->n_counters ? &hall : NULL);
    if (!c) {
        fprintf(stderr, "mppctl: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < c->n_errors; i++)
        printf("%s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
    int rc = c->n_errors ? 1 : 0;
    for (size_t i = 0; i < c->n_agencies; i++)
        printf("ok: %s (%s), prefix %s, %zu services\n", c->agencies[i].id, c->agencies[i].name,
               c->agencies[i].prefix, c->agencies[i].n_services);
    catalog_free(c);
    return rc;
}

static int cmd_backup(const config_t *cfg, const char *dest)
{
    store_t *s;
    if (open_store(cfg, &s) != 0)
        return 1;
    char err[512] = "";
    int rc = store_backup(s, dest, err, sizeof err);
    store_close(s);
    if (rc != 0) {
        fprintf(stderr, "mppctl: backup to %s failed: %s\n", dest, err[0] ? err : store_strerror(rc));
        return 1;
    }
    printf("backup written to %s (start mppd with --data %s to use it)\n", dest, dest);
    return 0;
}

int main(int argc, char **argv)
{
    static config_t cfg;
    if (cli_config(&cfg, &argc, argv) != 0)
        return 2;
    if (argc >= 3 && strcmp(argv[1], "user") == 0 && strcmp(argv[2], "add") == 0)
        return cmd_user_add(&cfg, argc - 3, argv + 3);
    if (argc == 3 && strcmp(argv[1], "check") == 0)
        return cmd_check(&cfg, argv[2]);
    if (argc == 3 && strcmp(argv[1], "backup") == 0)
        return cmd_backup(&cfg, argv[2]);
    return usage();
}

/*
 * mppctl.c - the hall's admin tool, on the same modules as mppd:
 *
 *   mppctl [--config FILE] [--data DIR] user add NAME --role ROLE [--agency ID]
 *   mppctl [--config FILE] check FILE.lua
 *   mppctl [--config FILE] [--data DIR] backup DEST
 *   mppctl [--config FILE] [--data DIR] [--plugins DIR] reload AGENCY
 *   mppctl [--config FILE] try FILE.lua SCRIPT
 *   mppctl [--config FILE] facts [AGENCY]
 *   mppctl [--config FILE] journey FILE
 *
 * It opens the same LMDB environment as a running mppd (LMDB allows
 * several processes), so a user added here can log in at once.
 *
 * Run as root, what it creates (the store's files in a new data folder, a
 * backup's folder) goes to the owner of the folder it is made in, so the
 * service user of an installed mppd (mpp, owner of /var/lib/mpp) can still
 * open and prune it.
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "auth/auth.h"
#include "cli.h"
#include "mppctl_facts.h"
#include "mppctl_journey.h"
#include "mppctl_try.h"
#include "plugin/plugin.h"
#include "store/store.h"
#include "visit/plan.h"

static int usage(void)
{
    fprintf(stderr, "usage: mppctl [--config FILE] [--data DIR] [--plugins DIR] COMMAND\n"
                    "  (--data and --plugins as mppd was given them, when it was)\n"
                    "  user add NAME --role admin|liaison|staff|display|supervisor [--agency ID]\n"
                    "                 (the password is read from standard input)\n"
                    "  check FILE.lua  load a plugin as mppd does and list every problem\n"
                    "  backup DEST     consistent copy of the data folder while mppd runs\n"
                    "  reload AGENCY   make the running mppd load the agency's plugin again\n"
                    "  try FILE.lua SCRIPT  rehearse a scripted day of tickets against a plugin\n"
                    "  facts [AGENCY]  list every unconfirmed fact of the plugins, per agency\n"
                    "                  and service, with what was tried\n"
                    "  journey FILE    rehearse the plan of an errand across agencies against\n"
                    "                  the hall's plugins\n");
    return 2;
}

/* Run as root: gives `path` (a file, or a folder and the files in it) to
 * the owner of `folder` when that is another user. Nothing otherwise. */
static void own_like(const char *path, const char *folder)
{
    struct stat f, p;
    if (geteuid() != 0 || stat(folder, &p) != 0 || p.st_uid == 0 || lstat(path, &f) != 0 ||
        (f.st_uid == p.st_uid && f.st_gid == p.st_gid))
        return;
    if (lchown(path, p.st_uid, p.st_gid) != 0) {
        fprintf(stderr, "mppctl: cannot give %s to the owner of %s: %s\n", path, folder,
                strerror(errno));
        return;
    }
    if (!S_ISDIR(f.st_mode))
        return;
    static const char *const files[] = {"data.mdb", "lock.mdb"}; /* an LMDB folder's */
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char sub[CONFIG_PATH_MAX + 16];
        snprintf(sub, sizeof sub, "%s/%s", path, files[i]);
        own_like(sub, folder);
    }
}

/* The folder `path` is in ("." for a bare name). */
static void parent_of(const char *path, char *out, size_t len)
{
    snprintf(out, len, "%s", path);
    size_t n = strlen(out);
    while (n > 1 && out[n - 1] == '/')
        out[--n] = '\0';
    char *slash = strrchr(out, '/');
    if (!slash)
        snprintf(out, len, ".");
    else
        slash[slash == out ? 1 : 0] = '\0';
}

static int open_store(const config_t *cfg, store_t **s)
{
    char err[512] = "";
    int rc = store_open(s, cfg->data_dir, (size_t)cfg->map_mb << 20, err, sizeof err);
    if (rc != 0)
        fprintf(stderr, "mppctl: %s: %s\n", cfg->data_dir, err[0] ? err : store_strerror(rc));
    else
        for (int i = 0; i < 2; i++) { /* made now if the folder was new */
            char path[CONFIG_PATH_MAX + 16];
            snprintf(path, sizeof path, "%s/%s", cfg->data_dir, i ? "lock.mdb" : "data.mdb");
            own_like(path, cfg->data_dir);
        }
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
        fprintf(stderr, "mppctl: --role must be admin, liaison, staff, display or supervisor\n");
        return 2;
    }
    if (agency[0] && !config_has_agency(cfg, agency)) {
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

/* The hall's counters and plugin options as the plugin host takes them;
 * NULL when the config gives no counter (counters are then not checked). */
static const plugin_hall_t *hall_of(const config_t *cfg, plugin_hall_config_t *hc)
{
    return cfg->n_counters ? plugin_hall_from_config(hc, cfg) : NULL;
}

static void print_warning(void *ctx, const char *message)
{
    (void)ctx;
    printf("warning: %s\n", message);
}

/* The hall's plugins (the config's folder) with the checked file's agency
 * in place of its loaded version: 1 after printing a cycle of needs and
 * gives across them, else 0. Plugins of the folder that do not load are
 * their own files' problems, left out here. */
static int check_hall_cycle(const config_t *cfg, const char *path, const catalog_t *c)
{
    plugin_hall_config_t hc;
    catalog_t *all = plugin_load_dir(cfg->plugins_dir, hall_of(cfg, &hc));
    if (!all)
        return 0;
    const catalog_service_t **list = calloc(all->n_services + c->n_services + 1, sizeof *list);
    size_t n = 0;
    for (size_t i = 0; list && i < all->n_services; i++)
        if (strcmp(all->agencies[all->services[i].agency].id, c->agencies[0].id) != 0)
            list[n++] = &all->services[i];
    for (size_t i = 0; list && i < c->n_services; i++)
        list[n++] = &c->services[i];
    char why[512] = "";
    int found = list ? visit_plan_services_cycle(list, n, why, sizeof why) : -1;
    if (found != 0)
        printf("%s: " VISIT_CYCLE_MESSAGE ": %s\n", path, found > 0 ? why : "out of memory");
    free(list);
    catalog_free(all);
    return found != 0;
}

/* Warns when the hall config gives agency a no counter, with the line
 * that would give it the next free one. */
static void counters_hint(const config_t *cfg, const catalog_agency_t *a)
{
    if (config_has_agency(cfg, a->id))
        return;
    int highest = 0;
    for (size_t i = 0; i < cfg->n_counters; i++)
        if (cfg->counters[i].number > highest)
            highest = cfg->counters[i].number;
    printf("warning: the hall config (%s) gives agency '%s' no counter, so none can call its "
           "tickets: add { number = %d; agency = \"%s\"; } to its counters list\n",
           cfg->path[0] ? cfg->path : "mppd.cfg", a->id, highest + 1, a->id);
}

static int cmd_check(const config_t *cfg, const char *path)
{
    if (cfg->n_counters == 0)
        printf("warning: no hall config was read (none given with --config and no mppd.cfg "
               "here), so the plugin's counters and options are not checked against a hall\n");
    plugin_hall_config_t hc;
    catalog_t *c = plugin_check_file(path, hall_of(cfg, &hc));
    if (!c) {
        fprintf(stderr, "mppctl: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < c->n_errors; i++)
        printf("%s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
    plugin_options_unread(cfg, c, print_warning, NULL);
    for (size_t i = 0; cfg->n_counters && i < c->n_agencies; i++)
        counters_hint(cfg, &c->agencies[i]);
    int rc = c->n_errors ? 1 : 0;
    if (rc == 0 && c->n_agencies == 1)
        rc = check_hall_cycle(cfg, path, c);
    if (rc == 0 && c->n_agencies == 1)
        rc = try_smoke(hall_of(cfg, &hc), path);
    for (size_t i = 0; rc == 0 && i < c->n_agencies; i++)
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
    if (rc == 0) {
        char parent[CONFIG_PATH_MAX];
        parent_of(dest, parent, sizeof parent);
        own_like(dest, parent);
    }
    if (rc != 0) {
        fprintf(stderr, "mppctl: backup to %s failed: %s\n", dest,
                err[0] ? err : store_strerror(rc));
        return 1;
    }
    printf("backup written to %s (start mppd with --data %s to use it)\n", dest, dest);
    return 0;
}

/* The "at" of mppd's last reload record, 0 when none. */
static int64_t last_reload(store_t *s, json_t **rec)
{
    store_txn_t *t;
    int64_t at = 0;
    if (rec)
        *rec = NULL;
    if (store_txn_begin(s, false, &t) != 0)
        return 0;
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "reload");
    store_val_t v;
    if (store_get(t, STORE_DB_META, &k, &v) == 0) {
        json_t *o = json_loadb(v.data, v.len, 0, NULL);
        at = (int64_t)json_integer_value(json_object_get(o, "at"));
        if (rec)
            *rec = o;
        else
            json_decref(o);
    }
    store_txn_abort(t);
    return at;
}

/* Checks the agency's file, touches it so the running mppd's watch reloads
 * it, and waits for mppd's answer in the store. */
static int cmd_reload(const config_t *cfg, const char *agency)
{
    plugin_hall_config_t hc;
    catalog_t *all = plugin_load_dir(cfg->plugins_dir, hall_of(cfg, &hc));
    const catalog_agency_t *a = all ? catalog_agency_find(all, agency) : NULL;
    char path[CONFIG_PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s.lua", cfg->plugins_dir, agency);
    if (a)
        snprintf(path, sizeof path, "%s", a->file);
    catalog_free(all);
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "mppctl: no plugin file for agency '%s' in %s\n", agency, cfg->plugins_dir);
        return 1;
    }
    if (cmd_check(cfg, path) != 0) {
        fprintf(stderr, "mppctl: %s has problems; mppd keeps running the previous version\n", path);
        return 1;
    }
    store_t *s;
    if (open_store(cfg, &s) != 0)
        return 1;
    int64_t before = last_reload(s, NULL);
    if (utimensat(AT_FDCWD, path, NULL, 0) != 0) {
        perror("mppctl: touching the plugin file");
        store_close(s);
        return 1;
    }
    json_t *rec = NULL;
    for (int i = 0; i < 100; i++) { /* up to 10 s */
        struct timespec pause = {0, 100 * 1000000L};
        nanosleep(&pause, NULL);
        if (last_reload(s, &rec) != before)
            break;
        json_decref(rec);
        rec = NULL;
    }
    store_close(s);
    if (!rec) {
        fprintf(stderr,
                "mppctl: mppd did not reload within 10 s: is it running with "
                "plugins from %s? (give mppctl the --plugins and --data mppd was started with)\n",
                cfg->plugins_dir);
        return 1;
    }
    /* agency by agency: this agency's new version runs when it is among the
     * updated; errors of other files are theirs (their agencies keep their
     * running versions) */
    int swapped = 0;
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(rec, "updated"), i, e) swapped |=
        json_is_string(e) && strcmp(json_string_value(e), agency) == 0;
    json_array_foreach(json_object_get(rec, "errors"), i, e)
        printf("%s:%d: %s\n", json_string_value(json_object_get(e, "file")),
               (int)json_integer_value(json_object_get(e, "line")),
               json_string_value(json_object_get(e, "message")));
    printf(swapped ? "reloaded: %s is running the new version\n"
                   : "refused: mppd keeps running the previous version of %s\n",
           agency);
    json_decref(rec);
    return swapped ? 0 : 1;
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
    if (argc == 3 && strcmp(argv[1], "reload") == 0)
        return cmd_reload(&cfg, argv[2]);
    if (argc == 4 && strcmp(argv[1], "try") == 0) {
        plugin_hall_config_t hc;
        return try_day(hall_of(&cfg, &hc), argv[2], argv[3]);
    }
    if ((argc == 2 || argc == 3) && strcmp(argv[1], "facts") == 0) {
        plugin_hall_config_t hc;
        return facts_list(hall_of(&cfg, &hc), cfg.plugins_dir, argc == 3 ? argv[2] : NULL);
    }
    if (argc == 3 && strcmp(argv[1], "journey") == 0) {
        plugin_hall_config_t hc;
        return journey_rehearse(hall_of(&cfg, &hc), cfg.plugins_dir, argv[2]);
    }
    return usage();
}

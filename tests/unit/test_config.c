/*
 * test_config.c - the hall configuration: defaults, the shipped mppd.cfg,
 * every kind of mistake reported with its file and line (fixtures in
 * tests/config/), relative paths, and the Origin and allow-list helpers.
 * Runs with the repository root as working directory.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "config.h"

/* config_t is about 25 KiB: tests use these static ones rather than the
 * stack, and nothing leaks when an assertion ends a test early. */
static config_t cfg_pool[2];

static config_t *cfg_new(void)
{
    static int next;
    config_t *cfg = &cfg_pool[next++ % 2];
    memset(cfg, 0, sizeof *cfg);
    return cfg;
}

static void test_defaults(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    config_defaults(cfg);
    assert_string_equal(cfg->listen, "");
    assert_int_equal(cfg->port, 8080);
    assert_string_equal(cfg->data_dir, "data");
    assert_string_equal(cfg->plugins_dir, "plugins");
    assert_string_equal(cfg->web_dir, "web");
    assert_string_equal(cfg->timezone, "Asia/Jakarta");
    /* unset: QR codes link to the address the kiosk used */
    assert_string_equal(cfg->public_url, "");
    assert_string_equal(cfg->hall_name, "Mal Pelayanan Publik");
    assert_int_equal(cfg->n_counters, 0);
    for (int d = 0; d < 7; d++) {
        assert_int_equal(cfg->hours[d].range[0].open_min, 0);
        assert_int_equal(cfg->hours[d].range[0].close_min, 1440);
    }
    assert_false(cfg->carry_over);
    assert_int_equal(cfg->print_timeout_s, 120);
    /* the same origin is always allowed; the list is for other sites */
    assert_int_equal(cfg->n_origins, 0);
    assert_int_equal(cfg->n_proxies, 0);
    assert_int_equal(cfg->rate_issue_per_min, 30);
    assert_int_equal(cfg->rate_login_per_min, 10);
    assert_int_equal(cfg->n_rate_allow, 2);
    assert_true(config_rate_allowed(cfg, "127.0.0.1"));
    assert_true(config_rate_allowed(cfg, "::1"));
    assert_int_equal(cfg->max_body, 65536);
    assert_int_equal(cfg->session_idle_s, 8 * 3600);
    assert_int_equal(cfg->session_max_s, 12 * 3600);
    assert_int_equal(cfg->log_level, LOG_LEVEL_INFO);
}

/* An empty file gives exactly the defaults. */
static void test_empty_file_is_defaults(void **state)
{
    (void)state;
    config_t *want = cfg_new(), *got = cfg_new();
    char err[512];
    config_defaults(want);
    memset(got, 0x5a, sizeof *got);
    assert_int_equal(config_load(got, "tests/config/empty.cfg", err, sizeof err), 0);
    assert_string_equal(got->path, "tests/config/empty.cfg"); /* the one thing it adds */
    snprintf(want->path, sizeof want->path, "%s", got->path);
    assert_memory_equal(want, got, sizeof *want);
}

static void test_shipped_file(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512] = "";
    int rc = config_load(cfg, "mppd.cfg", err, sizeof err);
    if (rc != 0)
        fail_msg("mppd.cfg: %s", err);
    assert_string_equal(cfg->hall_name, "Mal Pelayanan Publik Kabupaten Purbalingga");
    assert_int_equal(cfg->port, 8080);
    assert_string_equal(cfg->data_dir, "data");
    assert_string_equal(cfg->plugins_dir, "plugins");
    assert_string_equal(cfg->web_dir, "web");
    assert_string_equal(cfg->timezone, "Asia/Jakarta");
    assert_int_equal(cfg->n_counters, 34);
    /* numbered 1..34 in order */
    for (size_t i = 0; i < cfg->n_counters; i++)
        assert_int_equal(cfg->counters[i].number, (int)i + 1);
    static const struct {
        int number;
        const char *agency;
    } expect[] = {{1, "dukcapil"},     {4, "dukcapil"},  {5, "dpmptsp"},   {7, "dpmptsp"},
                  {8, "bapenda"},      {9, "bapenda"},   {10, "samsat"},   {13, "samsat"},
                  {14, "polres"},      {15, "polres"},   {16, "imigrasi"}, {17, "imigrasi"},
                  {18, "bpjs-kes"},    {19, "bpjs-kes"}, {20, "bpjs-tk"},  {21, "kpp"},
                  {22, "bpn"},         {23, "bpn"},      {24, "kemenag"},  {25, "pa"},
                  {26, "kejari"},      {27, "pdam"},     {28, "pln"},      {29, "bank-jateng"},
                  {30, "bank-jateng"}, {31, "disnaker"}, {32, "dinkes"},   {33, "dishub"},
                  {34, "taspen"}};
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
        assert_string_equal(config_counter_agency(cfg, expect[i].number), expect[i].agency);
    assert_null(config_counter_agency(cfg, 35));
    assert_null(config_counter_agency(cfg, 0));
    /* the demo is open around the clock */
    for (int d = 0; d < 7; d++) {
        assert_int_equal(cfg->hours[d].range[0].open_min, 0);
        assert_int_equal(cfg->hours[d].range[0].close_min, 1440);
    }
    /* 20 agencies */
    int agencies = 0;
    for (size_t i = 0; i < cfg->n_counters; i++) {
        bool seen = false;
        for (size_t j = 0; j < i; j++)
            seen = seen || strcmp(cfg->counters[i].agency, cfg->counters[j].agency) == 0;
        agencies += !seen;
    }
    assert_int_equal(agencies, 20);
    /* break reasons with their limits, and the alerts' thresholds */
    assert_int_equal(cfg->n_pause_reasons, 5);
    assert_string_equal(cfg->pause_reasons[0].id, "ishoma");
    assert_int_equal(cfg->pause_reasons[0].max_minutes, 60);
    assert_non_null(config_pause_reason_find(cfg, "sholat-jumat"));
    assert_null(config_pause_reason_find(cfg, "tidur"));
    assert_true(cfg->alert_wait_multiple == 2.0);
    assert_int_equal(cfg->alert_wait_floor_min, 15);
    assert_int_equal(cfg->alert_no_counter_min, 5);
}

/* Ranges around breaks, special periods of the hall, an agency's own
 * weekly hours and its closure (tests/config/hours_special.cfg). */
static void test_special_hours(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512] = "";
    if (config_load(cfg, "tests/config/hours_special.cfg", err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(cfg->hours[1].n, 2); /* Monday, around lunch */
    assert_int_equal(cfg->hours[1].range[0].close_min, 12 * 60);
    assert_int_equal(cfg->hours[1].range[1].open_min, 13 * 60);
    assert_int_equal(cfg->hours[5].range[1].open_min, 13 * 60 + 30); /* Friday prayer */
    assert_int_equal(cfg->hours[6].n, 0);
    assert_int_equal(cfg->hours[2].range[0].close_min, 1440); /* left out: the default */
    assert_int_equal(cfg->n_specials, 3);
    const config_special_t *r = &cfg->specials[0];
    assert_string_equal(r->agency, "");
    assert_int_equal(r->from, 20270208);
    assert_int_equal(r->to, 20270309);
    assert_string_equal(r->name, "Ramadan 1448 H");
    assert_true(r->days[1].set);
    assert_int_equal(r->days[1].range[0].close_min, 14 * 60);
    assert_int_equal(r->days[5].n, 2);
    assert_false(r->days[3].set); /* Wednesday keeps the weekly hours */
    const config_special_t *c = &cfg->specials[1];
    assert_int_equal(c->from, 20270412);
    assert_int_equal(c->to, 20270412); /* one day when `to` is left out */
    for (int d = 0; d < 7; d++)
        assert_true(c->days[d].set && c->days[d].n == 0);
    assert_string_equal(cfg->specials[2].agency, "pln");
    assert_int_equal(cfg->n_agency_hours, 1);
    assert_string_equal(cfg->agency_hours[0].agency, "pln");
    assert_true(cfg->agency_hours[0].days[5].set);
    assert_false(cfg->agency_hours[0].days[1].set);
    char text[64];
    config_hours_format(&cfg->hours[1], text, sizeof text);
    assert_string_equal(text, "07:30-12:00, 13:00-15:00");
    config_hours_format(&cfg->hours[6], text, sizeof text);
    assert_string_equal(text, "closed");
}

static void test_full_file(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512] = "";
    int rc = config_load(cfg, "tests/config/full.cfg", err, sizeof err);
    if (rc != 0)
        fail_msg("%s", err);
    assert_string_equal(cfg->hall_name, "MPP Uji");
    /* a trailing slash is dropped so paths can be appended */
    assert_string_equal(cfg->public_url, "https://mpp.example.go.id/antrean");
    assert_string_equal(cfg->timezone, "Asia/Makassar");
    assert_string_equal(cfg->listen, "127.0.0.1");
    assert_int_equal(cfg->port, 9090);
    assert_int_equal(cfg->n_origins, 2);
    assert_int_equal(cfg->max_body, 4096);
    /* index 0 = Sunday */
    assert_int_equal(cfg->hours[0].range[0].open_min, 8 * 60);
    assert_int_equal(cfg->hours[0].range[0].close_min, 1440);
    assert_int_equal(cfg->hours[1].range[0].open_min, 7 * 60 + 30);
    assert_int_equal(cfg->hours[1].range[0].close_min, 15 * 60);
    assert_int_equal(cfg->hours[5].range[0].open_min, 7 * 60 + 30);
    assert_int_equal(cfg->hours[5].range[0].close_min, 11 * 60 + 30);
    assert_int_equal(cfg->hours[6].n, 0);
    assert_true(cfg->carry_over);
    assert_int_equal(cfg->print_timeout_s, 60);
    assert_int_equal(cfg->n_counters, 2);
    assert_string_equal(config_counter_agency(cfg, 7), "samsat");
    assert_string_equal(config_counter_agency(cfg, 999), "bpjs-kes");
    assert_null(config_counter_agency(cfg, 1));
    assert_int_equal(cfg->rate_issue_per_min, 0);
    assert_int_equal(cfg->rate_login_per_min, 5);
    assert_int_equal(cfg->n_rate_allow, 3);
    assert_int_equal(cfg->session_idle_s, 30 * 60);
    assert_int_equal(cfg->session_max_s, 2 * 3600);
    assert_int_equal(cfg->log_level, LOG_LEVEL_DEBUG);
    /* paths not in the file keep their defaults */
    assert_string_equal(cfg->data_dir, "data");
}

static void test_relative_paths(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512] = "";
    int rc = config_load(cfg, "tests/config/sub/paths.cfg", err, sizeof err);
    if (rc != 0)
        fail_msg("%s", err);
    assert_string_equal(cfg->data_dir, "tests/config/sub/var/data");
    assert_string_equal(cfg->plugins_dir, "tests/config/sub/../plugins");
    assert_string_equal(cfg->web_dir, "/srv/mpp/web");

    /* the same file named by an absolute path */
    const char *root = getenv("MPP_SOURCE_DIR");
    if (root != NULL) {
        char path[1024], want[1100];
        snprintf(path, sizeof path, "%s/tests/config/sub/paths.cfg", root);
        assert_int_equal(config_load(cfg, path, err, sizeof err), 0);
        snprintf(want, sizeof want, "%s/tests/config/sub/var/data", root);
        assert_string_equal(cfg->data_dir, want);
    }
}

/* plugin_options keep typed values by agency and name, with their line. */
static void test_plugin_options(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512] = "";
    if (config_load(cfg, "tests/config/plugin_options.cfg", err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(cfg->n_options, 3);
    const config_option_t *o = config_option_find(cfg, "dukcapil", "kuota_ktp");
    assert_non_null(o);
    assert_int_equal(o->kind, CONFIG_OPT_INT);
    assert_int_equal(o->integer, 150);
    assert_int_equal(o->line, 4);
    o = config_option_find(cfg, "dukcapil", "salam");
    assert_int_equal(o->kind, CONFIG_OPT_STRING);
    assert_string_equal(o->text, "Selamat datang");
    o = config_option_find(cfg, "dukcapil", "buka_sabtu");
    assert_int_equal(o->kind, CONFIG_OPT_BOOL);
    assert_true(o->boolean);
    assert_null(config_option_find(cfg, "samsat", "kuota_ktp"));
    assert_int_equal(config_load(cfg, "tests/config/plugin_options_bad.cfg", err, sizeof err), -1);
    assert_non_null(strstr(err, "plugin_options_bad.cfg:3"));
    assert_non_null(strstr(err, "whole number, true/false or a string"));
}

/* Zones name agencies of the hall's counters; a board's announcement
 * settings default to a minute, ten waiting calls and the full sentence. */
static void test_zones(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512] = "";
    config_defaults(cfg);
    assert_int_equal(cfg->n_zones, 0);
    assert_int_equal(cfg->board_max_age_s, 60);
    assert_int_equal(cfg->board_queue_max, 10);
    assert_false(cfg->board_short);
    if (config_load(cfg, "tests/config/zones.cfg", err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(cfg->n_zones, 2);
    assert_string_equal(cfg->zones[0].id, "lantai-1");
    assert_string_equal(cfg->zones[0].name, "Lantai 1");
    assert_int_equal(cfg->zones[0].n_agencies, 2);
    assert_string_equal(cfg->zones[0].agencies[1], "bapenda");
    assert_string_equal(cfg->zones[1].name, "lantai-2"); /* no name: its id */
    assert_int_equal(cfg->board_max_age_s, 45);
    assert_int_equal(cfg->board_queue_max, 6);
    assert_true(cfg->board_short);
}

/* A refused file: the error starts with "FILE:LINE: " and names what is
 * wrong; the caller's config is left as it was. */
typedef struct bad_case {
    const char *file;  /* under tests/config/ */
    const char *where; /* expected "FILE:LINE" */
    const char *what;  /* text the message must contain */
} bad_case_t;

static const bad_case_t bad_cases[] = {
    {"syntax.cfg", "tests/config/syntax.cfg:4", "syntax error"},
    {"duplicate.cfg", "tests/config/duplicate.cfg:3", "duplicate setting name"},
    {"unknown.cfg", "tests/config/unknown.cfg:3",
     "unknown setting 'prot' in server (did you mean 'port'?)"},
    {"unknown_group.cfg", "tests/config/unknown_group.cfg:3", "unknown setting 'loket'"},
    {"unknown_counter_key.cfg", "tests/config/unknown_counter_key.cfg:4",
     "unknown setting 'agencies' in counters[1]"},
    {"type_port.cfg", "tests/config/type_port.cfg:2", "server.port: must be a whole number"},
    {"type_carry.cfg", "tests/config/type_carry.cfg:2", "hours.carry_over: must be true or false"},
    {"type_group.cfg", "tests/config/type_group.cfg:1", "hall: must be a group"},
    {"port_range.cfg", "tests/config/port_range.cfg:3",
     "server.port: 70000 is out of range (1..65535)"},
    {"counter_twice.cfg", "tests/config/counter_twice.cfg:5",
     "counters[3].number: counter 2 is listed twice (first at line 3)"},
    {"counter_range.cfg", "tests/config/counter_range.cfg:2",
     "counters[0].number: 0 is out of range"},
    {"counter_no_agency.cfg", "tests/config/counter_no_agency.cfg:3",
     "counters[1]: a counter needs its agency"},
    {"counters_group.cfg", "tests/config/counters_group.cfg:2",
     "counters: must be a list in parentheses"},
    {"hours_type.cfg", "tests/config/hours_type.cfg:2",
     "hours.mon: must be \"HH:MM-HH:MM\" or \"closed\""},
    {"listen.cfg", "tests/config/listen.cfg:2", "server.listen: '0.0.0.0:8080' is not an address"},
    {"agency_id.cfg", "tests/config/agency_id.cfg:4",
     "counters[1].agency: 'Bank Jateng' is not an agency id"},
    {"hours_format.cfg", "tests/config/hours_format.cfg:3",
     "hours.tue: '7:30-15:00' is not \"HH:MM-HH:MM\""},
    {"hours_order.cfg", "tests/config/hours_order.cfg:4",
     "hours.wed: '15:00-07:30' closes before it opens"},
    {"hours_open24.cfg", "tests/config/hours_open24.cfg:2", "hours.sun: '24:00-24:00' is not"},
    {"hours_minutes.cfg", "tests/config/hours_minutes.cfg:2", "hours.fri: '07:30-11:60' is not"},
    {"hours_ranges_overlap.cfg", "tests/config/hours_ranges_overlap.cfg:2",
     "hours.mon: '11:00-15:00' opens before the range before it closes"},
    {"hours_ranges_sep.cfg", "tests/config/hours_ranges_sep.cfg:2",
     "hours.mon: '07:30-12:00; 13:00-15:00': separate the ranges with commas"},
    {"special_overlap.cfg", "tests/config/special_overlap.cfg:4",
     "hours.special[1]: this period overlaps the period 'Ramadan'"},
    {"special_date.cfg", "tests/config/special_date.cfg:3",
     "hours.special[0].from: '2027-02-30' is not a date"},
    {"special_name.cfg", "tests/config/special_name.cfg:3",
     "hours.special[0]: a special period needs its name"},
    {"special_backwards.cfg", "tests/config/special_backwards.cfg:3",
     "hours.special[0].to: the period ends (2027-02-08) before it begins (2027-03-09)"},
    {"special_empty.cfg", "tests/config/special_empty.cfg:3",
     "hours.special[0]: give the hours of its days"},
    {"special_agency.cfg", "tests/config/special_agency.cfg:4",
     "hours.agencies.pln: the hall config gives agency 'pln' no counter"},
    {"timezone.cfg", "tests/config/timezone.cfg:3",
     "hall.timezone: unknown time zone 'Asia/Jakata'"},
    {"timezone_dots.cfg", "tests/config/timezone_dots.cfg:2", "hall.timezone: unknown time zone"},
    {"timezone_dir.cfg", "tests/config/timezone_dir.cfg:2",
     "hall.timezone: unknown time zone 'Asia'"},
    {"origin_path.cfg", "tests/config/origin_path.cfg:3",
     "server.origins[1]: 'http://localhost:8080/kiosk' is not an Origin"},
    {"origin_scheme.cfg", "tests/config/origin_scheme.cfg:2",
     "server.origins[0]: 'ftp://localhost:8080' is not"},
    {"origin_port.cfg", "tests/config/origin_port.cfg:2",
     "server.origins[0]: 'http://localhost:0' is not"},
    {"rate_negative.cfg", "tests/config/rate_negative.cfg:3",
     "rate_limits.login_per_minute: -1 is negative"},
    {"allow_ip.cfg", "tests/config/allow_ip.cfg:2",
     "rate_limits.allow[1]: 'localhost' is not an IP address"},
    {"proxy_net.cfg", "tests/config/proxy_net.cfg:2",
     "server.trusted_proxies[0]: '10.0.0.0/40' is not an IP address or network"},
    {"public_url.cfg", "tests/config/public_url.cfg:3",
     "hall.public_url: 'mpp.purbalinggakab.go.id' is not an http:// or https://"},
    {"log_level.cfg", "tests/config/log_level.cfg:2", "log.level: 'verbose' is not a log level"},
    {"pause_reason_twice.cfg", "tests/config/pause_reason_twice.cfg:3",
     "pause_reasons[1].id: pause reason 'ishoma' is listed twice"},
    {"pause_reason_id.cfg", "tests/config/pause_reason_id.cfg:2",
     "pause_reasons[0].id: a pause reason needs an id of a-z, 0-9 and '-'"},
    {"alerts_multiple.cfg", "tests/config/alerts_multiple.cfg:2",
     "alerts.wait_multiple: 0.5 is out of range (1..100)"},
    {"zone_agency.cfg", "tests/config/zone_agency.cfg:3",
     "zones[0].agencies[1]: 'samsat' has no counter in this hall"},
    {"zone_twice.cfg", "tests/config/zone_twice.cfg:4",
     "zones[1].agencies[1]: 'dukcapil' is already in zone 'lantai-1'"},
    {"zone_id.cfg", "tests/config/zone_id.cfg:3", "zones[0].id: 'Lantai 1' is not a zone id"},
    {"board_sentence.cfg", "tests/config/board_sentence.cfg:2",
     "board.sentence: 'pendek' is not a sentence"},
    {"board_age.cfg", "tests/config/board_age.cfg:2",
     "board.announce_max_age: 0 is out of range (5..3600)"},
    {"sessions.cfg", "tests/config/sessions.cfg:2",
     "sessions.idle_minutes: 600 minutes idle is longer"},
    /* a mistake in an included file is reported in that file */
    {"include_bad.cfg", "tests/config/include_counters_bad.cfg:3",
     "counters[1].number: counter 1 is listed twice (first at line 2)"},
};

static void test_bad_file(void **state)
{
    const bad_case_t *c = *state;
    char path[256], err[512], prefix[256];
    snprintf(path, sizeof path, "tests/config/%s", c->file);
    snprintf(prefix, sizeof prefix, "%s: ", c->where);

    config_t *cfg = cfg_new(), *before = cfg_new();
    config_defaults(cfg);
    cfg->port = 1234; /* as if set by someone; must survive a refused file */
    memcpy(before, cfg, sizeof *cfg);
    memset(err, 0, sizeof err);

    assert_int_equal(config_load(cfg, path, err, sizeof err), -1);
    if (strncmp(err, prefix, strlen(prefix)) != 0 || strstr(err, c->what) == NULL)
        fail_msg("%s: got \"%s\", want \"%s...%s...\"", c->file, err, prefix, c->what);
    assert_memory_equal(cfg, before, sizeof *cfg);
}

static void test_missing_file(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    char err[512];
    assert_int_equal(config_load(cfg, "tests/config/no-such.cfg", err, sizeof err), -1);
    assert_string_equal(
        err, "tests/config/no-such.cfg: cannot read the file: No such file or directory");
    assert_int_equal(config_load(cfg, "tests/config", err, sizeof err), -1);
    assert_string_equal(err, "tests/config: cannot read the file: not a regular file");
    /* a NULL or tiny buffer is allowed */
    assert_int_equal(config_load(cfg, "tests/config/syntax.cfg", NULL, 0), -1);
    char tiny[8];
    assert_int_equal(config_load(cfg, "tests/config/syntax.cfg", tiny, sizeof tiny), -1);
    assert_int_equal(strlen(tiny), sizeof tiny - 1);
}

static void test_origin_allowed(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    config_defaults(cfg);
    /* no other site by default (the same origin is checked by the server) */
    assert_false(config_origin_allowed(cfg, "http://localhost:8080"));

    char err[512] = "";
    if (config_load(cfg, "tests/config/full.cfg", err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_true(config_origin_allowed(cfg, "https://mpp.example.go.id"));
    assert_true(config_origin_allowed(cfg, "http://[::1]:9090"));
    /* scheme and host compare without case */
    assert_true(config_origin_allowed(cfg, "HTTPS://Mpp.Example.GO.ID"));
    assert_false(config_origin_allowed(cfg, "http://mpp.example.go.id"));
    assert_false(config_origin_allowed(cfg, "https://mpp.example.go.id:8443"));
    assert_false(config_origin_allowed(cfg, "https://mpp.example.go.id/"));
    assert_false(config_origin_allowed(cfg, "http://[::1]:90900"));
    assert_false(config_origin_allowed(cfg, "http://evil.example"));
    assert_false(config_origin_allowed(cfg, "null"));
    assert_false(config_origin_allowed(cfg, ""));
    assert_false(config_origin_allowed(cfg, NULL));
}

/* Addresses and networks of the allow-list and the trusted proxies. */
static void test_nets(void **state)
{
    (void)state;
    config_net_t n[4];
    assert_true(config_net_parse("192.168.1.0/24", &n[0]));
    assert_true(config_net_parse("10.0.0.5", &n[1]));
    assert_true(config_net_parse("fd00::/8", &n[2]));
    assert_true(config_net_parse("0.0.0.0/0", &n[3]));
    assert_true(config_net_match(n, 1, "192.168.1.77"));
    assert_true(config_net_match(n, 1, "::ffff:192.168.1.1"));
    assert_false(config_net_match(n, 1, "192.168.2.1"));
    assert_true(config_net_match(n + 1, 1, "10.0.0.5"));
    assert_false(config_net_match(n + 1, 1, "10.0.0.50"));
    assert_true(config_net_match(n + 2, 1, "fd12:3456::1"));
    assert_false(config_net_match(n + 2, 1, "fe80::1"));
    assert_false(config_net_match(n + 2, 1, "10.0.0.5"));
    assert_true(config_net_match(n + 3, 1, "203.0.113.9"));
    assert_false(config_net_match(n, 4, "not an address"));
    assert_false(config_net_match(n, 4, ""));
    assert_false(config_net_match(n, 4, NULL));
    /* refused: names, bad prefixes */
    assert_false(config_net_parse("localhost", &n[0]));
    assert_false(config_net_parse("10.0.0.0/33", &n[0]));
    assert_false(config_net_parse("10.0.0.0/", &n[0]));
    assert_false(config_net_parse("10.0.0.0/2x", &n[0]));
    assert_false(config_net_parse("::/129", &n[0]));
    assert_false(config_net_parse("/8", &n[0]));

    config_t *cfg = cfg_new();
    char err[512] = "";
    if (config_load(cfg, "tests/config/full.cfg", err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_int_equal(cfg->n_proxies, 2);
    assert_true(config_proxy_trusted(cfg, "127.0.0.1"));
    assert_true(config_proxy_trusted(cfg, "10.20.30.40"));
    assert_false(config_proxy_trusted(cfg, "10.21.0.1"));
    assert_false(config_proxy_trusted(cfg, "::1"));
    assert_true(config_rate_allowed(cfg, "192.168.7.200"));
}

/* A phone cannot open a loopback address. */
static void test_loopback_url(void **state)
{
    (void)state;
    assert_true(config_url_is_loopback("http://localhost:8080"));
    assert_true(config_url_is_loopback("http://LOCALHOST"));
    assert_true(config_url_is_loopback("http://127.0.0.1:8080/antrean"));
    assert_true(config_url_is_loopback("http://127.1.2.3"));
    assert_true(config_url_is_loopback("http://[::1]:8080"));
    assert_true(config_url_is_loopback("http://kiosk.localhost:8080"));
    assert_false(config_url_is_loopback("http://192.168.1.10:8080"));
    assert_false(config_url_is_loopback("https://mpp.purbalinggakab.go.id"));
    assert_false(config_url_is_loopback("http://localhost.example.id"));
    assert_false(config_url_is_loopback("http://[fe80::1]:8080"));
}

static void test_rate_allowed(void **state)
{
    (void)state;
    config_t *cfg = cfg_new();
    config_defaults(cfg);
    assert_true(config_rate_allowed(cfg, "127.0.0.1"));
    assert_true(config_rate_allowed(cfg, "::1"));
    /* IPv4 seen through an IPv6 socket */
    assert_true(config_rate_allowed(cfg, "::ffff:127.0.0.1"));
    assert_true(config_rate_allowed(cfg, "::FFFF:127.0.0.1"));
    assert_false(config_rate_allowed(cfg, "::ffff:127.0.0.2"));
    assert_false(config_rate_allowed(cfg, "127.0.0.2"));
    assert_false(config_rate_allowed(cfg, "127.0.0.10"));
    assert_false(config_rate_allowed(cfg, "10.0.0.5"));
    assert_false(config_rate_allowed(cfg, ""));
    assert_false(config_rate_allowed(cfg, NULL));

    char err[512] = "";
    if (config_load(cfg, "tests/config/full.cfg", err, sizeof err) != 0)
        fail_msg("%s", err);
    assert_true(config_rate_allowed(cfg, "10.0.0.5"));
    assert_true(config_rate_allowed(cfg, "::ffff:10.0.0.5"));
    assert_true(config_rate_allowed(cfg, "fe80::1"));
    assert_false(config_rate_allowed(cfg, "127.0.0.1"));
}

int main(void)
{
    static const struct CMUnitTest good[] = {
        cmocka_unit_test(test_defaults),       cmocka_unit_test(test_empty_file_is_defaults),
        cmocka_unit_test(test_shipped_file),   cmocka_unit_test(test_full_file),
        cmocka_unit_test(test_relative_paths), cmocka_unit_test(test_plugin_options),
        cmocka_unit_test(test_missing_file),   cmocka_unit_test(test_origin_allowed),
        cmocka_unit_test(test_rate_allowed),   cmocka_unit_test(test_nets),
        cmocka_unit_test(test_loopback_url),   cmocka_unit_test(test_special_hours),
        cmocka_unit_test(test_zones),
    };
    enum { n_bad = sizeof bad_cases / sizeof bad_cases[0], n_good = sizeof good / sizeof good[0] };
    struct CMUnitTest tests[n_good + n_bad];
    memcpy(tests, good, sizeof good); /* the counts come from the lists: none is overwritten */
    for (size_t i = 0; i < n_bad; i++) {
        struct CMUnitTest t = cmocka_unit_test_prestate(test_bad_file, (void *)&bad_cases[i]);
        t.name = bad_cases[i].file;
        tests[n_good + i] = t;
    }
    return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}

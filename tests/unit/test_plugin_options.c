/*
 * test_plugin_options.c - agency:option_number/_string/_boolean: defaults
 * when the hall sets nothing, the hall's values when it does, and a wrong
 * type or an out-of-range number refused with the plugin's line.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "plugin/plugin.h"

#define FIXTURE "tests/plugins/options/kantor.lua"

/* The options a test's hall sets. */
typedef struct opts {
    const char *name;
    plugin_option_t value;
} opts_t;

static const opts_t *current;

static int hall_option(void *ctx, const char *agency, const char *name, plugin_option_t *out)
{
    (void)ctx;
    if (strcmp(agency, "kantor") != 0)
        return -1;
    for (const opts_t *o = current; o && o->name; o++)
        if (strcmp(o->name, name) == 0) {
            *out = o->value;
            return 0;
        }
    return -1;
}

static const int numbers[] = {1};
static const char agencies[][CATALOG_ID_MAX] = {"kantor"};

static catalog_t *load_with(const opts_t *o)
{
    current = o;
    plugin_hall_t hall = {numbers, agencies, 1, hall_option, NULL};
    return plugin_load_file(FIXTURE, &hall);
}

/* 1. Nothing set: the plugin's defaults. */
static void test_defaults(void **state)
{
    (void)state;
    catalog_t *c = load_with(NULL);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->services[0].quota, 50);
    assert_string_equal(c->services[0].name, "Layanan Umum");
    assert_false(c->services[0].priority);
    catalog_free(c);
}

/* 2. The hall's values replace the defaults. */
static void test_hall_values(void **state)
{
    (void)state;
    static const opts_t o[] = {
        {"kuota", {PLUGIN_OPTION_INT, 120, false, NULL, "mppd.cfg", 3}},
        {"nama_layanan", {PLUGIN_OPTION_STRING, 0, false, "Layanan Khusus", "mppd.cfg", 4}},
        {"prioritas", {PLUGIN_OPTION_BOOL, 0, true, NULL, "mppd.cfg", 5}},
        {NULL, {0, 0, false, NULL, "mppd.cfg", 0}},
    };
    catalog_t *c = load_with(o);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->services[0].quota, 120);
    assert_string_equal(c->services[0].name, "Layanan Khusus");
    assert_true(c->services[0].priority);
    catalog_free(c);
}

/* 3. Out of the plugin's range: refused with its line and the config's. */
static void test_out_of_range(void **state)
{
    (void)state;
    static const opts_t o[] = {
        {"kuota", {PLUGIN_OPTION_INT, 9999, false, NULL, "mppd.cfg", 12}},
        {NULL, {0, 0, false, NULL, "mppd.cfg", 0}},
    };
    catalog_t *c = load_with(o);
    assert_int_equal(c->n_errors, 1);
    assert_int_equal(c->errors[0].line, 5);
    assert_non_null(strstr(c->errors[0].message, "kuota"));
    assert_non_null(strstr(c->errors[0].message, "line 12"));
    assert_non_null(strstr(c->errors[0].message, "0 to 500"));
    catalog_free(c);
}

/* 4. The wrong type: refused with its line. */
static void test_wrong_type(void **state)
{
    (void)state;
    static const opts_t o[] = {
        {"prioritas", {PLUGIN_OPTION_STRING, 0, false, "ya", "mppd.cfg", 7}},
        {NULL, {0, 0, false, NULL, "mppd.cfg", 0}},
    };
    catalog_t *c = load_with(o);
    assert_int_equal(c->n_errors, 1);
    assert_int_equal(c->errors[0].line, 7);
    assert_non_null(strstr(c->errors[0].message, "true or false"));
    catalog_free(c);
}

/* 5. An option the hall config sets that the plugin never reads is a
 * warning naming it, the config's file and line, and the closest name the
 * plugin does read; the options it reads, and other agencies', are not. */
static void warn_count(void *ctx, const char *message)
{
    char *last = ctx;
    snprintf(last, 512, "%s", message);
}

static void test_unread_option(void **state)
{
    (void)state;
    catalog_t *c = load_with(NULL);
    assert_int_equal(c->n_errors, 0);
    static config_t cfg; /* large: not on the stack */
    memset(&cfg, 0, sizeof cfg);
    const char *const names[][2] = {{"kantor", "kuota"}, {"kantor", "kuotta"}, {"lain", "x"}};
    for (size_t i = 0; i < 3; i++) {
        config_option_t *o = &cfg.options[cfg.n_options++];
        snprintf(o->agency, sizeof o->agency, "%s", names[i][0]);
        snprintf(o->name, sizeof o->name, "%s", names[i][1]);
        snprintf(o->file, sizeof o->file, "hall.cfg");
        o->line = (int)(10 + i);
    }
    char last[512] = "";
    assert_int_equal(plugin_options_unread(&cfg, c, warn_count, last), 1);
    assert_string_equal(last, "plugin_options.kantor.kuotta (hall.cfg line 11) is not read by the "
                              "plugin of 'kantor' (" FIXTURE "); did you mean 'kuota'?");
    catalog_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),      cmocka_unit_test(test_hall_values),
        cmocka_unit_test(test_out_of_range),  cmocka_unit_test(test_wrong_type),
        cmocka_unit_test(test_unread_option),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

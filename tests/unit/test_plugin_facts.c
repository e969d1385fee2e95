/*
 * test_plugin_facts.c - what a service's standard rests on: the completion
 * time in its three forms and every way to get it wrong, a source per
 * fact beside the general source, unconfirmed facts with what was tried
 * (and the older plain list), the conflicts between them, and the check
 * that a source names a URL or a numbered regulation, never a placeholder.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plugin/plugin.h"

static char tmpdir[256];

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mpp-plugin-facts-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

/* Loads a one-service plugin whose service table ends with `extra` (the
 * fields under test, on line 16 onwards of the file). */
static catalog_t *load_service(const char *extra)
{
    char path[512], text[4096];
    snprintf(path, sizeof path, "%s/dukcapil.lua", tmpdir);
    snprintf(text, sizeof text,
             "local agency = mpp.agency {\n"
             "  id = \"dukcapil\", name = \"Dinas Kependudukan\", kind = \"OPD\", prefix = \"A\",\n"
             "}\n"
             "\n"
             "agency:service {\n"
             "  id = \"akta\",\n"
             "  name = \"Akta kelahiran\",\n"
             "  requirements = { \"Surat keterangan lahir\" },\n"
             "  procedure = { \"Ambil antrean\", \"Serahkan berkas\" },\n"
             "  minutes = 20,\n"
             "  fee = 0,\n"
             "  product = \"Kutipan akta kelahiran\",\n"
             "  complaint_channel = \"SP4N-LAPOR!\",\n"
             "  legal_basis = \"UU 24/2013\",\n"
             "%s\n"
             "}\n",
             extra);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fputs(text, f) >= 0, 1);
    assert_int_equal(fclose(f), 0);
    catalog_t *c = plugin_load_file(path, NULL);
    assert_non_null(c);
    return c;
}

static void print_errors(const catalog_t *c)
{
    for (size_t i = 0; i < c->n_errors; i++)
        print_message("  %s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
}

/* The only service of a plugin that loaded cleanly. */
static const catalog_service_t *clean(const catalog_t *c)
{
    print_errors(c);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->n_services, 1);
    return &c->services[0];
}

/* Asserts the plugin was refused with an error whose message contains
 * `msg`, at the line of the field that is wrong: one of the extra lines
 * (from 15), not the line where the service's block opens (5), unless the
 * field is missing and has no line of its own. */
static void refused(const char *extra, const char *msg)
{
    catalog_t *c = load_service(extra);
    bool found = false;
    for (size_t i = 0; i < c->n_errors && !found; i++)
        found = (c->errors[i].line >= 15 ||
                 (c->errors[i].line == 5 && strstr(c->errors[i].message, "is missing"))) &&
                strstr(c->errors[i].message, msg) != NULL;
    if (!found) {
        print_message("expected at line 15 or later: ...%s...\nerrors were:\n", msg);
        print_errors(c);
    }
    assert_true(found);
    assert_int_equal(c->n_services, 0);
    catalog_free(c);
}

/* 1. The three forms of completion, its note, and a service without one. */
static void test_completion_forms(void **state)
{
    (void)state;
    catalog_t *c =
        load_service("  source = \"UU 24/2013\",\n"
                     "  completion = { days = 4, note = \"bila perlu verifikasi pusat\" },");
    const catalog_service_t *s = clean(c);
    assert_int_equal(s->completion.unit, CATALOG_COMPLETION_DAYS);
    assert_int_equal(s->completion.value, 4);
    assert_string_equal(s->completion.note, "bila perlu verifikasi pusat");
    catalog_free(c);

    c = load_service("  source = \"UU 24/2013\", completion = { hours = 3 },");
    s = clean(c);
    assert_int_equal(s->completion.unit, CATALOG_COMPLETION_HOURS);
    assert_int_equal(s->completion.value, 3);
    assert_string_equal(s->completion.note, "");
    catalog_free(c);

    c = load_service("  source = \"UU 24/2013\", completion = { at_counter = true },");
    s = clean(c);
    assert_int_equal(s->completion.unit, CATALOG_COMPLETION_AT_COUNTER);
    assert_int_equal(s->completion.value, 0);
    catalog_free(c);

    /* an older plugin without it still loads; mppctl facts lists the gap */
    c = load_service("  source = \"UU 24/2013\",");
    s = clean(c);
    assert_int_equal(s->completion.unit, CATALOG_COMPLETION_NONE);
    catalog_free(c);
}

/* 2. Each mistake in completion is refused with the service's line. */
static void test_completion_mistakes(void **state)
{
    (void)state;
    refused("  source = \"UU 24/2013\", completion = 4,", "completion must be a table");
    refused("  source = \"UU 24/2013\", completion = { days = 2, hours = 3 },",
            "exactly one of days, hours or at_counter");
    refused("  source = \"UU 24/2013\", completion = { note = \"x\" },",
            "exactly one of days, hours or at_counter");
    refused("  source = \"UU 24/2013\", completion = { at_counter = false },",
            "exactly one of days, hours or at_counter");
    refused("  source = \"UU 24/2013\", completion = { days = 0 },",
            "days must be a whole number of working days");
    refused("  source = \"UU 24/2013\", completion = { days = 366 },", "days");
    refused("  source = \"UU 24/2013\", completion = { hours = 2.5 },", "hours");
    refused("  source = \"UU 24/2013\", completion = { dayz = 2 },", "did you mean 'days'");
    refused("  source = \"UU 24/2013\", completion = { days = 2, note = 7 },",
            "note must be a string");
    refused("  source = \"UU 24/2013\", complection = { days = 2 },", "did you mean 'completion'");
}

/* 3. A source per fact beside the general sources. */
static void test_sources_per_fact(void **state)
{
    (void)state;
    catalog_t *c =
        load_service("  completion = { days = 1 },\n"
                     "  source = { \"https://a.go.id/sp\", \"Perbup 71/2022\",\n"
                     "    fee = \"UU 24/2013 Pasal 79A\", completion = \"https://b.go.id\" },");
    const catalog_service_t *s = clean(c);
    assert_string_equal(s->source, "https://a.go.id/sp; Perbup 71/2022");
    assert_int_equal(s->sources.count, 2);
    /* in the order of the service's fields, whatever the table's order */
    assert_string_equal(s->sources.fields[0], "fee");
    assert_string_equal(s->sources.texts[0], "UU 24/2013 Pasal 79A");
    assert_string_equal(s->sources.fields[1], "completion");
    assert_string_equal(s->sources.texts[1], "https://b.go.id");
    catalog_free(c);

    /* only per-fact sources is fine too */
    c = load_service("  source = { completion = \"https://b.go.id\" },");
    s = clean(c);
    assert_string_equal(s->source, "");
    assert_int_equal(s->sources.count, 1);
    catalog_free(c);

    refused("  source = {},", "source is empty");
    refused("  source = { fees = \"x\" },", "did you mean 'fee'");
    refused("  source = { id = \"x\" },", "which is a service field but not a fact");
    refused("  source = { colour = \"x\" },", "which is not a service field");
    refused("  source = { \"a\", [5] = \"b\" },", "neither a list entry nor a field name");
    refused("  source = { \"\" },", "source[1] must be a non-empty string");
    refused("  source = 5,", "source must be a string, or a table");
    refused("  minutes = 2,", "source is missing");
}

/* 4. Unconfirmed facts with what was tried, and the older plain list. */
static void test_unconfirmed_with_tried(void **state)
{
    (void)state;
    catalog_t *c = load_service(
        "  source = \"UU 24/2013\",\n"
        "  unconfirmed = { \"quota\", minutes = \"standar Purbalingga tidak memuatnya\",\n"
        "    completion = \"dicari di sippn.menpan.go.id\" },");
    const catalog_service_t *s = clean(c);
    assert_int_equal(s->unconfirmed.count, 3);
    assert_int_equal(s->tried.count, 3);
    assert_string_equal(s->unconfirmed.items[0], "quota");
    assert_string_equal(s->tried.items[0], "");
    assert_string_equal(s->unconfirmed.items[1], "minutes");
    assert_string_equal(s->tried.items[1], "standar Purbalingga tidak memuatnya");
    assert_string_equal(s->unconfirmed.items[2], "completion");
    assert_string_equal(s->tried.items[2], "dicari di sippn.menpan.go.id");
    catalog_free(c);

    refused("  source = \"UU 24/2013\", unconfirmed = { \"minutes\", minutes = \"x\" },",
            "unconfirmed names 'minutes' twice");
    refused("  source = \"UU 24/2013\", unconfirmed = { minutes = \"\" },",
            "unconfirmed.minutes must say what was tried");
    refused("  source = \"UU 24/2013\", unconfirmed = { minutes = true },",
            "unconfirmed.minutes must say what was tried");
    refused("  source = \"UU 24/2013\", unconfirmed = { \"minuts\" },", "did you mean 'minutes'");
    refused("  source = \"UU 24/2013\", unconfirmed = { \"source\" },",
            "which is a service field but not a fact");
    refused("  source = \"UU 24/2013\", unconfirmed = \"minutes\",", "unconfirmed must be a table");
    refused("  source = { \"UU 24/2013\", fee = \"PP 1/2020\" }, unconfirmed = { fee = \"x\" },",
            "'fee' has its own source and is also unconfirmed");
}

/* 5. A source names a URL or a numbered regulation, never a placeholder. */
static void test_source_problem(void **state)
{
    (void)state;
    char why[256];
    static const char *const good[] = {
        "https://dinpendukcapil.purbalinggakab.go.id/akta-kematian/ (waktu 30 menit)",
        "dinpendukcapil.purbalinggakab.go.id/akta-kelahiran/",
        "UU 24/2013 Pasal 79A",
        "Perbup Purbalingga No. 71 Tahun 2022",
        "Peraturan Presiden Nomor 96 Tahun 2018",
        "PP 28/2019; https://imigrasi.go.id/berita",
        "KEP-378/PJ/2013",
        "PM Perhubungan 19/2021",
        "PADG 21/18/PADG/2019",
        "Surat Dirjen Dukcapil Nomor 470/13287/Dukcapil",
        "UU 8/1981 (KUHAP) Pasal 270-273;",
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int rc = plugin_source_problem(good[i], why, sizeof why);
        if (rc != 0)
            print_message("%s: %s\n", good[i], why);
        assert_int_equal(rc, 0);
    }
    static const struct {
        const char *source, *why;
    } bad[] = {
        {"", "no source is named"},
        {" ; ; ", "no source is named"},
        {"TODO", "'TODO' is a placeholder"},
        {"Perbup ... ; https://...", "'Perbup ...' is a placeholder"},
        {"https://example.invalid/sop", "is a placeholder"},
        {"tbd", "is a placeholder"},
        {"UU 24/2013; Kebijakan kepelangganan PDAM yang lazim",
         "'Kebijakan kepelangganan PDAM yang lazim' is neither a URL nor a regulation"},
        {"UU KUP Pasal 36", "is neither a URL nor a regulation"},
        {"Perbup Purbalingga", "is neither a URL nor a regulation"},
        {"scribd 'Syarat Mengurus Taspen'", "is neither a URL nor a regulation"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(plugin_source_problem(bad[i].source, why, sizeof why), -1);
        if (!strstr(why, bad[i].why))
            print_message("%s: %s\n", bad[i].source, why);
        assert_non_null(strstr(why, bad[i].why));
    }
    assert_int_equal(plugin_source_problem(NULL, why, sizeof why), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_completion_forms), cmocka_unit_test(test_completion_mistakes),
        cmocka_unit_test(test_sources_per_fact), cmocka_unit_test(test_unconfirmed_with_tried),
        cmocka_unit_test(test_source_problem),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

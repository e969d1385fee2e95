/*
 * test_plugin_load.c - the plugin host's declarations and loading: every
 * field of a good plugin lands in the catalog; each kind of mistake is
 * refused with its file, line and a message naming the field; counters are
 * checked against the hall; folders load in name order, skip helpers,
 * refuse a file whose agency id is not its name and both of two files
 * that declare the same prefix, and load the good files beside a bad one.
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

#include "plugin/host.h" /* plugin_check_pattern_risk */
#include "config.h"
#include "plugin/plugin.h"

static char tmpdir[256];

/* The hall of the tests: counters 1-3 are dukcapil's, 7 is samsat's. */
static const int hall_numbers[] = {1, 2, 3, 7};
static const char hall_agencies[][CATALOG_ID_MAX] = {"dukcapil", "dukcapil", "dukcapil", "samsat"};
static const plugin_hall_t hall = {hall_numbers, hall_agencies, 4, NULL, NULL};

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static int group_setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mpp-plugin-load-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

static void write_file(const char *path, const char *text, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

static void copy_file(const char *from, const char *to)
{
    FILE *f = fopen(from, "rb");
    assert_non_null(f);
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    write_file(to, buf, n);
}

/* Makes an empty folder under tmpdir and returns its path. */
static const char *make_dir(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    assert_int_equal(mkdir(path, 0700), 0);
    return path;
}

/* Writes `text` as <tmpdir>/<name>.lua and loads it. */
static catalog_t *load_text(const char *name, const char *text, const plugin_hall_t *h)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s.lua", tmpdir, name);
    write_file(path, text, strlen(text));
    catalog_t *c = plugin_load_file(path, h);
    assert_non_null(c);
    return c;
}

static void print_errors(const catalog_t *c)
{
    for (size_t i = 0; i < c->n_errors; i++)
        print_message("  %s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
}

/* Asserts one error of the catalog is in `file` at `line` with exactly
 * `msg` (or containing it when `sub`). */
static void expect_error_at(const catalog_t *c, const char *file, int line, const char *msg,
                            bool sub)
{
    for (size_t i = 0; i < c->n_errors; i++) {
        const catalog_error_t *e = &c->errors[i];
        bool same = sub ? strstr(e->message, msg) != NULL : strcmp(e->message, msg) == 0;
        if (same && e->line == line && (!file || strcmp(e->file, file) == 0))
            return;
    }
    print_message("expected %s:%d: %s\nerrors were:\n", file ? file : "*", line, msg);
    print_errors(c);
    fail();
}

static void expect_only_error(catalog_t *c, int line, const char *msg)
{
    if (c->n_errors != 1)
        print_errors(c);
    assert_int_equal(c->n_errors, 1);
    expect_error_at(c, NULL, line, msg, false);
    assert_int_equal(c->n_agencies, 0);
    assert_int_equal(c->n_services, 0);
}

static void assert_strings(const catalog_strings_t *s, size_t n, const char *const *items)
{
    assert_int_equal(s->count, n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(s->items[i], items[i]);
}

/* 1. A good plugin: every field lands in the catalog. */
static void test_good_every_field(void **state)
{
    (void)state;
    catalog_t *c = plugin_load_file("tests/plugins/good.lua", &hall);
    assert_non_null(c);
    print_errors(c);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->n_agencies, 1);
    assert_int_equal(c->n_services, 2);

    const catalog_agency_t *a = &c->agencies[0];
    assert_string_equal(a->id, "dukcapil");
    assert_string_equal(a->name, "Dinas Kependudukan dan Pencatatan Sipil");
    assert_string_equal(a->kind, "OPD");
    assert_string_equal(a->prefix, "A");
    assert_int_equal(a->n_counters, 2);
    assert_int_equal(a->counters[0], 2);
    assert_int_equal(a->counters[1], 1);
    assert_true(a->route.priority_first);
    assert_int_equal(a->route.regular_after_priority, 3);
    assert_string_equal(a->file, "tests/plugins/good.lua");
    assert_int_equal(a->first_service, 0);
    assert_int_equal(a->n_services, 2);
    assert_ptr_equal(catalog_agency_find(c, "dukcapil"), a);

    const catalog_service_t *s = catalog_service_find(c, "dukcapil/ktp-el-rekam");
    assert_ptr_equal(s, &c->services[0]);
    assert_string_equal(s->local_id, "ktp-el-rekam");
    assert_int_equal(s->agency, 0);
    assert_string_equal(s->name, "Perekaman KTP-el");
    assert_strings(
        &s->requirements, 2,
        (const char *const[]){"Fotokopi Kartu Keluarga", "Berusia 17 tahun atau sudah menikah"});
    assert_strings(
        &s->procedure, 3,
        (const char *const[]){"Ambil antrean", "Verifikasi berkas", "Perekaman biometrik"});
    assert_int_equal(s->minutes, 15);
    assert_int_equal(s->fee, 0);
    assert_string_equal(s->fee_note, "Gratis (Rp0)");
    assert_string_equal(s->product, "KTP-el");
    assert_string_equal(s->complaint_channel, "SP4N-LAPOR! (lapor.go.id)");
    assert_string_equal(s->legal_basis, "UU 24/2013 tentang Administrasi Kependudukan");
    assert_string_equal(s->hours, "Senin-Kamis 08.00-15.00, Jumat 08.00-11.00");
    assert_int_equal(s->cutoff_min, 14 * 60 + 30);
    assert_int_equal(s->quota, 120);
    assert_true(s->priority);
    assert_int_equal(s->n_inputs, 1);
    assert_string_equal(s->inputs[0].name, "nik");
    assert_string_equal(s->inputs[0].label, "NIK (16 digit)");
    assert_string_equal(s->inputs[0].pattern, "^[0-9]{16}$");
    assert_string_equal(s->inputs[0].message, "NIK harus 16 digit angka");
    assert_int_equal(s->n_counters, 1);
    assert_int_equal(s->counters[0], 1);
    assert_string_equal(s->source, "https://example.invalid/sop-ktp ; Perbup 1/2024");
    assert_strings(&s->unconfirmed, 2, (const char *const[]){"minutes", "quota"});
    assert_true(catalog_service_at_counter(c, s, 1));
    assert_false(catalog_service_at_counter(c, s, 2));

    /* the optional fields' defaults */
    s = catalog_service_find(c, "dukcapil/kk");
    assert_non_null(s);
    assert_string_equal(s->name, "Kartu Keluarga — penerbitan baru");
    assert_int_equal(s->fee, 1500);
    assert_string_equal(s->fee_note, "");
    assert_string_equal(s->hours, "");
    assert_int_equal(s->cutoff_min, -1);
    assert_int_equal(s->quota, 0);
    assert_false(s->priority);
    assert_int_equal(s->n_inputs, 0);
    assert_int_equal(s->n_counters, 0);
    assert_int_equal(s->unconfirmed.count, 0);
    assert_true(catalog_service_at_counter(c, s, 2));
    assert_false(catalog_service_at_counter(c, s, 3));
    catalog_free(c);
}

/* 2. Without `counters` an agency gets every counter the hall gives it;
 * without a hall entry it still loads, with none; route defaults to FIFO. */
static void test_counters_from_hall(void **state)
{
    (void)state;
    catalog_t *c = plugin_load_file("tests/plugins/good_other.lua", &hall);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->agencies[0].n_counters, 1);
    assert_int_equal(c->agencies[0].counters[0], 7);
    assert_false(c->agencies[0].route.priority_first);
    assert_int_equal(c->agencies[0].route.regular_after_priority, 0);
    catalog_free(c);

    static const int numbers[] = {1};
    static const char owners[][CATALOG_ID_MAX] = {"dukcapil"};
    const plugin_hall_t other = {numbers, owners, 1, NULL, NULL};
    c = plugin_load_file("tests/plugins/good_other.lua", &other);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->n_agencies, 1);
    assert_int_equal(c->agencies[0].n_counters, 0);
    assert_null(c->agencies[0].counters);
    catalog_free(c);

    /* no hall: declared counters are taken as written */
    c = plugin_load_file("tests/plugins/good.lua", NULL);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->agencies[0].n_counters, 2);
    catalog_free(c);
}

/* 3. A syntax error is reported with its file and line. */
static void test_syntax_error(void **state)
{
    (void)state;
    catalog_t *c = plugin_load_file("tests/plugins/bad_syntax.lua", &hall);
    assert_int_equal(c->n_errors, 1);
    expect_error_at(c, "plugins/bad_syntax.lua", 6, "'}' expected (to close '{' at line 4)", true);
    assert_int_equal(c->n_agencies, 0);
    catalog_free(c);
}

/* 4. An unknown field: its own line (9, not the block's 7) and a
 * suggestion; the missing field it was meant to be is reported in the same
 * run, at the block's line (a missing field has no line of its own). */
static void test_unknown_field(void **state)
{
    (void)state;
    catalog_t *c = plugin_load_file("tests/plugins/bad_unknown_field.lua", &hall);
    expect_error_at(c, "plugins/bad_unknown_field.lua", 9,
                    "unknown field 'minuts' in service (did you mean 'minutes'?)", false);
    expect_error_at(c, "plugins/bad_unknown_field.lua", 7,
                    "service 'satu': minutes is missing (a whole number above 0)", false);
    assert_int_equal(c->n_errors, 2);
    assert_int_equal(c->n_agencies, 0);
    assert_int_equal(c->n_services, 0);
    catalog_free(c);
}

/* 5. Counters the hall gives another agency, or nobody: not loaded. */
static void test_counters_claimed(void **state)
{
    (void)state;
    catalog_t *c = plugin_load_file("tests/plugins/bad_counters.lua", &hall);
    expect_only_error(c, 2,
                      "agency 'dukcapil': counter 7 belongs to 'samsat' in the hall "
                      "config");
    catalog_free(c);

    c = load_text("unknown-counter",
                  "local agency = mpp.agency { id = \"samsat\", name = \"Samsat\",\n"
                  "  kind = \"vertical\", prefix = \"B\", counters = { 7, 9 } }\n",
                  &hall);
    expect_error_at(c, NULL, 1, "agency 'samsat': counter 9 is not in the hall config", false);
    catalog_free(c);
}

#define PRE                                                                                        \
    "local agency = mpp.agency { id = \"uji\", name = \"Uji\", kind = \"OPD\", "                   \
    "prefix = \"U\" }\n"
#define BASE                                                                                       \
    "local function base() return { id = \"satu\", name = \"Satu\", "                              \
    "requirements = { \"KTP\" }, procedure = { \"Antre\" }, minutes = 10, fee = 0, "               \
    "product = \"Surat\", complaint_channel = \"LAPOR!\", legal_basis = \"Perda "                  \
    "1/2020\", source = \"SOP\" } end\n"

/* 6. Each service field's check, with the line of the declaration. */
static void test_service_fields(void **state)
{
    (void)state;
    static const struct {
        const char *change; /* line 4 of the script */
        const char *message;
    } cases[] = {
        {"s.minutes = 0", "service 'satu': minutes must be a whole number above 0"},
        {"s.minutes = 1.5", "service 'satu': minutes must be a whole number above 0"},
        {"s.minutes = '15'", "service 'satu': minutes must be a whole number above 0"},
        {"s.minutes = 5000", "service 'satu': minutes must be at most 1440"},
        {"s.minutes = nil", "service 'satu': minutes is missing (a whole number above 0)"},
        {"s.fee = -1", "service 'satu': fee must be a whole number of rupiah, 0 or more"},
        {"s.name = ''", "service 'satu': name must not be empty"},
        {"s.name = 5", "service 'satu': name must be a string, not a number"},
        {"s.name = '\\255'", "service 'satu': name is not valid UTF-8 text"},
        {"s.product = nil", "service 'satu': product is missing (a non-empty string)"},
        {"s.source = nil", "service 'satu': source is missing (a non-empty string)"},
        {"s.id = 'Bad_Id'", "service #1: id must be 1 to 47 characters of a-z, 0-9 and '-'"},
        {"s.id = string.rep('a', 48)",
         "service #1: id must be 1 to 47 characters of a-z, 0-9 and '-'"},
        {"s.id = nil", "service #1: id is missing"},
        {"s.requirements = {}", "service 'satu': requirements must list at least 1 item"},
        {"s.requirements = nil",
         "service 'satu': requirements is missing (a list of strings, at least 1)"},
        {"s.requirements = { 'a', '' }",
         "service 'satu': requirements[2] must be a non-empty string"},
        {"s.procedure = { 'a', x = 'b' }",
         "service 'satu': procedure must be a plain list of strings (no named or missing "
         "entries)"},
        {"s.procedure = 'Antre'",
         "service 'satu': procedure must be a list of strings, like { \"...\", \"...\" }"},
        {"s.cutoff = '25:00'",
         "service 'satu': cutoff must be a local time \"HH:MM\" from \"00:00\" to \"23:59\""},
        {"s.cutoff = '9:30'",
         "service 'satu': cutoff must be a local time \"HH:MM\" from \"00:00\" to \"23:59\""},
        {"s.quota = -5", "service 'satu': quota must be a whole number, 0 or more (0 = no "
                         "limit)"},
        {"s.priority = 'ya'", "service 'satu': priority must be true or false"},
        {"s.hours = false", "service 'satu': hours must be a string, not a boolean"},
        {"s.inputs = { { name = 'nik', label = 'NIK', pattern = '[0-9]{16}', message = 'x' } }",
         "service 'satu': input 1 'nik': pattern must start with ^ and end with $ so the "
         "whole value is checked"},
        {"s.inputs = { { name = 'nik', label = 'NIK', patern = '^x$', message = 'x' } }",
         "unknown field 'patern' in input (did you mean 'pattern'?)"},
        {"s.inputs = { { name = 'nik', label = 'NIK', pattern = '^x$' } }",
         "service 'satu': input 1 'nik': message is missing (a non-empty string)"},
        {"s.inputs = { 'nik' }",
         "service 'satu': input 1 must be a table { name = ..., label = ..., pattern = ..., "
         "message = ... }"},
        {"s.inputs = { { name = 'a', label = 'A', pattern = '^a$', message = 'm' },"
         " { name = 'a', label = 'A', pattern = '^a$', message = 'm' } }",
         "service 'satu': input 2: input 'a' is declared twice"},
        {"s.counters = { 5 }",
         "service 'satu': counter 5 is not one of the agency's counters (none)"},
        {"s.counters = { 0 }",
         "service 'satu': counters[1] must be a counter number from 1 to 999"},
        {"s.unconfirmed = { 'minuts' }",
         "service 'satu': unconfirmed names 'minuts', which is not a service field (did you "
         "mean 'minutes'?)"},
        {"s[1] = 'x'", "service has a value without a name (write name = value)"},
        {"s.Minutes = 10", "unknown field 'Minutes' in service (did you mean 'minutes'?)"},
        {"s.colour = 'red'", "unknown field 'colour' in service"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char script[1024];
        snprintf(script, sizeof script, PRE BASE "local s = base()\n%s\nagency:service(s)\n",
                 cases[i].change);
        print_message("case %zu: %s\n", i, cases[i].change);
        catalog_t *c = load_text("fields", script, NULL);
        expect_error_at(c, "plugins/fields.lua", 5, cases[i].message, false);
        assert_int_equal(c->n_agencies, 0);
        assert_int_equal(c->n_services, 0);
        catalog_free(c);
    }

    /* a bad regular expression names regcomp's reason */
    catalog_t *c = load_text("regex",
                             PRE BASE "local s = base()\n"
                                      "s.inputs = { { name = 'nik', label = 'NIK', pattern = "
                                      "'^[0-9]{16$', message = 'x' } }\nagency:service(s)\n",
                             NULL);
    expect_error_at(c, NULL, 5,
                    "service 'satu': input 1 'nik': pattern is not a valid "
                    "extended regular expression (",
                    true);
    catalog_free(c);

    /* finding 8 of the second hardening pass: a pattern that makes glibc's
     * regexec exponential is refused at load, with the file and line */
    c = load_text("redos",
                  PRE BASE "local s = base()\n"
                           "s.inputs = { { name = 'kode', label = 'Kode', pattern = "
                           "'^(a*)*\\\\1$', message = 'x' } }\nagency:service(s)\n",
                  NULL);
    expect_error_at(c, "plugins/redos.lua", 5,
                    "service 'satu': input 1 'kode': pattern "
                    "refused: a back-reference",
                    true);
    assert_int_equal(c->n_services, 0);
    catalog_free(c);
    c = load_text("redos",
                  PRE BASE "local s = base()\n"
                           "s.inputs = { { name = 'kode', label = 'Kode', pattern = "
                           "'^(a+b?)+$', message = 'x' } }\nagency:service(s)\n",
                  NULL);
    expect_error_at(c, "plugins/redos.lua", 5,
                    "service 'satu': input 1 'kode': pattern "
                    "refused: a repeated group that itself holds "
                    "a repetition",
                    true);
    catalog_free(c);

    /* the same base with nothing changed loads */
    c = load_text("fields", PRE BASE "local s = base()\n\nagency:service(s)\n", NULL);
    print_errors(c);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->n_services, 1);
    assert_string_equal(c->services[0].id, "uji/satu");
    catalog_free(c);
}

/* Finding 8 of the second hardening pass: which kiosk input patterns are
 * refused as possibly slow (back-references, nested repetition) and which
 * ordinary ones pass. */
static void test_input_pattern_risk(void **state)
{
    (void)state;
    static const char *const refused[] = {
        "^(a*)*\\1$", "^(a)\\1$",           "^(a*)*$", "^(a+)+$",  "^(a|b+){2,}$", "^((ab)*c)*$",
        "^(a?)*$",    "^([0-9]+-)*[0-9]+$", "^a**$",   "^a+{2,}$", "^((a+)?)*$",
    };
    static const char *const allowed[] = {
        "^[0-9]{16}$",
        "^(\\+62|0)8[0-9]{8,11}$",
        "^[A-Z]{1,2} [0-9]{1,4}( [A-Z]{1,3})?$",
        "^(ab)*c$",
        "^[(*+]+$",
        "^[[:digit:]]{3}(-[[:alpha:]]{2}){2}$",
        "^\\(a\\)*$",
        "^[]a*]+$",
        "^x{2}$",
    };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
        print_message("refused: %s\n", refused[i]);
        assert_non_null(plugin_check_pattern_risk(refused[i]));
    }
    for (size_t i = 0; i < sizeof allowed / sizeof allowed[0]; i++) {
        print_message("allowed: %s\n", allowed[i]);
        assert_null(plugin_check_pattern_risk(allowed[i]));
    }
}

/* 7. Agency fields and the file's shape: one agency, services after it,
 * unique service ids, at least one service, one route. */
static void test_agency_and_shape(void **state)
{
    (void)state;
    static const struct {
        const char *script;
        int line;
        const char *message;
    } cases[] = {
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'Vertical', prefix = 'U' }",
         1, "agency 'uji': kind must be one of \"vertical\", \"BUMN\", \"BUMD\", \"OPD\""},
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'abc' }", 1,
         "agency 'uji': prefix must be 1 to 3 capital letters A-Z"},
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'ABCD' }", 1,
         "agency 'uji': prefix must be 1 to 3 capital letters A-Z"},
        {"local agency = mpp.agency { id = 'Uji', name = 'Uji', kind = 'OPD', prefix = 'U' }", 1,
         "agency: id must be 1 to 47 characters of a-z, 0-9 and '-'"},
        {"local agency = mpp.agency { id = 'uji', nama = 'Uji', kind = 'OPD', prefix = 'U' }", 1,
         "unknown field 'nama' in agency (did you mean 'name'?)"},
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'U', "
         "notify = { near = 60 } }",
         1, "agency 'uji': notify: near must be at most 50"},
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'U', "
         "notify = { nera = 2 } }",
         1, "unknown field 'nera' in notify (did you mean 'near'?)"},
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'U',\n"
         "  notify = { texts = { ['ticket.issued'] = 'Nomor {ticket} ke loket {counter}' } } }",
         2,
         "agency 'uji': notify: texts: ticket.issued: {counter} is not said in this message (it "
         "may use what its own text uses)"},
        {"local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'U', "
         "notify = 3 }",
         1, "agency 'uji': notify must be a table { near = 3, near_minutes = 10 }"},
        {PRE "\nlocal again = mpp.agency { id = 'dua', name = 'Dua', kind = 'OPD', prefix = 'D' }",
         3, "mpp.agency is called a second time (first at line 1); a file declares one agency"},
        {"local x = 1\n", 0, "no agency declared: the file must call mpp.agency { ... } once"},
        {PRE, 1, "agency 'uji' declares no service; add agency:service { ... }"},
        {PRE BASE "\nagency:service(base())\nagency:service(base())\n", 5,
         "service 'satu' is declared twice (first at line 4)"},
        {PRE BASE "agency:service(base())\nagency:route { priority_first = 'yes' }\n", 4,
         "route: priority_first must be true or false"},
        {PRE BASE "agency:service(base())\nagency:route { regular_after_priority = -1 }\n", 4,
         "route: regular_after_priority must be a whole number, 0 or more"},
        {PRE BASE "agency:service(base())\nagency:route { prio = true }\n", 4,
         "unknown field 'prio' in route"},
        {PRE BASE "agency:service(base())\nagency:route {}\nagency:route {}\n", 5,
         "agency:route is declared a second time (first at line 4)"},
        {PRE BASE "agency.service(base())\n", 3,
         "call it as agency:service { ... } (with a colon)"},
        {PRE BASE "agency:servce(base())\n", 3,
         "agency has no field 'servce' (did you mean 'service'?)"},
        {PRE BASE "agency:service('satu')\n", 3,
         "agency:service expects a table: agency:service { ... }"},
        {"local agency = mpp.agencies { }\n", 1,
         "mpp has no field 'agencies' (did you mean 'agency'?)"},
        {"mpp.agency = nil\n", 1, "mpp is read-only"},
        {"local agency = mpp.agency 'uji'\n", 1,
         "mpp.agency expects a table: mpp.agency { id = \"...\", ... }"},
        /* a mistake in inputs is at the line of inputs */
        {PRE "agency:service { id = 'satu', name = 'Satu', requirements = { 'KTP' },\n"
             "  procedure = { 'Antre' }, minutes = 10, fee = 0, product = 'Surat',\n"
             "  complaint_channel = 'LAPOR!', legal_basis = 'Perda 1/2020', source = 'SOP',\n"
             "  inputs = 'nik' }\n",
         5, "service 'satu': inputs must be a list of { name, label, pattern, message } tables"},
        {PRE "agency:service { id = 'satu', name = 'Satu', requirements = { 'KTP' },\n"
             "  procedure = { 'Antre' }, minutes = 10, fee = 0, product = 'Surat',\n"
             "  complaint_channel = 'LAPOR!', legal_basis = 'Perda 1/2020', source = 'SOP',\n"
             "  inputs = { 'nik' } }\n",
         5,
         "service 'satu': input 1 must be a table { name = ..., label = ..., pattern = ..., "
         "message = ... }"},
        /* through a local helper, the line is the helper's caller */
        {PRE BASE "local function add(t)\n  t.minutes = -1\n  agency:service(t)\nend\n"
                  "add(base())\n",
         7, "service 'satu': minutes must be a whole number above 0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        print_message("case %zu\n", i);
        catalog_t *c = load_text("shape", cases[i].script, NULL);
        expect_error_at(c, "plugins/shape.lua", cases[i].line, cases[i].message, false);
        assert_int_equal(c->n_agencies, 0);
        assert_int_equal(c->n_services, 0);
        catalog_free(c);
    }
}

/* 8. One run reports every mistake of a file, each with its line. */
static void test_every_problem_reported(void **state)
{
    (void)state;
    catalog_t *c =
        load_text("many",
                  "local agency = mpp.agency { id = 'uji', name = 'Uji', kind = "
                  "'opd', prefix = 'U' }\n" BASE "local a = base(); a.fee = -3\nagency:service(a)\n"
                  "local b = base(); b.id = 'dua'; b.cutoff = '7pm'\n"
                  "agency:service(b)\n",
                  NULL);
    assert_int_equal(c->n_errors, 3);
    expect_error_at(c, NULL, 1,
                    "agency 'uji': kind must be one of \"vertical\", \"BUMN\", "
                    "\"BUMD\", \"OPD\"",
                    false);
    expect_error_at(c, NULL, 4,
                    "service 'satu': fee must be a whole number of rupiah, 0 or "
                    "more",
                    false);
    expect_error_at(c, NULL, 6,
                    "service 'dua': cutoff must be a local time \"HH:MM\" from "
                    "\"00:00\" to \"23:59\"",
                    false);
    catalog_free(c);
}

/* 9. A folder: name order, '_' files and non-.lua files skipped, a bad
 * file reported while the good ones load. */
static void test_dir_good_and_bad(void **state)
{
    (void)state;
    const char *dir = make_dir("mixed");
    char path[600];
    snprintf(path, sizeof path, "%s/samsat.lua", dir);
    copy_file("tests/plugins/good_other.lua", path);
    snprintf(path, sizeof path, "%s/dukcapil.lua", dir);
    copy_file("tests/plugins/good.lua", path);
    snprintf(path, sizeof path, "%s/broken.lua", dir);
    copy_file("tests/plugins/bad_syntax.lua", path);
    snprintf(path, sizeof path, "%s/_helpers.lua", dir);
    copy_file("tests/plugins/_helpers.lua", path);
    snprintf(path, sizeof path, "%s/notes.txt", dir);
    write_file(path, "not lua", 7);

    catalog_t *c = plugin_load_dir(dir, &hall);
    assert_non_null(c);
    print_errors(c);
    assert_int_equal(c->n_errors, 1);
    expect_error_at(c, "plugins/broken.lua", 6, "expected", true);
    assert_int_equal(c->n_agencies, 2);
    assert_string_equal(c->agencies[0].id, "dukcapil"); /* name order */
    assert_string_equal(c->agencies[1].id, "samsat");
    assert_int_equal(c->n_services, 3);
    assert_int_equal(c->agencies[1].first_service, 2);
    assert_int_equal(c->agencies[1].n_services, 1);
    const catalog_service_t *s = catalog_service_find(c, "samsat/pkb-tahunan");
    assert_non_null(s);
    assert_int_equal(s->agency, 1);
    assert_true(catalog_service_at_counter(c, s, 7));
    assert_false(catalog_service_at_counter(c, s, 1));
    assert_int_equal(catalog_service_find(c, "dukcapil/kk")->agency, 0);
    catalog_free(c);
}

/* 10. The same prefix in two files: both are refused, each error naming
 * the other file, whichever sorts first. */
static void test_dir_duplicates(void **state)
{
    (void)state;
    const char *dir = make_dir("dup-prefix");
    char path[600];
    snprintf(path, sizeof path, "%s/dukcapil.lua", dir);
    copy_file("tests/plugins/good.lua", path);
    snprintf(path, sizeof path, "%s/lain.lua", dir);
    write_file(path,
               "local agency = mpp.agency { id = 'lain', name = 'Lain', kind = 'BUMN', "
               "prefix = 'A' }\n" BASE "agency:service(base())\n",
               strlen("local agency = mpp.agency { id = 'lain', name = 'Lain', kind = 'BUMN', "
                      "prefix = 'A' }\n" BASE "agency:service(base())\n"));
    catalog_t *c = plugin_load_dir(dir, &hall);
    print_errors(c);
    assert_int_equal(c->n_agencies, 0);
    assert_int_equal(c->n_services, 0);
    assert_int_equal(c->n_errors, 2);
    expect_error_at(c, "plugins/dukcapil.lua", 11,
                    "prefix 'A' is also declared by "
                    "plugins/lain.lua; neither file is loaded until one of them is changed",
                    false);
    expect_error_at(c, "plugins/lain.lua", 1,
                    "prefix 'A' is also declared by "
                    "plugins/dukcapil.lua; neither file is loaded until one of them is "
                    "changed",
                    false);
    catalog_free(c);
}

/* 10b. Hardening finding 2, impersonation: a file named to sort first
 * that declares id "dukcapil" must not take Dukcapil's place. It is
 * refused at its mpp.agency line and the real plugins/dukcapil.lua loads;
 * mppctl check (plugin_check_file) reports the same mismatch. */
static void test_hardening_2_plugin_impersonation(void **state)
{
    (void)state;
    const char *dir = make_dir("impersonation");
    char fake[600], real[600];
    snprintf(fake, sizeof fake, "%s/0-dukcapil-baru.lua", dir);
    copy_file("tests/plugins/good.lua", fake);
    snprintf(real, sizeof real, "%s/dukcapil.lua", dir);
    copy_file("tests/plugins/good.lua", real);
    catalog_t *c = plugin_load_dir(dir, &hall);
    print_errors(c);
    assert_int_equal(c->n_agencies, 1);
    assert_string_equal(c->agencies[0].id, "dukcapil");
    assert_string_equal(c->agencies[0].file, real);
    assert_int_equal(c->n_errors, 1);
    expect_error_at(c, "plugins/0-dukcapil-baru.lua", 11,
                    "agency id 'dukcapil' does not match the file name "
                    "plugins/0-dukcapil-baru.lua: an agency's file must be named after its id "
                    "(plugins/dukcapil.lua); this file is not loaded",
                    false);
    catalog_free(c);

    c = plugin_check_file(fake, &hall); /* mppctl check: the path as given */
    assert_int_equal(c->n_agencies, 0);
    assert_int_equal(c->n_errors, 1);
    expect_error_at(c, fake, 11, "does not match the file name", true);
    catalog_free(c);
    c = plugin_check_file(real, &hall);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->n_agencies, 1);
    catalog_free(c);
}

/* 11. Helpers are skipped; a folder that cannot be read is one error. */
static void test_dir_helpers_and_missing(void **state)
{
    (void)state;
    const char *dir = make_dir("helpers");
    char path[600];
    snprintf(path, sizeof path, "%s/_helpers.lua", dir);
    copy_file("tests/plugins/_helpers.lua", path);
    catalog_t *c = plugin_load_dir(dir, &hall);
    assert_int_equal(c->n_errors, 0);
    assert_int_equal(c->n_agencies, 0);
    catalog_free(c);

    /* loaded as an agency, the helper file would fail */
    c = plugin_load_file(path, &hall);
    assert_int_equal(c->n_errors, 1);
    catalog_free(c);

    snprintf(path, sizeof path, "%s/absent", tmpdir);
    c = plugin_load_dir(path, &hall);
    assert_int_equal(c->n_errors, 1);
    assert_non_null(strstr(c->errors[0].message, "cannot read the plugins folder"));
    assert_int_equal(c->n_agencies, 0);
    catalog_free(c);

    c = plugin_load_file(path, &hall);
    assert_int_equal(c->n_errors, 1);
    assert_non_null(strstr(c->errors[0].message, "cannot open the file"));
    catalog_free(c);
}

/* 12. print() goes to the server log, with the file's name. */
static void test_print_to_log(void **state)
{
    (void)state;
    char logpath[512];
    snprintf(logpath, sizeof logpath, "%s/stderr.log", tmpdir);
    fflush(stderr);
    int saved = dup(STDERR_FILENO);
    FILE *f = fopen(logpath, "w+");
    assert_non_null(f);
    dup2(fileno(f), STDERR_FILENO);
    catalog_t *c = load_text("printer",
                             PRE BASE "print('hello', 42, nil, true)\n"
                                      "agency:service(base())\n",
                             NULL);
    fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    char buf[2048] = {0};
    rewind(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    assert_int_equal(c->n_errors, 0);
    catalog_free(c);
    assert_non_null(strstr(buf, "plugin: plugins/printer.lua: hello\t42\tnil\ttrue"));
}

/* The bundled plugins' catalog, indexed: every agency and service is found
 * by its id, and ids that are not there (a near miss, a prefix, no slash,
 * a path too long) are not, as a catalog read one by one finds neither. */
static void test_bundled_index(void **state)
{
    (void)state;
    static config_t cfg; /* the bundled mppd.cfg's counters */
    static plugin_hall_config_t hc;
    char err[512];
    if (config_load(&cfg, "mppd.cfg", err, sizeof err) != 0)
        fail_msg("mppd.cfg: %s", err);
    catalog_t *c = plugin_load_dir("plugins", plugin_hall_from_config(&hc, &cfg));
    assert_non_null(c);
    print_errors(c);
    assert_int_equal(c->n_errors, 0);
    assert_true(c->n_services > 300);
    assert_non_null(c->service_slots);
    assert_non_null(c->agency_slots);
    catalog_t scan = *c; /* the same arrays, read one by one */
    scan.agency_slots = scan.service_slots = NULL;
    for (size_t i = 0; i < c->n_agencies; i++) {
        assert_ptr_equal(catalog_agency_find(c, c->agencies[i].id), &c->agencies[i]);
        assert_ptr_equal(catalog_agency_find(&scan, c->agencies[i].id), &c->agencies[i]);
    }
    for (size_t i = 0; i < c->n_services; i++) {
        assert_ptr_equal(catalog_service_find(c, c->services[i].id), &c->services[i]);
        assert_ptr_equal(catalog_service_find(&scan, c->services[i].id), &c->services[i]);
    }
    static const char *const missing[] = {"dukcapil/",  "dukcapil/kk ",  "dukcapil/k", "/kk",
                                          "nosuch/kk",  "dukcapil/kk/x", "dukcapilkk", "",
                                          "Dukcapil/kk"};
    for (size_t i = 0; i < sizeof missing / sizeof missing[0]; i++) {
        assert_null(catalog_service_find(c, missing[i]));
        assert_null(catalog_service_find(&scan, missing[i]));
        assert_null(catalog_agency_find(c, missing[i]));
        assert_null(catalog_agency_find(&scan, missing[i]));
    }
    assert_non_null(catalog_service_find(c, "dukcapil/legalisasi"));
    catalog_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_every_field),
        cmocka_unit_test(test_counters_from_hall),
        cmocka_unit_test(test_syntax_error),
        cmocka_unit_test(test_unknown_field),
        cmocka_unit_test(test_counters_claimed),
        cmocka_unit_test(test_service_fields),
        cmocka_unit_test(test_agency_and_shape),
        cmocka_unit_test(test_input_pattern_risk),
        cmocka_unit_test(test_every_problem_reported),
        cmocka_unit_test(test_dir_good_and_bad),
        cmocka_unit_test(test_dir_duplicates),
        cmocka_unit_test(test_hardening_2_plugin_impersonation),
        cmocka_unit_test(test_dir_helpers_and_missing),
        cmocka_unit_test(test_print_to_log),
        cmocka_unit_test(test_bundled_index),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

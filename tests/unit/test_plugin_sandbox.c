/*
 * test_plugin_sandbox.c - the limits of the plugin sandbox: a runaway loop
 * is stopped by the deadline even when it catches errors itself; memory
 * bombs are refused without crashing; only the allow-listed libraries and
 * globals exist; finalizers, the string metatable, costly patterns, huge
 * repetitions, costly sorts and precompiled chunks are refused; ordinary
 * string work still runs.
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
#include <time.h>
#include <unistd.h>

#include "plugin/host.h" /* sandbox_call, sandbox_pattern_cost */
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
    snprintf(tmpdir, sizeof tmpdir, "/tmp/mpp-plugin-sandbox-XXXXXX");
    return mkdtemp(tmpdir) ? 0 : -1;
}

static int group_teardown(void **state)
{
    (void)state;
    return nftw(tmpdir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
}

static catalog_t *load_bytes(const char *name, const char *text, size_t len)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s.lua", tmpdir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(text, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    catalog_t *c = plugin_load_file(path, NULL);
    assert_non_null(c);
    return c;
}

static catalog_t *load_text(const char *name, const char *text)
{
    return load_bytes(name, text, strlen(text));
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Asserts the catalog holds exactly one error, at `line` (or any line
 * when line < 0), whose message contains `msg`; nothing loaded. */
static void expect_refused(const catalog_t *c, int line, const char *msg)
{
    for (size_t i = 0; i < c->n_errors; i++)
        print_message("  %s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
    assert_int_equal(c->n_errors, 1);
    if (!strstr(c->errors[0].message, msg))
        fail_msg("expected '%s' in '%s'", msg, c->errors[0].message);
    if (line >= 0)
        assert_int_equal(c->errors[0].line, line);
    assert_int_equal(c->n_agencies, 0);
    assert_int_equal(c->n_services, 0);
}

/* Asserts the catalog loaded without an error (listing any it has). */
static void expect_loaded(const catalog_t *c)
{
    for (size_t i = 0; i < c->n_errors; i++)
        print_message("  %s:%d: %s\n", c->errors[i].file, c->errors[i].line, c->errors[i].message);
    assert_int_equal(c->n_errors, 0);
}

#define GOOD_TAIL                                                                                  \
    "local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'U' }\n"         \
    "agency:service { id = 'satu', name = NAME, requirements = { 'KTP' }, procedure = { "          \
    "'Antre' }, minutes = 10, fee = 0, product = 'Surat', complaint_channel = 'LAPOR!', "          \
    "legal_basis = 'Perda 1/2020', source = 'SOP' }\n"

/* 1. A top-level endless loop is stopped by the deadline. */
static void test_loop_stopped(void **state)
{
    (void)state;
    double t0 = now_s();
    catalog_t *c = plugin_load_file("tests/plugins/bad_loop.lua", NULL);
    double took = now_s() - t0;
    expect_refused(c, 4, "took longer than 250 ms");
    assert_string_equal(c->errors[0].file, "plugins/bad_loop.lua");
    assert_true(took >= 0.25 && took < 5.0);
    catalog_free(c);
}

/* 2. ... also when the script catches every error with pcall, or loops
 * in an xpcall handler or a __close handler. */
static void test_loop_pcall_stopped(void **state)
{
    (void)state;
    double t0 = now_s();
    catalog_t *c = plugin_load_file("tests/plugins/bad_loop_pcall.lua", NULL);
    expect_refused(c, -1, "took longer than 250 ms");
    assert_true(now_s() - t0 < 5.0);
    catalog_free(c);

    c = load_text("xpcall", "while true do\n"
                            "  xpcall(function() while true do end end,\n"
                            "         function() while true do end end)\n"
                            "end\n");
    expect_refused(c, -1, "took longer than 250 ms");
    catalog_free(c);

    c = load_text("close", "do\n"
                           "  local x <close> = setmetatable({}, { __close = function()\n"
                           "    while true do end end })\n"
                           "  while true do end\n"
                           "end\n");
    expect_refused(c, -1, "took longer than 250 ms");
    catalog_free(c);

    c = load_text("sort", "local t = {} for i = 1, 100 do t[i] = i end\n"
                          "while true do pcall(table.sort, t, function(a, b)\n"
                          "  while true do end end) end\n");
    expect_refused(c, -1, "took longer than 250 ms");
    catalog_free(c);
}

/* 3. Memory bombs are refused, the process goes on. */
static void test_memory_bombs(void **state)
{
    (void)state;
    catalog_t *c = plugin_load_file("tests/plugins/bad_memory_string.lua", NULL);
    expect_refused(c, 0, "used more than 16 MiB of memory");
    catalog_free(c);

    c = plugin_load_file("tests/plugins/bad_memory_table.lua", NULL);
    expect_refused(c, 0, "used more than 16 MiB of memory");
    catalog_free(c);

    /* catching the error does not let a script keep the memory */
    c = load_text("concat", "local s = 'x'\n"
                            "for i = 1, 40 do local ok = pcall(function() s = s .. s end) end\n"
                            "error('still ' .. #s)\n");
    assert_int_equal(c->n_errors, 1);
    assert_int_equal(c->errors[0].line, 3);
    assert_true(strncmp(c->errors[0].message, "still ", 6) == 0);
    assert_true(atol(c->errors[0].message + 6) <= 16L << 20);
    catalog_free(c);
}

/* 4. Only the allow-listed globals exist; none can be set. */
static void test_globals_absent(void **state)
{
    (void)state;
    static const char *const absent[] = {
        "io",    "os",      "load",      "loadfile", "dofile",     "require", "collectgarbage",
        "debug", "package", "coroutine", "_G",       "loadstring", "setfenv", "rawlenx",
    };
    for (size_t i = 0; i < sizeof absent / sizeof absent[0]; i++) {
        char script[128], msg[64];
        snprintf(script, sizeof script, "local a = 1\nlocal x = %s\n", absent[i]);
        snprintf(msg, sizeof msg, "unknown global '%s'", absent[i]);
        catalog_t *c = load_text("globals", script);
        expect_refused(c, 2, msg);
        catalog_free(c);
    }

    catalog_t *c = load_text("dump", "local f = string.dump(function() end)\n");
    expect_refused(c, 1, "attempt to call a nil value (field 'dump')");
    catalog_free(c);

    c = load_text("setglobal", "\nanswer = 42\n");
    expect_refused(c, 2, "plugins may not set global 'answer'; use local");
    catalog_free(c);

    c = load_text("envmt", "local mt = getmetatable(_ENV)\nmt.__index = nil\n");
    expect_refused(c, 2, "attempt to index a boolean value");
    catalog_free(c);

    /* what is allowed works */
    c = load_text("allowed",
                  "local NAME = string.format('%s %d', 'Satu', math.max(1, 2))\n"
                  "NAME = table.concat({ NAME, utf8.char(233) }, ' ')\n"
                  "assert(type(tostring(12)) == 'string' and select('#', 1, 2) == 2)\n"
                  "assert(pcall(error, 'x') == false)\n"
                  "local t = setmetatable({}, { __index = function() return 7 end })\n"
                  "assert(t.anything == 7 and rawget(t, 'anything') == nil)\n" GOOD_TAIL);
    assert_int_equal(c->n_errors, 0);
    assert_string_equal(c->services[0].name, "Satu 2 é");
    catalog_free(c);
}

/* 5. Finalizers and the string metatable. */
static void test_metatables(void **state)
{
    (void)state;
    catalog_t *c = load_text("gc", "local t = setmetatable({}, { __gc = function() end })\n");
    expect_refused(c, 1, "a metatable with __gc is not allowed");
    catalog_free(c);

    c = load_text("gc2", "local t = setmetatable({}, { __gc = true })\n");
    expect_refused(c, 1, "__gc");
    catalog_free(c);

    c = load_text("strmt", "local mt = getmetatable('')\nmt.__index = {}\n");
    expect_refused(c, 2, "attempt to index a boolean value");
    catalog_free(c);

    c = load_text("strmt2", "getmetatable('').__index = function() return 1 end\n");
    expect_refused(c, 1, "attempt to index a boolean value");
    catalog_free(c);

    c = load_text("strmt3", "setmetatable('', {})\n");
    expect_refused(c, 1, "table expected");
    catalog_free(c);

    /* after failed attempts the string methods are still the real ones */
    c = load_text("strmt4", "pcall(function() getmetatable('').__index = {} end)\n"
                            "pcall(setmetatable, '', {})\n"
                            "local NAME = ('satu'):upper()\n" GOOD_TAIL);
    assert_int_equal(c->n_errors, 0);
    assert_string_equal(c->services[0].name, "SATU");
    catalog_free(c);
}

/* 5b. The host reads a declaration's tables raw: a metamethod the plugin
 * puts on them never runs mid-declaration (one that declared services
 * from there grew the service array under the one being read). */
static void test_declaration_metamethods(void **state)
{
    (void)state;
    static const char *const sources[] = {
        "local src = setmetatable({ 'SOP' }, { __index = function() error('ran') end })\n",
        "local src = setmetatable({ 'SOP' }, { __index = function()\n"
        "  for i = 1, 40 do agency:service { id = 'x' .. i } end end })\n"};
    for (size_t i = 0; i < 2; i++) {
        char text[2048];
        snprintf(
            text, sizeof text,
            "local agency = mpp.agency { id = 'uji', name = 'Uji', kind = 'OPD', prefix = 'U' "
            "}\n%s"
            "local unc = setmetatable({}, { __index = function() error('ran too') end })\n"
            "agency:service { id = 'satu', name = 'Satu', requirements = { 'KTP' }, "
            "procedure = { 'Antre' }, minutes = 10, fee = 0, product = 'Surat', "
            "complaint_channel = 'LAPOR!', legal_basis = 'Perda 1/2020', source = src, "
            "unconfirmed = unc }\n"
            "local n = agency:option_number('batas', 3, setmetatable({}, { __index = function() "
            "error('ran three') end }))\n",
            sources[i]);
        catalog_t *c = load_text(i ? "meta2" : "meta1", text);
        expect_loaded(c);
        assert_int_equal(c->n_services, 1);
        assert_string_equal(c->services[0].source, "SOP");
        catalog_free(c);
    }
}

/* 6. Pattern bombs and huge repetitions, which run in C without the
 * hook, are refused before they start; ordinary patterns work. */
static void test_pattern_bombs(void **state)
{
    (void)state;
    static const struct {
        const char *script;
        const char *message;
    } cases[] = {
        {"local r = string.find('abc', string.rep('a', 257))",
         "string.find: pattern longer than 256 bytes"},
        {"local s = string.rep('a', 1048576) .. 'b'\nlocal r = s:find('b', 1, true)",
         "string.find: subject longer than 1048576 bytes"},
        {"local r = string.rep('a', 100000):find('.-.-.-b')",
         "string.find: pattern too costly for a subject of 100000 bytes"},
        {"local r = string.rep('a', 30000):match('(a*)*b')", "string.match: pattern too costly"},
        {"for w in string.rep('a', 50000):gmatch('.-.-x') do end",
         "string.gmatch: pattern too costly"},
        {"local r = string.rep('a', 20000):gsub('a-a-a-b', '')", "string.gsub: pattern too costly"},
        /* gmatch takes a leading '^' as a plain character, tried at
         * every start: no anchor (about n^2/2 steps in C) */
        {"for w in ('^'):rep(20000):gmatch('^.-b') do end",
         "string.gmatch: pattern too costly for a subject of 20000 bytes"},
        {"local r = string.rep('a', 1000):gsub('a', string.rep('b', 2000))",
         "string.gsub: result longer than 1048576 bytes"},
        {"local r = string.rep('ab', 600000)", "string.rep: result longer than 1048576 bytes"},
        {"local r = string.rep('', 1 << 50)", "string.rep: result longer than 1048576 bytes"},
        {"local r = string.rep('a', 1000, string.rep(',', 2000))",
         "string.rep: result longer than 1048576 bytes"},
        {"local r = ('x'):rep(1 << 40)", "string.rep: result longer than 1048576 bytes"},
        {"table.move({}, 1, 1 << 40, 2)", "table.move: more than 1048576 elements"},
        {"local t = setmetatable({}, { __len = function() return 1 << 50 end })\n"
         "table.insert(t, 1, 'x')",
         "table.insert: the table claims 1125899906842624 elements, more than 1048576"},
        {"local t = setmetatable({}, { __len = function() return 1 << 50 end })\n"
         "table.remove(t, 1)",
         "table.remove: the table claims 1125899906842624 elements, more than 1048576"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        print_message("case %zu: %s\n", i, cases[i].script);
        double t0 = now_s();
        catalog_t *c = load_text("pattern", cases[i].script);
        expect_refused(c, -1, cases[i].message);
        assert_true(now_s() - t0 < 2.0);
        catalog_free(c);
    }

    catalog_t *c = load_text(
        "patterns-ok", "local s = '  Perekaman   KTP-el  '\n"
                       "local NAME = (s:gsub('^%s+', ''):gsub('%s+$', ''):gsub('%s+', ' '))\n"
                       "assert(('14:30'):match('^(%d%d):(%d%d)$') == '14')\n"
                       "assert(select(2, ('a,b,c'):gsub(',', ';')) == 2)\n"
                       "local n = 0 for w in ('a b c'):gmatch('%a') do n = n + 1 end\n"
                       "assert(n == 3 and #string.rep('ab', 3, '-') == 8)\n"
                       "assert(#string.rep('x', 1 << 20) == 1 << 20)\n"
                       "assert(table.move({1, 2, 3}, 1, 3, 2)[3] == 2)\n"
                       "local q = { 'b' } table.insert(q, 1, 'a') table.insert(q, 'c')\n"
                       "assert(table.remove(q, 1) == 'a' and table.concat(q) == 'bc')\n" GOOD_TAIL);
    expect_loaded(c);
    assert_string_equal(c->services[0].name, "Perekaman KTP-el");
    catalog_free(c);
}

/* 6b. Finding 1 of the second hardening pass: the pattern-cost bound.
 * The estimate grows with the subject for each repetition and each
 * back-reference, anchoring counts one start, and a call is refused when
 * its estimate exceeds what is left of the budget: a file of forty
 * s:find(".-b") on 9,999 bytes (93.6 s before, in mppctl check) is refused
 * at once, at the line of the call, as a budget overrun. */
static void test_pattern_cost_bound(void **state)
{
    (void)state;
    /* every start times every item, times n + 1 per repetition */
    assert_true(sandbox_pattern_cost("abc", 3, 1000, true) == 1001.0 * 3);
    assert_true(sandbox_pattern_cost("^abc$", 5, 1000, true) == 3.0);
    assert_true(sandbox_pattern_cost(".-b", 3, 9999, true) == 10000.0 * 2 * 10000);
    assert_true(sandbox_pattern_cost("^%s*(.-)%s*$", 12, 99, true) == 3.0 * 100 * 100 * 100);
    /* a back-reference compares up to the whole capture: one more n */
    assert_true(sandbox_pattern_cost("^(a)%1$", 7, 99, true) == 2.0 * 100);
    assert_true(sandbox_pattern_cost("^(a-)%1$", 8, 99, true) == 2.0 * 100 * 100);
    assert_true(sandbox_pattern_cost("%b()", 4, 99, true) == 100.0 * 1 * 100);
    assert_true(sandbox_pattern_cost("a?b?", 4, 9, true) == 10.0 * 2 * 4);
    /* string.gmatch takes a leading '^' as a plain character and tries
     * every start (Lua 5.4): no anchor, one more item */
    assert_true(sandbox_pattern_cost("^abc$", 5, 1000, false) == 1001.0 * 4);
    assert_true(sandbox_pattern_cost("^.-b", 4, 45000, false) == 45001.0 * 3 * 45001);
    assert_true(sandbox_pattern_cost("^*", 2, 99, false) == 100.0 * 1 * 100);
    /* past the absolute bound the estimate stops growing, never wraps */
    assert_true(sandbox_pattern_cost(".-.-.-.-.-.-.-.-.-.-b", 21, 1 << 20, true) > 1e8);

    /* at load (250 ms): .-b fits on 1,000 bytes, not on 9,999 */
    catalog_t *c = load_text("cost-ok", "local s = string.rep('a', 1000)\n"
                                        "assert(s:find('.-b') == nil)\n"
                                        "assert(s:match('^(a-)%1b$') == nil)\n"
                                        "local NAME = 'Uji'\n" GOOD_TAIL);
    expect_loaded(c);
    catalog_free(c);
    double t0 = now_s();
    c = load_text("slow", "local s = string.rep('a', 9999)\nlocal n = 0\n"
                          "for i = 1, 40 do\n  if s:find('.-b') then n = n + 1 end\nend\n");
    expect_refused(c, 4,
                   "string.find: pattern too costly for a subject of 9999 bytes: it "
                   "could run past the plugin's time budget (250 ms)");
    assert_true(now_s() - t0 < 1.0);
    catalog_free(c);
    /* a pcall around the refused call does not buy more time: the loop
     * goes on until the deadline stops it */
    t0 = now_s();
    c = load_text("slow-pcall", "local s = string.rep('a', 9999)\n"
                                "while true do pcall(string.find, s, '.-b') end\n");
    expect_refused(c, -1, "took longer than 250 ms");
    assert_true(now_s() - t0 < 1.0);
    catalog_free(c);
}

/* 6d. table.sort runs in C with no instruction between comparisons
 * (400,000 references to two 4 KB strings took 1.06 s in a hook): without
 * a Lua comparison function it is estimated and refused before it
 * starts, against the same budget as the pattern functions. */
static void test_sort_cost_bound(void **state)
{
    (void)state;
    /* n times log2 n (rounded up) comparisons, 4 steps each and one more
     * per 16 bytes of the longest string */
    assert_true(sandbox_sort_cost(1, 0) == 0.0);
    assert_true(sandbox_sort_cost(1000, 0) == 1000.0 * 10 * 4);
    assert_true(sandbox_sort_cost(1024, 32) == 1024.0 * 10 * 6);
    assert_true(sandbox_sort_cost(1025, 4000) == 1025.0 * 11 * (4 + 250));

    static const struct {
        const char *script;
        const char *message;
    } cases[] = {
        {"local a, b = ('x'):rep(4000) .. 'a', ('x'):rep(4000) .. 'b'\n"
         "local t = {} for i = 1, 20000 do t[i] = i % 2 == 0 and a or b end\n"
         "table.sort(t)\n",
         "table.sort: too costly for 20000 values (strings up to 4001 bytes): it could run past "
         "the plugin's time budget (250 ms)"},
        {"local t = {} for i = 1, 200000 do t[i] = -i end\ntable.sort(t)\n",
         "table.sort: too costly for 200000 values: it could run past"},
        /* a C function as the comparison runs no instruction either */
        {"local a, b = ('x'):rep(4000) .. 'a', ('x'):rep(4000) .. 'b'\n"
         "local t = {} for i = 1, 20000 do t[i] = i % 2 == 0 and a or b end\n"
         "table.sort(t, rawequal)\n",
         "table.sort: too costly for 20000 values (strings up to 4001 bytes)"},
        /* a length that only __len claims */
        {"table.sort(setmetatable({}, { __len = function() return 1 << 50 end }))\n",
         "table.sort: too costly for 1125899906842624 values"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        print_message("case %zu: %s\n", i, cases[i].script);
        double t0 = now_s();
        catalog_t *c = load_text("sort", cases[i].script);
        expect_refused(c, 3 - (int)(i == 1) - 2 * (int)(i == 3), cases[i].message);
        assert_true(now_s() - t0 < 1.0);
        catalog_free(c);
    }

    /* what fits is sorted; a Lua comparison is timed by the hook */
    catalog_t *c = load_text(
        "sort-ok",
        "local t = {} for i = 1, 5000 do t[i] = (i * 7919) % 5003 end\n"
        "table.sort(t) for i = 2, #t do assert(t[i - 1] <= t[i]) end\n"
        "local s = {} for i = 1, 500 do s[i] = ('nama layanan %d'):format(i) end\n"
        "table.sort(s) assert(s[1] == 'nama layanan 1' and s[500] == 'nama layanan 99')\n"
        "table.sort(s, function(x, y) return x > y end) assert(s[1] == 'nama layanan 99')\n"
        "local NAME = 'Uji'\n" GOOD_TAIL);
    expect_loaded(c);
    catalog_free(c);
}

/* 6f. What bounds a load (and a hook) that calls C functions in a loop:
 * the count hook checks the deadline only every 100 instructions, so a
 * loop of table.move over a million elements (50 ms each) ran some 16
 * calls, about a second, between two checks. table.move, insert and
 * remove, and a plain string.find, now check the deadline and estimate
 * their work as the pattern functions do: a loop stops within a call or
 * two, a hook's single costly call is refused before it starts. */
static void test_c_loops_bounded(void **state)
{
    (void)state;
    static const struct {
        const char *script;
        const char *message;
    } loops[] = {
        {"while true do table.move({}, 1, 1048575, 2) end",
         "table.move: too costly for 1048575 elements: it could run past the plugin's time "
         "budget (250 ms)"},
        {"local t = {} for i = 1, 400000 do t[i] = i end\n"
         "while true do table.insert(t, 1, 0) end",
         "table.insert: too costly for 40"},
        {"local t = {} for i = 1, 400000 do t[i] = i end\n"
         "while true do table.remove(t, 1) end",
         "table.remove: too costly for 3"},
        {"local s, p = ('a'):rep(1048575), ('a'):rep(255) .. 'b'\n"
         "while true do s:find(p, 1, true) end",
         "string.find: plain search too costly for a subject of 1048575 bytes and a pattern "
         "of 256"},
    };
    for (size_t i = 0; i < sizeof loops / sizeof loops[0]; i++) {
        print_message("loop %zu: %s\n", i, loops[i].script);
        double t0 = now_s();
        catalog_t *c = load_text("cloop", loops[i].script);
        double took = now_s() - t0;
        print_message("  %.0f ms\n", took * 1e3);
        expect_refused(c, -1, loops[i].message);
        assert_true(took < 1.0);
        catalog_free(c);
    }

    /* in a hook-sized budget (20 ms here, so that a busy machine does not
     * spend it before the call): one costly call is refused before it
     * starts */
    sandbox_t sb;
    assert_int_equal(sandbox_open(&sb, "plugins/hook.lua", SANDBOX_MEM_BUDGET), 0);
    static const struct {
        const char *chunk;
        const char *message;
    } hook[] = {
        {"table.move({}, 1, 200000, 2)", "table.move: too costly for 200000 elements"},
        {"local s = ('ab'):rep(300000) s:find(('ab'):rep(100) .. 'c', 1, true)",
         "string.find: plain search too costly for a subject of 600000 bytes"},
    };
    for (size_t i = 0; i < sizeof hook / sizeof hook[0]; i++) {
        char err[256];
        int line;
        int rc = sandbox_run(&sb, hook[i].chunk, strlen(hook[i].chunk), 20, err, sizeof err, &line);
        print_message("hook %zu: %d %s\n", i, rc, err);
        assert_int_equal(rc, SANDBOX_ERR_TIMEOUT);
        assert_non_null(strstr(err, hook[i].message));
    }
    sandbox_close(&sb);

    /* appending and removing the last element shift nothing: not refused
     * on a long table; nor are a few shifts that fit */
    catalog_t *c =
        load_text("shift-ok", "local t = {} for i = 1, 400000 do t[i] = i end\n"
                              "for i = 1, 10 do table.insert(t, i) end\n"
                              "for i = 1, 10 do assert(table.remove(t) == 11 - i) end\n"
                              "table.insert(t, #t, 0) assert(table.remove(t, #t - 1) == 0)\n"
                              "assert(('abc'):find('c', 1, true) == 3)\n"
                              "local NAME = 'Uji'\n" GOOD_TAIL);
    expect_loaded(c);
    catalog_free(c);
}

/* A C function that spins for 20 ms of CPU without entering Lua. */
static int spin_20ms(lua_State *L)
{
    (void)L;
    struct timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    do
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    while ((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) < 20000000L);
    return 0;
}

static int quick(lua_State *L)
{
    (void)L;
    return 0;
}

/* 6c. A call measured from outside: whatever ran where no check reaches
 * (here a C function of 20 ms) and finished, is still an overrun of a
 * 5 ms budget; a quick call is not. */
static void test_call_measured(void **state)
{
    (void)state;
    sandbox_t sb;
    assert_int_equal(sandbox_open(&sb, "plugins/spin.lua", SANDBOX_MEM_BUDGET), 0);
    char err[256];
    int line;
    assert_int_equal(sandbox_call(&sb, quick, NULL, 5, err, sizeof err, &line), SANDBOX_OK);
    assert_int_equal(sandbox_call(&sb, spin_20ms, NULL, 5, err, sizeof err, &line),
                     SANDBOX_ERR_TIMEOUT);
    assert_non_null(strstr(err, "longer than its budget of 5 ms"));
    sandbox_close(&sb);
}

/* Standard error (where the log goes) into a temporary file, until
 * capture_end, which returns what was written (malloc'd). */
static int capture_fd = -1;
static FILE *capture_file;

static void capture_begin(void)
{
    fflush(stderr);
    capture_file = tmpfile();
    assert_non_null(capture_file);
    capture_fd = dup(2);
    assert_true(capture_fd >= 0);
    assert_int_equal(dup2(fileno(capture_file), 2), 2);
}

static char *capture_end(void)
{
    fflush(stderr);
    assert_int_equal(dup2(capture_fd, 2), 2);
    close(capture_fd);
    long len = ftell(capture_file);
    assert_true(len >= 0);
    char *out = calloc(1, (size_t)len + 1);
    assert_non_null(out);
    rewind(capture_file);
    assert_int_equal(fread(out, 1, (size_t)len, capture_file), (size_t)len);
    fclose(capture_file);
    return out;
}

/* Lines of `text` that contain `what`. */
static int count_lines(const char *text, const char *what)
{
    int n = 0;
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        char buf[1024];
        snprintf(buf, sizeof buf, "%.*s", (int)(len < sizeof buf ? len : sizeof buf - 1), line);
        if (strstr(buf, what))
            n++;
        line += len + (end ? 1 : 0);
    }
    return n;
}

/* 6e. Finding F8 of the third audit: a load that logs in a loop wrote
 * some 20,000 lines (7 MB) on every reload, a hook 450 a ticket. Now a
 * call (load or hook) writes at most 20 lines through mpp.log and print,
 * an agency 100 a minute, then one line says how many were dropped. */
static void test_log_limits(void **state)
{
    (void)state;
    capture_begin();
    catalog_t *c =
        load_text("flood", "local s = ('A'):rep(300) while true do mpp.log.warn(s) end\n");
    char *out = capture_end();
    expect_refused(c, 1, "took longer than 250 ms");
    catalog_free(c);
    assert_int_equal(count_lines(out, "AAAAAAAAAA"), SANDBOX_LOG_PER_CALL);
    assert_int_equal(count_lines(out, "plugins/flood.lua: "), SANDBOX_LOG_PER_CALL + 1);
    assert_int_equal(count_lines(out, "log lines dropped: a plugin writes at most 20 lines a "
                                      "call and 100 a minute"),
                     1);
    free(out);

    capture_begin();
    c = load_text("printer",
                  "for i = 1, 30 do print('baris ' .. i) end\nlocal NAME = 'Uji'\n" GOOD_TAIL);
    out = capture_end();
    assert_int_equal(c->n_errors, 0);
    catalog_free(c);
    assert_int_equal(count_lines(out, "plugins/printer.lua: baris "), 20);
    assert_int_equal(count_lines(out, "baris 20"), 1);
    assert_int_equal(count_lines(out, "baris 21"), 0);
    assert_int_equal(count_lines(out, "plugins/printer.lua: 10 log lines dropped"), 1);
    free(out);

    /* across calls of one state: 100 lines a minute; the dropped ones are
     * reported once the next minute has begun */
    sandbox_t sb;
    assert_int_equal(sandbox_open(&sb, "plugins/minute.lua", SANDBOX_MEM_BUDGET), 0);
    static const char chunk[] = "for i = 1, 25 do print('menit', i) end";
    char err[256];
    int line;
    capture_begin();
    for (int i = 0; i < 6; i++)
        assert_int_equal(sandbox_run(&sb, chunk, sizeof chunk - 1, 250, err, sizeof err, &line),
                         SANDBOX_OK);
    out = capture_end();
    /* 20 of each call's 25 until 100, a line for 5 dropped in each of
     * the first four calls, then 16 lines and nothing more (34 dropped) */
    assert_int_equal(count_lines(out, "plugins/minute.lua: menit"), 96);
    assert_int_equal(count_lines(out, "plugins/minute.lua: 5 log lines dropped"), 4);
    assert_int_equal(count_lines(out, "plugins/minute.lua: "), 100);
    free(out);
    sb.log_window_ms -= 61000; /* a minute later */
    static const char again[] = "print('lagi')";
    capture_begin();
    assert_int_equal(sandbox_run(&sb, again, sizeof again - 1, 250, err, sizeof err, &line),
                     SANDBOX_OK);
    out = capture_end();
    assert_int_equal(count_lines(out, "plugins/minute.lua: lagi"), 1);
    assert_int_equal(count_lines(out, "plugins/minute.lua: 34 log lines dropped"), 1);
    free(out);
    sandbox_close(&sb);
}

/* 7. Precompiled chunks are refused: plugins are source text. */
static void test_binary_chunk(void **state)
{
    (void)state;
    static const char bytecode[] = "\x1bLuaT\x00\x19\x93\r\n\x1a\n\x04\x08\x08x";
    catalog_t *c = load_bytes("binary", bytecode, sizeof bytecode - 1);
    expect_refused(c, 0, "precompiled (binary) chunks are refused");
    catalog_free(c);

    /* real bytecode, when the compiler is installed */
    char src[512], out[512], cmd[1200];
    snprintf(src, sizeof src, "%s/compiled-src.lua", tmpdir);
    snprintf(out, sizeof out, "%s/compiled.lua", tmpdir);
    FILE *f = fopen(src, "w");
    assert_non_null(f);
    fputs(GOOD_TAIL, f);
    fclose(f);
    snprintf(cmd, sizeof cmd, "luac5.4 -o '%s' '%s' 2>/dev/null", out, src);
    if (system(cmd) == 0) {
        c = plugin_load_file(out, NULL);
        expect_refused(c, 0, "precompiled (binary) chunks are refused");
        catalog_free(c);
    }
}

/* 8. Errors whose object is not a string, and errors without a line. */
static void test_error_objects(void **state)
{
    (void)state;
    catalog_t *c = load_text("errtable", "error({})\n");
    expect_refused(c, 0, "error object is not a string");
    catalog_free(c);

    c = load_text("errplain", "error('plain words', 0)\n");
    expect_refused(c, 0, "plain words");
    assert_string_equal(c->errors[0].message, "plain words");
    catalog_free(c);

    c = load_text("errline", "\n\nerror('at three')\n");
    expect_refused(c, 3, "at three");
    assert_string_equal(c->errors[0].message, "at three");
    catalog_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loop_stopped),    cmocka_unit_test(test_loop_pcall_stopped),
        cmocka_unit_test(test_memory_bombs),    cmocka_unit_test(test_globals_absent),
        cmocka_unit_test(test_metatables),      cmocka_unit_test(test_declaration_metamethods),
        cmocka_unit_test(test_pattern_bombs),   cmocka_unit_test(test_pattern_cost_bound),
        cmocka_unit_test(test_sort_cost_bound), cmocka_unit_test(test_log_limits),
        cmocka_unit_test(test_c_loops_bounded), cmocka_unit_test(test_call_measured),
        cmocka_unit_test(test_binary_chunk),    cmocka_unit_test(test_error_objects),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}

/*
 * test_visit_plan.c - the order of a visit (core/visit/plan.h): a step
 * after the steps that give what it needs; the giver of a missing document
 * added before the step needing it, unless the citizen has it; a renewal
 * takes the old document from the citizen; what to bring; a cycle named,
 * in a plan and across the whole hall;
 * unknown services and documents refused by name.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "visit/plan.h"

static char *dup(const char *s)
{
    char *d = malloc(strlen(s) + 1);
    strcpy(d, s);
    return d;
}

static void strings(catalog_strings_t *out, const char *const *items)
{
    size_t n = 0;
    while (items && items[n])
        n++;
    out->count = n;
    out->items = n ? calloc(n, sizeof *out->items) : NULL;
    for (size_t i = 0; i < n; i++)
        out->items[i] = dup(items[i]);
}

/* A service of the agency named before its '/', made when first seen
 * (services of one agency are declared together, as plugins do). */
static void service(catalog_t *c, const char *id, const char *const *needs,
                    const char *const *gives)
{
    size_t n = strcspn(id, "/");
    catalog_agency_t *a = c->n_agencies ? &c->agencies[c->n_agencies - 1] : NULL;
    if (!a || strncmp(a->id, id, n) != 0 || a->id[n]) {
        a = &c->agencies[c->n_agencies++];
        snprintf(a->id, sizeof a->id, "%.*s", (int)n, id);
        a->first_service = c->n_services;
    }
    a->n_services++;
    catalog_service_t *s = &c->services[c->n_services++];
    s->agency = (size_t)(a - c->agencies);
    snprintf(s->id, sizeof s->id, "%s", id);
    s->name = dup(id);
    s->kiosk = true;
    strings(&s->needs, needs);
    strings(&s->gives, gives);
}

static catalog_t *hall(void)
{
    catalog_t *c = calloc(1, sizeof *c);
    c->services = calloc(8, sizeof *c->services);
    c->agencies = calloc(8, sizeof *c->agencies);
    service(c, "dukcapil/kk-baru", (const char *[]){"buku-nikah", NULL},
            (const char *[]){"kk", NULL});
    service(c, "dukcapil/ktp-el-rekam", (const char *[]){"kk", NULL},
            (const char *[]){"ktp-el", NULL});
    service(c, "imigrasi/paspor-baru", (const char *[]){"ktp-el", "kk", NULL},
            (const char *[]){"paspor", NULL});
    service(c, "kemenag/nikah", NULL, (const char *[]){"buku-nikah", NULL});
    service(c, "samsat/balik-nama", (const char *[]){"stnk", NULL}, (const char *[]){"stnk", NULL});
    service(c, "x/a", (const char *[]){"npwp", NULL}, (const char *[]){"nib", NULL});
    service(c, "x/b", (const char *[]){"nib", NULL}, (const char *[]){"npwp", NULL});
    return c;
}

static const char *step(const visit_plan_t *p, size_t i)
{
    return p->steps[i].service->id;
}

static void passport_without_family_card(void **state)
{
    (void)state;
    catalog_t *c = hall();
    visit_plan_t p;
    char err[200];
    const char *want[] = {"imigrasi/paspor-baru"}, *have[] = {"buku-nikah"};
    assert_int_equal(visit_plan_make(c, want, 1, have, 1, &p, err, sizeof err), VISIT_OK);
    assert_int_equal(p.n_steps, 3);
    assert_string_equal(step(&p, 0), "dukcapil/kk-baru");
    assert_string_equal(step(&p, 1), "dukcapil/ktp-el-rekam");
    assert_string_equal(step(&p, 2), "imigrasi/paspor-baru");
    assert_true(p.steps[0].added);
    assert_non_null(strstr(p.steps[0].why, "Kartu Keluarga"));
    assert_int_equal(p.n_bring, 1);
    assert_string_equal(p.bring[0], "buku-nikah");
    assert_false(p.cycle);
    /* with a family card and an ID in hand: the passport alone */
    const char *have2[] = {"kk", "ktp-el"};
    assert_int_equal(visit_plan_make(c, want, 1, have2, 2, &p, err, sizeof err), VISIT_OK);
    assert_int_equal(p.n_steps, 1);
    assert_int_equal(p.n_bring, 2);
    catalog_free(c);
}

static void asked_order_kept_where_free(void **state)
{
    (void)state;
    catalog_t *c = hall();
    visit_plan_t p;
    char err[200];
    /* asked in the wrong order: the marriage book comes first */
    const char *want[] = {"dukcapil/kk-baru", "kemenag/nikah"};
    assert_int_equal(visit_plan_make(c, want, 2, NULL, 0, &p, err, sizeof err), VISIT_OK);
    assert_int_equal(p.n_steps, 2);
    assert_string_equal(step(&p, 0), "kemenag/nikah");
    assert_string_equal(step(&p, 1), "dukcapil/kk-baru");
    assert_int_equal(p.n_bring, 0);
    /* a renewal takes the old document from the citizen, adds nothing */
    const char *renew[] = {"samsat/balik-nama"};
    assert_int_equal(visit_plan_make(c, renew, 1, NULL, 0, &p, err, sizeof err), VISIT_OK);
    assert_int_equal(p.n_steps, 1);
    assert_string_equal(p.bring[0], "stnk");
    catalog_free(c);
}

static void cycles_and_refusals(void **state)
{
    (void)state;
    catalog_t *c = hall();
    visit_plan_t p;
    char err[200];
    const char *cyc[] = {"x/a", "x/b"};
    assert_int_equal(visit_plan_make(c, cyc, 2, NULL, 0, &p, err, sizeof err), VISIT_OK);
    assert_true(p.cycle);
    assert_int_equal(p.n_steps, 2);
    const char *unknown[] = {"imigrasi/paspor-palsu"};
    assert_int_equal(visit_plan_make(c, unknown, 1, NULL, 0, &p, err, sizeof err), VISIT_EUNKNOWN);
    assert_non_null(strstr(err, "paspor-palsu"));
    const char *want[] = {"kemenag/nikah"}, *bad[] = {"kartu-sakti"};
    assert_int_equal(visit_plan_make(c, want, 1, bad, 1, &p, err, sizeof err), VISIT_EUNKNOWN);
    assert_non_null(strstr(err, "kartu-sakti"));
    const char *twice[] = {"kemenag/nikah", "kemenag/nikah"};
    assert_int_equal(visit_plan_make(c, twice, 2, NULL, 0, &p, err, sizeof err), VISIT_EDUPLICATE);
    catalog_free(c);
}

/* The hall-wide check: the test hall's x/a and x/b need each other's
 * document; without them the hall has none (a renewal, samsat/balik-nama
 * giving what it needs, is no cycle). */
static void cycle_across_the_hall(void **state)
{
    (void)state;
    catalog_t *c = hall();
    char why[200] = "";
    assert_int_equal(visit_plan_hall_cycle(c, why, sizeof why), 1);
    assert_non_null(strstr(why, "x/a"));
    assert_non_null(strstr(why, "x/b"));
    const char *first = why, *last = strrchr(why, ' ') + 1;
    assert_memory_equal(first, last, strlen(last)); /* it ends where it began */
    /* x/a and x/b are the last two services */
    c->n_services -= 2;
    c->agencies[c->n_agencies - 1].n_services -= 2;
    assert_int_equal(visit_plan_hall_cycle(c, why, sizeof why), 0);
    c->n_services += 2;
    c->agencies[c->n_agencies - 1].n_services += 2;
    catalog_free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(passport_without_family_card),
        cmocka_unit_test(asked_order_kept_where_free),
        cmocka_unit_test(cycles_and_refusals),
        cmocka_unit_test(cycle_across_the_hall),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

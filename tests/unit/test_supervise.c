/*
 * test_supervise.c - the hall live over a real engine on a set clock
 * (test_engine_fixture.h): pause reasons (none listed, listed, by id or
 * name, refused), the amber and red thresholds, and a look at the hall:
 * a running ticket against its standard, the typical wait and the alert of
 * a wait past twice it, a pause past its reason's limit, tickets no open
 * counter serves, and the agency filter.
 */
#include "test_engine_fixture.h"

#include "supervise/supervise.h"

static void reasons_config(config_t *cfg)
{
    config_defaults(cfg);
    snprintf(cfg->pause_reasons[0].id, sizeof cfg->pause_reasons[0].id, "ishoma");
    snprintf(cfg->pause_reasons[0].name, sizeof cfg->pause_reasons[0].name, "ISHOMA");
    cfg->pause_reasons[0].max_minutes = 60;
    snprintf(cfg->pause_reasons[1].id, sizeof cfg->pause_reasons[1].id, "sholat-jumat");
    snprintf(cfg->pause_reasons[1].name, sizeof cfg->pause_reasons[1].name, "Sholat Jumat");
    cfg->pause_reasons[1].max_minutes = 0;
    cfg->n_pause_reasons = 2;
    cfg->alert_wait_floor_min = 0;
}

/* 1: with no reasons listed a pause takes none; listed, one of them. */
static void test_reasons(void **state)
{
    (void)state;
    static config_t cfg;
    config_defaults(&cfg);
    supervise_t *sv;
    assert_int_equal(supervise_new(&sv, &cfg), SUPERVISE_OK);
    const char *id = "x";
    char msg[256];
    assert_int_equal(supervise_reason_check(sv, NULL, &id, msg, sizeof msg), SUPERVISE_OK);
    assert_null(id);
    assert_int_equal(supervise_reason_check(sv, "ishoma", &id, msg, sizeof msg),
                     SUPERVISE_EUNKNOWN);
    assert_non_null(strstr(msg, "lists no pause reasons"));
    supervise_free(sv);

    reasons_config(&cfg);
    assert_int_equal(supervise_new(&sv, &cfg), SUPERVISE_OK);
    assert_int_equal(supervise_reason_check(sv, "", &id, msg, sizeof msg), SUPERVISE_OK);
    assert_null(id); /* the contract's pause without a body */
    assert_int_equal(supervise_reason_check(sv, "tidur", &id, msg, sizeof msg), SUPERVISE_EUNKNOWN);
    assert_non_null(strstr(msg, "'tidur' is not a pause reason"));
    assert_non_null(strstr(msg, "\"ishoma\", \"sholat-jumat\""));
    assert_int_equal(supervise_reason_check(sv, "ISHOMA", &id, msg, sizeof msg), SUPERVISE_OK);
    assert_string_equal(id, "ishoma");
    assert_int_equal(supervise_reason_check(sv, "Sholat Jumat", &id, msg, sizeof msg),
                     SUPERVISE_OK);
    assert_string_equal(id, "sholat-jumat");
    assert_int_equal(supervise_reason_check(sv, "sholat_jumat", &id, msg, sizeof msg),
                     SUPERVISE_OK);
    assert_int_equal(supervise_reason_check(sv, "sholat", &id, msg, sizeof msg),
                     SUPERVISE_EUNKNOWN);
    supervise_free(sv);
}

/* 2: amber from 80% of the standard, red past it. */
static void test_levels(void **state)
{
    (void)state;
    assert_int_equal(supervise_level(0, 900), SUPERVISE_LEVEL_OK);
    assert_int_equal(supervise_level(719, 900), SUPERVISE_LEVEL_OK);
    assert_int_equal(supervise_level(720, 900), SUPERVISE_LEVEL_AMBER);
    assert_int_equal(supervise_level(900, 900), SUPERVISE_LEVEL_AMBER); /* at it: within */
    assert_int_equal(supervise_level(901, 900), SUPERVISE_LEVEL_RED);
    assert_int_equal(supervise_level(5000, 0), SUPERVISE_LEVEL_NONE);
    assert_string_equal(supervise_level_name(SUPERVISE_LEVEL_RED), "red");
    assert_null(supervise_level_name(SUPERVISE_LEVEL_NONE));
}

static const supervise_alert_t *find_alert(const supervise_view_t *v, supervise_alert_kind_t k)
{
    for (size_t i = 0; i < v->n_alerts; i++)
        if (v->alerts[i].kind == k)
            return &v->alerts[i];
    return NULL;
}

static void pause_with(fx_t *f, int counter, const char *reason, int64_t now)
{
    queue_counter_req_t req = {.counter = counter,
                               .action = QUEUE_ACT_PAUSE,
                               .staff = "staff-s1",
                               .session = "s1",
                               .reason = reason};
    const queue_counter_t *c;
    assert_int_equal(queue_counter_act(f->q, &req, now, &c), QUEUE_OK);
    assert_string_equal(c->pause_reason, reason);
    assert_true(c->paused_at == now);
}

/* 3: a look at the hall on a set clock. */
static void test_look(void **state)
{
    (void)state;
    static config_t cfg;
    reasons_config(&cfg);
    supervise_t *sv;
    assert_int_equal(supervise_new(&sv, &cfg), SUPERVISE_OK);
    fx_t *f = fx_new(FX_ALLDAY);

    /* five Dukcapil tickets called after 2, 4, 6, 8 and 10 minutes */
    fx_act(f, 1, QUEUE_ACT_OPEN, fx_mon(8, 0));
    for (int i = 0; i < 5; i++)
        fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(8, 0));
    for (int i = 1; i <= 5; i++) {
        fx_call(f, 1, fx_mon(8, 2 * i));
        fx_act(f, 1, QUEUE_ACT_FINISH, fx_mon(8, 2 * i));
    }
    fx_issue(f, "dukcapil/ktp", PRIORITY_NONE, fx_mon(8, 10));
    pause_with(f, 1, "ishoma", fx_mon(8, 10));
    /* BPJS: a 5-minute service under way */
    fx_act(f, 4, QUEUE_ACT_OPEN, fx_mon(8, 0));
    fx_issue(f, "bpjs/klaim", PRIORITY_NONE, fx_mon(8, 0));
    fx_call(f, 4, fx_mon(8, 20));

    supervise_view_t v;
    int64_t now = fx_mon(8, 24) + 30 * 1000; /* 4.5 minutes into the klaim */
    assert_int_equal(supervise_look(sv, f->q, f->cat, now, NULL, &v), SUPERVISE_OK);
    assert_int_equal(v.n_agencies, 2);
    assert_int_equal(v.n_counters, FX_COUNTERS);
    const supervise_agency_t *duk = &v.agencies[0];
    assert_string_equal(duk->agency->id, "dukcapil");
    assert_int_equal(duk->waiting, 1);
    assert_int_equal(duk->typical_s, 6 * 60);
    assert_int_equal(duk->threshold_s, 12 * 60);
    assert_int_equal(duk->paused, 1);
    assert_int_equal(duk->open, 0);
    const supervise_counter_t *c4 = &v.counters[v.agencies[1].first];
    assert_int_equal(c4->counter->number, 4);
    assert_int_equal(c4->ticket_s, 270);
    assert_int_equal(c4->standard_s, 300);
    assert_int_equal(c4->level, SUPERVISE_LEVEL_AMBER);
    const supervise_alert_t *wait = find_alert(&v, SUPERVISE_ALERT_LONG_WAIT);
    assert_non_null(wait); /* 14.5 minutes against 12 */
    assert_int_equal(wait->tickets, 1);
    assert_string_equal(wait->number, "A-006");
    assert_int_equal(wait->for_s, 14 * 60 + 30);
    const supervise_alert_t *none = find_alert(&v, SUPERVISE_ALERT_NO_COUNTER);
    assert_non_null(none); /* counter 1 paused, 2 and 3 closed */
    assert_string_equal(none->service, "dukcapil/ktp");
    assert_null(find_alert(&v, SUPERVISE_ALERT_LONG_PAUSE)); /* 14.5 of 60 minutes */

    now = fx_mon(9, 11);
    assert_int_equal(supervise_look(sv, f->q, f->cat, now, NULL, &v), SUPERVISE_OK);
    const supervise_alert_t *pause = find_alert(&v, SUPERVISE_ALERT_LONG_PAUSE);
    assert_non_null(pause);
    assert_int_equal(pause->counter, 1);
    assert_string_equal(pause->reason, "ishoma");
    assert_int_equal(pause->for_s, 61 * 60);
    assert_int_equal(pause->limit_s, 60 * 60);
    assert_int_equal(v.counters[0].paused_s, 61 * 60);
    assert_int_equal(v.counters[0].pause_limit_s, 60 * 60);
    assert_int_equal(v.counters[v.agencies[1].first].level, SUPERVISE_LEVEL_RED);

    /* one agency: its counters, its alerts */
    assert_int_equal(supervise_look(sv, f->q, f->cat, now, "bpjs", &v), SUPERVISE_OK);
    assert_int_equal(v.n_agencies, 1);
    assert_int_equal(v.n_counters, 2);
    assert_int_equal(v.n_alerts, 0);

    /* a reason without a limit never raises an alert; resuming clears it */
    fx_act(f, 1, QUEUE_ACT_RESUME, now);
    assert_string_equal(queue_counter_get(f->q, 1)->pause_reason, "");
    pause_with(f, 1, "sholat-jumat", now);
    assert_int_equal(supervise_look(sv, f->q, f->cat, now + 5 * 3600 * 1000, NULL, &v),
                     SUPERVISE_OK);
    assert_null(find_alert(&v, SUPERVISE_ALERT_LONG_PAUSE));
    fx_free(f);
    supervise_free(sv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reasons),
        cmocka_unit_test(test_levels),
        cmocka_unit_test(test_look),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

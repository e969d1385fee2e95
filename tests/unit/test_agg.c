/*
 * test_agg.c - the province view (core/agg/view.h) on a real store in a
 * folder of its own: each hall's events apply in seq order only (a repeat
 * is dropped, one past a gap waits), a new epoch starts the hall again from
 * seq 1, the figures follow the events (waiting, issued, served, counters
 * open, medians to the minute, the month's IKM, a new day), and all of it
 * survives a reopen.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg/view.h"

static char dir[64];

static view_t *open_view(void)
{
    view_t *v = NULL;
    char err[256];
    assert_int_equal(view_open(&v, dir, err, sizeof err), 0);
    return v;
}

/* A ticket event of agency `agency` with `waiting` left, at hh:mm. */
static view_verdict_t ev(view_t *v, const char *id, const char *type, const char *agency,
                         int waiting, const char *day, const char *extra)
{
    char json[1024];
    snprintf(
        json, sizeof json,
        "{\"type\":\"%s\",\"seq\":0,\"at\":\"%sT09:00:00+07:00\",\"ticket\":{\"agency\":\"%s\","
        "\"issued_at\":\"%sT08:00:00+07:00\",\"called_at\":\"%sT08:20:10+07:00\","
        "\"started_at\":\"%sT08:21:00+07:00\",\"finished_at\":\"%sT08:31:30+07:00\"},"
        "\"agencies\":[{\"id\":\"%s\",\"serving\":\"A-001\",\"waiting\":%d}]%s}",
        type, day, agency, day, day, day, day, agency, waiting, extra);
    return view_apply(v, id, json, strlen(json), 3);
}

static json_t *hall_of(view_t *v, const char *id)
{
    json_t *all = view_halls_json(v), *h;
    size_t i;
    json_array_foreach(json_object_get(all, "halls"), i,
                       h) if (strcmp(json_string_value(json_object_get(h, "hall")), id) == 0)
    {
        json_incref(h);
        json_decref(all);
        return h;
    }
    json_decref(all);
    return NULL;
}

static int64_t num(json_t *o, const char *k)
{
    return json_integer_value(json_object_get(o, k));
}

static void order_and_repeats(void **state)
{
    (void)state;
    view_t *v = open_view();
    const char *d = "2026-12-07";
    assert_int_equal(ev(v, "pbg:e1:1", "ticket.issued", "dukcapil", 1, d, ""), VIEW_APPLIED);
    assert_int_equal(ev(v, "pbg:e1:2", "ticket.issued", "dukcapil", 2, d, ""), VIEW_APPLIED);
    assert_int_equal(ev(v, "pbg:e1:2", "ticket.issued", "dukcapil", 2, d, ""), VIEW_DUPLICATE);
    assert_int_equal(ev(v, "pbg:e1:4", "ticket.finished", "dukcapil", 0, d, ""), VIEW_GAP);
    assert_int_equal(ev(v, "pbg:e1:3", "ticket.called", "dukcapil", 1, d,
                        ",\"counter\":{\"number\":1,\"agency\":\"dukcapil\",\"status\":\"open\"}"),
                     VIEW_APPLIED);
    assert_int_equal(ev(v, "pbg:e1:4", "ticket.finished", "dukcapil", 1, d, ""), VIEW_APPLIED);
    assert_int_equal(ev(v, "pbg:e0:5", "ticket.issued", "dukcapil", 1, d, ""), VIEW_FOREIGN);
    const char *answer =
        "{\"type\":\"survey.answered\",\"at\":\"2026-12-07T10:00:00+07:00\","
        "\"agency\":\"dukcapil\",\"service\":\"dukcapil/ktp\",\"scores\":[4,4,4,4,4,4,"
        "4,4,3]}";
    assert_int_equal(view_apply(v, "pbg:e1:5", answer, strlen(answer), 0), VIEW_APPLIED);
    assert_int_equal(view_apply(v, "no id", "{}", 2, 0), VIEW_BAD);
    assert_int_equal(view_apply(v, "pbg:e1:6", "not json", 8, 0), VIEW_BAD);
    assert_int_equal(view_commit(v), 0);
    view_close(v);

    v = open_view(); /* what was committed is there after a reopen */
    json_t *h = hall_of(v, "pbg");
    assert_non_null(h);
    assert_int_equal(num(h, "events"), 5);
    assert_int_equal(num(h, "last_seq"), 5);
    json_t *ikm = json_object_get(h, "ikm"); /* (8 x 4 + 3) / 9 x 25 = 97.22 */
    assert_string_equal(json_string_value(json_object_get(ikm, "period")), "2026-12");
    assert_int_equal(num(ikm, "respondents"), 1);
    assert_true(json_real_value(json_object_get(ikm, "value")) == 97.22);
    assert_string_equal(json_string_value(json_object_get(ikm, "grade")), "A");
    assert_int_equal(num(h, "waiting"), 1);
    assert_int_equal(num(h, "issued_today"), 2);
    assert_int_equal(num(h, "served_today"), 1);
    assert_int_equal(num(h, "counters_open"), 1);
    assert_int_equal(num(h, "median_wait_s"), 20 * 60 + 30);    /* 20 min 10 s */
    assert_int_equal(num(h, "median_service_s"), 10 * 60 + 30); /* 10 min 30 s */
    json_decref(h);
    assert_int_equal(ev(v, "pbg:e1:4", "ticket.finished", "dukcapil", 1, d, ""), VIEW_DUPLICATE);

    /* the next day: today's figures start again, waiting stays as told */
    assert_int_equal(ev(v, "pbg:e1:6", "ticket.issued", "dukcapil", 2, "2026-12-08", ""),
                     VIEW_APPLIED);
    h = hall_of(v, "pbg");
    assert_int_equal(num(h, "issued_today"), 1);
    assert_int_equal(num(h, "served_today"), 0);
    assert_true(json_is_null(json_object_get(h, "median_wait_s")));
    assert_int_equal(num(json_object_get(h, "ikm"), "respondents"), 1); /* the month goes on */
    json_decref(h);

    /* a new epoch from seq 1: the hall's history starts again */
    assert_int_equal(ev(v, "pbg:e2:1", "ticket.issued", "dukcapil", 1, d, ""), VIEW_APPLIED);
    h = hall_of(v, "pbg");
    assert_int_equal(num(h, "events"), 1);
    assert_string_equal(json_string_value(json_object_get(h, "epoch")), "e2");
    json_decref(h);
    view_close(v); /* not committed: the reopen has the day before */
    v = open_view();
    h = hall_of(v, "pbg");
    assert_int_equal(num(h, "last_seq"), 5);
    json_decref(h);
    view_close(v);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/mpp-agg-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(order_and_repeats, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

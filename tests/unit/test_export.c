/*
 * test_export.c - the event as it leaves the hall (core/export/export.h):
 * the staff id and booking codes stay in the hall, everything else goes
 * as the log has it; and the Nats-Msg-Id "<hall>:<epoch>:<seq>" read back,
 * with every malformed shape refused.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "export/export.h"

static char *public_of(const char *json, char type[64])
{
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(export_event_public(json, strlen(json), &out, &len, type), 0);
    assert_int_equal(strlen(out), len);
    return out;
}

static void staff_and_booking_codes_stay(void **state)
{
    (void)state;
    char type[64];
    char *out = public_of("{\"type\":\"ticket.called\",\"seq\":7,\"ticket\":{\"number\":\"A-001\","
                          "\"booking\":\"BK-7QK3\"},\"counter\":{\"number\":1,\"ticket\":{"
                          "\"booking\":\"BK-7QK3\"}},\"staff\":\"ani\"}",
                          type);
    assert_string_equal(type, "ticket.called");
    assert_null(strstr(out, "BK-7QK3"));
    assert_null(strstr(out, "ani"));
    assert_non_null(strstr(out, "\"number\":\"A-001\""));
    assert_non_null(strstr(out, "\"booking\":true"));
    free(out);
    out = public_of("{\"type\":\"booking.missed\",\"seq\":8,\"agency\":\"uji\",\"booking\":"
                    "\"BK-9ZZ2\",\"service\":\"uji/layanan\"}",
                    type);
    assert_string_equal(type, "booking.missed");
    assert_null(strstr(out, "BK-9ZZ2"));
    assert_non_null(strstr(out, "\"service\":\"uji/layanan\""));
    free(out);
    out = public_of("{\"type\":\"ticket.issued\",\"ticket\":{\"booking\":null}}", type);
    assert_non_null(strstr(out, "\"booking\":null"));
    free(out);
    /* a running text that quotes the words is text, not a key */
    const char *text = "{\"type\":\"board.text\",\"text\":\"say \\\"booking\\\":\\\"x\\\"\","
                       "\"staff\":\"admin\"}";
    out = public_of(text, type);
    assert_string_equal(out,
                        "{\"type\":\"board.text\",\"text\":\"say \\\"booking\\\":\\\"x\\\"\"}");
    free(out);
}

static void not_an_event_is_refused(void **state)
{
    (void)state;
    const char *bad[] = {"",
                         "[]",
                         "{\"seq\":1}",
                         "{\"type\":\"\"}",
                         "{\"type\":\"a b\"}",
                         "{\"type\":\"mpp.>\"}",
                         "{\"type\":7}",
                         "{\"type\":\"x\""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char *out = NULL, type[64];
        size_t len = 0;
        assert_int_equal(export_event_public(bad[i], strlen(bad[i]), &out, &len, type), -1);
        assert_null(out);
    }
}

static void msg_ids(void **state)
{
    (void)state;
    char hall[64], epoch[64];
    uint64_t seq = 0;
    assert_int_equal(export_msg_id_parse("purbalingga:4f62e0:1042", hall, epoch, &seq), 0);
    assert_string_equal(hall, "purbalingga");
    assert_string_equal(epoch, "4f62e0");
    assert_int_equal(seq, 1042);
    const char *bad[] = {NULL,   "",       "a:b",    ":e:1",   "h::1",
                         "h:e:", "h:e:-1", "h:e:1x", "h:e: 1", "h:e:18446744073709551616"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(export_msg_id_parse(bad[i], hall, epoch, &seq), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(staff_and_booking_codes_stay),
        cmocka_unit_test(not_an_event_is_refused),
        cmocka_unit_test(msg_ids),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * test_booking_record.c - the store's byte form of a booking: written and
 * read back whole, refused when cut short, padded, of another version or
 * out of range, and fed random and mutated bytes that must never be read
 * past (ASan watches) and, when accepted, must write back the same bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "booking/record.h"
#include "test_booking_fixture.h"

static size_t encode(const booking_t *b, uint8_t *buf)
{
    size_t len = 0;
    assert_int_equal(booking_record_encode(b, buf, BOOKING_RECORD_MAX, &len), BOOKING_OK);
    assert_true(len > 0 && len <= BOOKING_RECORD_MAX);
    return len;
}

/* Decodes len bytes from a copy of exactly that size, so ASan sees any
 * read past the end. */
static int decode_exact(const uint8_t *bytes, size_t len, booking_t *out)
{
    uint8_t *copy = fx_exact_copy(bytes, len);
    int rc = booking_record_decode(copy, len, out);
    free(copy);
    return rc;
}

/* 1: every field comes back; the first byte is the version. */
static void test_round_trip(void **state)
{
    (void)state;
    booking_t b = fx_booking(), back;
    uint8_t buf[BOOKING_RECORD_MAX];
    size_t len = encode(&b, buf);
    assert_int_equal(buf[0], BOOKING_RECORD_VERSION);
    assert_true(len < 160); /* compact: the strings and about 40 bytes */
    assert_int_equal(decode_exact(buf, len, &back), BOOKING_OK);
    fx_assert_same(&b, &back);

    /* an erased, cancelled booking without NIK or ticket */
    b.status = BOOKING_STATUS_CANCELLED;
    b.erased = true;
    b.notify = false;
    b.phone[0] = b.nik[0] = b.name[0] = '\0';
    b.ticket_id = 0;
    len = encode(&b, buf);
    assert_int_equal(decode_exact(buf, len, &back), BOOKING_OK);
    fx_assert_same(&b, &back);
}

/* 2: the longest fields and numbers fit in BOOKING_RECORD_MAX. */
static void test_longest_record(void **state)
{
    (void)state;
    booking_t b = fx_booking(), back;
    memset(b.service, 's', sizeof b.service - 1);
    memset(b.name, 'n', sizeof b.name - 1);
    b.id = UINT64_MAX;
    b.ticket_id = UINT64_MAX;
    b.date = CALENDAR_DATE_MAX;
    b.start_ms = 0;
    b.end_ms = b.created_ms = b.updated_ms = CALENDAR_MS_MAX;
    b.checkin_before_min = b.checkin_after_min = 1440;
    uint8_t buf[BOOKING_RECORD_MAX];
    size_t len = encode(&b, buf);
    assert_int_equal(decode_exact(buf, len, &back), BOOKING_OK);
    fx_assert_same(&b, &back);
    /* a buffer one byte short is refused, not overrun */
    size_t short_len;
    assert_int_equal(booking_record_encode(&b, buf, len - 1, &short_len), BOOKING_EINVAL);
}

/* 3: every cut, an extra byte, another version. */
static void test_truncated_and_padded(void **state)
{
    (void)state;
    booking_t b = fx_booking(), back;
    uint8_t buf[BOOKING_RECORD_MAX + 1];
    size_t len = encode(&b, buf);
    for (size_t cut = 0; cut < len; cut++) {
        back.id = 99;
        assert_int_equal(decode_exact(buf, cut, &back), BOOKING_EINVAL);
        assert_int_equal(back.id, 0); /* zeroed, not half-filled */
    }
    buf[len] = 0;
    assert_int_equal(decode_exact(buf, len + 1, &back), BOOKING_EINVAL);
    for (int v = 0; v < 256; v++) {
        buf[0] = (uint8_t)v;
        assert_int_equal(decode_exact(buf, len, &back),
                         v == BOOKING_RECORD_VERSION ? BOOKING_OK : BOOKING_EINVAL);
    }
}

/* 4: values the reader must not take: an unknown status or flag, a varint
 * with a needless zero byte or past 64 bits, a NUL inside a string, a
 * string longer than its field. */
static void test_bad_fields(void **state)
{
    (void)state;
    booking_t b = fx_booking(), back;
    b.id = 5;
    uint8_t buf[BOOKING_RECORD_MAX + 16];
    size_t len = encode(&b, buf);
    if (len < 16 || len > BOOKING_RECORD_MAX) { /* tells the optimiser too */
        fail();
        return;
    }
    assert_int_equal(buf[1], 5); /* the id, one byte */

    uint8_t bad[sizeof buf + 16];
    /* id 5 written 0x85 0x00: the same number, not in its shortest form */
    bad[0] = 1;
    bad[1] = 0x85;
    bad[2] = 0x00;
    memcpy(bad + 3, buf + 2, len - 2);
    assert_int_equal(decode_exact(bad, len + 1, &back), BOOKING_EINVAL);
    /* an id of 10 bytes whose last carries a bit past 64 */
    bad[0] = 1;
    memset(bad + 1, 0xff, 9);
    bad[10] = 0x02;
    memcpy(bad + 11, buf + 2, len - 2);
    assert_int_equal(decode_exact(bad, len + 9, &back), BOOKING_EINVAL);
    bad[10] = 0x01; /* UINT64_MAX itself is fine */
    assert_int_equal(decode_exact(bad, len + 9, &back), BOOKING_OK);
    assert_true(back.id == UINT64_MAX);

    /* status and flags follow the 7 numbers; find them by encoding */
    size_t at = len - (1 + strlen(b.name)) - (1 + strlen(b.nik)) - (1 + strlen(b.phone)) -
                (1 + strlen(b.token)) - (1 + strlen(b.code)) - (1 + strlen(b.service)) - 2 - 2;
    assert_int_equal(buf[at], b.status);
    memcpy(bad, buf, len);
    bad[at] = BOOKING_STATUS__COUNT;
    assert_int_equal(decode_exact(bad, len, &back), BOOKING_EINVAL);
    memcpy(bad, buf, len);
    bad[at + 1] = 4; /* an unknown flag */
    assert_int_equal(decode_exact(bad, len, &back), BOOKING_EINVAL);
    memcpy(bad, buf, len);
    bad[at + 2] = 0xa1; /* before: 1441 minutes (0xa1 0x0b), after eaten */
    bad[at + 3] = 0x0b;
    assert_int_equal(decode_exact(bad, len, &back), BOOKING_EINVAL);

    /* a NUL inside the name; a name one byte longer than its field */
    memcpy(bad, buf, len);
    bad[len - 3] = '\0';
    assert_int_equal(decode_exact(bad, len, &back), BOOKING_EINVAL);
    booking_t big = fx_booking();
    memset(big.name, 'n', sizeof big.name - 1);
    len = encode(&big, buf);
    size_t name_at = len - (sizeof big.name - 1) - 2; /* its 2-byte length */
    assert_int_equal(buf[name_at], ((sizeof big.name - 1) & 0x7f) | 0x80);
    buf[name_at] = (uint8_t)((sizeof big.name & 0x7f) | 0x80);
    buf[len] = 'n';
    assert_int_equal(decode_exact(buf, len + 1, &back), BOOKING_EINVAL);
}

/* 5: records the encoder will not write. */
static void test_encode_refuses(void **state)
{
    (void)state;
    uint8_t buf[BOOKING_RECORD_MAX];
    size_t len;
    booking_t cases[11];
    for (size_t i = 0; i < 11; i++)
        cases[i] = fx_booking();
    cases[0].start_ms = -1;
    cases[1].end_ms = cases[1].start_ms - 1;
    cases[2].status = BOOKING_STATUS__COUNT;
    cases[3].code[0] = '\0';
    cases[4].token[0] = '\0';
    cases[5].service[0] = '\0';
    memset(cases[6].phone, '1', sizeof cases[6].phone); /* no NUL */
    cases[7].checkin_after_min = 1441;
    cases[8].date = -1;
    cases[9].end_ms = CALENDAR_MS_MAX + 1;
    cases[10].updated_ms = INT64_MAX;
    for (size_t i = 0; i < 11; i++)
        assert_int_equal(booking_record_encode(&cases[i], buf, sizeof buf, &len), BOOKING_EINVAL);
}

/* 6: random bytes, and a valid record mutated at random: decode never
 * reads past the end, refuses or accepts, and what it accepts writes back
 * byte for byte. */
static void test_fuzz_decode(void **state)
{
    (void)state;
    fx_rng_t g;
    fx_random(&g, 2026);
    uint8_t in[BOOKING_RECORD_MAX + 8], out[BOOKING_RECORD_MAX];
    booking_t b;
    size_t accepted = 0;
    for (int i = 0; i < 60000; i++) {
        size_t len = (size_t)(fx_next(&g) % sizeof in);
        fx_random_fill(&g, in, len);
        if (i % 2)
            in[0] = BOOKING_RECORD_VERSION; /* get past the first byte */
        if (decode_exact(in, len, &b) == BOOKING_OK)
            accepted++;
    }

    booking_t base = fx_booking();
    uint8_t valid[BOOKING_RECORD_MAX];
    size_t vlen = encode(&base, valid);
    for (int i = 0; i < 60000; i++) {
        size_t len = vlen;
        memcpy(in, valid, vlen);
        int edits = 1 + (int)(fx_next(&g) % 3);
        for (int e = 0; e < edits; e++) {
            uint64_t r = fx_next(&g);
            size_t pos = (size_t)(r % len);
            switch ((r >> 32) % 4) {
            case 0: in[pos] ^= (uint8_t)(1u << ((r >> 40) % 8)); break; /* flip a bit */
            case 1: in[pos] = (uint8_t)(r >> 48); break;                /* a new byte */
            case 2: len = pos; break;                                   /* cut */
            default: /* drop one */ memmove(in + pos, in + pos + 1, len - pos - 1); len--;
            }
            if (len == 0)
                break;
        }
        if (decode_exact(in, len, &b) != BOOKING_OK)
            continue;
        accepted++;
        size_t olen;
        assert_int_equal(booking_record_encode(&b, out, sizeof out, &olen), BOOKING_OK);
        assert_int_equal(olen, len);
        assert_memory_equal(out, in, len);
    }
    assert_true(accepted > 1000); /* the property was exercised, not skipped */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),           cmocka_unit_test(test_longest_record),
        cmocka_unit_test(test_truncated_and_padded), cmocka_unit_test(test_bad_fields),
        cmocka_unit_test(test_encode_refuses),       cmocka_unit_test(test_fuzz_decode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

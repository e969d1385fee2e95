/*
 * test_notify_record.c - the store's byte form of a message: written and
 * read back whole without the phone (its owner keeps it), or with it from a
 * record of version 1; refused when cut short, padded, of another version or
 * out of range, and fed random and mutated bytes that must never be read
 * past (ASan watches) and, when accepted, must write back the same bytes.
 * A "sent" record (the time and the attempts as text) reads back as
 * written and is refused when it is anything else.
 */
#include <stdlib.h>

#include "test_notify_fixture.h"

static size_t encode(const notify_msg_t *m, uint8_t *buf)
{
    size_t len = 0;
    assert_int_equal(notify_record_encode(m, buf, NOTIFY_RECORD_MAX, &len), NOTIFY_OK);
    assert_true(len > 0 && len <= NOTIFY_RECORD_MAX);
    return len;
}

/* Decodes len bytes from a copy of exactly that size, so ASan sees any
 * read past the end. */
static int decode_exact(const uint8_t *bytes, size_t len, notify_msg_t *out)
{
    uint8_t *copy = fx_exact_copy(bytes, len);
    int rc = notify_record_decode(copy, len, out);
    free(copy);
    return rc;
}

/* The bytes of v as a varint. */
static size_t varint_len(uint64_t v)
{
    size_t n = 1;
    for (; v >= 0x80; v >>= 7)
        n++;
    return n;
}

/* 1: every field comes back but the phone, of which the record keeps no
 * byte (its owner keeps it); the first byte is the version; a message
 * without an owner, read from version 1, is written in version 1 with its
 * phone; an erased message keeps no byte of its phone or text. */
static void test_round_trip(void **state)
{
    (void)state;
    notify_msg_t m = fx_msg(), back;
    strcpy(m.booking, "BK-7QK3");
    uint8_t buf[NOTIFY_RECORD_MAX];
    size_t len = encode(&m, buf);
    assert_int_equal(buf[0], NOTIFY_RECORD_VERSION);
    assert_null(fx_find(buf, len, "81234567890"));
    assert_int_equal(decode_exact(buf, len, &back), NOTIFY_OK);
    assert_string_equal(back.to, "");
    assert_true(back.owner == 77);
    strcpy(back.to, m.to); /* as the hall puts it back */
    fx_assert_same(&m, &back);
    /* the record names its owner, the 7th number: one of version 2
     * without is refused */
    size_t at = 1 + varint_len(m.id) + varint_len((uint64_t)m.created_ms) +
                varint_len((uint64_t)m.updated_ms) + varint_len((uint64_t)m.next_at_ms) +
                varint_len((uint64_t)m.expires_ms) + varint_len(m.attempts);
    assert_int_equal(buf[at], 77);
    buf[at] = 0;
    assert_int_equal(decode_exact(buf, len, &back), NOTIFY_EINVAL);

    notify_msg_t old = m;
    old.owner = 0;
    size_t old_len = encode(&old, buf);
    assert_int_equal(buf[0], 1);
    assert_non_null(fx_find(buf, old_len, "81234567890"));
    assert_int_equal(decode_exact(buf, old_len, &back), NOTIFY_OK);
    fx_assert_same(&old, &back);
    assert_string_equal(back.to, "+6281234567890");
    assert_true(back.owner == 0);
    uint8_t again[NOTIFY_RECORD_MAX];
    assert_int_equal(encode(&back, again), old_len);
    assert_memory_equal(again, buf, old_len);
    /* compact: the strings and about 40 bytes */
    assert_true(len < strlen(m.key) + strlen(m.text) + strlen(m.last_error) + 80);

    m.status = NOTIFY_SENT;
    m.erased = true;
    m.to[0] = m.text[0] = m.last_error[0] = '\0';
    m.expires_ms = 0;
    len = encode(&m, buf);
    assert_int_equal(decode_exact(buf, len, &back), NOTIFY_OK);
    fx_assert_same(&m, &back);
    assert_null(fx_find(buf, len, "81234567890"));
    assert_null(fx_find(buf, len, "dipanggil"));
}

/* 2: the longest fields and numbers fit in NOTIFY_RECORD_MAX, in either
 * version, and a buffer one byte short is refused, not overrun. */
static void test_longest_record(void **state)
{
    (void)state;
    notify_msg_t m = fx_msg(), back;
    m.id = NOTIFY_ID_MAX;
    memset(m.key, 'k', sizeof m.key - 1);
    memset(m.template_name, 'x', sizeof m.template_name - 1);
    strcpy(m.to, "+6281234567890");
    memset(m.text, 't', sizeof m.text - 1);
    memset(m.ticket, 'A', sizeof m.ticket - 1);
    memset(m.booking, 'B', sizeof m.booking - 1);
    memset(m.last_error, 'e', sizeof m.last_error - 1);
    m.attempts = NOTIFY_ATTEMPTS_MAX;
    m.created_ms = m.updated_ms = m.next_at_ms = m.expires_ms = NOTIFY_MS_MAX;
    uint8_t buf[NOTIFY_RECORD_MAX];
    /* version 2 with the largest owner, and version 1 with the phone */
    for (int v1 = 0; v1 <= 1; v1++) {
        m.owner = v1 ? 0 : UINT64_MAX;
        size_t len = encode(&m, buf);
        assert_int_equal(decode_exact(buf, len, &back), NOTIFY_OK);
        if (!v1)
            strcpy(back.to, m.to);
        fx_assert_same(&m, &back);
        size_t short_len;
        assert_int_equal(notify_record_encode(&m, buf, len - 1, &short_len), NOTIFY_EINVAL);
    }
}

/* 3: every cut, an extra byte, another version. */
static void test_truncated_and_padded(void **state)
{
    (void)state;
    notify_msg_t m = fx_msg(), back;
    uint8_t buf[NOTIFY_RECORD_MAX + 1];
    size_t len = encode(&m, buf);
    for (size_t cut = 0; cut < len; cut++) {
        back.id = 99;
        assert_int_equal(decode_exact(buf, cut, &back), NOTIFY_EINVAL);
        assert_true(back.id == 0); /* zeroed, not half-filled */
    }
    buf[len] = 0;
    assert_int_equal(decode_exact(buf, len + 1, &back), NOTIFY_EINVAL);
    for (int v = 0; v < 256; v++) {
        buf[0] = (uint8_t)v;
        assert_int_equal(decode_exact(buf, len, &back),
                         v == NOTIFY_RECORD_VERSION ? NOTIFY_OK : NOTIFY_EINVAL);
    }
}

/* 4: values the reader must not take: a varint with a needless zero byte
 * or past 64 bits, an id past 2^53, an unknown status or flag, an erased
 * message with a phone, a NUL inside the text. */
static void test_bad_fields(void **state)
{
    (void)state;
    notify_msg_t m = fx_msg(), back;
    m.id = 5;
    uint8_t buf[NOTIFY_RECORD_MAX], bad[NOTIFY_RECORD_MAX + 16];
    size_t len = encode(&m, buf);
    assert_int_equal(buf[1], 5); /* the id, one byte */

    /* id 5 written 0x85 0x00: the same number, not in its shortest form */
    bad[0] = NOTIFY_RECORD_VERSION;
    bad[1] = 0x85;
    bad[2] = 0x00;
    memcpy(bad + 3, buf + 2, len - 2);
    assert_int_equal(decode_exact(bad, len + 1, &back), NOTIFY_EINVAL);
    /* an id of 10 bytes whose last carries a bit past 64 */
    memset(bad + 1, 0xff, 9);
    bad[10] = 0x02;
    memcpy(bad + 11, buf + 2, len - 2);
    assert_int_equal(decode_exact(bad, len + 9, &back), NOTIFY_EINVAL);
    /* an id of 2^53 + 1 (0x81 0x80 ... 0x10): read, then refused */
    uint8_t big[8] = {0x81, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10};
    memcpy(bad + 1, big, sizeof big);
    memcpy(bad + 9, buf + 2, len - 2);
    assert_int_equal(decode_exact(bad, len + 7, &back), NOTIFY_EINVAL);
    bad[1] = 0x80; /* 2^53 itself is fine */
    assert_int_equal(decode_exact(bad, len + 7, &back), NOTIFY_OK);
    assert_true(back.id == NOTIFY_ID_MAX);

    /* status and flags follow the 7 numbers; find them by their place */
    size_t at = len - (1 + strlen(m.last_error)) - (1 + strlen(m.booking)) -
                (1 + strlen(m.ticket)) - (1 + strlen(m.text)) - (1 + strlen(m.template_name)) -
                (1 + strlen(m.key)) - 2;
    assert_int_equal(buf[at], m.status);
    memcpy(bad, buf, len);
    bad[at] = NOTIFY_STATUS__COUNT;
    assert_int_equal(decode_exact(bad, len, &back), NOTIFY_EINVAL);
    memcpy(bad, buf, len);
    bad[at + 1] = 2; /* an unknown flag */
    assert_int_equal(decode_exact(bad, len, &back), NOTIFY_EINVAL);
    memcpy(bad, buf, len);
    bad[at + 1] = 1; /* erased, yet with a phone and text, and queued */
    assert_int_equal(decode_exact(bad, len, &back), NOTIFY_EINVAL);

    /* a NUL, then a control character, inside the text */
    const uint8_t *text = fx_find(buf, len, "Silakan");
    assert_non_null(text);
    memcpy(bad, buf, len);
    bad[text - buf] = '\0';
    assert_int_equal(decode_exact(bad, len, &back), NOTIFY_EINVAL);
    bad[text - buf] = '\r';
    assert_int_equal(decode_exact(bad, len, &back), NOTIFY_EINVAL);
    bad[text - buf] = '\n'; /* a line break is text */
    assert_int_equal(decode_exact(bad, len, &back), NOTIFY_OK);
}

/* 5: messages the encoder will not write: a number out of range, a
 * string without its end, the erasure's rule broken; and messages whose
 * content only notify_msg_valid refuses (the outbox's rule when it takes
 * one): the encoder writes them, and decode refuses what it wrote, so a
 * message that slipped past the outbox is never read back as good. */
static void test_encode_refuses(void **state)
{
    (void)state;
    uint8_t buf[NOTIFY_RECORD_MAX];
    size_t len;
    enum { N = 10 };
    notify_msg_t cases[N];
    for (size_t i = 0; i < N; i++)
        cases[i] = fx_msg();
    cases[0].id = 0;
    cases[1].id = NOTIFY_ID_MAX + 1;
    cases[2].status = NOTIFY_STATUS__COUNT;
    cases[3].created_ms = -1;
    cases[4].next_at_ms = NOTIFY_MS_MAX + 1;
    cases[5].attempts = NOTIFY_ATTEMPTS_MAX + 1;
    cases[6].text[0] = '\0';
    memset(cases[7].text, 'x', sizeof cases[7].text); /* no NUL */
    cases[8].erased = true;                           /* with its phone still there */
    cases[9].erased = true;                           /* cleared, but queued */
    cases[9].to[0] = cases[9].text[0] = '\0';
    for (size_t i = 0; i < N; i++) {
        assert_false(notify_msg_valid(&cases[i]));
        assert_int_equal(notify_record_encode(&cases[i], buf, sizeof buf, &len), NOTIFY_EINVAL);
    }
    notify_msg_t v1 = fx_msg(); /* version 1 keeps the phone: encode checks it */
    v1.owner = 0;
    strcpy(v1.to, "081234567890"); /* not E.164 */
    assert_int_equal(notify_record_encode(&v1, buf, sizeof buf, &len), NOTIFY_EINVAL);

    enum { C = 6 };
    notify_msg_t content[C];
    for (size_t i = 0; i < C; i++)
        content[i] = fx_msg();
    content[0].key[0] = '\0';
    strcpy(content[1].key, "mpp key"); /* a space */
    strcpy(content[2].template_name, "Ticket.Called");
    strcpy(content[3].text, "Nomor A-007\x01");
    strcpy(content[4].ticket, "A 007");
    strcpy(content[5].last_error, "bad\x01");
    for (size_t i = 0; i < C; i++) {
        assert_false(notify_msg_valid(&content[i]));
        assert_int_equal(notify_record_encode(&content[i], buf, sizeof buf, &len), NOTIFY_OK);
        notify_msg_t back;
        assert_int_equal(decode_exact(buf, len, &back), NOTIFY_EINVAL);
    }
}

/* 6: random bytes, and a valid record mutated at random: decode never
 * reads past the end, refuses or accepts, and what it accepts writes back
 * byte for byte. */
static void test_fuzz_decode(void **state)
{
    (void)state;
    fx_rng_t g;
    fx_random(&g, 2026);
    uint8_t in[NOTIFY_RECORD_MAX + 8], out[NOTIFY_RECORD_MAX];
    notify_msg_t m;
    size_t accepted = 0;
    for (int i = 0; i < 40000; i++) {
        size_t len = (size_t)(fx_next(&g) % sizeof in);
        fx_random_fill(&g, in, len);
        if (i % 2 && len)
            in[0] = NOTIFY_RECORD_VERSION; /* get past the first byte */
        (void)decode_exact(in, len, &m);
    }

    notify_msg_t base = fx_msg();
    strcpy(base.booking, "BK-7QK3");
    uint8_t valid[NOTIFY_RECORD_MAX];
    size_t vlen = encode(&base, valid);
    for (int i = 0; i < 60000; i++) {
        size_t len = vlen;
        memcpy(in, valid, vlen);
        int edits = 1 + (int)(fx_next(&g) % 3);
        for (int e = 0; e < edits && len > 0; e++) {
            uint64_t r = fx_next(&g);
            size_t pos = (size_t)(r % len);
            switch ((r >> 32) % 4) {
            case 0: in[pos] ^= (uint8_t)(1u << ((r >> 40) % 8)); break; /* flip a bit */
            case 1: in[pos] = (uint8_t)(r >> 48); break;                /* a new byte */
            case 2: len = pos; break;                                   /* cut */
            default: /* drop one */ memmove(in + pos, in + pos + 1, len - pos - 1); len--;
            }
        }
        if (decode_exact(in, len, &m) != NOTIFY_OK)
            continue;
        accepted++;
        if (!m.erased && !m.to[0])
            strcpy(m.to, "+6281234567890"); /* the owner's, as the hall puts it back */
        size_t olen;
        assert_int_equal(notify_record_encode(&m, out, sizeof out, &olen), NOTIFY_OK);
        assert_int_equal(olen, len);
        assert_memory_equal(out, in, len);
    }
    assert_true(accepted > 1000); /* the property was exercised, not skipped */
}

/* Whether the sent record s reads, and as ms and attempts. */
static bool sent_reads(const char *s, int64_t ms, uint32_t attempts)
{
    int64_t got_ms = -1;
    uint32_t got_attempts = 9;
    size_t len = strlen(s);
    char *copy = fx_exact_copy(s, len); /* ASan sees a read past its bytes */
    int rc = notify_sent_decode(copy, len, &got_ms, &got_attempts);
    free(copy);
    if (rc != NOTIFY_OK) {
        assert_int_equal(rc, NOTIFY_EINVAL);
        assert_true(got_ms == 0 && got_attempts == 0);
        return false;
    }
    assert_true(got_ms == ms && got_attempts == attempts);
    return true;
}

static void test_sent_record(void **state)
{
    (void)state;
    const struct {
        int64_t ms;
        uint32_t attempts;
        const char *text;
    } cases[] = {
        {1767495600123LL, 1, "1767495600123\t1"},
        {0, 0, "0\t0"},
        {NOTIFY_MS_MAX, UINT32_MAX, "253402300799999\t4294967295"},
        {-5, 3, "0\t3"}, /* no time before 1970 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char buf[NOTIFY_SENT_REC_MAX + 1];
        size_t len = notify_sent_encode(cases[i].ms, cases[i].attempts, buf);
        assert_true(len <= NOTIFY_SENT_REC_MAX);
        buf[len] = '\0';
        assert_string_equal(buf, cases[i].text);
        assert_true(sent_reads(buf, cases[i].ms < 0 ? 0 : cases[i].ms, cases[i].attempts));
    }
    char longest[NOTIFY_SENT_REC_MAX + 1];
    size_t len = notify_sent_encode(INT64_MAX, UINT32_MAX, longest);
    assert_true(len <= NOTIFY_SENT_REC_MAX);
    static const char *const bad[] = {
        "",
        "\t",
        "1",
        "\t1",
        "1\t",
        "1\t1\t",
        "1\t1\t1",
        "1 \t1",
        " 1\t1",
        "+1\t1",
        "-1\t1",
        "1\t-1",
        "1\t1x",
        "x\t1",
        "253402300800000\t1", /* past NOTIFY_MS_MAX */
        "1\t4294967296",      /* past 32 bits */
        "18446744073709551616\t1",
        "1,5\t1",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(sent_reads(bad[i], 0, 0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),           cmocka_unit_test(test_longest_record),
        cmocka_unit_test(test_truncated_and_padded), cmocka_unit_test(test_bad_fields),
        cmocka_unit_test(test_encode_refuses),       cmocka_unit_test(test_fuzz_decode),
        cmocka_unit_test(test_sent_record),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

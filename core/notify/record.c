/*
 * record.c - the byte encoding of a message (record.h). The writer and the
 * reader each carry a sticky failure: after the first, every put or get
 * does nothing, and the caller checks once at the end. Decode reads every
 * field, then holds the result to the same rule as encode
 * (notify_msg_valid, the phone aside in version 2), so what it accepts
 * writes back byte for byte. The "sent" record is text (text_u64).
 */
#include "notify/record.h"

#include <string.h>

#include "text.h"

_Static_assert(NOTIFY_SENT_REC_MAX == 2 * TEXT_U64_MAX + 1, "a sent record's two numbers and tab");

#define FLAG_ERASED 1u
#define VERSION_PHONE 1 /* the version that keeps the phone in the record */

typedef struct out_bytes {
    uint8_t *p, *end;
    bool failed;
} out_bytes_t;

typedef struct in_bytes {
    const uint8_t *p, *end;
    bool failed;
} in_bytes_t;

static void put_u8(out_bytes_t *w, uint8_t b)
{
    if (w->failed || w->p == w->end) {
        w->failed = true;
        return;
    }
    *w->p++ = b;
}

static void put_uint(out_bytes_t *w, uint64_t v)
{
    for (; v >= 0x80; v >>= 7)
        put_u8(w, (uint8_t)(0x80 | (v & 0x7f)));
    put_u8(w, (uint8_t)v);
}

/* A string from an array of cap bytes: its NUL must be inside. */
static void put_str(out_bytes_t *w, const char *s, size_t cap)
{
    size_t len = strnlen(s, cap);
    if (len == cap) {
        w->failed = true;
        return;
    }
    put_uint(w, len);
    if (!w->failed && (size_t)(w->end - w->p) >= len) {
        memcpy(w->p, s, len);
        w->p += len;
    } else {
        w->failed = true;
    }
}

static uint8_t get_u8(in_bytes_t *r)
{
    if (r->failed || r->p == r->end) {
        r->failed = true;
        return 0;
    }
    return *r->p++;
}

/* Unsigned LEB128 in its shortest form, no more than 64 bits. */
static uint64_t get_uint(in_bytes_t *r)
{
    uint64_t v = 0;
    for (unsigned shift = 0; shift <= 63; shift += 7) {
        uint8_t b = get_u8(r);
        if (r->failed)
            return 0;
        if ((shift == 63 && b > 1) || (shift > 0 && b == 0))
            break; /* past 64 bits, or a needless zero byte at the end */
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    r->failed = true;
    return 0;
}

/* A time, or a count, that fits an int64_t; the range is notify_msg_valid's. */
static int64_t get_time(in_bytes_t *r)
{
    uint64_t v = get_uint(r);
    if (v > (uint64_t)NOTIFY_MS_MAX)
        r->failed = true;
    return r->failed ? 0 : (int64_t)v;
}

/* A string into an array of cap bytes, with its NUL; no NUL inside. */
static void get_str(in_bytes_t *r, char *out, size_t cap)
{
    uint64_t len = get_uint(r);
    if (r->failed || len >= cap || (uint64_t)(r->end - r->p) < len ||
        memchr(r->p, '\0', (size_t)len)) {
        r->failed = true;
        return;
    }
    memcpy(out, r->p, (size_t)len);
    out[len] = '\0';
    r->p += len;
}

/* Whether the array s of cap bytes holds a string (its NUL inside). */
static bool fits(const char *s, size_t cap)
{
    return strnlen(s, cap) < cap;
}

static bool key_valid(const char *s)
{
    size_t len = strnlen(s, NOTIFY_KEY_MAX);
    if (len == 0 || len >= NOTIFY_KEY_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] <= ' ' || s[i] > '~')
            return false;
    return true;
}

static bool time_ok(int64_t t)
{
    return t >= 0 && t <= NOTIFY_MS_MAX;
}

/* Whether m's id, status, attempts and times are in their ranges. */
static bool numbers_ok(const notify_msg_t *m)
{
    return m->id != 0 && m->id <= NOTIFY_ID_MAX && (unsigned)m->status < NOTIFY_STATUS__COUNT &&
           m->attempts <= NOTIFY_ATTEMPTS_MAX && time_ok(m->created_ms) && time_ok(m->updated_ms) &&
           time_ok(m->next_at_ms) && time_ok(m->expires_ms);
}

/* The erasure's rule for an erased m: final, its phone and text cleared. */
static bool erased_ok(const notify_msg_t *m)
{
    return notify_status_final(m->status) && !m->to[0] && !m->text[0];
}

/* notify_msg_valid, with a phone that the record keeps (phone_here) or
 * that its owner keeps: then `to` is "". */
static bool msg_valid(const notify_msg_t *m, bool phone_here)
{
    if (!numbers_ok(m))
        return false;
    if (!fits(m->to, sizeof m->to) || !fits(m->text, sizeof m->text) ||
        !fits(m->ticket, sizeof m->ticket) || !fits(m->booking, sizeof m->booking) ||
        !fits(m->last_error, sizeof m->last_error))
        return false;
    if (!key_valid(m->key) || !notify_template_name_valid(m->template_name))
        return false;
    if ((m->ticket[0] && !notify_ref_valid(m->ticket)) ||
        (m->booking[0] && !notify_ref_valid(m->booking)))
        return false;
    if (!notify_text_valid(m->last_error, strlen(m->last_error), false))
        return false;
    if (m->erased)
        return erased_ok(m);
    bool phone = phone_here ? notify_phone_valid(m->to) : !m->to[0];
    return phone && m->text[0] && notify_text_valid(m->text, strlen(m->text), true);
}

bool notify_msg_valid(const notify_msg_t *m)
{
    return msg_valid(m, true);
}

/* What encode checks itself: the numbers' ranges and the erasure's rule,
 * the parts of notify_msg_valid that the outbox's changes after add touch
 * (put_str checks each string's end). The strings' content was checked
 * when the outbox took the message, and only last_error changes after,
 * written by notify_error_clean; scanning the text again at every write
 * cost the writer thread more than the rest of the encoding. */
static bool msg_shape_ok(const notify_msg_t *m)
{
    if (!numbers_ok(m))
        return false;
    if (m->erased)
        return erased_ok(m);
    /* version 1 keeps the phone; version 2 leaves it to the owner */
    return m->text[0] && (m->owner || notify_phone_valid(m->to));
}

int notify_record_encode(const notify_msg_t *m, uint8_t *buf, size_t cap, size_t *len)
{
    if (!msg_shape_ok(m))
        return NOTIFY_EINVAL;
    out_bytes_t w = {buf, buf + cap, false};
    int version = m->owner ? NOTIFY_RECORD_VERSION : VERSION_PHONE;
    put_u8(&w, (uint8_t)version);
    put_uint(&w, m->id);
    put_uint(&w, (uint64_t)m->created_ms);
    put_uint(&w, (uint64_t)m->updated_ms);
    put_uint(&w, (uint64_t)m->next_at_ms);
    put_uint(&w, (uint64_t)m->expires_ms);
    put_uint(&w, m->attempts);
    if (version != VERSION_PHONE)
        put_uint(&w, m->owner);
    put_u8(&w, (uint8_t)m->status);
    put_u8(&w, m->erased ? FLAG_ERASED : 0);
    put_str(&w, m->key, sizeof m->key);
    put_str(&w, m->template_name, sizeof m->template_name);
    if (version == VERSION_PHONE)
        put_str(&w, m->to, sizeof m->to);
    put_str(&w, m->text, sizeof m->text);
    put_str(&w, m->ticket, sizeof m->ticket);
    put_str(&w, m->booking, sizeof m->booking);
    put_str(&w, m->last_error, sizeof m->last_error);
    if (w.failed)
        return NOTIFY_EINVAL;
    *len = (size_t)(w.p - buf);
    return NOTIFY_OK;
}

int notify_record_decode(const uint8_t *buf, size_t len, notify_msg_t *out)
{
    in_bytes_t r = {buf, buf + len, false};
    memset(out, 0, sizeof *out);
    uint8_t version = get_u8(&r);
    if (version != NOTIFY_RECORD_VERSION && version != VERSION_PHONE)
        r.failed = true;
    uint64_t id = get_uint(&r);
    out->id = id;
    out->created_ms = get_time(&r);
    out->updated_ms = get_time(&r);
    out->next_at_ms = get_time(&r);
    out->expires_ms = get_time(&r);
    uint64_t attempts = get_uint(&r);
    if (attempts > NOTIFY_ATTEMPTS_MAX)
        r.failed = true;
    out->attempts = r.failed ? 0 : (uint32_t)attempts;
    if (version != VERSION_PHONE && (out->owner = get_uint(&r)) == 0)
        r.failed = true; /* it would be written back as version 1 */
    uint8_t status = get_u8(&r), flags = get_u8(&r);
    if (status >= NOTIFY_STATUS__COUNT || (flags & ~FLAG_ERASED))
        r.failed = true;
    out->status = r.failed ? NOTIFY_QUEUED : (notify_status_t)status;
    out->erased = flags & FLAG_ERASED;
    get_str(&r, out->key, sizeof out->key);
    get_str(&r, out->template_name, sizeof out->template_name);
    if (version == VERSION_PHONE)
        get_str(&r, out->to, sizeof out->to);
    get_str(&r, out->text, sizeof out->text);
    get_str(&r, out->ticket, sizeof out->ticket);
    get_str(&r, out->booking, sizeof out->booking);
    get_str(&r, out->last_error, sizeof out->last_error);
    if (r.failed || r.p != r.end || !msg_valid(out, version == VERSION_PHONE)) {
        memset(out, 0, sizeof *out);
        return NOTIFY_EINVAL;
    }
    return NOTIFY_OK;
}

size_t notify_sent_encode(int64_t sent_ms, uint32_t attempts, char *buf)
{
    size_t len = text_u64(buf, sent_ms > 0 ? (uint64_t)sent_ms : 0);
    buf[len++] = '\t';
    return len + text_u64(buf + len, attempts);
}

int notify_sent_decode(const void *text, size_t len, int64_t *sent_ms, uint32_t *attempts)
{
    const char *s = text;
    const char *tab = memchr(s, '\t', len);
    uint64_t ms, n;
    *sent_ms = 0;
    *attempts = 0;
    if (!tab || !text_parse_u64(s, (size_t)(tab - s), &ms) ||
        !text_parse_u64(tab + 1, len - (size_t)(tab - s) - 1, &n) || ms > NOTIFY_MS_MAX ||
        n > UINT32_MAX)
        return NOTIFY_EINVAL;
    *sent_ms = (int64_t)ms;
    *attempts = (uint32_t)n;
    return NOTIFY_OK;
}

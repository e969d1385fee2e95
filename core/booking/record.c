/*
 * record.c - the byte encoding of a booking (record.h). A writer and a
 * reader each carry a sticky failure: every put or get after the first
 * failure does nothing, and the caller checks once at the end.
 */
#include "booking/record.h"

#include <string.h>

#define FLAG_NOTIFY 1u
#define FLAG_ERASED 2u
#define CHECKIN_LIMIT 1440 /* minutes: a window longer than a day is damage */

typedef struct writer {
    uint8_t *p, *end;
    bool failed;
} writer_t;

typedef struct reader {
    const uint8_t *p, *end;
    bool failed;
} reader_t;

static void put_byte(writer_t *w, uint8_t b)
{
    if (w->failed || w->p == w->end) {
        w->failed = true;
        return;
    }
    *w->p++ = b;
}

static void put_varint(writer_t *w, uint64_t v)
{
    while (v >= 0x80) {
        put_byte(w, (uint8_t)(v | 0x80));
        v >>= 7;
    }
    put_byte(w, (uint8_t)v);
}

static void put_string(writer_t *w, const char *s, size_t len)
{
    put_varint(w, len);
    if (w->failed || (size_t)(w->end - w->p) < len) {
        w->failed = true;
        return;
    }
    memcpy(w->p, s, len);
    w->p += len;
}

static uint8_t get_byte(reader_t *r)
{
    if (r->failed || r->p == r->end) {
        r->failed = true;
        return 0;
    }
    return *r->p++;
}

/* Unsigned LEB128 in its shortest form, at most 64 bits. */
static uint64_t get_varint(reader_t *r)
{
    uint64_t v = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        uint8_t b = get_byte(r);
        if (r->failed || (shift == 63 && b > 1) || (shift > 0 && b == 0))
            break; /* cut short, past 64 bits, or a needless zero byte */
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            return v;
    }
    r->failed = true;
    return 0;
}

/* A varint no larger than max. */
static uint64_t get_bounded(reader_t *r, uint64_t max)
{
    uint64_t v = get_varint(r);
    if (v > max)
        r->failed = true;
    return r->failed ? 0 : v;
}

/* A string into a buffer of cap bytes (with its NUL); no NUL inside. */
static void get_string(reader_t *r, char *out, size_t cap)
{
    size_t len = (size_t)get_bounded(r, cap - 1);
    if (r->failed || (size_t)(r->end - r->p) < len || memchr(r->p, '\0', len)) {
        r->failed = true;
        return;
    }
    memcpy(out, r->p, len);
    out[len] = '\0';
    r->p += len;
}

/* The length of a string field, or cap when it has no NUL in its array. */
static size_t field_len(const char *s, size_t cap)
{
    return strnlen(s, cap);
}

static bool strings_fit(const booking_t *b)
{
    return field_len(b->service, sizeof b->service) < sizeof b->service &&
           field_len(b->code, sizeof b->code) < sizeof b->code &&
           field_len(b->token, sizeof b->token) < sizeof b->token &&
           field_len(b->phone, sizeof b->phone) < sizeof b->phone &&
           field_len(b->nik, sizeof b->nik) < sizeof b->nik &&
           field_len(b->name, sizeof b->name) < sizeof b->name && b->service[0] && b->code[0] &&
           b->token[0];
}

static bool storable(const booking_t *b)
{
    bool times = b->date >= 0 && b->date <= CALENDAR_DATE_MAX && b->start_ms >= 0 &&
                 b->end_ms >= b->start_ms && b->end_ms <= CALENDAR_MS_MAX && b->created_ms >= 0 &&
                 b->created_ms <= CALENDAR_MS_MAX && b->updated_ms >= 0 &&
                 b->updated_ms <= CALENDAR_MS_MAX;
    bool window = b->checkin_before_min >= 0 && b->checkin_before_min <= CHECKIN_LIMIT &&
                  b->checkin_after_min >= 0 && b->checkin_after_min <= CHECKIN_LIMIT;
    return times && window && (unsigned)b->status < BOOKING_STATUS__COUNT && strings_fit(b);
}

int booking_record_encode(const booking_t *b, uint8_t *buf, size_t cap, size_t *len)
{
    if (!storable(b))
        return BOOKING_EINVAL;
    writer_t w = {buf, buf + cap, false};
    put_byte(&w, BOOKING_RECORD_VERSION);
    put_varint(&w, b->id);
    put_varint(&w, (uint64_t)b->date);
    put_varint(&w, (uint64_t)b->start_ms);
    put_varint(&w, (uint64_t)(b->end_ms - b->start_ms));
    put_varint(&w, (uint64_t)b->created_ms);
    put_varint(&w, (uint64_t)b->updated_ms);
    put_varint(&w, b->ticket_id);
    put_byte(&w, (uint8_t)b->status);
    put_byte(&w, (uint8_t)((b->notify ? FLAG_NOTIFY : 0) | (b->erased ? FLAG_ERASED : 0)));
    put_varint(&w, (uint64_t)b->checkin_before_min);
    put_varint(&w, (uint64_t)b->checkin_after_min);
    put_string(&w, b->service, strlen(b->service));
    put_string(&w, b->code, strlen(b->code));
    put_string(&w, b->token, strlen(b->token));
    put_string(&w, b->phone, strlen(b->phone));
    put_string(&w, b->nik, strlen(b->nik));
    put_string(&w, b->name, strlen(b->name));
    if (w.failed)
        return BOOKING_EINVAL;
    *len = (size_t)(w.p - buf);
    return BOOKING_OK;
}

/* The numbers and flags, up to the first string. */
static void get_numbers(reader_t *r, booking_t *b)
{
    b->id = get_varint(r);
    b->date = (calendar_date_t)get_bounded(r, CALENDAR_DATE_MAX);
    b->start_ms = (int64_t)get_bounded(r, CALENDAR_MS_MAX);
    uint64_t duration = get_bounded(r, (uint64_t)(CALENDAR_MS_MAX - b->start_ms));
    b->end_ms = b->start_ms + (int64_t)duration;
    b->created_ms = (int64_t)get_bounded(r, CALENDAR_MS_MAX);
    b->updated_ms = (int64_t)get_bounded(r, CALENDAR_MS_MAX);
    b->ticket_id = get_varint(r);
    uint8_t status = get_byte(r), flags = get_byte(r);
    if (status >= BOOKING_STATUS__COUNT || (flags & ~(FLAG_NOTIFY | FLAG_ERASED)))
        r->failed = true;
    b->status = r->failed ? BOOKING_STATUS_BOOKED : (booking_status_t)status;
    b->notify = flags & FLAG_NOTIFY;
    b->erased = flags & FLAG_ERASED;
    b->checkin_before_min = (int)get_bounded(r, CHECKIN_LIMIT);
    b->checkin_after_min = (int)get_bounded(r, CHECKIN_LIMIT);
}

int booking_record_decode(const uint8_t *buf, size_t len, booking_t *out)
{
    reader_t r = {buf, buf + len, false};
    memset(out, 0, sizeof *out);
    if (get_byte(&r) != BOOKING_RECORD_VERSION)
        r.failed = true;
    get_numbers(&r, out);
    get_string(&r, out->service, sizeof out->service);
    get_string(&r, out->code, sizeof out->code);
    get_string(&r, out->token, sizeof out->token);
    get_string(&r, out->phone, sizeof out->phone);
    get_string(&r, out->nik, sizeof out->nik);
    get_string(&r, out->name, sizeof out->name);
    if (r.failed || r.p != r.end || !out->service[0] || !out->code[0] || !out->token[0]) {
        memset(out, 0, sizeof *out);
        return BOOKING_EINVAL;
    }
    return BOOKING_OK;
}

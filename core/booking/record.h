/*
 * record.h - a booking as the store keeps it: a compact, versioned byte
 * string, read back with every length and range checked, so a truncated or
 * damaged value is refused and never read past.
 *
 * Version 1, in this order:
 *
 *   u8      version (1)
 *   varint  id, date, start_ms, end_ms - start_ms, created_ms, updated_ms,
 *           ticket_id
 *   u8      status (booking_status_t)
 *   u8      flags: 1 notify, 2 erased
 *   varint  checkin_before_min, checkin_after_min
 *   string  service, code, token, phone, nik, name
 *
 * A varint is unsigned LEB128 (7 bits a byte, low first, the high bit set
 * on every byte but the last) in its shortest form: at most 10 bytes, no
 * trailing zero byte, so each number has exactly one encoding and a record
 * read back writes the same bytes again. A string is a varint length and
 * that many bytes, without NUL. Times and dates are never negative, and
 * times stay below CALENDAR_MS_MAX (year 10000), so no sum of a time and a
 * window can overflow.
 *
 * A later version adds fields by taking the next version number; decode
 * refuses versions it does not know, and bytes after the last field.
 */
#ifndef MPP_BOOKING_RECORD_H
#define MPP_BOOKING_RECORD_H

#include <stddef.h>
#include <stdint.h>

#include "booking/booking.h"

#define BOOKING_RECORD_VERSION 1
/* The longest record: the version, 9 varints of at most 10 bytes, status
 * and flags, and 6 strings with their 2-byte lengths at their longest. */
#define BOOKING_RECORD_MAX                                                                         \
    (1 + 9 * 10 + 2 + 6 * 2 + BOOKING_SERVICE_MAX + BOOKING_CODE_MAX + BOOKING_TOKEN_MAX +         \
     BOOKING_PHONE_MAX + BOOKING_NIK_MAX + BOOKING_NAME_MAX)

/* Writes the record of b into buf (cap bytes; BOOKING_RECORD_MAX always
 * suffice) and its length in *len. BOOKING_EINVAL when cap is too small or
 * b cannot be stored as it is: a time or date out of range, end before start,
 * a status past the enum, a string without its NUL inside its array, an
 * empty service, code or token, a check-in window past 1440 minutes. */
int booking_record_encode(const booking_t *b, uint8_t *buf, size_t cap, size_t *len);
/* Reads a record of len bytes into *out. BOOKING_EINVAL (and *out zeroed)
 * for an unknown version, a truncated or overlong field, a varint not in
 * its shortest form, a value out of range, a NUL inside a string, or bytes
 * left over. */
int booking_record_decode(const uint8_t *buf, size_t len, booking_t *out);

#endif

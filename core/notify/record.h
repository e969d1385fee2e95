/*
 * record.h - a message as the store keeps it: a compact, versioned byte
 * string, read back with every length and range checked, so a truncated or
 * damaged value is refused and never read past.
 *
 * Version 1, in this order:
 *
 *   u8      version (1)
 *   varint  id, created_ms, updated_ms, next_at_ms, expires_ms, attempts
 *   u8      status (notify_status_t)
 *   u8      flags: 1 erased
 *   string  key, template_name, to, text, ticket, booking, last_error
 *
 * A varint is unsigned LEB128 (7 bits a byte, low first, the high bit set
 * on every byte but the last) in its shortest form: at most 10 bytes, no
 * trailing zero byte, so each number has exactly one encoding and a record
 * read back writes the same bytes again. A string is a varint length and
 * that many bytes, without NUL.
 *
 * A later version adds fields by taking the next version number; decode
 * refuses versions it does not know, and bytes after the last field.
 */
#ifndef MPP_NOTIFY_RECORD_H
#define MPP_NOTIFY_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "notify/notify.h"

#define NOTIFY_RECORD_VERSION 1
/* The longest record: the version, 6 varints of at most 10 bytes, status
 * and flags, and 7 strings with their 2-byte lengths at their longest. */
#define NOTIFY_RECORD_MAX                                                                          \
    (1 + 6 * 10 + 2 + 7 * 2 + NOTIFY_KEY_MAX + NOTIFY_TEMPLATE_MAX + NOTIFY_PHONE_MAX +            \
     NOTIFY_TEXT_MAX + 2 * NOTIFY_REF_MAX + NOTIFY_ERROR_MAX)

/* Whether m can be stored as it is, the one rule encode, decode and the
 * outbox's restore share: an id from 1 to NOTIFY_ID_MAX; a status in the
 * enum; times from 0 to NOTIFY_MS_MAX (expires_ms 0 for none); at most
 * NOTIFY_ATTEMPTS_MAX attempts; every string with its NUL inside its array;
 * a key of printable ASCII; a well-formed template name; ticket and booking
 * "" or notify_ref_valid; a last error of clean text; and either erased,
 * sent or failed, with to and text "", or not erased with a valid phone and
 * 1 to 480 bytes of text. */
bool notify_msg_valid(const notify_msg_t *m);

/* Writes the record of m into buf (cap bytes; NOTIFY_RECORD_MAX always
 * suffice) and its length in *len. NOTIFY_EINVAL when cap is too small or
 * notify_msg_valid refuses m. */
int notify_record_encode(const notify_msg_t *m, uint8_t *buf, size_t cap, size_t *len);
/* Reads a record of len bytes into *out. NOTIFY_EINVAL (and *out zeroed)
 * for an unknown version, a truncated or overlong field, a varint not in
 * its shortest form, a NUL inside a string, bytes left over, or a message
 * notify_msg_valid refuses. */
int notify_record_decode(const uint8_t *buf, size_t len, notify_msg_t *out);

#endif

/*
 * record.h - a message as the store keeps it: a compact, versioned byte
 * string, read back with every length and range checked, so a truncated or
 * damaged value is refused and never read past.
 *
 * Version 2, in this order:
 *
 *   u8      version (2)
 *   varint  id, created_ms, updated_ms, next_at_ms, expires_ms, attempts, owner
 *   u8      status (notify_status_t)
 *   u8      flags: 1 erased
 *   string  key, template_name, text, ticket, booking, last_error
 *
 * It holds no phone: the phone is stored once, in the record of the
 * message's owner (the ticket's subscription, the booking), and the hall
 * puts it back into `to` when it reads the message at start. Version 1,
 * written before owners, has no owner and keeps the phone itself, as a
 * string between template_name and text; it is still read, and a message
 * read from it (owner 0) is written in version 1 again, so its phone is not
 * lost before the message is erased.
 *
 * A varint is unsigned LEB128 (7 bits a byte, low first, the high bit set
 * on every byte but the last) in its shortest form: at most 10 bytes, no
 * trailing zero byte, so each number has exactly one encoding and a record
 * read back writes the same bytes again. A string is a varint length and
 * that many bytes, without NUL.
 *
 * A later version adds fields by taking the next version number; decode
 * refuses versions it does not know, and bytes after the last field.
 *
 * A message the gateway took also has a small "sent" record, which stands
 * for its status until its whole record is next written: the time it was
 * sent (ms) and its attempts, in decimal with a tab between
 * ("1767495600123\t1"), and no phone.
 */
#ifndef MPP_NOTIFY_RECORD_H
#define MPP_NOTIFY_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "notify/notify.h"

#define NOTIFY_RECORD_VERSION 2
/* The longest record: the version, 7 varints of at most 10 bytes, status
 * and flags, and 7 strings with their 2-byte lengths at their longest. */
#define NOTIFY_RECORD_MAX                                                                          \
    (1 + 7 * 10 + 2 + 7 * 2 + NOTIFY_KEY_MAX + NOTIFY_TEMPLATE_MAX + NOTIFY_PHONE_MAX +            \
     NOTIFY_TEXT_MAX + 2 * NOTIFY_REF_MAX + NOTIFY_ERROR_MAX)

/* Whether m is a whole message as the outbox holds it, the one rule the
 * outbox's restore and decode share (add checks the same of a request): an id from 1 to NOTIFY_ID_MAX; a
 * status in the enum; times from 0 to NOTIFY_MS_MAX (expires_ms 0 for
 * none); at most NOTIFY_ATTEMPTS_MAX attempts; every string with its NUL
 * inside its array; a key of printable ASCII; a well-formed template name;
 * ticket and booking "" or notify_ref_valid; a last error of clean text;
 * and either erased and final (sent, failed or dropped), with to and text
 * "", or not erased with a valid phone and 1 to 480 bytes of text. */
bool notify_msg_valid(const notify_msg_t *m);

/* Writes the record of m into buf (cap bytes; NOTIFY_RECORD_MAX always
 * suffice) and its length in *len: version 2 without the phone, or version
 * 1 with it when m has no owner. NOTIFY_EINVAL when cap is too small, a
 * number of m is out of its range, a string does not end inside its array,
 * or m breaks the erasure's rule (erased: final, phone and text ""; not
 * erased: a text, and a valid phone in version 1). The strings' content is
 * not scanned again: the outbox checks it (notify_msg_valid) when it takes
 * a message, and decode refuses a record written from one that breaks it. */
int notify_record_encode(const notify_msg_t *m, uint8_t *buf, size_t cap, size_t *len);
/* Reads a record of len bytes into *out. A message of version 2 not yet
 * erased comes back with `to` "": the caller fills it from the owner
 * before it is a whole message. NOTIFY_EINVAL (and *out zeroed) for an
 * unknown version, a truncated or overlong field, a varint not in its
 * shortest form, a NUL inside a string, bytes left over, or a message
 * notify_msg_valid refuses (given its phone, in version 2, which must name
 * an owner). */
int notify_record_decode(const uint8_t *buf, size_t len, notify_msg_t *out);

/* The longest "sent" record: two numbers of at most 20 digits and a tab. */
#define NOTIFY_SENT_REC_MAX 41
/* Writes the "sent" record of a message sent at sent_ms (from 0) after
 * `attempts` attempts into buf (NOTIFY_SENT_REC_MAX bytes, no NUL) and
 * returns its length. */
size_t notify_sent_encode(int64_t sent_ms, uint32_t attempts, char *buf);
/* Reads a "sent" record of len bytes into *sent_ms and *attempts.
 * NOTIFY_EINVAL (both 0) unless it is two runs of decimal digits with one
 * tab between, a time up to NOTIFY_MS_MAX and attempts that fit 32 bits. */
int notify_sent_decode(const void *text, size_t len, int64_t *sent_ms, uint32_t *attempts);

#endif

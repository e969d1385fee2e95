/*
 * template.h - the texts of the messages, in Bahasa Indonesia, rendered
 * from a template name and a few parameters: the ticket number, the
 * counter, the agency's short name, the service's name, the booking code,
 * the slot's date and time, how many tickets are ahead. A text never holds
 * a citizen's name, NIK or phone: there is no parameter for them, and a
 * parameter holding a run of 10 or more digits is refused.
 *
 * The texts are ASCII, so an SMS carries 160 characters in one part (GSM
 * 7-bit); each is written to stay within 160 with the usual names. When a
 * long service name would push a text past 160, or no service is given,
 * a template that names the service is rendered in its brief form without
 * it; a text is never longer than 480 bytes (three parts). ticket.near
 * with nobody ahead says "giliran Anda berikutnya" instead of a count.
 * An agency may give its own text for a template (its plugin's
 * notify.texts, checked by notify_text_check), used in place of both forms.
 * A part of a pattern in square brackets is said only when a link is given
 * (ticket.issued ends with its status page then); a text with a link may
 * take a second SMS part.
 *
 *   ticket.issued      Nomor antrean Anda A-007 untuk Perekaman KTP-el
 *                      (Dukcapil). Kami kirim pesan lagi saat giliran Anda
 *                      sudah dekat.
 *   ticket.near        Nomor A-007 (Dukcapil): tinggal 3 antrean lagi
 *                      sebelum giliran Anda. Mohon bersiap di ruang tunggu.
 *   ticket.called      Nomor A-007 dipanggil ke Loket 3 (Dukcapil).
 *                      Silakan menuju loket.
 *   ticket.recalled    Panggilan ulang: nomor A-007 ke Loket 3 (Dukcapil).
 *                      Silakan segera menuju loket.
 *   ticket.no_show     ... dilewati karena tidak hadir saat dipanggil ...
 *   ticket.transferred Nomor A-007 diteruskan ke <service> (<agency>) ...
 *   ticket.closed      Mohon maaf, layanan Dukcapil sudah tutup hari ini ...
 *   ticket.finished    Terima kasih, ... Mohon isi survei kepuasan: <link>
 *   booking.made       Booking BK-7QK3 berhasil: Perekaman KTP-el
 *                      (Dukcapil), Senin, 7 Des 2026 pukul 09.30 WIB. ...
 *   booking.reminder   Pengingat booking BK-7QK3: ...
 *   booking.missed     Booking BK-7QK3 (Dukcapil) Senin, 7 Des 2026 pukul
 *                      09.30 WIB terlewat. ...
 *   booking.cancelled  Booking BK-7QK3 (Dukcapil) ... telah dibatalkan.
 *
 * template.c holds every text in full.
 */
#ifndef MPP_NOTIFY_TEMPLATE_H
#define MPP_NOTIFY_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "notify/notify.h"

/* A text fits one SMS part up to this many bytes. */
#define NOTIFY_SMS_CHARS 160
/* The longest agency short name and service name a text takes, in bytes. */
#define NOTIFY_AGENCY_MAX 100
#define NOTIFY_SERVICE_MAX 200

/* What a text may say. Strings are borrowed for the call; a template
 * refuses to render without each parameter it uses. */
typedef struct notify_params {
    const char *ticket;  /* the ticket number, "A-007" (notify_ref_valid) */
    int counter;         /* the counter's number, 1 to 9999 */
    const char *agency;  /* the agency's short name, "Dukcapil" */
    const char *service; /* the service's name, "Perekaman KTP-el" */
    const char *booking; /* the booking code, "BK-7QK3" (notify_ref_valid) */
    int64_t at_ms;       /* the booked slot's start, ms since the epoch */
    int utc_offset_min;  /* the hall's zone, to show at_ms in local time */
    int ahead;           /* tickets before this one (ticket.near), 0 to 9999 */
    const char *link;    /* the ticket's status or survey page (notify_link_valid);
                            NULL: texts leave their "[...]" part out */
    /* an agency's own texts (its plugin's notify.texts, checked by
     * notify_text_check): template name, pattern, ..., NULL; NULL: none */
    const char *const *own;
} notify_params_t;

/* The longest link a text takes, with its NUL. */
#define NOTIFY_LINK_MAX 200

/* Whether s is a link a text may carry: http:// or https://, then
 * printable ASCII without spaces, quotes or brackets, under
 * NOTIFY_LINK_MAX bytes. */
bool notify_link_valid(const char *s);

/* Renders the template's text into out (NOTIFY_TEXT_MAX bytes always
 * suffice). NOTIFY_EINVAL (out "" when outlen > 0) for an unknown
 * template, a parameter it uses that is missing or malformed (control
 * characters, broken UTF-8, too long, 10 digits in a row, a number out of
 * range), or an out too small. */
int notify_render(const char *template_name, const notify_params_t *p, char *out, size_t outlen);
/* Whether `pattern` may stand for template `name` in an agency's plugin:
 * the template exists; every {placeholder} is one its own text uses (so
 * the hall always has its value); a "[...]" part holds {link} only; the
 * text is valid one-line text; and rendered with the longest usual names
 * (BPJS Ketenagakerjaan, a 33-character service, a ticket "BPJSKES-123")
 * it fits one SMS of 160 bytes, two parts with a status link. NOTIFY_OK,
 * or NOTIFY_EINVAL with the reason in err. */
int notify_text_check(const char *name, const char *pattern, char *err, size_t errlen);
/* Whether a template of this name exists. */
bool notify_template_known(const char *name);
/* The i-th template's name, from 0; NULL past the last. */
const char *notify_template_at(size_t i);
/* Writes the local date and time of ms as a text says it, "Senin, 7 Des
 * 2026 pukul 09.30 WIB" (WITA at +08:00, WIT at +09:00, "UTC+05:30"
 * elsewhere) into out. NOTIFY_EINVAL (out "") for a time or offset out of
 * range or an out too small (48 bytes suffice). */
int notify_format_when(int64_t ms, int utc_offset_min, char *out, size_t outlen);

#endif

/*
 * template.c - the Bahasa Indonesia texts and their rendering
 * (template.h). A text is a pattern with {placeholders}; each placeholder
 * names one parameter, checked when it is used. A template may have a
 * brief form (without the service, for a text past 160 bytes) and, for
 * ticket.near, a form for the ticket that is next in line.
 */
#include "notify/template.h"

#include <stdio.h>
#include <string.h>

#include "booking/calendar.h"
#include "notify/quiet.h" /* NOTIFY_OFFSET_MIN/MAX */

typedef struct tmpl {
    const char *name;
    const char *full;
    const char *brief; /* without {service}; NULL: none */
    const char *next;  /* ticket.near with nobody ahead; NULL: none */
} tmpl_t;

static const tmpl_t templates[] = {
    {"ticket.issued",
     "Nomor antrean Anda {ticket} untuk {service} ({agency}). Kami kirim pesan lagi saat giliran "
     "Anda sudah dekat.[ Pantau antrean: {link}]",
     "Nomor antrean Anda {ticket} ({agency}). Kami kirim pesan lagi saat giliran Anda sudah "
     "dekat.[ Pantau antrean: {link}]",
     NULL},
    {"ticket.near",
     "Nomor {ticket} ({agency}): tinggal {ahead} antrean lagi sebelum giliran Anda. Mohon bersiap "
     "di ruang tunggu.",
     NULL, "Nomor {ticket} ({agency}): giliran Anda berikutnya. Mohon bersiap di dekat loket."},
    {"ticket.called",
     "Nomor {ticket} dipanggil ke Loket {counter} ({agency}). Silakan menuju loket.", NULL, NULL},
    {"ticket.recalled",
     "Panggilan ulang: nomor {ticket} ke Loket {counter} ({agency}). Silakan segera menuju loket.",
     NULL, NULL},
    {"ticket.no_show",
     "Nomor {ticket} ({agency}) dilewati karena tidak hadir saat dipanggil. Silakan lapor ke "
     "petugas loket.",
     NULL, NULL},
    {"ticket.transferred",
     "Nomor {ticket} diteruskan ke {service} ({agency}). Silakan tunggu panggilan berikutnya.",
     "Nomor {ticket} diteruskan ke layanan {agency}. Silakan tunggu panggilan berikutnya.", NULL},
    {"ticket.closed",
     "Mohon maaf, layanan {agency} sudah tutup hari ini dan nomor {ticket} dibatalkan. Silakan "
     "datang lagi pada hari kerja berikutnya.",
     NULL, NULL},
    {"ticket.finished",
     "Terima kasih, layanan nomor {ticket} ({agency}) selesai. Mohon isi survei kepuasan "
     "(1 menit): {link}",
     NULL, NULL},
    {"booking.made",
     "Booking {booking} berhasil: {service} ({agency}), {when}. Tunjukkan kode ini di kios MPP "
     "saat datang.",
     "Booking {booking} berhasil: {agency}, {when}. Tunjukkan kode ini di kios MPP saat datang.",
     NULL},
    {"booking.reminder",
     "Pengingat booking {booking}: {service} ({agency}), {when}. Check-in di kios MPP dengan kode "
     "ini.",
     "Pengingat booking {booking}: {agency}, {when}. Check-in di kios MPP dengan kode ini.", NULL},
    {"booking.missed",
     "Booking {booking} ({agency}) {when} terlewat. Silakan booking lagi atau ambil antrean di "
     "kios "
     "MPP.",
     NULL, NULL},
    {"booking.cancelled", "Booking {booking} ({agency}) {when} telah dibatalkan.", NULL, NULL},
};

#define TEMPLATE_COUNT (sizeof templates / sizeof templates[0])

static const tmpl_t *find(const char *name)
{
    for (size_t i = 0; i < TEMPLATE_COUNT; i++)
        if (strcmp(templates[i].name, name) == 0)
            return &templates[i];
    return NULL;
}

bool notify_template_known(const char *name)
{
    return name && find(name);
}

const char *notify_template_at(size_t i)
{
    return i < TEMPLATE_COUNT ? templates[i].name : NULL;
}

/* ---- dates ---- */

static const char *const day_names[7] = {"Minggu", "Senin", "Selasa", "Rabu",
                                         "Kamis",  "Jumat", "Sabtu"};
static const char *const month_names[12] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                            "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};

int notify_format_when(int64_t ms, int utc_offset_min, char *out, size_t outlen)
{
    if (outlen)
        out[0] = '\0';
    if (ms < 0 || ms > NOTIFY_MS_MAX || utc_offset_min < NOTIFY_OFFSET_MIN ||
        utc_offset_min > NOTIFY_OFFSET_MAX)
        return NOTIFY_EINVAL;
    calendar_date_t date = calendar_date_of_ms(ms, utc_offset_min);
    int64_t minute = (ms - calendar_date_start_ms(date, utc_offset_min)) / 60000;
    int year, month, day;
    calendar_date_to_ymd(date, &year, &month, &day);
    int weekday = calendar_weekday(date) % 7; /* ISO 7, Sunday, is day_names[0] */

    char zone[16];
    switch (utc_offset_min) {
    case 7 * 60: snprintf(zone, sizeof zone, "WIB"); break;
    case 8 * 60: snprintf(zone, sizeof zone, "WITA"); break;
    case 9 * 60: snprintf(zone, sizeof zone, "WIT"); break;
    default: {
        int a = utc_offset_min < 0 ? -utc_offset_min : utc_offset_min;
        snprintf(zone, sizeof zone, "UTC%c%02d:%02d", utc_offset_min < 0 ? '-' : '+', a / 60,
                 a % 60);
    }
    }
    int n = snprintf(out, outlen, "%s, %d %s %d pukul %02d.%02d %s", day_names[weekday], day,
                     month_names[month - 1], year, (int)(minute / 60), (int)(minute % 60), zone);
    if (n < 0 || (size_t)n >= outlen) {
        if (outlen)
            out[0] = '\0';
        return NOTIFY_EINVAL;
    }
    return NOTIFY_OK;
}

/* ---- rendering ---- */

/* A name or label a text may carry: 1 to max bytes of clean one-line
 * text, without 10 digits in a row (a phone number or a NIK). */
static bool label_ok(const char *s, size_t max)
{
    if (!s)
        return false;
    size_t len = strnlen(s, max + 1);
    if (len == 0 || len > max || !notify_text_valid(s, len, false))
        return false;
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
        if (run >= 10)
            return false;
    }
    return true;
}

/* The value of the placeholder `name` (len bytes): a parameter's own
 * string, or a number or time written into val (cap bytes); its length in
 * *n. NULL when the template uses a parameter that is missing or wrong. */
static const char *value_of(const char *name, size_t len, const notify_params_t *p, char *val,
                            size_t cap, size_t *n)
{
#define IS(lit) (len == sizeof lit - 1 && memcmp(name, lit, len) == 0)
    const char *s = NULL;
    if (IS("ticket")) {
        if (!p->ticket || !notify_ref_valid(p->ticket))
            return NULL;
        s = p->ticket;
    } else if (IS("booking")) {
        if (!p->booking || !notify_ref_valid(p->booking))
            return NULL;
        s = p->booking;
    } else if (IS("agency")) {
        if (!label_ok(p->agency, NOTIFY_AGENCY_MAX))
            return NULL;
        s = p->agency;
    } else if (IS("service")) {
        if (!label_ok(p->service, NOTIFY_SERVICE_MAX))
            return NULL;
        s = p->service;
    } else if (IS("counter") || IS("ahead")) {
        bool counter = IS("counter");
        int v = counter ? p->counter : p->ahead;
        if (v < (counter ? 1 : 0) || v > 9999)
            return NULL;
        snprintf(val, cap, "%d", v);
        s = val;
    } else if (IS("link")) {
        if (!notify_link_valid(p->link))
            return NULL;
        s = p->link;
    } else if (IS("when")) {
        if (p->at_ms <= 0 || notify_format_when(p->at_ms, p->utc_offset_min, val, cap) != 0)
            return NULL;
        s = val;
    } else {
        return NULL; /* a placeholder no parameter fills: a mistake in the table */
    }
#undef IS
    *n = strlen(s);
    return s;
}

/* Renders one pattern into out; the length in *len. */
static int render(const char *pattern, const notify_params_t *p, char *out, size_t cap, size_t *len)
{
    size_t o = 0;
    char val[NOTIFY_SERVICE_MAX + 1];
    bool with_link = p->link && p->link[0];
    for (const char *s = pattern; *s;) {
        const char *piece = s;
        size_t n = 1;
        if (*s == '[' || *s == ']') { /* "[...]": only when there is a link */
            if (*s == '[' && !with_link) {
                const char *end = strchr(s, ']');
                if (!end)
                    return NOTIFY_EINVAL;
                s = end;
            }
            s++;
            continue;
        }
        if (*s == '{') {
            const char *end = strchr(s, '}');
            if (!end || !(piece = value_of(s + 1, (size_t)(end - s - 1), p, val, sizeof val, &n)))
                return NOTIFY_EINVAL;
            s = end + 1;
        } else {
            n = 1 + strcspn(s + 1, "[]{}"); /* this byte and the literal text up to the next mark */
            s += n;
        }
        if (n >= cap - o)
            return NOTIFY_EINVAL;
        memcpy(out + o, piece, n);
        o += n;
    }
    out[o] = '\0';
    *len = o;
    return NOTIFY_OK;
}

bool notify_link_valid(const char *s)
{
    if (!s || (strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0))
        return false;
    size_t len = strnlen(s, NOTIFY_LINK_MAX);
    if (len >= NOTIFY_LINK_MAX)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] <= 0x20 || s[i] >= 0x7f || strchr("[]{}<>\\\"'`", s[i]))
            return false;
    return true;
}

/* The agency's own pattern for template `name` in p->own, or NULL. */
static const char *own_pattern(const notify_params_t *p, const char *name)
{
    for (const char *const *o = p->own; o && o[0] && o[1]; o += 2)
        if (strcmp(o[0], name) == 0)
            return o[1];
    return NULL;
}

/* Whether the placeholder `name` (len bytes) appears in one of t's own
 * patterns, so the hall gives its value whenever it sends t. */
static bool template_uses(const tmpl_t *t, const char *name, size_t len)
{
    const char *forms[] = {t->full, t->brief, t->next};
    for (size_t i = 0; i < 3; i++)
        for (const char *s = forms[i] ? strchr(forms[i], '{') : NULL; s; s = strchr(s + 1, '{'))
            if (strncmp(s + 1, name, len) == 0 && s[1 + len] == '}')
                return true;
    return false;
}

int notify_text_check(const char *name, const char *pattern, char *err, size_t errlen)
{
    const tmpl_t *t = name ? find(name) : NULL;
    if (!t) {
        snprintf(err, errlen, "there is no message '%s' (ticket.issued, ticket.near, ...)",
                 name ? name : "");
        return NOTIFY_EINVAL;
    }
    size_t len = pattern ? strlen(pattern) : 0;
    if (!pattern || !len || !notify_text_valid(pattern, len, false) || len >= NOTIFY_TEXT_MAX) {
        snprintf(err, errlen, "%s: the text must be one line of 1 to 480 bytes", name);
        return NOTIFY_EINVAL;
    }
    bool link = false;
    for (const char *s = strchr(pattern, '{'); s; s = strchr(s + 1, '{')) {
        const char *end = strchr(s, '}');
        size_t n = end ? (size_t)(end - s - 1) : 0;
        if (!end || !template_uses(t, s + 1, n)) {
            snprintf(err, errlen,
                     "%s: {%.*s} is not said in this message (it may use what its "
                     "own text uses)",
                     name, (int)(end ? n : strlen(s + 1)), s + 1);
            return NOTIFY_EINVAL;
        }
        link = link || (n == 4 && strncmp(s + 1, "link", 4) == 0);
    }
    notify_params_t p = {.ticket = "BPJSKES-123",
                         .counter = 23,
                         .agency = "BPJS Ketenagakerjaan",
                         .service = "Pengajuan Klaim Jaminan Hari Tua",
                         .booking = "BK-7QK3",
                         .at_ms = 1796712300000LL, /* Tuesday 8 Dec 2026, 13:45 WIB */
                         .utc_offset_min = 7 * 60,
                         .ahead = 12,
                         .link = "https://mpp.purbalinggakab.go.id/t/"
                                 "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV"};
    char out[NOTIFY_TEXT_MAX];
    size_t n = 0;
    if (render(pattern, &p, out, sizeof out, &n) != NOTIFY_OK) {
        snprintf(err, errlen, "%s: the text cannot be written out (a {} or [] not closed?)", name);
        return NOTIFY_EINVAL;
    }
    size_t max = link || strchr(pattern, '[') ? 2 * 153 : NOTIFY_SMS_CHARS;
    if (n > max) {
        snprintf(err, errlen,
                 "%s: with the longest usual names the text is %zu bytes; it must "
                 "fit %zu (%s)",
                 name, n, max, max == NOTIFY_SMS_CHARS ? "one SMS" : "two SMS parts");
        return NOTIFY_EINVAL;
    }
    return NOTIFY_OK;
}

int notify_render(const char *template_name, const notify_params_t *p, char *out, size_t outlen)
{
    const tmpl_t *t = template_name ? find(template_name) : NULL;
    if (outlen)
        out[0] = '\0';
    if (!t || !p || outlen == 0)
        return NOTIFY_EINVAL;
    const char *own = own_pattern(p, template_name);
    if (own) { /* the agency's own text, checked when its plugin loaded */
        char text[NOTIFY_TEXT_MAX];
        size_t len = 0;
        if (render(own, p, text, sizeof text, &len) == NOTIFY_OK && len < outlen) {
            memcpy(out, text, len + 1);
            return NOTIFY_OK;
        }
    }
    /* without a service, the brief form; past 160 bytes, the brief form */
    const char *pattern = t->next && p->ahead == 0 ? t->next : t->full;
    if (pattern == t->full && t->brief && (!p->service || !p->service[0]))
        pattern = t->brief;
    char text[NOTIFY_TEXT_MAX];
    size_t len = 0;
    int rc = render(pattern, p, text, sizeof text, &len);
    if (rc == NOTIFY_OK && len > NOTIFY_SMS_CHARS && pattern == t->full && t->brief)
        rc = render(t->brief, p, text, sizeof text, &len);
    if (rc != NOTIFY_OK || len >= outlen)
        return NOTIFY_EINVAL;
    memcpy(out, text, len + 1);
    return NOTIFY_OK;
}

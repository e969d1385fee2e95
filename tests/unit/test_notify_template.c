/*
 * test_notify_template.c - the Bahasa Indonesia texts: each template's
 * text with the usual names within one SMS, the brief form for a long or
 * missing service, refusals of missing and malformed parameters (no NIK or
 * phone ever gets into a text), local dates and times in the hall's zone,
 * and the checks the texts and errors rely on: quiet hours, phone
 * checks and masks, error cleaning.
 */
#include "notify/template.h"
#include "test_notify_fixture.h"

/* The usual parameters: ticket A-007 at counter 3 of Dukcapil, booking
 * BK-7QK3 on Monday 7 December 2026 at 09:30 WIB. */
static notify_params_t params(void)
{
    notify_params_t p;
    memset(&p, 0, sizeof p);
    p.ticket = "A-007";
    p.counter = 3;
    p.agency = "Dukcapil";
    p.service = "Perekaman KTP-el";
    p.booking = "BK-7QK3";
    p.at_ms = fx_at(0, 9, 30);
    p.utc_offset_min = FX_JAKARTA;
    p.ahead = 3;
    return p;
}

static const char *render(const char *name, const notify_params_t *p)
{
    static char out[NOTIFY_TEXT_MAX];
    assert_int_equal(notify_render(name, p, out, sizeof out), NOTIFY_OK);
    return out;
}

/* 1: every text in full. */
static void test_texts(void **state)
{
    (void)state;
    notify_params_t p = params();
    assert_string_equal(render("ticket.called", &p),
                        "Nomor A-007 dipanggil ke Loket 3 (Dukcapil). Silakan menuju loket.");
    assert_string_equal(render("ticket.recalled", &p),
                        "Panggilan ulang: nomor A-007 ke Loket 3 (Dukcapil). Silakan segera "
                        "menuju loket.");
    assert_string_equal(render("ticket.issued", &p),
                        "Nomor antrean Anda A-007 untuk Perekaman KTP-el (Dukcapil). Kami kirim "
                        "pesan lagi saat giliran Anda sudah dekat.");
    assert_string_equal(render("ticket.near", &p),
                        "Nomor A-007 (Dukcapil): tinggal 3 antrean lagi sebelum giliran Anda. "
                        "Mohon bersiap di ruang tunggu.");
    p.ahead = 0;
    assert_string_equal(render("ticket.near", &p),
                        "Nomor A-007 (Dukcapil): giliran Anda berikutnya. Mohon bersiap di dekat "
                        "loket.");
    assert_string_equal(render("ticket.no_show", &p),
                        "Nomor A-007 (Dukcapil) dilewati karena tidak hadir saat dipanggil. "
                        "Silakan lapor ke petugas loket.");
    assert_string_equal(render("ticket.transferred", &p),
                        "Nomor A-007 diteruskan ke Perekaman KTP-el (Dukcapil). Silakan tunggu "
                        "panggilan berikutnya.");
    assert_string_equal(render("booking.made", &p),
                        "Booking BK-7QK3 berhasil: Perekaman KTP-el (Dukcapil), Senin, 7 Des 2026 "
                        "pukul 09.30 WIB. Tunjukkan kode ini di kios MPP saat datang.");
    assert_string_equal(render("booking.reminder", &p),
                        "Pengingat booking BK-7QK3: Perekaman KTP-el (Dukcapil), Senin, 7 Des 2026 "
                        "pukul 09.30 WIB. Check-in di kios MPP dengan kode ini.");
    assert_string_equal(render("booking.missed", &p),
                        "Booking BK-7QK3 (Dukcapil) Senin, 7 Des 2026 pukul 09.30 WIB terlewat. "
                        "Silakan booking lagi atau ambil antrean di kios MPP.");
    assert_string_equal(render("ticket.closed", &p),
                        "Mohon maaf, layanan Dukcapil sudah tutup hari ini dan nomor A-007 "
                        "dibatalkan. Silakan datang lagi pada hari kerja berikutnya.");
    /* a link: the status page at issue, the survey after the service */
    p.link = "https://mpp.example.id/t/abc";
    assert_string_equal(render("ticket.issued", &p),
                        "Nomor antrean Anda A-007 untuk Perekaman KTP-el (Dukcapil). Kami kirim "
                        "pesan lagi saat giliran Anda sudah dekat. Pantau antrean: "
                        "https://mpp.example.id/t/abc");
    assert_string_equal(render("ticket.finished", &p),
                        "Terima kasih, layanan nomor A-007 (Dukcapil) selesai. Mohon isi survei "
                        "kepuasan (1 menit): https://mpp.example.id/t/abc");
    p.link = NULL;
    char out[NOTIFY_TEXT_MAX];
    assert_int_equal(notify_render("ticket.finished", &p, out, sizeof out), NOTIFY_EINVAL);
    p.link = "javascript:alert(1)";
    assert_int_equal(notify_render("ticket.finished", &p, out, sizeof out), NOTIFY_EINVAL);
    p.link = "https://x.id/a b";
    assert_int_equal(notify_render("ticket.finished", &p, out, sizeof out), NOTIFY_EINVAL);
    p.link = NULL;
    assert_string_equal(render("booking.cancelled", &p),
                        "Booking BK-7QK3 (Dukcapil) Senin, 7 Des 2026 pukul 09.30 WIB telah "
                        "dibatalkan.");
}

/* 2: with the bundled hall's longest usual names every text is one SMS
 * part of ASCII, and two with a status link of a long hall address; each
 * template is known and listed once. */
static void test_sms_sized(void **state)
{
    (void)state;
    notify_params_t p = params();
    p.ticket = "BPJSKES-123";
    p.counter = 23;
    p.agency = "BPJS Ketenagakerjaan";
    p.service = "Pengajuan Klaim Jaminan Hari Tua";
    p.at_ms = fx_at(1, 13, 45); /* Selasa: the longest day name */
    size_t n = 0;
    static const char link[] = "https://mpp.purbalinggakab.go.id/t/"
                               "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV";
    for (const char *name; (name = notify_template_at(n)) != NULL; n++) {
        assert_true(notify_template_known(name));
        assert_true(notify_template_name_valid(name));
        for (int ahead = 0; ahead <= 3; ahead++) {
            p.ahead = ahead % 2;
            p.link = ahead >= 2 || strcmp(name, "ticket.finished") == 0 ? link : NULL;
            const char *text = render(name, &p);
            size_t len = strlen(text);
            if (len > (p.link ? 2 * 153 : NOTIFY_SMS_CHARS))
                fail_msg("%s is %zu bytes: %s", name, len, text);
            for (size_t i = 0; i < len; i++)
                assert_true(text[i] >= 0x20 && text[i] < 0x7f);
            assert_non_null(strstr(text, name[0] == 't' ? "BPJSKES-123" : "BK-7QK3"));
        }
    }
    assert_int_equal(n, 12);
    assert_false(notify_template_known("ticket.unknown"));
    assert_false(notify_template_known(NULL));
}

/* 3: a service name that would make a text longer than 160 is left out,
 * and so is a missing one, where the template has a brief form. */
static void test_brief_form(void **state)
{
    (void)state;
    notify_params_t p = params();
    p.service = "Penerbitan Akta Kelahiran, Kartu Keluarga dan Kartu Identitas Anak untuk "
                "Anak Usia di Bawah Tujuh Belas Tahun";
    assert_string_equal(render("booking.made", &p),
                        "Booking BK-7QK3 berhasil: Dukcapil, Senin, 7 Des 2026 pukul 09.30 WIB. "
                        "Tunjukkan kode ini di kios MPP saat datang.");
    assert_string_equal(render("ticket.transferred", &p),
                        "Nomor A-007 diteruskan ke layanan Dukcapil. Silakan tunggu panggilan "
                        "berikutnya.");
    p.service = NULL;
    assert_string_equal(render("ticket.issued", &p),
                        "Nomor antrean Anda A-007 (Dukcapil). Kami kirim pesan lagi saat giliran "
                        "Anda sudah dekat.");
    p.service = "";
    assert_non_null(strstr(render("booking.reminder", &p), "BK-7QK3: Dukcapil, Senin"));
    /* UTF-8 in a name is kept as it is */
    p.agency = "Dinas Pendidikan & Kebudayaan \xe2\x80\x93 Cabang";
    assert_non_null(strstr(render("ticket.called", &p), "(Dinas Pendidikan & Kebudayaan \xe2\x80"));
}

/* 4: parameters a template uses must be there and well formed; a run of
 * 10 digits (a phone number, a NIK) is refused wherever it is hidden. */
static void test_refusals(void **state)
{
    (void)state;
    char out[NOTIFY_TEXT_MAX];
    notify_params_t p = params();
    assert_int_equal(notify_render("ticket.unknown", &p, out, sizeof out), NOTIFY_EINVAL);
    assert_int_equal(notify_render(NULL, &p, out, sizeof out), NOTIFY_EINVAL);
    assert_int_equal(notify_render("ticket.called", NULL, out, sizeof out), NOTIFY_EINVAL);

    notify_params_t cases[12];
    const char *names[12] = {"ticket.called", "ticket.called", "ticket.called", "ticket.called",
                             "booking.made",  "booking.made",  "ticket.near",   "ticket.called",
                             "ticket.issued", "booking.made",  "ticket.called", "ticket.issued"};
    for (size_t i = 0; i < 12; i++)
        cases[i] = params();
    cases[0].ticket = NULL;
    cases[1].counter = 0;
    cases[2].agency = "";
    cases[3].ticket = "A 007";
    cases[4].at_ms = 0;
    cases[5].booking = "BK-7QK3\n";
    cases[6].ahead = -1;
    cases[7].agency = "Dukcapil\r\nX-Header: 1";
    cases[8].service = "KTP-el 3303014507900001"; /* a NIK */
    cases[9].service = "Hubungi 081234567890";    /* a phone */
    cases[10].counter = 10000;
    char longest[NOTIFY_SERVICE_MAX + 2];
    memset(longest, 's', sizeof longest - 1);
    longest[sizeof longest - 1] = '\0';
    cases[11].service = longest;
    for (size_t i = 0; i < 12; i++) {
        strcpy(out, "x");
        if (notify_render(names[i], &cases[i], out, sizeof out) != NOTIFY_EINVAL)
            fail_msg("case %zu rendered: %s", i, out);
        assert_string_equal(out, "");
    }
    /* nine digits in a row are fine ("Loket" numbers, years) */
    p.service = "Layanan 123456789";
    assert_int_equal(notify_render("ticket.issued", &p, out, sizeof out), NOTIFY_OK);
    /* an out too small */
    assert_int_equal(notify_render("ticket.called", &p, out, 20), NOTIFY_EINVAL);
    assert_string_equal(out, "");
}

/* 5: dates and times as a text says them, in the hall's zone. */
static void test_when(void **state)
{
    (void)state;
    char out[48];
    assert_int_equal(notify_format_when(fx_at(0, 9, 30), FX_JAKARTA, out, sizeof out), NOTIFY_OK);
    assert_string_equal(out, "Senin, 7 Des 2026 pukul 09.30 WIB");
    assert_int_equal(notify_format_when(fx_at(0, 9, 30), 8 * 60, out, sizeof out), NOTIFY_OK);
    assert_string_equal(out, "Senin, 7 Des 2026 pukul 10.30 WITA");
    assert_int_equal(notify_format_when(fx_at(0, 9, 30), 9 * 60, out, sizeof out), NOTIFY_OK);
    assert_string_equal(out, "Senin, 7 Des 2026 pukul 11.30 WIT");
    assert_int_equal(notify_format_when(fx_at(0, 0, 30), 0, out, sizeof out), NOTIFY_OK);
    assert_string_equal(out, "Minggu, 6 Des 2026 pukul 17.30 UTC+00:00");
    assert_int_equal(notify_format_when(fx_at(0, 0, 30), -(3 * 60 + 30), out, sizeof out),
                     NOTIFY_OK);
    assert_string_equal(out, "Minggu, 6 Des 2026 pukul 14.00 UTC-03:30");

    struct {
        int64_t ms;
        const char *text;
    } cases[] = {
        {0, "Kamis, 1 Jan 1970 pukul 07.00 WIB"},
        {1835417100000LL, "Selasa, 29 Feb 2028 pukul 13.05 WIB"},
        {951868800000LL, "Rabu, 1 Mar 2000 pukul 07.00 WIB"},
        {951868800000LL - NOTIFY_DAY_MS, "Selasa, 29 Feb 2000 pukul 07.00 WIB"},
        {4107542400000LL, "Senin, 1 Mar 2100 pukul 07.00 WIB"},
        {4107542400000LL - NOTIFY_DAY_MS, "Minggu, 28 Feb 2100 pukul 07.00 WIB"},
        {fx_at(24, 23, 59), "Kamis, 31 Des 2026 pukul 23.59 WIB"},
        {fx_at(25, 0, 0), "Jumat, 1 Jan 2027 pukul 00.00 WIB"},
        {NOTIFY_MS_MAX - 7 * FX_HOUR, "Jumat, 31 Des 9999 pukul 23.59 WIB"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        assert_int_equal(notify_format_when(cases[i].ms, FX_JAKARTA, out, sizeof out), NOTIFY_OK);
        assert_string_equal(out, cases[i].text);
    }
    /* every day of 2026 to 2029 against a running count */
    static const int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                           "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
    int64_t day = fx_at(-340, 12, 0); /* 2026-01-01 12:00 */
    for (int year = 2026; year <= 2029; year++) {
        for (int m = 0; m < 12; m++) {
            int days = month_days[m] + (m == 1 && year % 4 == 0);
            for (int d = 1; d <= days; d++, day += NOTIFY_DAY_MS) {
                char want[48];
                assert_int_equal(notify_format_when(day, FX_JAKARTA, out, sizeof out), NOTIFY_OK);
                snprintf(want, sizeof want, "%d %s %d pukul 12.00 WIB", d, months[m], year);
                assert_non_null(strstr(out, want));
            }
        }
    }
    assert_int_equal(notify_format_when(-1, FX_JAKARTA, out, sizeof out), NOTIFY_EINVAL);
    assert_int_equal(notify_format_when(0, 841, out, sizeof out), NOTIFY_EINVAL);
    assert_int_equal(notify_format_when(0, FX_JAKARTA, out, 10), NOTIFY_EINVAL);
    assert_string_equal(out, "");
}

/* 6: quiet hours as the config writes them. */
static void test_quiet_parse(void **state)
{
    (void)state;
    notify_quiet_t q;
    char err[128];
    assert_int_equal(notify_quiet_parse("21:00-06:00", &q, err, sizeof err), NOTIFY_OK);
    assert_true(q.start_min == 21 * 60 && q.end_min == 6 * 60);
    assert_int_equal(notify_quiet_parse("12:30-13:15", &q, err, sizeof err), NOTIFY_OK);
    assert_true(q.start_min == 12 * 60 + 30 && q.end_min == 13 * 60 + 15);
    assert_int_equal(notify_quiet_parse("22:00-24:00", &q, err, sizeof err), NOTIFY_OK);
    assert_true(q.start_min == 22 * 60 && q.end_min == 0);
    assert_true(notify_quiet_active(&q, fx_at(0, 23, 59), FX_JAKARTA));
    assert_false(notify_quiet_active(&q, fx_at(1, 0, 0), FX_JAKARTA));
    assert_int_equal(notify_quiet_defer(&q, fx_at(0, 22, 0), FX_JAKARTA), fx_at(1, 0, 0));
    assert_int_equal(notify_quiet_parse("", &q, err, sizeof err), NOTIFY_OK);
    assert_true(q.start_min == 0 && q.end_min == 0);
    assert_false(notify_quiet_active(&q, fx_at(0, 3, 0), FX_JAKARTA));
    assert_int_equal(notify_quiet_defer(&q, fx_at(0, 3, 0), FX_JAKARTA), fx_at(0, 3, 0));
    assert_int_equal(notify_quiet_parse("off", &q, NULL, 0), NOTIFY_OK);

    const char *bad[] = {"21:00",        "21:00-6:00",  "21.00-06.00", "24:00-06:00", "21:60-06:00",
                         "21:00-06:00 ", "06:00-06:00", "00:00-24:00", "aa:bb-cc:dd", "of"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        err[0] = '\0';
        assert_int_equal(notify_quiet_parse(bad[i], &q, err, sizeof err), NOTIFY_EINVAL);
        assert_non_null(strstr(err, "quiet hours"));
    }
    assert_int_equal(notify_quiet_parse("00:00-24:00", &q, err, sizeof err), NOTIFY_EINVAL);
    assert_non_null(strstr(err, "whole day"));
    /* the edges: the start is quiet, the end is not */
    assert_int_equal(notify_quiet_parse("21:00-06:00", &q, NULL, 0), NOTIFY_OK);
    assert_true(notify_quiet_active(&q, fx_at(0, 21, 0), FX_JAKARTA));
    assert_false(notify_quiet_active(&q, fx_at(0, 21, 0) - 1, FX_JAKARTA));
    assert_false(notify_quiet_active(&q, fx_at(0, 6, 0), FX_JAKARTA));
    assert_true(notify_quiet_active(&q, fx_at(0, 6, 0) - 1, FX_JAKARTA));
    assert_int_equal(notify_local_ms_of_day(-1, 0), NOTIFY_DAY_MS - 1);
}

/* 7: phones, masks, names, and errors cleaned of anything like a phone. */
static void test_strings(void **state)
{
    (void)state;
    assert_true(notify_phone_valid("+6281234567890"));
    assert_true(notify_phone_valid("+628123456789"));
    assert_true(notify_phone_valid("+62812345678"));
    assert_false(notify_phone_valid("+6281234567"));      /* too short */
    assert_true(notify_phone_valid("+62812345678901"));   /* 13 digits from 0812 */
    assert_false(notify_phone_valid("+628123456789012")); /* too long */
    assert_false(notify_phone_valid("+6280123456789"));   /* 0800 */
    assert_false(notify_phone_valid("+6221234567890"));   /* a landline */
    assert_false(notify_phone_valid("081234567890"));     /* national */
    assert_false(notify_phone_valid("+62812-3456-7890")); /* dashes */
    char out[NOTIFY_PHONE_MAX];
    assert_int_equal(notify_mask_phone("+628123456789", out, sizeof out), NOTIFY_OK);
    assert_string_equal(out, "+62812****789");
    assert_int_equal(notify_mask_phone("", out, sizeof out), NOTIFY_OK);
    assert_string_equal(out, "");
    assert_int_equal(notify_mask_phone("081234567890", out, sizeof out), NOTIFY_EINVAL);
    assert_string_equal(out, "");
    assert_int_equal(notify_mask_phone("+628123456789", out, 13), NOTIFY_EINVAL);

    assert_true(notify_ref_valid("A-007"));
    assert_true(notify_ref_valid("BK-7QK3"));
    assert_false(notify_ref_valid(""));
    assert_false(notify_ref_valid("A_007"));
    assert_false(notify_ref_valid("AAAAAAAAAAAAAAAAAAAAAAAA")); /* 24 */

    char e[NOTIFY_ERROR_MAX];
    notify_error_clean("Could not resolve host: sms.example", e);
    assert_string_equal(e, "Could not resolve host: sms.example");
    notify_error_clean("bad number 6281234567890\r\n\x01ok", e);
    assert_string_equal(e, "bad number ***   ok");
    notify_error_clean("HTTP 500; id 1234567 at 12:30", e);
    assert_string_equal(e, "HTTP 500; id 1234567 at 12:30"); /* 7 digits stay */
    notify_error_clean(NULL, e);
    assert_string_equal(e, "unknown error");
    notify_error_clean("", e);
    assert_string_equal(e, "unknown error");
    notify_error_clean("caf\xc3\xa9 \xff broken", e);
    assert_string_equal(e, "caf\xc3\xa9   broken");
    /* cut at 160 bytes, never inside a character */
    char long_in[400];
    memset(long_in, 'x', 159);
    strcpy(long_in + 159, "\xc3\xa9 and more");
    notify_error_clean(long_in, e);
    assert_int_equal(strlen(e), 159);
    memset(long_in, 'y', sizeof long_in - 1);
    long_in[sizeof long_in - 1] = '\0';
    notify_error_clean(long_in, e);
    assert_int_equal(strlen(e), 160);
    assert_true(notify_text_valid(e, strlen(e), false));
    /* a phone cut by the limit is dropped whole, not left half */
    memset(long_in, 'z', 150);
    strcpy(long_in + 150, "081234567890123");
    notify_error_clean(long_in, e);
    assert_int_equal(strlen(e), 153);
    assert_string_equal(e + 150, "***");
    memset(long_in, 'z', 158);
    strcpy(long_in + 158, "081234567890123");
    notify_error_clean(long_in, e);
    assert_int_equal(strlen(e), 158);

    assert_string_equal(notify_status_name(NOTIFY_SENT), "sent");
    assert_null(notify_status_name(NOTIFY_STATUS__COUNT));
    assert_string_equal(notify_result_name(NOTIFY_ESTATE), "wrong_state");
    assert_string_equal(notify_result_name(42), "error");
}

/* 9: an agency's own text: a known message, only the placeholders its own
 * text says, within one SMS with the longest names; used in place of the
 * hall's wording. */
static void test_agency_text(void **state)
{
    (void)state;
    char err[256];
    assert_int_equal(notify_text_check("ticket.near",
                                       "Nomor {ticket}: tinggal {ahead} lagi. Siapkan KK asli.",
                                       err, sizeof err),
                     NOTIFY_OK);
    assert_int_equal(notify_text_check("ticket.nearly", "x", err, sizeof err), NOTIFY_EINVAL);
    assert_non_null(strstr(err, "no message 'ticket.nearly'"));
    assert_int_equal(
        notify_text_check("ticket.issued", "Nomor {ticket} ke loket {counter}.", err, sizeof err),
        NOTIFY_EINVAL); /* the counter is not known at issue */
    assert_non_null(strstr(err, "{counter} is not said in this message"));
    char long_text[200];
    memset(long_text, 'a', sizeof long_text - 1);
    long_text[sizeof long_text - 1] = '\0';
    assert_int_equal(notify_text_check("ticket.called", long_text, err, sizeof err), NOTIFY_EINVAL);
    assert_non_null(strstr(err, "it must fit 160 (one SMS)"));
    assert_int_equal(notify_text_check("ticket.called", "Nomor {ticket", err, sizeof err),
                     NOTIFY_EINVAL);

    static const char *const own[] = {"ticket.near", "Nomor {ticket}: tinggal {ahead} lagi.", NULL};
    notify_params_t p = params();
    p.own = own;
    assert_string_equal(render("ticket.near", &p), "Nomor A-007: tinggal 3 lagi.");
    /* a lone closing brace is text */
    static const char *const brace[] = {"ticket.near", "Nomor {ticket} } tinggal {ahead}}", NULL};
    p.own = brace;
    assert_string_equal(render("ticket.near", &p), "Nomor A-007 } tinggal 3}");
    p.own = own;
    assert_string_equal(render("ticket.called", &p),
                        "Nomor A-007 dipanggil ke Loket 3 (Dukcapil). Silakan menuju loket.");
}

/* notify_text_valid reads printable ASCII eight bytes at a time: every
 * byte value at every place of a text, with the words' edges among them,
 * gets the answer of a byte-by-byte reading. */
static void test_text_valid_words(void **state)
{
    (void)state;
    char buf[24];
    for (size_t at = 0; at < sizeof buf; at++) {
        for (int b = 1; b < 0x80; b++) { /* one byte, among printable ones */
            memset(buf, 'a', sizeof buf);
            buf[at] = (char)b;
            bool want = (b >= 0x20 && b < 0x7f) || b == '\n';
            assert_int_equal(notify_text_valid(buf, sizeof buf, true), want);
            assert_int_equal(notify_text_valid(buf, sizeof buf, false), b >= 0x20 && b < 0x7f);
            /* the same byte past the given length is not read */
            assert_true(notify_text_valid(buf, at, false));
        }
        for (int b = 0x80; b < 0x100; b++) { /* a lone byte of a multi-byte form */
            memset(buf, 'a', sizeof buf);
            buf[at] = (char)b;
            assert_false(notify_text_valid(buf, sizeof buf, true));
        }
    }
    /* "é" (2 bytes) across a word's edge, and a DEL right after one */
    memset(buf, 'a', sizeof buf);
    memcpy(buf + 7, "\xc3\xa9", 2);
    assert_true(notify_text_valid(buf, sizeof buf, false));
    buf[16] = 0x7f;
    assert_false(notify_text_valid(buf, sizeof buf, false));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_texts),
        cmocka_unit_test(test_sms_sized),
        cmocka_unit_test(test_brief_form),
        cmocka_unit_test(test_refusals),
        cmocka_unit_test(test_when),
        cmocka_unit_test(test_quiet_parse),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_agency_text),
        cmocka_unit_test(test_text_valid_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

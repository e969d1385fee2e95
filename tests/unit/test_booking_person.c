/*
 * test_booking_person.c - phone numbers, NIKs and names accepted and
 * refused from tables, and the masks of names (multibyte included) and
 * phones.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "booking/person.h"

/* 1: the three ways a mobile number is typed give one E.164 number. */
static void test_phone_accepted(void **state)
{
    (void)state;
    struct {
        const char *in, *e164;
    } cases[] = {
        {"081234567890", "+6281234567890"},   {"6281234567890", "+6281234567890"},
        {"+6281234567890", "+6281234567890"}, {"0812345678", "+62812345678"},
        {"0812345678901", "+62812345678901"}, {"+62812345678901", "+62812345678901"},
        {"085712345678", "+6285712345678"},   {"0895123456789", "+62895123456789"},
        {"628123456789", "+628123456789"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[BOOKING_PHONE_MAX];
        assert_int_equal(booking_phone_normalize(cases[i].in, out, NULL, 0), BOOKING_OK);
        assert_string_equal(out, cases[i].e164);
        assert_true(booking_phone_valid(out));
    }
}

/* 2: anything else is refused with a message saying why. */
static void test_phone_refused(void **state)
{
    (void)state;
    struct {
        const char *in, *why;
    } cases[] = {
        {"", "missing"},
        {"081234567", "10 to 13 digits"},      /* 9 digits */
        {"08123456789012", "10 to 13 digits"}, /* 14 digits */
        {"+628123456", "10 to 13 digits"},
        {"0812-3456-7890", "only digits"},
        {"0812 3456 7890", "only digits"},
        {"+62 81234567890", "only digits"},
        {"++6281234567890", "only digits"},
        {"081234567890\n", "only digits"},
        {"\xef\xbc\x90"
         "81234567890",
         "only digits"},                              /* a fullwidth 0 */
        {"62081234567890", "starts 08, 628 or +628"}, /* 0 after the country code */
        {"+62081234567890", "starts 08, 628 or +628"},
        {"0212345678", "starts 08, 628 or +628"},  /* a Jakarta landline */
        {"+6581234567", "starts 08, 628 or +628"}, /* Singapore */
        {"8123456789", "starts 08, 628 or +628"},
        {"+", "starts 08, 628 or +628"},
        {"62", "starts 08, 628 or +628"},
        {"0800123456", "no 080"}, /* toll-free */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[BOOKING_PHONE_MAX] = "x", err[128] = "";
        assert_int_equal(booking_phone_normalize(cases[i].in, out, err, sizeof err),
                         BOOKING_EINVAL);
        assert_string_equal(out, "");
        assert_non_null(strstr(err, "phone: "));
        assert_non_null(strstr(err, cases[i].why));
    }
    char out[BOOKING_PHONE_MAX];
    assert_int_equal(booking_phone_normalize(NULL, out, NULL, 0), BOOKING_EINVAL);
    assert_false(booking_phone_valid("081234567890"));
    assert_false(booking_phone_valid("+62812"));
    assert_false(booking_phone_valid(NULL));
}

/* 3: NIKs of the layout PP KK CC DDMMYY SSSS, for men and women. */
static void test_nik_accepted(void **state)
{
    (void)state;
    const char *good[] = {
        "3303011208850003", /* Purbalingga, a man born 12-08-85 */
        "3303014507900001", /* a woman born 05-07-90: day + 40 */
        "1101013112990001", /* Aceh, 31 December */
        "9601017101000001", /* Papua Barat Daya, a woman born 31 January */
        "2171014101010001", /* Batam, a woman born 1 January */
        "5171010102039999",
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_int_equal(booking_nik_check(good[i], NULL, 0), BOOKING_OK);
}

static void test_nik_refused(void **state)
{
    (void)state;
    struct {
        const char *in, *why;
    } cases[] = {
        {"330301120885000", "exactly 16 digits"},
        {"33030112088500031", "exactly 16 digits"},
        {"330301120885000a", "exactly 16 digits"},
        {"3303 01120885000", "exactly 16 digits"},
        {"", "exactly 16 digits"},
        {"0303011208850003", "province"},
        {"4103011208850003", "province"},
        {"3003011208850003", "province"},
        {"3300011208850003", "regency and district"},
        {"3303001208850003", "regency and district"},
        {"3303010008850003", "day of birth"},
        {"3303013208850003", "day of birth"},
        {"3303014008850003", "day of birth"},
        {"3303017208850003", "day of birth"},
        {"3303011200850003", "month of birth"},
        {"3303011213850003", "month of birth"},
        {"3303011208850000", "serial"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char err[128] = "";
        assert_int_equal(booking_nik_check(cases[i].in, err, sizeof err), BOOKING_EINVAL);
        assert_non_null(strstr(err, "nik: "));
        assert_non_null(strstr(err, cases[i].why));
    }
    assert_int_equal(booking_nik_check(NULL, NULL, 0), BOOKING_EINVAL);
}

/* 5: names: printable UTF-8 of 1 to 80 characters, counted as characters
 * and not bytes. */
static void test_names(void **state)
{
    (void)state;
    const char *good[] = {"Sarah Rahayu",
                          "Ni Luh Putu Ayu",
                          "Wayan",
                          "A",
                          "Siti Nurhaliza binti Ahmad",
                          "I Gusti Ngurah Rai",
                          "Ñoño Gómez",
                          "王小明",
                          "O'Brien-Siregar",
                          "Budi \xf0\x9f\x98\x80"};
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_int_equal(booking_name_check(good[i], NULL, 0), BOOKING_OK);

    char eighty[BOOKING_NAME_MAX];
    memset(eighty, 'a', 80);
    eighty[80] = '\0';
    assert_int_equal(booking_name_check(eighty, NULL, 0), BOOKING_OK);
    char wide[BOOKING_NAME_MAX] = ""; /* 80 two-byte characters: 160 bytes */
    for (int i = 0; i < 80; i++)
        strcat(wide, "\xc3\xa9");
    assert_int_equal(booking_name_check(wide, NULL, 0), BOOKING_OK);
    char four[BOOKING_NAME_MAX] = ""; /* 80 four-byte characters: the most bytes */
    for (int i = 0; i < 80; i++)
        strcat(four, "\xf0\x9f\x98\x80");
    assert_int_equal(strlen(four), BOOKING_NAME_MAX - 1);
    assert_int_equal(booking_name_check(four, NULL, 0), BOOKING_OK);

    struct {
        const char *in, *why;
    } bad[] = {
        {"", "empty"},
        {"   ", "empty"},
        {"tab\there", "(U+0009) at byte 4"},
        {"\xe2\x80\xaeSiti", "writing-direction character (U+202E) at byte 1"}, /* RLO */
        {"Si\xe2\x80\x8bti", "(U+200B)"},                                       /* ZWSP */
        {"\xef\xbb\xbfSiti", "(U+FEFF)"},
        {"new\nline", "control"},
        {"del\x7f", "control"},
        {"nel\xc2\x85", "control"},                     /* U+0085 */
        {"line\xe2\x80\xa8sep", "control"},             /* U+2028 */
        {"slash\xc0\xaf", "not valid UTF-8 at byte 6"}, /* overlong '/' */
        {"sur\xed\xa0\x80", "not valid UTF-8"},         /* a surrogate */
        {"cut\xe2\x82", "not valid UTF-8"},
        {"ff\xff", "not valid UTF-8"},
        {"big\xf4\x90\x80\x80", "not valid UTF-8"}, /* past U+10FFFF */
        {"cont\x80", "not valid UTF-8"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char err[128] = "";
        assert_int_equal(booking_name_check(bad[i].in, err, sizeof err), BOOKING_EINVAL);
        assert_non_null(strstr(err, "name: "));
        assert_non_null(strstr(err, bad[i].why));
    }
    char err[128];
    strcat(eighty, "b");
    assert_int_equal(booking_name_check(eighty, err, sizeof err), BOOKING_EINVAL);
    assert_string_equal(err, "name: 81 characters, at most 80");
    assert_int_equal(booking_name_check(NULL, NULL, 0), BOOKING_EINVAL);
}

/* 6: masks as the contract writes them, by characters and not bytes. */
static void test_masks(void **state)
{
    (void)state;
    struct {
        const char *in, *masked;
    } names[] = {
        {"Sarah Rahayu", "Sa*** Ra****"},
        {"Ni Luh Putu", "N* L** Pu**"},
        {"A", "*"},
        {"X Y", "* *"},
        {"Ñoño Gómez", "Ño** Gó***"},
        {"Ñoño 山田 太郎", "Ño** 山* 太*"},
        {"王小明", "王**"},
        {"Sarah  Rahayu ", "Sa***  Ra**** "},
        {"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80**"},
        {"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80",
         "\xf0\x9f\x98\x80\xf0\x9f\x98\x80**"},
        {"ab\xff"
         "cd",
         "ab***"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char out[BOOKING_NAME_MAX];
        assert_int_equal(booking_mask_name(names[i].in, out, strlen(names[i].in) + 1), BOOKING_OK);
        assert_string_equal(out, names[i].masked);
    }
    char small[4] = "xyz";
    assert_int_equal(booking_mask_name("Sarah", small, sizeof small), BOOKING_EINVAL);
    assert_string_equal(small, "");

    struct {
        const char *in, *masked;
    } phones[] = {
        {"+628123456789", "+62812****789"},
        {"+6281234567890", "+62812*****890"},
        {"+62812345678", "+62812***678"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof phones / sizeof *phones; i++) {
        char out[BOOKING_PHONE_MAX];
        assert_int_equal(booking_mask_phone(phones[i].in, out, sizeof out), BOOKING_OK);
        assert_string_equal(out, phones[i].masked);
    }
    char out[BOOKING_PHONE_MAX] = "x";
    assert_int_equal(booking_mask_phone("081234567890", out, sizeof out), BOOKING_EINVAL);
    assert_string_equal(out, "");
    assert_int_equal(booking_mask_phone("+628123456789", out, 13), BOOKING_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phone_accepted), cmocka_unit_test(test_phone_refused),
        cmocka_unit_test(test_nik_accepted),   cmocka_unit_test(test_nik_refused),
        cmocka_unit_test(test_names),          cmocka_unit_test(test_masks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

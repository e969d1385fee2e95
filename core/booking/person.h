/*
 * person.h - the personal data a booking holds, checked on the way in and
 * masked on the way out: a phone number, a NIK and a name.
 *
 * Phone: an Indonesian mobile number, typed as 08..., 628... or +628...,
 * digits only apart from the leading +. In its national form (08...) it
 * has 10 to 13 digits, so the part after the 0 (or the 62) has 9 to 12,
 * starts with 8 and then not 0 (0800 numbers are toll-free lines, not
 * phones). It is kept in E.164: "+62" then that part, "+6281234567890".
 *
 * NIK: exactly 16 digits, laid out as Dukcapil issues them:
 *   PP KK CC DDMMYY SSSS
 *   PP province, KK regency or city, CC district (the Kemendagri region
 *   codes); DD day of birth, plus 40 for women (01-31 or 41-71); MM month
 *   (01-12); YY year; SSSS a serial from 0001.
 * The check follows that layout: the province's first digit is an island
 * group of the region codes (1 Sumatera, 2 Kepulauan Riau, 3 Jawa, 5 Bali
 * and Nusa Tenggara, 6 Kalimantan, 7 Sulawesi, 8 Maluku, 9 Papua) and its
 * second is not 0; regency, district and serial are not all zeros; day and
 * month as above. It catches typing mistakes, not invented numbers, and it
 * does not hold the province against a list, so a province made later
 * still passes.
 *
 * Name: 1 to 80 characters of valid UTF-8, not only spaces, without control
 * characters (C0, DEL, C1) or line and paragraph separators.
 *
 * Masks (CONTRACT.md, "Bookings"): each word of a name keeps its first two
 * characters and shows a star for every other ("Sarah Rahayu" becomes
 * "Sa*** Ra****"); a phone keeps "+62", the next three digits and the last
 * three ("+62812****789").
 */
#ifndef MPP_BOOKING_PERSON_H
#define MPP_BOOKING_PERSON_H

#include <stdbool.h>
#include <stddef.h>

#include "booking/booking.h"

/* Normalises a typed phone number into E.164 in out (BOOKING_PHONE_MAX
 * bytes). BOOKING_EINVAL with a message in err (may be NULL), out "", for
 * anything that is not an Indonesian mobile number as above. */
int booking_phone_normalize(const char *in, char out[BOOKING_PHONE_MAX], char *err, size_t errlen);
/* Whether s is already a normalised number: "+628", then 8 to 11 digits,
 * the first of them not 0. */
bool booking_phone_valid(const char *s);
/* BOOKING_OK for a NIK as above; BOOKING_EINVAL with a message naming the
 * part that is wrong in err (may be NULL). */
int booking_nik_check(const char *nik, char *err, size_t errlen);
/* BOOKING_OK for a name as above; BOOKING_EINVAL with a message in err
 * (may be NULL). */
int booking_name_check(const char *name, char *err, size_t errlen);

/* Writes the masked name into out: of each word the first two characters
 * shown when it has four or more, the first when two or three, none of a
 * word of one ("Sarah Rahayu" "Sa*** Ra****", "Ni Luh" "N* L**"); outlen
 * of strlen(name) + 1 always suffices. A name that is not valid UTF-8 is
 * masked byte by byte where it breaks. BOOKING_EINVAL (out "" when
 * outlen > 0) when out is too small. */
int booking_mask_name(const char *name, char *out, size_t outlen);
/* Writes the masked phone into out (BOOKING_PHONE_MAX bytes suffice); ""
 * stays "" (an erased booking). BOOKING_EINVAL (out "") for a number that
 * is not normalised or an out too small. */
int booking_mask_phone(const char *e164, char *out, size_t outlen);

#endif

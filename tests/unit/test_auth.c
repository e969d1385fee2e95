/*
 * test_auth.c - accounts and sessions on a real store: names, roles,
 * Argon2id passwords, session tokens kept only as hashes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "auth/auth.h"

typedef struct fixture {
    char dir[64];
    store_t *store;
} fixture_t;

static int setup(void **state)
{
    fixture_t *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "/tmp/mpp-auth-XXXXXX");
    assert_non_null(mkdtemp(f->dir));
    char err[256];
    assert_int_equal(store_open(&f->store, f->dir, 0, err, sizeof err), 0);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture_t *f = *state;
    store_close(f->store);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    assert_int_equal(system(cmd), 0);
    free(f);
    return 0;
}

static auth_user_t user(const char *name, auth_role_t role, const char *agency)
{
    auth_user_t u;
    memset(&u, 0, sizeof u);
    snprintf(u.name, sizeof u.name, "%s", name);
    u.role = role;
    snprintf(u.agency, sizeof u.agency, "%s", agency);
    return u;
}

/* 1. Names and roles are checked. */
static void test_names_and_roles(void **state)
{
    (void)state;
    assert_true(auth_name_valid("petugas-dukcapil"));
    assert_true(auth_name_valid("a.b_c"));
    assert_false(auth_name_valid(""));
    assert_false(auth_name_valid("Ani"));
    assert_false(auth_name_valid("ani budi"));
    char longname[80];
    memset(longname, 'a', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    assert_false(auth_name_valid(longname));
    auth_role_t r;
    assert_int_equal(auth_role_parse("staff", &r), 0);
    assert_int_equal(r, ROLE_STAFF);
    assert_int_equal(auth_role_parse("root", &r), -1);
    assert_string_equal(auth_role_name(ROLE_DISPLAY), "display");
}

/* 2. A user logs in with the right password only; unknown users fail. */
static void test_login(void **state)
{
    fixture_t *f = *state;
    char err[256];
    auth_user_t u = user("ani", ROLE_STAFF, "dukcapil");
    assert_int_equal(auth_user_add(f->store, &u, "rahasia-ani", err, sizeof err), 0);
    auth_user_t got;
    assert_int_equal(auth_login(f->store, "ani", "rahasia-ani", &got), 0);
    assert_string_equal(got.agency, "dukcapil");
    assert_int_equal(got.role, ROLE_STAFF);
    assert_int_equal(auth_login(f->store, "ani", "rahasia-anI", &got), -1);
    assert_int_equal(auth_login(f->store, "nobody", "rahasia-ani", &got), -1);
    assert_int_equal(auth_user_get(f->store, "ani", &got), 0);
    assert_int_equal(auth_user_get(f->store, "nobody", &got), -1);
}

/* 3. Bad accounts are refused with a message. */
static void test_refused(void **state)
{
    fixture_t *f = *state;
    char err[256];
    auth_user_t u = user("ani", ROLE_STAFF, "");
    assert_int_equal(auth_user_add(f->store, &u, "rahasia-ani", err, sizeof err), -1);
    assert_non_null(strstr(err, "--agency"));
    u = user("ani", ROLE_ADMIN, "");
    assert_int_equal(auth_user_add(f->store, &u, "short", err, sizeof err), -1);
    assert_non_null(strstr(err, "8 to 256"));
    u = user("Ani!", ROLE_ADMIN, "");
    assert_int_equal(auth_user_add(f->store, &u, "long-enough", err, sizeof err), -1);
}

/* 4. The stored record holds no password or token in clear. */
static void test_nothing_in_clear(void **state)
{
    fixture_t *f = *state;
    char err[256];
    auth_user_t u = user("budi", ROLE_ADMIN, "");
    assert_int_equal(auth_user_add(f->store, &u, "sangat-rahasia", err, sizeof err), 0);
    char token[AUTH_TOKEN_HEX + 1];
    auth_session_t s;
    auth_session_new(&u, 1000, token, &s);
    store_batch_t *b = store_batch_new();
    assert_int_equal(auth_session_put(b, &s), 0);
    assert_int_equal(store_batch_commit(f->store, b), 0);
    store_batch_free(b);

    char cmd[256];
    snprintf(cmd, sizeof cmd, "grep -qa 'sangat-rahasia' '%s/data.mdb'", f->dir);
    assert_int_not_equal(system(cmd), 0);
    snprintf(cmd, sizeof cmd, "grep -qa '%s' '%s/data.mdb'", token, f->dir);
    assert_int_not_equal(system(cmd), 0);
}

/* 5. A session is found by its token's hash and by nothing else. */
static void test_sessions(void **state)
{
    fixture_t *f = *state;
    auth_user_t u = user("ani", ROLE_STAFF, "dukcapil");
    char err[256];
    assert_int_equal(auth_user_add(f->store, &u, "rahasia-ani", err, sizeof err), 0);
    assert_int_equal(auth_user_get(f->store, "ani", &u), 0); /* with its generation */
    char token[AUTH_TOKEN_HEX + 1], token2[AUTH_TOKEN_HEX + 1];
    auth_session_t s, s2, got;
    auth_session_new(&u, 5000, token, &s);
    auth_session_new(&u, 5000, token2, &s2);
    assert_string_not_equal(token, token2);
    assert_string_not_equal(s.sid, s2.sid);
    store_batch_t *b = store_batch_new();
    assert_int_equal(auth_session_put(b, &s), 0);
    assert_int_equal(store_batch_commit(f->store, b), 0);

    uint8_t hash[32];
    assert_true(auth_token_hash(token, hash));
    assert_int_equal(auth_session_get(f->store, hash, &got), 0);
    assert_string_equal(got.user.name, "ani");
    assert_string_equal(got.sid, s.sid);
    assert_int_equal(got.created, 5000);
    assert_true(auth_token_hash(token2, hash));
    assert_int_equal(auth_session_get(f->store, hash, &got), -1);
    assert_false(auth_token_hash("xyz", hash));
    assert_false(auth_token_hash(NULL, hash));

    /* logout deletes it */
    assert_true(auth_token_hash(token, hash));
    assert_int_equal(auth_session_del(b, hash), 0);
    assert_int_equal(store_batch_commit(f->store, b), 0);
    store_batch_free(b);
    assert_int_equal(auth_session_get(f->store, hash, &got), -1);
}

/* Stores raw JSON `text` under key `k` in database `db`. */
static void put_raw(store_t *st, store_db_t db, const store_key_t *kp, const char *text)
{
    store_key_t k = *kp;
    store_batch_t *b = store_batch_new();
    assert_int_equal(store_batch_put(b, db, &k, text, strlen(text)), 0);
    assert_int_equal(store_batch_commit(st, b), 0);
    store_batch_free(b);
}

/* 6. Hardening finding 5: a session belongs to the account as it was at
 * login. A new password, a new role, or deleting the account and making
 * it again under the same name (staff made admin) all end it; a session
 * record from before generations is no session; an account record from
 * before generations gets a stable one on read. */
static void test_hardening_5_sessions_bound_to_account(void **state)
{
    fixture_t *f = *state;
    char err[256];
    auth_user_t u = user("ani", ROLE_STAFF, "dukcapil"), now, logged;
    assert_int_equal(auth_user_add(f->store, &u, "rahasia-ani", err, sizeof err), 0);
    assert_int_equal(auth_login(f->store, "ani", "rahasia-ani", &logged), 0);
    assert_int_equal(strlen(logged.gen), AUTH_GEN_HEX);
    char token[AUTH_TOKEN_HEX + 1];
    auth_session_t s, got;
    auth_session_new(&logged, 1000, token, &s);
    store_batch_t *b = store_batch_new();
    assert_int_equal(auth_session_put(b, &s), 0);
    assert_int_equal(store_batch_commit(f->store, b), 0);
    store_batch_free(b);
    uint8_t hash[32];
    assert_true(auth_token_hash(token, hash));
    assert_int_equal(auth_session_get(f->store, hash, &got), 0);
    assert_int_equal(auth_user_get(f->store, "ani", &now), 0);
    assert_true(auth_session_current(&got, &now));

    /* password change */
    assert_int_equal(auth_user_add(f->store, &u, "baru-rahasia-ani", err, sizeof err), 0);
    assert_int_equal(auth_user_get(f->store, "ani", &now), 0);
    assert_false(auth_session_current(&got, &now));

    /* deleted and made again as admin: the old session does not come back */
    auth_session_new(&now, 2000, token, &s);
    b = store_batch_new();
    assert_int_equal(auth_user_del(b, "ani"), 0);
    assert_int_equal(store_batch_commit(f->store, b), 0);
    store_batch_free(b);
    assert_int_equal(auth_user_get(f->store, "ani", &now), -1);
    u = user("ani", ROLE_ADMIN, "");
    assert_int_equal(auth_user_add(f->store, &u, "baru-rahasia-ani", err, sizeof err), 0);
    assert_int_equal(auth_user_get(f->store, "ani", &now), 0);
    assert_int_equal(now.role, ROLE_ADMIN);
    assert_false(auth_session_current(&s, &now));

    /* an old account record: a generation on read, the same each time,
       and a new one once it is saved again */
    static const char old_user[] = "{\"role\":\"staff\",\"agency\":\"dukcapil\","
                                   "\"hash\":\"$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA\"}";
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, "lama");
    put_raw(f->store, STORE_DB_USERS, &k, old_user);
    auth_user_t a, a2;
    assert_int_equal(auth_user_get(f->store, "lama", &a), 0);
    assert_int_equal(auth_user_get(f->store, "lama", &a2), 0);
    assert_int_equal(strlen(a.gen), AUTH_GEN_HEX);
    assert_string_equal(a.gen, a2.gen);
    auth_session_new(&a, 3000, token, &s);
    assert_true(auth_session_current(&s, &a2));

    /* an old session record, without a generation: not a session */
    static const char old_session[] = "{\"user\":\"lama\",\"role\":\"staff\","
                                      "\"agency\":\"dukcapil\",\"sid\":"
                                      "\"0123456789abcdef0123456789abcdef\",\"created\":1}";
    uint8_t old_hash[32];
    memset(old_hash, 7, sizeof old_hash);
    store_key_init(&k);
    store_key_bytes(&k, old_hash, 32);
    put_raw(f->store, STORE_DB_SESSIONS, &k, old_session);
    assert_int_equal(auth_session_get(f->store, old_hash, &got), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_and_roles),
        cmocka_unit_test_setup_teardown(test_login, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refused, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nothing_in_clear, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sessions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_hardening_5_sessions_bound_to_account, setup,
                                        teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

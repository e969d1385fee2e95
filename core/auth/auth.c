/*
 * auth.c - staff accounts and sessions on libsodium and the store
 * (see auth.h). Records are JSON values in STORE_DB_USERS (by name) and
 * STORE_DB_SESSIONS (by the BLAKE2b hash of the token).
 */
#include "auth/auth.h"

#include <jansson.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Argon2id cost: OWASP's minimum (t=2, m=19 MiB). A login then costs a few
 * tens of milliseconds on the event loop, not the ~0.5 s of the
 * "interactive" preset; login is rate limited per IP and account. */
#define AUTH_OPSLIMIT 2
#define AUTH_MEMLIMIT (19u * 1024u * 1024u)

static const char *const role_names[ROLE__COUNT] = {"admin", "liaison", "staff", "display",
                                                    "supervisor"};

const char *auth_role_name(auth_role_t r)
{
    return (r >= 0 && r < ROLE__COUNT) ? role_names[r] : "unknown";
}

int auth_role_parse(const char *s, auth_role_t *out)
{
    for (int i = 0; i < ROLE__COUNT; i++)
        if (s && strcmp(s, role_names[i]) == 0) {
            *out = (auth_role_t)i;
            return 0;
        }
    return -1;
}

bool auth_name_valid(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n >= AUTH_NAME_MAX)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    }
    return true;
}

static int sodium_ready(void)
{
    return sodium_init() < 0 ? -1 : 0;
}

/* Checks the account and hashes its password into the stored record
 * (malloc'd JSON); NULL with a message in err. The message says "agency"
 * so it reads right from mppctl (--agency) and from the admin page. */
static char *user_record(const auth_user_t *u, const char *password, char *err, size_t errlen)
{
    size_t plen = password ? strlen(password) : 0;
    if (!auth_name_valid(u->name)) {
        snprintf(err, errlen, "user name '%s' must be 1 to 63 of a-z, 0-9, '.', '_', '-'", u->name);
        return NULL;
    }
    if (plen < 8 || plen > 256) {
        snprintf(err, errlen, "the password must be 8 to 256 bytes long");
        return NULL;
    }
    if ((u->role == ROLE_STAFF || u->role == ROLE_LIAISON || u->role == ROLE_SUPERVISOR) &&
        u->agency[0] == '\0') {
        snprintf(err, errlen, "a %s account needs an agency (--agency)", auth_role_name(u->role));
        return NULL;
    }
    if ((u->role == ROLE_ADMIN || u->role == ROLE_DISPLAY) && u->agency[0] != '\0') {
        snprintf(err, errlen, "a %s account serves the whole hall: give it no agency",
                 auth_role_name(u->role));
        return NULL;
    }
    if (sodium_ready() != 0) {
        snprintf(err, errlen, "libsodium could not start");
        return NULL;
    }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, password, plen, AUTH_OPSLIMIT, AUTH_MEMLIMIT,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        snprintf(err, errlen, "out of memory while hashing the password");
        return NULL;
    }
    uint8_t raw[AUTH_GEN_HEX / 2];
    char gen[AUTH_GEN_HEX + 1];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(gen, sizeof gen, raw, sizeof raw);
    json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "role", auth_role_name(u->role), "agency",
                          u->agency, "hash", hash, "gen", gen);
    sodium_memzero(hash, sizeof hash);
    char *text = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (!text)
        snprintf(err, errlen, "out of memory");
    return text;
}

static void user_key(store_key_t *k, const char *name)
{
    store_key_init(k);
    store_key_str(k, name);
}

int auth_user_put(store_batch_t *b, const auth_user_t *u, const char *password, char *err,
                  size_t errlen)
{
    char *text = user_record(u, password, err, errlen);
    if (!text)
        return -1;
    store_key_t k;
    user_key(&k, u->name);
    int rc = store_batch_put(b, STORE_DB_USERS, &k, text, strlen(text));
    free(text);
    if (rc != 0)
        snprintf(err, errlen, "out of memory");
    return rc ? -1 : 0;
}

int auth_user_del(store_batch_t *b, const char *name)
{
    store_key_t k;
    user_key(&k, name);
    return store_batch_del(b, STORE_DB_USERS, &k);
}

int auth_user_add(store_t *s, const auth_user_t *u, const char *password, char *err, size_t errlen)
{
    store_batch_t *b = store_batch_new();
    if (!b) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int rc = auth_user_put(b, u, password, err, errlen);
    if (rc == 0 && (rc = store_batch_commit(s, b)) != 0)
        snprintf(err, errlen, "could not save the user: %s", store_strerror(rc));
    store_batch_free(b);
    return rc ? -1 : 0;
}

typedef struct user_list {
    auth_user_visit_fn fn;
    void *ctx;
} user_list_t;

static int user_visit(void *ctx, const store_val_t *key, const store_val_t *val)
{
    user_list_t *l = ctx;
    auth_user_t u;
    memset(&u, 0, sizeof u);
    json_t *o = json_loadb(val->data, val->len, 0, NULL);
    const char *role = json_string_value(json_object_get(o, "role"));
    const char *agency = json_string_value(json_object_get(o, "agency"));
    if (key->len < sizeof u.name && role && agency && auth_role_parse(role, &u.role) == 0) {
        memcpy(u.name, key->data, key->len);
        snprintf(u.agency, sizeof u.agency, "%s", agency);
        l->fn(l->ctx, &u);
    }
    json_decref(o);
    return 0;
}

int auth_user_list(store_t *s, auth_user_visit_fn fn, void *ctx)
{
    user_list_t l = {fn, ctx};
    return store_walk(s, STORE_DB_USERS, NULL, NULL, false, user_visit, &l);
}

/* The generation of an account record written before records had one: a
 * hash of its password hash, so it changes whenever the account is saved. */
static void legacy_gen(const char *pwhash, char gen[AUTH_GEN_HEX + 1])
{
    uint8_t raw[AUTH_GEN_HEX / 2];
    crypto_generichash(raw, sizeof raw, (const uint8_t *)pwhash, strlen(pwhash), NULL, 0);
    sodium_bin2hex(gen, AUTH_GEN_HEX + 1, raw, sizeof raw);
}

/* Reads the user record: fills *out and, when hash is given, the stored
 * password hash. */
static int user_read(store_t *s, const char *name, auth_user_t *out, char *hash, size_t hashlen)
{
    if (!auth_name_valid(name))
        return -1;
    store_txn_t *t;
    if (store_txn_begin(s, false, &t) != 0)
        return -1;
    store_key_t k;
    store_key_init(&k);
    store_key_str(&k, name);
    store_val_t v;
    int rc = -1;
    if (store_get(t, STORE_DB_USERS, &k, &v) == 0) {
        json_t *o = json_loadb(v.data, v.len, 0, NULL);
        const char *role = json_string_value(json_object_get(o, "role"));
        const char *agency = json_string_value(json_object_get(o, "agency"));
        const char *h = json_string_value(json_object_get(o, "hash"));
        const char *gen = json_string_value(json_object_get(o, "gen"));
        if (role && agency && h && auth_role_parse(role, &out->role) == 0 &&
            strlen(agency) < AUTH_AGENCY_MAX && (!hash || strlen(h) < hashlen) &&
            (!gen || strlen(gen) == AUTH_GEN_HEX) && sodium_ready() == 0) {
            snprintf(out->name, sizeof out->name, "%s", name);
            snprintf(out->agency, sizeof out->agency, "%s", agency);
            if (gen)
                snprintf(out->gen, sizeof out->gen, "%s", gen);
            else
                legacy_gen(h, out->gen);
            if (hash)
                snprintf(hash, hashlen, "%s", h);
            rc = 0;
        }
        json_decref(o);
    }
    store_txn_abort(t);
    return rc;
}

int auth_user_get(store_t *s, const char *name, auth_user_t *out)
{
    return user_read(s, name, out, NULL, 0);
}

int auth_login(store_t *s, const char *name, const char *password, auth_user_t *out)
{
    if (sodium_ready() != 0 || !password)
        return -1;
    char hash[crypto_pwhash_STRBYTES];
    if (user_read(s, name, out, hash, sizeof hash) != 0) {
        /* spend the same time on an unknown user as on a wrong password */
        static char dummy[crypto_pwhash_STRBYTES];
        if (!dummy[0]) {
            char secret[33]; /* a password nobody knows */
            uint8_t raw[16];
            randombytes_buf(raw, sizeof raw);
            sodium_bin2hex(secret, sizeof secret, raw, sizeof raw);
            if (crypto_pwhash_str_alg(dummy, secret, 32, AUTH_OPSLIMIT, AUTH_MEMLIMIT,
                                      crypto_pwhash_ALG_ARGON2ID13) != 0)
                return -1;
        }
        int ignored = crypto_pwhash_str_verify(dummy, password, strlen(password));
        (void)ignored;
        return -1;
    }
    int rc = crypto_pwhash_str_verify(hash, password, strlen(password)) == 0 ? 0 : -1;
    sodium_memzero(hash, sizeof hash);
    return rc;
}

void auth_session_new(const auth_user_t *u, int64_t now, char token[AUTH_TOKEN_HEX + 1],
                      auth_session_t *out)
{
    uint8_t raw[32], sid[AUTH_SID_HEX / 2];
    if (sodium_ready() != 0)
        abort(); /* no safe randomness: refuse to make a guessable token */
    randombytes_buf(raw, sizeof raw);
    randombytes_buf(sid, sizeof sid);
    sodium_bin2hex(token, AUTH_TOKEN_HEX + 1, raw, sizeof raw);
    memset(out, 0, sizeof *out);
    crypto_generichash(out->hash, sizeof out->hash, raw, sizeof raw, NULL, 0);
    sodium_bin2hex(out->sid, sizeof out->sid, sid, sizeof sid);
    out->user = *u;
    out->created = now;
    out->last_seen = now;
    sodium_memzero(raw, sizeof raw);
}

bool auth_token_hash(const char *token, uint8_t hash[32])
{
    uint8_t raw[32];
    size_t n = 0;
    if (!token || strlen(token) != AUTH_TOKEN_HEX ||
        sodium_hex2bin(raw, sizeof raw, token, AUTH_TOKEN_HEX, NULL, &n, NULL) != 0 ||
        n != sizeof raw)
        return false;
    crypto_generichash(hash, 32, raw, sizeof raw, NULL, 0);
    sodium_memzero(raw, sizeof raw);
    return true;
}

int auth_session_put(store_batch_t *b, const auth_session_t *sess)
{
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:I, s:s}", "user", sess->user.name, "role",
                          auth_role_name(sess->user.role), "agency", sess->user.agency, "sid",
                          sess->sid, "created", (json_int_t)sess->created, "gen", sess->user.gen);
    char *text = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    if (!text)
        return -1;
    store_key_t k;
    store_key_init(&k);
    store_key_bytes(&k, sess->hash, 32);
    int rc = store_batch_put(b, STORE_DB_SESSIONS, &k, text, strlen(text));
    free(text);
    return rc;
}

int auth_session_del(store_batch_t *b, const uint8_t hash[32])
{
    store_key_t k;
    store_key_init(&k);
    store_key_bytes(&k, hash, 32);
    return store_batch_del(b, STORE_DB_SESSIONS, &k);
}

int auth_session_get(store_t *s, const uint8_t hash[32], auth_session_t *out)
{
    store_txn_t *t;
    if (store_txn_begin(s, false, &t) != 0)
        return -1;
    store_key_t k;
    store_key_init(&k);
    store_key_bytes(&k, hash, 32);
    store_val_t v;
    int rc = -1;
    if (store_get(t, STORE_DB_SESSIONS, &k, &v) == 0) {
        json_t *o = json_loadb(v.data, v.len, 0, NULL);
        const char *user = json_string_value(json_object_get(o, "user"));
        const char *role = json_string_value(json_object_get(o, "role"));
        const char *agency = json_string_value(json_object_get(o, "agency"));
        const char *sid = json_string_value(json_object_get(o, "sid"));
        const char *gen = json_string_value(json_object_get(o, "gen"));
        json_t *created = json_object_get(o, "created");
        memset(out, 0, sizeof *out);
        if (user && role && agency && sid && gen && strlen(gen) == AUTH_GEN_HEX &&
            json_is_integer(created) && auth_role_parse(role, &out->user.role) == 0 &&
            strlen(user) < AUTH_NAME_MAX && strlen(agency) < AUTH_AGENCY_MAX &&
            strlen(sid) == AUTH_SID_HEX) {
            memcpy(out->hash, hash, 32);
            snprintf(out->user.name, sizeof out->user.name, "%s", user);
            snprintf(out->user.agency, sizeof out->user.agency, "%s", agency);
            snprintf(out->sid, sizeof out->sid, "%s", sid);
            snprintf(out->user.gen, sizeof out->user.gen, "%s", gen);
            out->created = json_integer_value(created);
            out->last_seen = out->created;
            rc = 0;
        }
        json_decref(o);
    }
    store_txn_abort(t);
    return rc;
}

/* A stored session made before *before (ms), or a record that is not one. */
static bool session_gone(void *ctx, const store_val_t *val)
{
    json_t *o = json_loadb(val->data, val->len, 0, NULL);
    json_t *created = json_object_get(o, "created");
    bool gone = !json_is_integer(created) || json_integer_value(created) < *(int64_t *)ctx;
    json_decref(o);
    return gone;
}

long auth_sessions_expire(store_t *s, int64_t before, store_batch_t *b)
{
    return store_purge(s, b, STORE_DB_SESSIONS, session_gone, &before);
}

bool auth_session_current(const auth_session_t *s, const auth_user_t *now)
{
    return s->user.gen[0] != '\0' && strcmp(s->user.name, now->name) == 0 &&
           sodium_memcmp(s->user.gen, now->gen, AUTH_GEN_HEX) == 0;
}

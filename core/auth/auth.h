/*
 * auth.h - staff accounts, login sessions and roles.
 *
 * Passwords are hashed with libsodium's Argon2id and never stored or
 * logged in clear. A session token is 32 random bytes given to the browser
 * once (hex, in an HttpOnly cookie); the store keeps only its BLAKE2b hash,
 * so a copied database holds no usable token. Sessions expire after an
 * idle time and after an absolute time. Accounts live in the store, so an
 * account added by mppctl works at once in a running mppd.
 *
 * Each account record carries a credential generation: random, made anew
 * whenever the account is saved (new password, new role, deleted and made
 * again). A session keeps the generation it was made with and is good only
 * while the account still has it, so a password change, a role change or
 * a deletion ends every session of the account.
 */
#ifndef MPP_AUTH_H
#define MPP_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

typedef enum auth_role {
    ROLE_ADMIN = 0, /* the MPP manager: every counter, users, board text */
    ROLE_LIAISON,   /* an agency's IT liaison: reads its agency */
    ROLE_STAFF,     /* counter staff: its agency's counters */
    ROLE_DISPLAY,   /* a board or kiosk screen: read-only */
    /* an agency head: watches its agency live, reads its agency's reports
     * and its staff's; acts on no counter */
    ROLE_SUPERVISOR,
    ROLE__COUNT
} auth_role_t;

#define AUTH_NAME_MAX 64
#define AUTH_AGENCY_MAX 48
#define AUTH_TOKEN_HEX 64 /* 32 bytes as hex */
#define AUTH_SID_HEX 32   /* public session id: 16 bytes as hex */
#define AUTH_GEN_HEX 32   /* credential generation: 16 bytes as hex */

typedef struct auth_user {
    char name[AUTH_NAME_MAX];
    auth_role_t role;
    char agency[AUTH_AGENCY_MAX]; /* "" for admin and display */
    char gen[AUTH_GEN_HEX + 1];   /* credential generation; set by reads */
} auth_user_t;

typedef struct auth_session {
    uint8_t hash[32];           /* BLAKE2b of the token */
    char sid[AUTH_SID_HEX + 1]; /* id safe to show and to key sockets */
    auth_user_t user;
    int64_t created;   /* ms */
    int64_t last_seen; /* ms */
} auth_session_t;

const char *auth_role_name(auth_role_t r);
int auth_role_parse(const char *s, auth_role_t *out);

/* Checks a user name: 1..63 of [a-z0-9._-]. */
bool auth_name_valid(const char *name);

/* Creates or replaces a user (mppctl user add) with a new credential
 * generation, which ends the sessions of an account of that name. The
 * password must be 8 to 256 bytes. Returns 0, or -1 with a message in err. */
int auth_user_add(store_t *s, const auth_user_t *u, const char *password, char *err, size_t errlen);

/* The same for the commit group: appends the user's record (password
 * hashed) to batch b. Returns 0, or -1 with a message in err. */
int auth_user_put(store_batch_t *b, const auth_user_t *u, const char *password, char *err,
                  size_t errlen);
/* Appends the removal of user `name` to b; their sessions end at their
 * next request, which reads the account again. */
int auth_user_del(store_batch_t *b, const char *name);

/* Calls fn for every account, in name order (no password hashes). */
typedef void (*auth_user_visit_fn)(void *ctx, const auth_user_t *u);
int auth_user_list(store_t *s, auth_user_visit_fn fn, void *ctx);

/* Reads a user record; 0 when found. A record written before accounts had
 * a generation gets one derived from its password hash (stable until the
 * account is saved again). */
int auth_user_get(store_t *s, const char *name, auth_user_t *out);

/* Checks a password against the stored hash (constant-time, Argon2id).
 * Returns 0 and fills *out when it matches, -1 otherwise (unknown users
 * cost the same time as wrong passwords). */
int auth_login(store_t *s, const char *name, const char *password, auth_user_t *out);

/* Makes a new session for `u`: writes the token (hex) into token and the
 * record into *out. The caller stores it with auth_session_put. */
void auth_session_new(const auth_user_t *u, int64_t now, char token[AUTH_TOKEN_HEX + 1],
                      auth_session_t *out);

/* Hashes a presented token; false when it is not 64 hex characters. */
bool auth_token_hash(const char *token, uint8_t hash[32]);

/* Session records as store bytes, for the commit group. */
int auth_session_put(store_batch_t *b, const auth_session_t *sess);
int auth_session_del(store_batch_t *b, const uint8_t hash[32]);

/* Finds a session by token hash; 0 when found. A record without a
 * credential generation (made before sessions had one) is not a session. */
int auth_session_get(store_t *s, const uint8_t hash[32], auth_session_t *out);

/* Appends to b the removal of every stored session made before `before`
 * (ms: past the absolute limit), and of records that are not sessions.
 * Returns how many, or a negative store_err_t. */
long auth_sessions_expire(store_t *s, int64_t before, store_batch_t *b);

/* Whether session `s` still belongs to account `now` as it is stored now:
 * the same name and credential generation. */
bool auth_session_current(const auth_session_t *s, const auth_user_t *now);

#endif

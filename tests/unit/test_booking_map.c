/*
 * test_booking_map.c - the ledger's intrusive hash map against a plain
 * array: random puts, gets and removals (removal shifts entries back, the
 * part easiest to get wrong), colliding keys, the walk, growth.
 */
#include <stdio.h>
#include <string.h>

#include "booking/map.h"
#include "booking/result.h"
#include "test_booking_fixture.h"

#define N 3000

typedef struct item {
    char key[16];
    bool in;
} item_t;

static size_t key_of(const void *v, uint8_t *key)
{
    const item_t *it = v;
    size_t len = strlen(it->key);
    memcpy(key, it->key, len);
    return len;
}

static void *get(const booking_map_t *m, const char *key)
{
    return booking_map_get(m, (const uint8_t *)key, strlen(key));
}

/* 1: 200,000 random operations agree with the array after every step of
 * a sample, and the walk visits exactly the values in. */
static void test_random_against_array(void **state)
{
    (void)state;
    static item_t items[N];
    for (int i = 0; i < N; i++) {
        snprintf(items[i].key, sizeof items[i].key, "k%d", i);
        items[i].in = false;
    }
    booking_map_t m;
    booking_map_init(&m, key_of);
    fx_rng_t g;
    fx_random(&g, 99);
    size_t count = 0;
    for (int step = 0; step < 200000; step++) {
        item_t *it = &items[fx_next(&g) % (step < 20000 ? 300 : N)];
        if (fx_next(&g) % 2) {
            assert_int_equal(booking_map_put(&m, it), it->in ? BOOKING_EEXIST : BOOKING_OK);
            count += !it->in;
            it->in = true;
        } else {
            assert_int_equal(booking_map_del(&m, it), it->in);
            count -= it->in;
            it->in = false;
        }
        assert_int_equal(m.count, count);
        if (step % 5000 == 0)
            for (int i = 0; i < N; i++)
                assert_ptr_equal(get(&m, items[i].key), items[i].in ? &items[i] : NULL);
    }
    size_t pos = 0, walked = 0;
    item_t *it;
    while ((it = booking_map_next(&m, &pos))) {
        assert_true(it->in);
        walked++;
    }
    assert_int_equal(walked, count);
    booking_map_clear(&m);
    assert_null(get(&m, "k1"));
}

/* 2: another value with the same key is not removed in its place. */
static void test_same_key_other_value(void **state)
{
    (void)state;
    item_t a = {"same", false}, b = {"same", false};
    booking_map_t m;
    booking_map_init(&m, key_of);
    assert_int_equal(booking_map_put(&m, &a), BOOKING_OK);
    assert_int_equal(booking_map_put(&m, &b), BOOKING_EEXIST);
    assert_false(booking_map_del(&m, &b));
    assert_ptr_equal(get(&m, "same"), &a);
    assert_true(booking_map_del(&m, &a));
    assert_false(booking_map_del(&m, &a));
    assert_int_equal(m.count, 0);
    booking_map_clear(&m);
}

/* 3: room made ahead is used without growing. */
static void test_room(void **state)
{
    (void)state;
    static item_t items[100];
    booking_map_t m;
    booking_map_init(&m, key_of);
    assert_int_equal(booking_map_room(&m, 100), BOOKING_OK);
    booking_map_slot_t *slots = m.slots;
    size_t cap = m.cap;
    assert_true(cap * 3 >= 100 * 4);
    for (int i = 0; i < 100; i++) {
        snprintf(items[i].key, sizeof items[i].key, "r%d", i);
        assert_int_equal(booking_map_put(&m, &items[i]), BOOKING_OK);
    }
    assert_ptr_equal(m.slots, slots);
    assert_int_equal(m.cap, cap);
    booking_map_clear(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_against_array),
        cmocka_unit_test(test_same_key_other_value),
        cmocka_unit_test(test_room),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

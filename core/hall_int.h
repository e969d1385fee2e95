/*
 * hall_int.h - what the hall's own files share (hall.c, hall_records.c):
 * its store and the batch of the open round. Nothing outside the hall
 * includes this; the rest of mppd reaches stored records through the
 * functions of hall.h, named for what they mean.
 */
#ifndef MPP_HALL_INT_H
#define MPP_HALL_INT_H

#include "hall.h"
#include "store/store.h"

/* The hall's store, for read transactions. */
store_t *hall_store(hall_t *h);
/* The open round's batch: a record put here is durable with the round. */
store_batch_t *hall_batch(hall_t *h);

#endif

/*
 * sender.c - the sender's thread (send.h). A job is a copy of one message
 * and, once posted, its outcome. Submitted jobs wait in a pending list;
 * the thread starts them with its client as transfers come free, in the
 * order given, skipping for now one whose ticket or booking has a job in
 * flight or ahead of it, and pushes each ended job to a done list; when
 * that list was empty it calls wake(wake_ctx), and the owner pops the whole
 * done list on its own thread. One mutex guards both lists; the thread
 * sleeps on a condition variable while it has nothing to post and nothing
 * in flight, and in the client's wait (which a submit wakes) while it has.
 * The shape is the commit group's (store/group.c).
 *
 * The thread runs in the idle scheduling class: it takes the CPU time the
 * hall's serving leaves, so on a saturated machine messages wait a moment
 * rather than slow the issuing and calling (docs/notify.md).
 */
#define _GNU_SOURCE /* SCHED_IDLE */
#include "notify/send.h"

#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOTIFY_SENDER_NICE 10 /* where SCHED_IDLE is refused */

typedef struct job {
    notify_msg_t msg; /* a copy: the outbox's may change meanwhile */
    notify_outcome_t outcome;
    struct job *next;
} job_t;

/* A FIFO of jobs linked through job.next. */
typedef struct fifo {
    job_t *head, *tail;
} fifo_t;

struct notify_sender {
    notify_client_t *client; /* used by the thread only, but for cancel */
    notify_wake_fn wake;
    void *wake_ctx;
    pthread_t thread;
    bool running;        /* the thread was started and not yet joined */
    pthread_mutex_t mu;  /* guards everything below */
    pthread_cond_t work; /* signalled on submit and on stop */
    fifo_t pending;      /* submitted, not yet posted; owned */
    fifo_t done;         /* posted (or given up), not yet collected; owned */
    size_t outstanding;  /* submitted, not yet collected */
    bool stopping;
};

static void fifo_push(fifo_t *q, job_t *j)
{
    j->next = NULL;
    if (q->tail)
        q->tail->next = j;
    else
        q->head = j;
    q->tail = j;
}

static job_t *fifo_pop(fifo_t *q)
{
    job_t *j = q->head;
    if (j) {
        q->head = j->next;
        if (!q->head)
            q->tail = NULL;
        j->next = NULL;
    }
    return j;
}

static void fifo_free(fifo_t *q)
{
    job_t *j;
    while ((j = fifo_pop(q)) != NULL)
        free(j);
}

/* Takes j, which follows prev (NULL: j is the head), out of q. */
static void fifo_unlink(fifo_t *q, job_t *prev, job_t *j)
{
    if (prev)
        prev->next = j->next;
    else
        q->head = j->next;
    if (q->tail == j)
        q->tail = prev;
    j->next = NULL;
}

/* Whether a and b are about the same ticket or the same booking. */
static bool same_citizen(const job_t *a, const job_t *b)
{
    return (a->msg.ticket[0] && strcmp(a->msg.ticket, b->msg.ticket) == 0) ||
           (a->msg.booking[0] && strcmp(a->msg.booking, b->msg.booking) == 0);
}

/* The jobs the thread has started and not yet seen end. */
typedef struct flight {
    job_t *jobs[NOTIFY_CONNECTIONS_MAX];
    size_t n;
} flight_t;

/* The first pending job that may start now, taken out of the list: none
 * of its ticket or booking is in flight or waits ahead of it. NULL when
 * there is none. Called with s->mu held. */
static job_t *take(notify_sender_t *s, const flight_t *f)
{
    for (job_t *prev = NULL, *j = s->pending.head; j; prev = j, j = j->next) {
        bool clear = true;
        for (size_t i = 0; clear && i < f->n; i++)
            clear = !same_citizen(j, f->jobs[i]);
        for (const job_t *ahead = s->pending.head; clear && ahead != j; ahead = ahead->next)
            clear = !same_citizen(j, ahead);
        if (clear) {
            fifo_unlink(&s->pending, prev, j);
            return j;
        }
    }
    return NULL;
}

/* Hands the ended jobs to the owner, waking it when its list was empty
 * (else a wake is already on its way). */
static void deliver(notify_sender_t *s, fifo_t *ended)
{
    if (!ended->head)
        return;
    pthread_mutex_lock(&s->mu);
    bool first = !s->done.head;
    job_t *j;
    while ((j = fifo_pop(ended)) != NULL)
        fifo_push(&s->done, j);
    pthread_mutex_unlock(&s->mu);
    if (first && s->wake)
        s->wake(s->wake_ctx);
}

/* Starts what may start now: as many pending jobs as the client has room
 * for and the rate limit allows. Returns how long the client asks to
 * wait before the next start (0: it has no job to start; -1: no room). */
static long start_ready(notify_sender_t *s, flight_t *f, fifo_t *ended)
{
    long ready;
    while ((ready = notify_client_ready_in(s->client)) == 0) {
        pthread_mutex_lock(&s->mu);
        job_t *j = take(s, f);
        pthread_mutex_unlock(&s->mu);
        if (!j)
            return 0;
        if (notify_client_begin(s->client, &j->msg, j, &j->outcome) == NOTIFY_OK)
            f->jobs[f->n++] = j;
        else
            fifo_push(ended, j); /* its outcome says why */
    }
    return ready;
}

/* Moves every ended job from the client and the flight to ended. */
static void reap(notify_sender_t *s, flight_t *f, fifo_t *ended)
{
    void *tag;
    notify_outcome_t out;
    while (notify_client_end(s->client, &tag, &out)) {
        job_t *j = tag;
        j->outcome = out;
        for (size_t i = 0; i < f->n; i++) {
            if (f->jobs[i] == j) {
                f->jobs[i] = f->jobs[--f->n];
                break;
            }
        }
        fifo_push(ended, j);
    }
}

static void *sender_main(void *arg)
{
    notify_sender_t *s = arg;
    /* messages wait a moment on a saturated machine; the hall's serving
     * comes first. SCHED_IDLE runs the thread only on CPU time no other
     * thread wants (and a small share when the machine never idles); where
     * it is refused, the thread's own nice value; when that may not be
     * lowered either, the thread keeps the process's priority. */
    struct sched_param idle = {.sched_priority = 0};
    if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &idle) != 0)
        (void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), NOTIFY_SENDER_NICE);
    flight_t f = {.n = 0};
    for (;;) {
        pthread_mutex_lock(&s->mu);
        while (!f.n && !s->pending.head && !s->stopping)
            pthread_cond_wait(&s->work, &s->mu);
        bool stopping = s->stopping;
        pthread_mutex_unlock(&s->mu);
        if (stopping && !f.n)
            break; /* what is left is given back by notify_sender_stop */
        fifo_t ended = {NULL, NULL};
        /* once stopping, the client is cancelled: the run ends every
         * transfer at once and nothing more starts */
        long wait = stopping ? 0 : start_ready(s, &f, &ended);
        notify_client_run(s->client, wait > 0 && wait < 100 ? wait : 100);
        reap(s, &f, &ended);
        deliver(s, &ended);
    }
    return NULL;
}

int notify_sender_start(notify_sender_t **out, const notify_gateway_t *gw, notify_wake_fn wake,
                        void *wake_ctx, char *err, size_t errlen)
{
    *out = NULL;
    notify_sender_t *s = calloc(1, sizeof *s);
    if (!s)
        return NOTIFY_ENOMEM;
    int rc = notify_client_new(&s->client, gw, err, errlen);
    if (rc != NOTIFY_OK) {
        free(s);
        return rc;
    }
    s->wake = wake;
    s->wake_ctx = wake_ctx;
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->work, NULL);
    if (pthread_create(&s->thread, NULL, sender_main, s) != 0) {
        pthread_cond_destroy(&s->work);
        pthread_mutex_destroy(&s->mu);
        notify_client_free(s->client);
        free(s);
        if (err && errlen)
            snprintf(err, errlen, "the notification sender's thread could not start");
        return NOTIFY_ESYS;
    }
    s->running = true;
    *out = s;
    return NOTIFY_OK;
}

int notify_sender_submit(notify_sender_t *s, const notify_msg_t *const *msgs, size_t n)
{
    fifo_t batch = {NULL, NULL};
    for (size_t i = 0; i < n; i++) {
        job_t *j = calloc(1, sizeof *j);
        if (!j) {
            fifo_free(&batch);
            return NOTIFY_ENOMEM;
        }
        j->msg = *msgs[i];
        fifo_push(&batch, j);
    }
    pthread_mutex_lock(&s->mu);
    if (s->stopping) {
        pthread_mutex_unlock(&s->mu);
        fifo_free(&batch);
        return NOTIFY_ESTATE;
    }
    job_t *j;
    while ((j = fifo_pop(&batch)) != NULL) {
        fifo_push(&s->pending, j);
        s->outstanding++;
    }
    pthread_cond_signal(&s->work);
    pthread_mutex_unlock(&s->mu);
    notify_client_wakeup(s->client); /* it may be waiting on transfers */
    return NOTIFY_OK;
}

bool notify_sender_done(notify_sender_t *s, uint64_t *id, notify_outcome_t *out)
{
    pthread_mutex_lock(&s->mu);
    job_t *j = fifo_pop(&s->done);
    if (j)
        s->outstanding--;
    pthread_mutex_unlock(&s->mu);
    if (!j)
        return false;
    if (id)
        *id = j->msg.id;
    if (out)
        *out = j->outcome;
    free(j);
    return true;
}

bool notify_sender_busy(notify_sender_t *s)
{
    pthread_mutex_lock(&s->mu);
    bool busy = s->outstanding > 0;
    pthread_mutex_unlock(&s->mu);
    return busy;
}

void notify_sender_stop(notify_sender_t *s)
{
    if (!s->running)
        return;
    notify_client_cancel(s->client); /* first: no job starts once stopping is seen */
    pthread_mutex_lock(&s->mu);
    s->stopping = true;
    pthread_cond_signal(&s->work);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->thread, NULL);
    s->running = false;

    /* every job never posted gets its outcome: not attempted */
    pthread_mutex_lock(&s->mu);
    job_t *j;
    while ((j = fifo_pop(&s->pending)) != NULL) {
        memset(&j->outcome, 0, sizeof j->outcome);
        notify_error_clean("not sent: the sender stopped", j->outcome.error);
        fifo_push(&s->done, j);
    }
    pthread_mutex_unlock(&s->mu);
}

void notify_sender_free(notify_sender_t *s)
{
    if (!s)
        return;
    notify_sender_stop(s);
    fifo_free(&s->pending);
    fifo_free(&s->done);
    notify_client_free(s->client);
    pthread_cond_destroy(&s->work);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

/*
 * sender.c - the sender's thread (send.h). A job is a copy of one message
 * and, once posted, its outcome. Submitted jobs wait in a pending list; the
 * thread takes them one by one, posts each with its client, pushes it to a
 * done list and, when that list was empty, calls wake(wake_ctx); the owner
 * pops the whole done list on its own thread. One mutex guards both lists; the thread sleeps on a
 * condition variable while there is nothing to post. The shape is the
 * commit group's (store/group.c).
 */
#include "notify/send.h"

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOTIFY_SENDER_NICE 10 /* the sender thread's nice value */

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

static void *sender_main(void *arg)
{
    notify_sender_t *s = arg;
    /* messages wait a moment on a saturated machine; the hall's serving
     * comes first (Linux: the thread's own nice value; when it may not be
     * lowered, the thread keeps the process's priority) */
    (void)setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), NOTIFY_SENDER_NICE);
    pthread_mutex_lock(&s->mu);
    for (;;) {
        while (!s->pending.head && !s->stopping)
            pthread_cond_wait(&s->work, &s->mu);
        if (s->stopping)
            break; /* what is left is given back by notify_sender_stop */
        job_t *j = fifo_pop(&s->pending);
        pthread_mutex_unlock(&s->mu);

        notify_client_post(s->client, &j->msg, &j->outcome);

        pthread_mutex_lock(&s->mu);
        bool first = !s->done.head; /* else the owner has a wake to come */
        fifo_push(&s->done, j);
        pthread_mutex_unlock(&s->mu);
        if (first && s->wake)
            s->wake(s->wake_ctx);
        pthread_mutex_lock(&s->mu);
    }
    pthread_mutex_unlock(&s->mu);
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
    pthread_mutex_lock(&s->mu);
    s->stopping = true;
    pthread_cond_signal(&s->work);
    pthread_mutex_unlock(&s->mu);
    notify_client_cancel(s->client);
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

/*
 * queue_names.c - the engine's enums as the contract spells them
 * (statuses, priority groups, counter states, event types, actions) and
 * their parsers.
 */
#include "engine/queue_internal.h"

#include <string.h>

static const char *const status_names[QUEUE_TICKET__STATUS_COUNT] = {
    "printing", "waiting", "called", "serving", "held", "finished", "no_show", "cancelled",
};
static const char *const priority_names[PRIORITY__COUNT] = {
    NULL, "lansia", "disabilitas", "ibu_hamil", "anak",
};
static const char *const counter_status_names[] = {"closed", "open", "paused"};
static const char *const event_names[QUEUE_EV__COUNT] = {
    "ticket.issued",        "ticket.confirmed",   "ticket.called",    "ticket.recalled",
    "ticket.started",       "ticket.finished",    "ticket.no_show",   "ticket.held",
    "ticket.cancelled",     "ticket.transferred", "counter.opened",   "counter.paused",
    "counter.resumed",      "counter.closed",     "agency.updated",   "board.text",
    "booking.missed",       "visit.started",      "visit.step_ready", "visit.finished",
    "agency.reload_failed", "survey.answered",
};
static const char *const action_names[QUEUE_ACT__COUNT] = {
    "open",  "pause",  "resume",  "close", "call",   "recall",
    "start", "finish", "no-show", "hold",  "cancel", "transfer",
};

const char *queue_status_name(queue_status_t s)
{
    return (unsigned)s < QUEUE_TICKET__STATUS_COUNT ? status_names[s] : "unknown";
}

const char *queue_priority_name(queue_priority_t p)
{
    return (unsigned)p < PRIORITY__COUNT ? priority_names[p] : NULL;
}

int queue_priority_parse(const char *s, queue_priority_t *out)
{
    if (!s) {
        *out = PRIORITY_NONE;
        return QUEUE_OK;
    }
    for (int i = 1; i < PRIORITY__COUNT; i++)
        if (strcmp(s, priority_names[i]) == 0) {
            *out = (queue_priority_t)i;
            return QUEUE_OK;
        }
    return QUEUE_EINVAL;
}

const char *queue_counter_status_name(queue_counter_status_t s)
{
    return (unsigned)s <= QUEUE_COUNTER_PAUSED ? counter_status_names[s] : "unknown";
}

const char *queue_event_name(queue_event_type_t t)
{
    return (unsigned)t < QUEUE_EV__COUNT ? event_names[t] : "unknown";
}

const char *queue_action_name(queue_action_t a)
{
    return (unsigned)a < QUEUE_ACT__COUNT ? action_names[a] : "unknown";
}

int queue_action_parse(const char *s, queue_action_t *out)
{
    for (int i = 0; s && i < QUEUE_ACT__COUNT; i++)
        if (strcmp(s, action_names[i]) == 0) {
            *out = (queue_action_t)i;
            return QUEUE_OK;
        }
    return QUEUE_EINVAL;
}

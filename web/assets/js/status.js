// status.js - /t/<token>, opened from the ticket's QR code on a phone: the
// number, people ahead and the estimated wait, kept live by the feed
// (events for this ticket's id; the position is re-read when its agency's
// queue moves). When the ticket is called: a full-screen alert with the
// counter, a chime and vibration. Once the server says the ticket is
// finished (not an event's "finished" of a step that moved on to the next
// one), the SKM survey is offered once (survey.js); the phone remembers
// that it was sent.
//
// /v/<token>, the QR code of a visit across agencies, is the same page for
// the whole visit: every step with its status and number, the current
// step's ticket as above with where to go, and what comes next. Events of
// the visit's tickets and visit.step_ready / visit.finished read it again.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, serviceIndex, errorText } from './api.js';
import { Feed } from './feed.js';
import { el, $, waitText, counterRange, completionText } from './format.js';
import { surveyForm } from './survey.js';
import { optinPanel } from './notify-optin.js';

const [, kind, raw] = /^\/([tv])\/([^/]*)/.exec(location.pathname) || [null, 't', ''];
const token = decodeURIComponent(raw);
const isVisit = kind === 'v';
// read: the ticket's status as the server last gave it (events say what happened)
const state = { ticket: null, visit: null, services: new Map(), alerted: null, sound: false, read: null };
const chime = new Audio('/audio/chime.ogg');
// messages about this ticket while it waits; on a visit's page, about the
// current step's ticket, and they go on with each next step
const optin = optinPanel($('#notify'), { heading: 'h2', visit: isVisit });

function render() {
  if (isVisit) renderVisit();
  const tk = state.ticket;
  if (!tk) return;
  $('#card').hidden = false;
  $('#number').textContent = tk.number;
  const svc = state.services.get(tk.service);
  $('#service').textContent = svc ? svc.service.name : tk.service;
  $('#agency').textContent = svc ? svc.agency.name : tk.agency;
  $('#completion-line').hidden = !svc;
  if (svc) $('#completion').textContent = completionText(svc.service);
  $('#state').textContent = t('status.' + tk.status);
  $('#state').dataset.status = tk.status;
  const waiting = tk.status === 'waiting' || tk.status === 'printing';
  $('#waiting-facts').hidden = !waiting;
  if ((waiting || tk.status === 'held') && (!isVisit || tk.token)) optin.open(isVisit ? tk.token : token);
  else optin.close();
  if (waiting) {
    if (tk.position !== null && tk.position !== undefined) $('#ahead').textContent = t('unit.people', { n: tk.position });
    if (tk.estimated_wait_s !== null && tk.estimated_wait_s !== undefined) $('#wait').textContent = waitText(tk.estimated_wait_s, tk.counters_open);
  }
  const atCounter = (tk.status === 'called' || tk.status === 'serving') && tk.counter;
  $('#counter-line').hidden = !atCounter;
  if (atCounter) $('#counter-line').textContent = t('status.called.go', { n: tk.counter });
  if (tk.status === 'called' && state.alerted !== tk.called_at) alert(tk);
  // a visit goes on past a call: the alert of a step no longer called goes
  if (isVisit && tk.status !== 'called') $('#alert').hidden = true;
  // a visit offers the survey once its last step is done; a ticket once the
  // server says it is finished: a step of a multi-step service (Samsat) is
  // finished and moved on to its next step in one go, so the event's
  // "finished" alone is not the end of the service (docs/skm.md)
  if (tk.status === 'finished' && (isVisit ? visitOver() === 'finished' : state.read === 'finished')) offerSurvey(tk);
  else if (tk.status !== 'finished') withdrawSurvey();
}

// ---- a visit: its steps ----

// The step the citizen is on: the one whose ticket is in a queue; when
// none is, the last one that had a ticket.
function currentStep(visit) {
  const at = visit.steps.findIndex((s) => s.status === 'waiting' && s.ticket);
  if (at >= 0) return at;
  let last = 0;
  visit.steps.forEach((s, i) => { if (s.ticket) last = i; });
  return last;
}

// null while a step is still to be done, else 'finished' or 'ended'.
function visitOver() {
  const steps = state.visit?.steps || [];
  if (steps.some((s) => s.status === 'waiting' || s.status === 'pending')) return null;
  return steps.every((s) => s.status === 'done') ? 'finished' : 'ended';
}

function countersOf(service) {
  const svc = state.services.get(service);
  return svc?.service.counters?.length ? t('counters.range', { n: counterRange(svc.service.counters) }) : '';
}

function stepState(s) {
  if (s.status === 'waiting' && s.ticket) return t('status.' + s.ticket.status);
  return t('visit.step.' + s.status);
}

function renderVisit() {
  const visit = state.visit;
  if (!visit) return;
  const total = visit.steps.length;
  const at = currentStep(visit);
  const step = visit.steps[at];
  state.ticket = step.ticket;
  $('#visit').hidden = false;
  $('#step-label').textContent = t('visit.step.of', { n: at + 1, total }) + ' · ' + step.agency;
  $('#step-label').hidden = false;
  const waiting = step.status === 'waiting' && step.ticket && ['waiting', 'printing', 'held'].includes(step.ticket.status);
  const where = countersOf(step.service);
  $('#go-line').textContent = where ? t('visit.go', { counters: where, agency: step.agency }) : '';
  $('#go-line').hidden = !(waiting && where);

  $('#visit-steps').replaceChildren(...visit.steps.map((s, i) => el('li', {
    class: 'visit-step', dataset: { status: s.status }, 'aria-current': i === at && s.status === 'waiting' ? 'step' : null },
  el('span', { class: 'step-n', 'aria-hidden': 'true' }, String(i + 1)),
  el('div', { class: 'step-body' },
    el('p', { class: 'step-head' }, el('strong', {}, s.agency), countersOf(s.service) ? ' · ' + countersOf(s.service) : ''),
    el('p', { class: 'step-name' }, s.name),
    el('p', { class: 'step-state' }, el('span', { class: 'visually-hidden' }, t('visit.step.of', { n: i + 1, total }) + ': '),
      stepState(s), s.ticket ? ' · ' : '', s.ticket ? el('span', { class: 'number' }, t('visit.step.number', { number: s.ticket.number })) : ''),
    s.status === 'done' && s.ticket?.token && i !== at
      ? el('p', {}, el('a', { href: '/t/' + encodeURIComponent(s.ticket.token) }, t('visit.rate'))) : null))));

  const next = visit.steps.findIndex((s, i) => i > at && s.status === 'pending');
  $('#visit-next').hidden = next < 0;
  if (next >= 0) {
    const s = visit.steps[next];
    $('#visit-next-text').textContent = t('visit.next.text', { n: next + 1, service: s.name, agency: s.agency });
  }
  const over = visitOver();
  $('#visit-end').hidden = !over;
  if (over) $('#visit-end').textContent = t('visit.' + over);
}

// An event's ticket T, in the visit: merged into its step (events carry no
// token and no live position: ours are kept until the visit is read again).
function mergeStep(tk) {
  for (const s of state.visit.steps) {
    if (s.ticket && s.ticket.id === tk.id) {
      s.ticket = { ...s.ticket, ...tk, token: s.ticket.token };
      return true;
    }
  }
  return false;
}

const visitId = () => state.visit?.steps.find((s) => s.ticket)?.ticket.visit ?? null;

// ---- the SKM survey, once the service is finished ----

const surveyKey = (tk) => 'mpp.skm.' + (tk.token || token);
function surveySent(tk) {
  try { return localStorage.getItem(surveyKey(tk)) !== null; } catch { return false; }
}

// The survey sent, from this phone or (kind 'already') the counter's tablet.
function surveyDone(tk, kind) {
  try { localStorage.setItem(surveyKey(tk), kind); } catch { /* offered again on reload */ }
  $('#skm-slot').replaceChildren();
  $('#skm-done').textContent = t(kind === 'already' ? 'skm.already' : 'skm.thanks');
  $('#skm-done').hidden = false;
}

async function offerSurvey(tk) {
  if (state.survey || surveySent(tk)) return;
  const tok = tk.token || token;
  state.survey = 'asking'; // answered at the tablet already? no form then
  let answered = false;
  try {
    ({ answered } = await api('GET', `/api/v1/surveys/${encodeURIComponent(tok)}`));
  } catch { /* offered: sending it says so if it was */ }
  if (state.survey !== 'asking') return; // withdrawn meanwhile
  $('#alert').hidden = true; // the call is over: the service is finished
  $('#skm').hidden = false;
  if (answered) {
    state.survey = 'answered';
    surveyDone(tk, 'already');
    return;
  }
  state.survey = surveyForm(tok, { idPrefix: 'skm', onDone: (kind) => surveyDone(tk, kind) });
  $('#skm-slot').replaceChildren(state.survey);
}

// A form offered for a ticket that is not finished after all (moved on to
// its next step) goes, unless it was already sent.
function withdrawSurvey() {
  if (!state.survey || !$('#skm-done').hidden) return;
  state.survey = null;
  $('#skm-slot').replaceChildren();
  $('#skm').hidden = true;
}

function alert(tk) {
  state.alerted = tk.called_at;
  $('#alert-number').textContent = tk.number;
  $('#alert-go').textContent = t('status.called.go', { n: tk.counter });
  $('#alert').hidden = false;
  $('#alert-ok').focus();
  chime.currentTime = 0;
  chime.play().catch(() => { /* the phone wants a touch first: the alert is still on screen */ });
  if (navigator.vibrate) navigator.vibrate([400, 200, 400, 200, 800]);
}

async function load() {
  try {
    if (isVisit) {
      const { visit } = await api('GET', `/api/v1/visits/${encodeURIComponent(token)}`);
      state.visit = visit;
    } else {
      const { ticket } = await api('GET', `/api/v1/tickets/${encodeURIComponent(token)}`);
      state.ticket = ticket;
      state.read = ticket.status;
    }
    $('#error').hidden = true;
    render();
  } catch (err) {
    $('#error').textContent = err.status === 404 ? t(isVisit ? 'visit.unknown' : 'status.unknown') : errorText(err);
    $('#error').hidden = false;
  }
}

let timer = null;
function loadSoon(ms = 200) { clearTimeout(timer); timer = setTimeout(load, ms); }

function onTicketEvent(e) {
  const mine = state.ticket;
  if (!mine) return;
  if (e.ticket && e.ticket.id === mine.id) {
    const was = mine.service;
    // events carry no token and no live position: keep ours, re-read it
    state.ticket = { ...mine, ...e.ticket, token: mine.token };
    if (e.type === 'ticket.transferred' && was !== e.ticket.service) {
      const svc = state.services.get(e.ticket.service);
      $('#note').textContent = t('status.transferred', { service: svc ? svc.service.name : e.ticket.service });
      $('#note').hidden = false;
    }
    render();
    loadSoon();
  } else if ((e.agencies || []).some((a) => a.id === mine.agency) && mine.status === 'waiting') {
    loadSoon();
  }
}

function onVisitEvent(e) {
  const id = visitId();
  if (id === null) return;
  if (e.type.startsWith('visit.') && e.visit === id) {
    loadSoon(0); // the next step's ticket, or the end: read the visit again
    return;
  }
  if (e.ticket && e.ticket.visit === id && mergeStep(e.ticket)) {
    render();
    loadSoon();
    return;
  }
  const mine = state.ticket;
  if (mine && mine.status === 'waiting' && (e.agencies || []).some((a) => a.id === mine.agency)) loadSoon();
}

if (isVisit) {
  $('#page-title').dataset.i18n = 'visit.title';
  document.querySelector('title').dataset.i18n = 'page.visit';
}
translate();
langButton($('#lang'));
onLang(render);
$('#alert-ok').addEventListener('click', () => { $('#alert').hidden = true; });
$('#sound').addEventListener('click', () => {
  // a touch unlocks sound on phones: play the chime once, quietly
  chime.volume = 0.2;
  chime.play().then(() => { chime.volume = 1; }).catch(() => {});
  if (navigator.vibrate) navigator.vibrate(100);
  $('#sound').textContent = t('status.sound.on');
  $('#sound').disabled = true;
});
agencies().then((list) => { state.services = serviceIndex(list); render(); }).catch(() => {});
load();
new Feed({
  onSnapshot: () => loadSoon(),
  onEvent: (e) => (isVisit ? onVisitEvent(e) : onTicketEvent(e)),
}).start();

// counter.js - the counter console: log in, pick one of your counters,
// open/pause/close it, call (next or by number), recall, start, finish,
// no-show, hold and call back (the agency's held and no-show tickets of
// today, read with the counter and kept by the feed), cancel (after a
// second press), reprint, transfer to any service of the hall (the number
// is kept). Every action has a key, shown on its button. The waiting list and today's counts are re-read when the feed
// says this agency's queue changed; the current ticket's service standard
// stays in view so staff can answer any question. A ticket of a booking
// made online carries a badge with its code, at the desk and in the list;
// a step of a visit across agencies carries "Bagian dari kunjungan", and
// finishing it says where the visit goes on (visit.step_ready on the feed).
// Pausing asks why, from the hall's pause reasons; the current ticket's
// timer turns amber from 80% of its service's standard and red past it;
// the next citizen's requirements are shown so staff can prepare; "Kinerja
// saya hari ini" gives the staff report of the one logged in.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, serviceIndex, errorText, loginForm, loadHallZone } from './api.js';
import { Feed } from './feed.js';
import { el, $, feeText, minutes, completionText, timeOf, dateTime, matches, agencyShort, agencyLogo, counterRange, clockText,
  standardLevel } from './format.js';

// "Pesanan daring BK-7QK3" for a booked ticket, else null.
const bookedBadge = (tk) => (tk && tk.booking ? el('span', { class: 'badge booked' }, t('ticket.booking', { code: tk.booking })) : null);

// "Bagian dari kunjungan" for a step of a visit across agencies, else null.
// The ticket names its visit by id only: how many steps and which comes
// next are known to the visit's holder, not to the counter.
const visitBadge = (tk) => (tk && tk.visit ? el('span', { class: 'badge visit', title: t('counter.visit.title') }, t('counter.visit')) : null);

const state = {
  user: null,
  number: null,          // the counter at this desk
  counter: null,         // its last known state
  waiting: [],
  waitingTotal: 0,
  services: new Map(),   // service id -> {service, agency}
  agencyList: [],
  callback: new Map(),   // ticket id -> held or no-show ticket of this agency (oldest first), read with the counter, kept by the feed
  target: null,          // transfer target service id
  visitDone: null,       // {visit, id, number}: a visit's step just finished here, until the feed says what follows
  finishedOf: new Map(), // visit id -> the id of its ticket last finished (the feed's ticket.finished)
  visitNews: new Map(),  // visit id -> {e: its last visit.step_ready or visit.finished, after: the ticket finished before it}
  reasons: [],           // the hall's pause reasons [{id, name, max_minutes}]; none: pause without one
  clockOffset: 0,        // the hall's clock minus this browser's, ms (the console's timer)
  hallDate: null,        // the hall's local date, YYYY-MM-DD (my figures today)
};

// ---- messages ----

let flashTimer = null;
function flash(text, kind = 'info') {
  const p = $('#flash');
  p.textContent = text;
  p.className = 'message ' + kind;
  p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  p.hidden = false;
  clearTimeout(flashTimer);
  if (kind !== 'error') flashTimer = setTimeout(() => { p.hidden = true; }, 6000);
}

// ---- screens ----

function screen(name) {
  $('#login').hidden = name !== 'login';
  $('#pick').hidden = name !== 'pick';
  $('#desk').hidden = name !== 'desk';
  $('#logout').hidden = name === 'login';
  $('#change').hidden = name !== 'desk' || (state.user?.counters.length ?? 0) < 2;
  $('#who').textContent = state.user ? t('counter.loggedin', { name: state.user.name }) : '';
}

async function start() {
  await loadHallZone(); // the times of tickets and of the reprint are the hall's
  try {
    const { user } = await api('GET', '/api/v1/session');
    await loggedIn(user);
  } catch (err) {
    if (err.status !== 401) flash(errorText(err), 'error');
    screen('login');
    $('#username').focus();
  }
}

async function loggedIn(user) {
  state.user = user;
  try {
    state.agencyList = await agencies();
    state.services = serviceIndex(state.agencyList);
    state.reasons = (await api('GET', '/api/v1/pause-reasons')).pause_reasons;
  } catch (err) {
    flash(errorText(err), 'error');
  }
  const wanted = Number(new URLSearchParams(location.search).get('loket')) ||
    Number(localStorage.getItem('mpp.counter.' + user.name)) || null;
  if (wanted && (await pickCounter(wanted, true))) return;
  showPick();
}

function showPick() {
  const list = state.user.counters.map((n) => {
    const agency = state.agencyList.find((a) => a.counters.includes(n));
    return el('li', {}, el('button', { type: 'button', class: 'pick', onclick: () => pickCounter(n) },
      el('span', { class: 'pick-n' }, t('loket.n', { n })), agency ? el('span', { class: 'pick-a' }, agencyShort(agency)) : null));
  });
  $('#pick-list').replaceChildren(...list);
  $('#pick-none').hidden = list.length > 0;
  screen('pick');
  $('#pick-list button')?.focus();
}

// An action's error in words. A counter held by another console that is
// still connected (the server lets the same account take back one whose
// console is gone) names who has it and what to do.
function actionError(err) {
  const held = err.status === 403 && /held by (.+?) in another session/.exec(err.message || '');
  return held ? t('counter.held_elsewhere', { staff: held[1] }) : errorText(err);
}

async function pickCounter(n, quiet) {
  try {
    const reply = await api('GET', `/api/v1/counters/${n}`);
    state.number = n;
    localStorage.setItem('mpp.counter.' + state.user.name, String(n));
    state.callback.clear();
    applyCounterReply(reply);
    screen('desk');
    $('#desk-title').focus();
    return true;
  } catch (err) {
    if (!quiet || err.status !== 404) flash(`${t('loket.n', { n })}: ${actionError(err)}`, 'error');
    if (err.status === 401) { state.user = null; screen('login'); }
    return false;
  }
}

// ---- the desk ----

function applyCounterReply(reply) {
  state.counter = reply.counter;
  if (reply.now) {
    state.clockOffset = Date.parse(reply.now) - Date.now();
    if (state.hallDate !== reply.now.slice(0, 10)) { state.hallDate = reply.now.slice(0, 10); loadMine(); }
  }
  if (reply.waiting) {
    state.waiting = reply.waiting;
    state.waitingTotal = reply.waiting_total ?? reply.waiting.length;
  }
  // the agency's held and no-show tickets of today, as the server has them:
  // a reload or a new login sees the citizens sent away before it
  if (reply.callback) state.callback = new Map(reply.callback.map((tk) => [tk.id, tk]));
  render();
}

const ACTIVE = ['called', 'serving'];
function allowed(act) {
  const c = state.counter;
  if (!c) return false;
  const tk = c.ticket && ACTIVE.includes(c.ticket.status) ? c.ticket : null;
  switch (act) {
    case 'open': return c.status === 'closed' || !c.held_by_you;
    case 'pause': return c.status === 'open' && c.held_by_you;
    case 'resume': return c.status === 'paused' && c.held_by_you;
    case 'close': return c.status !== 'closed' && c.held_by_you && !tk;
    case 'call': return c.status === 'open' && c.held_by_you && !tk;
    case 'recall': case 'start': case 'no-show': return c.held_by_you && tk?.status === 'called';
    case 'finish': case 'hold': case 'cancel': case 'transfer': return c.held_by_you && !!tk;
    case 'reprint': return !!c.ticket;
    default: return false;
  }
}

// Why the actions are off on a counter open in another session's name, and
// what to press; null when the counter is closed or held by this console.
function notYours(c) {
  if (!c || c.status === 'closed' || c.held_by_you || !c.staff) return null;
  return c.staff === state.user?.name ? t('counter.not_yours.mine') : t('counter.not_yours.other', { staff: c.staff });
}

function render() {
  const c = state.counter;
  if (!c) return;
  const agency = state.agencyList.find((a) => a.id === c.agency);
  $('#desk-title').replaceChildren(agencyLogo(agency) || '', t('loket.n', { n: c.number }) + ' · ' + (agency ? agencyShort(agency) : c.agency));
  $('#desk-title').tabIndex = -1;
  const badge = $('#desk-status');
  badge.textContent = (c.status === 'paused' && c.pause_reason ? t('counter.paused.reason', { reason: reasonName(c.pause_reason) }) : t('counter.' + c.status)) +
    (c.staff && !c.held_by_you ? ` (${c.staff})` : '');
  badge.className = 'badge ' + c.status;
  // open, but in another session's name (a console closed without Keluar,
  // or someone else's): every action waits for "Buka loket", and says so
  const note = notYours(c);
  $('#desk-note').hidden = !note;
  $('#desk-note').textContent = note || '';
  if (armed && (c.ticket?.id !== armed.id || !allowed('cancel'))) disarmCancel();
  for (const b of document.querySelectorAll('[data-act]')) b.disabled = !allowed(b.dataset.act);
  $('#call-number button').disabled = !(c.status === 'open' && c.held_by_you &&
    !(c.ticket && ACTIVE.includes(c.ticket.status)));

  const tk = c.ticket;
  $('#cur-none').hidden = !!tk;
  $('#cur-number').textContent = tk ? tk.number : '';
  const svc = tk && state.services.get(tk.service);
  $('#cur-service').textContent = tk ? (svc ? svc.service.name : tk.service) : '';
  $('#cur-booking').replaceChildren(...[bookedBadge(tk), visitBadge(tk)].filter(Boolean));
  $('#cur-meta').textContent = tk
    ? [t('status.' + tk.status), tk.priority ? t('priority.' + tk.priority) : null,
      tk.issued_at ? timeOf(tk.issued_at) : null, tk.transfers ? `↪ ${tk.transfers}` : null].filter(Boolean).join(' · ')
    : '';
  $('#ticket-box').dataset.status = tk ? tk.status : 'none';
  renderTimer();
  renderStandard(svc);
  renderNext();

  $('#n-called').textContent = c.called_today ?? 0;
  $('#n-served').textContent = c.served_today ?? 0;
  $('#n-noshow').textContent = c.no_show_today ?? 0;

  $('#wait-total').textContent = t('counter.waiting.total', { n: state.waitingTotal });
  $('#wait-empty').hidden = state.waiting.length > 0;
  $('#waiting').replaceChildren(...state.waiting.map((w) => {
    const s = state.services.get(w.service);
    return el('li', {}, el('span', { class: 'number' }, w.number),
      el('span', { class: 'w-service' }, s ? s.service.name : w.service),
      bookedBadge(w),
      visitBadge(w),
      w.priority ? el('span', { class: 'badge paused' }, t('priority.' + w.priority)) : null,
      el('span', { class: 'w-time' }, timeOf(w.issued_at)));
  }));

  const cb = [...state.callback.values()];
  $('#callback').replaceChildren(...(cb.length ? cb.map((tk2) => el('li', {},
    el('span', { class: 'number' }, tk2.number), el('span', {}, t('status.' + tk2.status)),
    el('button', { type: 'button', class: 'secondary', disabled: !allowed('call'),
      onclick: () => act('call', { number: tk2.number }) }, t('counter.callback.call', { number: tk2.number }))))
    : [el('li', { class: 'hint' }, t('counter.callback.none'))]));
}

function renderStandard(svc) {
  const box = $('#standard');
  if (!svc) { box.replaceChildren(el('p', { class: 'hint' }, t('counter.current.none'))); return; }
  const s = svc.service;
  const list = (items) => el('ol', {}, items.map((x) => el('li', {}, x)));
  // replaceChildren takes nodes only: flatten the optional groups first
  box.replaceChildren(...[
    el('h3', {}, s.name),
    el('dl', { class: 'std-facts' },
      el('dt', {}, t('kiosk.fee')), el('dd', {}, feeText(s)),
      el('dt', {}, t('kiosk.time')), el('dd', {}, minutes(s.minutes)),
      el('dt', {}, t('kiosk.completion')), el('dd', { class: 'std-completion' }, completionText(s)),
      s.product ? [el('dt', {}, t('counter.standard.product')), el('dd', {}, s.product)] : null),
    el('h4', {}, t('kiosk.requirements')), s.requirements.length ? list(s.requirements) : el('p', {}, t('kiosk.requirements.none')),
    s.procedure.length ? [el('h4', {}, t('counter.standard.procedure')), list(s.procedure)] : null,
    s.legal_basis ? [el('h4', {}, t('counter.standard.legal')), el('p', {}, s.legal_basis)] : null,
    s.complaint_channel ? [el('h4', {}, t('counter.standard.complaint')), el('p', {}, s.complaint_channel)] : null,
  ].flat().filter(Boolean));
}

// ---- the current ticket's timer, the next citizen ----

const reasonName = (id) => state.reasons.find((r) => r.id === id)?.name || id;

// Seconds the current ticket has taken (from its start, or its call when
// not started) and how that stands against its service's standard: amber
// from 80% of it, red past it (as the hall live view counts).
function renderTimer() {
  const p = $('#cur-timer');
  const tk = state.counter?.ticket;
  if (!tk || !ACTIVE.includes(tk.status) || !tk.called_at) { p.hidden = true; p.dataset.level = ''; return; }
  const start = Date.parse(tk.started_at && tk.started_at >= tk.called_at ? tk.started_at : tk.called_at);
  const secs = Math.max(0, Math.floor((Date.now() + state.clockOffset - start) / 1000));
  const std = (state.services.get(tk.service)?.service.minutes || 0) * 60;
  const level = standardLevel(secs, std);
  p.hidden = false;
  p.dataset.level = level;
  p.textContent = (std ? t('counter.timer', { time: clockText(secs), std: minutes(std / 60) }) : t('counter.timer.nostd', { time: clockText(secs) })) +
    (level === 'ok' ? '' : ` · ${t('counter.timer.' + level)}`);
}

// Who this counter calls next (the first of its waiting list, in call
// order) and what they must bring.
function renderNext() {
  const box = $('#next');
  const w = state.waiting[0];
  if (!w) { box.replaceChildren(el('p', { class: 'hint' }, t('counter.next.none'))); return; }
  const s = state.services.get(w.service)?.service;
  const req = s?.requirements || [];
  box.replaceChildren(...[
    el('p', { class: 'next-head' }, el('span', { class: 'number' }, w.number), el('strong', {}, s ? s.name : w.service),
      w.priority ? el('span', { class: 'badge paused' }, t('priority.' + w.priority)) : null, bookedBadge(w)),
    el('p', {}, req.length ? t('counter.next.prepare') : t('kiosk.requirements.none')),
    req.length ? el('ol', { id: 'next-req' }, req.map((r) => el('li', {}, r))) : null,
  ].filter(Boolean));
}

// ---- my figures today (GET /api/v1/reports/staff: staff read their own) ----

async function loadMine() {
  const day = state.hallDate;
  if (!day) return;
  $('#mine-csv').href = `/api/v1/reports/staff.csv?from=${day.slice(0, 8)}01&to=${day}&group=day`;
  try {
    const r = await api('GET', `/api/v1/reports/staff?from=${day}&to=${day}&group=range`);
    const me = r.rows.find((x) => x.staff === state.user?.name);
    const mins = (s) => (s === null || s === undefined ? '–' : (s / 60).toFixed(1));
    $('#mine').textContent = !me ? t('counter.mine.none') : t('counter.mine.text', {
      served: me.served, median: mins(me.service_time.median_s), no_show: me.no_show, transfers: me.transfers,
      share: me.against_standard.within_share === null ? '–' : `${Math.round(me.against_standard.within_share * 100)}%`,
      paused: Math.round(me.paused_s / 60) }) +
      (me?.paused_by_reason.length ? ` (${me.paused_by_reason.map((p) => `${p.name} ${Math.round(p.seconds / 60)}`).join(', ')})` : '');
  } catch (err) {
    $('#mine').textContent = errorText(err);
  }
}

// ---- pausing: why ----

function openPause() {
  const list = $('#pz-list');
  list.replaceChildren(list.querySelector('legend'), ...state.reasons.map((r, i) => el('label', { class: 'radio' },
    el('input', { type: 'radio', name: 'reason', value: r.id, checked: i === 0 }), ' ', r.name,
    r.max_minutes ? el('span', { class: 'hint' }, ` (${t('counter.pause.max', { n: r.max_minutes })})`) : null)));
  $('#pz-error').hidden = true;
  $('#pause').showModal();
  list.querySelector('input')?.focus();
}

async function submitPause(e) {
  e.preventDefault();
  const picked = document.querySelector('#pz-list input[name=reason]:checked');
  if (!picked) { $('#pz-error').textContent = t('counter.pause.need'); $('#pz-error').hidden = false; return; }
  $('#pause').close();
  await act('pause', { reason: picked.value });
}

async function refresh() {
  if (!state.number) return;
  try {
    applyCounterReply(await api('GET', `/api/v1/counters/${state.number}`));
  } catch (err) {
    if (err.status === 401) { flash(errorText(err), 'error'); state.user = null; screen('login'); }
  }
}

let refreshTimer = null;
function refreshSoon() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refresh, 120);
}

// ---- a visit's step finished here: where the citizen goes next ----

// The feed's visit.step_ready (the next step's ticket) or visit.finished
// for the visit whose step this counter just finished, in words staff can
// pass on. The event may come before or after the finish's own reply.
function visitNews() {
  const done = state.visitDone;
  const news = done && state.visitNews.get(done.visit);
  if (!news || news.after !== done.id) return;
  const { e } = news;
  state.visitDone = null;
  if (e.type === 'visit.finished') {
    flash(t('counter.visit.finished', { number: done.number }));
  } else if (e.ticket) {
    const svc = state.services.get(e.ticket.service);
    flash(t('counter.visit.next', { number: done.number, next: e.ticket.number,
      agency: svc ? agencyShort(svc.agency) : e.ticket.agency, service: svc ? svc.service.name : e.ticket.service }));
  }
}

// ---- cancelling asks first ----

// A cancel ends a citizen's ticket, so one stray press must not do it: the
// first press (or B) turns the button into "Yakin batalkan A-001?" and
// gives it the focus; a second press (B again, or Enter) within 5 s
// cancels; Escape, the time-out or a change of ticket leaves it be.
const CONFIRM_MS = 5000;
let armed = null; // {id, number, timer} while the cancel of a ticket awaits its second press

const cancelButton = () => document.querySelector('[data-act=cancel]');

function paintCancel() {
  const b = cancelButton();
  b.querySelector('span').textContent = armed ? t('counter.cancel.confirm', { number: armed.number }) : t('counter.act.cancel');
  b.classList.toggle('armed', !!armed);
}

function askCancel() {
  const tk = state.counter?.ticket;
  if (!tk) return;
  if (armed && armed.id === tk.id) {
    disarmCancel();
    act('cancel', {});
    return;
  }
  disarmCancel();
  armed = { id: tk.id, number: tk.number, timer: setTimeout(() => disarmCancel(true), CONFIRM_MS) };
  paintCancel();
  flash(t('counter.cancel.ask', { number: tk.number }));
  cancelButton().focus();
}

// kept: say that the ticket was not cancelled (Escape, the time-out)
function disarmCancel(kept = false) {
  if (!armed) return;
  const { number } = armed;
  clearTimeout(armed.timer);
  armed = null;
  paintCancel();
  if (kept) flash(t('counter.cancel.kept', { number }));
}

// ---- actions ----

async function act(action, body) {
  if (action === 'reprint') return reprint();
  if (action === 'transfer' && !body) return openTransfer();
  if (action === 'pause' && !body && state.reasons.length) return openPause();
  const before = state.counter?.ticket;
  try {
    const reply = await api('POST', `/api/v1/counters/${state.number}/${action}`, body);
    // action replies do not say whose the counter is: ours, after our action
    state.counter = { held_by_you: action !== 'close', ...reply.counter };
    const tk = reply.counter.ticket || before;
    if (action === 'call' && !reply.counter.ticket) flash(t('counter.done.call_empty'));
    else if (action === 'finish' && tk?.visit) {
      state.visitDone = { visit: tk.visit, id: tk.id, number: tk.number };
      flash(t('counter.done.finish', { number: tk.number }));
      visitNews();
    } else if (action === 'pause' && body?.reason) {
      flash(t('counter.paused.reason', { reason: reasonName(body.reason) }));
    } else {
      const svc = body?.service && state.services.get(body.service);
      flash(t('counter.done.' + action, { number: tk?.number ?? '', service: svc ? svc.service.name : body?.service }));
    }
    if (before && ['hold', 'no-show'].includes(action)) {
      state.callback.set(before.id, { ...before, status: action === 'hold' ? 'held' : 'no_show' });
    }
    if (reply.counter.ticket) state.callback.delete(reply.counter.ticket.id);
    render();
    refreshSoon();
    // my figures today count what these end: read them again, as "Hari ini" is
    if (['finish', 'no-show', 'transfer'].includes(action)) loadMine();
  } catch (err) {
    flash(actionError(err), 'error');
    refreshSoon();
  }
}

function reprint() {
  const tk = state.counter?.ticket;
  if (!tk) return;
  const svc = state.services.get(tk.service);
  $('#p-agency').textContent = svc ? agencyShort(svc.agency) : tk.agency;
  $('#p-counters').textContent = svc?.service.counters?.length ? t('counters.range', { n: counterRange(svc.service.counters) }) : '';
  $('#p-booking').textContent = tk.booking ? t('ticket.booking', { code: tk.booking }) : '';
  $('#p-number').textContent = tk.number;
  $('#p-service').textContent = svc ? svc.service.name : tk.service;
  $('#p-time').textContent = dateTime(tk.issued_at);
  $('#p-req').replaceChildren(...(svc ? svc.service.requirements.map((r) => el('li', {}, r)) : []));
  window.print();
}

// ---- transfer ----

function openTransfer() {
  state.target = null;
  $('#tr-search').value = '';
  $('#tr-error').hidden = true;
  renderTargets();
  $('#transfer').showModal();
  $('#tr-search').focus();
}

function renderTargets() {
  const q = $('#tr-search').value.trim();
  const items = [];
  for (const a of state.agencyList) {
    for (const s of a.services) {
      if (q && !matches(`${s.name} ${agencyShort(a)} ${a.name} ${s.id}`, q)) continue;
      items.push(el('li', {}, el('button', { type: 'button', role: 'option', class: 'target',
        'aria-selected': String(state.target === s.id), dataset: { service: s.id },
        onclick: () => { state.target = s.id; renderTargets(); } },
      el('span', { class: 'target-name' }, s.name), el('span', { class: 'target-agency' }, agencyShort(a)))));
      if (items.length >= 40) break;
    }
    if (items.length >= 40) break;
  }
  $('#tr-list').replaceChildren(...items);
}

async function submitTransfer(e) {
  e.preventDefault();
  if (!state.target) {
    $('#tr-error').textContent = t('counter.transfer.pick');
    $('#tr-error').hidden = false;
    return;
  }
  const place = document.querySelector('input[name=place]:checked').value;
  $('#transfer').close();
  await act('transfer', { service: state.target, place });
}

// ---- keys ----

function onKey(e) {
  if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
  if ($('#desk').hidden || $('#transfer').open || $('#pause').open) return;
  if (e.key === 'Escape' && armed) { e.preventDefault(); disarmCancel(true); return; }
  const tag = e.target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') {
    if (e.key === 'Escape') e.target.blur();
    return;
  }
  const key = e.key.toLowerCase();
  if (key === 'c') { e.preventDefault(); $('#number').focus(); return; }
  const b = document.querySelector(`[data-act][data-key="${CSS.escape(key)}"]`);
  if (b && !b.disabled) { e.preventDefault(); b.click(); }
  else if (b && b.dataset.act !== 'open' && notYours(state.counter)) { e.preventDefault(); flash(t('counter.press_open')); }
}

// ---- wiring ----

function init() {
  translate();
  langButton($('#lang'));
  onLang(() => { screen(state.user ? ($('#desk').hidden ? 'pick' : 'desk') : 'login'); paintCancel(); if (state.counter) render(); });
  loginForm(loggedIn);
  $('#logout').addEventListener('click', async () => {
    try { await api('DELETE', '/api/v1/session'); } catch { /* gone already */ }
    state.user = null; state.number = null; state.counter = null;
    screen('login');
  });
  $('#change').addEventListener('click', () => { state.number = null; showPick(); });
  for (const b of document.querySelectorAll('[data-act]')) {
    b.addEventListener('click', () => (b.dataset.act === 'cancel' ? askCancel() : act(b.dataset.act, b.dataset.act === 'call' ? {} : undefined)));
  }
  $('#call-number').addEventListener('submit', (e) => {
    e.preventDefault();
    const number = $('#number').value.trim().toUpperCase();
    if (!number) return;
    $('#number').value = '';
    act('call', { number });
  });
  $('#tr-search').addEventListener('input', renderTargets);
  $('#transfer-form').addEventListener('submit', submitTransfer);
  $('#tr-cancel').addEventListener('click', () => $('#transfer').close());
  $('#pause-form').addEventListener('submit', submitPause);
  $('#mine-load').addEventListener('click', loadMine);
  $('#pz-cancel').addEventListener('click', () => $('#pause').close());
  setInterval(renderTimer, 1000);
  document.addEventListener('keydown', onKey);
  new Feed({
    onSnapshot: () => refreshSoon(),
    onEvent: (e) => {
      if (e.type === 'ticket.finished' && e.ticket?.visit) state.finishedOf.set(e.ticket.visit, e.ticket.id);
      if ((e.type === 'visit.step_ready' || e.type === 'visit.finished') && e.visit) {
        state.visitNews.set(e.visit, { e, after: state.finishedOf.get(e.visit) });
        for (const m of [state.visitNews, state.finishedOf]) if (m.size > 50) m.delete(m.keys().next().value);
        visitNews();
      }
      const c = state.counter;
      if (!c) return;
      const tk = e.ticket;
      if (tk && tk.agency === c.agency && ['held', 'no_show'].includes(tk.status)) state.callback.set(tk.id, tk);
      else if (tk && state.callback.has(tk.id)) state.callback.delete(tk.id);
      const mine = (tk && tk.agency === c.agency) || (e.agencies || []).some((a) => a.id === c.agency) ||
        (e.counter && e.counter.number === c.number);
      if (mine) refreshSoon();
    },
  }).start();
  start();
}

init();

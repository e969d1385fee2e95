// supervisor.js - the hall live (/supervisor): for the manager the whole
// hall (or one agency), for an agency head (a supervisor account) its own
// agency: every counter with its state, staff, current ticket and its time
// against the service's standard (amber from 80%, red past it), waiting
// per agency with its longest and typical wait, and the alerts of
// GET /api/v1/hall/live. Read again every 5 s and soon after each event of
// the feed; the timers tick in between.
import { translate, langButton, onLang, lang, t } from './i18n.js';
import { api, errorText, loginForm, loadHallZone } from './api.js';
import { Feed } from './feed.js';
import { el, $, clockText, standardLevel, clock } from './format.js';

const WORDS = {
  id: {
    title: 'Pantauan gedung', agency: 'Instansi', login: 'Masuk pemantau', alerts: 'Peringatan', all: 'Semua instansi',
    none: 'Tidak ada peringatan.', at: 'Keadaan pukul {time}; diperbarui otomatis.',
    not_allowed: 'Halaman ini untuk admin gedung dan kepala instansi (akun pemantau).',
    waiting: 'Menunggu', longest: 'Terlama', typical: 'Biasanya', open: 'Loket buka', alert_after: 'Peringatan setelah',
    cols: ['Loket', 'Status', 'Petugas', 'Tiket', 'Waktu'], min: '{n} mnt', hm: '{h} j {m} mnt', std: 'standar {n} mnt',
    long_wait: '{agency}: {n} tiket menunggu lebih dari {limit} (terlama {number}, {for}).',
    long_pause: '{agency}: loket {counter} istirahat "{reason}" sudah {for}, lebih dari {limit} ({staff}).',
    no_counter: '{agency}: {n} tiket {service} menunggu {for} tanpa loket buka yang melayaninya.',
    closed: 'Tutup', open_s: 'Buka', paused: 'Istirahat',
  },
  en: {
    title: 'Hall live', agency: 'Agency', login: 'Supervisor login', alerts: 'Alerts', all: 'Every agency',
    none: 'No alerts.', at: 'As of {time}; updates by itself.',
    not_allowed: 'This page is for the hall admin and agency heads (supervisor accounts).',
    waiting: 'Waiting', longest: 'Longest', typical: 'Typical', open: 'Counters open', alert_after: 'Alert after',
    cols: ['Counter', 'Status', 'Staff', 'Ticket', 'Time'], min: '{n} min', hm: '{h} h {m} min', std: 'standard {n} min',
    long_wait: '{agency}: {n} tickets waiting longer than {limit} (longest {number}, {for}).',
    long_pause: '{agency}: counter {counter} on break "{reason}" for {for}, past {limit} ({staff}).',
    no_counter: '{agency}: {n} tickets of {service} waiting {for} with no open counter serving them.',
    closed: 'Closed', open_s: 'Open', paused: 'On break',
  },
};
const w = (key, params = {}) => {
  const s = (WORDS[lang()] || WORDS.id)[key];
  return typeof s === 'string' ? s.replace(/\{(\w+)\}/g, (_, k) => params[k] ?? '') : s;
};

const state = { user: null, live: null, fetched: 0, agencies: [], services: new Map() };
const dur = (s) => (s >= 3600 ? w('hm', { h: Math.floor(s / 3600), m: Math.floor((s % 3600) / 60) }) : w('min', { n: Math.round(s / 60) }));

function words() {
  for (const e of document.querySelectorAll('[data-sv]')) e.textContent = w(e.dataset.sv);
}

function flash(text, kind = 'error') {
  $('#flash').textContent = text;
  $('#flash').className = 'message ' + kind;
  $('#flash').hidden = !text;
}

function screen(live) {
  $('#login').hidden = live;
  $('#live').hidden = !live;
  $('#logout').hidden = !state.user;
  $('#sv-pick').hidden = !(live && state.user?.role === 'admin');
  $('#who').textContent = state.user ? t('counter.loggedin', { name: state.user.name }) : '';
}

const agencyName = (id) => {
  const a = state.live?.agencies.find((x) => x.id === id) || state.agencies.find((x) => x.id === id);
  return a ? (a.short || a.name) : id;
};
const reasonName = (id) => state.live?.pause_reasons.find((r) => r.id === id)?.name || id || '–';

function alertText(a) {
  const p = { agency: agencyName(a.agency), n: a.tickets, limit: dur(a.limit_s), for: dur(a.for_s), number: a.number,
    counter: a.counter, reason: reasonName(a.reason), staff: a.staff, service: state.services.get(a.service) || a.service };
  return w(a.kind, p);
}

// Seconds since the live view was read, so the timers tick between reads.
const since = () => Math.floor((Date.now() - state.fetched) / 1000);

function counterRow(c) {
  const status = c.status === 'paused'
    ? [w('paused'), ' · ', reasonName(c.pause_reason), ' · ',
      el('span', { class: c.pause_limit_s && c.paused_s + since() > c.pause_limit_s ? 'over' : '' }, dur(c.paused_s + since()))]
    : [c.status === 'open' ? w('open_s') : w('closed')];
  let time = '–';
  if (c.ticket_s !== null) {
    const secs = c.ticket_s + since();
    time = el('span', { class: 'level ' + standardLevel(secs, c.standard_s), dataset: { level: standardLevel(secs, c.standard_s) } },
      clockText(secs) + (c.standard_s ? ` / ${w('std', { n: c.standard_s / 60 })}` : ''));
  }
  return el('tr', { dataset: { counter: c.number } },
    el('td', { class: 'number' }, String(c.number)),
    el('td', {}, el('span', { class: 'badge ' + c.status }, ...status)),
    el('td', {}, c.staff || '–'),
    el('td', {}, c.ticket ? `${c.ticket.number} · ${state.services.get(c.ticket.service) || c.ticket.service}` : '–'),
    el('td', {}, time));
}

function render() {
  words();
  const v = state.live;
  if (!v) return;
  $('#sv-at').textContent = w('at', { time: clock(new Date(v.at)).time });
  $('#al-count').textContent = String(v.alerts.length);
  $('#alerts').replaceChildren(...(v.alerts.length
    ? v.alerts.map((a) => el('li', { class: a.kind, dataset: { kind: a.kind } }, alertText(a)))
    : [el('li', { class: 'none' }, w('none'))]));
  const cols = w('cols');
  $('#agencies').replaceChildren(...v.agencies.map((a) => el('section', { class: 'card sv-agency', dataset: { agency: a.id } },
    el('h2', {}, a.short || a.name),
    el('p', { class: 'sv-facts' },
      el('span', {}, `${w('waiting')}: `, el('strong', { class: 'waiting' }, String(a.waiting))),
      el('span', {}, `${w('longest')}: `, el('strong', {}, a.waiting ? dur(a.longest_wait_s + since()) : '–')),
      el('span', {}, `${w('typical')}: `, el('strong', {}, a.typical_wait_s === null ? '–' : dur(a.typical_wait_s))),
      el('span', {}, `${w('alert_after')}: `, el('strong', {}, dur(a.alert_wait_s))),
      el('span', {}, `${w('open')}: `, el('strong', {}, `${a.open}/${a.counters.length}`))),
    el('table', { class: 'sv-counters' },
      el('thead', {}, el('tr', {}, ...cols.map((c) => el('th', {}, c)))),
      el('tbody', {}, ...a.counters.map(counterRow))))));
}

async function load() {
  const agency = state.user?.role === 'admin' ? $('#sv-agency').value : '';
  try {
    state.live = await api('GET', '/api/v1/hall/live' + (agency ? '?agency=' + encodeURIComponent(agency) : ''));
    state.fetched = Date.now();
    flash('');
    render();
  } catch (err) {
    flash(errorText(err));
    if (err.status === 401 || err.status === 403) { state.live = null; screen(false); }
  }
}

let soon = null;
const loadSoon = () => { clearTimeout(soon); soon = setTimeout(load, 400); };

async function loggedIn(user) {
  state.user = user;
  if (user.role !== 'admin' && user.role !== 'supervisor') {
    flash(w('not_allowed'));
    screen(false);
    return;
  }
  try {
    state.agencies = await api('GET', '/api/v1/agencies').then((r) => r.agencies);
    for (const a of state.agencies) for (const s of a.services) state.services.set(s.id, s.name);
  } catch { /* names fall back to ids */ }
  const sel = $('#sv-agency');
  sel.replaceChildren(el('option', { value: '' }, w('all')), ...state.agencies.map((a) => el('option', { value: a.id }, a.short || a.name)));
  screen(true);
  await load();
}

async function start() {
  await loadHallZone(); // "as of" is the hall's time
  try {
    const { user } = await api('GET', '/api/v1/session');
    await loggedIn(user);
  } catch (err) {
    if (err.status !== 401) flash(errorText(err));
    screen(false);
  }
}

function init() {
  translate();
  words();
  langButton($('#lang'));
  onLang(() => {
    words();
    // what was written in the other language: who is logged in, "all agencies"
    $('#who').textContent = state.user ? t('counter.loggedin', { name: state.user.name }) : '';
    const all = $('#sv-agency option[value=""]');
    if (all) all.textContent = w('all');
    render();
  });
  loginForm(loggedIn);
  $('#logout').addEventListener('click', async () => {
    try { await api('DELETE', '/api/v1/session'); } catch { /* gone already */ }
    state.user = null; state.live = null;
    screen(false);
  });
  $('#sv-agency').addEventListener('change', load);
  setInterval(() => { if (state.live && !$('#live').hidden) render(); }, 1000);
  setInterval(() => { if (state.user && !$('#live').hidden) load(); }, 5000);
  new Feed({ onSnapshot: () => { if (state.live) loadSoon(); }, onEvent: () => { if (state.live) loadSoon(); } }).start();
  start();
}

init();

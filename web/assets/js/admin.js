// admin.js - the hall manager's page: today's waiting per agency, the
// counters and who is on them, the running text of the hall TV, plugin
// health (errors with file and line) and the agencies and services as
// their plugins declare them, with sources and unconfirmed facts; the
// citizen satisfaction index (IKM) for a range of days, per agency; the
// service-time reports with charts (admin-reports.js); the devices of the
// hall with their addresses, QR codes and Chromium lines (admin-devices.js);
// the day's online bookings per service (admin-bookings.js); the messages
// to citizens, failed ones sent again (admin-outbox.js); the staff report
// with its charts (admin-staff.js) and a link to the hall live. A section
// jumped to from the sticky menu starts below the menu.
import { t, lang, translate, langButton, onLang } from './i18n.js';
import { api, errorText, loginForm, loadHallZone } from './api.js';
import { Feed } from './feed.js';
import { el, $, feeText, minutes, completionText, hallDay } from './format.js';
import { initUsers } from './admin-users.js';
import { initReports } from './admin-reports.js';
import { initDevices, renderDevices } from './admin-devices.js';
import { initBookings } from './admin-bookings.js';
import { fmt, sampleText, profileTables, gradeText } from './ikm-view.js';
import { initOutbox } from './admin-outbox.js';
import { initStaff } from './admin-staff.js';

const state = { user: null, board: null, counters: new Map(), agencies: [], health: null, ikm: null };

function flash(text, kind) {
  const p = $('#flash');
  p.textContent = text;
  p.className = 'message ' + kind;
  p.hidden = false;
}

function screen(loggedIn) {
  $('#login').hidden = loggedIn;
  $('#panel').hidden = !loggedIn;
  $('#logout').hidden = !loggedIn;
  $('#refresh').hidden = !loggedIn;
  $('#who').textContent = state.user ? t('counter.loggedin', { name: state.user.name }) : '';
}

async function start() {
  await loadHallZone(); // the messages' times and the reports' days are the hall's
  try {
    const { user } = await api('GET', '/api/v1/session');
    await loggedIn(user);
  } catch (err) {
    if (err.status !== 401) flash(errorText(err), 'error');
    screen(false);
  }
}

async function loggedIn(user) {
  state.user = user;
  if (user.role !== 'admin') {
    flash(t(user.role === 'supervisor' ? 'admin.not_admin.supervisor' : 'admin.not_admin'), 'error');
    screen(false);
    return;
  }
  $('#flash').hidden = true;
  screen(true);
  await loadAll();
}

async function loadAll() {
  const [board, agencies, health, facts] = await Promise.all([
    api('GET', '/api/v1/board'), api('GET', '/api/v1/agencies'), api('GET', '/healthz'),
    api('GET', '/api/v1/facts')]);
  state.board = board;
  state.agencies = agencies.agencies;
  // what was tried for each open fact, by service id (GET /api/v1/facts)
  state.tried = new Map(facts.agencies.flatMap((a) => a.services.map((s) => [s.id, s.tried])));
  state.health = health;
  $('#text-input').value = board.text || '';
  countBytes();
  renderOverview();
  renderHealth();
  renderAgencies();
  ikmAgencies();
  await Promise.all([loadCounters(), loadIkm(), initUsers(state.agencies, flash, state.user.name),
    initReports(state.agencies), initDevices(flash), initBookings(state.agencies),
    initOutbox(), initStaff(state.agencies)]);
}

// ---- the IKM panel (GET /api/v1/reports/ikm, docs/skm.md) ----

function ikmAgencies() {
  const sel = $('#ikm-agency');
  const keep = sel.value;
  sel.replaceChildren(el('option', { value: '', dataset: { i18n: 'admin.ikm.all' } }, t('admin.ikm.all')),
    ...state.agencies.map((a) => el('option', { value: a.id }, a.name)));
  sel.value = keep;
  if (!$('#ikm-from').value) {
    const today = hallDay().day; // the hall's month so far
    $('#ikm-from').value = today.slice(0, 8) + '01';
    $('#ikm-to').value = today;
  }
}

// The report's range and agency, as the form has them.
function ikmQuery() {
  const q = new URLSearchParams({ from: $('#ikm-from').value, to: $('#ikm-to').value });
  if ($('#ikm-agency').value) q.set('agency', $('#ikm-agency').value);
  return q;
}

async function loadIkm() {
  const q = ikmQuery();
  try {
    state.ikm = await api('GET', '/api/v1/reports/ikm?' + q);
    $('#ikm-followup').value = state.ikm.follow_up ? state.ikm.follow_up.text : '';
    $('#ikm-followup-msg').hidden = true;
    $('#ikm-error').hidden = true;
  } catch (err) {
    state.ikm = null;
    $('#ikm-error').textContent = errorText(err);
    $('#ikm-error').hidden = false;
  }
  renderIkm();
}

function renderIkm() {
  const r = state.ikm;
  $('#ikm-respondents').textContent = r ? t('admin.ikm.respondents', { n: r.respondents }) : '';
  $('#ikm-none').hidden = !r || r.respondents > 0;
  $('#ikm-result').hidden = !r || !r.respondents;
  $('#ikm-more').hidden = !r;
  if (r) {
    $('#ikm-sample').textContent = sampleText(r);
    $('#ikm-sample').dataset.enough = String(r.sample.enough);
    $('#ikm-profile').replaceChildren(...profileTables(r));
    $('#ikm-public').href = '/ikm?' + ikmQuery();
  }
  if (!r || !r.respondents) return;
  $('#ikm-index').textContent = fmt(r.ikm, 3);
  $('#ikm-value').textContent = fmt(r.value, 2);
  $('#ikm-grade').textContent = gradeText(r);
  $('#ikm-grade').dataset.grade = r.grade;
  $('#ikm-body').replaceChildren(...r.nrr.map((v, i) => el('tr', {},
    el('td', {}, `${i + 1}. ${t('skm.e' + (i + 1))}`), el('td', { class: 'nrr' }, fmt(v, 3)))));
}

async function loadCounters() {
  const numbers = state.board.counters.map((c) => c.number);
  const replies = await Promise.all(numbers.map((n) => api('GET', `/api/v1/counters/${n}`).catch(() => null)));
  replies.forEach((r, i) => { if (r) state.counters.set(numbers[i], r.counter); });
  renderCounters();
}

function agencyName(id) { return state.agencies.find((a) => a.id === id)?.name || id; }

function renderOverview() {
  const rows = state.board.agencies;
  $('#ov-total').textContent = t('admin.total.waiting', { n: rows.reduce((s, a) => s + a.waiting, 0) });
  $('#ov-body').replaceChildren(...rows.map((a) => el('tr', {},
    el('td', {}, a.name || agencyName(a.id)), el('td', { class: 'number' }, a.serving || '–'),
    el('td', { class: 'count' }, String(a.waiting)))));
}

function renderCounters() {
  $('#ct-body').replaceChildren(...state.board.counters.map((b) => {
    const c = state.counters.get(b.number) || b;
    return el('tr', {},
      el('td', { class: 'number' }, String(c.number)), el('td', {}, agencyName(c.agency)),
      el('td', {}, el('span', { class: 'badge ' + c.status }, t('counter.' + c.status))),
      el('td', {}, c.staff || '–'),
      el('td', {}, c.ticket ? `${c.ticket.number} (${t('status.' + c.ticket.status)})` : '–'),
      el('td', {}, c.called_today !== undefined ? `${c.called_today} / ${c.served_today} / ${c.no_show_today}` : '–'));
  }));
}

function renderHealth() {
  const h = state.health;
  $('#hl-summary').textContent = t('admin.health.summary', { a: h.agencies, s: h.services, status: h.status });
  const errors = h.plugin_errors || [];
  $('#hl-ok').hidden = errors.length > 0;
  $('#hl-table').hidden = errors.length === 0;
  $('#hl-body').replaceChildren(...errors.map((e) => el('tr', {},
    el('td', {}, el('code', {}, e.file)), el('td', { class: 'number' }, String(e.line)), el('td', {}, e.message))));
}

function renderAgencies() {
  $('#ag-list').replaceChildren(...state.agencies.map((a) => el('details', { class: 'agency' },
    el('summary', {}, `${a.name} (${a.id}, ${t('agency.kind.' + a.kind)}, ${a.prefix}) · ${t('kiosk.services.count', { n: a.services.length })} · ${t('loket')} ${a.counters.join(', ')}`),
    openFacts(a),
    el('div', {}, a.services.map(serviceDetails)))));
}

// What the agency's plugin does not yet confirm, service by service, with
// what was tried: the same list as `mppctl facts AGENCY`, for the liaison
// to finish with their office.
function openFacts(a) {
  const rows = [];
  const counts = new Map();
  for (const s of a.services) {
    for (const f of s.unconfirmed || []) {
      counts.set(f, (counts.get(f) || 0) + 1);
      rows.push([s.name, f, state.tried.get(s.id)?.[f] || t('admin.facts.not_recorded')]);
    }
    if (!s.completion) {
      counts.set('completion', (counts.get('completion') || 0) + 1);
      rows.push([s.name, 'completion', t('completion.none')]);
    }
  }
  const summary = rows.length
    ? t('admin.facts.summary', { n: rows.length, fields: [...counts].map(([f, n]) => `${f} ${n}`).join(', ') })
    : t('admin.facts.none');
  return el('details', { class: 'facts-open', dataset: { agency: a.id } },
    el('summary', {}, summary),
    rows.length ? el('table', { class: 'facts-table' },
      el('thead', {}, el('tr', {}, el('th', {}, t('admin.facts.service')), el('th', {}, t('admin.facts.field')), el('th', {}, t('admin.facts.tried')))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((x) => el('td', {}, x)))))) : null);
}

function serviceDetails(s) {
  const fact = (label, value) => (value || value === 0 ? [el('dt', {}, label), el('dd', {}, value)] : null);
  const list = (items) => (items.length ? el('ol', {}, items.map((x) => el('li', {}, x))) : '–');
  return el('details', { class: 'service' },
    el('summary', {}, s.name, s.unconfirmed?.length ? el('span', { class: 'unconfirmed' }, ` · ${t('admin.unconfirmed')}: ${s.unconfirmed.join(', ')}`) : null),
    el('dl', { class: 'svc-facts' },
      fact('ID', s.id),
      fact(t('kiosk.fee'), feeText(s)),
      fact(t('kiosk.time'), minutes(s.minutes)),
      fact(t('kiosk.completion'), completionText(s)),
      fact(t('admin.quota'), s.quota ? String(s.quota) : t('admin.quota.none')),
      fact(t('kiosk.priority'), s.priority ? '✓' : '–'),
      fact(t('admin.hours'), s.hours),
      fact(t('counter.standard.product'), s.product),
      fact(t('kiosk.requirements'), list(s.requirements)),
      fact(t('counter.standard.procedure'), list(s.procedure)),
      fact(t('counter.standard.legal'), s.legal_basis),
      fact(t('counter.standard.complaint'), s.complaint_channel),
      fact(t('loket'), (s.counters || []).join(', ')),
      s.inputs?.length ? fact(t('admin.inputs'), s.inputs.map((i) => `${i.label} (${i.name}: ${i.pattern})`).join('; ')) : null,
      fact(t('admin.source'), s.source),
      ...Object.entries(s.sources || {}).map(([f, src]) => fact(`${t('admin.source')} · ${f}`, src)),
      s.unconfirmed?.length ? fact(t('admin.unconfirmed'), s.unconfirmed.join(', ')) : null));
}

function countBytes() {
  $('#text-bytes').textContent = new TextEncoder().encode($('#text-input').value).length;
}

async function saveText(e) {
  e.preventDefault();
  const msg = $('#text-msg');
  try {
    await api('POST', '/api/v1/board/text', { text: $('#text-input').value });
    msg.textContent = t('admin.text.saved');
    msg.className = 'message info';
  } catch (err) {
    msg.textContent = errorText(err);
    msg.className = 'message error';
  }
  msg.hidden = false;
}

let timer = null;
function reloadSoon() {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (!state.user || state.user.role !== 'admin') return;
    try {
      state.board = await api('GET', '/api/v1/board');
      renderOverview();
      await loadCounters();
    } catch { /* shown by the offline marker */ }
  }, 300);
}

translate();
langButton($('#lang'));
onLang(() => { if (state.board) { renderOverview(); renderCounters(); renderHealth(); renderAgencies(); renderIkm(); renderDevices(); } screen(!!state.user && state.user.role === 'admin'); });
loginForm(loggedIn);
$('#logout').addEventListener('click', async () => {
  try { await api('DELETE', '/api/v1/session'); } catch { /* gone already */ }
  state.user = null;
  screen(false);
});
$('#refresh').addEventListener('click', () => loadAll().catch((err) => flash(errorText(err), 'error')));
$('#text-input').addEventListener('input', countBytes);
$('#text-form').addEventListener('submit', saveText);
$('#ikm-form').addEventListener('submit', (e) => { e.preventDefault(); loadIkm(); });
// the follow-up (tindak lanjut) of the range and agency shown
$('#ikm-followup-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const r = state.ikm;
  if (!r) return;
  const msg = $('#ikm-followup-msg');
  try {
    await api('PUT', '/api/v1/reports/ikm/follow-up',
      { agency: r.agency, from: r.from, to: r.to, text: $('#ikm-followup').value.trim() });
    msg.textContent = t('admin.ikm.followup.saved');
    msg.className = 'message info';
  } catch (err) {
    msg.textContent = errorText(err);
    msg.className = 'message error';
  }
  msg.hidden = false;
});
// The sticky section menu wraps to one, two or three rows with the width:
// admin.css keeps a section's heading below it (scroll-margin-top) by the
// height measured here.
new ResizeObserver(([entry]) => {
  document.documentElement.style.setProperty('--tabs-h', `${Math.ceil(entry.target.getBoundingClientRect().height)}px`);
}).observe($('nav.tabs'));
new Feed({ onSnapshot: reloadSoon, onEvent: reloadSoon }).start();
start();

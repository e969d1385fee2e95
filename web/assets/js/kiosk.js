// kiosk.js - the citizen's touch kiosk: choose an agency or search a
// service, read its standard, take a ticket. The ticket is issued with
// "print": true and confirmed only after the browser printed it
// (afterprint); "Tiket tidak keluar" cancels it and issues a new one, so a
// failed print leaves no ghost in the queue. An idle kiosk returns home.
// "Sudah pesan online" checks in a booking made on /booking by its code,
// typed on the screen or by a USB scanner (which types and presses Enter;
// a scanned QR code of the booking's page is read too), and prints its
// ticket as any other. Agencies go by their short names. "Beberapa urusan
// sekaligus" plans a visit across agencies and prints one ticket for it
// (kiosk-visit.js). Today's hours (GET /api/v1/hours) are shown under the
// welcome, with the break or closing that stops tickets now, and on each
// agency whose own hours differ from the hall's.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, serviceIndex, errorText, issueTicket, ApiError } from './api.js';
import { Feed } from './feed.js';
import { Keyboard } from './keyboard.js';
import { el, $, feeText, feeShort, minutes, completionText, waitText, dateTime, clock, setHallZone, hallDay, agencyColour, initials, matches,
  agencyShort, agencyLogo, counterRange, dayText } from './format.js';
import { visitKiosk } from './kiosk-visit.js';
import { optinPanel } from './notify-optin.js';

// A later step of a multi-step service (kiosk = false in its plugin) is
// reached by finishing the step before it, never picked at the kiosk.
const atKiosk = (s) => s.kiosk !== false;

const PRIORITIES = ['lansia', 'disabilitas', 'ibu_hamil', 'anak'];
const IDLE_MS = { agency: 60000, service: 90000, ticket: 30000, home: 60000, checkin: 60000,
  'visit-pick': 90000, 'visit-docs': 90000, 'visit-plan': 90000, 'visit-ticket': 30000 };
const SCREENS = ['home', 'agency', 'service', 'checkin', 'ticket', 'visit-pick', 'visit-docs', 'visit-plan', 'visit-ticket'];

const state = {
  agencies: [],
  waiting: new Map(),     // agency id -> waiting count
  agency: null,           // the agency being browsed
  service: null,          // the service being read
  from: 'home',           // where "Kembali" on the service screen goes
  request: null,          // the last ticket request, for a reissue
  ticket: null,           // the ticket on screen
  hours: null,            // GET /api/v1/hours for today
};

const keyboard = new Keyboard($('#keyboard'));
// "Kirim pengingat ke WhatsApp?" under a printed ticket; gone with its screen
const optin = optinPanel($('#ticket-notify'), { keyboard, skip: true });
// the same under a visit's ticket: the messages go on with each next step
const visitOptin = optinPanel($('#vt-notify'), { keyboard, skip: true, visit: true });

// ---- screens ----

function show(screen) {
  for (const id of SCREENS) $('#' + id).hidden = id !== screen;
  state.screen = screen;
  keyboard.hide();
  window.scrollTo(0, 0);
  idle();
  const heading = $('#' + screen + ' h2');
  if (heading && screen !== 'home') { heading.tabIndex = -1; heading.focus(); }
  // home: nothing keeps the focus, so a scanner's keys reach onScanKey;
  // the button just pressed on the screen left would keep it until the
  // browser's next rendering
  else if (screen === 'home' && document.activeElement !== document.body) document.activeElement?.blur();
}

function goHome() {
  optin.close();
  visitOptin.close();
  state.agency = null;
  state.service = null;
  $('#search').value = '';
  renderResults();
  show('home');
}

let idleTimer = null;
function idle() {
  clearTimeout(idleTimer);
  const screen = state.screen || 'home';
  if (screen === 'home' && !$('#search').value) return;
  idleTimer = setTimeout(goHome, IDLE_MS[screen]);
}
for (const ev of ['pointerdown', 'keydown', 'input']) document.addEventListener(ev, idle, { passive: true });

// ---- home: agency tiles and search ----

function renderTiles() {
  const tiles = state.agencies.map((a) => el('li', {},
    el('button', { type: 'button', class: 'tile', dataset: { agency: a.id }, onclick: () => openAgency(a) },
      agencyLogo(a, 'tile-logo') || el('span', { class: 'tile-mark', 'aria-hidden': 'true', dataset: { colour: a.id } }, initials(agencyShort(a))),
      el('span', { class: 'tile-name' }, agencyShort(a)),
      a.short && a.short !== a.name ? el('span', { class: 'tile-full' }, a.name) : null,
      el('span', { class: 'tile-meta' }, t('kiosk.services.count', { n: a.services.filter(atKiosk).length }),
        state.waiting.has(a.id) ? ' · ' + t('kiosk.waiting.count', { n: state.waiting.get(a.id) }) : ''),
      agencyHoursTag(a.id))));
  $('#agency-tiles').replaceChildren(...tiles);
  paintColours($('#agency-tiles'));
}

// Colours cannot be inline styles under our CSP: each agency gets a rule
// in a constructed stylesheet instead.
const colourSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, colourSheet];
const painted = new Set();
function paintColours(root) {
  for (const mark of root.querySelectorAll('[data-colour]')) {
    const id = mark.dataset.colour;
    if (painted.has(id)) continue;
    painted.add(id);
    colourSheet.insertRule(`[data-colour="${CSS.escape(id)}"] { background: ${agencyColour(id)}; }`);
  }
}

// Why the kiosk would be refused a ticket of s now, or null: today's quota
// used up (the catalogue's `remaining`, at most a minute old), its agency
// closed now (a break, not yet open, closed for the day: the hall's hours,
// at most a minute old), or its cut-off passed (the kiosk's clock runs in
// the hall's zone).
function refusal(s, now = new Date()) {
  const { hhmm } = hallDay(now);
  if (s.remaining === 0) return t('kiosk.refused.quota');
  const hours = hoursOf(s.id.split('/')[0]);
  if (hours && hours.open_now === false) {
    return hours.opens ? t('kiosk.refused.opens', { time: hours.opens.replace(':', '.') }) : t('kiosk.refused.closed');
  }
  if (s.cutoff && hhmm >= s.cutoff) return t('kiosk.refused.cutoff', { time: s.cutoff.replace(':', '.') });
  return null;
}

function serviceButton(s, a, withAgency) {
  const why = refusal(s);
  const meta = feeShort(s) + ' · ' + minutes(s.minutes) +
    (s.remaining > 0 && s.remaining <= 10 ? ' · ' + t('kiosk.remaining', { n: s.remaining }) : '');
  return el('li', {},
    el('button', { type: 'button', class: 'service-item', disabled: !!why, onclick: () => openService(s, a, withAgency ? 'home' : 'agency') },
      el('span', { class: 'service-name' }, s.name),
      withAgency ? el('span', { class: 'service-agency' }, agencyShort(a)) : null,
      el('span', { class: 'service-meta' }, meta),
      why ? el('span', { class: 'service-why' }, why) : null));
}

function renderResults() {
  const q = $('#search').value.trim();
  $('#results').hidden = !q;
  $('#agencies').hidden = !!q;
  if (!q) return;
  const found = [];
  for (const a of state.agencies) {
    for (const s of a.services) if (atKiosk(s) && matches(s.name + ' ' + s.id, q)) found.push(serviceButton(s, a, true));
  }
  $('#results-empty').hidden = found.length > 0;
  $('#results-list').replaceChildren(...found.slice(0, 60));
}

// ---- one agency ----

function openAgency(a) {
  state.agency = a;
  $('#agency-title').replaceChildren(agencyLogo(a) || '', agencyShort(a));
  $('#agency-full').textContent = a.name;
  const own = agencyHoursOf(a.id);
  $('#agency-hours').hidden = !own;
  if (own) $('#agency-hours').textContent = own.ranges.length ? t('hours.agency', { ranges: rangesText(own) }) : t('hours.agency.closed');
  $('#agency-search').value = '';
  renderAgencyServices();
  show('agency');
}

function renderAgencyServices() {
  const a = state.agency;
  const q = $('#agency-search').value.trim();
  const list = a.services.filter((s) => atKiosk(s) && (!q || matches(s.name + ' ' + s.id, q))).map((s) => serviceButton(s, a, false));
  $('#agency-services').replaceChildren(...(list.length ? list : [el('li', { class: 'hint' }, t('kiosk.no_results'))]));
}

// ---- one service ----

// The service's fee, minutes at the counter and when the document is
// ready, in the current language.
function renderServiceFacts(s) {
  $('#service-fee').textContent = feeText(s);
  $('#service-minutes').textContent = minutes(s.minutes);
  $('#service-completion').textContent = completionText(s);
}

function openService(s, a, from) {
  state.service = s;
  state.agency = a;
  state.from = from;
  $('#service-agency').textContent = agencyShort(a);
  $('#service-title').textContent = s.name;
  renderServiceFacts(s);
  const reqs = s.requirements.length
    ? s.requirements.map((r, i) => el('li', {},
      el('input', { type: 'checkbox', id: 'req-' + i }), el('label', { for: 'req-' + i }, r)))
    : [el('li', { class: 'hint' }, t('kiosk.requirements.none'))];
  $('#service-requirements').replaceChildren(...reqs);

  $('#priority').hidden = !s.priority;
  const choice = (value, label) => el('label', { class: 'choice' },
    el('input', { type: 'radio', name: 'priority', value, checked: value === '' }), el('span', {}, label));
  $('#priority-options').replaceChildren(choice('', t('priority.none')), ...PRIORITIES.map((p) => choice(p, t('priority.' + p))));

  $('#inputs').hidden = !s.inputs.length;
  $('#input-fields').replaceChildren(...s.inputs.map((f) => {
    const input = el('input', { type: 'text', id: 'in-' + f.name, name: f.name, autocomplete: 'off',
      'aria-describedby': 'err-' + f.name, inputmode: /^\^?(\\d|\[0-9\])/.test(f.pattern) ? 'numeric' : 'text',
      dataset: { keys: /^\^?(\\d|\[0-9\])[^a-zA-Z]*$/.test(f.pattern) ? 'digits' : 'alpha' } });
    keyboard.attach(input);
    return el('div', { class: 'field' }, el('label', { for: 'in-' + f.name }, f.label), input,
      el('p', { id: 'err-' + f.name, class: 'field-error', role: 'alert', hidden: true }));
  }));
  $('#service-error').hidden = true;
  $('#take').disabled = false;
  $('#take').textContent = t('kiosk.take');
  show('service');
}

function ticketRequest() {
  const s = state.service;
  const p = document.querySelector('input[name=priority]:checked');
  const req = { service: s.id, priority: s.priority && p && p.value ? p.value : null, print: true };
  if (s.inputs.length) {
    req.fields = {};
    for (const f of s.inputs) req.fields[f.name] = $('#in-' + f.name).value.trim();
  }
  return req;
}

function showFieldError(err) {
  const name = (err.field || '').replace(/^fields\./, '');
  const box = name && document.getElementById('err-' + name);
  if (box) {
    box.textContent = errorText(err);
    box.hidden = false;
    document.getElementById('in-' + name)?.focus();
  } else {
    $('#service-error').textContent = errorText(err);
    $('#service-error').hidden = false;
  }
}

async function take() {
  for (const e of document.querySelectorAll('.field-error')) e.hidden = true;
  $('#service-error').hidden = true;
  const req = ticketRequest();
  $('#take').disabled = true;
  $('#take').textContent = t('kiosk.taking');
  try {
    const { ticket } = await issueTicket(req);
    state.request = req;
    await showTicket(ticket);
  } catch (err) {
    showFieldError(err);
  } finally {
    $('#take').disabled = false;
    $('#take').textContent = t('kiosk.take');
  }
}

// ---- the ticket and its print ----

async function showTicket(ticket) {
  optin.close();
  state.ticket = ticket;
  const s = state.service;
  const a = state.agency;
  $('#ticket-number').textContent = ticket.number;
  $('#ticket-service').textContent = `${s.name} · ${agencyShort(a)}`;
  const booked = ticket.booking ? t('ticket.booking', { code: ticket.booking }) : '';
  $('#ticket-booking').textContent = booked;
  $('#ticket-booking').hidden = !booked;
  $('#ticket-ahead').textContent = t('unit.people', { n: ticket.position ?? 0 });
  $('#ticket-wait').textContent = waitText(ticket.estimated_wait_s, ticket.counters_open);
  $('#ticket-error').hidden = true;
  $('#ticket-state').textContent = t('kiosk.printing');

  $('#p-agency').textContent = agencyShort(a);
  $('#p-counters').textContent = s.counters?.length ? t('counters.range', { n: counterRange(s.counters) }) : '';
  $('#p-booking').textContent = booked;
  $('#p-number').textContent = ticket.number;
  $('#p-service').textContent = s.name;
  $('#p-time').textContent = dateTime(ticket.issued_at);
  $('#p-ahead').textContent = t('unit.people', { n: ticket.position ?? 0 });
  $('#p-wait').textContent = waitText(ticket.estimated_wait_s, ticket.counters_open);
  $('#p-completion').textContent = completionText(s);
  $('#p-priority').textContent = ticket.priority ? t('priority.' + ticket.priority) : '';
  $('#p-req').replaceChildren(...s.requirements.map((r) => el('li', {}, r)));
  show('ticket');
  const qr = $('#p-qr');
  const qrPath = `/api/v1/tickets/${encodeURIComponent(ticket.token)}/qr.svg`;
  qr.src = qrPath;
  $('#ticket-qr').src = qrPath;
  try { await qr.decode(); } catch { /* printed without the QR rather than not at all */ }
  printTicket(ticket);
}

function printTicket(ticket) {
  printThen('ticket', ticket,
    () => { if (state.ticket === ticket) { $('#ticket-state').textContent = t('kiosk.ticket.printed'); optin.open(ticket.token); } },
    (text) => { $('#ticket-error').textContent = text; $('#ticket-error').hidden = false; });
}

// ---- printing: a ticket joins its queue only once its paper is out ----
// The sheet ("ticket", or "visit" for a visit's printout) goes to the
// printer; when the browser reports the print done (afterprint) the ticket
// is confirmed, and done() or failed(words) says how that went.
let printJob = null;
function printThen(sheet, ticket, done, failed) {
  document.body.dataset.sheet = sheet;
  printJob = { ticket, done, failed };
  window.print();
}
function stopPrint() { printJob = null; }

window.addEventListener('afterprint', async () => {
  const job = printJob;
  if (!job) return;
  printJob = null;
  try {
    await api('POST', `/api/v1/tickets/${encodeURIComponent(job.ticket.token)}/confirm`);
    job.done();
  } catch (err) {
    job.failed(errorText(err));
  }
});

// "Tiket tidak keluar": cancel this ticket, then issue and print again.
async function reissue() {
  const old = state.ticket;
  if (old && old.booking) { // a checked-in booking has one ticket: print it again
    printTicket(old);
    return;
  }
  if (!old || !state.request) return;
  $('#reprint').disabled = true;
  $('#ticket-error').hidden = true;
  try {
    stopPrint();
    try {
      await api('POST', `/api/v1/tickets/${encodeURIComponent(old.token)}/cancel`);
    } catch (err) {
      if (err.status !== 409) throw err; // already cancelled (print timeout): issue anyway
    }
    const { ticket } = await issueTicket(state.request);
    await showTicket(ticket);
  } catch (err) {
    $('#ticket-error').textContent = errorText(err);
    $('#ticket-error').hidden = false;
  } finally {
    $('#reprint').disabled = false;
  }
}

// ---- a booking made online: check-in by its code ----

function openCheckin(value = '') {
  $('#code').value = value;
  $('#checkin-error').hidden = true;
  $('#checkin-go').disabled = false;
  show('checkin');
  $('#code').focus();
}

function checkinError(text, walkin) {
  $('#checkin-error-text').textContent = text;
  $('#walkin').hidden = !walkin;
  $('#checkin-error').hidden = false;
}

// The words for a refused check-in: when to come back, or what to do now.
function checkinRefused(err, typed) {
  if (!(err instanceof ApiError)) return checkinError(errorText(err));
  const code = (/BK-[0-9A-Z]{4}/.exec(err.message || '') || [typed.toUpperCase()])[0];
  const time = (/(\d{1,2}[:.]\d{2})/.exec(err.message || '') || ['?'])[0];
  const date = (/\d{4}-\d{2}-\d{2}/.exec(err.message || '') || [null])[0]; // a booking of another day
  switch (err.code) {
    case 'too_early':
      if (date) return checkinError(t('kiosk.checkin.too_early_day', { code, time, date: dayText(date) }));
      return checkinError(t('kiosk.checkin.too_early', { code, time }));
    case 'too_late': return checkinError(t('kiosk.checkin.too_late', { code, time }), true);
    case 'not_found': return checkinError(t('kiosk.checkin.not_found'));
    case 'already_checked_in': return checkinError(t('kiosk.checkin.already'));
    case 'cancelled': return checkinError(t('kiosk.checkin.cancelled'), true);
    default: return checkinError(errorText(err));
  }
}

async function checkIn(e) {
  e?.preventDefault();
  keyboard.hide();
  $('#checkin-error').hidden = true;
  const typed = $('#code').value.trim();
  if (!typed) { checkinError(t('kiosk.checkin.empty')); $('#code').focus(); return; }
  const go = $('#checkin-go');
  go.disabled = true;
  go.textContent = t('kiosk.checkin.busy');
  let code = typed;
  try {
    // a scanned QR code of the booking's page: /b/<token> names the booking
    const page = /\/b\/([0-9a-f]{32})\b/i.exec(typed);
    if (page) code = (await api('GET', `/api/v1/bookings/${page[1].toLowerCase()}`)).booking.code;
    const { ticket } = await api('POST', '/api/v1/bookings/check-in', { code, print: true });
    const found = serviceIndex(state.agencies).get(ticket.service);
    state.request = null; // its ticket is printed again, never issued again
    state.service = found ? found.service : { name: ticket.service, requirements: [], counters: [] };
    state.agency = found ? found.agency : { id: ticket.agency, name: ticket.agency };
    await showTicket(ticket);
  } catch (err) {
    checkinRefused(err, code);
    $('#code').select();
  } finally {
    go.disabled = false;
    go.textContent = t('kiosk.checkin.submit');
  }
}

// A USB scanner types fast and ends with Enter. On the home screen no
// input has focus: what it types is gathered here and, when it looks like
// a booking code or a booking's page, checked in.
let scanned = '';
let scannedAt = 0;
function onScanKey(e) {
  if (state.screen !== 'home' || e.ctrlKey || e.altKey || e.metaKey) return;
  if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
  const now = Date.now();
  if (now - scannedAt > 1000) scanned = '';
  scannedAt = now;
  if (e.key === 'Enter') {
    const value = scanned.trim();
    scanned = '';
    if (/^(BK[-\s]?)?[0-9A-Z]{4}$/i.test(value) || /\/b\/[0-9a-f]{32}/i.test(value)) {
      e.preventDefault();
      openCheckin(value);
      checkIn();
    }
  } else if (e.key.length === 1) {
    scanned += e.key;
  }
}

// ---- hours ----

const rangesText = (day) => day.ranges.map((r) => `${r.open}–${r.close}`).join(', ');

// The line under the welcome: today's ranges, the special period, and
// what stops tickets now (a break, not open yet, closed).
function renderHours() {
  const h = state.hours;
  const line = $('#hours');
  line.hidden = !h;
  if (!h) return;
  const day = h.hall;
  const parts = [];
  let now = null;
  if (!day.ranges.length) {
    now = day.name ? t('hours.closed_today', { name: day.name }) : t('hours.closed_day');
  } else {
    parts.push(t('hours.today', { ranges: rangesText(day) }));
    if (day.special && day.name) parts.push(t('hours.period', { name: day.name }));
    if (day.open_now === false) {
      const first = day.ranges[0].open;
      now = !day.opens ? t('hours.over') : day.opens === first ? t('hours.not_yet', { time: day.opens })
        : t('hours.break', { time: day.opens });
    }
  }
  line.classList.toggle('shut', !!now);
  line.replaceChildren(parts.join(' · '), now ? el('span', { class: 'hours-now' }, now) : '');
}

// An agency's own hours, on its tile: only where they differ from the hall's.
function agencyHoursOf(id) {
  return state.hours ? state.hours.agencies.find((a) => a.id === id) : null;
}

// The hours an agency keeps today: its own, else the hall's (null unknown).
function hoursOf(id) {
  return state.hours ? agencyHoursOf(id) || state.hours.hall : null;
}

function agencyHoursTag(id) {
  const own = agencyHoursOf(id);
  if (!own) return null;
  if (own.open_now === false && state.hours.hall.open_now) {
    return el('span', { class: 'tile-hours shut' }, own.opens ? t('hours.agency.opens', { time: own.opens })
      : t('hours.agency.closed'));
  }
  return el('span', { class: 'tile-hours' }, own.ranges.length ? t('hours.agency', { ranges: rangesText(own) })
    : t('hours.agency.closed'));
}

async function loadHours() {
  try {
    state.hours = await api('GET', '/api/v1/hours');
    setHallZone(state.hours.timezone);
    tick();
  } catch {
    state.hours = null; // the tiles still work; the next minute tries again
  }
  renderHours();
  if (!state.agencies.length) return;
  if (state.screen === 'home') renderTiles();
  renderResults(); // services closed now are greyed out, saying until when
  if (state.screen === 'agency') renderAgencyServices();
}

// ---- wiring ----

function tick() {
  $('#clock').textContent = clock().time.slice(0, 5);
}

async function load() {
  try {
    state.agencies = await agencies({ fresh: true });
    $('#agencies-error').hidden = true;
    renderTiles();
    renderResults(); // a search typed while the list was loading
    visits?.redraw(state.screen); // a visit's choices opened while it was loading
  } catch (err) {
    $('#agencies-error').textContent = errorText(err);
    $('#agencies-error').hidden = false;
    setTimeout(load, 5000);
  }
}

let visits = null; // the visit flow (kiosk-visit.js), made by init

function init() {
  const paper = new URLSearchParams(location.search).get('paper');
  if (paper === '58' || paper === '80') localStorage.setItem('mpp.paper', paper);
  if (localStorage.getItem('mpp.paper') === '58') document.body.classList.add('paper-58');

  translate();
  langButton($('#lang'));
  visits = visitKiosk({ show, agencies: () => state.agencies, keyboard, printThen, stopPrint, optin: visitOptin });
  onLang(() => {
    renderHours();
    renderTiles();
    renderResults();
    if (state.screen === 'agency') renderAgencyServices();
    if (state.screen === 'service' && state.service) renderServiceFacts(state.service);
    visits.redraw(state.screen);
  });
  keyboard.attach($('#search'));
  keyboard.attach($('#agency-search'));
  $('#search').addEventListener('input', renderResults);
  $('#agency-search').addEventListener('input', renderAgencyServices);
  for (const b of document.querySelectorAll('[data-go=home]')) b.addEventListener('click', goHome);
  $('#service-back').addEventListener('click', () => (state.from === 'agency' ? openAgency(state.agency) : show('home')));
  $('#take').addEventListener('click', take);
  $('#reprint').addEventListener('click', reissue);
  $('#done').addEventListener('click', goHome);
  $('#booked').addEventListener('click', () => openCheckin());
  $('#visit').addEventListener('click', () => visits.open());
  $('#vt-done').addEventListener('click', goHome);
  keyboard.attach($('#code'));
  $('#checkin-form').addEventListener('submit', checkIn);
  $('#walkin').addEventListener('click', goHome);
  document.addEventListener('keydown', onScanKey);
  tick();
  setInterval(tick, 1000);
  show('home');
  load();
  loadHours();
  setInterval(loadHours, 60000);
  // today's remaining places and cut-offs: read again every minute while
  // nobody is in the middle of taking a ticket
  setInterval(() => { if (state.screen === 'home' || state.screen === 'agency') load().then(() => state.screen === 'agency' && renderAgencyServices()); }, 60000);
  new Feed({
    onSnapshot: (b) => {
      state.waiting = new Map(b.agencies.map((a) => [a.id, a.waiting]));
      if (state.agencies.length) renderTiles();
    },
    onEvent: (e) => {
      if (!e.agencies) return;
      for (const a of e.agencies) state.waiting.set(a.id, a.waiting);
      if (state.agencies.length && state.screen === 'home') renderTiles();
    },
  }).start();
}

init();

// board.js - the hall TV: the call now (large, flashing briefly), the last
// 10 calls, per agency the number serving and how many wait, the running
// text (its band hidden while there is none) and a clock. Calls are announced (chime and spoken words) one at a
// time, as the hall config's board group says (announcer.js): a call too
// old when its turn comes stays on the screen unspoken, and the footer
// shows what is still to be spoken. It follows the feed: a snapshot, then
// events in order; after a restart or a network drop it reconnects by
// itself and replays what it missed, speaking only calls still young.
// /board?zone=ID shows and announces only that zone's agencies (the hall
// config's zones: a floor, a wing). Agencies go by their short names
// ("Dukcapil"), with their logo when their plugin ships one. No citizen's
// name is ever shown: tickets have none.
//
// The page stays the same size all day: every list is rebuilt whole from
// bounded state (10 calls, the zone's agencies, the announcer's bounded
// queue), and no listener is added after start.
import { t, translate, onLang } from './i18n.js';
import { agenciesWhenUp, api } from './api.js';
import { Feed } from './feed.js';
import { Announcer } from './announcer.js';
import { el, $, clock, setHallZone, agencyShort, agencyLogo } from './format.js';

const params = new URLSearchParams(location.search);
const state = {
  agencies: new Map(), order: [], recent: [], now: null, text: '', catalogue: new Map(),
  zone: null, // {id, name, agencies: Set} when the board is a zone's
  epoch: null,
  skew: 0, // this TV's clock minus the server's, from the last live event
};

const announcer = new Announcer({
  voice: params.get('voice') === 'browser' ? 'browser' : 'clips',
  onChange: renderAnnouncements,
  // a TV started without --autoplay-policy=no-user-gesture-required needs one touch
  onBlocked: () => { $('#sound').hidden = false; },
});

// Whether the board shows agency `id`: all of them, or its zone's.
const mine = (id) => !state.zone || state.zone.agencies.has(id);

// The footer: the call being spoken, then those waiting to be; the
// recent list marks the same numbers.
function renderAnnouncements(list) {
  const items = list.map((a) => el('li', { dataset: { state: a.state, number: a.number, id: a.id } },
    a.state === 'playing' ? a.text : `${a.number} · ${t('loket.n', { n: a.counter })}`));
  $('#announcements').replaceChildren(...items);
  markRecent(list);
}

function markRecent(list = announcer.list()) {
  const states = new Map(list.map((a) => [a.number, a.state]));
  for (const li of $('#recent').children) {
    const s = states.get(li.dataset.number);
    if (s) li.dataset.say = s;
    else delete li.dataset.say;
  }
}

// The name read from across the hall: the catalogue's short name.
function agencyName(id) {
  const a = state.catalogue.get(id);
  return a ? agencyShort(a) : state.agencies.get(id)?.name || id;
}

function renderNow(flash) {
  const now = state.now;
  $('#now-none').hidden = !!now;
  $('#now-number').textContent = now ? now.number : '';
  $('#now-counter').textContent = now ? t('loket.n', { n: now.counter }) : '';
  $('#now-agency').textContent = now ? agencyName(now.agency) : '';
  if (flash) {
    const box = $('#now');
    box.classList.remove('flash');
    void box.offsetWidth; // restart the animation
    box.classList.add('flash');
  }
}

function renderRecent() {
  $('#recent').replaceChildren(...state.recent.slice(0, 10).map((r) =>
    el('li', { dataset: { number: r.number } }, el('span', { class: 'number' }, r.number),
      el('span', { class: 'where' }, t('loket.n', { n: r.counter })))));
  markRecent();
}

function renderAgencies() {
  $('#agencies').replaceChildren(...state.order.map((id) => {
    const a = state.agencies.get(id);
    return el('tr', {}, el('td', { title: a.name }, agencyLogo(state.catalogue.get(id), 'row-logo'), agencyName(id)),
      el('td', { class: 'serving number' }, a.serving || '–'),
      el('td', { class: 'count' }, String(a.waiting)));
  }));
}

// No running text: the band and its strip go (board.css, .no-text), and
// come back with the text (board.text on the feed).
function renderText() {
  const p = $('#ticker');
  document.body.classList.toggle('no-text', !state.text.trim());
  p.textContent = state.text;
  p.style.animationDuration = Math.max(15, state.text.length / 6) + 's';
}

const callOf = (r) => ({ number: r.number, counter: r.counter, agency: r.agency, day: (r.issued_at || '').slice(0, 10) });

function applySnapshot(b) {
  const shown = b.agencies.filter((a) => mine(a.id));
  state.order = shown.map((a) => a.id);
  state.agencies = new Map(shown.map((a) => [a.id, { ...a }]));
  let recent = b.recent.filter((r) => mine(r.agency)).map(callOf);
  if (state.zone && b.epoch === state.epoch && b.recent.length) {
    // the hall keeps its last 10 calls: a zone board keeps its own older
    // ones of the same day, which are older than any of those 10
    const day = (b.recent[0].issued_at || '').slice(0, 10);
    const have = new Set(recent.map((r) => r.number));
    recent = [...recent, ...state.recent.filter((r) => r.day === day && !have.has(r.number))];
  }
  state.epoch = b.epoch;
  state.recent = recent.slice(0, 10);
  state.now = state.recent[0] || null;
  state.text = b.text || '';
  renderNow(false);
  renderRecent();
  renderAgencies();
  renderText();
}

function counterOf(e) {
  if (e.counter && typeof e.counter === 'object') return e.counter.number;
  return e.counter ?? e.ticket?.counter;
}

function applyEvent(e, { replayed }) {
  const at = Date.parse(e.at);
  // a live event happened just now: it tells how far this TV's clock is
  // from the server's, so a replayed event's age is read right
  if (!replayed && at) state.skew = Date.now() - at;
  let counts = false;
  for (const a of e.agencies || []) {
    const have = state.agencies.get(a.id);
    if (have) { Object.assign(have, { serving: a.serving, waiting: a.waiting }); counts = true; }
  }
  if (counts) renderAgencies();
  if ((e.type === 'ticket.called' || e.type === 'ticket.recalled') && e.ticket && mine(e.ticket.agency)) {
    const call = callOf({ ...e.ticket, counter: counterOf(e) });
    state.now = call;
    // a recall moves the number to the front: each number once, as mppd keeps it
    state.recent = state.recent.filter((r) => r.number !== call.number);
    state.recent.unshift(call);
    state.recent.length = Math.min(state.recent.length, 10);
    const calledAt = replayed ? at + state.skew : Date.now();
    const young = Date.now() - calledAt <= announcer.maxAge;
    renderNow(young);
    renderRecent();
    if (young) announcer.say(call.number, call.counter, calledAt);
  } else if (e.type === 'board.text') {
    state.text = e.text || '';
    renderText();
  }
}

// The hall's time zone as last read from the server, kept on the TV box:
// the box's own zone (often UTC) is not the hall's, so until the zone is
// known, from the server or from an earlier day, no clock is shown.
const ZONE_KEY = 'mpp.board.timezone';
let zoneKnown = false;
function useZone(zone, keep) {
  if (!zone) return;
  setHallZone(zone);
  zoneKnown = true;
  if (keep) try { localStorage.setItem(ZONE_KEY, zone); } catch { /* kept for this load only */ }
}
function keptZone() {
  try { return localStorage.getItem(ZONE_KEY); } catch { return null; }
}

// The clock changes only its own fixed-size box (board.css contains it),
// and only when the text it shows changes.
let shownTime = '';
function tick() {
  if (!zoneKnown) return;
  const c = clock();
  if (c.time === shownTime) return;
  shownTime = c.time;
  $('#time').textContent = c.time;
  if ($('#date').textContent !== c.date) $('#date').textContent = c.date;
}

// The hall config's zones and announcement settings; again until read,
// "Terputus" showing meanwhile (a TV that starts before the server).
async function loadSettings() {
  for (;;) {
    try { return await api('GET', '/api/v1/board/settings'); } catch { $('[data-offline]').hidden = false; }
    await new Promise((r) => setTimeout(r, 3000));
  }
}

// A board asked for a zone the hall config does not have says so, with the
// zones there are, rather than showing the whole hall.
function unknownZone(id, zones) {
  const list = zones.map((z) => `${z.id} (${z.name})`).join(', ') || t('board.zone.none');
  $('#now-none').textContent = t('board.zone.unknown', { zone: id, list });
  $('#now-none').classList.add('now-error');
}

async function start() {
  translate();
  onLang(() => { renderNow(false); renderRecent(); renderZone(); });
  useZone(keptZone(), false);
  tick();
  setInterval(tick, 1000);
  renderNow(false);
  renderText();
  $('#sound').addEventListener('click', () => {
    announcer.player.src = '/audio/chime.ogg';
    announcer.player.play().then(() => { $('#sound').hidden = true; }).catch(() => {});
  });
  const settings = await loadSettings();
  if (settings.timezone) useZone(settings.timezone, true);
  else zoneKnown = true; // a server that names no zone: the box's own
  shownTime = '';
  tick();
  announcer.configure({
    maxAge: settings.announce.max_age_s * 1000, queueMax: settings.announce.queue,
    short: settings.announce.sentence === 'short',
  });
  const zoneId = params.get('zone');
  if (zoneId) {
    const z = settings.zones.find((x) => x.id === zoneId);
    if (!z) { unknownZone(zoneId, settings.zones); return; }
    state.zone = { id: z.id, name: z.name, agencies: new Set(z.agencies) };
    renderZone();
  }
  // the short names and logos
  agenciesWhenUp((list) => {
    state.catalogue = new Map(list.map((a) => [a.id, a]));
    renderNow(false);
    renderAgencies();
  });
  new Feed({ onSnapshot: applySnapshot, onEvent: applyEvent }).start();
}

function renderZone() {
  if (!state.zone) return;
  $('#zone').hidden = false;
  $('#zone').textContent = state.zone.name;
  document.title = `${state.zone.name} · ${t('board.title')}`;
}

start();

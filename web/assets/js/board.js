// board.js - the hall TV: the call now (large, flashing briefly), the last
// 10 calls, per agency the number serving and how many wait, the running
// text and a clock. Every call is announced (chime and spoken words),
// queued so calls never overlap. It follows the feed: a snapshot, then
// events in order; after a restart or a network drop it reconnects by
// itself and replays what it missed, announcing calls of the last minute.
// Agencies go by their short names ("Dukcapil"), with their logo when
// their plugin ships one. No citizen's name is ever shown: tickets have none.
import { t, translate, onLang } from './i18n.js';
import { agencies } from './api.js';
import { Feed } from './feed.js';
import { Announcer } from './announcer.js';
import { el, $, clock, agencyShort, agencyLogo } from './format.js';

const params = new URLSearchParams(location.search);
const state = { agencies: new Map(), order: [], recent: [], now: null, text: '', catalogue: new Map() };

const announcer = new Announcer({
  voice: params.get('voice') === 'browser' ? 'browser' : 'clips',
  onChange: renderAnnouncements,
  // a TV started without --autoplay-policy=no-user-gesture-required needs one touch
  onBlocked: () => { $('#sound').hidden = false; },
});

function renderAnnouncements(list, history) {
  const items = [...list.map((a) => el('li', { dataset: { state: a.state } }, a.text)),
    ...history.slice(0, Math.max(0, 3 - list.length)).map((a) => el('li', { dataset: { state: 'done' } }, a.text))];
  $('#announcements').replaceChildren(...items);
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
    el('li', {}, el('span', { class: 'number' }, r.number), el('span', { class: 'where' }, t('loket.n', { n: r.counter })))));
}

function renderAgencies() {
  $('#agencies').replaceChildren(...state.order.map((id) => {
    const a = state.agencies.get(id);
    return el('tr', {}, el('td', { title: a.name }, agencyLogo(state.catalogue.get(id), 'row-logo'), agencyName(id)),
      el('td', { class: 'serving number' }, a.serving || '–'),
      el('td', { class: 'count' }, String(a.waiting)));
  }));
}

function renderText() {
  const p = $('#ticker');
  p.textContent = state.text;
  p.style.animationDuration = Math.max(15, state.text.length / 6) + 's';
}

function applySnapshot(b) {
  state.order = b.agencies.map((a) => a.id);
  state.agencies = new Map(b.agencies.map((a) => [a.id, { ...a }]));
  state.recent = b.recent.map((r) => ({ number: r.number, counter: r.counter, agency: r.agency }));
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
  for (const a of e.agencies || []) {
    const have = state.agencies.get(a.id);
    if (have) Object.assign(have, { serving: a.serving, waiting: a.waiting });
  }
  if (e.agencies) renderAgencies();
  if ((e.type === 'ticket.called' || e.type === 'ticket.recalled') && e.ticket) {
    const call = { number: e.ticket.number, counter: counterOf(e), agency: e.ticket.agency };
    state.now = call;
    // a recall moves the number to the front: each number once, as mppd keeps it
    state.recent = state.recent.filter((r) => r.number !== call.number);
    state.recent.unshift(call);
    state.recent.length = Math.min(state.recent.length, 10);
    const fresh = !replayed || Date.now() - Date.parse(e.at) < 60000;
    renderNow(fresh);
    renderRecent();
    if (fresh) announcer.say(call.number, call.counter);
  } else if (e.type === 'board.text') {
    state.text = e.text || '';
    renderText();
  }
}

function tick() {
  const c = clock();
  $('#time').textContent = c.time;
  $('#date').textContent = c.date;
}

translate();
onLang(() => { renderNow(false); renderRecent(); });
tick();
setInterval(tick, 1000);
renderNow(false);
$('#sound').addEventListener('click', () => {
  announcer.player.src = '/audio/chime.ogg';
  announcer.player.play().then(() => { $('#sound').hidden = true; }).catch(() => {});
});
// the short names and logos: read once, again until it works
function loadCatalogue() {
  agencies().then((list) => {
    state.catalogue = new Map(list.map((a) => [a.id, a]));
    renderNow(false);
    renderAgencies();
  }, () => setTimeout(loadCatalogue, 5000));
}
loadCatalogue();
new Feed({ onSnapshot: applySnapshot, onEvent: applyEvent }).start();

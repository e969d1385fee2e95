// display.js - the small screen above one counter, /display?counter=N: the
// counter's number, its agency (short name and logo) and the ticket it has
// now, large, flashing when it is called; "Istirahat" while paused, "Loket
// tutup" when closed. It follows the same feed as the hall board (a
// snapshot, then events in order, replayed after a reconnect) and keeps
// only its own counter's state: every event that carries counter N says
// what the counter is now. Silent: the hall board speaks the calls.
import { t, translate, onLang } from './i18n.js';
import { agenciesWhenUp } from './api.js';
import { Feed } from './feed.js';
import { $, agencyShort } from './format.js';

const number = Number(new URLSearchParams(location.search).get('counter'));
const state = { counter: null, catalogue: new Map() };

// What a person at the counter needs to read: who serves here and whom.
function render(flash) {
  const c = state.counter;
  const body = document.body;
  $('#counter').textContent = t('display.counter', { n: number });
  if (!c) return;
  const a = state.catalogue.get(c.agency);
  $('#agency').textContent = a ? agencyShort(a) : c.agency;
  const ticket = c.status === 'open' && c.ticket && (c.ticket.status === 'called' || c.ticket.status === 'serving') ? c.ticket : null;
  const status = c.status !== 'open' ? c.status : ticket ? ticket.status : 'open';
  body.dataset.status = status;
  $('#number').textContent = ticket ? ticket.number : '';
  $('#state').textContent = t('display.state.' + status);
  document.title = `${t('display.counter', { n: number })} · ${t('display.title')}`;
  if (flash) {
    body.classList.remove('flash');
    void body.offsetWidth; // restart the animation
    body.classList.add('flash');
  }
}

function problem(text) {
  $('#problem').textContent = text;
  $('#problem').hidden = false;
}

function applySnapshot(b) {
  const c = b.counters.find((x) => x.number === number);
  if (!c) { problem(t('display.unknown', { n: number })); return; }
  $('#problem').hidden = true;
  state.counter = c;
  render(false);
}

function applyEvent(e, { replayed }) {
  const c = e.counter;
  if (!c || typeof c !== 'object' || c.number !== number) return;
  state.counter = c;
  render((e.type === 'ticket.called' || e.type === 'ticket.recalled') && !replayed);
}

translate();
onLang(() => render(false));
if (!Number.isInteger(number) || number < 1) {
  problem(t('display.ask'));
} else {
  render(false);
  agenciesWhenUp((list) => { state.catalogue = new Map(list.map((a) => [a.id, a])); render(false); });
  new Feed({ onSnapshot: applySnapshot, onEvent: applyEvent }).start();
}

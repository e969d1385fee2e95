// status.js - /t/<token>, opened from the ticket's QR code on a phone: the
// number, people ahead and the estimated wait, kept live by the feed
// (events for this ticket's id; the position is re-read when its agency's
// queue moves). When the ticket is called: a full-screen alert with the
// counter, a chime and vibration. Once the ticket is finished, the SKM
// survey is offered once (survey.js); the phone remembers that it was sent.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, serviceIndex, errorText } from './api.js';
import { Feed } from './feed.js';
import { $, waitText } from './format.js';
import { surveyForm } from './survey.js';

const token = decodeURIComponent(location.pathname.replace(/^\/t\//, '').split('/')[0]);
const state = { ticket: null, services: new Map(), alerted: null, sound: false };
const chime = new Audio('/audio/chime.ogg');

function render() {
  const tk = state.ticket;
  if (!tk) return;
  $('#card').hidden = false;
  $('#number').textContent = tk.number;
  const svc = state.services.get(tk.service);
  $('#service').textContent = svc ? svc.service.name : tk.service;
  $('#agency').textContent = svc ? svc.agency.name : tk.agency;
  $('#state').textContent = t('status.' + tk.status);
  $('#state').dataset.status = tk.status;
  const waiting = tk.status === 'waiting' || tk.status === 'printing';
  $('#waiting-facts').hidden = !waiting;
  if (waiting) {
    if (tk.position !== null && tk.position !== undefined) $('#ahead').textContent = t('unit.people', { n: tk.position });
    if (tk.estimated_wait_s !== null && tk.estimated_wait_s !== undefined) $('#wait').textContent = waitText(tk.estimated_wait_s);
  }
  const atCounter = (tk.status === 'called' || tk.status === 'serving') && tk.counter;
  $('#counter-line').hidden = !atCounter;
  if (atCounter) $('#counter-line').textContent = t('status.called.go', { n: tk.counter });
  if (tk.status === 'called' && state.alerted !== tk.called_at) alert(tk);
  if (tk.status === 'finished') offerSurvey(tk);
}

// ---- the SKM survey, once the service is finished ----

const surveyKey = () => 'mpp.skm.' + token;
function surveySent() {
  try { return localStorage.getItem(surveyKey()) !== null; } catch { return false; }
}

function offerSurvey() {
  if (state.survey || surveySent()) return;
  state.survey = surveyForm(token, {
    idPrefix: 'skm',
    onDone: (kind) => {
      try { localStorage.setItem(surveyKey(), kind); } catch { /* offered again on reload */ }
      $('#skm-slot').replaceChildren();
      $('#skm-done').textContent = t(kind === 'already' ? 'skm.already' : 'skm.thanks');
      $('#skm-done').hidden = false;
    },
  });
  $('#alert').hidden = true; // the call is over: the service is finished
  $('#skm-slot').replaceChildren(state.survey);
  $('#skm').hidden = false;
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
    const { ticket } = await api('GET', `/api/v1/tickets/${encodeURIComponent(token)}`);
    state.ticket = ticket;
    $('#error').hidden = true;
    render();
  } catch (err) {
    $('#error').textContent = err.status === 404 ? t('status.unknown') : errorText(err);
    $('#error').hidden = false;
  }
}

let timer = null;
function loadSoon() { clearTimeout(timer); timer = setTimeout(load, 200); }

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
  onEvent: (e) => {
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
  },
}).start();

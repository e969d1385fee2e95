// booking-status.js - /b/<token>, a booking's own page (the link and QR
// code given when it was made): its status, the service, day and time, the
// code, what to bring and the check-in window; a cancel button, asked
// twice, while it is booked. Once checked in, the ticket's number and
// status, what its status asks of the citizen now, and a link to the
// ticket's own page (/t/).
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, serviceIndex, errorText } from './api.js';
import { $ } from './format.js';
import { bookingCard, bookedTime } from './booking-view.js';

const token = decodeURIComponent(location.pathname.replace(/^\/b\//, '').split('/')[0]);
const state = { booking: null, url: location.href, services: new Map() };
// the ticket's statuses that change what a checked-in citizen should do
const TICKET_NOTES = new Set(['called', 'serving', 'held', 'finished', 'no_show', 'cancelled']);

function render() {
  const b = state.booking;
  if (!b) return;
  $('#view').hidden = false;
  $('#state').textContent = t('booking.status.' + b.status);
  $('#state').dataset.status = b.status;
  const tk = b.ticket;
  // once checked in, what to do now is the ticket's to say: a ticket
  // called, served, held, finished, not answered or cancelled is no
  // longer one to wait for on the hall screen
  const ticketNote = b.status === 'checked_in' && tk && TICKET_NOTES.has(tk.status) ? 'bstatus.ticket.' + tk.status : null;
  const note = ticketNote
    || { cancelled: 'bstatus.cancelled', missed: 'bstatus.missed', checked_in: 'bstatus.checked_in' }[b.status];
  const bad = ['cancelled', 'missed'].includes(b.status) || (ticketNote && ['no_show', 'cancelled'].includes(tk.status));
  $('#note').hidden = !note;
  $('#note').className = 'message ' + (bad ? 'error' : 'info');
  if (note) $('#note').textContent = t(note, { n: tk?.counter ?? '' });
  $('#ticket').hidden = !tk;
  if (tk) {
    $('#ticket-number').textContent = tk.number;
    $('#ticket-status').textContent = t('status.' + tk.status);
  }
  $('#ticket-link').hidden = !tk?.token;
  if (tk?.token) $('#ticket-link').href = '/t/' + encodeURIComponent(tk.token);
  $('#card').replaceChildren(bookingCard(b, state.url, state.services.get(b.service), true));
  $('#cancel').hidden = b.status !== 'booked';
  const ended = tk && ['finished', 'no_show', 'cancelled'].includes(tk.status);
  $('#new').hidden = b.status === 'booked' || (b.status === 'checked_in' && !ended);
}

async function load() {
  try {
    const reply = await api('GET', `/api/v1/bookings/${encodeURIComponent(token)}`);
    state.booking = reply.booking;
    state.url = reply.status_url || location.href;
    $('#error').hidden = true;
    render();
  } catch (err) {
    $('#error').textContent = err.status === 404 ? t('bstatus.unknown') : errorText(err);
    $('#error').hidden = false;
  }
}

function askCancel() {
  $('#confirm-text').textContent = t('bstatus.confirm.text', { when: bookedTime(state.booking) });
  $('#confirm-error').hidden = true;
  $('#confirm').showModal();
  $('#confirm-no').focus();
}

async function cancel() {
  $('#confirm-yes').disabled = true;
  try {
    const reply = await api('DELETE', `/api/v1/bookings/${encodeURIComponent(token)}`);
    state.booking = reply.booking;
    $('#confirm').close();
    render();
    $('#h-state').tabIndex = -1;
    $('#h-state').focus();
  } catch (err) {
    $('#confirm-error').textContent = errorText(err);
    $('#confirm-error').hidden = false;
  } finally {
    $('#confirm-yes').disabled = false;
  }
}

translate();
langButton($('#lang'));
onLang(render);
$('#cancel').addEventListener('click', askCancel);
$('#confirm-no').addEventListener('click', () => $('#confirm').close());
$('#confirm-yes').addEventListener('click', cancel);
// back on the page (the phone woke, the tab came back): read it again
document.addEventListener('visibilitychange', () => { if (!document.hidden) load(); });
agencies().then((list) => { state.services = serviceIndex(list); render(); }).catch(() => {});
load();

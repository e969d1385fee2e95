// booking-view.js - what the booking page (after booking) and a booking's
// own page (/b/<token>) both show: the code, large; the QR code of the
// booking's page (for the kiosk's scanner) and its link; the service, the
// booked time and the check-in window; what to bring. The QR code, window
// and list are for a booking still to be checked in.
import { t } from './i18n.js';
import { el, agencyShort, agencyLogo, feeText, minutes, dayText, isoDay, isoClock, checkinWindow } from './format.js';
import { qrSvg } from './qr.js';

// A row of a definition list.
const fact = (label, ...value) => el('div', {}, el('dt', {}, label), el('dd', {}, ...value));

// The booking's time: "Senin, 7 Januari 2030, 09:00–09:30".
export function bookedTime(b) {
  return `${dayText(isoDay(b.start))}, ${isoClock(b.start)}–${isoClock(b.end)}`;
}

// Where the booking's messages go and when its reminders come (the
// server's `reminders`: none for a booking made too close to its slot).
function reminderText(b) {
  const when = (b.reminders || []).map((r) => `${dayText(isoDay(r))}, ${isoClock(r)}`);
  return when.length ? t('booking.notify.to', { phone: b.phone, when: when.join(t('booking.notify.and')) })
    : t('booking.notify.none', { phone: b.phone });
}

// The card of booking b (B of the API), with its status page address
// `url`; `found` is {service, agency} of the catalogue, or undefined;
// `onPage`: drawn on that page itself, which needs no link to itself.
export function bookingCard(b, url, found, onPage = false) {
  const svc = found?.service, agency = found?.agency;
  const open = b.status === 'booked'; // still to be checked in at the kiosk
  const card = el('div', { class: 'booking-card' },
    el('p', { class: 'code-label', id: 'code-label' }, t('booking.code')),
    el('p', { class: 'big-code number', 'aria-describedby': 'code-label' }, b.code),
    open ? el('p', { class: 'hint' }, t('booking.keep')) : null,
    open ? el('figure', { class: 'booking-qr' },
      qrSvg(url, t('booking.qr', { code: b.code })),
      el('figcaption', {}, t('booking.how'))) : null,
    onPage ? null : el('p', { class: 'booking-link' }, el('a', { href: url }, t('booking.link')), el('br'),
      el('span', { class: 'url' }, url), el('br'), el('span', { class: 'hint' }, t('booking.link.hint'))),
    el('dl', { class: 'booking-facts' },
      fact(t('booking.summary.service'), svc ? svc.name : b.service,
        agency ? el('span', { class: 'agency-name' }, agencyLogo(agency), agencyShort(agency)) : null),
      fact(t('booking.when'), bookedTime(b)),
      open ? fact(t('booking.window'), checkinWindow(b.start, svc?.booking)) : null,
      svc ? fact(t('kiosk.fee'), feeText(svc)) : null,
      svc ? fact(t('kiosk.time'), minutes(svc.minutes)) : null,
      b.name ? fact(t('booking.for'), b.name) : null,
      b.notify && open && b.phone ? fact(t('booking.notify.label'), reminderText(b)) : null));
  if (svc && open) {
    card.append(el('h3', {}, t('booking.bring')),
      svc.requirements.length ? el('ul', { class: 'bring' }, svc.requirements.map((r) => el('li', {}, r)))
        : el('p', {}, t('kiosk.requirements.none')));
  }
  return card;
}

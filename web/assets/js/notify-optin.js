// notify-optin.js - "Kirim pengingat ke WhatsApp?": a citizen asks for
// messages about one ticket (POST /api/v1/tickets/<token>/notify), sees the
// masked number once it is stored, and can stop them (DELETE). One widget
// for the kiosk's ticket screen (digits typed on the kiosk's on-screen pad,
// with "Lewati") and the status page /t/<token> (the phone's own keyboard).
// Nothing is offered when the hall has no gateway to send messages
// (/healthz "notify" is null). The consent line says what is kept and for
// how long, as UU 27/2022 asks: the number serves this ticket only, and is
// gone from its messages at the end of the day.
import { t, onLang } from './i18n.js';
import { api, errorText, ApiError } from './api.js';
import { el } from './format.js';

// Whether the hall sends messages: /healthz "notify" (an object, or null
// without a gateway). Asked again after a minute: a kiosk stays open for
// days, and the hall's config may change under it with a restart.
let gateway = null;
let askedAt = 0;
export function messagesOffered() {
  if (!gateway || Date.now() - askedAt > 60000) {
    askedAt = Date.now();
    gateway = api('GET', '/healthz').then((h) => h.notify || null, () => {
      gateway = null; // asked again next time
      return null;
    });
  }
  return gateway;
}

let made = 0;

// A panel in `box` (an empty element the page places) for one ticket at a
// time. opts.keyboard: the kiosk's on-screen Keyboard for the number;
// opts.skip: a "Lewati" button that closes the offer; opts.heading: its
// heading's tag where the page's outline wants other than h3; opts.visit:
// the ticket is a step of a visit, whose next steps' tickets the messages
// go on with (the offer and the consent say so). Returns
// { open(token), close() }: open shows the offer, or the number already
// set, for the ticket of that token; close empties the box (nothing typed
// stays on a kiosk's screen for the next citizen).
export function optinPanel(box, opts = {}) {
  const id = 'optin' + (++made);
  const heading = opts.heading || 'h3';
  let token = null;
  let state = null; // {phone} once set, null when not, undefined while unknown
  let typed = '';

  function close() {
    token = null;
    state = undefined;
    typed = '';
    box.replaceChildren();
    box.hidden = true;
    opts.keyboard?.hide();
  }

  function errorLine() {
    return el('p', { id: id + '-error', class: 'field-error', role: 'alert', hidden: true });
  }

  function showError(text) {
    const p = box.querySelector('#' + id + '-error');
    p.textContent = text;
    p.hidden = false;
  }

  // The words for a refused POST or DELETE.
  function refusal(err) {
    if (err instanceof ApiError && err.code === 'invalid_field') return t('booking.phone.invalid');
    if (err instanceof ApiError && err.status === 409) return t('notify.not_waiting');
    if (err instanceof ApiError && err.status === 404) return t('notify.unknown');
    return errorText(err);
  }

  async function send(e) {
    e.preventDefault();
    const input = box.querySelector('#' + id + '-phone');
    const consent = box.querySelector('#' + id + '-consent');
    // people write numbers in groups: 0812-3456-7890, 0812 3456 7890
    const phone = input.value.replace(/[\s.\-()]/g, '');
    typed = input.value;
    box.querySelector('#' + id + '-error').hidden = true;
    input.removeAttribute('aria-invalid');
    if (!phone) { input.setAttribute('aria-invalid', 'true'); showError(t('booking.phone.missing')); input.focus(); return; }
    if (!consent.checked) { showError(t('notify.consent.needed')); consent.focus(); return; }
    opts.keyboard?.hide();
    const button = box.querySelector('button[type=submit]');
    const was = token;
    button.disabled = true;
    try {
      const { notify } = await api('POST', `/api/v1/tickets/${encodeURIComponent(was)}/notify`, { phone });
      if (token !== was) return; // the page moved on meanwhile
      state = notify;
      typed = '';
      render(true);
    } catch (err) {
      if (token !== was) return;
      button.disabled = false;
      if (err instanceof ApiError && err.code === 'invalid_field') input.setAttribute('aria-invalid', 'true');
      showError(refusal(err));
    }
  }

  async function stop() {
    const was = token;
    const button = box.querySelector('#' + id + '-stop');
    button.disabled = true;
    try {
      await api('DELETE', `/api/v1/tickets/${encodeURIComponent(was)}/notify`);
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 404)) { // 404: none to stop
        if (token === was) { button.disabled = false; showError(refusal(err)); }
        return;
      }
    }
    if (token !== was) return;
    state = null;
    render(false);
    const note = box.querySelector('#' + id + '-note');
    note.textContent = t('notify.stopped');
    note.hidden = false;
  }

  // The kiosk's pad covers the lower screen: scroll the offer (the number
  // typed and Kirim) up above it, never its top out of sight.
  function liftAbovePad() {
    const pad = opts.keyboard.root;
    if (pad.hidden) return;
    const r = box.getBoundingClientRect();
    const over = Math.min(r.bottom + 16 - pad.getBoundingClientRect().top, r.top);
    if (over > 0) window.scrollBy(0, over);
  }

  function offerForm() {
    const input = el('input', { id: id + '-phone', type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 20,
      'aria-describedby': `${id}-hint ${id}-error`, dataset: { keys: 'digits' } });
    input.value = typed;
    if (opts.keyboard) {
      opts.keyboard.attach(input);
      input.addEventListener('focus', () => requestAnimationFrame(liftAbovePad));
    }
    return el('form', { class: 'optin-form', novalidate: true, onsubmit: send },
      el('label', { for: id + '-phone' }, t('notify.phone')),
      el('p', { id: id + '-hint', class: 'hint' }, t('booking.phone.hint')),
      input,
      el('div', { class: 'check' },
        el('input', { id: id + '-consent', type: 'checkbox' }),
        el('label', { for: id + '-consent' }, t(opts.visit ? 'notify.consent.visit' : 'notify.consent'))),
      errorLine(),
      el('div', { class: 'optin-actions' },
        el('button', { type: 'submit', class: 'optin-send' }, t('notify.send')),
        opts.skip ? el('button', { type: 'button', class: 'secondary', onclick: close }, t('notify.skip')) : null));
  }

  function onState() {
    return el('div', { class: 'optin-on' },
      el('p', { id: id + '-on', class: 'message info', role: 'status', tabindex: -1 }, t('notify.on', { phone: state.phone })),
      errorLine(),
      el('button', { type: 'button', id: id + '-stop', class: 'secondary', onclick: stop }, t('notify.stop')));
  }

  // focus: after a change, so a screen reader hears the outcome
  function render(focus = false) {
    if (!token || state === undefined) return;
    const typing = box.querySelector('#' + id + '-phone');
    if (typing) typed = typing.value;
    box.replaceChildren(el('section', { class: 'notify-optin', 'aria-labelledby': id + '-title' },
      el(heading, { id: id + '-title' }, t(state ? 'notify.title.on' : 'notify.title')),
      state ? null : el('p', { class: 'optin-what' }, t(opts.visit ? 'notify.what.visit' : 'notify.what')),
      state ? onState() : offerForm(),
      el('p', { id: id + '-note', class: 'message info', role: 'status', hidden: true })));
    box.hidden = false;
    if (focus) box.querySelector(state ? '#' + id + '-on' : '#' + id + '-phone')?.focus({ preventScroll: true });
  }

  async function open(tok) {
    if (tok === token) return;
    close();
    token = tok;
    const offered = await messagesOffered();
    if (token !== tok || !offered) return;
    try {
      const { notify } = await api('GET', `/api/v1/tickets/${encodeURIComponent(tok)}/notify`);
      if (token !== tok) return;
      state = notify;
    } catch {
      if (token !== tok) return;
      state = null; // offered anyway: a refusal on sending says why
    }
    render();
  }

  onLang(() => render());
  box.hidden = true;
  return { open, close };
}

// survey.js - the SKM survey (PermenPANRB 14/2017): the form of 9 elements,
// each rated 1 (tidak baik) to 4 (sangat baik), with an optional comment,
// used by the phone status page (surveyForm), and the tablet page at a
// counter, /survey/<n>, which waits for the ticket just finished at that
// counter (told by /ws ticket.finished events, checked every 20 s), offers
// the form, thanks the citizen and goes back to waiting. The respondent's
// profile of the regulation's form (gender, age band, education,
// occupation) is asked below the elements, every answer optional. Nothing
// that names the citizen is asked or kept: the ticket's token (on the phone) or the tablet's
// single-use survey grant (valid 10 minutes after the finish) is the only
// link to the visit.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agenciesWhenUp, serviceIndex, errorText } from './api.js';
import { Feed } from './feed.js';
import { el, $ } from './format.js';

export const SKM_ELEMENTS = 9;
const COMMENT_MAX = 1000; // bytes, as the server counts them

// The profile's fields and values, in the form's order (as the server's
// survey/profile.c); their words are i18n keys skm.profile.<field>.<value>.
export const PROFILE = {
  gender: ['L', 'P'],
  age: ['u20', '20-29', '30-39', '40-49', '50-59', '60+'],
  education: ['sd', 'smp', 'sma', 'd1-d3', 'd4', 's1', 's2', 's3'],
  occupation: ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'],
};

// The optional profile: one select per field, "—" (not answered) first.
function profileFields(idPrefix) {
  const selects = {};
  const rows = Object.entries(PROFILE).map(([field, values]) => {
    const id = `${idPrefix}-profile-${field}`;
    selects[field] = el('select', { id },
      el('option', { value: '', dataset: { i18n: 'skm.profile.none' } }, t('skm.profile.none')),
      values.map((v) => el('option', { value: v, dataset: { i18n: `skm.profile.${field}.${v}` } },
        t(`skm.profile.${field}.${v}`))));
    return el('div', { class: 'field' },
      el('label', { for: id, dataset: { i18n: `skm.profile.${field}` } }, t(`skm.profile.${field}`)), selects[field]);
  });
  const box = el('fieldset', { class: 'skm-profile' },
    el('legend', { dataset: { i18n: 'skm.profile' } }, t('skm.profile')),
    el('p', { class: 'hint', dataset: { i18n: 'skm.profile.hint' } }, t('skm.profile.hint')),
    el('div', { class: 'skm-profile-fields' }, rows));
  box.value = () => {
    const out = {};
    for (const [field, sel] of Object.entries(selects)) if (sel.value) out[field] = sel.value;
    return Object.keys(out).length ? out : null;
  };
  box.touched = () => Object.values(selects).some((sel) => sel.value !== '');
  return box;
}

// Builds the form for ticket `token` (or, with field: 'grant', for the
// tablet's survey grant). onDone('thanks' | 'already') runs once the
// response is stored (or the ticket was rated before).
export function surveyForm(token, { onDone = () => {}, idPrefix = 'skm', field = 'token' } = {}) {
  const fieldsets = [];
  for (let i = 0; i < SKM_ELEMENTS; i++) {
    const choices = [1, 2, 3, 4].map((s) => el('label', { class: 'skm-choice', dataset: { score: String(s) } },
      el('input', { type: 'radio', name: `${idPrefix}-${i}`, value: String(s), class: 'visually-hidden' }),
      el('span', { class: 'skm-score' }, String(s)),
      el('span', { class: 'skm-word', dataset: { i18n: `skm.s${s}` } }, t(`skm.s${s}`))));
    fieldsets.push(el('fieldset', { class: 'skm-element', dataset: { element: String(i + 1) } },
      el('legend', {}, el('span', { class: 'skm-n' }, `${i + 1}.`), ' ',
        el('span', { dataset: { i18n: `skm.e${i + 1}` } }, t(`skm.e${i + 1}`))),
      el('div', { class: 'skm-choices' }, choices)));
  }
  const comment = el('textarea', { id: `${idPrefix}-comment`, rows: '3', maxlength: String(COMMENT_MAX) });
  const profile = profileFields(idPrefix);
  const message = el('p', { class: 'message error', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'skm-submit', dataset: { i18n: 'skm.submit' } }, t('skm.submit'));
  const form = el('form', { class: 'skm-form', novalidate: true },
    el('p', { class: 'skm-intro', dataset: { i18n: 'skm.intro' } }, t('skm.intro')),
    fieldsets,
    profile,
    el('div', { class: 'field skm-comment' },
      el('label', { for: `${idPrefix}-comment`, dataset: { i18n: 'skm.comment' } }, t('skm.comment')), comment),
    el('p', { class: 'hint', dataset: { i18n: 'skm.privacy' } }, t('skm.privacy')),
    message, submit);

  const show = (text) => { message.textContent = text; message.hidden = false; };
  form.addEventListener('change', () => {
    for (const f of fieldsets) f.classList.toggle('skm-missing', false);
    message.hidden = true;
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const scores = fieldsets.map((f, i) => Number(form.elements[`${idPrefix}-${i}`].value) || 0);
    const open = fieldsets.filter((f, i) => !scores[i]);
    if (open.length) {
      for (const f of open) f.classList.add('skm-missing');
      show(t('skm.missing', { n: open.length }));
      open[0].scrollIntoView({ block: 'center' });
      open[0].querySelector('input').focus();
      return;
    }
    const text = comment.value.trim();
    if (new TextEncoder().encode(text).length > COMMENT_MAX) {
      show(t('skm.comment.long'));
      return;
    }
    submit.disabled = true;
    try {
      const body = { [field]: token, scores, comment: text || null };
      if (profile.value()) body.profile = profile.value();
      await api('POST', '/api/v1/surveys', body);
      onDone('thanks');
    } catch (err) {
      if (err.code === 'already_answered') onDone('already');
      else show(errorText(err));
    } finally {
      submit.disabled = false;
    }
  });
  form.touched = () => fieldsets.some((f, i) => form.elements[`${idPrefix}-${i}`].value) || comment.value !== ''
    || profile.touched();
  return form;
}

// ---- the tablet page at a counter ----

function tabletPage() {
  const counter = Number(location.pathname.replace(/^\/survey\//, '').split('/')[0]);
  const state = { grant: null, ticket: null, form: null, services: new Map(), thanksTimer: null };

  const view = (name) => {
    for (const id of ['#waiting', '#rate', '#thanks']) $(id).hidden = id !== '#' + name;
  };

  function waiting() {
    state.grant = null;
    state.ticket = null;
    state.form = null;
    $('#form-slot').replaceChildren();
    view('waiting');
  }

  // the service by its name; its id only while the agencies have not
  // arrived (a reload right after a finish asks for both at once), and
  // named again as soon as they do
  function serviceName() {
    if (!state.ticket) return;
    const svc = state.services.get(state.ticket.service);
    $('#ticket-service').textContent = svc ? svc.service.name : state.ticket.service;
  }

  function offer(ticket) {
    state.grant = ticket.grant;
    state.ticket = ticket;
    $('#ticket-number').textContent = ticket.number;
    serviceName();
    state.form = surveyForm(ticket.grant, { onDone: thanks, idPrefix: 'skm', field: 'grant' });
    $('#form-slot').replaceChildren(state.form);
    view('rate');
    window.scrollTo(0, 0);
  }

  function thanks(kind) {
    $('#thanks-text').textContent = t(kind === 'already' ? 'skm.already' : 'skm.thanks');
    state.grant = null;
    state.ticket = null;
    state.form = null;
    $('#form-slot').replaceChildren();
    view('thanks');
    clearTimeout(state.thanksTimer);
    state.thanksTimer = setTimeout(() => { state.thanksTimer = null; waiting(); check(); }, 6000);
  }

  async function check() {
    if (state.thanksTimer) return; // the thanks stay on screen first
    let ticket;
    try {
      ({ ticket } = await api('GET', `/api/v1/survey/${counter}`));
      $('#error').hidden = true;
    } catch (err) {
      $('#error').textContent = errorText(err);
      $('#error').hidden = false;
      return;
    }
    if (ticket && ticket.grant !== state.grant) offer(ticket);
    // the offer has lapsed (10 minutes) and nobody began: back to waiting
    else if (!ticket && state.grant && !state.form?.touched()) waiting();
  }

  let soon = null;
  const checkSoon = () => { clearTimeout(soon); soon = setTimeout(check, 150); };

  translate();
  langButton($('#lang'));
  const name = () => { $('#counter-name').textContent = t('loket.n', { n: counter }); };
  name();
  onLang(name);
  agenciesWhenUp((list) => { state.services = serviceIndex(list); serviceName(); });
  waiting();
  check();
  setInterval(check, 20000);
  new Feed({
    onSnapshot: checkSoon,
    onEvent: (e) => {
      if (e.type !== 'ticket.finished') return;
      const at = e.counter ? e.counter.number : e.ticket && e.ticket.counter;
      if (at === counter) checkSoon();
    },
  }).start();
}

if (document.body && document.body.classList.contains('survey-page')) tabletPage();

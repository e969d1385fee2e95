// ikm.js - the public IKM page, /ikm[?agency=ID&from=YYYY-MM-DD&to=...]:
// the SKM results of the whole hall or one agency for a quarter, a
// half-year or a year (or the range in the address), with the sample-size
// check, the respondents' profile and the manager's follow-up (tindak
// lanjut), as PermenPANRB 14/2017 asks them published. No login.
import { t, translate, langButton, onLang } from './i18n.js';
import { api, agencies, errorText } from './api.js';
import { el, $, dayText } from './format.js';
import { fmt, sampleText, profileTables, gradeText } from './ikm-view.js';

// periods of a year: [key, first month, last month]
const PERIODS = [['q1', 1, 3], ['q2', 4, 6], ['q3', 7, 9], ['q4', 10, 12], ['h1', 1, 6], ['h2', 7, 12], ['year', 1, 12]];
const pad = (n) => String(n).padStart(2, '0');
const lastDay = (y, m) => new Date(y, m, 0).getDate();

const state = { agencies: [], report: null, from: '', to: '', agency: '', today: null };

function fillForm() {
  // the hall's date (its clock, its zone), else this device's
  const now = state.today ? new Date(`${state.today}T12:00:00`) : new Date();
  const years = [];
  for (let y = now.getFullYear(); y >= now.getFullYear() - 5; y--) years.push(y);
  const yearSel = $('#year');
  const keepYear = yearSel.value;
  yearSel.replaceChildren(...years.map((y) => el('option', { value: String(y) }, String(y))));
  yearSel.value = keepYear && years.includes(Number(keepYear)) ? keepYear : String(now.getFullYear());
  const periodSel = $('#period');
  const keep = periodSel.value;
  periodSel.replaceChildren(...PERIODS.map(([key]) => el('option', { value: key }, t('ikm.period.' + key))),
    el('option', { value: 'custom', hidden: true }, t('ikm.period.custom')));
  periodSel.value = keep || 'q' + (Math.floor(now.getMonth() / 3) + 1);
  const agencySel = $('#agency');
  const keepAgency = agencySel.value;
  agencySel.replaceChildren(el('option', { value: '' }, t('ikm.hall')),
    ...state.agencies.map((a) => el('option', { value: a.id }, a.name)));
  agencySel.value = keepAgency;
}

// from and to of the form's year and period.
function rangeOfForm() {
  const y = Number($('#year').value);
  const p = PERIODS.find(([key]) => key === $('#period').value);
  if (!p) return [state.from, state.to];
  return [`${y}-${pad(p[1])}-01`, `${y}-${pad(p[2])}-${pad(lastDay(y, p[2]))}`];
}

// The address's range, shown as the period it is when it is one.
function readAddress() {
  const q = new URLSearchParams(location.search);
  state.agency = q.get('agency') || '';
  state.from = q.get('from') || '';
  state.to = q.get('to') || '';
  $('#agency').value = state.agency;
  if (!/^\d{4}-\d\d-\d\d$/.test(state.from) || !/^\d{4}-\d\d-\d\d$/.test(state.to)) {
    [state.from, state.to] = rangeOfForm();
    return;
  }
  const y = state.from.slice(0, 4);
  const match = PERIODS.find(([, a, b]) => state.from === `${y}-${pad(a)}-01`
    && state.to === `${y}-${pad(b)}-${pad(lastDay(Number(y), b))}`);
  if ([...$('#year').options].some((o) => o.value === y)) $('#year').value = y;
  $('#period').value = match ? match[0] : 'custom';
}

async function load() {
  const q = new URLSearchParams({ from: state.from, to: state.to });
  if (state.agency) q.set('agency', state.agency);
  history.replaceState(null, '', '/ikm?' + q);
  try {
    state.report = await api('GET', '/api/v1/reports/ikm?' + q);
    $('#error').hidden = true;
  } catch (err) {
    state.report = null;
    $('#error').textContent = errorText(err);
    $('#error').hidden = false;
  }
  render();
}

function render() {
  const r = state.report;
  $('#result').hidden = !r;
  if (!r) return;
  const agency = state.agencies.find((a) => a.id === r.agency);
  $('#result-title').textContent = agency ? agency.name : t('ikm.hall');
  const day = (iso) => dayText(iso, { day: 'numeric', month: 'long', year: 'numeric' });
  $('#range').textContent = t('ikm.range', { from: day(r.from), to: day(r.to) });
  $('#none').hidden = r.respondents > 0;
  $('#values').hidden = !r.respondents;
  if (r.respondents) {
    $('#respondents').textContent = fmt(r.respondents, 0);
    $('#value').textContent = fmt(r.value, 2);
    $('#grade').textContent = gradeText(r);
    $('#grade').dataset.grade = r.grade;
    $('#nrr').replaceChildren(...r.nrr.map((v, i) => el('tr', {},
      el('td', {}, `${i + 1}. ${t('skm.e' + (i + 1))}`), el('td', { class: 'nrr' }, fmt(v, 2)))));
  }
  $('#sample').textContent = sampleText(r);
  $('#sample').dataset.enough = String(r.sample.enough);
  $('#profile').replaceChildren(...profileTables(r));
  const f = r.follow_up;
  $('#followup').replaceChildren(f
    ? el('div', {}, el('p', {}, f.text), el('p', { class: 'hint' }, t('ikm.followup.at', { at: day(f.at.slice(0, 10)) })))
    : el('p', { class: 'hint' }, t('ikm.followup.none')));
}

async function init() {
  translate();
  langButton($('#lang'));
  onLang(() => { fillForm(); render(); });
  $('#period').addEventListener('change', () => { [state.from, state.to] = rangeOfForm(); });
  $('#year').addEventListener('change', () => { [state.from, state.to] = rangeOfForm(); });
  $('#ikm-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.agency = $('#agency').value;
    [state.from, state.to] = rangeOfForm();
    load();
  });
  try {
    state.agencies = await agencies();
    state.today = (await api('GET', '/api/v1/hours')).date;
  } catch { /* the hall's figures still show */ }
  fillForm();
  readAddress();
  load();
}

init();

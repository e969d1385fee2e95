// kiosk-visit.js - "Beberapa urusan sekaligus" at the kiosk: one visit
// across agencies. The citizen picks what to get done, by the document
// they want (a goal: the catalogue's `gives` picks the service that issues
// it) or by service; ticks the documents they bring (what the chosen
// services need, and what the steps added for the missing ones need); reads
// the plan (GET /api/v1/plans: the steps in order with agency and
// counters, why a step was added, what to bring, the minutes, what cannot
// be done today); and takes one visit (POST /api/v1/visits, "print": true).
// The printout lists every step with one QR code of /v/<token>; the first
// step's ticket joins its queue only once printed, as any kiosk ticket.
import { t, lang } from './i18n.js';
import { api, serviceIndex, errorText } from './api.js';
import { el, $, minutes, waitText, dateTime, matches, agencyShort, counterRange, docName, andList } from './format.js';
import { qrSvg } from './qr.js';

// Errands in one visit: with the steps added for what is missing, a plan
// holds at most 12 steps (core/visit/plan.h).
const MAX = 8;
const PRIORITIES = ['lansia', 'disabilitas', 'ibu_hamil', 'anak'];

// ctx: show(screen), agencies() (the catalogue), keyboard, printThen(sheet,
// ticket, done, failed) and stopPrint() of the kiosk.
export function visitKiosk(ctx) {
  const v = {
    chosen: [],         // service ids, in the order chosen
    have: new Set(),    // documents ticked as brought
    docs: [],           // the checklist: [{id, for: [service names]}]
    plan: null,         // the last GET /api/v1/plans answer
    request: null,      // the POST /api/v1/visits body, for a new visit when the first was lost
    visit: null,        // V of the visit on screen
    printed: false,     // its first ticket's paper came out
    url: null,          // its status page
  };
  const index = () => serviceIndex(ctx.agencies());
  const find = (id) => index().get(id);
  const atKiosk = (s) => s.kiosk !== false;
  const counters = (s) => (s && s.counters?.length ? t('counters.range', { n: counterRange(s.counters) }) : '');

  // ---- 1. what to get done ----

  // Goals: every kiosk service that gives a document, named by what it gives.
  function goals() {
    const list = [];
    for (const a of ctx.agencies()) {
      for (const s of a.services) {
        if (atKiosk(s) && (s.gives || []).length) list.push({ s, a, label: andList(s.gives.map((d) => docName(d))) });
      }
    }
    return list.sort((x, y) => x.label.localeCompare(y.label, 'id') || x.s.name.localeCompare(y.s.name, 'id'));
  }

  function checkItem(prefix, i, s, a, name) {
    const id = `${prefix}-${i}`;
    return el('li', {},
      el('input', { type: 'checkbox', id, dataset: { service: s.id }, checked: v.chosen.includes(s.id),
        onchange: (e) => toggle(s.id, e.target) }),
      el('label', { for: id },
        name ? el('span', { class: 'goal-name' }, name) : null,
        el('span', { class: name ? 'goal-for' : 'goal-name' }, `${s.name} · ${agencyShort(a)}`)));
  }

  function renderGoals() {
    $('#visit-goals').replaceChildren(...goals().map((g, i) => checkItem('goal', i, g.s, g.a, g.label)));
  }

  function renderFound() {
    const q = $('#visit-search').value.trim();
    const found = [];
    for (const a of q ? ctx.agencies() : []) {
      for (const s of a.services) {
        if (found.length < 20 && atKiosk(s) && matches(`${s.name} ${agencyShort(a)} ${s.id}`, q)) found.push(checkItem('vs', found.length, s, a));
      }
    }
    $('#visit-found').replaceChildren(...(q && !found.length ? [el('li', { class: 'hint' }, t('kiosk.no_results'))] : found));
  }

  function renderChosen() {
    const items = v.chosen.map((id, i) => {
      const f = find(id);
      const name = f ? f.service.name : id;
      return el('li', {},
        el('span', { class: 'chosen-name' }, name, f ? el('span', { class: 'goal-for' }, agencyShort(f.agency)) : null),
        el('button', { type: 'button', class: 'secondary', 'aria-label': t('visit.remove.label', { name }),
          onclick: () => {
            toggle(id, null);
            // the button is gone: focus the next one, or what comes after the list
            const rest = document.querySelectorAll('#visit-chosen button');
            (rest[Math.min(i, rest.length - 1)] || $('#visit-to-docs')).focus();
          } }, t('visit.remove')));
    });
    $('#visit-chosen').replaceChildren(...(items.length ? items : [el('li', { class: 'hint' }, t('visit.chosen.none'))]));
    for (const box of document.querySelectorAll('#visit-pick input[data-service]')) box.checked = v.chosen.includes(box.dataset.service);
  }

  function pickError(text) {
    $('#visit-pick-error').textContent = text || '';
    $('#visit-pick-error').hidden = !text;
  }

  function toggle(id, box) {
    pickError('');
    const on = box ? box.checked : false;
    if (on && !v.chosen.includes(id)) {
      if (v.chosen.length >= MAX) {
        box.checked = false;
        pickError(t('visit.pick.too_many', { n: MAX }));
        return;
      }
      v.chosen.push(id);
    } else if (!on) {
      v.chosen = v.chosen.filter((x) => x !== id);
    }
    renderChosen();
  }

  function open() {
    v.chosen = [];
    v.have = new Set();
    v.plan = null;
    $('#visit-search').value = '';
    pickError('');
    renderGoals();
    renderFound();
    renderChosen();
    ctx.show('visit-pick');
  }

  // ---- 2. what the citizen brings ----

  const planPath = (have) => '/api/v1/plans?services=' + v.chosen.map(encodeURIComponent).join(',') +
    (have.length ? '&have=' + have.map(encodeURIComponent).join(',') : '');

  // The words for a plan the server refused.
  function planError(err) {
    if (err.code === 'invalid' && err.field === 'services') return t('visit.too_many_steps');
    return errorText(err);
  }

  async function toDocs() {
    if (!v.chosen.length) { pickError(t('visit.pick.empty')); return; }
    const go = $('#visit-to-docs');
    go.disabled = true;
    try {
      // planned as if nothing were brought: every step that might be
      // needed, so every document any of them needs can be ticked
      const full = await api('GET', planPath([]));
      const needs = new Map();
      const services = [...v.chosen, ...full.steps.map((s) => s.service).filter((id) => !v.chosen.includes(id))];
      for (const id of services) {
        const f = find(id);
        for (const d of f?.service.needs || []) {
          if (!needs.has(d)) needs.set(d, []);
          needs.get(d).push(f.service.name);
        }
      }
      v.docs = [...needs].map(([id, names]) => ({ id, for: names }));
      v.names = full.documents || {};
      for (const d of [...v.have]) if (!needs.has(d)) v.have.delete(d);
      renderDocs();
      $('#visit-docs-error').hidden = true;
      ctx.show('visit-docs');
    } catch (err) {
      pickError(planError(err));
    } finally {
      go.disabled = false;
    }
  }

  function renderDocs() {
    const items = v.docs.map((d) => el('li', {},
      el('input', { type: 'checkbox', id: 'doc-' + d.id, checked: v.have.has(d.id),
        onchange: (e) => (e.target.checked ? v.have.add(d.id) : v.have.delete(d.id)) }),
      el('label', { for: 'doc-' + d.id },
        el('span', { class: 'goal-name' }, docName(d.id, v.names)),
        el('span', { class: 'goal-for' }, t('visit.docs.for', { services: d.for.join('; ') })))));
    $('#visit-doc-list').replaceChildren(...(items.length ? items : [el('li', { class: 'hint' }, t('visit.docs.none'))]));
  }

  // ---- 3. the plan ----

  async function toPlan() {
    const go = $('#visit-to-plan');
    go.disabled = true;
    $('#visit-docs-error').hidden = true;
    try {
      v.plan = await api('GET', planPath(v.docs.map((d) => d.id).filter((id) => v.have.has(id))));
      renderPlan();
      $('#visit-plan-error').hidden = true;
      ctx.show('visit-plan');
    } catch (err) {
      $('#visit-docs-error').textContent = planError(err);
      $('#visit-docs-error').hidden = false;
    } finally {
      go.disabled = false;
    }
  }

  // The documents an added step gives that a later step needs.
  function addedFor(step, i, steps) {
    const gives = find(step.service)?.service.gives || [];
    return gives.filter((d) => steps.slice(i + 1).some((later) => (find(later.service)?.service.needs || []).includes(d)));
  }

  // Why a step was added: the server says it in Bahasa Indonesia; in
  // English it is said from the catalogue (what it gives that a later
  // step needs).
  function addedWhy(step, i, steps) {
    if (lang() === 'id') return t('visit.plan.added', { why: step.why });
    const gives = find(step.service)?.service.gives || [];
    for (const later of steps.slice(i + 1)) {
      const wanted = gives.filter((d) => (find(later.service)?.service.needs || []).includes(d));
      if (wanted.length) return t('visit.plan.added.gives', { docs: andList(wanted.map((d) => docName(d))), service: later.name });
    }
    return t('visit.plan.added', { why: step.why });
  }

  // "Saya sudah membawa ...": a citizen who has the document an added step
  // would give (a box left unticked by mistake) ticks it here and the plan
  // is made again without that step.
  function haveButton(step, i, steps) {
    const docs = addedFor(step, i, steps).filter((d) => v.docs.some((x) => x.id === d));
    if (!docs.length) return null;
    return el('button', { type: 'button', class: 'secondary have-it',
      onclick: () => { for (const d of docs) v.have.add(d); renderDocs(); toPlan(); } },
    t('visit.plan.have', { docs: andList(docs.map((d) => docName(d, v.names))) }));
  }

  function problemText(p) {
    if (!p.service) return t('visit.problem.cycle', { why: p.why });
    const f = find(p.service);
    const service = f ? f.service.name : p.service;
    if (p.code === 'quota_reached') return t('visit.problem.quota', { service });
    if (p.code === 'closed') return t('visit.problem.closed', { service });
    return t('visit.problem.other', { service, why: p.why });
  }

  function renderPlan() {
    const plan = v.plan;
    $('#visit-steps').replaceChildren(...plan.steps.map((s, i) => {
      const f = find(s.service);
      return el('li', { class: s.added ? 'plan-step added' : 'plan-step' },
        el('span', { class: 'step-n', 'aria-hidden': 'true' }, String(i + 1)),
        el('div', { class: 'step-body' },
          el('p', { class: 'step-head' }, el('strong', {}, s.agency), f ? ' · ' + counters(f.service) : ''),
          el('p', { class: 'step-name' }, s.name),
          s.added ? el('p', { class: 'step-why' }, addedWhy(s, i, plan.steps)) : null,
          s.added ? haveButton(s, i, plan.steps) : null,
          el('p', { class: 'step-time' }, t('visit.plan.wait', { wait: waitText(s.wait_s, s.counters_open), minutes: minutes(s.minutes) }))));
    }));
    $('#visit-minutes').textContent = t('wait.about', { m: plan.minutes });
    const bring = plan.bring.map((d) => el('li', {}, docName(d, plan.documents)));
    $('#visit-bring').replaceChildren(...(bring.length ? bring : [el('li', { class: 'hint' }, t('visit.plan.bring.none'))]));
    $('#visit-problem-list').replaceChildren(...plan.problems.map((p) => el('li', {}, problemText(p))));
    $('#visit-problems').hidden = !plan.problems.length;
    // a cycle cannot be started (409); other problems are the server's to refuse
    $('#visit-take').disabled = plan.problems.some((p) => !p.service);

    const first = plan.steps[0] && find(plan.steps[0].service);
    const wanted = document.querySelector('input[name=visit-priority]:checked')?.value || '';
    $('#visit-priority').hidden = !(first && first.service.priority);
    const choice = (value, label) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: 'visit-priority', value, checked: value === wanted }), el('span', {}, label));
    $('#visit-priority-options').replaceChildren(choice('', t('priority.none')), ...PRIORITIES.map((p) => choice(p, t('priority.' + p))));
  }

  async function take() {
    const go = $('#visit-take');
    $('#visit-plan-error').hidden = true;
    go.disabled = true;
    go.textContent = t('kiosk.taking');
    const p = document.querySelector('input[name=visit-priority]:checked');
    const req = { services: [...v.chosen], have: v.docs.map((d) => d.id).filter((id) => v.have.has(id)), print: true };
    if (!$('#visit-priority').hidden && p && p.value) req.priority = p.value;
    try {
      const reply = await api('POST', '/api/v1/visits', req);
      v.request = req;
      showVisit(reply.visit, reply.status_url);
    } catch (err) {
      $('#visit-plan-error').textContent = planError(err);
      $('#visit-plan-error').hidden = false;
    } finally {
      go.disabled = false;
      go.textContent = t('visit.take');
    }
  }

  // ---- 4. the visit's ticket and its print ----

  const current = (visit) => visit.steps.findIndex((s) => s.ticket && s.status === 'waiting');

  function stepLine(s, i, total) {
    const f = find(s.service);
    return [t('visit.step.of', { n: i + 1, total }), s.agency, counters(f?.service)].filter(Boolean).join(' · ');
  }

  function stepItems(visit) {
    return visit.steps.map((s, i) => {
      const f = find(s.service);
      return el('li', {},
        el('strong', {}, [s.agency, counters(f?.service)].filter(Boolean).join(', ')), ': ', s.name, ' — ',
        s.ticket ? el('span', { class: 'number' }, s.ticket.number) : t('visit.step.later'));
    });
  }

  function showVisit(visit, url, print = true) {
    v.visit = visit;
    v.url = url;
    const at = Math.max(0, current(visit));
    const step = visit.steps[at];
    const tk = step.ticket;
    const total = visit.steps.length;
    const f = find(step.service);
    $('#vt-step').textContent = stepLine(step, at, total);
    $('#vt-number').textContent = tk.number;
    $('#vt-service').textContent = step.name;
    $('#vt-ahead').textContent = t('unit.people', { n: tk.position ?? 0 });
    $('#vt-wait').textContent = waitText(tk.estimated_wait_s, tk.counters_open);
    $('#vt-steps').replaceChildren(...stepItems(visit));
    const fig = $('#vt-qr');
    fig.querySelector('svg')?.remove();
    fig.prepend(qrSvg(url, t('visit.ticket.qr')));
    fig.dataset.url = url;
    $('#vt-error').hidden = true;
    if (print) { v.printed = false; ctx.optin.close(); }
    $('#vt-state').textContent = t(v.printed ? 'visit.ticket.printed' : 'kiosk.printing');

    $('#pv-step').textContent = stepLine(step, at, total);
    $('#pv-number').textContent = tk.number;
    $('#pv-service').textContent = step.name;
    $('#pv-counters').textContent = counters(f?.service);
    $('#pv-time').textContent = dateTime(tk.issued_at);
    $('#pv-ahead').textContent = t('unit.people', { n: tk.position ?? 0 });
    $('#pv-wait').textContent = waitText(tk.estimated_wait_s, tk.counters_open);
    $('#pv-minutes').textContent = v.plan ? t('wait.about', { m: v.plan.minutes }) : '–';
    $('#pv-priority').textContent = tk.priority ? t('priority.' + tk.priority) : '';
    $('#pv-steps').replaceChildren(...stepItems(visit));
    $('#pv-bring').replaceChildren(...(v.plan ? v.plan.bring.map((d) => el('li', {}, docName(d, v.plan.documents))) : []));
    const printed = qrSvg(url, t('visit.ticket.qr'));
    printed.setAttribute('class', 'p-qr');
    $('#pv-qr').replaceChildren(printed);
    ctx.show('visit-ticket');
    if (print) printFirst();
  }

  function printFirst() {
    const tk = v.visit.steps[Math.max(0, current(v.visit))].ticket;
    const visit = v.visit;
    ctx.printThen('visit', tk,
      () => {
        if (v.visit !== visit) return;
        v.printed = true;
        $('#vt-state').textContent = t('visit.ticket.printed');
        ctx.optin.open(tk.token);
      },
      (text) => { $('#vt-error').textContent = text; $('#vt-error').hidden = false; });
  }

  // "Tiket tidak keluar": a first ticket still printing (or confirmed by a
  // print that jammed) is printed again, keeping the visit and its place;
  // one cancelled meanwhile (the print time-out) makes a new visit.
  async function reprint() {
    const visit = v.visit;
    if (!visit) return;
    const tk = visit.steps[Math.max(0, current(visit))].ticket;
    const btn = $('#vt-reprint');
    btn.disabled = true;
    $('#vt-error').hidden = true;
    ctx.stopPrint();
    try {
      const { ticket } = await api('GET', `/api/v1/tickets/${encodeURIComponent(tk.token)}`);
      if (ticket.status === 'printing' || ticket.status === 'waiting') {
        v.printed = false;
        $('#vt-state').textContent = t('kiosk.printing');
        printFirst();
      } else {
        const reply = await api('POST', '/api/v1/visits', v.request);
        showVisit(reply.visit, reply.status_url);
      }
    } catch (err) {
      $('#vt-error').textContent = errorText(err);
      $('#vt-error').hidden = false;
    } finally {
      btn.disabled = false;
    }
  }

  // The language changed: the screen on view is drawn again in it.
  function redraw(screen) {
    if (screen === 'visit-pick') { renderGoals(); renderFound(); renderChosen(); }
    if (screen === 'visit-docs') renderDocs();
    if (screen === 'visit-plan' && v.plan) renderPlan();
    if (screen === 'visit-ticket' && v.visit) showVisit(v.visit, v.url, false);
  }

  ctx.keyboard.attach($('#visit-search'));
  $('#visit-search').addEventListener('input', renderFound);
  $('#visit-to-docs').addEventListener('click', toDocs);
  $('#visit-docs-back').addEventListener('click', () => ctx.show('visit-pick'));
  $('#visit-to-plan').addEventListener('click', toPlan);
  $('#visit-plan-back').addEventListener('click', () => ctx.show('visit-docs'));
  $('#visit-take').addEventListener('click', take);
  $('#vt-reprint').addEventListener('click', reprint);

  return { open, redraw };
}

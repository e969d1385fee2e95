// authz.test.mjs - the authorization matrix against the real mppd. Every
// role (admin, staff of agency A, staff of agency B, liaison, display,
// supervisor of agency A, anonymous) x the counter of its own / the other agency x every counter
// action, plus the other staff and admin endpoints (counter GET, session,
// board text, accounts, plugin reload). The expected allow or deny of each
// cell is computed from the small table of rules below, never written per
// cell. An allowed action must succeed (200/201: the counter is walked
// through states where each action is possible); a denied one must answer
// 401 (no session) or 403 and change nothing (the board's seq stays). Then
// every state-changing request again with a valid cookie from a foreign
// Origin: refused, 403 origin_refused, for every role.
// Prints "0 unexpected allows, 0 unexpected denials"; with MPP_REPORT set
// to a file, writes the figures there (docs/reliability.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall } from './lib/hall.mjs';
import { reportSection } from '../reliability/report.mjs';

const A = { agency: 'dukcapil', counter: 1 };
const B = { agency: 'dpmptsp', counter: 5 };
const FOREIGN_ORIGIN = 'http://evil.example';

const ROLES = [
  { id: 'admin', role: 'admin' },
  { id: 'staff-A', role: 'staff', agency: A.agency },
  { id: 'staff-B', role: 'staff', agency: B.agency },
  { id: 'liaison', role: 'liaison', agency: A.agency },
  { id: 'display', role: 'display' },
  { id: 'supervisor', role: 'supervisor', agency: A.agency },
  { id: 'anonymous', role: null },
];

// The rules: who may do what. Everything the matrix expects comes from here.
const RULES = {
  counter: (u, counterAgency) => u.role === 'admin' || (u.role === 'staff' && u.agency === counterAgency),
  session: (u) => u.role !== null,
  admin: (u) => u.role === 'admin',
};

// Every counter action, in an order that makes each possible when allowed
// (the session that walks it holds the counter). `body` may use the
// counter's context (ctx): its tickets and the other agency's service.
const COUNTER_STEPS = [
  { action: 'open' },
  { action: 'pause', body: () => ({ reason: 'ishoma' }) },
  { action: 'resume' },
  { action: 'call', body: () => ({}), check: (r) => r.json?.counter?.ticket?.status === 'called' },
  { action: 'recall' },
  { action: 'start' },
  { action: 'hold' },
  { action: 'call', by: 'number', body: (ctx) => ({ number: ctx.held }) },
  { action: 'no-show' },
  { action: 'call', by: 'number', body: (ctx) => ({ number: ctx.held }) },
  { action: 'transfer', body: (ctx) => ({ service: ctx.elsewhere, place: 'back' }) },
  { action: 'call', body: () => ({}), check: (r) => r.json?.counter?.ticket?.status === 'called' },
  { action: 'finish' },
  { action: 'cancel', by: 'number', body: (ctx) => ({ number: ctx.waitingNumber() }) },
  { action: 'GET' },
  { action: 'close' },
];

let hall;
const sessions = new Map(); // role id -> { cookie } (anonymous: none)
const cells = []; // { role, what, expect, got, status }
const tickets = { [A.agency]: [], [B.agency]: [] };
let elsewhere;

before(async () => {
  hall = new Hall();
  for (const r of ROLES) if (r.role) hall.addUser('u-' + r.id.toLowerCase(), r.role, r.agency);
  await hall.start();
  for (const r of ROLES) if (r.role) sessions.set(r.id, await hall.login('u-' + r.id.toLowerCase()));
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const plain = (id, counter) => agencies.find((a) => a.id === id).services
    .find((s) => s.quota === 0 && s.inputs.length === 0 && (!counter || s.counters.includes(counter))).id;
  elsewhere = plain('bapenda');
  for (const side of [A, B]) {
    const service = plain(side.agency, side.counter);
    for (let i = 0; i < 12; i++) {
      const r = await hall.issue(service);
      assert.equal(r.status, 201);
      tickets[side.agency].push(r.json.ticket);
    }
  }
});

after(async () => { await hall?.stop(); hall?.cleanup(); });

function request(roleId, method, path, body, origin) {
  const headers = {};
  if (origin) headers.origin = origin;
  const s = sessions.get(roleId);
  if (s) headers.cookie = s.cookie;
  return hall.req(method, path, body, headers);
}

const boardSeq = async () => (await hall.req('GET', '/api/v1/board')).json.seq;

// Records one cell: what the rules expect and what the server did.
// A denial is 401 without a session and 403 with one, unless denyStatus says.
function record(role, what, expect, r, extraOk = true, denyStatus = role.role ? 403 : 401) {
  const allowed = r.status !== 401 && r.status !== 403;
  const got = allowed ? 'allow' : 'deny';
  let fine = got === expect;
  if (fine && expect === 'allow') fine = r.status >= 200 && r.status < 300 && extraOk;
  if (fine && expect === 'deny') fine = r.status === denyStatus;
  cells.push({ role: role.id, what, expect, got, status: r.status, fine, text: fine ? '' : r.text.slice(0, 200) });
}

// Walks a counter through every action as one role.
async function walkCounter(role, side) {
  const user = { role: role.role, agency: role.agency };
  const expect = RULES.counter(user, side.agency) ? 'allow' : 'deny';
  const mine = role.agency === side.agency ? 'own' : 'other';
  const ctx = {
    held: null,
    elsewhere,
    waitingNumber: () => tickets[side.agency].pop().number,
  };
  const seqBefore = await boardSeq();
  for (const step of COUNTER_STEPS) {
    const path = `/api/v1/counters/${side.counter}` + (step.action === 'GET' ? '' : '/' + step.action);
    const method = step.action === 'GET' ? 'GET' : 'POST';
    const r = await request(role.id, method, path, step.body?.(ctx), hall.base);
    const whose = role.agency ? ` (${mine})` : '';
    const label = `counter of ${side === A ? 'A' : 'B'}${whose} ${step.action}${step.by ? ' by number' : ''}`;
    record(role, label, expect, r, !step.check || step.check(r));
    if (step.action === 'start' && r.status === 200) ctx.held = r.json.counter.ticket.number;
  }
  if (expect === 'deny') {
    assert.equal(await boardSeq(), seqBefore, `${role.id}: denied counter actions changed nothing`);
  }
}

test('every role x own/other counter x every counter action, and the staff and admin endpoints', async () => {
  for (const role of ROLES) {
    for (const side of [A, B]) await walkCounter(role, side);
  }
  let n = 0;
  for (const role of ROLES) {
    const user = { role: role.role, agency: role.agency };
    const seqBefore = await boardSeq();
    const tmp = `tmp-${role.id.toLowerCase()}-${n++}`;
    const other = [
      ['GET', '/api/v1/session', undefined, RULES.session(user)],
      ['POST', '/api/v1/board/text', { text: `Uji ${role.id}` }, RULES.admin(user)],
      ['GET', '/api/v1/users', undefined, RULES.admin(user)],
      ['POST', '/api/v1/users', { name: tmp, role: 'display', password: 'rahasia-panjang-' + tmp }, RULES.admin(user)],
      ['DELETE', `/api/v1/users/${RULES.admin(user) ? tmp : 'u-display'}`, undefined, RULES.admin(user)],
      ['POST', '/api/v1/plugins/reload', {}, RULES.admin(user)],
    ];
    let allowedAny = false;
    for (const [method, path, body, ok] of other) {
      const r = await request(role.id, method, path, body, hall.base);
      record(role, `${method} ${path.replace(/users\/.*$/, 'users/<name>')}`, ok ? 'allow' : 'deny', r);
      allowedAny ||= ok && method !== 'GET';
    }
    if (!allowedAny) assert.equal(await boardSeq(), seqBefore, `${role.id}: denied requests changed nothing`);
  }
});

test('a foreign Origin with a valid cookie is refused for every state-changing request', async () => {
  const changes = [
    ...COUNTER_STEPS.filter((s) => s.action !== 'GET').map((s) => ['POST', `/api/v1/counters/${A.counter}/${s.action}`, s.action === 'call' ? {} : undefined]),
    ...COUNTER_STEPS.filter((s) => s.action !== 'GET').map((s) => ['POST', `/api/v1/counters/${B.counter}/${s.action}`, s.action === 'call' ? {} : undefined]),
    ['POST', '/api/v1/board/text', { text: 'dari luar' }],
    ['POST', '/api/v1/users', { name: 'dari-luar', role: 'admin', password: 'rahasia-dari-luar' }],
    ['DELETE', '/api/v1/users/u-display'],
    ['POST', '/api/v1/plugins/reload', {}],
    ['POST', '/api/v1/tickets', { service: elsewhere }],
    ['DELETE', '/api/v1/session'],
  ];
  const seqBefore = await boardSeq();
  for (const role of ROLES) {
    for (const [method, path, body] of changes) {
      const r = await request(role.id, method, path, body, FOREIGN_ORIGIN);
      const fine = r.status === 403 && r.json?.error?.code === 'origin_refused';
      cells.push({ role: role.id, what: `foreign Origin ${method} ${path}`, expect: 'deny',
        got: r.status === 403 || r.status === 401 ? 'deny' : 'allow', status: r.status, fine, text: fine ? '' : r.text.slice(0, 200) });
    }
  }
  assert.equal(await boardSeq(), seqBefore, 'nothing changed');
  // the sessions still work from the hall's own pages after all that
  for (const role of ROLES.filter((x) => x.role)) {
    const r = await request(role.id, 'GET', '/api/v1/session', undefined, hall.base);
    assert.equal(r.status, 200, `${role.id} still logged in`);
  }
});

test('logout: every role with a session may end it, and then it is gone', async () => {
  for (const role of ROLES) {
    const user = { role: role.role, agency: role.agency };
    const r = await request(role.id, 'DELETE', '/api/v1/session', undefined, hall.base);
    record(role, 'DELETE /api/v1/session', RULES.session(user) ? 'allow' : 'deny', r);
    if (role.role) {
      const again = await request(role.id, 'GET', '/api/v1/session', undefined, hall.base);
      record(role, 'GET /api/v1/session after logout', 'deny', again, true, 401);
    }
  }
});

test('the figure: 0 unexpected allows, 0 unexpected denials', async () => {
  const unexpectedAllows = cells.filter((c) => c.expect === 'deny' && !c.fine);
  const unexpectedDenials = cells.filter((c) => c.expect === 'allow' && !c.fine);
  const allows = cells.filter((c) => c.expect === 'allow').length;
  const line = `${cells.length} requests (${ROLES.length} roles x own/other counter x ${COUNTER_STEPS.length} counter steps, ` +
    `the staff and admin endpoints, foreign Origin, logout): ${allows} expected allows, ` +
    `${cells.length - allows} expected denials; ` +
    `${unexpectedAllows.length} unexpected allows, ${unexpectedDenials.length} unexpected denials`;
  console.log(line);
  for (const c of [...unexpectedAllows, ...unexpectedDenials].slice(0, 20)) {
    console.log(`  ! ${c.role}: ${c.what}: expected ${c.expect}, got ${c.status} ${c.text}`);
  }
  if (process.env.MPP_REPORT) {
    const roles = ROLES.map((r) => r.id);
    const table = ['| request | ' + roles.join(' | ') + ' |', '|---|' + roles.map(() => '---').join('|') + '|'];
    // one verdict per role for the cells of a row (all the same, or "mixed")
    const verdict = (r, match) => {
      const cs = cells.filter((c) => c.role === r && match(c.what));
      if (!cs.length) return '';
      return cs.every((c) => c.expect === 'allow') ? 'allow' : cs.every((c) => c.expect === 'deny') ? 'deny' : 'mixed';
    };
    for (const step of [...new Set(COUNTER_STEPS.map((x) => x.action))]) {
      const on = (side) => (w) => w.startsWith(`counter of ${side}`) && w.replace(/ by number$/, '').endsWith(` ${step}`);
      table.push(`| counter ${step}: A / B | ${roles.map((r) => `${verdict(r, on('A'))} / ${verdict(r, on('B'))}`).join(' | ')} |`);
    }
    const rest = [...new Set(cells.map((c) => c.what.replace(/users\/[a-z0-9-]+$/, 'users/<name>')))]
      .filter((w) => !w.startsWith('foreign') && !w.startsWith('counter of'));
    for (const w of rest) {
      table.push(`| ${w} | ${roles.map((r) => verdict(r, (x) => x.replace(/users\/[a-z0-9-]+$/, 'users/<name>') === w)).join(' | ')} |`);
    }
    reportSection(process.env.MPP_REPORT, 'authz', ['```',
      '$ MPP_REPORT=docs/reliability.md node --test tests/integration/authz.test.mjs', line, '```', '',
      'Expected, from the rules in the test (A is Dukcapil\'s counter 1, the own one of staff-A and the liaison; ' +
      'B is DPMPTSP\'s counter 5, staff-B\'s own); every state-changing request also ran with a foreign Origin ' +
      'for every role, all refused:', '',
      ...table].join('\n'));
  }
  assert.equal(unexpectedAllows.length, 0, 'unexpected allows');
  assert.equal(unexpectedDenials.length, 0, 'unexpected denials');
});

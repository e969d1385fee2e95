// survey.test.mjs - the SKM survey against the real mppd: a response is
// refused before the ticket is finished, accepted once after, refused the
// second time (also when two arrive together); bad scores, counts, types and
// fields are 400; the IKM report for today matches the hand computation; an
// unknown agency gives zero respondents and nulls; the counter tablet is
// offered only the ticket just finished at that counter.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall } from './lib/hall.mjs';

const KTP = 'dukcapil/ktp-el-rekam';
const PDAM = 'pdam/pembayaran-rekening';
const FOURS = [4, 4, 4, 4, 4, 4, 4, 4, 4];

let hall, ani, budi, today;
before(async () => {
  hall = new Hall();
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('budi', 'staff', 'pdam');
  await hall.start();
  ani = await hall.login('ani');
  budi = await hall.login('budi');
  for (const n of [1, 2]) assert.equal((await ani.req('POST', `/api/v1/counters/${n}/open`)).status, 200);
  assert.equal((await budi.req('POST', '/api/v1/counters/27/open')).status, 200);
});
after(async () => { if (process.env.MPP_TEST_LOG) console.log(hall.log); await hall.stop(); hall.cleanup(); });

const survey = (body) => hall.req('POST', '/api/v1/surveys', body);
const tablet = (n) => hall.req('GET', `/api/v1/survey/${n}`);
const ikm = (query) => hall.req('GET', `/api/v1/reports/ikm?${query}`);

// issues a ticket of `service` and serves it to the end at `counter`
async function served(staff, counter, service) {
  const t = (await hall.issue(service)).json.ticket;
  today = t.issued_at.slice(0, 10);
  for (const [action, body] of [['call', { number: t.number }], ['start'], ['finish']]) {
    const r = await staff.req('POST', `/api/v1/counters/${counter}/${action}`, body);
    assert.equal(r.status, 200, `${action}: ${r.text}`);
  }
  return t;
}

test('a response is refused before the ticket is finished, accepted once after, refused twice', async () => {
  const t = (await hall.issue(KTP)).json.ticket;
  today = t.issued_at.slice(0, 10);
  let r = await survey({ token: t.token, scores: FOURS });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'not_finished');

  assert.equal((await ani.req('POST', '/api/v1/counters/1/call', { number: t.number })).status, 200);
  r = await survey({ token: t.token, scores: FOURS });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'not_finished');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/start')).status, 200);
  assert.equal((await ani.req('POST', '/api/v1/counters/1/finish')).status, 200);
  const asked = async () => (await hall.req('GET', `/api/v1/surveys/${t.token}`)).json;
  assert.deepEqual(await asked(), { answered: false });

  r = await survey({ token: t.token, scores: FOURS, comment: 'Pelayanan cepat, terima kasih 🙏' });
  assert.equal(r.status, 201, r.text);
  assert.deepEqual(await asked(), { answered: true }, 'the status page can tell');
  assert.deepEqual(r.json.survey.scores, FOURS);
  assert.equal(r.json.survey.comment, 'Pelayanan cepat, terima kasih 🙏');
  assert.equal(r.json.survey.agency, 'dukcapil');
  assert.equal(r.json.survey.service, KTP);
  assert.equal(r.json.survey.ticket, t.number);
  assert.equal(r.json.survey.token, undefined, 'the response never carries the token');

  r = await survey({ token: t.token, scores: [1, 1, 1, 1, 1, 1, 1, 1, 1] });
  assert.equal(r.status, 409);
  assert.equal(r.json.error.code, 'already_answered');

  r = await survey({ token: '0'.repeat(32), scores: FOURS });
  assert.equal(r.status, 404);
  r = await hall.req('GET', `/api/v1/surveys/${'0'.repeat(32)}`);
  assert.deepEqual([r.status, r.json.error.field], [404, 'token']);
});

test('two responses for one ticket arriving together: exactly one is stored', async () => {
  const t = await served(ani, 1, KTP);
  const both = await Promise.all([survey({ token: t.token, scores: FOURS }),
    survey({ token: t.token, scores: FOURS })]);
  assert.deepEqual(both.map((r) => r.status).sort(), [201, 409]);
  const r = await ikm(`from=${today}&to=${today}&agency=dukcapil`);
  assert.equal(r.json.respondents, 2);
});

test('bad scores, counts, types and fields are refused with 400 naming the field', async () => {
  const t = await served(ani, 1, KTP);
  const cases = [
    [{ token: t.token, scores: [4, 4, 4, 4, 5, 4, 4, 4, 4] }, 'scores'],
    [{ token: t.token, scores: [4, 4, 4, 4, 0, 4, 4, 4, 4] }, 'scores'],
    [{ token: t.token, scores: [4, 4, 4, 4, 4, 4, 4, 4] }, 'scores'],
    [{ token: t.token, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4] }, 'scores'],
    [{ token: t.token, scores: [4, 4, 4, '4', 4, 4, 4, 4, 4] }, 'scores'],
    [{ token: t.token, scores: [4, 4, 4, 3.5, 4, 4, 4, 4, 4] }, 'scores'],
    [{ token: t.token, scores: '444444444' }, 'scores'],
    [{ token: t.token }, 'scores'],
    [{ scores: FOURS }, 'token'],
    [{ token: 7, scores: FOURS }, 'token'],
    [{ token: t.token, scores: FOURS, comment: 5 }, 'comment'],
    [{ token: t.token, scores: FOURS, comment: 'x'.repeat(1001) }, 'comment'],
    [{ token: t.token, scores: FOURS, nik: '3303010101010001' }, 'nik'],
  ];
  for (const [body, field] of cases) {
    const r = await survey(body);
    assert.equal(r.status, 400, JSON.stringify(body).slice(0, 80) + ' ' + r.text);
    assert.equal(r.json.error.field, field, JSON.stringify(body).slice(0, 80));
  }
  // a comment of exactly 1000 bytes (multi-byte letters count as bytes) is fine
  const r = await survey({ token: t.token, scores: FOURS, comment: 'é'.repeat(500) });
  assert.equal(r.status, 201, r.text);
  // and nothing the refused requests sent was stored
  assert.equal((await ikm(`from=${today}&to=${today}&agency=dukcapil`)).json.respondents, 3);
});

test('the IKM report for today matches the hand computation', async () => {
  // R1 4 4 3 4 3 3 4 4 3, R2 3 3 3 2 3 4 4 3 3, R3 4 3 2 3 3 3 4 3 4:
  // sums 11 10 8 9 9 10 12 10 10 (89); IKM 89/27; value 2225/27 = 82.41 -> B
  const rows = [[4, 4, 3, 4, 3, 3, 4, 4, 3], [3, 3, 3, 2, 3, 4, 4, 3, 3], [4, 3, 2, 3, 3, 3, 4, 3, 4]];
  for (const scores of rows) {
    const t = await served(budi, 27, PDAM);
    assert.equal((await survey({ token: t.token, scores })).status, 201);
  }
  const r = await ikm(`from=${today}&to=${today}&agency=pdam`);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.respondents, 3);
  const sums = [11, 10, 8, 9, 9, 10, 12, 10, 10];
  r.json.nrr.forEach((v, i) => assert.ok(Math.abs(v - sums[i] / 3) < 1e-9, `nrr ${i}`));
  assert.ok(Math.abs(r.json.ikm - 89 / 27) < 1e-9);
  assert.equal(r.json.value, 82.41);
  assert.match(r.text, /"value":82\.41[,}]/, 'written with two decimals, not 82.409999999999997');
  assert.equal(r.json.grade, 'B');
  assert.equal(r.json.grade_label, 'Baik');
  assert.equal(r.json.from, today);
  assert.equal(r.json.to, today);

  // per service gives the same; the whole hall adds the three all-4
  // responses of dukcapil: 89 + 3 x 36 = 197 points of 6 x 9 answers,
  // value 25 x 197 / 54 = 91.2037 -> 91.20 -> A
  const s = await ikm(`from=${today}&to=${today}&service=${PDAM}`);
  assert.equal(s.json.respondents, 3);
  assert.equal(s.json.value, 82.41);
  const all = await ikm(`from=${today}&to=${today}`);
  assert.equal(all.json.respondents, 6);
  assert.equal(all.json.value, Math.round(25 * 197 / 54 * 100) / 100); // 91.20
  assert.equal(all.json.grade, 'A');

  // yesterday has none
  const d = new Date(today + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  const y = d.toISOString().slice(0, 10);
  const none = await ikm(`from=${y}&to=${y}`);
  assert.equal(none.json.respondents, 0);
});

test('an agency without respondents gives zero and nulls; an unknown one is refused by name', async () => {
  const r = await ikm(`from=${today}&to=${today}&agency=taspen`);
  assert.equal(r.status, 200);
  assert.equal(r.json.respondents, 0);
  for (const k of ['nrr', 'ikm', 'value', 'grade', 'grade_label']) assert.equal(r.json[k], null, k);
  const unknown = await ikm(`from=${today}&to=${today}&agency=tidak-ada`);
  assert.equal(unknown.status, 404);
  assert.equal(unknown.json.error.field, 'agency');
});

test('the report checks its dates and arguments', async () => {
  const cases = [
    ['from=2026-02-30&to=2026-03-01', 'from'],
    ['from=2026-03-01&to=2026-3-2', 'to'],
    ['from=2026-03-02&to=2026-03-01', 'to'],
    ['from=2025-01-01&to=2026-01-02', 'to'],
    ['to=2026-03-01', 'from'],
    ['from=2026-03-01', 'to'],
  ];
  for (const [q, field] of cases) {
    const r = await ikm(q);
    assert.equal(r.status, 400, q);
    assert.equal(r.json.error.field, field, q);
  }
  assert.equal((await ikm('from=2024-01-01&to=2024-12-31')).status, 200, '366 days of a leap year');
  assert.equal((await ikm('from=2026-03-01&to=2026-03-01&kota=x')).status, 400);
});

test('the counter tablet is offered only the ticket just finished at that counter', async () => {
  assert.equal((await tablet(999)).status, 404);
  assert.equal((await tablet('abc')).status, 404);
  const a = (await hall.issue(KTP)).json.ticket;
  assert.equal((await ani.req('POST', '/api/v1/counters/2/call', { number: a.number })).status, 200);
  assert.equal((await tablet(2)).json.ticket, null, 'not before it is finished');
  assert.equal((await ani.req('POST', '/api/v1/counters/2/finish')).status, 200);
  const r = await tablet(2);
  assert.equal(r.status, 200);
  assert.deepEqual(Object.keys(r.json.ticket).sort(), ['grant', 'number', 'service']);
  assert.equal(r.json.ticket.number, a.number);
  assert.equal(r.json.ticket.service, KTP);
  assert.match(r.json.ticket.grant, /^[0-9a-f]{32}$/);
  assert.equal((await tablet(2)).json.ticket.grant, r.json.ticket.grant, 'the same grant while offered');

  // counter 1's last ticket is already answered: nothing, never counter 2's
  assert.equal((await tablet(1)).json.ticket, null);
  // a counter that finished nothing has nothing
  assert.equal((await tablet(3)).json.ticket, null);

  // the next ticket finished at counter 2 replaces it
  const b = await served(ani, 2, KTP);
  assert.equal((await tablet(2)).json.ticket.number, b.number);
  // once answered the tablet goes back to waiting, and a is not offered again
  assert.equal((await survey({ token: b.token, scores: FOURS })).status, 201);
  assert.equal((await tablet(2)).json.ticket, null);
});

test('the tablet forgets a ticket ten minutes after it was finished', async (t) => {
  const probe = await hall.req('POST', '/api/v1/test/clock', { advance_ms: 0 });
  if (probe.status === 404) return t.skip('mppd was built without -DMPP_TEST_CLOCK=ON');
  // a morning of the test clock, whatever the real hour: a midnight within
  // these ten minutes would end the day, and the tablet's ticket with it
  await hall.req('POST', '/api/v1/test/clock', { at_ms: Date.parse('2030-03-05T10:00:00+07:00') });
  budi = await hall.login('budi');
  await budi.req('POST', '/api/v1/counters/27/open'); // the new day closed it
  const a = await served(budi, 27, PDAM);
  assert.equal((await tablet(27)).json.ticket.number, a.number);
  await hall.req('POST', '/api/v1/test/clock', { advance_ms: 9 * 60_000 });
  assert.equal((await tablet(27)).json.ticket.number, a.number);
  await hall.req('POST', '/api/v1/test/clock', { advance_ms: 2 * 60_000 });
  assert.equal((await tablet(27)).json.ticket, null);
  // the response itself is still accepted from the phone
  assert.equal((await survey({ token: a.token, scores: FOURS })).status, 201);
});

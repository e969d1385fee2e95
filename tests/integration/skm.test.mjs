// skm.test.mjs - the SKM of PermenPANRB 14/2017 against the real mppd:
// the optional respondent profile (refused when it names a field or value
// the form has not), reported with the results; the sample-size check
// against the Krejcie-Morgan table, with the tickets served in the period
// as its population (how many respondents are missing, then enough); the
// IKM value with two decimals in the JSON text; the follow-up (tindak
// lanjut) that only the admin writes, kept across a restart and shown with
// the period and agency it was written for; on the test clock, the
// population of a range of days (finished tickets only, per agency and
// service) before and after a restart; the report read off the loop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, manyWhileHealthy } from './lib/hall.mjs';

const KTP = 'dukcapil/ktp-el-rekam';
let hall, ani, admin, today;
before(async () => {
  hall = new Hall();
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('admin', 'admin');
  await hall.start();
  ani = await hall.login('ani');
  admin = await hall.login('admin');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
});
after(async () => { await hall.stop(); hall.cleanup(); });

const survey = (body) => hall.req('POST', '/api/v1/surveys', body);
const ikm = (query) => hall.req('GET', `/api/v1/reports/ikm?${query}`);

async function served() {
  const t = (await hall.issue(KTP)).json.ticket;
  today = t.issued_at.slice(0, 10);
  for (const [action, body] of [['call', { number: t.number }], ['start'], ['finish']]) {
    const r = await ani.req('POST', `/api/v1/counters/1/${action}`, body);
    assert.equal(r.status, 200, `${action}: ${r.text}`);
  }
  return t;
}

test('the profile is optional, checked field by field, and counted in the report', async () => {
  const tickets = [];
  for (let i = 0; i < 12; i++) tickets.push(await served());
  let r = await survey({ token: tickets[0].token, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4],
    profile: { gender: 'X' } });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'profile.gender');
  assert.match(r.json.error.message, /"L", "P"/);
  r = await survey({ token: tickets[0].token, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4],
    profile: { gender: 'P', nik: '3303011234567890' } });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.code, 'unknown_field');
  assert.equal(r.json.error.field, 'profile.nik');
  r = await survey({ token: tickets[0].token, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4], profile: 'P' });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'profile');

  // 3 respondents: two give a profile (one of them in part), one none
  r = await survey({ token: tickets[0].token, scores: [4, 3, 3, 4, 3, 4, 4, 3, 3],
    profile: { gender: 'P', age: '30-39', education: 's1', occupation: 'wirausaha' } });
  assert.equal(r.status, 201, r.text);
  r = await survey({ token: tickets[1].token, scores: [3, 3, 3, 3, 3, 3, 3, 3, 3],
    profile: { gender: 'L', age: '60+', education: null } });
  assert.equal(r.status, 201, r.text);
  r = await survey({ token: tickets[2].token, scores: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
  assert.equal(r.status, 201, r.text);

  const rep = await ikm(`from=${today}&to=${today}&agency=dukcapil`);
  assert.equal(rep.status, 200);
  assert.equal(rep.json.respondents, 3);
  assert.deepEqual(rep.json.profile.gender, { L: 1, P: 1, none: 1 });
  assert.equal(rep.json.profile.age['30-39'], 1);
  assert.equal(rep.json.profile.age['60+'], 1);
  assert.equal(rep.json.profile.age.none, 1);
  assert.equal(rep.json.profile.education.s1, 1);
  assert.equal(rep.json.profile.education.none, 2);
  assert.deepEqual(Object.keys(rep.json.profile.occupation),
    ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya', 'none']);
  assert.equal(rep.json.profile.occupation.wirausaha, 1);
  // sums per element: 11, 10, 10, 11, 10, 11, 11, 10, 10 = 94 over 27
  // answers: IKM 94/27, value 94/27 x 25 = 87.037 -> 87.04 (B)
  assert.equal(rep.json.value, 87.04);
  assert.match(rep.text, /"value":87\.04[,}]/, 'two decimals in the text, no binary tail');
  assert.equal(rep.json.grade, 'B');

  // 12 tickets served today: the table asks 12 of 12 (fewer than its row of 15)
  assert.deepEqual(rep.json.sample, { population: 12, needed: 12, enough: false, missing: 9,
    table: 'Krejcie & Morgan (1970)' });
  for (let i = 3; i < 12; i++) {
    assert.equal((await survey({ token: tickets[i].token, scores: [3, 3, 3, 3, 3, 3, 3, 3, 3] })).status, 201);
  }
  const full = (await ikm(`from=${today}&to=${today}&agency=dukcapil`)).json;
  assert.equal(full.sample.enough, true);
  assert.equal(full.sample.missing, 0);
  const other = (await ikm(`from=${today}&to=${today}&agency=pdam`)).json;
  assert.deepEqual(other.sample, { population: 0, needed: 0, enough: false, missing: 0,
    table: 'Krejcie & Morgan (1970)' });
  // a typo is named, never read as a period without respondents
  for (const [q, field] of [['agency=dukcapl', 'agency'], ['service=dukcapil/ktp-palsu', 'service'],
    [`agency=pdam&service=${KTP}`, 'service']]) {
    const r = await ikm(`from=${today}&to=${today}&${q}`);
    assert.equal(r.status, 404, q);
    assert.equal(r.json.error.field, field, q);
  }
});

test('the follow-up: only the admin writes it, for one agency and period, and it is public', async () => {
  const body = { agency: 'dukcapil', from: today, to: today,
    text: 'Menambah satu petugas perekaman pada jam sibuk mulai bulan depan.' };
  assert.equal((await hall.req('PUT', '/api/v1/reports/ikm/follow-up', body)).status, 401);
  assert.equal((await ani.req('PUT', '/api/v1/reports/ikm/follow-up', body)).status, 403);
  let r = await admin.req('PUT', '/api/v1/reports/ikm/follow-up', { ...body, agency: 'tidak-ada' });
  assert.equal(r.status, 404);
  assert.equal(r.json.error.field, 'agency');
  r = await admin.req('PUT', '/api/v1/reports/ikm/follow-up', { ...body, to: '2020-01-01' });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'to');
  r = await admin.req('PUT', '/api/v1/reports/ikm/follow-up', { ...body, text: 'x'.repeat(4001) });
  assert.equal(r.status, 400);
  assert.equal(r.json.error.field, 'text');
  r = await admin.req('PUT', '/api/v1/reports/ikm/follow-up', body);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.follow_up.text, body.text);
  assert.equal(r.json.follow_up.by, 'admin');

  await hall.restart();
  const rep = (await ikm(`from=${today}&to=${today}&agency=dukcapil`)).json;
  assert.equal(rep.follow_up.text, body.text, 'kept across a restart, public with the results');
  assert.equal((await ikm(`from=${today}&to=${today}`)).json.follow_up, null, 'the hall\'s is another');
  assert.equal((await ikm(`from=${today}&to=${today}&agency=dukcapil&service=${KTP}`)).json.follow_up, null);
  admin = await hall.login('admin');
  r = await admin.req('PUT', '/api/v1/reports/ikm/follow-up', { ...body, text: '' });
  assert.equal(r.status, 200);
  assert.equal(r.json.follow_up, null);
  assert.equal((await ikm(`from=${today}&to=${today}&agency=dukcapil`)).json.follow_up, null, 'removed');
});

test('the IKM is read off the loop: many reports at once get the same figures or "busy", and /healthz answers meanwhile', async () => {
  const query = `from=${today}&to=${today}&agency=dukcapil`;
  const expected = (await ikm(query)).json;
  const { replies, health } = await manyWhileHealthy(hall, 16, () => ikm(query));
  for (const r of replies) {
    if (r.status === 503) {
      assert.equal(r.json.error.code, 'busy');
      assert.ok(Number(r.headers.get('retry-after')) > 0, 'a busy answer says when to ask again');
    } else {
      assert.equal(r.status, 200);
      assert.deepEqual(r.json, expected);
    }
  }
  assert.ok(replies.some((r) => r.status === 200));
  assert.ok(health.length > 0);
  for (const status of health) assert.equal(status, 200);
});

test('the population counts the tickets finished on each day of the range, kept or read again', async () => {
  const clock = (iso) => hall.req('POST', '/api/v1/test/clock', { at_ms: Date.parse(iso) });
  if ((await clock('2030-02-04T09:00:00+07:00')).status === 404) return; // a build without the test clock
  ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
  await served();
  await served();
  await hall.issue(KTP); // waiting at closing: cancelled, never served
  const range = 'from=2030-02-04&to=2030-02-05&agency=dukcapil';
  assert.equal((await ikm(range)).json.sample.population, 2);
  await clock('2030-02-05T09:00:00+07:00');
  ani = await hall.login('ani');
  assert.equal((await ani.req('POST', '/api/v1/counters/1/open')).status, 200);
  await served();
  assert.equal((await ikm(range)).json.sample.population, 3, 'yesterday (now kept) and today');
  assert.equal((await ikm(range)).json.sample.population, 3, 'asked again: the same');
  assert.equal((await ikm(`${range}&service=${KTP}`)).json.sample.population, 3);
  assert.equal((await ikm('from=2030-02-04&to=2030-02-05&agency=pdam')).json.sample.population, 0);
  await hall.restart();
  assert.equal((await ikm(range)).json.sample.population, 3, 'read again after a restart');
});

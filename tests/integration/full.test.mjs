// full.test.mjs - a disk that refuses writes (a file-size limit on mppd):
// the ticket that cannot be committed is refused with 503 and a clear
// message, nothing acknowledged is lost, the server keeps answering, and
// once there is room again numbering goes on from the last durable ticket.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall } from './lib/hall.mjs';

const SVC = 'dukcapil/legalisasi';
const hall = new Hall({ fileLimitKB: 1024 });
after(async () => { await hall.stop(); hall.cleanup(); });

test('a full disk refuses new tickets with 503 and loses nothing', async () => {
  await hall.start();
  const acked = [];
  let refused = null;
  for (let i = 0; i < 20000 && !refused; i++) {
    const r = await hall.issue(SVC);
    if (r.status === 201) acked.push(r.json.ticket);
    else refused = r;
  }
  assert.ok(refused, 'the disk never filled');
  assert.equal(refused.status, 503);
  assert.equal(refused.json.error.code, 'storage_unavailable');
  assert.match(refused.json.error.message, /nothing was changed/);
  assert.ok(acked.length > 100);

  // /healthz says so while commits fail
  const health = (await hall.req('GET', '/healthz')).json;
  assert.equal(health.status, 'degraded');
  assert.equal(health.storage, 'failing');

  // still answering, and the refused ticket is nowhere
  const board = await hall.req('GET', '/api/v1/board');
  assert.equal(board.status, 200);
  const waiting = board.json.agencies.find((a) => a.id === 'dukcapil').waiting;
  assert.equal(waiting, acked.length);

  // room again: every acknowledged ticket is there, numbering goes on
  await hall.stop();
  hall.fileLimitKB = undefined;
  await hall.start();
  for (const t of [acked[0], acked[acked.length >> 1], acked.at(-1)]) {
    const r = await hall.req('GET', `/api/v1/tickets/${t.token}`);
    assert.equal(r.status, 200);
    assert.equal(r.json.ticket.number, t.number);
  }
  const next = (await hall.issue(SVC)).json.ticket;
  const healed = (await hall.req('GET', '/healthz')).json;
  assert.equal(healed.status, 'ok');
  assert.equal(healed.storage, 'ok');
  const seq = (n) => Number(n.split('-')[1]);
  assert.equal(seq(next.number), seq(acked.at(-1).number) + 1);
});

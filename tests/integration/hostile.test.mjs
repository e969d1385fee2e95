// hostile.test.mjs - hostile plugins against the real mppd while a kiosk
// keeps issuing tickets to another agency and a counter keeps calling them.
// Load-time attacks (a loop, a memory bomb, bytecode, reaching os/io/load,
// tampering with the string metatable, a pattern bomb) are refused at reload
// and the previous version keeps serving; run-time attacks (a hook that
// loops, loops inside pcall, eats memory or recurses; a route function that
// answers with garbage) are stopped within budget, reported in /healthz,
// never block a finish, and the other agency never notices.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, renameSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, sleep, until } from './lib/hall.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mpp-hostile-'));
copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));

const HEAD = `
local agency = mpp.agency { id = "uji", name = "Instansi Uji", kind = "OPD", prefix = "Z" }
agency:service { id = "layanan", name = "Layanan Uji", requirements = { "-" }, procedure = { "-" },
  minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "-",
  source = "fixture", priority = true }
`;
function install(body) {
  writeFileSync(join(dir, 'uji.lua.new'), HEAD + body);
  renameSync(join(dir, 'uji.lua.new'), join(dir, 'uji.lua'));
}
install('');

let hall, admin, stopLoad, load;
before(async () => {
  hall = new Hall({ plugins: dir,
    replace: [['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }']] });
  hall.addUser('admin', 'admin');
  await hall.start();
  admin = await hall.login('admin');
  assert.equal((await admin.req('POST', '/api/v1/counters/1/open')).status, 200);
  assert.equal((await admin.req('POST', '/api/v1/counters/34/open')).status, 200);
  // the other agency's traffic, all along: issue, call, finish
  let running = true;
  stopLoad = () => { running = false; return load; };
  load = (async () => {
    const stats = { issued: 0, served: 0, failed: [], slowest: 0 };
    while (running) {
      const t0 = Date.now();
      const r = await hall.issue('dukcapil/legalisasi');
      if (r.status !== 201) stats.failed.push(`issue ${r.status}`); else stats.issued++;
      const c = await admin.req('POST', '/api/v1/counters/1/call', {});
      if (c.status !== 200) stats.failed.push(`call ${c.status}`);
      else if (c.json.counter.ticket) {
        const f = await admin.req('POST', '/api/v1/counters/1/finish', {});
        if (f.status !== 200) stats.failed.push(`finish ${f.status}`); else stats.served++;
      }
      stats.slowest = Math.max(stats.slowest, Date.now() - t0);
      await sleep(5);
    }
    return stats;
  })();
});
after(async () => { await hall.stop(); hall.cleanup(); });

async function health() { return (await hall.req('GET', '/healthz')).json; }

const loadTime = {
  'a loop at load': 'while true do end',
  'a loop inside pcall at load': 'while true do pcall(function() while true do end end) end',
  'a memory bomb at load': 'local t = {} for i = 1, 1e9 do t[i] = string.rep("x", 1000) .. i end',
  'deep recursion at load': 'local function f(n) return f(n + 1) + 1 end f(1)',
  'reaching os': `os.execute("touch ${join(dir, 'pwned')}")`,
  'reaching io': 'io.open("/etc/passwd")',
  'loading code': 'load("return 1")()',
  'requiring a module': 'require("socket")',
  'bytecode': 'local f = string.dump(print)',
  'tampering with the string metatable': 'getmetatable("").__index = { upper = function() return "x" end }',
  'a pattern bomb': 'string.find(string.rep("a", 100000), string.rep("a?", 200) .. string.rep("a", 200))',
  'a __gc finalizer': 'setmetatable({}, { __gc = function() while true do end end })',
};

for (const [what, body] of Object.entries(loadTime)) {
  test(`load time: ${what} is refused; the previous version keeps serving`, async () => {
    install(body);
    const h = await until(async () => {
      const j = await health();
      return j.plugin_errors.some((e) => /uji\.lua$/.test(e.file)) ? j : null;
    });
    const e = h.plugin_errors.find((x) => /uji\.lua$/.test(x.file));
    assert.equal(e.running_previous_version, true);
    assert.ok(e.message.length > 0);
    assert.equal((await hall.issue('uji/layanan')).status, 201, 'uji still issues');
    assert.ok(!existsSync(join(dir, 'pwned')), 'nothing ran outside the sandbox');
    install('');
    await until(async () => (await health()).status === 'ok');
  });
}

const runTime = {
  'a finish hook that loops': 'agency:on("ticket.finished", function(t) while true do end end)',
  'a finish hook that loops inside pcall': 'agency:on("ticket.finished", function(t) while true do pcall(function() while true do end end) end end)',
  'a finish hook that eats memory': 'agency:on("ticket.finished", function(t) local s = {} for i = 1, 1e9 do s[i] = string.rep("y", 4096) .. i end end)',
  'a finish hook that recurses': 'agency:on("ticket.finished", function(t) local function f(n) return f(n + 1) + 1 end return f(1) end)',
  'a route function answering garbage': 'agency:on("route", function(counter, heads) return 42 end)',
};

for (const [what, body] of Object.entries(runTime)) {
  test(`run time: ${what} is stopped and reported; finishes never block`, async () => {
    const feed = hall.ws();
    await feed.next((m) => m.type === 'snapshot'); // every change from here on reaches it
    install(body);
    await feed.next((m) => m.type === 'agency.updated' && m.agency === 'uji');
    await feed.close();
    for (let i = 0; i < 4; i++) {
      assert.equal((await hall.issue('uji/layanan')).status, 201);
      const t0 = Date.now();
      const c = await admin.req('POST', '/api/v1/counters/34/call', {});
      assert.equal(c.status, 200, c.text);
      assert.ok(c.json.counter.ticket, 'the declared routing still calls');
      const f = await admin.req('POST', '/api/v1/counters/34/finish', {});
      assert.equal(f.status, 200, f.text);
      assert.ok(Date.now() - t0 < 1000, 'stopped within its budget');
    }
    const h = await health();
    const e = h.plugin_errors.find((x) => x.runtime && /uji\.lua$/.test(x.file));
    assert.ok(e, 'reported in /healthz: ' + JSON.stringify(h.plugin_errors));
    install('');
    await until(async () => (await health()).status === 'ok');
  });
}

test('the other agency never noticed', async () => {
  const stats = await stopLoad();
  assert.deepEqual(stats.failed, []);
  assert.ok(stats.served > 10, `served ${stats.served}`);
  assert.ok(stats.slowest < 1500, `slowest round ${stats.slowest} ms`);
});

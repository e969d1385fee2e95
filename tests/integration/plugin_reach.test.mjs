// plugin_reach.test.mjs - what one agency's plugin cannot do to the rest of
// the hall, checked with the real mppctl and mppd on files a hostile or
// careless liaison could save:
// - give another agency's document (`gives = { "kk" }` outside Dukcapil),
//   which put its service in the way of Dukcapil's in every visit plan;
// - names and texts that turn a screen around or rewrite a terminal
//   (control characters, bidirectional overrides), or that fill every
//   board snapshot (an agency name of megabytes);
// - hold back the others' edits by saving a broken file, or reset their
//   hooks' state by saving at all: a reload goes agency by agency.
// mppd keeps serving the other agencies and names the file and line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, writeFileSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, until } from './lib/hall.mjs';

const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');
const dir = mkdtempSync(join(tmpdir(), 'mpp-reach-'));

// a bank's plugin (agency id as in the bundled hall) with one service and
// `extra` in it, or `agencyExtra` in its agency
function bank({ extra = '', agencyExtra = '', name = '"Pembukaan Rekening"' } = {}) {
  return `local agency = mpp.agency { id = "bank-jateng", name = "Bank Jateng", kind = "BUMD", prefix = "J"${agencyExtra} }
agency:service { id = "rekening", name = ${name}, requirements = { "KTP-el" },
  procedure = { "Ambil antrean" }, minutes = 10, fee = 0, product = "Buku tabungan",
  complaint_channel = "Kantor cabang", legal_basis = "POJK 1/2013", source = "uji"${extra} }
`;
}

// mppctl check on `text`: its output and whether it passed
function check(text, name = 'bank-jateng.lua') {
  const sub = mkdtempSync(join(dir, 'check-'));
  const file = join(sub, name);
  writeFileSync(file, text);
  try {
    return { ok: true, out: execFileSync(MPPCTL, ['check', file], { encoding: 'utf8', cwd: ROOT }) };
  } catch (err) {
    return { ok: false, out: String(err.stdout) + String(err.stderr) };
  }
}

let hall;
before(async () => {
  copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));
  copyFileSync(join(ROOT, 'plugins', 'imigrasi.lua'), join(dir, 'imigrasi.lua'));
});
after(async () => {
  await hall?.stop();
  hall?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

test('only the issuing agency gives a document: a bank claiming the family card is refused, and the passport plan keeps Dukcapil', async () => {
  const r = check(bank({ extra: ', gives = { "kk" }, needs = { "paspor" }' }));
  assert.equal(r.ok, false, r.out);
  assert.match(r.out, /bank-jateng\.lua:2: service 'rekening': gives 'kk', but Kartu Keluarga is issued by agency 'dukcapil'; only its issuer's services may give it/);
  assert.match(check(bank({ extra: ', gives = { "akta-jual-beli" }' })).out, /issued outside the hall/);

  // saved straight into a hall: the bank does not load, the plan is Dukcapil's
  writeFileSync(join(dir, 'bank-jateng.lua'), bank({ extra: ', gives = { "kk" }, needs = { "paspor" }' }));
  hall = new Hall({ plugins: dir });
  await hall.start();
  const plan = (await hall.req('GET', '/api/v1/plans?services=imigrasi/paspor-baru')).json;
  assert.deepEqual(plan.steps.map((s) => s.service).filter((s) => !s.startsWith('dukcapil/')), ['imigrasi/paspor-baru']);
  assert.ok(plan.steps.some((s) => s.service === 'dukcapil/kk-baru'), JSON.stringify(plan.steps));
  assert.deepEqual(plan.problems, []);
  const health = (await hall.req('GET', '/healthz')).json;
  assert.match(JSON.stringify(health), /bank-jateng\.lua/);
  assert.equal((await hall.issue('imigrasi/paspor-baru')).status, 201, 'the other agencies serve');
});

test('names and texts hold no control characters or direction overrides, and names stay short', () => {
  const cases = [
    [{ name: '"Rekening\\27[31m palsu"' }, /service 'rekening': name holds the control character U\+001B/],
    [{ name: '"Rekening\\nBaru"' }, /name holds the control character U\+000A/],
    [{ name: '"Rekening \\u{202E}lasrever"' }, /name holds the control character U\+202E/],
    [{ name: '"Rekening \\u{2067}isolate"' }, /name holds the control character U\+2067/],
    [{ extra: ', product = "Buku\\ttabungan"' }, /product holds the control character U\+0009/],
    [{ name: `"${'R'.repeat(201)}"` }, /service 'rekening': name is 201 bytes long; at most 200/],
    [{ agencyExtra: ', name = string.rep("B", 900000) .. string.rep("B", 900000)' }, /agency 'bank-jateng': name is 1800000 bytes long; at most 200/],
    [{ extra: ', fee_note = string.rep("x", 9000)' }, /fee_note is 9000 bytes long; at most 8192/],
  ];
  for (const [opts, want] of cases) {
    const r = check(bank(opts)); // a key given twice in a table: the later one counts
    assert.equal(r.ok, false, `${want}: ${r.out}`);
    assert.match(r.out, want);
  }
  // Indonesian text with its accents and a long legal basis is fine
  const fine = check(bank({ name: '"Pembukaan Rekening — Tabungan Simpel (pelajar/santri)"', extra: `, fee_note = "${'Setoran awal Rp5.000. '.repeat(40)}"` }));
  assert.equal(fine.ok, true, fine.out);
});

// Saves `text` as the plugin file `name` in the hall's folder, as an editor
// does (a new file renamed over the old), and waits for mppd's answer on
// the feed: agency.updated or agency.reload_failed of `agency`.
async function save(name, text, agency, type = 'agency.updated') {
  const feed = hall.ws();
  await feed.next((m) => m.type === 'snapshot');
  writeFileSync(join(dir, name + '.new'), text);
  renameSync(join(dir, name + '.new'), join(dir, name));
  const got = await feed.next((m) => m.type === type && m.agency === agency, 10000);
  await feed.close();
  return got;
}

test('a reload goes agency by agency: a broken file holds back no other agency\'s edit, and an unchanged agency keeps its hooks\' state', async () => {
  const counting = `local agency = mpp.agency { id = "taspen", name = "PT TASPEN", kind = "BUMN", prefix = "V" }
agency:service { id = "klaim", name = "Klaim", requirements = { "KTP-el" }, procedure = { "Ambil antrean" },
  minutes = 5, fee = 0, product = "-", complaint_channel = "-", legal_basis = "PP 25/1981", source = "uji" }
local n = 0
agency:on("ticket.issued", function(t)
  n = n + 1
  mpp.log.info("tiket ke-" .. n .. " sejak dimuat")
end)
`;
  await save('taspen.lua', counting, 'taspen');
  assert.equal((await hall.issue('taspen/klaim')).status, 201);
  await until(async () => hall.log.includes('tiket ke-1 sejak dimuat'));

  // imigrasi's liaison saves a broken file: imigrasi keeps its running version
  const imigrasi = readFileSync(join(dir, 'imigrasi.lua'), 'utf8');
  const failed = await save('imigrasi.lua', imigrasi + '\nlocal x = = 1\n', 'imigrasi', 'agency.reload_failed');
  assert.match(JSON.stringify(failed), /imigrasi\.lua/);
  assert.equal((await hall.issue('imigrasi/paspor-baru')).status, 201, 'the running version serves');

  // dukcapil's edit is taken meanwhile, and taspen's hook counts on
  const dukcapil = readFileSync(join(dir, 'dukcapil.lua'), 'utf8');
  const renamed = dukcapil.replace(/name = "Penerbitan Kartu Keluarga Baru[^"]*"/, 'name = "Kartu Keluarga Baru (diubah)"');
  assert.notEqual(renamed, dukcapil, 'the test renames a service');
  await save('dukcapil.lua', renamed, 'dukcapil');
  const agencies = (await hall.req('GET', '/api/v1/agencies')).json.agencies;
  const kk = agencies.find((a) => a.id === 'dukcapil').services.find((s) => s.id === 'dukcapil/kk-baru');
  assert.equal(kk.name, 'Kartu Keluarga Baru (diubah)', 'dukcapil\'s edit is running');
  assert.ok(agencies.some((a) => a.id === 'imigrasi'), 'imigrasi still serves');
  const stale = (await hall.req('GET', '/healthz')).json.plugin_errors.filter((e) => /imigrasi\.lua$/.test(e.file));
  assert.ok(stale.length && stale.every((e) => e.running_previous_version), JSON.stringify(stale));
  assert.equal((await hall.issue('taspen/klaim')).status, 201);
  await until(async () => hall.log.includes('tiket ke-2 sejak dimuat'));
  assert.ok(!/tiket ke-1 sejak dimuat[\s\S]*tiket ke-1 sejak dimuat/.test(hall.log), 'taspen\'s hook was not started again');

  // imigrasi's fixed file is taken
  writeFileSync(join(dir, 'imigrasi.lua'), imigrasi);
  await until(async () => !(await hall.req('GET', '/healthz')).json.plugin_errors.some((e) => /imigrasi\.lua$/.test(e.file)), 10000);
});

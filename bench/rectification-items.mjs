#!/usr/bin/env node
// 整改台账 at province scale (issue 14): N rectification items (default 100,000) of two campaigns — the 2019 one, mostly
// closed, and a current one — over every county and city of 广西, in every state, with overdue, continuing and 挂牌督办
// (supervised) ones among them, written straight into the table; then GET /api/rectification-items as the province
// (gx_province), a city (lz_city, 柳州) and a county (lz_chengzhong, 城中区): the admin's default list (sorted dueOn, id;
// page 1 and a deep page) and its typical filters. Each request is timed --requests times in a row after 10 warm-ups;
// the baseline, measured the same way in the same run as the same account just before its lists, is the trivial list
// GET /api/rectification-campaigns. Needs a build (npm run build).
//   node bench/rectification-items.mjs [--items 100000] [--requests 200]          (a fresh SQLite file)
//   scripts/mariadb.sh start /tmp/mdb 3407 && mariadb --no-defaults -h127.0.0.1 -P3407 -uyibao -pyibao -e 'CREATE DATABASE ribench'
//   BENCH_DATABASE_URL=mariadb://yibao:yibao@127.0.0.1:3407/ribench node bench/rectification-items.mjs [--reuse]
// --account province|city|county measures one account only.
// --reuse: a database that already holds the items (a previous run's) is measured as it is — e.g. before and after a
// migration that adds an index (the API applies it when it starts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { call, insertRows, login, startApi, timeGets } from './api-server.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { PROBLEM_TYPES, PROBLEM_TYPE_LABELS, categoryOf, addDays, chinaDate, initialSubTasks, RESPONSIBILITY_ROLES } = require(
  path.join(root, 'shared/dist/index.js'),
);
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const total = arg('--items', 100_000);
const requests = arg('--requests', 200);
const reuse = process.argv.includes('--reuse');
// --account county: only the accounts whose label contains the word (province, city, county)
const only = process.argv.includes('--account') ? process.argv[process.argv.indexOf('--account') + 1] : '';
const WARMUP = 10;
const TARGET_MS = 50;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-items-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL || `sqlite:${path.join(dir, 'bench.sqlite')}`;
const mysql = !databaseUrl.startsWith('sqlite:');

const { child, base } = await startApi({ DATABASE_URL: databaseUrl, YIBAO_DEMO: '1', DEMO_BENEFICIARIES: '0', UPLOAD_DIR: path.join(dir, 'uploads') });
const db = mysql
  ? await require('mysql2/promise').createConnection({ uri: databaseUrl.replace(/^mariadb:/, 'mysql:'), charset: 'utf8mb4' })
  : new (require('better-sqlite3'))(databaseUrl.slice('sqlite:'.length));
const select = async (sql, values = []) => (mysql ? (await db.query(sql, values))[0] : db.prepare(sql).all(...values));

const province = await login(base, 'gx_province');
const city = await login(base, 'lz_city');
const county = await login(base, 'lz_chengzhong');
const today = chinaDate(new Date());

// ── the two campaigns (through the API, as the province) ──────────────────────────────────────────────────────────
const CAMPAIGNS = [
  { name: '过度保障问题专项治理（2019，压测）', documentNo: '医保发〔2019〕57号', immediateDays: 30, transitionDueOn: '2020-12-31', startedOn: '2019-11-01' },
  { name: '过度保障问题专项整治（2026，压测）', documentNo: '桂医保发〔2026〕8号', immediateDays: 30, transitionDueOn: '2027-06-30', startedOn: '2026-03-01' },
];
const existing = (await call(base, province, 'GET', '/api/rectification-campaigns?_start=0&_end=100')).filter((c) => CAMPAIGNS.some((k) => k.name === c.name));
const [past, current] = reuse && existing.length === 2 ? CAMPAIGNS.map((k) => existing.find((c) => c.name === k.name)) : [];
const campaigns = past ? [past, current] : await Promise.all(CAMPAIGNS.map((c) => call(base, province, 'POST', '/api/rectification-campaigns', c)));
const [old, now] = campaigns;

// ── the items, written directly (multi-row INSERTs) ──────────────────────────────────────────────────────────────
const units = await select(`SELECT code, name, level FROM regions WHERE code LIKE '45%' AND level IN ('city', 'county') ORDER BY code`);
const counties = units.filter((u) => u.level === 'county');
const cities = units.filter((u) => u.level === 'city');
const [{ id: creatorId }] = await select(`SELECT id FROM users WHERE username = 'gx_province'`);
const columns = [
  'campaignId',
  'regionCode',
  'problemType',
  'category',
  'title',
  'description',
  'source',
  'sourceRef',
  'affectedPersons',
  'amount',
  'identifiedOn',
  'dueOn',
  'continuing',
  'requestedDueOn',
  'supervised',
  'supervisionLetterNo',
  'supervisedBy',
  'supervisedAt',
  'responsibleRole',
  'measures',
  'subTasksJson',
  'state',
  'closedAt',
  'createdById',
  'stateChangedAt',
  'version',
  'createdAt',
  'updatedAt',
];
const stamp = (day) => `${day} 09:30:00.000`;
let seed = 14;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
/** state by weight: [state, weight] … */
const weighted = (table) => {
  let r = rand() * table.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[table.length - 1][0];
};
const OLD_STATES = [
  ['closed', 80],
  ['dismissed', 8],
  ['rectifying', 8],
  ['closure_requested', 2],
  ['extension_requested', 2],
];
const NOW_STATES = [
  ['identified', 20],
  ['rectifying', 40],
  ['closure_requested', 10],
  ['extension_requested', 5],
  ['closed', 20],
  ['dismissed', 5],
];
const daysSinceStart = (c) => Math.max(1, Math.round((Date.parse(today) - Date.parse(c.startedOn)) / 86_400_000));
function item(k) {
  const campaign = rand() < 0.3 ? old : now;
  const unit = rand() < 0.08 ? pick(cities) : pick(counties);
  const problemType = pick(PROBLEM_TYPES);
  const category = categoryOf(problemType);
  const identifiedOn = addDays(campaign.startedOn, Math.floor(rand() * (campaign === old ? 420 : daysSinceStart(campaign))));
  let dueOn = category === 'immediate' ? addDays(identifiedOn, campaign.immediateDays) : campaign.transitionDueOn;
  const state = weighted(campaign === old ? OLD_STATES : NOW_STATES);
  const finished = state === 'closed' || state === 'dismissed';
  // 持续整改: the 2019 campaign's open items all had their deadline moved (to past and future days), a few current ones
  const continuing = !finished && (campaign === old || rand() < 0.06);
  if (continuing) dueOn = addDays(dueOn, 60 + Math.floor(rand() * (campaign === old ? 2200 : 200)));
  const overdue = !finished && today > dueOn;
  const supervised = !finished && rand() < (overdue ? 0.1 : 0.01);
  const screening = rand() < 0.1;
  const source = screening ? 'screening' : unit.level === 'city' || rand() < 0.3 ? 'assigned' : 'self_check';
  const subTasks = initialSubTasks(category);
  if (subTasks && state !== 'identified')
    for (const kind of Object.keys(subTasks)) if (finished || rand() < 0.5) subTasks[kind] = { status: 'done', note: null, doneOn: identifiedOn };
  const changed = finished ? addDays(identifiedOn, 10 + Math.floor(rand() * 60)) : identifiedOn;
  return [
    campaign.id,
    unit.code,
    problemType,
    category,
    `${unit.name}${PROBLEM_TYPE_LABELS[problemType].slice(0, 24)}问题（第${k + 1}项）`,
    rand() < 0.5 ? '经自查发现，相关政策超出基本医保、大病保险、医疗救助三重制度保障范围。' : null,
    source,
    screening ? `${unit.code}:${identifiedOn.slice(0, 4)}:${problemType}:${k}` : null,
    screening ? 10 + Math.floor(rand() * 500) : null,
    screening ? Math.floor(rand() * 50_000_000) : null,
    identifiedOn,
    dueOn,
    continuing ? 1 : 0,
    state === 'extension_requested' ? addDays(dueOn, 90) : null,
    supervised ? 1 : 0,
    supervised ? `桂医保督〔2026〕${k % 1000}号` : null,
    supervised ? 'gx_province' : null,
    supervised ? stamp(today) : null,
    rand() < 0.5 ? pick(RESPONSIBILITY_ROLES) : null,
    state === 'identified' ? null : '立行立改，清理文件，恢复执行全区统一政策。',
    subTasks ? JSON.stringify(subTasks) : null,
    state,
    finished ? stamp(changed) : null,
    creatorId,
    stamp(changed),
    1,
    stamp(identifiedOn),
    stamp(changed),
  ];
}
const [{ n: before }] = await select(`SELECT COUNT(*) AS n FROM rectification_items`);
const t0 = performance.now();
if (!reuse || Number(before) < total) {
  await insertRows({ db, mysql, table: 'rectification_items', columns, total, row: item });
  // a table that grew by 100k rows at once: the statistics a server has after its automatic recalculation
  if (mysql) await db.query('ANALYZE TABLE rectification_items');
}
const seeded = (performance.now() - t0) / 1000;
// the client's keep-alive socket sat idle through the load and the server may have closed it: spend that on a warm-up
await fetch(`${base}/api/health`).catch(() => undefined);
const [{ n: stored }] = await select(`SELECT COUNT(*) AS n FROM rectification_items`);
const [{ n: openOverdue }] = await select(`SELECT COUNT(*) AS n FROM rectification_items WHERE state NOT IN ('closed', 'dismissed') AND dueOn < ?`, [today]);

// ── timing ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const time = (token, url) => timeGets(base, token, url, { requests, warmup: WARMUP });
const SORT = '_sort=dueOn,id&_order=asc,asc';
const page1 = (filters) => `/api/rectification-items?${filters ? filters + '&' : ''}${SORT}&_start=0&_end=20`;
/** a page between 40 % and 50 % of the list (the deep end before the API reads backwards from the last row), a random one each time */
const deep = (filters, count) => (i) => {
  const pages = Math.max(1, Math.floor(count / 20));
  const page = Math.floor(pages * 0.4) + ((i * 7919) % Math.max(1, Math.floor(pages * 0.1)));
  return `/api/rectification-items?${filters ? filters + '&' : ''}${SORT}&_start=${page * 20}&_end=${page * 20 + 20}`;
};
const campaignState = `campaignId=${now.id}&state=rectifying`;
const ROLES = [
  { who: 'province 广西 (gx_province)', token: province, subRegion: '450200' },
  { who: 'city 柳州 (lz_city)', token: city, subRegion: '450205' },
  { who: 'county 城中区 (lz_chengzhong)', token: county, subRegion: null },
];
const results = [];
for (const role of ROLES.filter((r) => r.who.includes(only))) {
  const baseline = await time(role.token, '/api/rectification-campaigns?_start=0&_end=20');
  const add = async (label, url) => {
    const r = await time(role.token, url);
    results.push({ who: role.who, label, ...r, baseline });
    return r;
  };
  results.push({ who: role.who, label: 'baseline: `GET /api/rectification-campaigns` (2 rows)', ...baseline, baseline });
  const all = await add('default list, page 1', page1(''));
  await add('default list, a deep page (40–50 %)', deep('', all.total));
  const cs = await add(`\`${campaignState}\`, page 1`, page1(campaignState));
  await add(`\`${campaignState}\`, a deep page`, deep(campaignState, cs.total));
  await add('`overdue=true`', page1('overdue=true'));
  await add('`overdue=false`', page1('overdue=false'));
  await add('`supervised=true`', page1('supervised=true'));
  await add('`category=transition`', page1('category=transition'));
  await add(`\`campaignId=${now.id}&category=immediate&overdue=true\``, page1(`campaignId=${now.id}&category=immediate&overdue=true`));
  if (role.subRegion) await add(`\`scope=${role.subRegion}\` (a region below)`, page1(`scope=${role.subRegion}`));
  await add('`q=零自付` (keyword)', page1(`q=${encodeURIComponent('零自付')}`));
}
child.kill('SIGTERM');
if (mysql) await db.end();
else db.close();

const f = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
console.log(
  `\n${mysql ? 'MariaDB' : 'SQLite'}: ${Number(stored).toLocaleString('en')} rectification items (${Number(openOverdue).toLocaleString('en')} open and overdue; ` +
    `${reuse && Number(before) >= total ? 'reused' : `written in ${seeded.toFixed(1)} s`}), ${requests} sequential requests per row after ${WARMUP} warm-ups, today ${today}, node ${process.version}`,
);
console.log('| account | request (sorted dueOn, id; 20 rows) | rows | p50 | p95 | p99 | p99 ÷ baseline p99 | p99 ≤ 50 ms |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.who} | ${r.label} | ${r.total.toLocaleString('en')} | ${f(r.p50)} ms | ${f(r.p95)} ms | ${f(r.p99)} ms | ×${(r.p99 / r.baseline.p99).toFixed(1)} | ${r.p99 <= TARGET_MS ? '✔' : '✘'} |`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });

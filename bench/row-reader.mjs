#!/usr/bin/env node
// Roster row-reader throughput and memory (issue 5 "Scale and speed": a 1M-row import ≤ 60 s, RSS ≤ 512 MB).
// Needs the API build:  npx tsc -p shared/tsconfig.build.json && npx tsc -p api/tsconfig.build.json
// Usage: node bench/row-reader.mjs [--csv-rows 1000000] [--xlsx-rows 100000]
//
// Generates a UTF-8 CSV, the same as GBK, and an XLSX (shared strings, as Excel writes them) in a temp dir,
// then reads each in a fresh child process — readRows over every row, then countDataRows — and reports
// rows/s and the child's peak RSS (maxRSS, so it includes Node's own ~50 MB).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const readerFile = path.join(root, 'api/dist/api/src/platform/imports/row-reader.js');
const HEADERS = ['身份证号', '姓名', '行政区划代码', '身份类别', '来源部门', '状态'];
const arg = (name, dflt) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);

async function child() {
  const { readRows, countDataRows } = require(readerFile);
  const [, , , file] = process.argv;
  let t0 = performance.now();
  let rows = 0;
  let idChars = 0;
  for await (const row of readRows(file, { headers: HEADERS })) {
    rows++;
    idChars += row.cells['身份证号'].length; // touch the cells, as validation would
  }
  const readS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const counted = await countDataRows(file, { headers: HEADERS });
  const countS = (performance.now() - t0) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ rows, counted, idChars, readS, countS, maxRssMb }));
}

if (process.argv[2] === '--child') await child();
else await main();

async function main() {
  if (!fs.existsSync(readerFile)) {
    console.error(`missing ${path.relative(root, readerFile)}: run npx tsc -p shared/tsconfig.build.json && npx tsc -p api/tsconfig.build.json`);
    process.exit(1);
  }
  const iconv = require(require.resolve('iconv-lite', { paths: [path.join(root, 'api')] }));
  const ExcelJS = require(require.resolve('exceljs', { paths: [path.join(root, 'api')] }));

  const csvRows = arg('--csv-rows', 1_000_000);
  const xlsxRows = arg('--xlsx-rows', 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yibao-row-reader-'));

  const FAMILY = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗梁宋郑谢韩唐冯于董萧';
  const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英';
  const CATEGORIES = ['特困人员', '低保对象', '脱贫人口', '低保对象、脱贫人口', '防止返贫监测对象'];
  const DEPTS = ['民政', '乡村振兴', '扶贫'];
  function person(i) {
    const id = `4502${String(i % 100).padStart(2, '0')}19${String(50 + (i % 50)).padStart(2, '0')}0101${String(i % 10000).padStart(4, '0')}`;
    const name = FAMILY[i % FAMILY.length] + GIVEN[(i * 7) % GIVEN.length] + (i % 3 ? GIVEN[(i * 13) % GIVEN.length] : '');
    return [id, name, `4502${String(i % 100).padStart(2, '0')}`, CATEGORIES[i % CATEGORIES.length], DEPTS[i % DEPTS.length], i % 17 ? '在册' : '退出'];
  }

  async function writeCsv(file, rows, encode) {
    const out = fs.createWriteStream(file);
    out.write(encode(`${HEADERS.join(',')}\r\n`));
    let batch = '';
    for (let i = 0; i < rows; i++) {
      batch += `${person(i).join(',')}\r\n`;
      if (i % 5000 === 4999 || i === rows - 1) {
        if (!out.write(encode(batch))) await once(out, 'drain');
        batch = '';
      }
    }
    out.end();
    await once(out, 'finish');
  }

  async function writeXlsx(file, rows) {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const ws = wb.addWorksheet('花名册');
    ws.addRow(HEADERS).commit();
    for (let i = 0; i < rows; i++) ws.addRow(person(i)).commit();
    ws.commit();
    await wb.commit();
  }

  const cases = [
    { name: `CSV UTF-8, ${csvRows.toLocaleString('en')} rows`, file: path.join(dir, 'utf8.csv'), make: (f) => writeCsv(f, csvRows, (s) => s) },
    {
      name: `CSV GBK, ${csvRows.toLocaleString('en')} rows`,
      file: path.join(dir, 'gbk.csv'),
      make: (f) => writeCsv(f, csvRows, (s) => iconv.encode(s, 'gbk')),
    },
    { name: `XLSX, ${xlsxRows.toLocaleString('en')} rows`, file: path.join(dir, 'roster.xlsx'), make: (f) => writeXlsx(f, xlsxRows) },
  ];

  console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0].model}, load average ${os.loadavg()[0].toFixed(1)} at start`);
  console.log('| file | size | readRows | countDataRows | peak RSS |');
  console.log('|---|---|---|---|---|');
  try {
    for (const c of cases) {
      await c.make(c.file);
      const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', c.file], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`${c.name}: ${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split('\n').pop());
      const mb = (fs.statSync(c.file).size / 1024 / 1024).toFixed(1);
      const rate = (n, s) => `${Math.round(n / s).toLocaleString('en')} rows/s (${s.toFixed(2)} s)`;
      console.log(`| ${c.name} | ${mb} MB | ${rate(r.rows, r.readS)} | ${rate(r.counted, r.countS)} | ${Math.round(r.maxRssMb)} MB |`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

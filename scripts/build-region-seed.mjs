#!/usr/bin/env node
// Builds api/src/platform/seed/regions.json from the NBS 2023 division codes in the team handbook
// (../shared/data/regions). Run by a developer when the reference data changes; the product and CI
// only read the committed JSON. Keeps every province, city and county of China, and the townships
// of 柳州市 (4502) and 桂林市 (4503).
import fs from 'node:fs';
import path from 'node:path';

const src = process.argv[2] ?? path.resolve('../shared/data/regions');
const out = path.resolve('api/src/platform/seed/regions.json');
const TOWNSHIP_CITIES = ['4502', '4503'];

function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(path.join(src, file), 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => {
    const values = line.split(',').map((v) => v.replace(/^"|"$/g, ''));
    return Object.fromEntries(cols.map((c, i) => [c, values[i]]));
  });
}

const pad = (code) => code.padEnd(6, '0');
const rows = [['000000', '全国']];
for (const p of readCsv('provinces.csv')) rows.push([pad(p.code), p.name]);
for (const c of readCsv('cities.csv')) rows.push([pad(c.code), c.name]);
// 东莞/中山/儋州 have no counties: the NBS list repeats the city as its own "area"; keep the city only.
for (const a of readCsv('areas.csv')) if (a.code !== pad(a.cityCode)) rows.push([a.code, a.name]);
for (const s of readCsv('streets.csv')) if (TOWNSHIP_CITIES.includes(s.cityCode)) rows.push([s.code, s.name]);

const codes = new Set(rows.map((r) => r[0]));
if (codes.size !== rows.length) throw new Error('duplicate codes');
rows.sort((a, b) => a[0].length - b[0].length || a[0].localeCompare(b[0]));
fs.writeFileSync(out, JSON.stringify({ source: 'NBS 统计用区划代码 2023 (modood/Administrative-divisions-of-China, WTFPL)', regions: rows }) + '\n');
console.log(`wrote ${rows.length} regions to ${path.relative(process.cwd(), out)}`);

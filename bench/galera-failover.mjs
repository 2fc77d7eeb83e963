#!/usr/bin/env node
// How long a Galera cluster behind HAProxy stops serving writes when one node dies (kill -9), as seen by a client that
// writes one row at a time through the proxy and reconnects on error. Needs a running cluster (scripts/galera.sh start).
// Usage: node bench/galera-failover.mjs DIR [--node 1] [--proxy 3440]   (node 1: the writer of galera.sh's default
//   single-writer routing — the failover that matters; a backup node (2, 3) carries no writes there)
//   then `bash scripts/galera.sh restart DIR 1` to bring the node back.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const mysql = require(path.join(root, 'node_modules/mysql2/promise'));
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const dir = process.argv[2];
if (!dir) throw new Error('usage: node bench/galera-failover.mjs DIR [--node 1] [--proxy 3440]');
const node = arg('--node', '1');
const proxy = Number(arg('--proxy', '3440'));
const WRITERS = 4;

const pool = mysql.createPool({ host: '127.0.0.1', port: proxy, user: 'yibao', password: 'yibao', connectionLimit: WRITERS * 2 });
await pool.query('CREATE DATABASE IF NOT EXISTS failover_bench');
await pool.query('CREATE TABLE IF NOT EXISTS failover_bench.t (id BIGINT AUTO_INCREMENT PRIMARY KEY, at DATETIME(3) NOT NULL)');
const commits = []; // ms timestamps of successful writes
const errors = {};
let stop = false;
const writer = async () => {
  while (!stop) {
    try {
      await pool.query('INSERT INTO failover_bench.t (at) VALUES (NOW(3))');
      commits.push(Date.now());
    } catch (e) {
      errors[e.code ?? e.errno ?? 'other'] = (errors[e.code ?? e.errno ?? 'other'] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
};
const writers = Array.from({ length: WRITERS }, writer);
await new Promise((r) => setTimeout(r, 3000));
const killedAt = Date.now();
execFileSync('bash', [path.join(root, 'scripts/galera.sh'), 'kill', dir, node]);
await new Promise((r) => setTimeout(r, 15000));
stop = true;
await Promise.all(writers);
await pool.end();

const before = commits.filter((t) => t < killedAt);
const after = commits.filter((t) => t >= killedAt);
let gap = 0;
let resumedAt = killedAt;
let prev = before.at(-1) ?? killedAt;
for (const t of after) {
  if (t - prev > gap) {
    gap = t - prev;
    resumedAt = t;
  }
  prev = t;
}
const rate = (list, ms) => Math.round((list.length / ms) * 1000);
console.log(`node ${node} killed; ${WRITERS} writers through 127.0.0.1:${proxy}`);
console.log(
  `writes/s before: ${rate(before, 3000)}, after recovery: ${rate(
    after.filter((t) => t > resumedAt),
    killedAt + 15000 - resumedAt,
  )}`,
);
console.log(`longest stall after the kill: ${gap} ms; writes served again ${resumedAt - killedAt} ms after the kill`);
console.log(`client errors (reconnected and went on): ${JSON.stringify(errors)}`);

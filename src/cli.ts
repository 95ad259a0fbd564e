#!/usr/bin/env node
import './pretenuring.js';
import './wasm-tiers.js';
import { type Io, runCli } from './cli/run.js';

const io: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
runCli(process.argv.slice(2), process.env, io)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`zonebot: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROVIDERS, type Provider, schemaFor } from './schema.js';

// `prisma generate` checks for the native schema engine first, which cannot be
// downloaded offline; generate never runs it, so any existing file will do.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';

const here = fileURLToPath(new URL('.', import.meta.url));
const models = readFileSync(`${here}models.prisma`, 'utf8');

function generate(provider: Provider): void {
  const dir = `${here}generated`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${provider}.prisma`;
  writeFileSync(file, schemaFor(provider, models));
  execFileSync('prisma', ['generate', '--schema', file], { stdio: ['ignore', 'ignore', 'inherit'] });
}

for (const provider of PROVIDERS) generate(provider);

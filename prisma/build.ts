import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PROVIDERS, type Provider, schemaFor } from './schema.js';

// `prisma generate` checks for the native schema engine first, which cannot be
// downloaded offline; generate never runs it, so any existing file will do.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';

const here = fileURLToPath(new URL('.', import.meta.url));
const models = readFileSync(`${here}models.prisma`, 'utf8');
const dir = `${here}generated`;

/** What the generated client does for its query compiler: import it as a 4 MB base64 string, then decode it. */
const BASE64_COMPILER =
  /const \{ wasm \} = await import\("@prisma\/client\/runtime\/(query_compiler_\w+\.\w+)\.wasm-base64\.mjs"\)\n\s*return await decodeBase64AsWasm\(wasm\)/;

/**
 * The query compiler as a .wasm file beside the schemas, and the client made
 * to read it from there: parsing the base64 module and decoding it cost each
 * start ~150 ms, and both copies of it (~9 MB) stayed in memory for good.
 */
async function compilerFromFile(provider: Provider): Promise<void> {
  const client = `${here}../src/store/generated/${provider}/internal/class.ts`;
  const source = readFileSync(client, 'utf8');
  const name = BASE64_COMPILER.exec(source)?.[1];
  if (!name)
    throw new Error(`${client}: the query compiler is no longer loaded as this build expects; see prisma/build.ts`);
  const { wasm } = await import(`@prisma/client/runtime/${name}.wasm-base64.mjs`);
  writeFileSync(`${dir}/${name}.wasm`, Buffer.from(wasm, 'base64'));
  const fromFile = `const { readFile } = await import('node:fs/promises')
    const { GENERATED_DIR } = await import('../../../../paths.js')
    return WebAssembly.compile(await readFile(\`\${GENERATED_DIR}/${name}.wasm\`))`;
  writeFileSync(client, source.replace(BASE64_COMPILER, fromFile));
}

async function generate(provider: Provider): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${provider}.prisma`;
  writeFileSync(file, schemaFor(provider, models));
  execFileSync('prisma', ['generate', '--schema', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  await compilerFromFile(provider);
}

for (const provider of PROVIDERS) await generate(provider);

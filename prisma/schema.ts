export const PROVIDERS = ['sqlite', 'postgresql'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** The full schema for one provider: its generator and datasource, then the shared models. */
export function schemaFor(provider: Provider, models: string): string {
  return `generator client {
  provider               = "prisma-client"
  output                 = "../../src/store/generated/${provider}"
  moduleFormat           = "esm"
  importFileExtension    = "js"
}

datasource db {
  provider = "${provider}"
}

${models}`;
}

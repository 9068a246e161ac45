import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import layers from './eslint.layers.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  { ignores: ['.next/**', 'node_modules/**', 'data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;

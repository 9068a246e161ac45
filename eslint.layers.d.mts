import type { Linter } from 'eslint';

export const pureCore: string[];
declare const config: Linter.Config[];
export default config;

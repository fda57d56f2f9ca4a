export const FIRST_LOAD_BUDGET: number;
export function measureFirstLoad(distDir: string): {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
  raw: number;
};

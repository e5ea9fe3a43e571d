export interface ContentScript {
  matches: string[];
  js?: string[];
  run_at?: string;
  all_frames?: boolean;
  exclude_matches?: string[];
  world?: string;
}
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  background?: { service_worker: string };
  content_scripts?: ContentScript[];
  [key: string]: unknown;
}
export function noopManifest(vouch: Manifest): Manifest;
export function writeNoopExtension(vouchDir: string, outDir: string): string;

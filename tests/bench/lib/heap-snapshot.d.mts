export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}
export function bytesByType(snapshot: HeapSnapshot): Record<string, number>;
export function takeSnapshot(cdp: unknown): Promise<HeapSnapshot>;

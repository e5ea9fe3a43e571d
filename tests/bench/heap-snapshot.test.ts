import { bytesByType } from './lib/heap-snapshot.mjs';

// A hand-made snapshot in V8's flat layout: each node is [type, name, self_size].
const snapshot = (nodes: number[]) => ({
  snapshot: { meta: { node_fields: ['type', 'name', 'self_size'], node_types: [['hidden', 'object', 'code', 'native'], 'string', 'number'] } },
  nodes,
});

describe('bytesByType', () => {
  it('adds up self sizes per node type', () => {
    expect(bytesByType(snapshot([1, 0, 100, 2, 0, 40, 1, 0, 10, 3, 0, 5]))).toEqual({ object: 110, code: 40, native: 5 });
  });
  it('counts no code where there is none', () => {
    expect(bytesByType(snapshot([1, 0, 8])).code).toBeUndefined();
  });
  it('is empty for an empty heap', () => {
    expect(bytesByType(snapshot([]))).toEqual({});
  });
});

// What a V8 heap snapshot is made of, by node type: enough to tell compiled code (which grows as
// V8 optimises hot functions, then stops) from objects that are kept (which is what a leak is).

/** Bytes per node type ('code', 'object', 'native', …) in a parsed `.heapsnapshot`. */
export function bytesByType(snapshot) {
  const meta = snapshot.snapshot.meta;
  const width = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const names = meta.node_types[typeAt];
  const out = {};
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = names[snapshot.nodes[i + typeAt]];
    out[type] = (out[type] ?? 0) + snapshot.nodes[i + sizeAt];
  }
  return out;
}

/** Takes a snapshot over the DevTools protocol (after the caller's garbage collection). */
export async function takeSnapshot(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return JSON.parse(chunks.join(''));
}

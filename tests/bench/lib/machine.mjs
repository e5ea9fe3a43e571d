// What the figures were measured on: the results are meaningless without it.
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';

function osName() {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return `${pretty} (Linux ${release()})`;
  } catch {
    // not Linux, or no os-release: the kernel line below is enough
  }
  return `${process.platform} ${release()}`;
}

/** @param {string} chromium the version the browser reported */
export function machine(chromium) {
  const cpuList = cpus();
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown CPU',
    cores: cpuList.length,
    memoryBytes: totalmem(),
    os: osName(),
    chromium,
    node: process.version,
  };
}
